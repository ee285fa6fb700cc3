<?xml version="1.0" encoding="UTF-8"?>
<!--
  account-mfa.xsl — the second factor ("/account/mfa", modules/account/mfa.c, mfa_enrol.c).

  Input: /page with user (user/mfa: code or enrol while the sign-in waits for it), csrf,
  msg (mfa-disabled), form (value[@name='next'], error[@name='code'] or '_'), and mfa with
  @section:
    code    the code after the password: the form posts to /account/mfa
    enrol   secret (Base32 in groups of four), account, uri, qr (size, path); the form posts
            the first code to /account/mfa/enable; /page/mfa_required/@kind (admin, officer)
            when the account must have a factor before anything else
    codes   code × 10: the recovery codes, shown once; /page/mfa_enabled/@home after enabling
    manage  enabled_at, @recovery_left, @required: one code field, two actions (new recovery
            codes, or the factor removed)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-account.xsl"/>
  <xsl:include href="i18n/vi-admin-totp.xsl"/>

  <xsl:variable name="section" select="string(/page/mfa/@section)"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:call-template name="mfa-title"/>
  </xsl:template>

  <xsl:template name="mfa-title">
    <xsl:choose>
      <xsl:when test="$section = 'enrol'"><xsl:value-of select="$t.mfa.enrol.title"/></xsl:when>
      <xsl:when test="$section = 'codes'"><xsl:value-of select="$t.mfa.codes.title"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.mfa.title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="form-page">
      <h1><xsl:call-template name="mfa-title"/></h1>
      <xsl:if test="/page/msg = 'mfa-disabled'">
        <div role="status" class="banner banner-ok"><p><xsl:value-of select="$t.mfa.disabled"/></p></div>
      </xsl:if>
      <xsl:call-template name="error-summary"/>
      <xsl:choose>
        <xsl:when test="$section = 'code'"><xsl:apply-templates select="mfa" mode="code"/></xsl:when>
        <xsl:when test="$section = 'enrol'"><xsl:apply-templates select="mfa" mode="enrol"/></xsl:when>
        <xsl:when test="$section = 'codes'"><xsl:apply-templates select="mfa" mode="codes"/></xsl:when>
        <xsl:when test="$section = 'manage'"><xsl:apply-templates select="mfa" mode="manage"/></xsl:when>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- The code field, the same in every form of the page. -->
  <xsl:template name="code-field">
    <xsl:param name="label" select="$t.mfa.code"/>
    <xsl:param name="hint" select="''"/>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="'code'"/>
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="hint" select="$hint"/>
      <xsl:with-param name="autocomplete" select="'one-time-code'"/>
      <xsl:with-param name="maxlength" select="32"/>
      <xsl:with-param name="width" select="'short'"/>
      <xsl:with-param name="required" select="'true'"/>
      <xsl:with-param name="value" select="''"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="mfa" mode="code">
    <p class="lead"><xsl:value-of select="$t.mfa.code.lead"/></p>
    <form class="form" method="post" action="/account/mfa" novalidate="novalidate">
      <xsl:call-template name="csrf-field"/>
      <xsl:call-template name="code-field">
        <xsl:with-param name="hint" select="$t.mfa.code.hint"/>
      </xsl:call-template>
      <input type="hidden" name="next" value="{/page/form/value[@name = 'next']}"/>
      <div class="form-actions">
        <button class="button" type="submit"><xsl:value-of select="$t.mfa.code.submit"/></button>
      </div>
    </form>
    <p class="form-aside"><xsl:value-of select="$t.mfa.code.other"/></p>
  </xsl:template>

  <xsl:template match="mfa" mode="enrol">
    <xsl:choose>
      <xsl:when test="/page/mfa_required/@kind = 'admin'">
        <div role="status" class="banner banner-warn"><p><xsl:value-of select="$t.mfa.enrol.required.admin"/></p></div>
      </xsl:when>
      <xsl:when test="/page/mfa_required/@kind = 'officer'">
        <div role="status" class="banner banner-warn"><p><xsl:value-of select="$t.mfa.enrol.required.officer"/></p></div>
      </xsl:when>
    </xsl:choose>
    <p class="lead"><xsl:value-of select="$t.mfa.enrol.lead"/></p>
    <ol class="mfa-steps">
      <li><xsl:value-of select="$t.mfa.enrol.step1"/></li>
      <li>
        <p><xsl:value-of select="$t.mfa.enrol.step2"/></p>
        <svg class="qr" width="200" height="200" viewBox="0 0 {qr/size + 8} {qr/size + 8}"
             role="img" aria-label="{$t.mfa.enrol.qr}" shape-rendering="crispEdges">
          <rect width="{qr/size + 8}" height="{qr/size + 8}" fill="#fff"/>
          <path transform="translate(4,4)" d="{qr/path}" fill="#000"/>
        </svg>
        <p><xsl:value-of select="$t.mfa.enrol.account"/><strong><xsl:value-of select="account"/></strong></p>
        <p><xsl:value-of select="$t.mfa.enrol.secret"/><code class="mfa-secret"><xsl:value-of select="secret"/></code></p>
      </li>
      <li><xsl:value-of select="$t.mfa.enrol.step3"/></li>
    </ol>
    <form class="form" method="post" action="/account/mfa/enable" novalidate="novalidate">
      <xsl:call-template name="csrf-field"/>
      <xsl:call-template name="code-field"/>
      <input type="hidden" name="next" value="{/page/form/value[@name = 'next']}"/>
      <div class="form-actions">
        <button class="button" type="submit"><xsl:value-of select="$t.mfa.enrol.submit"/></button>
      </div>
    </form>
  </xsl:template>

  <xsl:template match="mfa" mode="codes">
    <xsl:if test="/page/mfa_enabled">
      <div role="status" class="banner banner-ok"><p><xsl:value-of select="$t.mfa.codes.enabled"/></p></div>
    </xsl:if>
    <p class="lead"><xsl:value-of select="$t.mfa.codes.lead"/></p>
    <p><strong><xsl:value-of select="$t.mfa.codes.once"/></strong></p>
    <ol class="recovery-codes">
      <xsl:for-each select="code">
        <li><code class="recovery-code"><xsl:value-of select="."/></code></li>
      </xsl:for-each>
    </ol>
    <p>
      <a class="button">
        <xsl:attribute name="href">
          <xsl:choose>
            <xsl:when test="/page/mfa_enabled/@home != ''"><xsl:value-of select="/page/mfa_enabled/@home"/></xsl:when>
            <xsl:otherwise>/account/mfa</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:value-of select="$t.mfa.codes.continue"/>
      </a>
    </p>
  </xsl:template>

  <xsl:template match="mfa" mode="manage">
    <p>
      <xsl:value-of select="$t.mfa.manage.on"/><xsl:value-of select="enabled_at"/>.
      <xsl:value-of select="$t.mfa.manage.left"/><strong class="recovery-left"><xsl:value-of select="@recovery_left"/></strong>.
    </p>
    <xsl:if test="@required = '1'">
      <p class="hint"><xsl:value-of select="$t.mfa.manage.required"/></p>
    </xsl:if>
    <p><xsl:value-of select="$t.mfa.manage.lead"/></p>
    <form class="form" method="post" action="/account/mfa/recovery" novalidate="novalidate">
      <xsl:call-template name="csrf-field"/>
      <xsl:call-template name="code-field">
        <xsl:with-param name="label" select="$t.mfa.code.current"/>
        <xsl:with-param name="hint" select="$t.mfa.code.hint"/>
      </xsl:call-template>
      <div class="form-actions">
        <button class="button" type="submit"><xsl:value-of select="$t.mfa.manage.recovery"/></button>
        <button class="button button-secondary" type="submit" formaction="/account/mfa/disable">
          <xsl:value-of select="$t.mfa.manage.disable"/>
        </button>
      </div>
    </form>
    <p><a href="/account/profile"><xsl:value-of select="$t.mfa.manage.back"/></a></p>
  </xsl:template>

</xsl:stylesheet>
