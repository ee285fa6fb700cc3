<?xml version="1.0" encoding="UTF-8"?>
<!--
  account-register.xsl — a citizen creates an account ("/account/register").

  Input: /page with csrf; form with value[@name] for what was typed (full_name, citizen_id,
  birth_date as yyyy-mm-dd, phone, email, consent = 1 when ticked, next) and error[@name]
  for each field in error (name "_" for the whole form). Passwords never come back.
  After a registration that passed the checks: sent (the address typed; @hours the link's
  life), the same whether an account was made or the CCCD or the address was in use.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:str="http://exslt.org/strings" exclude-result-prefixes="str">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-person.xsl"/>
  <xsl:include href="i18n/vi-account.xsl"/>

  <xsl:variable name="next" select="string(/page/form/value[@name = 'next'])"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.register.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <!-- After a registration, whatever it found: the same page, "check your mail". -->
  <xsl:template match="page[sent]" mode="main">
    <div class="form-page">
      <h1><xsl:value-of select="$t.register.sent.title"/></h1>
      <div role="status" class="banner banner-ok">
        <p>
          <xsl:value-of select="$t.register.sent.pre"/>
          <strong><xsl:value-of select="sent"/></strong>
          <xsl:value-of select="concat($t.register.sent.post, sent/@hours, $t.register.sent.hours)"/>
        </p>
      </div>
      <p><xsl:value-of select="$t.register.sent.none"/></p>
      <p>
        <a class="button">
          <xsl:attribute name="href">
            <xsl:text>/account/login</xsl:text>
            <xsl:if test="$next != ''">
              <xsl:value-of select="concat('?next=', str:encode-uri($next, true()))"/>
            </xsl:if>
          </xsl:attribute>
          <xsl:value-of select="$t.register.login"/>
        </a>
      </p>
    </div>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="form-page">
      <h1><xsl:value-of select="$t.register.title"/></h1>
      <xsl:call-template name="error-summary"/>
      <p class="lead"><xsl:value-of select="$t.register.lead"/></p>
      <ul class="bullets">
        <li><xsl:value-of select="$t.register.who"/></li>
        <li><xsl:value-of select="$t.register.business"/></li>
      </ul>
      <p class="hint"><xsl:value-of select="$t.register.all_required"/></p>

      <form class="form" method="post" action="/account/register" novalidate="novalidate">
        <xsl:call-template name="csrf-field"/>

        <fieldset class="fieldset form-section">
          <legend class="legend"><xsl:value-of select="$t.register.personal"/></legend>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'full_name'"/>
            <xsl:with-param name="label" select="$t.f.full_name"/>
            <xsl:with-param name="hint" select="$t.f.full_name.hint"/>
            <xsl:with-param name="autocomplete" select="'name'"/>
            <xsl:with-param name="maxlength" select="100"/>
            <xsl:with-param name="required" select="'true'"/>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'citizen_id'"/>
            <xsl:with-param name="label" select="$t.f.citizen_id"/>
            <xsl:with-param name="hint" select="$t.f.citizen_id.hint"/>
            <xsl:with-param name="inputmode" select="'numeric'"/>
            <xsl:with-param name="autocomplete" select="'off'"/>
            <xsl:with-param name="maxlength" select="12"/>
            <xsl:with-param name="width" select="'short'"/>
            <xsl:with-param name="required" select="'true'"/>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'birth_date'"/>
            <xsl:with-param name="label" select="$t.f.birth_date"/>
            <xsl:with-param name="type" select="'date'"/>
            <xsl:with-param name="autocomplete" select="'bday'"/>
            <xsl:with-param name="width" select="'short'"/>
            <xsl:with-param name="required" select="'true'"/>
          </xsl:call-template>
        </fieldset>

        <fieldset class="fieldset form-section">
          <legend class="legend"><xsl:value-of select="$t.register.contact"/></legend>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'phone'"/>
            <xsl:with-param name="label" select="$t.f.phone"/>
            <xsl:with-param name="hint" select="$t.f.phone.hint"/>
            <xsl:with-param name="type" select="'tel'"/>
            <xsl:with-param name="autocomplete" select="'tel'"/>
            <xsl:with-param name="maxlength" select="15"/>
            <xsl:with-param name="width" select="'short'"/>
            <xsl:with-param name="required" select="'true'"/>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'email'"/>
            <xsl:with-param name="label" select="$t.f.email"/>
            <xsl:with-param name="hint" select="$t.f.email.hint"/>
            <xsl:with-param name="type" select="'email'"/>
            <xsl:with-param name="autocomplete" select="'email'"/>
            <xsl:with-param name="maxlength" select="254"/>
            <xsl:with-param name="width" select="'long'"/>
            <xsl:with-param name="required" select="'true'"/>
          </xsl:call-template>
        </fieldset>

        <fieldset class="fieldset form-section">
          <legend class="legend"><xsl:value-of select="$t.register.password"/></legend>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'password'"/>
            <xsl:with-param name="label" select="$t.f.password"/>
            <xsl:with-param name="hint" select="$t.f.password.hint"/>
            <xsl:with-param name="type" select="'password'"/>
            <xsl:with-param name="autocomplete" select="'new-password'"/>
            <xsl:with-param name="width" select="'medium'"/>
            <xsl:with-param name="required" select="'true'"/>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'password2'"/>
            <xsl:with-param name="label" select="$t.f.password2"/>
            <xsl:with-param name="type" select="'password'"/>
            <xsl:with-param name="autocomplete" select="'new-password'"/>
            <xsl:with-param name="width" select="'medium'"/>
            <xsl:with-param name="required" select="'true'"/>
          </xsl:call-template>
        </fieldset>

        <fieldset class="fieldset form-section">
          <legend class="legend"><xsl:value-of select="$t.register.consent"/></legend>
          <xsl:call-template name="checkbox">
            <xsl:with-param name="name" select="'consent'"/>
            <xsl:with-param name="value" select="'1'"/>
            <xsl:with-param name="required" select="'true'"/>
            <xsl:with-param name="hint" select="$t.register.consent.hint"/>
            <xsl:with-param name="label-content">
              <xsl:value-of select="$t.register.consent.pre"/>
              <a href="/account/privacy"><xsl:value-of select="$t.register.consent.link"/></a>
              <xsl:value-of select="$t.register.consent.post"/>
            </xsl:with-param>
          </xsl:call-template>
        </fieldset>

        <input type="hidden" name="next" value="{$next}"/>
        <div class="form-actions">
          <button class="button" type="submit"><xsl:value-of select="$t.register.submit"/></button>
        </div>
      </form>
      <p class="form-aside">
        <xsl:value-of select="$t.register.login.q"/>
        <a>
          <xsl:attribute name="href">
            <xsl:text>/account/login</xsl:text>
            <xsl:if test="$next != ''">
              <xsl:value-of select="concat('?next=', str:encode-uri($next, true()))"/>
            </xsl:if>
          </xsl:attribute>
          <xsl:value-of select="$t.register.login"/>
        </a>
      </p>
    </div>
  </xsl:template>

</xsl:stylesheet>
