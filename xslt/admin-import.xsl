<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-import.xsl — "Nhập, xuất danh mục" (/admin/catalogue/import): for an administrator,
  the upload of a catalogue file (XML or CSV) with its dry run, the apply of what the dry run
  showed, and the links to the schema and to the export (modules/admin/import*.c).

  Input: /page with user (kind admin), csrf, max_mb (the upload's limit), form/value (added,
  changed, withdrawn: what the last apply did) and form/error (import.no_file, import.expired,
  import.catalogue_changed), and after an upload (or an apply refused) import @format
  (xml|csv), @file (the uploaded name), @token (the apply form's, when there is something to
  apply), with
    problems  @count; problem: a message code with its arguments (@line, …), vi-msg.xsl
    changes   @added, @changed, @withdrawn; change @action (add|change|withdraw), @kind
              (unit|field|procedure), @object (its code), @line, name, and for a change each
              diff @name (the column, "fees.1.amount"), @list and @item (of a procedure's
              list), @change (added|removed, an item of a list), @column, old, new
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-staff.xsl"/>
  <xsl:include href="i18n/vi-admin-import.xsl"/>

  <xsl:variable name="imp" select="/page/import"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.imp.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/admin/"><xsl:value-of select="$t.admin.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.imp.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <xsl:call-template name="error-summary"/>
    <h1><xsl:value-of select="$t.imp.title"/></h1>

    <xsl:if test="form/value[@name = 'added']">
      <div role="status" class="banner banner-ok">
        <p><strong><xsl:value-of select="$t.imp.done"/></strong></p>
        <xsl:call-template name="counts">
          <xsl:with-param name="added" select="form/value[@name = 'added']"/>
          <xsl:with-param name="changed" select="form/value[@name = 'changed']"/>
          <xsl:with-param name="withdrawn" select="form/value[@name = 'withdrawn']"/>
        </xsl:call-template>
        <p><a href="/admin/audit"><xsl:value-of select="$t.imp.audit"/></a></p>
      </div>
    </xsl:if>

    <xsl:if test="$imp">
      <section id="result" aria-labelledby="result-h">
        <h2 id="result-h"><xsl:value-of select="$t.imp.result"/></h2>
        <xsl:if test="$imp/@file">
          <p><xsl:value-of select="$t.imp.of_file"/><code><xsl:value-of select="$imp/@file"/></code></p>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$imp/problems/@count &gt; 0">
            <xsl:apply-templates select="$imp/problems"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="$imp/changes"/>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>

    <section id="upload" aria-labelledby="upload-h">
      <h2 id="upload-h"><xsl:value-of select="$t.imp.upload"/></h2>
      <p class="lead"><xsl:value-of select="$t.imp.lead"/></p>
      <p><xsl:value-of select="$t.imp.whole"/></p>
      <!-- The CSRF token first, then the type, then the file: the order core reads them in. -->
      <form method="post" action="/admin/catalogue/import" enctype="multipart/form-data" novalidate="novalidate">
        <xsl:call-template name="csrf-field"/>
        <div class="form-group">
          <label class="label" for="field-type"><xsl:value-of select="$t.imp.type"/></label>
          <select class="select" id="field-type" name="type">
            <option value="0"><xsl:value-of select="$t.imp.type.auto"/></option>
            <option value="1"><xsl:if test="$imp/@format = 'xml'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="$t.imp.type.xml"/></option>
            <option value="2"><xsl:if test="$imp/@format = 'csv'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="$t.imp.type.csv"/></option>
          </select>
        </div>
        <div class="form-group">
          <xsl:if test="form/error[@name = 'file']"><xsl:attribute name="class">form-group form-group-error</xsl:attribute></xsl:if>
          <label class="label" for="field-file"><xsl:value-of select="$t.imp.file"/></label>
          <p class="hint" id="hint-file"><xsl:value-of select="concat($t.imp.file.hint.pre, max_mb, $t.imp.file.hint.post)"/></p>
          <xsl:call-template name="field-error"><xsl:with-param name="name" select="'file'"/></xsl:call-template>
          <input class="file-input" type="file" id="field-file" name="file" accept=".xml,.csv,application/xml,text/xml,text/csv" aria-describedby="hint-file"/>
        </div>
        <button class="button" type="submit"><xsl:value-of select="$t.imp.dry"/></button>
      </form>
    </section>

    <section id="files" aria-labelledby="files-h">
      <h2 id="files-h"><xsl:value-of select="$t.imp.files"/></h2>
      <p><xsl:value-of select="$t.imp.schema.note"/></p>
      <ul>
        <li><a href="/admin/catalogue/export?format=xml" download="catalogue.xml"><xsl:value-of select="$t.imp.export.xml"/></a></li>
        <li><a href="/admin/catalogue/export?format=csv" download="catalogue.csv"><xsl:value-of select="$t.imp.export.csv"/></a></li>
        <li><a href="/admin/catalogue/schema" download="catalogue.rng"><xsl:value-of select="$t.imp.schema"/></a></li>
      </ul>
    </section>
  </xsl:template>

  <xsl:template name="counts">
    <xsl:param name="added"/>
    <xsl:param name="changed"/>
    <xsl:param name="withdrawn"/>
    <ul class="plain import-counts">
      <li><xsl:value-of select="concat($t.imp.added, $added)"/></li>
      <li><xsl:value-of select="concat($t.imp.changed, $changed)"/></li>
      <li><xsl:value-of select="concat($t.imp.withdrawn, $withdrawn)"/></li>
    </ul>
  </xsl:template>

  <!-- Every problem with its line: nothing changed. -->
  <xsl:template match="problems">
    <div class="banner banner-warn" role="alert">
      <p><strong><xsl:value-of select="concat($t.imp.problems.pre, @count, $t.imp.problems.post)"/></strong></p>
      <xsl:if test="@count &gt; count(problem)">
        <p><xsl:value-of select="$t.imp.problems.more"/></p>
      </xsl:if>
    </div>
    <ol class="import-problems">
      <xsl:for-each select="problem">
        <li>
          <xsl:if test="@line">
            <strong><xsl:value-of select="concat($t.imp.line, @line, $t.imp.line.sep)"/></strong>
          </xsl:if>
          <xsl:apply-templates select="." mode="msg"/>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <!-- What applying would do, and the form that applies exactly that. -->
  <xsl:template match="changes">
    <xsl:choose>
      <xsl:when test="change">
        <p><xsl:value-of select="$t.imp.dry.note"/></p>
        <xsl:call-template name="counts">
          <xsl:with-param name="added" select="@added"/>
          <xsl:with-param name="changed" select="@changed"/>
          <xsl:with-param name="withdrawn" select="@withdrawn"/>
        </xsl:call-template>
        <ol class="plain import-changes">
          <xsl:apply-templates select="change"/>
        </ol>
        <xsl:if test="$imp/@token">
          <form method="post" action="/admin/catalogue/import/apply">
            <xsl:call-template name="csrf-field"/>
            <input type="hidden" name="token" value="{$imp/@token}"/>
            <p class="hint"><xsl:value-of select="$t.imp.apply.note"/></p>
            <button class="button" type="submit"><xsl:value-of select="$t.imp.apply"/></button>
          </form>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <div role="status" class="banner banner-ok"><p><xsl:value-of select="$t.imp.nothing"/></p></div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="change">
    <li class="import-change import-{@action}">
      <p>
        <strong>
          <xsl:choose>
            <xsl:when test="@action = 'add'"><xsl:value-of select="$t.imp.action.add"/></xsl:when>
            <xsl:when test="@action = 'change'"><xsl:value-of select="$t.imp.action.change"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.imp.action.withdraw"/></xsl:otherwise>
          </xsl:choose>
        </strong>
        <xsl:text> </xsl:text>
        <xsl:choose>
          <xsl:when test="@kind = 'unit'"><xsl:value-of select="$t.imp.kind.unit"/></xsl:when>
          <xsl:when test="@kind = 'field'"><xsl:value-of select="$t.imp.kind.field"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t.imp.kind.procedure"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
        <code><xsl:value-of select="@object"/></code>
        <xsl:if test="@line">
          <xsl:value-of select="concat(' (', $t.imp.at_line, @line, ')')"/>
        </xsl:if>
      </p>
      <p><xsl:value-of select="name"/></p>
      <xsl:if test="diff">
        <ul class="import-diffs">
          <xsl:apply-templates select="diff"/>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="diff">
    <li>
      <xsl:if test="@list">
        <xsl:choose>
          <xsl:when test="@list = 'components'"><xsl:value-of select="$t.imp.list.components"/></xsl:when>
          <xsl:when test="@list = 'fees'"><xsl:value-of select="$t.imp.list.fees"/></xsl:when>
          <xsl:when test="@list = 'exemptions'"><xsl:value-of select="$t.imp.list.exemptions"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t.imp.list.receivers"/></xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="@item"/>
        <xsl:choose>
          <xsl:when test="@change = 'added'"><xsl:value-of select="$t.imp.item.added"/></xsl:when>
          <xsl:when test="@change = 'removed'"><xsl:value-of select="$t.imp.item.removed"/></xsl:when>
        </xsl:choose>
        <xsl:if test="@column"><xsl:text> </xsl:text></xsl:if>
      </xsl:if>
      <xsl:if test="not(@list) or @column">
        <code><xsl:value-of select="@column | @name[not(../@column)]"/></code>
      </xsl:if>
      <xsl:if test="old or new">
        <xsl:text>: </xsl:text>
        <span class="import-old"><xsl:value-of select="$t.imp.old"/><xsl:call-template name="value"><xsl:with-param name="v" select="old"/></xsl:call-template></span>
        <xsl:text> → </xsl:text>
        <span class="import-new"><xsl:value-of select="$t.imp.new"/><xsl:call-template name="value"><xsl:with-param name="v" select="new"/></xsl:call-template></span>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- A value as the file gives it, long text cut at 300 characters. -->
  <xsl:template name="value">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="string($v) = ''"><xsl:value-of select="$t.imp.empty"/></xsl:when>
      <xsl:otherwise>
        <strong><xsl:value-of select="substring($v, 1, 300)"/></strong>
        <xsl:if test="string-length($v) &gt; 300">…</xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
