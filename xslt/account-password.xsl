<?xml version="1.0" encoding="UTF-8"?>
<!--
  account-password.xsl — changing one's password ("/account/password").

  Input: /page with user, csrf and, after a failed attempt, form/error[@name] for
  old_password, password, password2 (or "_"). No value ever comes back: all three are
  passwords. Success redirects to the profile with msg password-changed.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-person.xsl"/>
  <xsl:include href="i18n/vi-account.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.password.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/account/profile"><xsl:value-of select="$t.profile.title"/></a></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="form-page">
      <h1><xsl:value-of select="$t.password.title"/></h1>
      <xsl:call-template name="error-summary"/>
      <p><xsl:value-of select="$t.password.lead"/></p>
      <form class="form" method="post" action="/account/password" novalidate="novalidate">
        <xsl:call-template name="csrf-field"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'old_password'"/>
          <xsl:with-param name="label" select="$t.f.old_password"/>
          <xsl:with-param name="type" select="'password'"/>
          <xsl:with-param name="autocomplete" select="'current-password'"/>
          <xsl:with-param name="width" select="'medium'"/>
          <xsl:with-param name="required" select="'true'"/>
        </xsl:call-template>
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
          <button class="button" type="submit"><xsl:value-of select="$t.password.submit"/></button>
          <a href="/account/profile"><xsl:value-of select="$t.password.back"/></a>
        </div>
      </form>
    </div>
  </xsl:template>

</xsl:stylesheet>
