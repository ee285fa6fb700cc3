<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-audit.xsl — "Nhật ký thay đổi" ("/admin/audit"): for an administrator, every change of
  the catalogue (a procedure added, changed into a new version, withdrawn or removed; a unit or
  a field added or changed), newest first, a page at a time, filtered by kind of object and by
  code; each with who made it, when, from which program, and the object before and after (as
  recorded, JSON).

  Input: /page with user (kind admin), form/value (kind, code, page) and
    entries   @page, @more (1 when there is a next page); entry: id, at (dd/mm/yyyy hh:mm,
              Vietnam time), who (the administrator's name, or the account that ran dvcctl),
              program, action (add|change|publish|withdraw|remove), kind (procedure|unit|field|
              holiday|setting|commune|form: an uploaded template|user: an account, its code the account's id),
              code, before_json, after_json ('' when none)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-staff.xsl"/>
  <xsl:include href="i18n/vi-admin-calendar.xsl"/>
  <xsl:include href="i18n/vi-admin-units.xsl"/>
  <xsl:include href="i18n/vi-admin-people.xsl"/>
  <xsl:include href="i18n/vi-admin-forms.xsl"/>

  <xsl:variable name="kind" select="string(/page/form/value[@name = 'kind'])"/>
  <xsl:variable name="code" select="string(/page/form/value[@name = 'code'])"/>
  <xsl:variable name="pg" select="/page/entries/@page"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.audit.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/admin/"><xsl:value-of select="$t.admin.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.audit.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.audit.title"/></h1>
    <p class="lead"><xsl:value-of select="$t.audit.lead"/></p>

    <form method="get" action="/admin/audit" class="filters">
      <div class="form-group">
        <label class="label" for="field-kind"><xsl:value-of select="$t.audit.kind"/></label>
        <select class="select" id="field-kind" name="kind">
          <option value=""><xsl:value-of select="$t.audit.any"/></option>
          <xsl:call-template name="kind-option"><xsl:with-param name="k" select="'procedure'"/></xsl:call-template>
          <xsl:call-template name="kind-option"><xsl:with-param name="k" select="'unit'"/></xsl:call-template>
          <xsl:call-template name="kind-option"><xsl:with-param name="k" select="'holiday'"/></xsl:call-template>
          <xsl:call-template name="kind-option"><xsl:with-param name="k" select="'setting'"/></xsl:call-template>
          <xsl:call-template name="kind-option"><xsl:with-param name="k" select="'field'"/></xsl:call-template>
          <xsl:call-template name="kind-option"><xsl:with-param name="k" select="'commune'"/></xsl:call-template>
          <xsl:call-template name="kind-option"><xsl:with-param name="k" select="'user'"/></xsl:call-template>
          <xsl:call-template name="kind-option"><xsl:with-param name="k" select="'form'"/></xsl:call-template>
        </select>
      </div>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'code'"/>
        <xsl:with-param name="label" select="$t.audit.code"/>
        <xsl:with-param name="hint" select="$t.audit.code.hint"/>
        <xsl:with-param name="maxlength" select="40"/>
      </xsl:call-template>
      <button class="button" type="submit"><xsl:value-of select="$t.audit.apply"/></button>
    </form>

    <xsl:choose>
      <xsl:when test="entries/entry">
        <ol class="plain audit-list">
          <xsl:apply-templates select="entries/entry"/>
        </ol>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t.audit.none"/></p>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:if test="$pg &gt; 1 or entries/@more = 1">
      <nav class="pagination" aria-label="{$t.audit.pages}">
        <ul class="plain">
          <xsl:if test="$pg &gt; 1">
            <li><a href="/admin/audit?kind={$kind}&amp;code={$code}&amp;page={$pg - 1}" rel="prev"><xsl:value-of select="$t.audit.newer"/></a></li>
          </xsl:if>
          <xsl:if test="entries/@more = 1">
            <li><a href="/admin/audit?kind={$kind}&amp;code={$code}&amp;page={$pg + 1}" rel="next"><xsl:value-of select="$t.audit.older"/></a></li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template name="kind-option">
    <xsl:param name="k"/>
    <option value="{$k}">
      <xsl:if test="$kind = $k"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
      <xsl:call-template name="kind-name"><xsl:with-param name="k" select="$k"/></xsl:call-template>
    </option>
  </xsl:template>

  <xsl:template name="kind-name">
    <xsl:param name="k"/>
    <xsl:choose>
      <xsl:when test="$k = 'procedure'"><xsl:value-of select="$t.audit.kind.procedure"/></xsl:when>
      <xsl:when test="$k = 'unit'"><xsl:value-of select="$t.audit.kind.unit"/></xsl:when>
      <xsl:when test="$k = 'holiday'"><xsl:value-of select="$t.audit.kind.holiday"/></xsl:when>
      <xsl:when test="$k = 'setting'"><xsl:value-of select="$t.audit.kind.setting"/></xsl:when>
      <xsl:when test="$k = 'commune'"><xsl:value-of select="$t.au.kind.audit"/></xsl:when>
      <xsl:when test="$k = 'user'"><xsl:value-of select="$t.people.audit.kind"/></xsl:when>
      <xsl:when test="$k = 'form'"><xsl:value-of select="$t.af.audit.kind"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.audit.kind.field"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="entry">
    <li class="audit-entry" id="audit-{id}">
      <p>
        <strong>
          <xsl:choose>
            <xsl:when test="action = 'add'"><xsl:value-of select="$t.audit.action.add"/></xsl:when>
            <xsl:when test="action = 'change'"><xsl:value-of select="$t.audit.action.change"/></xsl:when>
            <xsl:when test="action = 'publish'"><xsl:value-of select="$t.audit.action.publish"/></xsl:when>
            <xsl:when test="action = 'withdraw'"><xsl:value-of select="$t.audit.action.withdraw"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.audit.action.remove"/></xsl:otherwise>
          </xsl:choose>
        </strong>
        <xsl:text> </xsl:text>
        <xsl:call-template name="kind-name"><xsl:with-param name="k" select="kind"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <a class="code" href="/admin/audit?kind={kind}&amp;code={code}"><xsl:value-of select="code"/></a>
      </p>
      <p class="cell-note">
        <xsl:value-of select="concat(at, $t.audit.by, who, $t.audit.via, program)"/>
      </p>
      <xsl:if test="before_json != ''">
        <details>
          <summary><xsl:value-of select="$t.audit.before"/></summary>
          <pre class="audit-json"><xsl:value-of select="before_json"/></pre>
        </details>
      </xsl:if>
      <xsl:if test="after_json != ''">
        <details>
          <summary><xsl:value-of select="$t.audit.after"/></summary>
          <pre class="audit-json"><xsl:value-of select="after_json"/></pre>
        </details>
      </xsl:if>
    </li>
  </xsl:template>

</xsl:stylesheet>
