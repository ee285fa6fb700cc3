<?xml version="1.0" encoding="UTF-8"?>
<!--
  account-link.xsl — the page of a link sent by e-mail (modules/account/links.c):
  "/account/verify?token=…" (a new account's address), "/account/unlock?token=…" (the end of
  the sign-in's wait), "/account/email?token=…" (a new address of the account),
  "/account/contact?token=…" (a draft's contact address, core contact.c); and the
  answer to asking for an unlock link (POST /account/unlock, from the sign-in page).

  Input: /page with csrf; link/@purpose (verify, unlock, email or contact); done/@purpose when the
  link did what it is for; sent/@minutes when an unlock link was asked for (the same answer
  for any login); form with error[@name='_'] for a link refused (unknown, used, expired, the
  address taken) or a request refused, error[@name='login'] and value[@name='login'].
  The token is in the page's address: what this page links to is told only the site's origin.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-person.xsl"/>
  <xsl:include href="i18n/vi-account.xsl"/>

  <xsl:variable name="purpose" select="string(/page/link/@purpose)"/>
  <xsl:variable name="title">
    <xsl:choose>
      <xsl:when test="$purpose = 'unlock'"><xsl:value-of select="$t.link.title.unlock"/></xsl:when>
      <xsl:when test="$purpose = 'email'"><xsl:value-of select="$t.link.title.email"/></xsl:when>
      <xsl:when test="$purpose = 'contact'"><xsl:value-of select="$t.link.title.contact"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.link.title.verify"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
    <meta name="referrer" content="strict-origin"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="form-page">
      <h1><xsl:value-of select="$title"/></h1>
      <xsl:call-template name="error-summary"/>
      <xsl:if test="done">
        <div role="status" class="banner banner-ok">
          <p>
            <xsl:choose>
              <xsl:when test="done/@purpose = 'unlock'"><xsl:value-of select="$t.link.done.unlock"/></xsl:when>
              <xsl:when test="done/@purpose = 'email'"><xsl:value-of select="$t.link.done.email"/></xsl:when>
              <xsl:when test="done/@purpose = 'contact'"><xsl:value-of select="$t.link.done.contact"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$t.link.done.verify"/></xsl:otherwise>
            </xsl:choose>
          </p>
        </div>
      </xsl:if>
      <xsl:if test="sent">
        <div role="status" class="banner banner-ok">
          <p><xsl:value-of select="concat($t.unlock.sent.pre, sent/@minutes, $t.unlock.sent.post)"/></p>
        </div>
      </xsl:if>
      <p>
        <xsl:choose>
          <xsl:when test="/page/user">
            <a class="button" href="/account/profile"><xsl:value-of select="$t.link.profile"/></a>
          </xsl:when>
          <xsl:otherwise>
            <a class="button" href="/account/login"><xsl:value-of select="$t.link.login"/></a>
          </xsl:otherwise>
        </xsl:choose>
      </p>
    </div>
  </xsl:template>

</xsl:stylesheet>
