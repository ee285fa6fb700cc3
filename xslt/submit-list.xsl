<?xml version="1.0" encoding="UTF-8"?>
<!--
  submit-list.xsl — "Hồ sơ của tôi" ("/submit/"): the signed-in applicant's drafts, to take up
  again, and the dossiers they have submitted, with their status and receipt.

  Input: /page with user, msg (optional) and
    dossiers   dossier: id, code (empty for a draft), status (0 draft, 1-10 the National
               Portal's), procedure_name, updated_at, submitted_at, due_at (dd/mm/yyyy HH:mm),
               nfiles; drafts most recently saved first, then submitted ones newest first
  Without any dossier the page explains how to start one (from a procedure's page).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="submit-common.xsl"/>

  <xsl:variable name="drafts" select="/page/dossiers/dossier[status = 0]"/>
  <xsl:variable name="submitted" select="/page/dossiers/dossier[status != 0]"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.mine.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li aria-current="page"><xsl:value-of select="$t.mine.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.mine.title"/></h1>
    <xsl:call-template name="notice"/>
    <xsl:choose>
      <xsl:when test="$drafts or $submitted">
        <section class="mine-section" aria-labelledby="drafts-h">
          <h2 id="drafts-h"><xsl:value-of select="$t.mine.drafts"/></h2>
          <xsl:choose>
            <xsl:when test="$drafts">
              <p class="hint"><xsl:value-of select="$t.mine.drafts.lead"/></p>
              <ul class="draft-list">
                <xsl:apply-templates select="$drafts" mode="draft"/>
              </ul>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:value-of select="$t.mine.drafts.none"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </section>

        <section class="mine-section" aria-labelledby="submitted-h">
          <h2 id="submitted-h"><xsl:value-of select="$t.mine.submitted"/></h2>
          <xsl:choose>
            <xsl:when test="$submitted">
              <table class="table table-stack mine-table">
                <caption class="visually-hidden"><xsl:value-of select="$t.mine.submitted.caption"/></caption>
                <thead>
                  <tr>
                    <th scope="col"><xsl:value-of select="$t.dossier.code"/></th>
                    <th scope="col"><xsl:value-of select="$t.dossier.procedure"/></th>
                    <th scope="col"><xsl:value-of select="$t.dossier.submitted_at"/></th>
                    <th scope="col"><xsl:value-of select="$t.dossier.due_at"/></th>
                    <th scope="col"><xsl:value-of select="$t.dossier.status"/></th>
                  </tr>
                </thead>
                <tbody>
                  <xsl:apply-templates select="$submitted" mode="submitted"/>
                </tbody>
              </table>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:value-of select="$t.mine.submitted.none"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </section>

        <p class="mine-new">
          <xsl:value-of select="$t.mine.new.q"/>
          <a href="/procedures"><xsl:value-of select="$t.mine.new.link"/></a>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="empty"/>
      </xsl:otherwise>
    </xsl:choose>
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

  <xsl:template match="dossier" mode="draft">
    <li class="draft">
      <h3 class="draft-name"><xsl:value-of select="procedure_name"/></h3>
      <p class="draft-meta">
        <xsl:value-of select="concat($t.mine.saved_at, updated_at)"/>
        <xsl:if test="nfiles != ''">
          <xsl:value-of select="$t.dot.sep"/>
          <xsl:choose>
            <xsl:when test="nfiles = 0"><xsl:value-of select="$t.mine.nfiles.none"/></xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="concat($t.mine.nfiles.pre, nfiles, $t.mine.nfiles.post)"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:if>
      </p>
      <a class="button button-secondary draft-go" href="/submit/{id}/info">
        <xsl:value-of select="$t.mine.continue"/>
        <span class="visually-hidden"><xsl:value-of select="concat(': ', procedure_name)"/></span>
      </a>
    </li>
  </xsl:template>

  <xsl:template match="dossier" mode="submitted">
    <tr>
      <th scope="row">
        <span class="code dossier-code"><xsl:value-of select="code"/></span>
        <a class="dossier-receipt" href="/submit/{id}/receipt">
          <xsl:value-of select="$t.receipt.short"/>
          <span class="visually-hidden"><xsl:value-of select="concat(' ', code)"/></span>
        </a>
      </th>
      <td data-label="{$t.dossier.procedure}"><xsl:value-of select="procedure_name"/></td>
      <td data-label="{$t.dossier.submitted_at}" class="nowrap"><xsl:value-of select="submitted_at"/></td>
      <td data-label="{$t.dossier.due_at}">
        <xsl:if test="due_at != ''">
          <span class="nowrap"><xsl:value-of select="due_at"/></span>
          <!-- Fixed only when the one-stop desk accepts the dossier. -->
          <xsl:if test="status = 1">
            <span class="cell-note"><xsl:value-of select="$t.dossier.due.expected"/></span>
          </xsl:if>
        </xsl:if>
      </td>
      <td data-label="{$t.dossier.status}">
        <xsl:call-template name="status-badge">
          <xsl:with-param name="status" select="status"/>
        </xsl:call-template>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
