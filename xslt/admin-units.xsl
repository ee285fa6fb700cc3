<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin-units.xsl — "Đơn vị" (/admin/units): for an administrator, the units of the province
  as a tree (each under its parent: the Provincial People's Committee, its departments, the
  Public Administration Service Centre, the communes and wards), each with its national code,
  kind, address, phone, e-mail, office hours, whether it still receives dossiers, its dossiers
  and officers; a link to each unit's page and to a new unit.

  Input: /page with user (kind admin), msg (optional, admin-units-common.xsl) and
    units   unit: id, code, parent (its parent's id, 0 for none), kind, name, place, address,
            phone, email, office_hours, active (1|0), sort, dossiers, officers; in the order to
            show siblings
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="admin-units-common.xsl"/>

  <xsl:key name="unit" match="/page/units/unit" use="id"/>
  <xsl:key name="children" match="/page/units/unit" use="parent"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.au.units"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <xsl:call-template name="au-home"/>
    <li aria-current="page"><xsl:value-of select="$t.au.units"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.au.units"/></h1>
    <xsl:call-template name="au-notice"/>
    <xsl:call-template name="au-nav"/>
    <p class="lead"><xsl:value-of select="$t.au.units.lead"/></p>
    <p><a class="button" href="/admin/units/new"><xsl:value-of select="$t.au.unit.new"/></a></p>
    <!-- Roots: no parent, or one that is not listed. A unit in a loop is reached from none,
         so the recursion ends (units_form.c refuses to make one). -->
    <ul class="plain unit-tree">
      <xsl:apply-templates select="units/unit[parent = 0 or not(key('unit', parent))]"/>
    </ul>
  </xsl:template>

  <xsl:template match="unit">
    <li class="unit-node" id="unit-{id}">
      <p>
        <a href="/admin/units/{id}"><xsl:value-of select="name"/></a>
        <xsl:text> </xsl:text>
        <span class="code"><xsl:value-of select="code"/></span>
        <xsl:text> </xsl:text>
        <span class="tag"><xsl:call-template name="kind-name"><xsl:with-param name="k" select="kind"/></xsl:call-template></span>
        <xsl:if test="active = 0">
          <xsl:text> </xsl:text>
          <span class="tag tag-warn"><xsl:value-of select="$t.au.withdrawn"/></span>
        </xsl:if>
      </p>
      <p class="cell-note">
        <xsl:if test="address != ''"><xsl:value-of select="concat(address, $t.au.sep)"/></xsl:if>
        <xsl:if test="phone != ''"><xsl:value-of select="concat($t.au.phone.short, phone, $t.au.sep)"/></xsl:if>
        <xsl:if test="email != ''"><xsl:value-of select="concat(email, $t.au.sep)"/></xsl:if>
        <xsl:if test="office_hours != ''"><xsl:value-of select="concat($t.au.hours.short, office_hours, $t.au.sep)"/></xsl:if>
        <xsl:value-of select="concat(dossiers, $t.au.n.dossiers, $t.au.sep, officers, $t.au.n.officers)"/>
      </p>
      <xsl:if test="key('children', id)">
        <ul class="plain unit-children">
          <xsl:apply-templates select="key('children', id)"/>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

</xsl:stylesheet>
