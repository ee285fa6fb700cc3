<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-people-new.xsl — "Thêm cán bộ hoặc quản trị viên" ("/admin/people/new"): the form of a
  new officer's or administrator's account: full name, e-mail address, kind, and for an officer
  a unit with its roles there. No password: the account is sent a link to set its own.

  Input: /page with user (kind admin), csrf, link_hours/@n (how long the link is good),
    form (value: full_name, email, kind (officer|admin), unit, role_receiver, role_processor,
    role_approver; error: full_name, email, kind, unit, role_receiver, _) and
    units   unit: code, name, active (0: withdrawn); every agency, the active ones first
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="admin-people-common.xsl"/>

  <xsl:variable name="kind" select="string(/page/form/value[@name = 'kind'])"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.staff.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/admin/"><xsl:value-of select="$t.admin.title"/></a></li>
    <li><a href="/admin/people"><xsl:value-of select="$t.people.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.staff.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.staff.title"/></h1>
    <p class="lead"><xsl:value-of select="concat($t.staff.lead.pre, link_hours/@n, $t.staff.lead.post)"/></p>
    <xsl:call-template name="error-summary"/>

    <form method="post" action="/admin/people/new" novalidate="novalidate">
      <xsl:call-template name="csrf-field"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'full_name'"/>
        <xsl:with-param name="label" select="$t.staff.name"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="maxlength" select="100"/>
        <xsl:with-param name="required" select="'true'"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="label" select="$t.staff.email"/>
        <xsl:with-param name="hint" select="$t.staff.email.hint"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="maxlength" select="254"/>
        <xsl:with-param name="required" select="'true'"/>
      </xsl:call-template>

      <fieldset class="fieldset">
        <legend class="legend"><xsl:value-of select="$t.staff.kind"/></legend>
        <xsl:call-template name="field-error"><xsl:with-param name="name" select="'kind'"/></xsl:call-template>
        <xsl:call-template name="kind-radio"><xsl:with-param name="v" select="'officer'"/><xsl:with-param name="text" select="$t.people.kind.officer"/></xsl:call-template>
        <xsl:call-template name="kind-radio"><xsl:with-param name="v" select="'admin'"/><xsl:with-param name="text" select="$t.people.kind.admin"/></xsl:call-template>
      </fieldset>

      <fieldset class="fieldset">
        <legend class="legend"><xsl:value-of select="$t.staff.roles"/></legend>
        <p class="hint"><xsl:value-of select="$t.staff.roles.hint"/></p>
        <xsl:call-template name="unit-select"/>
        <xsl:call-template name="checkbox">
          <xsl:with-param name="name" select="'role_receiver'"/>
          <xsl:with-param name="label" select="$t.role.receiver"/>
        </xsl:call-template>
        <xsl:call-template name="checkbox">
          <xsl:with-param name="name" select="'role_processor'"/>
          <xsl:with-param name="label" select="$t.role.processor"/>
        </xsl:call-template>
        <xsl:call-template name="checkbox">
          <xsl:with-param name="name" select="'role_approver'"/>
          <xsl:with-param name="label" select="$t.role.approver"/>
        </xsl:call-template>
      </fieldset>

      <div class="form-actions">
        <button class="button" type="submit"><xsl:value-of select="$t.staff.create"/></button>
      </div>
    </form>
  </xsl:template>

  <!-- The kind's message leads to its first choice. -->
  <xsl:template match="error[@name = 'kind']" mode="error-href">#field-kind-officer</xsl:template>

  <xsl:template name="kind-radio">
    <xsl:param name="v"/>
    <xsl:param name="text"/>
    <div class="radio">
      <input type="radio" id="field-kind-{$v}" name="kind" value="{$v}">
        <xsl:if test="$kind = $v or ($kind = '' and $v = 'officer')"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
      </input>
      <label for="field-kind-{$v}"><xsl:value-of select="$text"/></label>
    </div>
  </xsl:template>

</xsl:stylesheet>
