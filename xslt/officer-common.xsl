<?xml version="1.0" encoding="UTF-8"?>
<!--
  officer-common.xsl — what the officers' views share: their words (i18n/vi-officer.xsl) and
  the channel template (the working-time one is dossier-common.xsl's). Imported after layout.xsl and dossier-common.xsl by
  officer-inbox.xsl and officer-dossier.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi-officer.xsl"/>

  <!-- channel-name: how the result comes back, in words. -->
  <xsl:template name="channel-name">
    <xsl:param name="channel"/>
    <xsl:choose>
      <xsl:when test="$channel = 'online'"><xsl:value-of select="$t.od.channel.online"/></xsl:when>
      <xsl:when test="$channel = 'postal'"><xsl:value-of select="$t.od.channel.postal"/></xsl:when>
      <xsl:when test="$channel = 'counter'"><xsl:value-of select="$t.od.channel.counter"/></xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
