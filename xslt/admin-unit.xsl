<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-unit.xsl — a unit's page (/admin/units/{id}) and a new unit's (/admin/units/new): the
  form (national code once, when added; name, kind, parent unit chosen from the list, the
  commune's place as addresses write it, address, phone, e-mail, office hours, order), then for
  an existing unit whether it receives dossiers, with the button that withdraws it or makes it
  active again, and its removal: offered only when nothing refers to it, else what does.

  Input: /page with user (kind admin), csrf, msg (optional), form (value, error) and
    unit     (absent for a new unit) id, code, parent (id, 0 none), kind, name, place, address,
             phone, email, office_hours, active (1|0), sort, parent_name
    uses     (with unit) dossiers, procedures, officers, children: what refers to it
    parents  unit: id, code, name, active, …: every unit, for the parent's list
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="admin-units-common.xsl"/>

  <xsl:variable name="u" select="/page/unit"/>
  <xsl:variable name="uses" select="/page/uses"/>
  <xsl:variable name="v" select="/page/form/value"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:choose>
      <xsl:when test="$u"><xsl:value-of select="$u/name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.au.unit.new"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <xsl:call-template name="au-home"/>
    <li><a href="/admin/units"><xsl:value-of select="$t.au.units"/></a></li>
    <li aria-current="page">
      <xsl:choose>
        <xsl:when test="$u"><xsl:value-of select="$u/name"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t.au.unit.new"/></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1>
      <xsl:choose>
        <xsl:when test="$u"><xsl:value-of select="$u/name"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t.au.unit.new"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:call-template name="au-notice"/>
    <xsl:call-template name="error-summary"/>
    <xsl:if test="$u">
      <p>
        <xsl:value-of select="$t.au.code"/><xsl:text>: </xsl:text>
        <strong class="code"><xsl:value-of select="$u/code"/></strong>
        <xsl:text> </xsl:text>
        <xsl:choose>
          <xsl:when test="$u/active = 1"><span class="tag tag-ok"><xsl:value-of select="$t.au.active"/></span></xsl:when>
          <xsl:otherwise><span class="tag tag-warn"><xsl:value-of select="$t.au.withdrawn"/></span></xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>

    <form method="post" novalidate="novalidate" class="form">
      <xsl:attribute name="action">
        <xsl:choose>
          <xsl:when test="$u"><xsl:value-of select="concat('/admin/units/', $u/id)"/></xsl:when>
          <xsl:otherwise>/admin/units/new</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:call-template name="csrf-field"/>
      <xsl:if test="not($u)">
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'code'"/>
          <xsl:with-param name="label" select="$t.au.code"/>
          <xsl:with-param name="hint" select="$t.au.code.hint"/>
          <xsl:with-param name="maxlength" select="13"/>
          <xsl:with-param name="width" select="'medium'"/>
          <xsl:with-param name="required" select="'true'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'name'"/>
        <xsl:with-param name="label" select="$t.au.name"/>
        <xsl:with-param name="maxlength" select="255"/>
        <xsl:with-param name="required" select="'true'"/>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name" select="'kind'"/>
        <xsl:with-param name="label" select="$t.au.kind"/>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name" select="'parent'"/>
        <xsl:with-param name="label" select="$t.au.parent"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'place'"/>
        <xsl:with-param name="label" select="$t.au.place"/>
        <xsl:with-param name="hint" select="$t.au.place.hint"/>
        <xsl:with-param name="maxlength" select="100"/>
        <xsl:with-param name="optional" select="'true'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'address'"/>
        <xsl:with-param name="label" select="$t.au.address"/>
        <xsl:with-param name="maxlength" select="255"/>
        <xsl:with-param name="optional" select="'true'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'phone'"/>
        <xsl:with-param name="label" select="$t.au.phone"/>
        <xsl:with-param name="type" select="'tel'"/>
        <xsl:with-param name="maxlength" select="20"/>
        <xsl:with-param name="width" select="'medium'"/>
        <xsl:with-param name="optional" select="'true'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="label" select="$t.au.email"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="maxlength" select="100"/>
        <xsl:with-param name="optional" select="'true'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'office_hours'"/>
        <xsl:with-param name="label" select="$t.au.hours"/>
        <xsl:with-param name="hint" select="$t.au.hours.hint"/>
        <xsl:with-param name="maxlength" select="255"/>
        <xsl:with-param name="optional" select="'true'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'sort'"/>
        <xsl:with-param name="label" select="$t.au.sort"/>
        <xsl:with-param name="hint" select="$t.au.sort.hint"/>
        <xsl:with-param name="type" select="'number'"/>
        <xsl:with-param name="maxlength" select="5"/>
        <xsl:with-param name="width" select="'short'"/>
        <xsl:with-param name="optional" select="'true'"/>
      </xsl:call-template>
      <button class="button" type="submit"><xsl:value-of select="$t.au.save"/></button>
    </form>

    <xsl:if test="$u">
      <section class="admin-section" aria-labelledby="state-h">
        <h2 id="state-h"><xsl:value-of select="$t.au.state"/></h2>
        <xsl:choose>
          <xsl:when test="$u/active = 1">
            <p><xsl:value-of select="$t.au.withdraw.text"/></p>
            <form method="post" action="/admin/units/{$u/id}/withdraw">
              <xsl:call-template name="csrf-field"/>
              <button class="button button-secondary" type="submit"><xsl:value-of select="$t.au.withdraw"/></button>
            </form>
          </xsl:when>
          <xsl:otherwise>
            <p><xsl:value-of select="$t.au.activate.text"/></p>
            <form method="post" action="/admin/units/{$u/id}/activate">
              <xsl:call-template name="csrf-field"/>
              <button class="button button-secondary" type="submit"><xsl:value-of select="$t.au.activate"/></button>
            </form>
          </xsl:otherwise>
        </xsl:choose>
      </section>
      <section class="admin-section" aria-labelledby="remove-h">
        <h2 id="remove-h"><xsl:value-of select="$t.au.remove.title"/></h2>
        <xsl:choose>
          <xsl:when test="$uses/dossiers + $uses/procedures + $uses/officers + $uses/children = 0">
            <p><xsl:value-of select="$t.au.remove.text"/></p>
            <form method="post" action="/admin/units/{$u/id}/remove">
              <xsl:call-template name="csrf-field"/>
              <button class="button button-secondary" type="submit"><xsl:value-of select="$t.au.remove"/></button>
            </form>
          </xsl:when>
          <xsl:otherwise>
            <p class="unit-uses">
              <xsl:value-of select="$t.au.used"/>
              <xsl:for-each select="$uses/*[. &gt; 0]">
                <xsl:if test="position() &gt; 1"><xsl:value-of select="$t.au.list.sep"/></xsl:if>
                <xsl:value-of select="."/>
                <xsl:choose>
                  <xsl:when test="name() = 'dossiers'"><xsl:value-of select="$t.au.n.dossiers"/></xsl:when>
                  <xsl:when test="name() = 'procedures'"><xsl:value-of select="$t.au.n.procedures"/></xsl:when>
                  <xsl:when test="name() = 'officers'"><xsl:value-of select="$t.au.n.officers"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t.au.n.children"/></xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
              <xsl:value-of select="$t.au.used.end"/>
            </p>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- select: the kind's or the parent's list, labelled, with its error; the value typed or
       the unit's is selected. -->
  <xsl:template name="select">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:variable name="error" select="/page/form/error[@name = $name][1]"/>
    <xsl:variable name="cur" select="string($v[@name = $name])"/>
    <div>
      <xsl:attribute name="class">form-group<xsl:if test="$error"> form-group-error</xsl:if></xsl:attribute>
      <label class="label" for="field-{$name}"><xsl:value-of select="$label"/></label>
      <xsl:call-template name="field-error"><xsl:with-param name="name" select="$name"/></xsl:call-template>
      <select class="select" id="field-{$name}" name="{$name}">
        <xsl:if test="$error">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby"><xsl:value-of select="concat('error-', $name)"/></xsl:attribute>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$name = 'kind'">
            <option value=""><xsl:value-of select="$t.au.choose"/></option>
            <xsl:call-template name="option"><xsl:with-param name="val" select="'province'"/><xsl:with-param name="cur" select="$cur"/></xsl:call-template>
            <xsl:call-template name="option"><xsl:with-param name="val" select="'department'"/><xsl:with-param name="cur" select="$cur"/></xsl:call-template>
            <xsl:call-template name="option"><xsl:with-param name="val" select="'center'"/><xsl:with-param name="cur" select="$cur"/></xsl:call-template>
            <xsl:call-template name="option"><xsl:with-param name="val" select="'commune'"/><xsl:with-param name="cur" select="$cur"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <option value="0"><xsl:value-of select="$t.au.parent.none"/></option>
            <xsl:for-each select="/page/parents/unit[not($u) or id != $u/id]">
              <option value="{id}">
                <xsl:if test="id = $cur"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="concat(name, ' (', code, ')')"/>
                <xsl:if test="active = 0"><xsl:value-of select="$t.au.withdrawn.paren"/></xsl:if>
              </option>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </select>
    </div>
  </xsl:template>

  <xsl:template name="option">
    <xsl:param name="val"/>
    <xsl:param name="cur"/>
    <option value="{$val}">
      <xsl:if test="$val = $cur"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
      <xsl:call-template name="kind-name"><xsl:with-param name="k" select="$val"/></xsl:call-template>
    </option>
  </xsl:template>

</xsl:stylesheet>
