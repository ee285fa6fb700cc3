<?xml version="1.0" encoding="UTF-8"?>
<!--
  submit-info.xsl — step 1 of a submission ("/submit/ID/info"): who applies, how to reach
  them, and what they ask for.

  Input: /page with user, csrf, dossier (see submit-common.xsl: id, procedure_name,
  applicant_kind, applicant_name, applicant_citizen_id, applicant_birth_date, applicant_phone,
  applicant_email, applicant_address, org_name, org_tax_code, request_note, channel,
  gov_level (province|commune), agency_id: the receiving unit …), units/unit (id, code, name,
  address, kind, named: 1 when the applicant's address names it): the units that may receive
  the dossier, in order, and, after a refused save, form with value[@name] and error[@name]
  for the fields below.
  POST /submit/ID/info: csrf, applicant_phone, applicant_email, applicant_address,
  request_note, for an organisation org_name, org_tax_code, and agency_id when more than one
  unit may receive it (Decree 118/2025: any commune or ward for a commune-level procedure, a
  select; the Public Administration Service Centre or the department for a province-level one,
  radios). The identity (name, CCCD, date of birth) comes from the account and is not a field.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="submit-common.xsl"/>

  <xsl:variable name="d" select="/page/dossier"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="concat($t.info.title, $t.title.sep, $d/procedure_name)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/dossiers/"><xsl:value-of select="$t.mine.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$d/procedure_name"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="submit-page">
      <xsl:call-template name="submit-head">
        <xsl:with-param name="current" select="'info'"/>
        <xsl:with-param name="title" select="$t.info.title"/>
      </xsl:call-template>
      <xsl:call-template name="notice"/>
      <xsl:call-template name="error-summary"/>

      <form class="form" method="post" action="/submit/{$d/id}/info" novalidate="novalidate">
        <xsl:call-template name="csrf-field"/>

        <fieldset class="fieldset">
          <legend class="legend">
            <xsl:choose>
              <xsl:when test="$d/applicant_kind = 'organisation'"><xsl:value-of select="$t.info.person.org"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$t.info.person"/></xsl:otherwise>
            </xsl:choose>
          </legend>
          <dl class="summary identity">
            <div>
              <dt><xsl:value-of select="$t.f.full_name"/></dt>
              <dd><xsl:value-of select="$d/applicant_name"/></dd>
            </div>
            <div>
              <dt><xsl:value-of select="$t.f.citizen_id"/></dt>
              <dd class="code"><xsl:value-of select="$d/applicant_citizen_id"/></dd>
            </div>
            <div>
              <dt><xsl:value-of select="$t.f.birth_date"/></dt>
              <dd><xsl:value-of select="$d/applicant_birth_date"/></dd>
            </div>
          </dl>
          <p class="hint"><xsl:value-of select="$t.info.identity.note"/></p>

          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'applicant_phone'"/>
            <xsl:with-param name="label" select="$t.f.phone"/>
            <xsl:with-param name="hint" select="$t.f.phone.hint"/>
            <xsl:with-param name="type" select="'tel'"/>
            <xsl:with-param name="autocomplete" select="'tel'"/>
            <xsl:with-param name="maxlength" select="15"/>
            <xsl:with-param name="width" select="'short'"/>
            <xsl:with-param name="required" select="'true'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="form-value">
                <xsl:with-param name="name" select="'applicant_phone'"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'applicant_email'"/>
            <xsl:with-param name="label" select="$t.f.email"/>
            <xsl:with-param name="hint" select="$t.info.email.hint"/>
            <xsl:with-param name="type" select="'email'"/>
            <xsl:with-param name="autocomplete" select="'email'"/>
            <xsl:with-param name="maxlength" select="254"/>
            <xsl:with-param name="width" select="'long'"/>
            <xsl:with-param name="required" select="'true'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="form-value">
                <xsl:with-param name="name" select="'applicant_email'"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'applicant_address'"/>
            <xsl:with-param name="label" select="$t.f.address"/>
            <xsl:with-param name="hint" select="$t.f.address.hint"/>
            <xsl:with-param name="type" select="'textarea'"/>
            <xsl:with-param name="autocomplete" select="'street-address'"/>
            <xsl:with-param name="maxlength" select="255"/>
            <xsl:with-param name="required" select="'true'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="form-value">
                <xsl:with-param name="name" select="'applicant_address'"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </fieldset>

        <xsl:if test="$d/applicant_kind = 'organisation'">
          <fieldset class="fieldset form-section">
            <legend class="legend"><xsl:value-of select="$t.info.org"/></legend>
            <xsl:call-template name="field">
              <xsl:with-param name="name" select="'org_name'"/>
              <xsl:with-param name="label" select="$t.f.org_name"/>
              <xsl:with-param name="hint" select="$t.f.org_name.hint"/>
              <xsl:with-param name="autocomplete" select="'organization'"/>
              <xsl:with-param name="maxlength" select="255"/>
              <xsl:with-param name="required" select="'true'"/>
              <xsl:with-param name="value">
                <xsl:call-template name="form-value">
                  <xsl:with-param name="name" select="'org_name'"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="field">
              <xsl:with-param name="name" select="'org_tax_code'"/>
              <xsl:with-param name="label" select="$t.f.org_tax_code"/>
              <xsl:with-param name="hint" select="$t.f.org_tax_code.hint"/>
              <xsl:with-param name="inputmode" select="'numeric'"/>
              <xsl:with-param name="autocomplete" select="'off'"/>
              <xsl:with-param name="maxlength" select="14"/>
              <xsl:with-param name="width" select="'short'"/>
              <xsl:with-param name="required" select="'true'"/>
              <xsl:with-param name="value">
                <xsl:call-template name="form-value">
                  <xsl:with-param name="name" select="'org_tax_code'"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
          </fieldset>
        </xsl:if>

        <xsl:call-template name="unit"/>

        <div class="form-section">
          <xsl:call-template name="field">
            <xsl:with-param name="name" select="'request_note'"/>
            <xsl:with-param name="label" select="$t.info.request"/>
            <xsl:with-param name="hint" select="$t.info.request.hint"/>
            <xsl:with-param name="type" select="'textarea'"/>
            <xsl:with-param name="maxlength" select="2000"/>
            <xsl:with-param name="optional" select="'true'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="form-value">
                <xsl:with-param name="name" select="'request_note'"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </div>

        <div class="form-actions">
          <button class="button" type="submit"><xsl:value-of select="$t.submit.save_next"/></button>
        </div>
      </form>
    </div>
  </xsl:template>

  <!-- Nơi tiếp nhận hồ sơ: the receiving unit, proposed from the address, changeable. -->
  <xsl:template name="unit">
    <xsl:variable name="units" select="/page/units/unit"/>
    <xsl:variable name="error" select="/page/form/error[@name = 'agency_id']"/>
    <xsl:variable name="chosen">
      <xsl:call-template name="form-value">
        <xsl:with-param name="name" select="'agency_id'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="group-class">
      <xsl:text>form-group form-section</xsl:text>
      <xsl:if test="$error"> form-group-error</xsl:if>
    </xsl:variable>
    <xsl:choose>
      <!-- Any commune or ward of the province: a list that can be long. -->
      <xsl:when test="count($units) &gt; 1 and $d/gov_level = 'commune'">
        <div class="{$group-class}" id="unit">
          <h2 class="legend"><xsl:value-of select="$t.unit.title"/></h2>
          <p><xsl:value-of select="$t.unit.commune.lead"/></p>
          <label class="label" for="field-agency_id"><xsl:value-of select="$t.unit.commune.label"/></label>
          <p class="hint" id="hint-agency_id"><xsl:value-of select="$t.unit.commune.hint"/></p>
          <xsl:call-template name="field-error">
            <xsl:with-param name="name" select="'agency_id'"/>
          </xsl:call-template>
          <select class="select input-long" id="field-agency_id" name="agency_id">
            <xsl:attribute name="aria-describedby">
              <xsl:text>hint-agency_id</xsl:text>
              <xsl:if test="$error"> error-agency_id</xsl:if>
            </xsl:attribute>
            <xsl:if test="$error">
              <xsl:attribute name="aria-invalid">true</xsl:attribute>
            </xsl:if>
            <xsl:for-each select="$units">
              <option value="{id}">
                <xsl:if test="id = string($chosen)">
                  <xsl:attribute name="selected">selected</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="name"/>
                <xsl:if test="named = 1"><xsl:value-of select="$t.unit.named"/></xsl:if>
              </option>
            </xsl:for-each>
          </select>
        </div>
      </xsl:when>
      <!-- A few units (the Centre first): radios with their addresses. -->
      <xsl:when test="count($units) &gt; 1">
        <div class="{$group-class}" id="unit">
          <fieldset class="fieldset">
            <xsl:attribute name="aria-describedby">
              <xsl:text>hint-agency_id</xsl:text>
              <xsl:if test="$error"> error-agency_id</xsl:if>
            </xsl:attribute>
            <legend class="legend"><xsl:value-of select="$t.unit.title"/></legend>
            <p class="hint" id="hint-agency_id"><xsl:value-of select="$t.unit.province.hint"/></p>
            <xsl:call-template name="field-error">
              <xsl:with-param name="name" select="'agency_id'"/>
            </xsl:call-template>
            <xsl:for-each select="$units">
              <xsl:call-template name="radio">
                <xsl:with-param name="name" select="'agency_id'"/>
                <xsl:with-param name="value" select="id"/>
                <xsl:with-param name="label">
                  <xsl:value-of select="name"/>
                  <xsl:if test="named = 1"><xsl:value-of select="$t.unit.named"/></xsl:if>
                </xsl:with-param>
                <xsl:with-param name="hint" select="address"/>
                <xsl:with-param name="checked" select="id = string($chosen)"/>
                <xsl:with-param name="first" select="position() = 1"/>
              </xsl:call-template>
            </xsl:for-each>
          </fieldset>
        </div>
      </xsl:when>
      <!-- One unit receives it: shown, nothing to choose. -->
      <xsl:otherwise>
        <div class="form-section" id="unit">
          <h2 class="legend"><xsl:value-of select="$t.unit.title"/></h2>
          <p>
            <strong><xsl:value-of select="$d/agency_name"/></strong>
            <xsl:if test="$d/agency_address != ''">
              <span class="address-line"><xsl:value-of select="$d/agency_address"/></span>
            </xsl:if>
          </p>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
