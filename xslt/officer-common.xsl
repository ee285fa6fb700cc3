<?xml version="1.0" encoding="UTF-8"?>
<!--
  officer-common.xsl — what the officers' views share: their words (i18n/vi-officer.xsl) and
  the working-time template. Imported after layout.xsl and dossier-common.xsl by
  officer-inbox.xsl and officer-dossier.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi-officer.xsl"/>

  <!-- worktime: working minutes as "2 ngày 3 giờ 15 phút" (a working day is 8 hours). -->
  <xsl:template name="worktime">
    <xsl:param name="minutes"/>
    <xsl:variable name="m" select="number($minutes)"/>
    <xsl:variable name="days" select="floor($m div 480)"/>
    <xsl:variable name="hours" select="floor(($m mod 480) div 60)"/>
    <xsl:variable name="mins" select="$m mod 60"/>
    <xsl:if test="$days &gt; 0"><xsl:value-of select="concat($days, $t.od.days)"/></xsl:if>
    <xsl:if test="$hours &gt; 0 or $days = 0"><xsl:value-of select="concat($hours, $t.od.hours)"/></xsl:if>
    <xsl:if test="$mins &gt; 0"><xsl:value-of select="concat(' ', $mins, $t.od.minutes)"/></xsl:if>
  </xsl:template>

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
