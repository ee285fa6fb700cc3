<?xml version="1.0" encoding="UTF-8"?>
<!--
  mail-unlock.xsl — the e-mail with a link that ends the wait between sign-ins after wrong
  passwords, sent to an account's verified address only, rendered by dvc-account
  (modules/account/links.c) into the outbox.

  Output: plain text; the first line is the subject, then a blank line, then the body.
  Input: /mail with
    site      base_url, name (the portal's name from the configuration)
    name      the account holder's full name
    link      the link's path (/account/unlock)
    token     the link's token (base64url)
    minutes   @n: how long the link is good
    address   the network address the request came from
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
    <xsl:value-of select="concat($t.amail.unlock.subject, $site, $nl, $nl)"/>
    <xsl:value-of select="concat($t.amail.dear, /mail/name, ',', $nl, $nl)"/>
    <xsl:value-of select="concat($t.amail.unlock.say, $site, $t.amail.unlock.open)"/>
    <xsl:value-of select="concat(/mail/minutes/@n, $t.amail.unlock.minutes, $nl, $nl)"/>
    <xsl:value-of select="concat(/mail/site/base_url, /mail/link, '?token=', /mail/token, $nl, $nl)"/>
    <xsl:value-of select="concat($t.amail.unlock.notme, $nl)"/>
    <xsl:value-of select="concat($t.amail.address, /mail/address, $nl)"/>
    <xsl:value-of select="concat($nl, $t.amail.footer, $nl)"/>
  </xsl:template>

</xsl:stylesheet>
