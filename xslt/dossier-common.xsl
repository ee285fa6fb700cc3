<?xml version="1.0" encoding="UTF-8"?>
<!--
  dossier-common.xsl — what every page that shows dossiers needs, citizen's or staff's: the
  status-badge template and, through i18n/vi-dossier.xsl, the words both sides use (a
  dossier's code, procedure, dates and status, the eleven statuses).

  Imported after layout.xsl by the staff views (officer-inbox.xsl, admin-home.xsl), and
  included by submit-common.xsl for the submission views (submit-*.xsl). Kept out of
  layout.xsl so that the catalogue and account views do not compile these words: every
  global variable costs memory per compiled view and is evaluated on every transform.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi-dossier.xsl"/>

  <!--
    status-badge: a dossier's status in words, coloured by what it means for the applicant:
    0 draft and 7, 8 (withdrawn, stopped) grey; 1, 2, 4 under way blue; 5, 6 (the applicant
    must act) amber; 3 refused red; 9, 10 finished green. Codes are the National Portal's.
  -->
  <xsl:template name="status-badge">
    <xsl:param name="status"/>
    <xsl:variable name="s" select="number($status)"/>
    <span>
      <xsl:attribute name="class">
        <xsl:text>badge badge-status badge-status-</xsl:text>
        <xsl:choose>
          <xsl:when test="$s = 1 or $s = 2 or $s = 4">progress</xsl:when>
          <xsl:when test="$s = 5 or $s = 6">action</xsl:when>
          <xsl:when test="$s = 3">refused</xsl:when>
          <xsl:when test="$s = 9 or $s = 10">done</xsl:when>
          <xsl:otherwise>plain</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:choose>
        <xsl:when test="$s = 0"><xsl:value-of select="$t.status.0"/></xsl:when>
        <xsl:when test="$s = 1"><xsl:value-of select="$t.status.1"/></xsl:when>
        <xsl:when test="$s = 2"><xsl:value-of select="$t.status.2"/></xsl:when>
        <xsl:when test="$s = 3"><xsl:value-of select="$t.status.3"/></xsl:when>
        <xsl:when test="$s = 4"><xsl:value-of select="$t.status.4"/></xsl:when>
        <xsl:when test="$s = 5"><xsl:value-of select="$t.status.5"/></xsl:when>
        <xsl:when test="$s = 6"><xsl:value-of select="$t.status.6"/></xsl:when>
        <xsl:when test="$s = 7"><xsl:value-of select="$t.status.7"/></xsl:when>
        <xsl:when test="$s = 8"><xsl:value-of select="$t.status.8"/></xsl:when>
        <xsl:when test="$s = 9"><xsl:value-of select="$t.status.9"/></xsl:when>
        <xsl:when test="$s = 10"><xsl:value-of select="$t.status.10"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$status"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

</xsl:stylesheet>
