<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-procedure.xsl — a procedure's form for the administrator ("/admin/procedures/new",
  "/admin/procedures/{code}"): every attribute of the catalogue, then its lists (components,
  fees, exemptions, receiving units) as rows edited without JavaScript: a blank row is
  dropped when saved, "Thêm dòng" posts the form back with one more row. Then, for a saved
  procedure, withdrawing, publishing again and removing it.

  Input: /page with user (kind admin), csrf, msg (published|unchanged|withdrawn|republished|
    stale|in-use, or ''), and
    editor    @state (new | current | withdrawn | edit: a form posted back), @version (the
              version the form was opened at, 0 for a new one), @code (but for a new one)
    form      value[@name]: each column of the procedure by its catalogue name (code, name,
              field, agency, gov_level, level, processing_hours, same_day,
              clock_after_supplement, channels and applicant_kinds as comma lists, the texts)
              and each list's items as LIST.N.COLUMN; error[@name, @code]
    rows      list[@name (components|fees|exemptions|receivers), @n (rows to show)]
    fields    field: id, code, name;  agencies  agency: code, name, kind
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="admin-form.xsl"/>
  <xsl:include href="i18n/vi-staff.xsl"/>
  <xsl:include href="i18n/vi-admin-proc.xsl"/>
  <xsl:include href="i18n/vi-admin-forms.xsl"/>

  <xsl:variable name="ed" select="/page/editor"/>
  <xsl:variable name="action">
    <xsl:choose>
      <xsl:when test="$ed/@code"><xsl:value-of select="concat('/admin/procedures/', $ed/@code)"/></xsl:when>
      <xsl:otherwise>/admin/procedures/new</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:choose>
      <xsl:when test="$ed/@code"><xsl:value-of select="$t.ap.edit.title"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.ap.new.title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/admin/"><xsl:value-of select="$t.admin.title"/></a></li>
    <li><a href="/admin/procedures"><xsl:value-of select="$t.ap.list.title"/></a></li>
    <li aria-current="page"><xsl:apply-templates select="." mode="title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:apply-templates select="." mode="title"/></h1>
    <xsl:call-template name="ap-notice"/>
    <xsl:call-template name="error-summary"/>
    <xsl:if test="/page/form/error[@code = 'procedure.stale'] and $ed/@code">
      <p><a href="/admin/procedures/{$ed/@code}"><xsl:value-of select="$t.ap.reload"/></a></p>
    </xsl:if>
    <xsl:if test="$ed/@code">
      <p>
        <xsl:choose>
          <xsl:when test="$ed/@state = 'withdrawn'"><xsl:value-of select="$t.ap.edit.withdrawn"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($t.ap.edit.version, $ed/@version, $t.ap.edit.version.end)"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
        <a href="/admin/procedures/{$ed/@code}/versions"><xsl:value-of select="$t.ap.versions.link"/></a>
        <xsl:if test="$ed/@state = 'current'">
          <xsl:text> · </xsl:text>
          <a href="/procedures/{$ed/@code}"><xsl:value-of select="$t.ap.public"/></a>
        </xsl:if>
      </p>
    </xsl:if>

    <form method="post" action="{$action}" novalidate="novalidate" class="admin-form">
      <xsl:call-template name="csrf-field"/>
      <input type="hidden" name="version" value="{$ed/@version}"/>

      <h2><xsl:value-of select="$t.ap.sec.general"/></h2>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'code'"/>
        <xsl:with-param name="label" select="$t.ap.f.code"/>
        <xsl:with-param name="hint" select="$t.ap.f.code.hint"/>
        <xsl:with-param name="maxlength" select="40"/>
        <xsl:with-param name="width" select="'long'"/>
        <xsl:with-param name="readonly" select="boolean($ed/@code)"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'name'"/>
        <xsl:with-param name="label" select="$t.ap.f.name"/>
        <xsl:with-param name="maxlength" select="500"/>
      </xsl:call-template>
      <xsl:call-template name="choice">
        <xsl:with-param name="name" select="'field'"/>
        <xsl:with-param name="label" select="$t.ap.f.field"/>
        <xsl:with-param name="options" select="/page/fields/field"/>
        <xsl:with-param name="blank" select="$t.ap.choose"/>
      </xsl:call-template>
      <xsl:call-template name="choice">
        <xsl:with-param name="name" select="'agency'"/>
        <xsl:with-param name="label" select="$t.ap.f.agency"/>
        <xsl:with-param name="options" select="/page/agencies/agency"/>
        <xsl:with-param name="blank" select="$t.ap.choose"/>
      </xsl:call-template>
      <xsl:call-template name="choice">
        <xsl:with-param name="name" select="'gov_level'"/>
        <xsl:with-param name="label" select="$t.ap.f.gov_level"/>
        <xsl:with-param name="pairs" select="concat('province=', $t.ap.gov.province, ';commune=', $t.ap.gov.commune, ';')"/>
      </xsl:call-template>
      <xsl:call-template name="choice">
        <xsl:with-param name="name" select="'level'"/>
        <xsl:with-param name="label" select="$t.ap.f.level"/>
        <xsl:with-param name="pairs" select="concat('4=', $t.level.4, ';3=', $t.level.3, ';2=', $t.level.2, ';')"/>
      </xsl:call-template>
      <xsl:call-template name="boxes">
        <xsl:with-param name="name" select="'applicant_kinds'"/>
        <xsl:with-param name="label" select="$t.ap.f.applicant_kinds"/>
        <xsl:with-param name="pairs" select="concat('citizen=', $t.ap.ak.citizen, ';organisation=', $t.ap.ak.organisation, ';')"/>
        <xsl:with-param name="prefix" select="'ak_'"/>
      </xsl:call-template>

      <h2><xsl:value-of select="$t.ap.sec.time"/></h2>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'processing_hours'"/>
        <xsl:with-param name="label" select="$t.ap.f.hours"/>
        <xsl:with-param name="hint" select="$t.ap.f.hours.hint"/>
        <xsl:with-param name="type" select="'number'"/>
        <xsl:with-param name="width" select="'short'"/>
      </xsl:call-template>
      <xsl:call-template name="boxes">
        <xsl:with-param name="name" select="'same_day'"/>
        <xsl:with-param name="pairs" select="concat('1=', $t.ap.f.same_day, ';')"/>
        <xsl:with-param name="single" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="choice">
        <xsl:with-param name="name" select="'clock_after_supplement'"/>
        <xsl:with-param name="label" select="$t.ap.f.clock"/>
        <xsl:with-param name="pairs" select="concat('restart=', $t.ap.clock.restart, ';resume=', $t.ap.clock.resume, ';')"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'processing_note'"/>
        <xsl:with-param name="label" select="$t.ap.f.processing_note"/>
        <xsl:with-param name="optional" select="'true'"/>
        <xsl:with-param name="maxlength" select="500"/>
      </xsl:call-template>

      <h2><xsl:value-of select="$t.ap.sec.channels"/></h2>
      <xsl:call-template name="boxes">
        <xsl:with-param name="name" select="'channels'"/>
        <xsl:with-param name="label" select="$t.ap.f.channels"/>
        <xsl:with-param name="pairs" select="concat('counter=', $t.ap.ch.counter, ';online=', $t.ap.ch.online, ';postal=', $t.ap.ch.postal, ';')"/>
        <xsl:with-param name="prefix" select="'ch_'"/>
      </xsl:call-template>
      <xsl:call-template name="text">
        <xsl:with-param name="name" select="'presence_note'"/>
        <xsl:with-param name="label" select="$t.ap.f.presence_note"/>
        <xsl:with-param name="max" select="1000"/>
      </xsl:call-template>

      <h2><xsl:value-of select="$t.ap.sec.texts"/></h2>
      <xsl:call-template name="text"><xsl:with-param name="name" select="'applicants'"/><xsl:with-param name="label" select="$t.ap.f.applicants"/><xsl:with-param name="max" select="500"/></xsl:call-template>
      <xsl:call-template name="text"><xsl:with-param name="name" select="'steps'"/><xsl:with-param name="label" select="$t.ap.f.steps"/><xsl:with-param name="max" select="20000"/></xsl:call-template>
      <xsl:call-template name="text"><xsl:with-param name="name" select="'requirements'"/><xsl:with-param name="label" select="$t.ap.f.requirements"/><xsl:with-param name="max" select="20000"/></xsl:call-template>
      <xsl:call-template name="text"><xsl:with-param name="name" select="'result'"/><xsl:with-param name="label" select="$t.ap.f.result"/><xsl:with-param name="max" select="500"/></xsl:call-template>
      <xsl:call-template name="text"><xsl:with-param name="name" select="'legal_basis'"/><xsl:with-param name="label" select="$t.ap.f.legal_basis"/><xsl:with-param name="max" select="20000"/></xsl:call-template>

      <xsl:call-template name="list">
        <xsl:with-param name="list" select="'components'"/>
        <xsl:with-param name="title" select="$t.ap.sec.components"/>
      </xsl:call-template>
      <xsl:call-template name="list">
        <xsl:with-param name="list" select="'fees'"/>
        <xsl:with-param name="title" select="$t.ap.sec.fees"/>
      </xsl:call-template>
      <xsl:call-template name="list">
        <xsl:with-param name="list" select="'exemptions'"/>
        <xsl:with-param name="title" select="$t.ap.sec.exemptions"/>
      </xsl:call-template>
      <xsl:call-template name="list">
        <xsl:with-param name="list" select="'receivers'"/>
        <xsl:with-param name="title" select="$t.ap.sec.receivers"/>
      </xsl:call-template>

      <p><button class="button" type="submit"><xsl:value-of select="$t.ap.save"/></button></p>
    </form>

    <xsl:if test="$ed/@state = 'current' or $ed/@state = 'withdrawn'">
      <section aria-labelledby="act-h" class="admin-actions">
        <h2 id="act-h"><xsl:value-of select="$t.ap.act.title"/></h2>
        <xsl:choose>
          <xsl:when test="$ed/@state = 'current'">
            <form method="post" action="/admin/procedures/{$ed/@code}/withdraw">
              <xsl:call-template name="csrf-field"/>
              <input type="hidden" name="version" value="{$ed/@version}"/>
              <p class="hint"><xsl:value-of select="$t.ap.act.withdraw.text"/></p>
              <button class="button button-secondary" type="submit"><xsl:value-of select="$t.ap.act.withdraw"/></button>
            </form>
          </xsl:when>
          <xsl:otherwise>
            <form method="post" action="/admin/procedures/{$ed/@code}/republish">
              <xsl:call-template name="csrf-field"/>
              <input type="hidden" name="version" value="{$ed/@version}"/>
              <button class="button button-secondary" type="submit"><xsl:value-of select="$t.ap.act.republish"/></button>
            </form>
          </xsl:otherwise>
        </xsl:choose>
        <form method="post" action="/admin/procedures/{$ed/@code}/remove">
          <xsl:call-template name="csrf-field"/>
          <input type="hidden" name="version" value="{$ed/@version}"/>
          <p class="hint"><xsl:value-of select="$t.ap.act.remove.text"/></p>
          <button class="button button-warning" type="submit"><xsl:value-of select="$t.ap.act.remove"/></button>
        </form>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- What was done, or why not (msg). -->
  <xsl:template name="ap-notice">
    <xsl:variable name="m" select="string(/page/msg)"/>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="$m = 'published'"><xsl:value-of select="$t.ap.msg.published"/></xsl:when>
        <xsl:when test="$m = 'unchanged'"><xsl:value-of select="$t.ap.msg.unchanged"/></xsl:when>
        <xsl:when test="$m = 'withdrawn'"><xsl:value-of select="$t.ap.msg.withdrawn"/></xsl:when>
        <xsl:when test="$m = 'republished'"><xsl:value-of select="$t.ap.msg.republished"/></xsl:when>
        <xsl:when test="$m = 'stale'"><xsl:value-of select="$t.ap.msg.stale"/></xsl:when>
        <xsl:when test="$m = 'in-use' and $ed/@state = 'withdrawn'"><xsl:value-of select="$t.ap.msg.in_use.withdrawn"/></xsl:when>
        <xsl:when test="$m = 'in-use'"><xsl:value-of select="$t.ap.msg.in_use"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="string($text) != ''">
      <div role="status">
        <xsl:attribute name="class">
          <xsl:choose>
            <xsl:when test="$m = 'stale' or $m = 'in-use'">banner banner-warn</xsl:when>
            <xsl:otherwise>banner banner-ok</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <p><xsl:value-of select="$text"/></p>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A list: its rows 1..n, then "Thêm dòng" (posts the form back with one more row). -->
  <xsl:template name="list">
    <xsl:param name="list"/>
    <xsl:param name="title"/>
    <section aria-labelledby="h-{$list}" class="admin-rows">
      <h2 id="h-{$list}"><xsl:value-of select="$title"/></h2>
      <p class="hint"><xsl:value-of select="$t.ap.rows.hint"/></p>
      <xsl:call-template name="rows">
        <xsl:with-param name="list" select="$list"/>
        <xsl:with-param name="i" select="1"/>
        <xsl:with-param name="n" select="number(/page/rows/list[@name = $list]/@n)"/>
      </xsl:call-template>
      <button class="button button-secondary" type="submit" name="add" value="{$list}">
        <xsl:value-of select="concat($t.ap.add_row, ': ', $title)"/>
      </button>
    </section>
  </xsl:template>

  <xsl:template name="rows">
    <xsl:param name="list"/>
    <xsl:param name="i"/>
    <xsl:param name="n"/>
    <xsl:if test="$i &lt;= $n">
      <fieldset class="fieldset admin-row" id="{$list}-{$i}">
        <legend class="label"><xsl:value-of select="concat($t.ap.row, $i)"/></legend>
        <xsl:variable name="p" select="concat($list, '.', $i, '.')"/>
        <xsl:choose>
          <xsl:when test="$list = 'components'">
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'name')"/><xsl:with-param name="label" select="$t.ap.c.name"/><xsl:with-param name="max" select="1000"/></xsl:call-template>
            <xsl:call-template name="choice"><xsl:with-param name="name" select="concat($p, 'required')"/><xsl:with-param name="label" select="$t.ap.c.required"/><xsl:with-param name="pairs" select="concat('1=', $t.ap.yes, ';0=', $t.ap.no, ';')"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'originals')"/><xsl:with-param name="label" select="$t.ap.c.originals"/><xsl:with-param name="type" select="'number'"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'copies')"/><xsl:with-param name="label" select="$t.ap.c.copies"/><xsl:with-param name="type" select="'number'"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'file_types')"/><xsl:with-param name="label" select="$t.ap.c.file_types"/><xsl:with-param name="hint" select="$t.ap.c.file_types.hint"/><xsl:with-param name="max" select="100"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'max_size_kb')"/><xsl:with-param name="label" select="$t.ap.c.max_size_kb"/><xsl:with-param name="type" select="'number'"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'template_name')"/><xsl:with-param name="label" select="$t.ap.c.template_name"/><xsl:with-param name="max" select="500"/></xsl:call-template>
            <xsl:call-template name="template-choice"><xsl:with-param name="name" select="concat($p, 'template_file')"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'note')"/><xsl:with-param name="label" select="$t.ap.c.note"/><xsl:with-param name="max" select="1000"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="$list = 'fees'">
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'name')"/><xsl:with-param name="label" select="$t.ap.fee.name"/><xsl:with-param name="max" select="500"/></xsl:call-template>
            <xsl:call-template name="choice"><xsl:with-param name="name" select="concat($p, 'kind')"/><xsl:with-param name="label" select="$t.ap.fee.kind"/><xsl:with-param name="pairs" select="concat('le_phi=', $t.ap.fee.le_phi, ';phi=', $t.ap.fee.phi, ';')"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'amount')"/><xsl:with-param name="label" select="$t.ap.fee.amount"/><xsl:with-param name="type" select="'number'"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'amount_online')"/><xsl:with-param name="label" select="$t.ap.fee.amount_online"/><xsl:with-param name="hint" select="$t.ap.fee.amount_online.hint"/><xsl:with-param name="type" select="'number'"/></xsl:call-template>
            <xsl:call-template name="choice"><xsl:with-param name="name" select="concat($p, 'unit')"/><xsl:with-param name="label" select="$t.ap.fee.unit"/><xsl:with-param name="pairs" select="concat('fixed=', $t.ap.fee.unit.fixed, ';copy=', $t.ap.fee.unit.copy, ';page=', $t.ap.fee.unit.page, ';')"/></xsl:call-template>
            <xsl:call-template name="choice"><xsl:with-param name="name" select="concat($p, 'stage')"/><xsl:with-param name="label" select="$t.ap.fee.stage"/><xsl:with-param name="pairs" select="concat('submission=', $t.ap.fee.stage.submission, ';supplement=', $t.ap.fee.stage.supplement, ';result=', $t.ap.fee.stage.result, ';')"/></xsl:call-template>
            <xsl:call-template name="choice"><xsl:with-param name="name" select="concat($p, 'optional')"/><xsl:with-param name="label" select="$t.ap.fee.optional"/><xsl:with-param name="pairs" select="concat('0=', $t.ap.no, ';1=', $t.ap.yes, ';')"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'note')"/><xsl:with-param name="label" select="$t.ap.fee.note"/><xsl:with-param name="max" select="500"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="$list = 'exemptions'">
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'fee')"/><xsl:with-param name="label" select="$t.ap.x.fee"/><xsl:with-param name="type" select="'number'"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'percent')"/><xsl:with-param name="label" select="$t.ap.x.percent"/><xsl:with-param name="type" select="'number'"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'ground')"/><xsl:with-param name="label" select="$t.ap.x.ground"/><xsl:with-param name="max" select="500"/></xsl:call-template>
            <xsl:call-template name="cell"><xsl:with-param name="n" select="concat($p, 'proof')"/><xsl:with-param name="label" select="$t.ap.x.proof"/><xsl:with-param name="max" select="500"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="choice"><xsl:with-param name="name" select="concat($p, 'unit')"/><xsl:with-param name="label" select="$t.ap.r.unit"/><xsl:with-param name="options" select="/page/agencies/agency"/><xsl:with-param name="blank" select="$t.ap.none"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </fieldset>
      <xsl:call-template name="rows">
        <xsl:with-param name="list" select="$list"/>
        <xsl:with-param name="i" select="$i + 1"/>
        <xsl:with-param name="n" select="$n"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- template-choice: a component's template file, one of /page/templates (forms.c: shipped, then
       uploaded as "u/NAME"), the current value kept even when no longer listed; a link to
       /admin/forms to upload one, and one to open the chosen file. -->
  <xsl:template name="template-choice">
    <xsl:param name="name"/>
    <xsl:variable name="cur" select="string(/page/form/value[@name = $name])"/>
    <xsl:variable name="error" select="/page/form/error[@name = $name][1]"/>
    <div>
      <xsl:attribute name="class">form-group<xsl:if test="$error"> form-group-error</xsl:if></xsl:attribute>
      <label class="label" for="field-{$name}"><xsl:value-of select="$t.ap.c.template_file"/></label>
      <p class="hint" id="hint-{$name}">
        <xsl:value-of select="$t.af.choice.hint"/>
        <a href="/admin/forms"><xsl:value-of select="$t.af.choice.upload"/></a>
      </p>
      <xsl:call-template name="field-error"><xsl:with-param name="name" select="$name"/></xsl:call-template>
      <select class="select" id="field-{$name}" name="{$name}" aria-describedby="hint-{$name}">
        <xsl:if test="$error"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
        <option value=""><xsl:value-of select="$t.af.choice.none"/></option>
        <xsl:if test="$cur != '' and not(/page/templates/template[@file = $cur])">
          <option value="{$cur}" selected="selected"><xsl:value-of select="$cur"/></option>
        </xsl:if>
        <xsl:for-each select="/page/templates/template">
          <option value="{@file}">
            <xsl:if test="@file = $cur"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:choose>
              <xsl:when test="starts-with(@file, 'u/')"><xsl:value-of select="concat(substring(@file, 3), $t.af.choice.uploaded)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="@file"/></xsl:otherwise>
            </xsl:choose>
          </option>
        </xsl:for-each>
      </select>
      <xsl:if test="$cur != '' and not($error)">
        <p class="admin-template"><a><xsl:attribute name="href"><xsl:call-template name="template-href"><xsl:with-param name="file" select="$cur"/></xsl:call-template></xsl:attribute><xsl:value-of select="concat($t.ap.c.template_open, $cur)"/></a></p>
      </xsl:if>
    </div>
  </xsl:template>

  <xsl:template name="cell">
    <xsl:param name="n"/>
    <xsl:param name="label"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="hint" select="''"/>
    <xsl:param name="max" select="''"/>
    <xsl:call-template name="field">
      <xsl:with-param name="name" select="$n"/>
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="type" select="$type"/>
      <xsl:with-param name="hint" select="$hint"/>
      <xsl:with-param name="maxlength" select="$max"/>
      <xsl:with-param name="width">
        <xsl:if test="$type = 'number'">medium</xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
