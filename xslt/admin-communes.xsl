<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-communes.xsl — "Xã, phường" (/admin/communes): for an administrator, how many communes
  and wards each province has, and the import of the General Statistics Office's list (CSV:
  code,name[,province_code]) in two steps: the upload's dry run lists every problem with its
  line (nothing is changed), or what would be added, renamed and left unchanged, with the
  button that applies exactly that.

  Input: /page with user (kind admin), csrf, msg (optional: imported), form (error on file or
  "_") and
    provinces  province: code, name, communes (those with any)
    problems   (after an upload with problems) problem @line (0: the whole file), @code
               (a message of vi-msg.xsl), @first (a code given twice: its first line)
    file_name  (with problems) the file as uploaded
    plan       (a dry run without problems) @added, @renamed, @unchanged, @file, @digest,
               @sig (the hidden fields of the apply), @file_name; commune @action
               (add|rename|same) @line: code, province, name, and for a renaming old_province,
               old_name; additions first, then renamings, then the unchanged
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="admin-units-common.xsl"/>

  <xsl:variable name="plan" select="/page/plan"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.au.communes"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <xsl:call-template name="au-home"/>
    <li aria-current="page"><xsl:value-of select="$t.au.communes"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.au.communes"/></h1>
    <xsl:call-template name="au-notice"/>
    <xsl:call-template name="error-summary"/>
    <xsl:call-template name="au-nav"/>

    <xsl:if test="problems/problem">
      <section class="admin-section" aria-labelledby="problems-h">
        <h2 id="problems-h"><xsl:value-of select="$t.au.c.problems"/></h2>
        <p><xsl:value-of select="concat($t.au.c.problems.pre, file_name, $t.au.c.problems.post)"/></p>
        <table class="table table-stack commune-problems">
          <caption class="table-caption"><xsl:value-of select="$t.au.c.problems.caption"/></caption>
          <thead>
            <tr>
              <th scope="col" class="num"><xsl:value-of select="$t.au.c.line"/></th>
              <th scope="col"><xsl:value-of select="$t.au.c.problem"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="problems/problem">
              <xsl:sort select="@line" data-type="number"/>
              <tr class="commune-problem">
                <td class="num">
                  <xsl:choose>
                    <xsl:when test="@line = 0"><xsl:value-of select="$t.au.c.whole"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="@line"/></xsl:otherwise>
                  </xsl:choose>
                </td>
                <td><xsl:apply-templates select="." mode="msg"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>

    <xsl:if test="$plan">
      <section class="admin-section" aria-labelledby="plan-h">
        <h2 id="plan-h"><xsl:value-of select="$t.au.c.plan"/></h2>
        <p class="commune-counts">
          <xsl:value-of select="concat($t.au.c.plan.pre, $plan/@file_name, $t.au.c.plan.added, $plan/@added,
              $t.au.c.plan.renamed, $plan/@renamed, $t.au.c.plan.unchanged, $plan/@unchanged, $t.au.c.plan.end)"/>
        </p>
        <xsl:call-template name="communes">
          <xsl:with-param name="rows" select="$plan/commune[@action = 'add']"/>
          <xsl:with-param name="caption" select="$t.au.c.added"/>
          <xsl:with-param name="class" select="'communes-added'"/>
        </xsl:call-template>
        <xsl:call-template name="communes">
          <xsl:with-param name="rows" select="$plan/commune[@action = 'rename']"/>
          <xsl:with-param name="caption" select="$t.au.c.renamed"/>
          <xsl:with-param name="class" select="'communes-renamed'"/>
        </xsl:call-template>
        <xsl:if test="$plan/commune[@action = 'same']">
          <details>
            <summary><xsl:value-of select="concat($t.au.c.unchanged, ' (', $plan/@unchanged, ')')"/></summary>
            <xsl:call-template name="communes">
              <xsl:with-param name="rows" select="$plan/commune[@action = 'same']"/>
              <xsl:with-param name="caption" select="$t.au.c.unchanged"/>
              <xsl:with-param name="class" select="'communes-unchanged'"/>
            </xsl:call-template>
          </details>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$plan/@added + $plan/@renamed &gt; 0">
            <form method="post" action="/admin/communes/apply">
              <xsl:call-template name="csrf-field"/>
              <input type="hidden" name="file" value="{$plan/@file}"/>
              <input type="hidden" name="plan" value="{$plan/@digest}"/>
              <input type="hidden" name="sig" value="{$plan/@sig}"/>
              <button class="button" type="submit"><xsl:value-of select="$t.au.c.apply"/></button>
            </form>
          </xsl:when>
          <xsl:otherwise>
            <p><xsl:value-of select="$t.au.c.nothing"/></p>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>

    <section class="admin-section" aria-labelledby="upload-h">
      <h2 id="upload-h"><xsl:value-of select="$t.au.c.upload"/></h2>
      <p><xsl:value-of select="$t.au.c.upload.text"/></p>
      <form method="post" action="/admin/communes" enctype="multipart/form-data" novalidate="novalidate">
        <xsl:call-template name="csrf-field"/>
        <xsl:variable name="error" select="/page/form/error[@name = 'file'][1]"/>
        <div>
          <xsl:attribute name="class">form-group<xsl:if test="$error"> form-group-error</xsl:if></xsl:attribute>
          <label class="label" for="field-file"><xsl:value-of select="$t.au.c.file"/></label>
          <p class="hint" id="hint-file"><xsl:value-of select="$t.au.c.file.hint"/></p>
          <xsl:call-template name="field-error"><xsl:with-param name="name" select="'file'"/></xsl:call-template>
          <input class="file-input" type="file" id="field-file" name="file" accept=".csv,text/csv" aria-describedby="hint-file"/>
        </div>
        <button class="button" type="submit"><xsl:value-of select="$t.au.c.check"/></button>
      </form>
    </section>

    <section class="admin-section" aria-labelledby="counts-h">
      <h2 id="counts-h"><xsl:value-of select="$t.au.c.counts"/></h2>
      <xsl:choose>
        <xsl:when test="provinces/province">
          <table class="table commune-provinces">
            <caption class="table-caption"><xsl:value-of select="$t.au.c.counts.caption"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t.au.c.province"/></th>
                <th scope="col" class="num"><xsl:value-of select="$t.au.c.n"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="provinces/province">
                <tr>
                  <td><xsl:value-of select="concat(name, ' (', code, ')')"/></td>
                  <td class="num"><xsl:value-of select="communes"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="$t.au.c.none"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- communes: a table of the plan's rows (code, name, province; a renaming's old name). -->
  <xsl:template name="communes">
    <xsl:param name="rows"/>
    <xsl:param name="caption"/>
    <xsl:param name="class"/>
    <xsl:if test="$rows">
      <table class="table table-stack {$class}">
        <caption class="table-caption"><xsl:value-of select="concat($caption, ' (', count($rows), ')')"/></caption>
        <thead>
          <tr>
            <th scope="col" class="num"><xsl:value-of select="$t.au.c.line"/></th>
            <th scope="col"><xsl:value-of select="$t.au.c.code"/></th>
            <th scope="col"><xsl:value-of select="$t.au.c.name"/></th>
            <th scope="col"><xsl:value-of select="$t.au.c.province"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$rows">
            <tr>
              <td class="num"><xsl:value-of select="@line"/></td>
              <td class="code"><xsl:value-of select="code"/></td>
              <td>
                <xsl:if test="old_name and old_name != name">
                  <del><xsl:value-of select="old_name"/></del><xsl:value-of select="$t.au.c.arrow"/>
                </xsl:if>
                <xsl:value-of select="name"/>
              </td>
              <td>
                <xsl:if test="old_province and old_province != province">
                  <del><xsl:value-of select="old_province"/></del><xsl:value-of select="$t.au.c.arrow"/>
                </xsl:if>
                <xsl:value-of select="province"/>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
