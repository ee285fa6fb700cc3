<?xml version="1.0" encoding="UTF-8"?>
<!--
  officer-inbox.xsl — "Hồ sơ cần xử lý" ("/officer/"): for a signed-in officer, the dossiers
  submitted to the agencies where they hold a role, newest first, with how many there are in
  each status. Receiving, processing and returning dossiers on the system (the workflow) come
  in the next version: until then the page only lists them, and says so.

  Input: /page with user (kind officer), csrf, msg (optional) and
    roles      role: agency_code, agency_name, role (receiver|processor|approver); one per
               agency and role
    counts     count: status (1-10, the National Portal's), n
    dossiers   dossier: id, code, status, procedure_name, applicant_name, org_name (empty
               when the applicant applies for themself), submitted_at, due_at (dd/mm/yyyy
               HH:mm), overdue (1 past due), due_soon (1 due within one working day), channel,
               agency_name; newest first, up to a limit (the overdue and due-soon totals
               are counted from this list; when counts add up to more, the page says the
               list is cut)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="dossier-common.xsl"/>
  <xsl:include href="i18n/vi-staff.xsl"/>

  <xsl:key name="roles-by-agency" match="page/roles/role" use="agency_code"/>

  <xsl:variable name="dossiers" select="/page/dossiers/dossier"/>
  <xsl:variable name="agencies"
      select="/page/roles/role[generate-id() = generate-id(key('roles-by-agency', agency_code)[1])]"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.inbox.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li aria-current="page"><xsl:value-of select="$t.inbox.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.inbox.title"/></h1>
    <xsl:call-template name="notice"/>

    <!-- Where the officer works, and as what. -->
    <xsl:choose>
      <xsl:when test="$agencies">
        <div class="inbox-roles">
          <p class="inbox-roles-label"><xsl:value-of select="$t.inbox.roles"/></p>
          <ul class="plain inbox-roles-list">
            <xsl:for-each select="$agencies">
              <xsl:variable name="mine" select="key('roles-by-agency', agency_code)"/>
              <li>
                <strong><xsl:value-of select="agency_name"/></strong>
                <xsl:value-of select="$t.inbox.roles.sep"/>
                <!-- In the order a dossier meets them. -->
                <xsl:if test="$mine[role = 'receiver']">
                  <xsl:value-of select="$t.role.receiver"/>
                </xsl:if>
                <xsl:if test="$mine[role = 'processor']">
                  <xsl:if test="$mine[role = 'receiver']"><xsl:value-of select="$t.list.sep"/></xsl:if>
                  <xsl:value-of select="$t.role.processor"/>
                </xsl:if>
                <xsl:if test="$mine[role = 'approver']">
                  <xsl:if test="$mine[role = 'receiver' or role = 'processor']"><xsl:value-of select="$t.list.sep"/></xsl:if>
                  <xsl:value-of select="$t.role.approver"/>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="inbox-roles"><xsl:value-of select="$t.profile.roles.none"/></p>
      </xsl:otherwise>
    </xsl:choose>

    <!-- The workflow is not there yet: say what happens meanwhile. -->
    <div class="notice inbox-pending">
      <p>
        <strong><xsl:value-of select="$t.inbox.pending.title"/></strong>
        <xsl:value-of select="$t.inbox.pending.text"/>
      </p>
    </div>

    <xsl:choose>
      <xsl:when test="$dossiers">
        <section class="inbox-section" aria-labelledby="counts-h">
          <h2 id="counts-h"><xsl:value-of select="$t.inbox.counts"/></h2>
          <xsl:call-template name="totals"/>
          <xsl:if test="counts/count[n &gt; 0]">
            <dl class="status-counts">
              <xsl:for-each select="counts/count[n &gt; 0]">
                <xsl:sort select="status" data-type="number"/>
                <div class="status-count">
                  <dt>
                    <xsl:call-template name="status-badge">
                      <xsl:with-param name="status" select="status"/>
                    </xsl:call-template>
                  </dt>
                  <dd class="status-count-n">
                    <xsl:call-template name="number">
                      <xsl:with-param name="value" select="n"/>
                    </xsl:call-template>
                  </dd>
                </div>
              </xsl:for-each>
            </dl>
          </xsl:if>
        </section>

        <section class="inbox-section" aria-labelledby="list-h">
          <h2 id="list-h"><xsl:value-of select="$t.inbox.list"/></h2>
          <!-- The list stops at a limit (the newest 500): say so when it does. -->
          <xsl:if test="sum(counts/count/n) &gt; count($dossiers)">
            <p class="hint">
              <xsl:value-of select="$t.inbox.shown.pre"/>
              <xsl:call-template name="number">
                <xsl:with-param name="value" select="count($dossiers)"/>
              </xsl:call-template>
              <xsl:value-of select="$t.inbox.shown.of"/>
              <xsl:call-template name="number">
                <xsl:with-param name="value" select="sum(counts/count/n)"/>
              </xsl:call-template>
              <xsl:value-of select="$t.inbox.shown.post"/>
            </p>
          </xsl:if>
          <table class="table table-stack inbox-table">
            <caption class="visually-hidden"><xsl:value-of select="$t.inbox.caption"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t.dossier.code"/></th>
                <th scope="col"><xsl:value-of select="$t.dossier.procedure"/></th>
                <th scope="col"><xsl:value-of select="$t.inbox.applicant"/></th>
                <th scope="col"><xsl:value-of select="$t.dossier.submitted_at"/></th>
                <th scope="col"><xsl:value-of select="$t.dossier.due_at"/></th>
                <th scope="col"><xsl:value-of select="$t.dossier.status"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="$dossiers"/>
            </tbody>
          </table>
        </section>
      </xsl:when>
      <!-- Without a role there is nothing to list: the line above says whom to ask. -->
      <xsl:when test="$agencies">
        <p class="lead inbox-empty"><xsl:value-of select="$t.inbox.empty"/></p>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- "Tổng số: 17 hồ sơ · 2 quá hạn · 1 sắp đến hạn", the last two only when there are any. -->
  <xsl:template name="totals">
    <xsl:variable name="total">
      <xsl:choose>
        <xsl:when test="/page/counts/count">
          <xsl:value-of select="sum(/page/counts/count/n)"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="count($dossiers)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="overdue" select="count($dossiers[overdue = 1])"/>
    <xsl:variable name="due-soon" select="count($dossiers[due_soon = 1 and not(overdue = 1)])"/>
    <p class="inbox-totals">
      <xsl:value-of select="$t.inbox.total"/>
      <strong>
        <xsl:call-template name="number">
          <xsl:with-param name="value" select="$total"/>
        </xsl:call-template>
      </strong>
      <xsl:value-of select="$t.inbox.total.post"/>
      <xsl:if test="$overdue &gt; 0">
        <xsl:text> </xsl:text>
        <span class="tag tag-late">
          <xsl:value-of select="concat($overdue, ' ', $t.inbox.overdue.n)"/>
        </span>
      </xsl:if>
      <xsl:if test="$due-soon &gt; 0">
        <xsl:text> </xsl:text>
        <span class="tag tag-warn">
          <xsl:value-of select="concat($due-soon, ' ', $t.inbox.due_soon.n)"/>
        </span>
      </xsl:if>
    </p>
  </xsl:template>

  <xsl:template match="dossier">
    <tr>
      <th scope="row">
        <span class="code inbox-code"><xsl:value-of select="code"/></span>
      </th>
      <td data-label="{$t.dossier.procedure}">
        <xsl:value-of select="procedure_name"/>
        <!-- Which of the officer's agencies, when they work at more than one. -->
        <xsl:if test="count($agencies) &gt; 1 and agency_name != ''">
          <span class="cell-note"><xsl:value-of select="concat($t.inbox.to, agency_name)"/></span>
        </xsl:if>
      </td>
      <td data-label="{$t.inbox.applicant}">
        <xsl:choose>
          <xsl:when test="normalize-space(org_name) != ''">
            <xsl:value-of select="org_name"/>
            <span class="cell-note"><xsl:value-of select="concat($t.inbox.representative, applicant_name)"/></span>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="applicant_name"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td data-label="{$t.dossier.submitted_at}" class="nowrap"><xsl:value-of select="submitted_at"/></td>
      <td data-label="{$t.dossier.due_at}">
        <xsl:if test="due_at != ''">
          <span class="nowrap"><xsl:value-of select="due_at"/></span>
          <!-- Fixed only when the one-stop desk accepts the dossier. -->
          <xsl:if test="status = 1">
            <span class="cell-note"><xsl:value-of select="$t.dossier.due.expected"/></span>
          </xsl:if>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="overdue = 1">
            <span class="due-flag"><span class="tag tag-late"><xsl:value-of select="$t.inbox.overdue"/></span></span>
          </xsl:when>
          <xsl:when test="due_soon = 1">
            <span class="due-flag"><span class="tag tag-warn"><xsl:value-of select="$t.inbox.due_soon"/></span></span>
          </xsl:when>
        </xsl:choose>
      </td>
      <td data-label="{$t.dossier.status}">
        <xsl:call-template name="status-badge">
          <xsl:with-param name="status" select="status"/>
        </xsl:call-template>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
