<?xml version="1.0" encoding="UTF-8"?>
<!--
  submit-files.xsl — step 2 of a submission ("/submit/ID/files"): one card per dossier
  component, with what the law asks for, the files already uploaded (each can be removed) and
  a form to upload more.

  Input: /page with user, csrf, msg (optional: uploaded, removed), dossier (id,
  procedure_name, channel …) and
    components  component: id, sort, name, required, originals, copies, file_types
                ("pdf,jpg,png"), max_size_kb, note, template_name, template_file, files/file
                (id, name, mime, size in bytes, uploaded_at dd/mm/yyyy HH:mm)
    form        error[@name='component-ID'] about an upload to that component, or "_"
  Each upload form is multipart and sends csrf first (the server reads it before any file),
  then component, then the files (name "file", several allowed). Removing: POST
  /submit/ID/remove with csrf and file. Required components are checked at submission;
  here the page counts those still without a file.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="submit-common.xsl"/>

  <xsl:variable name="d" select="/page/dossier"/>
  <xsl:variable name="missing" select="/page/components/component[required = 1][not(files/file)]"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="concat($t.files.title, $t.title.sep, $d/procedure_name)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/dossiers/"><xsl:value-of select="$t.mine.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$d/procedure_name"/></li>
  </xsl:template>

  <!-- An upload error points at its component's card (id component-ID). -->
  <xsl:template match="error[starts-with(@name, 'component-')]" mode="error-href">
    <xsl:value-of select="concat('#', @name)"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="submit-page">
      <xsl:call-template name="submit-head">
        <xsl:with-param name="current" select="'files'"/>
        <xsl:with-param name="title" select="$t.files.title"/>
      </xsl:call-template>
      <xsl:call-template name="notice"/>
      <xsl:call-template name="error-summary"/>

      <xsl:choose>
        <xsl:when test="components/component">
          <p><xsl:value-of select="$t.files.lead"/></p>
          <xsl:apply-templates select="components/component"/>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="$t.components.none"/></p>
        </xsl:otherwise>
      </xsl:choose>

      <div class="submit-next">
        <xsl:choose>
          <xsl:when test="$missing">
            <div class="notice notice-warn">
              <p>
                <strong>
                  <xsl:value-of select="concat($t.files.missing.pre, count($missing), $t.files.missing.post)"/>
                </strong>
              </p>
              <ul class="plain missing-list">
                <xsl:for-each select="$missing">
                  <li><a href="#component-{id}"><xsl:value-of select="concat(sort, '. ', name)"/></a></li>
                </xsl:for-each>
              </ul>
              <p><xsl:value-of select="$t.files.missing.later"/></p>
            </div>
          </xsl:when>
          <xsl:when test="components/component[required = 1]">
            <p class="done-line"><xsl:value-of select="$t.files.complete"/></p>
          </xsl:when>
        </xsl:choose>
        <a class="button" href="/submit/{$d/id}/delivery"><xsl:value-of select="$t.submit.next"/></a>
      </div>
    </div>
  </xsl:template>

  <xsl:template match="component">
    <!-- The card is component-ID (where the server sends the browser after an upload, and
         the error summary's links go); its file input is field-component-ID. -->
    <xsl:variable name="name" select="concat('component-', id)"/>
    <xsl:variable name="input" select="concat('field-', $name)"/>
    <xsl:variable name="error" select="/page/form/error[@name = $name][1]"/>
    <xsl:variable name="types">
      <xsl:call-template name="file-types">
        <xsl:with-param name="list" select="file_types"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="limits">
      <xsl:value-of select="$types"/>
      <xsl:if test="max_size_kb &gt; 0">
        <xsl:if test="string($types) != ''"><xsl:value-of select="$t.dot.sep"/></xsl:if>
        <xsl:value-of select="concat($t.comp.max, format-number(max_size_kb div 1024, '#.##0,#', 'vi'), $t.comp.mb)"/>
      </xsl:if>
    </xsl:variable>
    <section id="{$name}" aria-labelledby="{$name}-h">
      <xsl:attribute name="class">
        <xsl:text>comp-card</xsl:text>
        <xsl:if test="$error"> comp-card-error</xsl:if>
      </xsl:attribute>
      <h2 class="comp-card-title" id="{$name}-h">
        <span class="comp-no"><xsl:value-of select="concat(sort, '.')"/></span>
        <xsl:text> </xsl:text>
        <xsl:value-of select="name"/>
      </h2>
      <p class="comp-facts">
        <xsl:choose>
          <xsl:when test="required = 1">
            <span class="tag tag-required"><xsl:value-of select="$t.comp.required"/></span>
          </xsl:when>
          <xsl:otherwise>
            <span class="tag"><xsl:value-of select="$t.comp.optional"/></span>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
        <span class="nowrap"><xsl:value-of select="concat($t.comp.originals, originals)"/></span>
        <xsl:value-of select="$t.dot.sep"/>
        <span class="nowrap"><xsl:value-of select="concat($t.comp.copies, copies)"/></span>
      </p>
      <xsl:if test="note != ''">
        <p class="comp-note"><xsl:value-of select="note"/></p>
      </xsl:if>
      <xsl:if test="template_file != ''">
        <p class="comp-template">
          <xsl:value-of select="$t.comp.template"/>
          <a>
            <xsl:attribute name="href"><xsl:call-template name="template-href"><xsl:with-param name="file" select="template_file"/></xsl:call-template></xsl:attribute><xsl:attribute name="download"/>
            <xsl:value-of select="template_name"/>
            <xsl:if test="template_name = ''"><xsl:value-of select="substring(template_file, 1 + 2 * starts-with(template_file, 'u/'))"/></xsl:if>
          </a>
          <xsl:value-of select="concat(' (', translate(substring-after(template_file, '.'),
                                'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), ')')"/>
        </p>
      </xsl:if>

      <xsl:choose>
        <xsl:when test="files/file">
          <h3 class="files-title"><xsl:value-of select="$t.files.uploaded"/></h3>
          <ul class="file-list">
            <xsl:apply-templates select="files/file"/>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p class="files-none">
            <xsl:if test="required = 1"><xsl:attribute name="class">files-none files-none-required</xsl:attribute></xsl:if>
            <xsl:value-of select="$t.files.none"/>
          </p>
        </xsl:otherwise>
      </xsl:choose>

      <form class="upload" method="post" enctype="multipart/form-data" action="/submit/{$d/id}/files">
        <!-- csrf first: the server checks it before it reads any file. -->
        <xsl:call-template name="csrf-field"/>
        <input type="hidden" name="component" value="{id}"/>
        <div>
          <xsl:attribute name="class">
            <xsl:text>form-group</xsl:text>
            <xsl:if test="$error"> form-group-error</xsl:if>
          </xsl:attribute>
          <label class="label" for="{$input}">
            <xsl:value-of select="concat($t.files.choose, sort)"/>
          </label>
          <p class="hint" id="hint-{$name}">
            <xsl:value-of select="$limits"/>
            <xsl:value-of select="$t.files.multiple"/>
          </p>
          <xsl:call-template name="field-error">
            <xsl:with-param name="name" select="$name"/>
          </xsl:call-template>
          <input class="file-input" type="file" id="{$input}" name="file" multiple="multiple">
            <xsl:attribute name="accept">
              <xsl:call-template name="accept">
                <xsl:with-param name="list" select="translate(file_types, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ', 'abcdefghijklmnopqrstuvwxyz')"/>
              </xsl:call-template>
            </xsl:attribute>
            <xsl:attribute name="aria-describedby">
              <xsl:value-of select="concat('hint-', $name)"/>
              <xsl:if test="$error"><xsl:value-of select="concat(' error-', $name)"/></xsl:if>
            </xsl:attribute>
            <xsl:if test="$error">
              <xsl:attribute name="aria-invalid">true</xsl:attribute>
            </xsl:if>
          </input>
        </div>
        <button class="button button-secondary" type="submit">
          <xsl:value-of select="$t.files.upload"/>
          <span class="visually-hidden"><xsl:value-of select="concat($t.files.upload.for, sort)"/></span>
        </button>
      </form>
    </section>
  </xsl:template>

  <xsl:template match="file">
    <li class="file">
      <div class="file-text">
        <span class="file-name"><xsl:value-of select="name"/></span>
        <span class="file-meta">
          <xsl:call-template name="file-kind">
            <xsl:with-param name="mime" select="mime"/>
          </xsl:call-template>
          <xsl:value-of select="$t.dot.sep"/>
          <xsl:call-template name="filesize">
            <xsl:with-param name="bytes" select="size"/>
          </xsl:call-template>
          <xsl:value-of select="$t.dot.sep"/>
          <xsl:value-of select="concat($t.files.at, uploaded_at)"/>
        </span>
      </div>
      <form class="file-remove" method="post" action="/submit/{$d/id}/remove">
        <xsl:call-template name="csrf-field"/>
        <input type="hidden" name="file" value="{id}"/>
        <button class="button-link" type="submit">
          <xsl:value-of select="$t.files.remove"/>
          <span class="visually-hidden"><xsl:value-of select="concat(' ', name)"/></span>
        </button>
      </form>
    </li>
  </xsl:template>

  <!-- The file input's accept list from the component's types: extensions and media types. -->
  <xsl:template name="accept">
    <xsl:param name="list"/>
    <xsl:variable name="type" select="normalize-space(substring-before(concat($list, ','), ','))"/>
    <xsl:variable name="rest" select="substring-after($list, ',')"/>
    <xsl:choose>
      <xsl:when test="$type = 'pdf'">.pdf,application/pdf</xsl:when>
      <xsl:when test="$type = 'jpg' or $type = 'jpeg'">.jpg,.jpeg,image/jpeg</xsl:when>
      <xsl:when test="$type = 'png'">.png,image/png</xsl:when>
      <xsl:when test="$type != ''"><xsl:value-of select="concat('.', $type)"/></xsl:when>
    </xsl:choose>
    <xsl:if test="normalize-space($rest) != ''">
      <xsl:text>,</xsl:text>
      <xsl:call-template name="accept">
        <xsl:with-param name="list" select="$rest"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
