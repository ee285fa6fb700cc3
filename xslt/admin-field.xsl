<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-field.xsl — a field's page (/admin/fields/{id}) and a new field's (/admin/fields/new):
  the form (code once, when added; name; order), then for an existing field its removal,
  offered only when no version of any procedure is filed under it.

  Input: /page with user (kind admin), csrf, msg (optional), form (value, error) and
    field   (absent for a new field) id, code, name, sort, procedures (current), versions (any)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="admin-units-common.xsl"/>

  <xsl:variable name="f" select="/page/field"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:choose>
      <xsl:when test="$f"><xsl:value-of select="$f/name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.au.field.new"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <xsl:call-template name="au-home"/>
    <li><a href="/admin/fields"><xsl:value-of select="$t.au.fields"/></a></li>
    <li aria-current="page">
      <xsl:choose>
        <xsl:when test="$f"><xsl:value-of select="$f/name"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t.au.field.new"/></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1>
      <xsl:choose>
        <xsl:when test="$f"><xsl:value-of select="$f/name"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t.au.field.new"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:call-template name="au-notice"/>
    <xsl:call-template name="error-summary"/>
    <xsl:if test="$f">
      <p>
        <xsl:value-of select="$t.au.code"/><xsl:text>: </xsl:text>
        <strong class="code"><xsl:value-of select="$f/code"/></strong>
      </p>
    </xsl:if>
    <form method="post" novalidate="novalidate" class="form">
      <xsl:attribute name="action">
        <xsl:choose>
          <xsl:when test="$f"><xsl:value-of select="concat('/admin/fields/', $f/id)"/></xsl:when>
          <xsl:otherwise>/admin/fields/new</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:call-template name="csrf-field"/>
      <xsl:if test="not($f)">
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'code'"/>
          <xsl:with-param name="label" select="$t.au.code"/>
          <xsl:with-param name="hint" select="$t.au.field.code.hint"/>
          <xsl:with-param name="maxlength" select="20"/>
          <xsl:with-param name="width" select="'medium'"/>
          <xsl:with-param name="required" select="'true'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'name'"/>
        <xsl:with-param name="label" select="$t.au.field.name"/>
        <xsl:with-param name="maxlength" select="255"/>
        <xsl:with-param name="required" select="'true'"/>
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
    <xsl:if test="$f">
      <section class="admin-section" aria-labelledby="remove-h">
        <h2 id="remove-h"><xsl:value-of select="$t.au.field.remove.title"/></h2>
        <xsl:choose>
          <xsl:when test="$f/versions = 0">
            <form method="post" action="/admin/fields/{$f/id}/remove">
              <xsl:call-template name="csrf-field"/>
              <button class="button button-secondary" type="submit"><xsl:value-of select="$t.au.remove"/></button>
            </form>
          </xsl:when>
          <xsl:otherwise>
            <p><xsl:value-of select="concat($t.au.field.used, $f/procedures, $t.au.field.used.mid, $f/versions, $t.au.field.used.end)"/></p>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
