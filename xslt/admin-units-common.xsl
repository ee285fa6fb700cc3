<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-units-common.xsl — what the views of units, fields and communes share (admin-units,
  admin-unit, admin-fields, admin-field, admin-communes): their words (i18n/vi-admin-units.xsl),
  the way back to the back office, a unit kind's name, and the confirmation after a write.

  Input it reads: /page/msg (added|saved|withdrawn|activated|removed|imported, with @added and
  @renamed for an import).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi-admin-units.xsl"/>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <!-- The breadcrumb's first item: the back office. -->
  <xsl:template name="au-home">
    <li><a href="/admin/"><xsl:value-of select="$t.au.admin"/></a></li>
  </xsl:template>

  <!-- kind-name: a unit kind (province|department|center|commune) in words. -->
  <xsl:template name="kind-name">
    <xsl:param name="k"/>
    <xsl:choose>
      <xsl:when test="$k = 'province'"><xsl:value-of select="$t.au.kind.province"/></xsl:when>
      <xsl:when test="$k = 'department'"><xsl:value-of select="$t.au.kind.department"/></xsl:when>
      <xsl:when test="$k = 'center'"><xsl:value-of select="$t.au.kind.center"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.au.kind.commune"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- au-notice: what the last write did, in green. -->
  <xsl:template name="au-notice">
    <xsl:variable name="m" select="/page/msg"/>
    <xsl:if test="$m">
      <div class="banner banner-ok" role="status">
        <p>
          <xsl:choose>
            <xsl:when test="$m = 'added'"><xsl:value-of select="$t.au.msg.added"/></xsl:when>
            <xsl:when test="$m = 'saved'"><xsl:value-of select="$t.au.msg.saved"/></xsl:when>
            <xsl:when test="$m = 'withdrawn'"><xsl:value-of select="$t.au.msg.withdrawn"/></xsl:when>
            <xsl:when test="$m = 'activated'"><xsl:value-of select="$t.au.msg.activated"/></xsl:when>
            <xsl:when test="$m = 'removed'"><xsl:value-of select="$t.au.msg.removed"/></xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="concat($t.au.msg.imported, $m/@added, $t.au.msg.imported.renamed,
                  $m/@renamed, $t.au.msg.imported.end)"/>
            </xsl:otherwise>
          </xsl:choose>
        </p>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- au-nav: the three pages of this area. -->
  <xsl:template name="au-nav">
    <nav class="toc toc-inline" aria-label="{$t.au.nav}">
      <ul>
        <li><a href="/admin/units"><xsl:value-of select="$t.au.units"/></a></li>
        <li><a href="/admin/fields"><xsl:value-of select="$t.au.fields"/></a></li>
        <li><a href="/admin/communes"><xsl:value-of select="$t.au.communes"/></a></li>
      </ul>
    </nav>
  </xsl:template>

</xsl:stylesheet>
