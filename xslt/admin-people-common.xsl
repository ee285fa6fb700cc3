<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-people-common.xsl — what the people pages of the back office share (admin-people.xsl,
  admin-person.xsl, admin-people-new.xsl): their words (the back office's, vi-staff.xsl, and
  their own, vi-admin-people.xsl) and three pieces:
    option      an <option> of a select, selected when it is the value now chosen
    kind-name   an account's kind in words (the context's kind: citizen|officer|admin)
    state-tag   an account's state as a tag (the context's state:
                active|unverified|locked|closed)
    unit-select the select of the input "unit" among /page/units/unit (code, name, active: 0
                for a withdrawn unit), with its label and message, the unit chosen kept
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi-staff.xsl"/>
  <xsl:include href="i18n/vi-admin-people.xsl"/>

  <xsl:template name="option">
    <xsl:param name="v"/>
    <xsl:param name="now"/>
    <xsl:param name="text"/>
    <option value="{$v}">
      <xsl:if test="$now = $v"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
      <xsl:value-of select="$text"/>
    </option>
  </xsl:template>

  <xsl:template name="kind-name">
    <xsl:choose>
      <xsl:when test="kind = 'admin'"><xsl:value-of select="$t.people.kind.admin"/></xsl:when>
      <xsl:when test="kind = 'officer'"><xsl:value-of select="$t.people.kind.officer"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.people.kind.citizen"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="state-tag">
    <xsl:choose>
      <xsl:when test="state = 'active'"><span class="tag tag-ok"><xsl:value-of select="$t.people.state.active"/></span></xsl:when>
      <xsl:when test="state = 'unverified'"><span class="tag"><xsl:value-of select="$t.people.state.unverified"/></span></xsl:when>
      <xsl:when test="state = 'locked'"><span class="tag tag-warn"><xsl:value-of select="$t.people.state.locked"/></span></xsl:when>
      <xsl:otherwise><span class="tag tag-warn"><xsl:value-of select="$t.people.state.closed"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="unit-select">
    <xsl:variable name="now" select="string(/page/form/value[@name = 'unit'])"/>
    <div class="form-group">
      <xsl:if test="/page/form/error[@name = 'unit']"><xsl:attribute name="class">form-group form-group-error</xsl:attribute></xsl:if>
      <label class="label" for="field-unit"><xsl:value-of select="$t.person.unit"/></label>
      <xsl:call-template name="field-error"><xsl:with-param name="name" select="'unit'"/></xsl:call-template>
      <select class="select" id="field-unit" name="unit">
        <option value=""><xsl:value-of select="$t.person.unit.choose"/></option>
        <xsl:for-each select="/page/units/unit">
          <xsl:call-template name="option">
            <xsl:with-param name="v" select="code"/>
            <xsl:with-param name="now" select="$now"/>
            <xsl:with-param name="text">
              <xsl:value-of select="concat(name, ' (', code, ')')"/>
              <xsl:if test="active = 0"><xsl:value-of select="$t.person.unit.withdrawn"/></xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </select>
    </div>
  </xsl:template>

</xsl:stylesheet>
