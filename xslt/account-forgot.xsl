<?xml version="1.0" encoding="UTF-8"?>
<!--
  account-forgot.xsl — a forgotten password ("/account/forgot"): the CCCD or e-mail of the
  account, and the answer, the same whether or not an account matches.

  Input: /page with csrf; form with value[@name='login'] and errors (login: nothing typed;
  "_": too many requests from the address, @minutes); sent with @minutes (the request went
  through: the answer replaces the form; how long the link is good).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-person.xsl"/>
  <xsl:include href="i18n/vi-account.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.forgot.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/account/login"><xsl:value-of select="$t.login.title"/></a></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="form-page">
      <xsl:choose>
        <xsl:when test="sent">
          <h1><xsl:value-of select="$t.forgot.sent.title"/></h1>
          <div role="status" class="banner banner-ok">
            <p><xsl:value-of select="concat($t.forgot.sent, sent/@minutes, $t.forgot.sent.minutes)"/></p>
          </div>
          <p class="hint"><xsl:value-of select="$t.forgot.sent.none"/></p>
        </xsl:when>
        <xsl:otherwise>
          <h1><xsl:value-of select="$t.forgot.title"/></h1>
          <xsl:call-template name="error-summary"/>
          <p class="lead"><xsl:value-of select="$t.forgot.lead"/></p>
          <form class="form" method="post" action="/account/forgot" novalidate="novalidate">
            <xsl:call-template name="csrf-field"/>
            <xsl:call-template name="field">
              <xsl:with-param name="name" select="'login'"/>
              <xsl:with-param name="label" select="$t.login.login"/>
              <xsl:with-param name="autocomplete" select="'username'"/>
              <xsl:with-param name="maxlength" select="254"/>
              <xsl:with-param name="required" select="'true'"/>
            </xsl:call-template>
            <div class="form-actions">
              <button class="button" type="submit"><xsl:value-of select="$t.forgot.submit"/></button>
            </div>
          </form>
        </xsl:otherwise>
      </xsl:choose>
      <p class="form-aside"><a href="/account/login"><xsl:value-of select="$t.forgot.back"/></a></p>
    </div>
  </xsl:template>

</xsl:stylesheet>
