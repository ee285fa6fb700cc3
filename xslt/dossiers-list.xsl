<?xml version="1.0" encoding="UTF-8"?>
<!--
  dossiers-list.xsl — "Hồ sơ của tôi" ("/dossiers/"): the signed-in applicant's dossiers,
  drafts included, newest first, with their status, due date and the step that waits for
  them; filters by status and "needs my action"; a page at a time.

  Input: /page with user, form/value[@name='status'] (the filter: '', 'action' or 0-10) and
    filters    @all, @action (counts); status: status, n, act (per status the user has)
    dossiers   @page, @pages, @total; dossier: id, code (none for a draft), status,
               applicant_kind, org_name, procedure_name, updated_at, submitted_at, due_at,
               returned_at (dd/mm/yyyy HH:mm), late (1|0), next_step (resume, complete,
               supplement, pay, collect, rate, or empty)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="dossier-common.xsl"/>
  <xsl:include href="dossiers-common.xsl"/>

  <xsl:variable name="filter" select="string(/page/form/value[@name = 'status'])"/>
  <xsl:variable name="list" select="/page/dossiers"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.nav.submissions"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li aria-current="page"><xsl:value-of select="$t.nav.submissions"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.nav.submissions"/></h1>
    <xsl:choose>
      <xsl:when test="/page/filters/@all = 0">
        <xsl:call-template name="empty"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="filters"/>
        <xsl:if test="/page/filters/status[status = 0]">
          <xsl:call-template name="draft-expiry"/>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$list/dossier">
            <table class="table table-stack mine-table">
              <caption class="visually-hidden"><xsl:value-of select="$t.mine.caption"/></caption>
              <thead>
                <tr>
                  <th scope="col"><xsl:value-of select="$t.dossier.code"/></th>
                  <th scope="col"><xsl:value-of select="$t.dossier.procedure"/></th>
                  <th scope="col"><xsl:value-of select="$t.dossier.submitted_at"/></th>
                  <th scope="col"><xsl:value-of select="$t.dossier.due_at"/></th>
                  <th scope="col"><xsl:value-of select="$t.dossier.status"/></th>
                  <th scope="col"><xsl:value-of select="$t.mine.next"/></th>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="$list/dossier"/>
              </tbody>
            </table>
            <xsl:call-template name="pagination">
              <xsl:with-param name="base" select="'/dossiers/'"/>
              <xsl:with-param name="query">
                <xsl:if test="$filter != ''"><xsl:value-of select="concat('status=', $filter)"/></xsl:if>
              </xsl:with-param>
              <xsl:with-param name="page" select="number($list/@page)"/>
              <xsl:with-param name="pages" select="number($list/@pages)"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <p><xsl:value-of select="$t.mine.none"/></p>
          </xsl:otherwise>
        </xsl:choose>
        <p class="mine-new">
          <xsl:value-of select="$t.mine.new.q"/>
          <a href="/procedures"><xsl:value-of select="$t.mine.new.link"/></a>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The filters: all, what waits for me, then each status the user has, with counts. -->
  <xsl:template name="filters">
    <nav class="tabs mine-filters" aria-label="{$t.mine.filters}">
      <ul>
        <xsl:call-template name="filter">
          <xsl:with-param name="value" select="''"/>
          <xsl:with-param name="label" select="$t.mine.all"/>
          <xsl:with-param name="n" select="/page/filters/@all"/>
        </xsl:call-template>
        <xsl:call-template name="filter">
          <xsl:with-param name="value" select="'action'"/>
          <xsl:with-param name="label" select="$t.mine.action"/>
          <xsl:with-param name="n" select="/page/filters/@action"/>
        </xsl:call-template>
        <xsl:for-each select="/page/filters/status">
          <xsl:call-template name="filter">
            <xsl:with-param name="value" select="string(status)"/>
            <xsl:with-param name="label">
              <xsl:call-template name="status-name"><xsl:with-param name="status" select="status"/></xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="n" select="n"/>
          </xsl:call-template>
        </xsl:for-each>
      </ul>
    </nav>
  </xsl:template>

  <xsl:template name="filter">
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <xsl:param name="n"/>
    <li>
      <a>
        <xsl:attribute name="href">
          <xsl:text>/dossiers/</xsl:text>
          <xsl:if test="$value != ''"><xsl:value-of select="concat('?status=', $value)"/></xsl:if>
        </xsl:attribute>
        <xsl:if test="$filter = $value">
          <xsl:attribute name="aria-current">page</xsl:attribute>
        </xsl:if>
        <xsl:value-of select="$label"/>
        <span class="tab-count"><xsl:value-of select="$n"/></span>
      </a>
    </li>
  </xsl:template>

  <!-- No dossier yet: how one starts. The one action is finding the procedure. -->
  <xsl:template name="empty">
    <p class="lead"><xsl:value-of select="$t.mine.empty"/></p>
    <h2 class="h-sm"><xsl:value-of select="$t.mine.empty.how"/></h2>
    <ol class="step-list">
      <li><xsl:value-of select="$t.mine.empty.step1"/></li>
      <li>
        <xsl:value-of select="$t.mine.empty.step2.pre"/>
        <strong><xsl:value-of select="$t.apply"/></strong>
        <xsl:value-of select="$t.mine.empty.step2.post"/>
      </li>
      <li><xsl:value-of select="$t.mine.empty.step3"/></li>
    </ol>
    <p><a class="button button-start" href="/procedures"><xsl:value-of select="$t.mine.empty.button"/></a></p>
  </xsl:template>

  <xsl:template match="dossier">
    <xsl:variable name="href">
      <xsl:choose>
        <xsl:when test="status = 0"><xsl:value-of select="concat('/submit/', id, '/info')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat('/dossiers/', code)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <tr class="mine-row">
      <th scope="row">
        <xsl:choose>
          <xsl:when test="status = 0">
            <a href="{$href}"><xsl:value-of select="$t.mine.draft"/></a>
            <span class="cell-note"><xsl:value-of select="concat($t.mine.saved_at, updated_at)"/></span>
          </xsl:when>
          <xsl:otherwise>
            <a class="code dossier-code" href="{$href}"><xsl:value-of select="code"/></a>
            <!-- The acknowledgement of the online submission, as printed then. -->
            <a class="dossier-receipt" href="/submit/{id}/receipt">
              <xsl:value-of select="$t.mine.receipt"/>
              <span class="visually-hidden"><xsl:value-of select="concat(' ', code)"/></span>
            </a>
          </xsl:otherwise>
        </xsl:choose>
      </th>
      <td data-label="{$t.dossier.procedure}">
        <xsl:value-of select="procedure_name"/>
        <xsl:if test="applicant_kind = 'organisation' and org_name != ''">
          <span class="cell-note"><xsl:value-of select="concat($t.mine.for_org, org_name)"/></span>
        </xsl:if>
      </td>
      <td data-label="{$t.dossier.submitted_at}" class="nowrap"><xsl:value-of select="submitted_at"/></td>
      <td data-label="{$t.dossier.due_at}">
        <xsl:if test="due_at != ''">
          <span class="nowrap"><xsl:value-of select="due_at"/></span>
          <xsl:if test="status = 1">
            <span class="cell-note"><xsl:value-of select="$t.dossier.due.expected"/></span>
          </xsl:if>
          <xsl:if test="late = 1">
            <span class="tag tag-late"><xsl:value-of select="$t.mine.late"/></span>
          </xsl:if>
        </xsl:if>
      </td>
      <td data-label="{$t.dossier.status}">
        <xsl:call-template name="status-badge"><xsl:with-param name="status" select="status"/></xsl:call-template>
      </td>
      <td data-label="{$t.mine.next}" class="mine-next">
        <xsl:if test="next_step != ''">
          <a>
            <xsl:attribute name="href">
              <xsl:value-of select="$href"/>
              <xsl:call-template name="next-anchor"><xsl:with-param name="step" select="next_step"/></xsl:call-template>
            </xsl:attribute>
            <xsl:call-template name="next-step"><xsl:with-param name="step" select="next_step"/></xsl:call-template>
          </a>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
