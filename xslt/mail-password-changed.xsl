<?xml version="1.0" encoding="UTF-8"?>
<!--
  mail-password-changed.xsl — the e-mail that tells the account holder that a reset link set
  a new password, rendered by dvc-account (modules/account/reset.c) into the outbox.

  Output: plain text; the first line is the subject, then a blank line, then the body.
  Input: /mail with
    site      base_url, name (the portal's name from the configuration)
    name      the account holder's full name
    address   the network address the new password came from
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi-mail-account.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="nl" select="'&#10;'"/>
  <xsl:variable name="site">
    <xsl:choose>
      <xsl:when test="string(/mail/site/name) != ''"><xsl:value-of select="/mail/site/name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.amail.site"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:value-of select="concat($t.amail.changed.subject, $site, $nl, $nl)"/>
    <xsl:value-of select="concat($t.amail.dear, /mail/name, ',', $nl, $nl)"/>
    <xsl:value-of select="concat($t.amail.changed.say, $site, $t.amail.changed.done, $nl, $nl)"/>
    <xsl:value-of select="concat($t.amail.changed.address, /mail/address, $nl, $nl)"/>
    <xsl:value-of select="concat($t.amail.changed.notme, /mail/site/base_url, '/account/forgot', $nl)"/>
    <xsl:value-of select="concat($nl, $t.amail.footer, $nl)"/>
  </xsl:template>

</xsl:stylesheet>
