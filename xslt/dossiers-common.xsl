<?xml version="1.0" encoding="UTF-8"?>
<!--
  dossiers-common.xsl — what the applicant's dossier views share (dossiers-list.xsl,
  dossiers-page.xsl): their words (i18n/vi-mine.xsl) and the step that waits for the
  applicant, in words and as the part of the dossier's page it is done on. Included after
  layout.xsl and dossier-common.xsl are imported.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi-mine.xsl"/>

  <!-- next-step: what the applicant must do now (sql.c's NEXT_STEP), in words. -->
  <xsl:template name="next-step">
    <xsl:param name="step"/>
    <xsl:choose>
      <xsl:when test="$step = 'resume'"><xsl:value-of select="$t.next.resume"/></xsl:when>
      <xsl:when test="$step = 'complete'"><xsl:value-of select="$t.next.complete"/></xsl:when>
      <xsl:when test="$step = 'supplement'"><xsl:value-of select="$t.next.supplement"/></xsl:when>
      <xsl:when test="$step = 'pay'"><xsl:value-of select="$t.next.pay"/></xsl:when>
      <xsl:when test="$step = 'collect'"><xsl:value-of select="$t.next.collect"/></xsl:when>
      <xsl:when test="$step = 'rate'"><xsl:value-of select="$t.next.rate"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- next-anchor: where on the dossier's page that step is done. -->
  <xsl:template name="next-anchor">
    <xsl:param name="step"/>
    <xsl:choose>
      <xsl:when test="$step = 'complete' or $step = 'supplement'">#supplement</xsl:when>
      <xsl:when test="$step = 'pay'">#pay</xsl:when>
      <xsl:when test="$step = 'collect'">#result</xsl:when>
      <xsl:when test="$step = 'rate'">#rating</xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
