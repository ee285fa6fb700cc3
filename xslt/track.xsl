<?xml version="1.0" encoding="UTF-8"?>
<!--
  track.xsl — "Tra cứu hồ sơ" (/track): anyone, signed in or not, looks a dossier up by the
  code on its receipt and the last four digits of the applicant's phone or CCCD; the
  receipt's QR code and printed link (/track/TOKEN) open the dossier directly.

  Input: /page with csrf, form/value[@name='code'] (the code given in the URL, or typed when
  the form was incomplete; never the digits), form/error (a field's, or "_": track.no_match
  for every lookup that found nothing, track.too_many with @minutes), and when one was found
    dossier   code, status (1-10), procedure_name, procedure_code, agency_name (receiving),
              holder_name (the unit holding it now), applicant_kind, applicant_masked
              ("N*** V*** A***"), org_masked, channel, submitted_at, due_at, finished_at
              (dd/mm/yyyy HH:mm), timeliness (on_time | late; none before a due date)
    events    event: at, from_status, to_status, move (dossier.c's move: the step in words,
              never the officer's note, which may name people), unit (where the dossier
              went, or the unit that made the step), late (1: after the due date); oldest
              first
  A lookup that found nothing shows the same page whatever was asked: nothing of it is
  echoed.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="dossier-common.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="$t.track.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li aria-current="page"><xsl:value-of select="$t.track.title"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.track.title"/></h1>
    <xsl:call-template name="error-summary"/>
    <xsl:apply-templates select="dossier"/>
    <section class="track-lookup" aria-labelledby="track-form-h">
      <h2 id="track-form-h">
        <xsl:choose>
          <xsl:when test="dossier"><xsl:value-of select="$t.track.another"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$t.track.form"/></xsl:otherwise>
        </xsl:choose>
      </h2>
      <p class="lead"><xsl:value-of select="$t.track.intro"/></p>
      <form method="post" action="/track" novalidate="novalidate" class="track-form">
        <xsl:call-template name="csrf-field"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'code'"/>
          <xsl:with-param name="label" select="$t.dossier.code"/>
          <xsl:with-param name="hint" select="$t.track.hint"/>
          <xsl:with-param name="maxlength" select="32"/>
          <xsl:with-param name="width" select="'medium'"/>
          <xsl:with-param name="required" select="'true'"/>
          <xsl:with-param name="autocomplete" select="'off'"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'digits'"/>
          <xsl:with-param name="label" select="$t.track.digits"/>
          <xsl:with-param name="hint" select="$t.track.digits.hint"/>
          <xsl:with-param name="type" select="'number'"/>
          <xsl:with-param name="inputmode" select="'numeric'"/>
          <xsl:with-param name="maxlength" select="4"/>
          <xsl:with-param name="width" select="'short'"/>
          <xsl:with-param name="required" select="'true'"/>
          <xsl:with-param name="autocomplete" select="'off'"/>
          <xsl:with-param name="value" select="''"/>
        </xsl:call-template>
        <button class="button" type="submit"><xsl:value-of select="$t.track.button"/></button>
      </form>
      <p class="hint"><xsl:value-of select="$t.track.mine"/></p>
    </section>
  </xsl:template>

  <xsl:template match="dossier">
    <section class="track-result" aria-labelledby="track-result-h">
      <h2 id="track-result-h"><xsl:value-of select="$t.track.result"/></h2>
      <dl class="summary">
        <div>
          <dt><xsl:value-of select="$t.dossier.code"/></dt>
          <dd><strong class="code"><xsl:value-of select="code"/></strong></dd>
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
        <xsl:if test="holder_name != agency_name">
          <div>
            <dt><xsl:value-of select="$t.track.holder"/></dt>
            <dd><xsl:value-of select="holder_name"/></dd>
          </div>
        </xsl:if>
        <div>
          <dt><xsl:value-of select="$t.track.applicant"/></dt>
          <dd>
            <xsl:value-of select="applicant_masked"/>
            <xsl:if test="string(org_masked) != ''">
              <xsl:text> — </xsl:text><xsl:value-of select="org_masked"/>
            </xsl:if>
          </dd>
        </div>
        <div>
          <dt><xsl:value-of select="$t.dossier.submitted_at"/></dt>
          <dd><xsl:value-of select="submitted_at"/></dd>
        </div>
        <xsl:if test="string(due_at) != ''">
          <div>
            <dt><xsl:value-of select="$t.dossier.due_at"/></dt>
            <dd>
              <xsl:value-of select="due_at"/>
              <xsl:if test="status = 1">
                <xsl:text> (</xsl:text><xsl:value-of select="$t.dossier.due.expected"/><xsl:text>)</xsl:text>
              </xsl:if>
              <xsl:text> </xsl:text>
              <xsl:call-template name="timeliness"/>
            </dd>
          </div>
        </xsl:if>
        <xsl:if test="string(finished_at) != ''">
          <div>
            <dt><xsl:value-of select="$t.track.finished_at"/></dt>
            <dd><xsl:value-of select="finished_at"/></dd>
          </div>
        </xsl:if>
      </dl>
      <p class="hint"><xsl:value-of select="$t.track.privacy"/></p>
      <h2><xsl:value-of select="$t.track.history"/></h2>
      <xsl:choose>
        <xsl:when test="/page/events/event">
          <table class="table table-stack track-timeline">
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t.track.col.at"/></th>
                <th scope="col"><xsl:value-of select="$t.track.col.step"/></th>
                <th scope="col"><xsl:value-of select="$t.track.col.unit"/></th>
                <th scope="col"><xsl:value-of select="$t.track.col.status"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="/page/events/event">
                <tr>
                  <td class="timeline-at" data-label="{$t.track.col.at}"><xsl:value-of select="at"/></td>
                  <td data-label="{$t.track.col.step}">
                    <xsl:call-template name="move-name"><xsl:with-param name="move" select="move"/></xsl:call-template>
                    <xsl:if test="late = 1">
                      <xsl:text> </xsl:text>
                      <span class="badge badge-status badge-status-refused"><xsl:value-of select="$t.track.after_due"/></span>
                    </xsl:if>
                  </td>
                  <td data-label="{$t.track.col.unit}"><xsl:value-of select="unit"/></td>
                  <td data-label="{$t.track.col.status}">
                    <xsl:call-template name="status-badge">
                      <xsl:with-param name="status" select="to_status"/>
                    </xsl:call-template>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="$t.track.history.none"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- Whether the due date is kept: finished by it, or not yet past it. -->
  <xsl:template name="timeliness">
    <xsl:choose>
      <xsl:when test="timeliness = 'late'">
        <span class="badge badge-status badge-status-refused"><xsl:value-of select="$t.track.late"/></span>
      </xsl:when>
      <xsl:when test="timeliness = 'on_time'">
        <span class="badge badge-status badge-status-done"><xsl:value-of select="$t.track.on_time"/></span>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
