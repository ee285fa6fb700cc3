<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-forms.xsl — "Mẫu đơn, tờ khai" (/admin/forms): for an administrator, every form
  template a component may name (shipped beside the views, or uploaded here), its size, date
  and the current procedures that use it, a removal button for an unused uploaded one, and the
  upload form.

  Input: /page with user (kind admin), csrf, done @name (optional: uploaded|removed), form
  (errors on file or remove) and
    forms  @max_mb; form @file (what the catalogue writes: NAME or u/NAME) @name @kind
           (shipped|uploaded) @size (bytes) @date
    uses   use: file, code (a current procedure whose component names file)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-admin-forms.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.af.title"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/admin/"><xsl:value-of select="$t.af.admin"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.af.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.af.title"/></h1>
    <xsl:if test="done = 'uploaded' or done = 'removed'">
      <div class="banner banner-ok" role="status">
        <p>
          <xsl:choose>
            <xsl:when test="done = 'uploaded'">
              <xsl:value-of select="concat($t.af.done.uploaded, substring-after(done/@name, 'u/'), $t.af.done.uploaded.post)"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.af.done.removed"/></xsl:otherwise>
          </xsl:choose>
        </p>
      </div>
    </xsl:if>
    <xsl:call-template name="error-summary"/>
    <p><xsl:value-of select="$t.af.intro"/></p>

    <section class="admin-section" aria-labelledby="upload-h">
      <h2 id="upload-h"><xsl:value-of select="$t.af.upload"/></h2>
      <p><xsl:value-of select="$t.af.upload.text"/></p>
      <form method="post" action="/admin/forms" enctype="multipart/form-data" novalidate="novalidate">
        <xsl:call-template name="csrf-field"/>
        <xsl:variable name="error" select="/page/form/error[@name = 'file'][1]"/>
        <div>
          <xsl:attribute name="class">form-group<xsl:if test="$error"> form-group-error</xsl:if></xsl:attribute>
          <label class="label" for="field-file"><xsl:value-of select="$t.af.upload.file"/></label>
          <p class="hint" id="hint-file"><xsl:value-of select="concat($t.af.upload.hint.pre, forms/@max_mb, $t.af.upload.hint.post)"/></p>
          <xsl:call-template name="field-error"><xsl:with-param name="name" select="'file'"/></xsl:call-template>
          <input class="file-input" type="file" id="field-file" name="file" aria-describedby="hint-file"
                 accept=".pdf,.doc,.docx,.odt,.xls,.xlsx"/>
        </div>
        <button class="button" type="submit"><xsl:value-of select="$t.af.upload.button"/></button>
      </form>
    </section>

    <section class="admin-section" aria-labelledby="list-h" id="field-remove">
      <h2 id="list-h"><xsl:value-of select="$t.af.caption"/></h2>
      <xsl:call-template name="field-error"><xsl:with-param name="name" select="'remove'"/></xsl:call-template>
      <xsl:choose>
        <xsl:when test="forms/form">
          <table class="table table-stack admin-forms">
            <caption class="table-caption"><xsl:value-of select="$t.af.caption"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t.af.file"/></th>
                <th scope="col"><xsl:value-of select="$t.af.kind"/></th>
                <th scope="col" class="num"><xsl:value-of select="$t.af.size"/></th>
                <th scope="col"><xsl:value-of select="$t.af.date"/></th>
                <th scope="col"><xsl:value-of select="$t.af.used"/></th>
                <th scope="col"><xsl:value-of select="$t.af.actions"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="forms/form">
                <xsl:variable name="f" select="@file"/>
                <xsl:variable name="uses" select="/page/uses/use[file = $f]"/>
                <tr class="admin-form-row" data-file="{@file}">
                  <th scope="row" data-label="{$t.af.file}">
                    <a download="">
                      <xsl:attribute name="href"><xsl:call-template name="template-href"><xsl:with-param name="file" select="@file"/></xsl:call-template></xsl:attribute>
                      <xsl:value-of select="@name"/>
                    </a>
                  </th>
                  <td data-label="{$t.af.kind}">
                    <xsl:choose>
                      <xsl:when test="@kind = 'uploaded'"><xsl:value-of select="$t.af.kind.uploaded"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="$t.af.kind.shipped"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td class="num" data-label="{$t.af.size}"><xsl:value-of select="concat(ceiling(@size div 1024), $t.af.kb)"/></td>
                  <td data-label="{$t.af.date}"><xsl:value-of select="@date"/></td>
                  <td data-label="{$t.af.used}" class="admin-form-uses">
                    <xsl:for-each select="$uses">
                      <xsl:if test="position() &gt; 1">, </xsl:if>
                      <a href="/admin/procedures/{code}"><xsl:value-of select="code"/></a>
                    </xsl:for-each>
                    <xsl:if test="not($uses)"><xsl:value-of select="$t.af.unused"/></xsl:if>
                  </td>
                  <td data-label="{$t.af.actions}">
                    <xsl:if test="@kind = 'uploaded' and not($uses)">
                      <form method="post" action="/admin/forms/remove">
                        <xsl:call-template name="csrf-field"/>
                        <input type="hidden" name="name" value="{@file}"/>
                        <button class="button button-secondary" type="submit"><xsl:value-of select="$t.af.remove"/></button>
                      </form>
                    </xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="$t.af.none"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

</xsl:stylesheet>
