<?xml version="1.0" encoding="UTF-8"?>
<!--
  mail-verify.xsl — the e-mail with a link that verifies an address: a new account's (sent at
  registration, or again from the profile), with change a new address for an account (sent
  to that address), with contact a draft's contact address; rendered by dvc-account
  (modules/account/links.c) or by dvc-submit (core contact.c) into the outbox.

  Output: plain text; the first line is the subject, then a blank line, then the body.
  Input: /mail with
    site      base_url, name (the portal's name from the configuration)
    name      the account holder's full name
    change    present: the address is to become the account's (the profile's change)
    contact   present: the address was typed as a draft's contact (core contact.c); the link
              lets the dossier's messages go to it
    link      the link's path (/account/verify, /account/email or /account/contact)
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
    <xsl:value-of select="concat($t.amail.verify.subject, $site, $nl, $nl)"/>
    <xsl:value-of select="concat($t.amail.dear, /mail/name, ',', $nl, $nl)"/>
    <xsl:choose>
      <xsl:when test="/mail/change"><xsl:value-of select="$t.amail.verify.change"/></xsl:when>
      <xsl:when test="/mail/contact"><xsl:value-of select="$t.amail.verify.contact"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.amail.verify.say"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat($site, $t.amail.verify.open)"/>
    <xsl:value-of select="concat(floor(/mail/minutes/@n div 60), $t.amail.verify.hours, $nl, $nl)"/>
    <xsl:value-of select="concat(/mail/site/base_url, /mail/link, '?token=', /mail/token, $nl, $nl)"/>
    <xsl:choose>
      <xsl:when test="/mail/contact"><xsl:value-of select="concat($t.amail.verify.contact.once, $nl, $nl)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($t.amail.verify.once, $nl, $nl)"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat($t.amail.verify.ignore, $nl)"/>
    <xsl:value-of select="concat($t.amail.address, /mail/address, $nl)"/>
    <xsl:value-of select="concat($nl, $t.amail.footer, $nl)"/>
  </xsl:template>

</xsl:stylesheet>
