<?xml version="1.0" encoding="UTF-8"?>
<!--
  track.xsl — "Tra cứu hồ sơ" (/track): anyone, signed in or not, looks a dossier up by the
  code on its receipt (the receipt's QR code opens this page with the code filled in).

  Input: /page with form/value[@name='code'] (what was typed), form/error[@name='code'] when
  no dossier has that code, and when one was found
    dossier   code, status (1-10), procedure_name, procedure_code, agency_name,
              applicant_masked ("N*** V*** A***"), org_name, channel, submitted_at, due_at
              (dd/mm/yyyy HH:mm)
    events    event: at, from_status, to_status, move (dossier.c's move: the step in words,
              never the officer's note, which may name people); oldest first
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="dossier-common.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.track.title"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li aria-current="page"><xsl:value-of select="$t.track.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.track.title"/></h1>
    <p class="lead"><xsl:value-of select="$t.track.intro"/></p>
    <xsl:call-template name="error-summary"/>
    <form method="get" action="/track" novalidate="novalidate" class="track-form">
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'code'"/>
        <xsl:with-param name="label" select="$t.dossier.code"/>
        <xsl:with-param name="hint" select="$t.track.hint"/>
        <xsl:with-param name="maxlength" select="32"/>
        <xsl:with-param name="width" select="'medium'"/>
        <xsl:with-param name="required" select="'true'"/>
      </xsl:call-template>
      <button class="button" type="submit"><xsl:value-of select="$t.track.button"/></button>
    </form>
    <xsl:apply-templates select="dossier"/>
  </xsl:template>

  <xsl:template match="dossier">
    <section class="track-result" aria-labelledby="track-result-h">
      <h2 id="track-result-h"><xsl:value-of select="$t.track.result"/></h2>
      <dl class="summary">
        <div>
          <dt><xsl:value-of select="$t.dossier.code"/></dt>
          <dd><strong><xsl:value-of select="code"/></strong></dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.dossier.status"/></dt>
          <dd>
            <xsl:call-template name="status-badge">
              <xsl:with-param name="status" select="status"/>
            </xsl:call-template>
          </dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.dossier.procedure"/></dt>
          <dd><a href="/procedures/{procedure_code}"><xsl:value-of select="procedure_name"/></a></dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.track.agency"/></dt>
          <dd><xsl:value-of select="agency_name"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.track.applicant"/></dt>
          <dd>
            <xsl:value-of select="applicant_masked"/>
            <xsl:if test="string(org_name) != ''">
              <xsl:text> — </xsl:text><xsl:value-of select="org_name"/>
            </xsl:if>
          </dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.dossier.submitted_at"/></dt>
          <dd><xsl:value-of select="submitted_at"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.dossier.due_at"/></dt>
          <dd>
            <xsl:value-of select="due_at"/>
            <xsl:if test="status = 1">
              <xsl:text> (</xsl:text><xsl:value-of select="$t.dossier.due.expected"/><xsl:text>)</xsl:text>
            </xsl:if>
          </dd>
        </div>
      </dl>
      <p class="hint"><xsl:value-of select="$t.track.privacy"/></p>
      <h2><xsl:value-of select="$t.track.history"/></h2>
      <xsl:choose>
        <xsl:when test="/page/events/event">
          <ol class="timeline">
            <xsl:for-each select="/page/events/event">
              <li>
                <span class="timeline-at"><xsl:value-of select="at"/></span>
                <xsl:text> </xsl:text>
                <xsl:call-template name="status-badge">
                  <xsl:with-param name="status" select="to_status"/>
                </xsl:call-template>
                <span class="timeline-note">
                  <xsl:call-template name="move-name"><xsl:with-param name="move" select="move"/></xsl:call-template>
                </span>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="$t.track.history.none"/></p>
        </xsl:otherwise>
      </xsl:choose>
      <p><xsl:value-of select="$t.track.mine"/></p>
    </section>
  </xsl:template>

</xsl:stylesheet>
