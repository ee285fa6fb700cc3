<?xml version="1.0" encoding="UTF-8"?>
<!--
  mail-identity-tried.xsl — the e-mail that tells an account's owner that someone tried to
  register with the account's CCCD or address (what = register), or to put the account's
  address on another account (what = email); rendered by dvc-account
  (modules/account/links.c) into the outbox. The page that someone saw said nothing of it.

  Output: plain text; the first line is the subject, then a blank line, then the body.
  Input: /mail with
    site      base_url, name (the portal's name from the configuration)
    name      the account holder's full name
    what      register or email
    address   the network address the attempt came from
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
    <xsl:value-of select="concat($t.amail.tried.subject, $site, $nl, $nl)"/>
    <xsl:value-of select="concat($t.amail.dear, /mail/name, ',', $nl, $nl)"/>
    <xsl:choose>
      <xsl:when test="/mail/what = 'email'">
        <xsl:value-of select="concat($t.amail.tried.email, $site, $t.amail.tried.email.what, $nl, $nl)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat($t.amail.tried.register, $site, $t.amail.tried.register.what, $nl, $nl)"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat($t.amail.tried.you, /mail/site/base_url, '/account/login', $nl, $nl)"/>
    <xsl:value-of select="concat($t.amail.tried.notme, $nl)"/>
    <xsl:value-of select="concat($t.amail.address, /mail/address, $nl)"/>
    <xsl:value-of select="concat($nl, $t.amail.footer, $nl)"/>
  </xsl:template>

</xsl:stylesheet>
