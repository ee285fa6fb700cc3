<?xml version="1.0" encoding="UTF-8"?>
<!--
  submit-review.xsl — step 5 of a submission ("/submit/ID/review"): everything on one page,
  each part with a link back to its step, the fees, the time limit and the expected due
  date, then the declaration and the one button that submits.

  Input: /page with user, csrf, dossier (see submit-common.xsl; agency_name and agency_address:
  the receiving unit chosen on step 1) and
    components  component: id, sort, name, required, files/file (id, name, mime, size)
    fees        fee: kind, name, amount, stage, optional, note
    estimate    due_at: the due date if submitted now (dd/mm/yyyy HH:mm)
    missing     after a refused submission: component (id, name) required and without a file
    form        after a refused submission: error[@name]: "_" (the whole dossier), or the
                name of the field at fault on its step (channel, postal_*: delivery;
                applicant_*, org_*, request_note: info; component-ID: files)
  POST /submit/ID/submit: csrf. Submitting twice makes one dossier (the server's job).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="submit-common.xsl"/>

  <xsl:variable name="d" select="/page/dossier"/>
  <xsl:variable name="base" select="concat('/submit/', $d/id, '/')"/>

  <xsl:template match="page" mode="title">
    <xsl:if test="missing/component">
      <xsl:if test="not(form/error)"><xsl:value-of select="$t.form.error"/></xsl:if>
    </xsl:if>
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="concat($t.review.title, $t.title.sep, $d/procedure_name)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/dossiers/"><xsl:value-of select="$t.mine.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$d/procedure_name"/></li>
  </xsl:template>

  <!-- A refused submission's errors lead to the step where each is put right. -->
  <xsl:template match="error" mode="error-href">
    <xsl:variable name="n" select="string(@name)"/>
    <xsl:choose>
      <xsl:when test="$n = 'channel' or starts-with($n, 'postal_')">
        <xsl:value-of select="concat($base, 'delivery#field-', $n)"/>
      </xsl:when>
      <xsl:when test="starts-with($n, 'applicant_') or starts-with($n, 'org_') or $n = 'request_note'">
        <xsl:value-of select="concat($base, 'info#field-', $n)"/>
      </xsl:when>
      <xsl:when test="starts-with($n, 'component-')">
        <xsl:value-of select="concat($base, 'files#', $n)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="submit-page review">
      <xsl:call-template name="submit-head">
        <xsl:with-param name="current" select="'review'"/>
        <xsl:with-param name="title" select="$t.review.title"/>
      </xsl:call-template>
      <xsl:call-template name="notice"/>
      <xsl:call-template name="error-summary">
        <xsl:with-param name="extra">
          <xsl:for-each select="missing/component">
            <li>
              <a href="{$base}files#component-{id}">
                <xsl:value-of select="concat($t.review.missing, name)"/>
              </a>
            </li>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
      <p class="lead"><xsl:value-of select="$t.review.lead"/></p>

      <xsl:call-template name="review-section">
        <xsl:with-param name="id" select="'applicant'"/>
        <xsl:with-param name="title" select="$t.review.applicant"/>
        <xsl:with-param name="step" select="'info'"/>
        <xsl:with-param name="body">
          <dl class="summary review-facts">
            <xsl:if test="$d/applicant_kind = 'organisation'">
              <xsl:call-template name="fact">
                <xsl:with-param name="term" select="$t.f.org_name"/>
                <xsl:with-param name="value" select="$d/org_name"/>
              </xsl:call-template>
              <xsl:call-template name="fact">
                <xsl:with-param name="term" select="$t.f.org_tax_code"/>
                <xsl:with-param name="value" select="$d/org_tax_code"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:call-template name="fact">
              <xsl:with-param name="term" select="$t.f.full_name"/>
              <xsl:with-param name="value" select="$d/applicant_name"/>
            </xsl:call-template>
            <xsl:call-template name="fact">
              <xsl:with-param name="term" select="$t.f.citizen_id"/>
              <xsl:with-param name="value" select="$d/applicant_citizen_id"/>
            </xsl:call-template>
            <xsl:call-template name="fact">
              <xsl:with-param name="term" select="$t.f.birth_date"/>
              <xsl:with-param name="value" select="$d/applicant_birth_date"/>
            </xsl:call-template>
            <xsl:call-template name="fact">
              <xsl:with-param name="term" select="$t.f.phone"/>
              <xsl:with-param name="value" select="$d/applicant_phone"/>
            </xsl:call-template>
            <xsl:call-template name="fact">
              <xsl:with-param name="term" select="$t.f.email"/>
              <xsl:with-param name="value" select="$d/applicant_email"/>
            </xsl:call-template>
            <xsl:call-template name="fact">
              <xsl:with-param name="term" select="$t.f.address"/>
              <xsl:with-param name="value" select="$d/applicant_address"/>
            </xsl:call-template>
          </dl>
        </xsl:with-param>
      </xsl:call-template>

      <xsl:call-template name="review-section">
        <xsl:with-param name="id" select="'unit'"/>
        <xsl:with-param name="title" select="$t.unit.title"/>
        <xsl:with-param name="step" select="'info#unit'"/>
        <xsl:with-param name="body">
          <p>
            <strong><xsl:value-of select="$d/agency_name"/></strong>
            <xsl:if test="$d/agency_address != ''">
              <span class="address-line"><xsl:value-of select="$d/agency_address"/></span>
            </xsl:if>
          </p>
        </xsl:with-param>
      </xsl:call-template>

      <xsl:call-template name="review-section">
        <xsl:with-param name="id" select="'request'"/>
        <xsl:with-param name="title" select="$t.info.request"/>
        <xsl:with-param name="step" select="'info#field-request_note'"/>
        <xsl:with-param name="body">
          <xsl:choose>
            <xsl:when test="normalize-space($d/request_note) != ''">
              <p class="pre-line"><xsl:value-of select="$d/request_note"/></p>
            </xsl:when>
            <xsl:otherwise>
              <p class="muted"><xsl:value-of select="$t.review.request.none"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>

      <xsl:call-template name="review-section">
        <xsl:with-param name="id" select="'components'"/>
        <xsl:with-param name="title" select="$t.components"/>
        <xsl:with-param name="step" select="'files'"/>
        <xsl:with-param name="body">
          <xsl:choose>
            <xsl:when test="components/component">
              <ol class="plain review-components">
                <xsl:apply-templates select="components/component"/>
              </ol>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:value-of select="$t.components.none"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>

      <xsl:call-template name="review-section">
        <xsl:with-param name="id" select="'delivery'"/>
        <xsl:with-param name="title" select="$t.delivery.title"/>
        <xsl:with-param name="step" select="'delivery'"/>
        <xsl:with-param name="body">
          <xsl:choose>
            <xsl:when test="$d/channel != ''">
              <p>
                <strong><xsl:call-template name="channel-text"/></strong>
                <xsl:if test="$d/channel = 'postal'">
                  <span class="address">
                    <xsl:call-template name="postal-address"/>
                  </span>
                </xsl:if>
              </p>
            </xsl:when>
            <xsl:otherwise>
              <p class="missing-text"><xsl:value-of select="$t.review.channel.none"/></p>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>

      <section id="fees" class="review-section" aria-labelledby="fees-h">
        <div class="review-head">
          <h2 id="fees-h"><xsl:value-of select="$t.fee"/></h2>
        </div>
        <xsl:call-template name="fees-table"/>
      </section>

      <section id="time" class="review-section" aria-labelledby="time-h">
        <div class="review-head">
          <h2 id="time-h"><xsl:value-of select="$t.review.time"/></h2>
        </div>
        <dl class="summary review-facts">
          <div>
            <dt><xsl:value-of select="$t.duration"/></dt>
            <dd>
              <xsl:call-template name="duration">
                <xsl:with-param name="hours" select="$d/processing_hours"/>
                <xsl:with-param name="same_day" select="$d/same_day"/>
              </xsl:call-template>
            </dd>
          </div>
          <xsl:if test="estimate/due_at != ''">
            <div>
              <dt><xsl:value-of select="$t.review.due"/></dt>
              <dd><strong><xsl:value-of select="estimate/due_at"/></strong></dd>
            </div>
          </xsl:if>
        </dl>
        <p class="hint"><xsl:value-of select="$t.review.due.note"/></p>
      </section>

      <form class="form submit-form" method="post" action="{$base}submit" novalidate="novalidate">
        <xsl:call-template name="csrf-field"/>
        <h2><xsl:value-of select="$t.review.declare.title"/></h2>
        <p><xsl:value-of select="$t.review.declare"/></p>
        <div class="form-actions">
          <button class="button button-start" type="submit"><xsl:value-of select="$t.review.submit"/></button>
        </div>
      </form>
    </div>
  </xsl:template>

  <!-- One part of the dossier: its heading, a "Sửa" link to its step, what it holds. -->
  <xsl:template name="review-section">
    <xsl:param name="id"/>
    <xsl:param name="title"/>
    <xsl:param name="step"/>
    <xsl:param name="body"/>
    <section id="{$id}" class="review-section" aria-labelledby="{$id}-h">
      <div class="review-head">
        <h2 id="{$id}-h"><xsl:value-of select="$title"/></h2>
        <a class="review-edit" href="{$base}{$step}">
          <xsl:value-of select="$t.review.edit"/>
          <span class="visually-hidden"><xsl:value-of select="concat(' ', $title)"/></span>
        </a>
      </div>
      <xsl:copy-of select="$body"/>
    </section>
  </xsl:template>

  <!-- A read-only fact; "Chưa có" when empty. -->
  <xsl:template name="fact">
    <xsl:param name="term"/>
    <xsl:param name="value"/>
    <div>
      <dt><xsl:value-of select="$term"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="normalize-space($value) = ''">
            <span class="muted"><xsl:value-of select="$t.profile.none"/></span>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
        </xsl:choose>
      </dd>
    </div>
  </xsl:template>

  <xsl:template match="component">
    <li class="review-component">
      <p class="review-component-name">
        <span class="comp-no"><xsl:value-of select="concat(sort, '.')"/></span>
        <xsl:text> </xsl:text>
        <xsl:value-of select="name"/>
        <xsl:if test="required = 1">
          <xsl:text> </xsl:text>
          <span class="tag tag-required"><xsl:value-of select="$t.comp.required"/></span>
        </xsl:if>
      </p>
      <xsl:choose>
        <xsl:when test="files/file">
          <ul class="plain review-files">
            <xsl:for-each select="files/file">
              <li>
                <span class="file-name"><xsl:value-of select="name"/></span>
                <span class="file-meta">
                  <xsl:value-of select="' ('"/>
                  <xsl:call-template name="file-kind">
                    <xsl:with-param name="mime" select="mime"/>
                  </xsl:call-template>
                  <xsl:value-of select="$t.list.sep"/>
                  <xsl:call-template name="filesize">
                    <xsl:with-param name="bytes" select="size"/>
                  </xsl:call-template>
                  <xsl:value-of select="')'"/>
                </span>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:when test="required = 1">
          <p class="missing-text"><xsl:value-of select="$t.files.none.required"/></p>
        </xsl:when>
        <xsl:otherwise>
          <p class="muted"><xsl:value-of select="$t.files.none.optional"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

</xsl:stylesheet>
