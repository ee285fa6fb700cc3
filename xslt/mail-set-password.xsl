<?xml version="1.0" encoding="UTF-8"?>
<!--
  mail-set-password.xsl — the e-mail with a link to set the account's password, sent by an
  administrator from dvc-admin (modules/admin/people_act.c): a new officer's or administrator's
  first, or one sent again. The link opens dvc-account's /account/reset.

  Output: plain text; the first line is the subject, then a blank line, then the body.
  Input: /mail with
    site      base_url, name (the portal's name from the configuration)
    name      the account holder's full name
    token     the link's token (base64url)
    hours     @n: how long the link is good
    new       a new account's first link: its kind (officer|admin); none for a link sent again
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi-admin-people.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="nl" select="'&#10;'"/>
  <xsl:variable name="site">
    <xsl:choose>
      <xsl:when test="string(/mail/site/name) != ''"><xsl:value-of select="/mail/site/name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.pmail.site"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:value-of select="concat($t.pmail.subject, $site, $nl, $nl)"/>
    <xsl:value-of select="concat($t.pmail.dear, /mail/name, ',', $nl, $nl)"/>
    <xsl:choose>
      <xsl:when test="/mail/new = 'admin'"><xsl:value-of select="concat($t.pmail.new_admin, $site)"/></xsl:when>
      <xsl:when test="/mail/new"><xsl:value-of select="concat($t.pmail.new, $site)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($t.pmail.again, $site)"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat($t.pmail.open, /mail/hours/@n, $t.pmail.hours, $nl, $nl)"/>
    <xsl:value-of select="concat(/mail/site/base_url, '/account/reset?token=', /mail/token, $nl, $nl)"/>
    <xsl:value-of select="concat($t.pmail.once, $nl, $nl)"/>
    <xsl:value-of select="concat($t.pmail.expired, $nl, $nl)"/>
    <xsl:value-of select="concat($t.pmail.notme, $nl)"/>
    <xsl:value-of select="concat($nl, $t.pmail.footer, $nl)"/>
  </xsl:template>

</xsl:stylesheet>
