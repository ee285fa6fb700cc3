<?xml version="1.0" encoding="UTF-8"?>
<!--
  submit-new.xsl — the start page of an online submission ("/submit/new?procedure=CODE"): what
  the applicant will go through and need, then one button that opens the draft.

  Input: /page with user, csrf and
    procedure  code, name, level (4|3|2), gov_level (province|commune), agency_name,
               presence_note, applicant_kinds ("citizen,organisation" subset), processing_hours,
               same_day
    units      unit: id, name: where a province-level procedure is received, in order (a
               commune-level one: any commune or ward, none listed)
    profile    full_name, org_name, org_tax_code: the applicant's account
    form       after a refused POST: value[@name='applicant_kind'], error[@name] (applicant_kind,
               or "_" about the whole request)
  POST /submit/new: csrf, procedure (the code), applicant_kind (citizen|organisation; a radio
  when both are possible, hidden when only one is). Level 2 is done at the counter: no form.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="submit-common.xsl"/>

  <xsl:variable name="p" select="/page/procedure"/>
  <xsl:variable name="pr" select="/page/profile"/>
  <xsl:variable name="kinds" select="concat(',', $p/applicant_kinds, ',')"/>
  <!-- No kinds recorded: a procedure for individuals. -->
  <xsl:variable name="for-citizen" select="contains($kinds, ',citizen,') or normalize-space($p/applicant_kinds) = ''"/>
  <xsl:variable name="for-org" select="contains($kinds, ',organisation,')"/>
  <xsl:variable name="has-org" select="normalize-space($pr/org_name) != ''"/>
  <xsl:variable name="online" select="$p/level = 4 or $p/level = 3"/>
  <!-- The applicant chooses where it is received, on step 1. -->
  <xsl:variable name="choose-unit" select="$p/gov_level = 'commune' or count(/page/units/unit) &gt; 1"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="concat($t.apply, $t.title.sep, $p/name)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/dossiers/"><xsl:value-of select="$t.mine.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.new.crumb"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="submit-page">
      <p class="caption"><xsl:value-of select="$t.apply"/></p>
      <h1><xsl:value-of select="$p/name"/></h1>
      <xsl:call-template name="error-summary"/>

      <dl class="summary">
        <div>
          <dt><xsl:value-of select="$t.agency"/></dt>
          <dd><xsl:value-of select="$p/agency_name"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.receivers"/></dt>
          <dd>
            <xsl:choose>
              <xsl:when test="$p/gov_level = 'commune' or not(/page/units/unit)">
                <xsl:value-of select="$t.receivers.commune"/>
              </xsl:when>
              <xsl:otherwise>
                <ul class="plain">
                  <xsl:for-each select="/page/units/unit">
                    <li><xsl:value-of select="name"/></li>
                  </xsl:for-each>
                </ul>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.level"/></dt>
          <dd>
            <xsl:call-template name="level-badge">
              <xsl:with-param name="level" select="$p/level"/>
            </xsl:call-template>
          </dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.duration"/></dt>
          <dd>
            <xsl:call-template name="duration">
              <xsl:with-param name="hours" select="$p/processing_hours"/>
              <xsl:with-param name="same_day" select="$p/same_day"/>
            </xsl:call-template>
          </dd>
        </div>
      </dl>

      <xsl:choose>
        <xsl:when test="$online">
          <xsl:call-template name="presence"/>
          <xsl:call-template name="what-next"/>
          <xsl:call-template name="start-form"/>
        </xsl:when>
        <xsl:otherwise>
          <div class="panel">
            <h2 class="h-sm"><xsl:value-of select="$t.level.2.title"/></h2>
            <p><xsl:value-of select="$t.apply.counter"/></p>
            <p class="presence"><xsl:value-of select="$p/agency_name"/></p>
          </div>
        </xsl:otherwise>
      </xsl:choose>

      <p class="form-aside">
        <a href="/procedures/{$p/code}"><xsl:value-of select="$t.new.procedure"/></a>
      </p>
    </div>
  </xsl:template>

  <!-- Full-process: no visit. Partial: which step needs the applicant at the office. -->
  <xsl:template name="presence">
    <xsl:choose>
      <xsl:when test="$p/level = 3">
        <div class="panel panel-level-3">
          <h2 class="h-sm"><xsl:value-of select="$t.new.presence.title"/></h2>
          <xsl:choose>
            <xsl:when test="normalize-space($p/presence_note) != ''">
              <p><xsl:value-of select="$t.level.3.text"/></p>
              <p class="presence"><xsl:value-of select="$p/presence_note"/></p>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:value-of select="$t.level.3.default"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <div class="panel panel-level-4">
          <h2 class="h-sm"><xsl:value-of select="$t.level.4.title"/></h2>
          <p><xsl:value-of select="$t.new.level4"/></p>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The steps ahead and what to have at hand. -->
  <xsl:template name="what-next">
    <h2><xsl:value-of select="$t.new.steps"/></h2>
    <ol class="step-list">
      <li><strong><xsl:value-of select="$t.step.info"/></strong>: <xsl:choose>
        <xsl:when test="$choose-unit"><xsl:value-of select="$t.new.step.info.unit"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t.new.step.info"/></xsl:otherwise>
      </xsl:choose></li>
      <li><strong><xsl:value-of select="$t.step.files"/></strong>: <xsl:value-of select="$t.new.step.files"/></li>
      <li><strong><xsl:value-of select="$t.step.delivery"/></strong>: <xsl:choose>
        <xsl:when test="$p/level = 4"><xsl:value-of select="$t.new.step.delivery"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t.new.step.delivery.partial"/></xsl:otherwise>
      </xsl:choose></li>
      <li><strong><xsl:value-of select="$t.step.fees"/></strong>: <xsl:value-of select="$t.new.step.fees"/></li>
      <li><strong><xsl:value-of select="$t.step.review"/></strong>: <xsl:value-of select="$t.new.step.review"/></li>
    </ol>
    <p>
      <xsl:value-of select="$t.new.draft.pre"/>
      <a href="/dossiers/"><xsl:value-of select="$t.mine.title"/></a>
      <xsl:value-of select="$t.new.draft.post"/>
    </p>
  </xsl:template>

  <xsl:template name="start-form">
    <xsl:variable name="chosen" select="string(/page/form/value[@name = 'applicant_kind'])"/>
    <xsl:choose>
      <!-- Only organisations may apply, and the account names none: nothing to start yet. -->
      <xsl:when test="not($for-citizen) and not($has-org)">
        <div class="notice">
          <p><strong><xsl:value-of select="$t.new.org.only"/></strong></p>
          <p>
            <xsl:value-of select="$t.new.org.add.pre"/>
            <a href="/account/profile#contact"><xsl:value-of select="$t.profile.title"/></a>
            <xsl:value-of select="$t.new.org.add.post"/>
          </p>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <form class="form start-form" method="post" action="/submit/new" novalidate="novalidate">
          <xsl:call-template name="csrf-field"/>
          <input type="hidden" name="procedure" value="{$p/code}"/>
          <xsl:choose>
            <xsl:when test="$for-citizen and $for-org and $has-org">
              <xsl:variable name="error" select="/page/form/error[@name = 'applicant_kind']"/>
              <div>
                <xsl:attribute name="class">
                  <xsl:text>form-group</xsl:text>
                  <xsl:if test="$error"> form-group-error</xsl:if>
                </xsl:attribute>
                <fieldset class="fieldset">
                  <xsl:if test="$error">
                    <xsl:attribute name="aria-describedby">error-applicant_kind</xsl:attribute>
                  </xsl:if>
                  <legend class="legend"><xsl:value-of select="$t.new.kind"/></legend>
                  <xsl:call-template name="field-error">
                    <xsl:with-param name="name" select="'applicant_kind'"/>
                  </xsl:call-template>
                  <xsl:call-template name="radio">
                    <xsl:with-param name="name" select="'applicant_kind'"/>
                    <xsl:with-param name="value" select="'citizen'"/>
                    <xsl:with-param name="label" select="$t.new.kind.citizen"/>
                    <xsl:with-param name="hint" select="$pr/full_name"/>
                    <xsl:with-param name="checked" select="$chosen != 'organisation'"/>
                    <xsl:with-param name="first" select="true()"/>
                  </xsl:call-template>
                  <xsl:call-template name="radio">
                    <xsl:with-param name="name" select="'applicant_kind'"/>
                    <xsl:with-param name="value" select="'organisation'"/>
                    <xsl:with-param name="label" select="concat($t.new.kind.org, $pr/org_name)"/>
                    <xsl:with-param name="hint">
                      <xsl:if test="$pr/org_tax_code != ''">
                        <xsl:value-of select="concat($t.f.org_tax_code, ': ', $pr/org_tax_code)"/>
                      </xsl:if>
                    </xsl:with-param>
                    <xsl:with-param name="checked" select="$chosen = 'organisation'"/>
                  </xsl:call-template>
                </fieldset>
              </div>
            </xsl:when>
            <xsl:when test="not($for-citizen)">
              <input type="hidden" name="applicant_kind" value="organisation"/>
              <p><xsl:value-of select="concat($t.new.kind.org.only, $pr/org_name)"/></p>
            </xsl:when>
            <xsl:otherwise>
              <input type="hidden" name="applicant_kind" value="citizen"/>
              <xsl:if test="$for-org">
                <p class="hint">
                  <xsl:value-of select="$t.new.org.hint.pre"/>
                  <a href="/account/profile#contact"><xsl:value-of select="$t.profile.title"/></a>
                  <xsl:value-of select="$t.new.org.hint.post"/>
                </p>
              </xsl:if>
            </xsl:otherwise>
          </xsl:choose>
          <div class="form-actions">
            <button class="button button-start" type="submit"><xsl:value-of select="$t.new.start"/></button>
          </div>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
