<?xml version="1.0" encoding="UTF-8"?>
<!--
  account-login.xsl — logging in ("/account/login"), for citizens, officers and administrators.

  Input: /page with csrf; msg (optional: expired, logged-out, registered, password-reset …); form with
  value[@name='login'] (what was typed), value[@name='next'] (where to go after logging in,
  a local path; may be absent) and, after a failed attempt, error[@name='_'] (one message
  whichever part was wrong) or errors by field (login, password); unlock when the login must
  wait (for any login): the offer of an unlock link by mail (POST /account/unlock).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:str="http://exslt.org/strings" exclude-result-prefixes="str">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-person.xsl"/>
  <xsl:include href="i18n/vi-account.xsl"/>

  <xsl:variable name="next" select="string(/page/form/value[@name = 'next'])"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.login.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="form-page">
      <h1><xsl:value-of select="$t.login.title"/></h1>
      <xsl:call-template name="notice"/>
      <xsl:if test="/page/msg = 'password-reset'">
        <div role="status" class="banner banner-ok"><p><xsl:value-of select="$t.login.reset_done"/></p></div>
      </xsl:if>
      <xsl:call-template name="error-summary"/>
      <xsl:if test="unlock">
        <form class="form unlock-offer" method="post" action="/account/unlock">
          <xsl:call-template name="csrf-field"/>
          <input type="hidden" name="login" value="{form/value[@name = 'login']}"/>
          <p><xsl:value-of select="$t.unlock.lead"/></p>
          <div class="form-actions">
            <button class="button button-secondary" type="submit"><xsl:value-of select="$t.unlock.submit"/></button>
          </div>
        </form>
      </xsl:if>
      <p class="lead"><xsl:value-of select="$t.login.lead"/></p>
      <form class="form" method="post" action="/account/login" novalidate="novalidate">
        <xsl:call-template name="csrf-field"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'login'"/>
          <xsl:with-param name="label" select="$t.login.login"/>
          <xsl:with-param name="autocomplete" select="'username'"/>
          <xsl:with-param name="maxlength" select="254"/>
          <xsl:with-param name="required" select="'true'"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'password'"/>
          <xsl:with-param name="label" select="$t.f.password"/>
          <xsl:with-param name="type" select="'password'"/>
          <xsl:with-param name="autocomplete" select="'current-password'"/>
          <xsl:with-param name="required" select="'true'"/>
        </xsl:call-template>
        <input type="hidden" name="next" value="{$next}"/>
        <div class="form-actions">
          <button class="button" type="submit"><xsl:value-of select="$t.login.submit"/></button>
          <a href="/account/forgot"><xsl:value-of select="$t.login.forgot"/></a>
        </div>
      </form>
      <p class="form-aside">
        <xsl:value-of select="$t.login.register.q"/>
        <a>
          <xsl:attribute name="href">
            <xsl:text>/account/register</xsl:text>
            <xsl:if test="$next != ''">
              <xsl:value-of select="concat('?next=', str:encode-uri($next, true()))"/>
            </xsl:if>
          </xsl:attribute>
          <xsl:value-of select="$t.login.register"/>
        </a>
      </p>
      <p class="hint"><xsl:value-of select="$t.login.officers"/></p>
    </div>
  </xsl:template>

</xsl:stylesheet>
