<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-procedures.xsl — "Thủ tục hành chính" ("/admin/procedures"): for an administrator,
  each procedure's last version (current first, then the withdrawn), found by name or code
  (diacritics aside), field, level and status, twenty a page, each linked to its form.

  Input: /page with user (kind admin), msg (removed, or ''), form/value (q, field, level,
    status, page), fields/field (id, code, name) and
    procedures  @total, @page, @pages; procedure: code, name, version, level, is_current,
                field_name, agency_name, published_at, withdrawn_at ('' when not withdrawn)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-staff.xsl"/>
  <xsl:include href="i18n/vi-admin-proc.xsl"/>

  <xsl:variable name="fv" select="/page/form/value"/>
  <xsl:variable name="list" select="/page/procedures"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.ap.list.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/admin/"><xsl:value-of select="$t.admin.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.ap.list.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.ap.list.title"/></h1>
    <xsl:if test="msg = 'removed'">
      <div role="status" class="banner banner-ok"><p><xsl:value-of select="$t.ap.msg.removed"/></p></div>
    </xsl:if>
    <p class="lead"><xsl:value-of select="$t.ap.list.lead"/></p>
    <p><a class="button" href="/admin/procedures/new"><xsl:value-of select="$t.ap.list.new"/></a></p>

    <form method="get" action="/admin/procedures" class="filters">
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'q'"/>
        <xsl:with-param name="label" select="$t.ap.list.q"/>
        <xsl:with-param name="hint" select="$t.ap.list.q.hint"/>
        <xsl:with-param name="maxlength" select="100"/>
      </xsl:call-template>
      <div class="form-group">
        <label class="label" for="field-field"><xsl:value-of select="$t.ap.f.field"/></label>
        <select class="select" id="field-field" name="field">
          <option value=""><xsl:value-of select="$t.ap.list.any"/></option>
          <xsl:for-each select="/page/fields/field">
            <option value="{id}">
              <xsl:if test="string(id) = string($fv[@name = 'field'])"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="name"/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div class="form-group">
        <label class="label" for="field-level"><xsl:value-of select="$t.ap.f.level"/></label>
        <select class="select" id="field-level" name="level">
          <option value=""><xsl:value-of select="$t.ap.list.any"/></option>
          <xsl:call-template name="opt"><xsl:with-param name="name" select="'level'"/><xsl:with-param name="val" select="'4'"/><xsl:with-param name="label" select="$t.level.4"/></xsl:call-template>
          <xsl:call-template name="opt"><xsl:with-param name="name" select="'level'"/><xsl:with-param name="val" select="'3'"/><xsl:with-param name="label" select="$t.level.3"/></xsl:call-template>
          <xsl:call-template name="opt"><xsl:with-param name="name" select="'level'"/><xsl:with-param name="val" select="'2'"/><xsl:with-param name="label" select="$t.level.2"/></xsl:call-template>
        </select>
      </div>
      <div class="form-group">
        <label class="label" for="field-status"><xsl:value-of select="$t.ap.list.status"/></label>
        <select class="select" id="field-status" name="status">
          <option value=""><xsl:value-of select="$t.ap.list.any"/></option>
          <xsl:call-template name="opt"><xsl:with-param name="name" select="'status'"/><xsl:with-param name="val" select="'current'"/><xsl:with-param name="label" select="$t.ap.status.current"/></xsl:call-template>
          <xsl:call-template name="opt"><xsl:with-param name="name" select="'status'"/><xsl:with-param name="val" select="'withdrawn'"/><xsl:with-param name="label" select="$t.ap.status.withdrawn"/></xsl:call-template>
        </select>
      </div>
      <button class="button" type="submit"><xsl:value-of select="$t.ap.list.apply"/></button>
    </form>

    <xsl:choose>
      <xsl:when test="$list/procedure">
        <p><xsl:value-of select="concat($t.ap.list.found, $list/@total, $t.ap.list.found.end)"/></p>
        <ul class="plain admin-procedures">
          <xsl:for-each select="$list/procedure">
            <li class="admin-procedure">
              <p><a href="/admin/procedures/{code}"><xsl:value-of select="name"/></a></p>
              <p class="cell-note">
                <span class="code"><xsl:value-of select="code"/></span>
                <xsl:value-of select="concat(' · ', field_name, ' · ', agency_name, ' · ')"/>
                <xsl:choose>
                  <xsl:when test="level = 4"><xsl:value-of select="$t.level.4"/></xsl:when>
                  <xsl:when test="level = 3"><xsl:value-of select="$t.level.3"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t.level.2"/></xsl:otherwise>
                </xsl:choose>
              </p>
              <p class="cell-note">
                <strong>
                  <xsl:choose>
                    <xsl:when test="is_current = 1"><xsl:value-of select="$t.ap.status.current"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$t.ap.status.withdrawn"/></xsl:otherwise>
                  </xsl:choose>
                </strong>
                <xsl:value-of select="concat(' · ', $t.ap.list.version, version, ' · ')"/>
                <xsl:choose>
                  <xsl:when test="withdrawn_at != ''"><xsl:value-of select="concat($t.ap.list.withdrawn_at, withdrawn_at)"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="concat($t.ap.list.since, published_at)"/></xsl:otherwise>
                </xsl:choose>
                <xsl:text> · </xsl:text>
                <a href="/admin/procedures/{code}/versions"><xsl:value-of select="$t.ap.versions.link"/></a>
              </p>
            </li>
          </xsl:for-each>
        </ul>
        <xsl:call-template name="pagination">
          <xsl:with-param name="base" select="'/admin/procedures'"/>
          <xsl:with-param name="query" select="string(/page/query_string)"/>
          <xsl:with-param name="page" select="number($list/@page)"/>
          <xsl:with-param name="pages" select="number($list/@pages)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t.ap.list.none"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="opt">
    <xsl:param name="name"/>
    <xsl:param name="val"/>
    <xsl:param name="label"/>
    <option value="{$val}">
      <xsl:if test="string($fv[@name = $name]) = $val"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
      <xsl:value-of select="$label"/>
    </option>
  </xsl:template>

</xsl:stylesheet>
