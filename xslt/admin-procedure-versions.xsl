<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-procedure-versions.xsl — "Các phiên bản của thủ tục"
  ("/admin/procedures/{code}/versions"): every version of a procedure, newest first, with
  when it was published and withdrawn and the dossiers received under it; one of them (?v=N)
  shown whole, read-only.

  Input: /page with user (kind admin) and
    versions   @code; version: version, is_current, name, published_at, withdrawn_at ('' when
               not withdrawn), dossiers
    procedure  (with ?v=N) @version; the catalogue's columns of the procedure as elements
               (code, name, field, agency, level, processing_hours, same_day,
               clock_after_supplement, channels, applicant_kinds, the texts), and its lists
               components, fees, exemptions, receivers: item with the columns of each
    fields/field, agencies/agency (code, name): the names of the codes
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-staff.xsl"/>
  <xsl:include href="i18n/vi-admin-proc.xsl"/>

  <xsl:variable name="code" select="/page/versions/@code"/>
  <xsl:variable name="pr" select="/page/procedure"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.ap.v.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/admin/"><xsl:value-of select="$t.admin.title"/></a></li>
    <li><a href="/admin/procedures"><xsl:value-of select="$t.ap.list.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.ap.v.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.ap.v.title"/></h1>
    <p><span class="code"><xsl:value-of select="$code"/></span> · <a href="/admin/procedures/{$code}"><xsl:value-of select="$t.ap.v.edit"/></a></p>
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$t.ap.v.version"/></th>
            <th scope="col"><xsl:value-of select="$t.ap.f.name"/></th>
            <th scope="col"><xsl:value-of select="$t.ap.v.published"/></th>
            <th scope="col"><xsl:value-of select="$t.ap.v.withdrawn"/></th>
            <th scope="col"><xsl:value-of select="$t.ap.v.dossiers"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="versions/version">
            <tr>
              <td><a href="/admin/procedures/{$code}/versions?v={version}"><xsl:value-of select="concat($t.ap.v.view, ' ', version)"/></a></td>
              <td><xsl:value-of select="name"/></td>
              <td><xsl:value-of select="published_at"/></td>
              <td>
                <xsl:choose>
                  <xsl:when test="is_current = 1"><xsl:value-of select="$t.ap.status.current"/></xsl:when>
                  <xsl:when test="withdrawn_at != ''"><xsl:value-of select="withdrawn_at"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t.ap.v.replaced"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td><xsl:value-of select="dossiers"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>

    <xsl:if test="$pr">
      <section aria-labelledby="shown-h">
        <h2 id="shown-h"><xsl:value-of select="concat($t.ap.v.shown, $pr/@version)"/></h2>
        <dl class="summary-list">
          <xsl:call-template name="row"><xsl:with-param name="k" select="$t.ap.f.name"/><xsl:with-param name="v" select="$pr/name"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="k" select="$t.ap.f.field"/><xsl:with-param name="v" select="/page/fields/field[code = $pr/field]/name"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="k" select="$t.ap.f.agency"/><xsl:with-param name="v" select="/page/agencies/agency[code = $pr/agency]/name"/></xsl:call-template>
          <xsl:call-template name="row">
            <xsl:with-param name="k" select="$t.ap.f.level"/>
            <xsl:with-param name="v">
              <xsl:choose>
                <xsl:when test="$pr/level = 4"><xsl:value-of select="$t.level.4"/></xsl:when>
                <xsl:when test="$pr/level = 3"><xsl:value-of select="$t.level.3"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$t.level.2"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="k" select="$t.ap.f.hours"/><xsl:with-param name="v" select="$pr/processing_hours"/></xsl:call-template>
          <xsl:call-template name="row">
            <xsl:with-param name="k" select="$t.ap.f.clock"/>
            <xsl:with-param name="v">
              <xsl:choose>
                <xsl:when test="$pr/clock_after_supplement = 'resume'"><xsl:value-of select="$t.ap.clock.resume"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$t.ap.clock.restart"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="k" select="$t.ap.f.result"/><xsl:with-param name="v" select="$pr/result"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="k" select="$t.ap.f.legal_basis"/><xsl:with-param name="v" select="$pr/legal_basis"/></xsl:call-template>
        </dl>
        <h3><xsl:value-of select="$t.ap.sec.components"/></h3>
        <ol>
          <xsl:for-each select="$pr/components/item">
            <li><xsl:value-of select="name"/> (<xsl:value-of select="concat($t.ap.c.originals, ': ', originals, ', ', $t.ap.c.copies, ': ', copies)"/>)</li>
          </xsl:for-each>
        </ol>
        <h3><xsl:value-of select="$t.ap.sec.fees"/></h3>
        <ol>
          <xsl:for-each select="$pr/fees/item">
            <li>
              <xsl:value-of select="concat(name, ': ')"/>
              <xsl:call-template name="money"><xsl:with-param name="amount" select="amount"/></xsl:call-template>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="k"/>
    <xsl:param name="v"/>
    <div class="summary-row">
      <dt><xsl:value-of select="$k"/></dt>
      <dd class="pre-line"><xsl:value-of select="$v"/></dd>
    </div>
  </xsl:template>

</xsl:stylesheet>
