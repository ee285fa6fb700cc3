<?xml version="1.0" encoding="UTF-8"?>
<!--
  officer-register.xsl — "Sổ theo dõi hồ sơ" ("/officer/register"), Form 7 of Circular
  03/2025/TT-VPCP, Annex I: the dossiers a receiving unit accepted (Form 1 issued) in a period,
  in the order of their receipt numbers. A filter (unit, from, to) above a wide table that
  scrolls inside its frame on a phone; printed, the register alone on A4 landscape (the named
  page "register" of dvc.css).

  Input: /page with site, user (an officer) and
    units     unit: id, code, name; the units where the officer receives dossiers
    unit      the id of the unit shown (absent when the filter came back with errors)
    form      value[@name] for unit, from, to (as typed: yyyy-mm-dd from a date input, or
              dd/mm/yyyy); error[@name] on a date that is not one
    register  entry: number, year, id (the dossier's), code, status (1-10), channel
              (online|postal|counter), applicant_name, org_name (empty for a person),
              applicant_address, applicant_phone, procedure_name, holder_name (the unit
              holding the dossier now), received_at, first_due_at, due_at, finished_at,
              returned_at (dd/mm/yyyy HH:mm, or absent)
  Without from, the register starts on the first of this month; without to, it ends today.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="dossier-common.xsl"/>
  <xsl:include href="i18n/vi-slip.xsl"/>

  <xsl:variable name="units" select="/page/units/unit"/>
  <xsl:variable name="chosen">
    <xsl:choose>
      <xsl:when test="/page/unit != ''"><xsl:value-of select="/page/unit"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="/page/form/value[@name = 'unit']"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="unit" select="$units[id = $chosen] | $units[1][not($units[id = $chosen])]"/>
  <xsl:variable name="entries" select="/page/register/entry"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.slip.register.title"/>
    <xsl:if test="$unit">
      <xsl:value-of select="concat($t.title.sep, $unit/name)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/officer/"><xsl:value-of select="$t.nav.officer"/></a></li>
    <li aria-current="page"><xsl:value-of select="$t.slip.register.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="register">
      <p class="form-no"><xsl:value-of select="concat($t.slip.form, '07')"/></p>
      <h1><xsl:value-of select="$t.slip.register.title"/></h1>
      <xsl:choose>
        <xsl:when test="not($units)">
          <p class="lead"><xsl:value-of select="$t.slip.register.nounit"/></p>
        </xsl:when>
        <xsl:otherwise>
          <p class="lead no-print"><xsl:value-of select="$t.slip.register.lead"/></p>
          <xsl:call-template name="error-summary"/>
          <xsl:call-template name="filter"/>
          <xsl:apply-templates select="register"/>
          <xsl:if test="$entries">
            <p class="hint no-print"><xsl:value-of select="$t.slip.register.print"/></p>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- Which unit, from when, to when: a GET form, so that a register has an address. -->
  <xsl:template name="filter">
    <form class="filters register-filter no-print" method="get" action="/officer/register"
          novalidate="novalidate" aria-label="{$t.slip.register.filter}">
      <xsl:if test="count($units) &gt; 1">
        <div class="form-group register-unit">
          <label class="label" for="field-unit"><xsl:value-of select="$t.slip.register.unit"/></label>
          <select class="select" id="field-unit" name="unit">
            <xsl:for-each select="$units">
              <option value="{id}">
                <xsl:if test="id = $unit/id">
                  <xsl:attribute name="selected">selected</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="name"/>
              </option>
            </xsl:for-each>
          </select>
        </div>
      </xsl:if>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'from'"/>
        <xsl:with-param name="label" select="$t.slip.register.from"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="maxlength" select="10"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'to'"/>
        <xsl:with-param name="label" select="$t.slip.register.to"/>
        <xsl:with-param name="type" select="'date'"/>
        <xsl:with-param name="maxlength" select="10"/>
      </xsl:call-template>
      <button class="button" type="submit"><xsl:value-of select="$t.slip.register.show"/></button>
    </form>
  </xsl:template>

  <xsl:template match="register">
    <xsl:variable name="from" select="normalize-space(/page/form/value[@name = 'from'])"/>
    <xsl:variable name="to" select="normalize-space(/page/form/value[@name = 'to'])"/>
    <section aria-labelledby="register-h">
      <h2 id="register-h"><xsl:value-of select="$unit/name"/></h2>
      <p class="register-period">
        <xsl:choose>
          <xsl:when test="$from != ''">
            <xsl:value-of select="$t.slip.register.since"/>
            <xsl:call-template name="day"><xsl:with-param name="d" select="$from"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$t.slip.register.since.month"/></xsl:otherwise>
        </xsl:choose>
        <xsl:choose>
          <xsl:when test="$to != ''">
            <xsl:value-of select="$t.slip.register.until"/>
            <xsl:call-template name="day"><xsl:with-param name="d" select="$to"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$t.slip.register.until.today"/></xsl:otherwise>
        </xsl:choose>
        <!-- The book is the year of its numbers; a period across two years has two. -->
        <xsl:if test="$entries and not($entries[year != $entries[1]/year])">
          <xsl:value-of select="concat($t.dot.sep, $t.slip.register.book, $entries[1]/year)"/>
        </xsl:if>
        <xsl:value-of select="concat($t.dot.sep, $t.slip.register.count)"/>
        <xsl:call-template name="number">
          <xsl:with-param name="value" select="count($entries)"/>
        </xsl:call-template>
      </p>
      <xsl:choose>
        <xsl:when test="$entries">
          <div class="register-scroll" role="region" tabindex="0" aria-labelledby="register-h">
            <table class="register-table">
              <caption class="visually-hidden">
                <xsl:value-of select="concat($t.slip.register.title, $t.title.sep, $unit/name)"/>
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="num"><xsl:value-of select="$t.slip.no"/></th>
                  <th scope="col" class="register-code"><xsl:value-of select="$t.dossier.code"/></th>
                  <th scope="col" class="register-wide"><xsl:value-of select="$t.slip.col.procedure"/></th>
                  <th scope="col" class="register-mid"><xsl:value-of select="$t.slip.col.applicant"/></th>
                  <th scope="col" class="register-wide"><xsl:value-of select="$t.slip.col.contact"/></th>
                  <th scope="col" class="register-mid"><xsl:value-of select="$t.slip.col.holder"/></th>
                  <th scope="col" class="register-date"><xsl:value-of select="$t.slip.col.received"/></th>
                  <th scope="col" class="register-date"><xsl:value-of select="$t.slip.col.due"/></th>
                  <th scope="col" class="register-date"><xsl:value-of select="$t.slip.col.finished"/></th>
                  <th scope="col" class="register-date"><xsl:value-of select="$t.slip.col.returned"/></th>
                  <th scope="col" class="register-mid"><xsl:value-of select="$t.slip.col.channel"/></th>
                  <th scope="col" class="register-mid"><xsl:value-of select="$t.dossier.status"/></th>
                  <th scope="col" class="register-note"><xsl:value-of select="$t.slip.col.note"/></th>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="$entries"/>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p class="lead"><xsl:value-of select="$t.slip.register.empty"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="entry">
    <tr>
      <td class="num"><xsl:value-of select="number"/></td>
      <th scope="row"><a class="code" href="/officer/dossiers/{id}"><xsl:value-of select="code"/></a></th>
      <td><xsl:value-of select="procedure_name"/></td>
      <td>
        <xsl:choose>
          <xsl:when test="normalize-space(org_name) != ''">
            <xsl:value-of select="org_name"/>
            <span class="cell-note"><xsl:value-of select="applicant_name"/></span>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="applicant_name"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:value-of select="applicant_address"/>
        <xsl:if test="normalize-space(applicant_phone) != ''">
          <span class="cell-note"><xsl:value-of select="applicant_phone"/></span>
        </xsl:if>
      </td>
      <td><xsl:value-of select="holder_name"/></td>
      <td><xsl:value-of select="received_at"/></td>
      <td>
        <xsl:choose>
          <xsl:when test="normalize-space(first_due_at) != ''">
            <xsl:value-of select="first_due_at"/>
            <xsl:if test="normalize-space(due_at) != '' and due_at != first_due_at">
              <span class="cell-note"><xsl:value-of select="concat($t.slip.register.extended, due_at)"/></span>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="due_at"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td><xsl:value-of select="finished_at"/></td>
      <td><xsl:value-of select="returned_at"/></td>
      <td>
        <xsl:choose>
          <xsl:when test="channel = 'online'"><xsl:value-of select="$t.channel.online"/></xsl:when>
          <xsl:when test="channel = 'postal'"><xsl:value-of select="$t.channel.postal"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t.channel.counter"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:call-template name="status-badge">
          <xsl:with-param name="status" select="status"/>
        </xsl:call-template>
      </td>
      <td class="register-note"></td>
    </tr>
  </xsl:template>

  <!-- A day as typed, yyyy-mm-dd (a date input) or dd/mm/yyyy, shown as dd/mm/yyyy. -->
  <xsl:template name="day">
    <xsl:param name="d"/>
    <xsl:choose>
      <xsl:when test="substring($d, 5, 1) = '-'">
        <xsl:value-of select="concat(substring($d, 9, 2), '/', substring($d, 6, 2), '/', substring($d, 1, 4))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
