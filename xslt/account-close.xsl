<?xml version="1.0" encoding="UTF-8"?>
<!--
  account-close.xsl — withdrawing consent and closing one's account ("/account/close"), and
  the page after it ("/account/closed", signed out).

  Input: /page with user and csrf, and after a failed attempt form/value[@name='confirm'] and
  form/error[@name] for password, confirm; or /page/closed once the account is closed. What
  closing does is said before the form (close.c does exactly that; README, "Personal data
  over time").
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-person.xsl"/>
  <xsl:include href="i18n/vi-account.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:choose>
      <xsl:when test="closed"><xsl:value-of select="$t.close.done"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.close.title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page[not(closed)]" mode="breadcrumb">
    <li><a href="/account/profile"><xsl:value-of select="$t.profile.title"/></a></li>
  </xsl:template>

  <xsl:template match="page[closed]" mode="main">
    <div class="form-page">
      <h1><xsl:value-of select="$t.close.done"/></h1>
      <p><xsl:value-of select="$t.close.done.text"/></p>
      <p><xsl:value-of select="$t.close.done.counter"/></p>
      <p><a href="/"><xsl:value-of select="$t.close.home"/></a></p>
    </div>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="form-page">
      <h1><xsl:value-of select="$t.close.title"/></h1>
      <xsl:call-template name="error-summary"/>
      <p><xsl:value-of select="$t.close.lead"/></p>
      <ul class="bullets">
        <li><xsl:value-of select="$t.close.effect.signin"/></li>
        <li><xsl:value-of select="$t.close.effect.erased"/></li>
        <li><xsl:value-of select="$t.close.effect.dossiers"/></li>
        <li><xsl:value-of select="$t.close.effect.kept"/></li>
        <li><xsl:value-of select="$t.close.effect.lawful"/></li>
      </ul>
      <form class="form" method="post" action="/account/close" novalidate="novalidate">
        <xsl:call-template name="csrf-field"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'password'"/>
          <xsl:with-param name="label" select="$t.f.old_password"/>
          <xsl:with-param name="hint" select="$t.close.password.hint"/>
          <xsl:with-param name="type" select="'password'"/>
          <xsl:with-param name="autocomplete" select="'current-password'"/>
          <xsl:with-param name="width" select="'medium'"/>
          <xsl:with-param name="required" select="'true'"/>
        </xsl:call-template>
        <xsl:call-template name="checkbox">
          <xsl:with-param name="name" select="'confirm'"/>
          <xsl:with-param name="label" select="$t.close.confirm"/>
          <xsl:with-param name="required" select="'true'"/>
        </xsl:call-template>
        <div class="form-actions">
          <button class="button" type="submit"><xsl:value-of select="$t.close.submit"/></button>
          <a href="/account/profile"><xsl:value-of select="$t.password.back"/></a>
        </div>
      </form>
    </div>
  </xsl:template>

</xsl:stylesheet>
