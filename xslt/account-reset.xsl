<?xml version="1.0" encoding="UTF-8"?>
<!--
  account-reset.xsl — the page of a reset link ("/account/reset?token=…"): a new password.

  Input: /page with csrf; ready (the link may set a password: the form shows); form with
  value[@name='token'] (the link's token, sent back with the form) and errors: password,
  password2 (the policy, as on registration), or "_" for a link refused (unknown, used or
  expired), then without ready: the message and a way to ask for a new link.
  The token is in the page's address: what this page loads or links to is told only the
  site's origin as referrer (strict-origin; no-referrer would make the form's Origin "null",
  which session.c's Origin check refuses).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-person.xsl"/>
  <xsl:include href="i18n/vi-account.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.reset.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
    <meta name="referrer" content="strict-origin"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/account/login"><xsl:value-of select="$t.login.title"/></a></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="form-page">
      <h1><xsl:value-of select="$t.reset.title"/></h1>
      <xsl:call-template name="error-summary"/>
      <xsl:choose>
        <xsl:when test="ready">
          <p><xsl:value-of select="$t.reset.lead"/></p>
          <form class="form" method="post" action="/account/reset" novalidate="novalidate">
            <xsl:call-template name="csrf-field"/>
            <input type="hidden" name="token" value="{form/value[@name = 'token']}"/>
            <xsl:call-template name="field">
              <xsl:with-param name="name" select="'password'"/>
              <xsl:with-param name="label" select="$t.f.new_password"/>
              <xsl:with-param name="hint" select="$t.f.password.hint"/>
              <xsl:with-param name="type" select="'password'"/>
              <xsl:with-param name="autocomplete" select="'new-password'"/>
              <xsl:with-param name="width" select="'medium'"/>
              <xsl:with-param name="required" select="'true'"/>
            </xsl:call-template>
            <xsl:call-template name="field">
              <xsl:with-param name="name" select="'password2'"/>
              <xsl:with-param name="label" select="$t.f.new_password2"/>
              <xsl:with-param name="type" select="'password'"/>
              <xsl:with-param name="autocomplete" select="'new-password'"/>
              <xsl:with-param name="width" select="'medium'"/>
              <xsl:with-param name="required" select="'true'"/>
            </xsl:call-template>
            <div class="form-actions">
              <button class="button" type="submit"><xsl:value-of select="$t.reset.submit"/></button>
            </div>
          </form>
        </xsl:when>
        <xsl:otherwise>
          <p><a class="button" href="/account/forgot"><xsl:value-of select="$t.reset.again"/></a></p>
        </xsl:otherwise>
      </xsl:choose>
      <p class="form-aside"><a href="/account/login"><xsl:value-of select="$t.forgot.back"/></a></p>
    </div>
  </xsl:template>

</xsl:stylesheet>
