<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-fields.xsl — "Lĩnh vực" (/admin/fields): for an administrator, the fields procedures are
  filed under, each with its code, its current procedures, and a link to its page; a link to a
  new field.

  Input: /page with user (kind admin), msg (optional) and
    fields   field: id, code, name, sort, procedures (current), versions (any)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="admin-units-common.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.au.fields"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <xsl:call-template name="au-home"/>
    <li aria-current="page"><xsl:value-of select="$t.au.fields"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.au.fields"/></h1>
    <xsl:call-template name="au-notice"/>
    <xsl:call-template name="au-nav"/>
    <p><a class="button" href="/admin/fields/new"><xsl:value-of select="$t.au.field.new"/></a></p>
    <table class="table table-stack">
      <caption class="table-caption"><xsl:value-of select="$t.au.fields.caption"/></caption>
      <thead>
        <tr>
          <th scope="col"><xsl:value-of select="$t.au.code"/></th>
          <th scope="col"><xsl:value-of select="$t.au.field.name"/></th>
          <th scope="col" class="num"><xsl:value-of select="$t.au.field.procedures"/></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="fields/field">
          <tr id="field-{id}">
            <td class="code"><xsl:value-of select="code"/></td>
            <td><a href="/admin/fields/{id}"><xsl:value-of select="name"/></a></td>
            <td class="num"><xsl:value-of select="procedures"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

</xsl:stylesheet>
