<?xml version="1.0" encoding="UTF-8"?>
<!--
  mail-mfa.xsl — the e-mail that tells an account's owner its second factor changed: reset by
  an administrator in dvc-admin (modules/admin/people_act.c), or removed by the owner, or one
  of its recovery codes used (dvc-account, modules/account/mfa_audit.c).

  Output: plain text; the first line is the subject, then a blank line, then the body.
  Input: /mail with
    site           base_url, name (the portal's name from the configuration)
    event          reset | disabled | recovery
    name           the account holder's full name
    required       reset: the account's kind (admin|officer) when it must enrol a new factor
                   at its next sign-in; absent when it need not
    recovery_left  recovery: @n, the recovery codes not used yet
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi-admin-mfa.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="nl" select="'&#10;'"/>
  <xsl:variable name="site">
    <xsl:choose>
      <xsl:when test="string(/mail/site/name) != ''"><xsl:value-of select="/mail/site/name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.mmfa.site"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="page" select="concat(/mail/site/base_url, '/account/mfa')"/>

  <xsl:template match="/">
    <xsl:variable name="event" select="string(/mail/event)"/>
    <xsl:choose>
      <xsl:when test="$event = 'reset'"><xsl:value-of select="concat($t.mmfa.subject.reset, $site, $nl, $nl)"/></xsl:when>
      <xsl:when test="$event = 'disabled'"><xsl:value-of select="concat($t.mmfa.subject.disabled, $site, $nl, $nl)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($t.mmfa.subject.recovery, $site, $nl, $nl)"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat($t.mmfa.dear, /mail/name, ',', $nl, $nl)"/>
    <xsl:choose>
      <xsl:when test="$event = 'reset'">
        <xsl:value-of select="concat($t.mmfa.reset, $nl, $nl)"/>
        <xsl:choose>
          <xsl:when test="/mail/required"><xsl:value-of select="concat($t.mmfa.reset.required, $nl, $nl)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($t.mmfa.reset.optional, $nl, $page, $nl, $nl)"/></xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="concat($t.mmfa.reset.notme, $nl)"/>
      </xsl:when>
      <xsl:when test="$event = 'disabled'">
        <xsl:value-of select="concat($t.mmfa.disabled, $nl, $page, $nl, $nl)"/>
        <xsl:value-of select="concat($t.mmfa.notme, $nl)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat($t.mmfa.recovery, /mail/recovery_left/@n, '.', $nl, $nl)"/>
        <xsl:value-of select="concat($t.mmfa.recovery.new, $nl, $page, $nl, $nl)"/>
        <xsl:value-of select="concat($t.mmfa.notme, $nl)"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat($nl, $t.mmfa.footer, $nl)"/>
  </xsl:template>

</xsl:stylesheet>
