<?xml version="1.0" encoding="UTF-8"?>
<!--
  dossiers-page.xsl — one of the applicant's dossiers ("/dossiers/CODE"): where it stands,
  what waits for the applicant, the timeline (the process-control slip in plain words), the
  slips issued, the files, the result, the rating and the feedback, and the forms of what the
  applicant may do now: add a supplement and send it, ask to withdraw, rate, write feedback.

  Input: /page with user, csrf, msg (uploaded, removed, supplemented, withdraw, rated, feedback), form
  (value[@name], error[@name][@code]: "component-ID" for an upload, confirm, level, body, "_"),
    dossier     the columns of dvc-dossiers' STMT_DOSSIER, and minutes_allotted, minutes_used,
                minutes_left (negative: late), clock (running|stopped), late (1|0)
    timeline    step: at, from_status, to_status, move, role, note, agency_name, holder (the
                unit holding the dossier from this step), left_at, step_minutes, current (1)
    files       file: id, kind (component|supplement), component_name, name, uploaded_at,
                since_request (1: a supplement not sent yet)
    slips       slip: id, form, number, issued_at
    components  (while files may be added) component: id, name, file_types, max_size_kb
    moves       move: the applicant's moves dossier_moves_allowed() offers (supplemented, withdraw)
    rating      (once rated) level, comment, rated_at
    fees        fee: name, amount, unit, unit_amount, quantity, full_amount (dossier-common.xsl fee-list)
    claim       (an exemption claimed) ground, percent, proof, state, reason, file_id, file_name …
    payments    payment: txn_ref, method, amount, state, response_code, gateway_txn_no,
                created_at, paid_at (dossier-common.xsl, payment-list)
    feedback    item: id, body, created_at, due_at, answer, answered_at, answer_agency_name,
                overdue (1|0), answered_late (1|0)
    feedback_days  the working days the unit has to answer
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="dossier-common.xsl"/>
  <xsl:include href="dossiers-common.xsl"/>

  <xsl:variable name="d" select="/page/dossier"/>
  <xsl:variable name="base" select="concat('/dossiers/', $d/code)"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="concat($t.page.title, $d/code)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/dossiers/"><xsl:value-of select="$t.nav.submissions"/></a></li>
    <li aria-current="page"><xsl:value-of select="$d/code"/></li>
  </xsl:template>

  <!-- An upload's error points at its component's file input. -->
  <xsl:template match="error" mode="error-href">
    <xsl:if test="@name != '_' and string(@name) != ''">
      <xsl:value-of select="concat('#field-', @name)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1 class="dossier-title">
      <xsl:value-of select="$t.page.title"/>
      <span class="code"><xsl:value-of select="$d/code"/></span>
    </h1>
    <p class="lead"><xsl:value-of select="$d/procedure_name"/></p>
    <p>
      <xsl:call-template name="status-badge"><xsl:with-param name="status" select="$d/status"/></xsl:call-template>
    </p>
    <xsl:call-template name="page-notice"/>
    <xsl:call-template name="error-summary"/>
    <xsl:if test="$d/next_step != ''">
      <div class="banner banner-warn" id="next">
        <p>
          <strong><xsl:value-of select="$t.mine.next"/>: </strong>
          <a>
            <xsl:attribute name="href">
              <xsl:call-template name="next-anchor"><xsl:with-param name="step" select="$d/next_step"/></xsl:call-template>
            </xsl:attribute>
            <xsl:call-template name="next-step"><xsl:with-param name="step" select="$d/next_step"/></xsl:call-template>
          </a>
        </p>
      </div>
    </xsl:if>
    <xsl:call-template name="summary"/>
    <xsl:if test="/page/components"><xsl:call-template name="supplement"/></xsl:if>
    <xsl:if test="/page/fees/fee">
      <section id="fees" aria-labelledby="fees-h">
        <h2 id="fees-h"><xsl:value-of select="$t.fees.charged"/></h2>
        <xsl:call-template name="fee-list"/>
        <xsl:call-template name="claim"/>
      </section>
    </xsl:if>
    <xsl:if test="$d/status = 6 or ($d/status = 1 and $d/owed &gt; 0)">
      <section id="pay" aria-labelledby="pay-h">
        <h2 id="pay-h"><xsl:value-of select="$t.next.pay"/></h2>
        <p><xsl:value-of select="$t.page.pay"/></p>
        <p><a class="button" href="/pay/{$d/code}"><xsl:value-of select="$t.page.pay.online"/></a></p>
      </section>
    </xsl:if>
    <xsl:if test="/page/payments/payment">
      <section id="payments" aria-labelledby="payments-h">
        <h2 id="payments-h"><xsl:value-of select="$t.payments"/></h2>
        <xsl:call-template name="payment-list"/>
      </section>
    </xsl:if>
    <xsl:call-template name="result"/>
    <xsl:call-template name="timeline"/>
    <xsl:call-template name="slips"/>
    <xsl:call-template name="files"/>
    <xsl:if test="$d/status = 10 or /page/rating"><xsl:call-template name="rating"/></xsl:if>
    <xsl:call-template name="feedback"/>
    <xsl:if test="/page/moves/move = 'withdraw'"><xsl:call-template name="withdraw"/></xsl:if>
  </xsl:template>

  <xsl:template name="page-notice">
    <xsl:variable name="msg" select="string(/page/msg)"/>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="$msg = 'supplemented'"><xsl:value-of select="$t.page.msg.supplemented"/></xsl:when>
        <xsl:when test="$msg = 'withdraw'"><xsl:value-of select="$t.page.msg.withdraw"/></xsl:when>
        <xsl:when test="$msg = 'rated'"><xsl:value-of select="$t.page.msg.rated"/></xsl:when>
        <xsl:when test="$msg = 'feedback'"><xsl:value-of select="$t.page.msg.feedback"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($text) != ''">
        <div class="banner banner-ok" role="status"><p><xsl:value-of select="$text"/></p></div>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="notice"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where it stands: the units, the dates, the clock against the time allotted. -->
  <xsl:template name="summary">
    <dl class="summary">
      <div><dt><xsl:value-of select="$t.page.agency"/></dt><dd><xsl:value-of select="$d/agency_name"/></dd></div>
      <xsl:if test="$d/holder_name != '' and $d/status != 3 and $d/status != 8 and $d/status != 10">
        <div><dt><xsl:value-of select="$t.page.holder"/></dt><dd><xsl:value-of select="$d/holder_name"/></dd></div>
      </xsl:if>
      <div><dt><xsl:value-of select="$t.dossier.submitted_at"/></dt><dd><xsl:value-of select="$d/submitted_at"/></dd></div>
      <xsl:if test="$d/received_at != ''">
        <div><dt><xsl:value-of select="$t.page.received_at"/></dt><dd><xsl:value-of select="$d/received_at"/></dd></div>
      </xsl:if>
      <div>
        <dt><xsl:value-of select="$t.dossier.due_at"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$d/due_at != ''">
              <xsl:value-of select="$d/due_at"/>
              <xsl:if test="$d/status = 1"><span class="cell-note"><xsl:value-of select="$t.dossier.due.expected"/></span></xsl:if>
              <xsl:if test="$d/first_due_at != '' and $d/first_due_at != $d/due_at">
                <span class="cell-note"><xsl:value-of select="concat($t.page.first_due, $d/first_due_at)"/></span>
              </xsl:if>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.page.no_due"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <xsl:if test="$d/minutes_used != ''">
        <div>
          <dt><xsl:value-of select="$t.page.used"/></dt>
          <dd class="page-clock">
            <xsl:call-template name="worktime"><xsl:with-param name="minutes" select="$d/minutes_used"/></xsl:call-template>
            <xsl:if test="$d/minutes_allotted &gt; 0">
              <xsl:value-of select="$t.page.of"/>
              <xsl:call-template name="worktime"><xsl:with-param name="minutes" select="$d/minutes_allotted"/></xsl:call-template>
            </xsl:if>
            <xsl:if test="$d/clock = 'stopped' and $d/status = 5">
              <span class="cell-note"><xsl:value-of select="$t.page.clock.stopped"/></span>
            </xsl:if>
          </dd>
        </div>
      </xsl:if>
      <div>
        <dt><xsl:value-of select="$t.page.timing"/></dt>
        <dd class="page-timing">
          <xsl:choose>
            <xsl:when test="$d/finished_on_time = 1"><xsl:value-of select="$t.page.on_time.done"/></xsl:when>
            <xsl:when test="$d/finished_on_time = 0"><span class="tag tag-late"><xsl:value-of select="$t.page.late.done"/></span></xsl:when>
            <xsl:when test="$d/late = 1"><span class="tag tag-late"><xsl:value-of select="$t.page.late"/></span></xsl:when>
            <xsl:when test="$d/due_at != '' and $d/status != 1"><xsl:value-of select="$t.page.on_time"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.page.timing.none"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <xsl:if test="$d/postal_tracking != ''">
        <div><dt><xsl:value-of select="$t.page.tracking"/></dt><dd class="code"><xsl:value-of select="$d/postal_tracking"/></dd></div>
      </xsl:if>
    </dl>
  </xsl:template>

  <!-- What the desk asked for, a form per component, the files added, and "send". -->
  <xsl:template name="supplement">
    <xsl:variable name="request" select="(/page/timeline/step[move = 'supplement' or move = 'complete'])[last()]"/>
    <section id="supplement" aria-labelledby="supplement-h">
      <h2 id="supplement-h"><xsl:value-of select="$t.next.supplement"/></h2>
      <xsl:if test="$request/note != ''">
        <p><xsl:value-of select="$t.page.requested"/></p>
        <p class="timeline-note"><xsl:value-of select="$request/note"/></p>
      </xsl:if>
      <xsl:for-each select="/page/components/component">
        <xsl:variable name="name" select="concat('component-', id)"/>
        <xsl:variable name="error" select="/page/form/error[@name = $name][1]"/>
        <form class="upload" method="post" enctype="multipart/form-data" action="{$base}/files">
          <xsl:call-template name="csrf-field"/>
          <input type="hidden" name="component" value="{id}"/>
          <div>
            <xsl:attribute name="class">form-group<xsl:if test="$error"> form-group-error</xsl:if></xsl:attribute>
            <label class="label" for="field-{$name}"><xsl:value-of select="name"/></label>
            <p class="hint">
              <xsl:value-of select="$t.page.types"/>
              <xsl:call-template name="file-types"><xsl:with-param name="list" select="file_types"/></xsl:call-template>
            </p>
            <xsl:call-template name="field-error"><xsl:with-param name="name" select="$name"/></xsl:call-template>
            <input class="file-input" type="file" id="field-{$name}" name="file" multiple="multiple"/>
          </div>
          <button class="button button-secondary" type="submit"><xsl:value-of select="$t.page.upload"/></button>
        </form>
      </xsl:for-each>
      <xsl:variable name="added" select="/page/files/file[since_request = 1]"/>
      <xsl:if test="$added">
        <h3><xsl:value-of select="$t.page.added"/></h3>
        <ul class="plain">
          <xsl:for-each select="$added">
            <li>
              <a href="/files/{id}"><xsl:value-of select="name"/></a>
              <span class="hint"><xsl:value-of select="concat(' — ', component_name)"/></span>
              <form class="file-remove" method="post" action="{$base}/remove">
                <xsl:call-template name="csrf-field"/>
                <input type="hidden" name="file" value="{id}"/>
                <button class="button-link" type="submit">
                  <xsl:value-of select="$t.page.remove"/>
                  <span class="visually-hidden"><xsl:value-of select="concat(' ', name)"/></span>
                </button>
              </form>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="/page/moves/move = 'supplemented'">
          <form method="post" action="{$base}/move" class="action action-supplemented" novalidate="novalidate">
            <xsl:call-template name="csrf-field"/>
            <input type="hidden" name="move" value="supplemented"/>
            <input type="hidden" name="version" value="{$d/version}"/>
            <p class="hint"><xsl:value-of select="$t.page.send.hint"/></p>
            <button class="button" type="submit"><xsl:value-of select="$t.page.send"/></button>
          </form>
        </xsl:when>
        <xsl:otherwise><p class="hint"><xsl:value-of select="$t.page.complete.hint"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="result">
    <xsl:if test="$d/status = 9 or $d/status = 10">
      <section id="result" aria-labelledby="result-h">
        <h2 id="result-h"><xsl:value-of select="$t.page.result"/></h2>
        <xsl:choose>
          <xsl:when test="$d/status = 10 and $d/result_kind = 'file' and $d/result_file_id != ''">
            <p><a class="button" href="/files/{$d/result_file_id}" download="">
              <xsl:value-of select="concat($t.page.result.download, $d/result_name)"/></a></p>
          </xsl:when>
          <xsl:when test="$d/status = 10 and $d/channel = 'postal'"><p><xsl:value-of select="$t.page.result.postal"/></p></xsl:when>
          <xsl:when test="$d/status = 10"><p><xsl:value-of select="$t.page.result.paper"/></p></xsl:when>
          <xsl:when test="$d/channel = 'counter'"><p><xsl:value-of select="$t.page.result.collect"/></p></xsl:when>
          <xsl:otherwise><p><xsl:value-of select="$t.page.result.soon"/></p></xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The process-control slip in plain words: a step a row. -->
  <xsl:template name="timeline">
    <section id="timeline" aria-labelledby="timeline-h">
      <h2 id="timeline-h"><xsl:value-of select="$t.page.timeline"/></h2>
      <ol class="timeline">
        <xsl:for-each select="/page/timeline/step">
          <li class="timeline-step">
            <xsl:if test="current = 1"><xsl:attribute name="aria-current">step</xsl:attribute></xsl:if>
            <!-- The step, and the status it led to unless the two say the same. -->
            <xsl:variable name="what">
              <xsl:call-template name="move-name"><xsl:with-param name="move" select="move"/></xsl:call-template>
            </xsl:variable>
            <xsl:variable name="became">
              <xsl:call-template name="status-name"><xsl:with-param name="status" select="to_status"/></xsl:call-template>
            </xsl:variable>
            <p class="timeline-what">
              <strong><xsl:value-of select="$what"/></strong>
              <xsl:if test="to_status != from_status and $became != $what">
                <xsl:value-of select="concat($t.dot.sep, $became)"/>
              </xsl:if>
            </p>
            <p class="timeline-when">
              <xsl:value-of select="concat($t.page.step.unit, holder, $t.dot.sep, $t.page.step.from, at)"/>
              <xsl:if test="left_at != ''"><xsl:value-of select="concat($t.page.step.to, left_at)"/></xsl:if>
              <xsl:if test="current = 1"><xsl:value-of select="$t.page.step.now"/></xsl:if>
            </p>
            <xsl:if test="step_minutes != '' and ../../dossier/received_at != ''">
              <p class="timeline-used">
                <xsl:value-of select="$t.page.step.used"/>
                <xsl:call-template name="worktime"><xsl:with-param name="minutes" select="step_minutes"/></xsl:call-template>
              </p>
            </xsl:if>
            <xsl:if test="note != ''"><p class="timeline-note"><xsl:value-of select="note"/></p></xsl:if>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

  <xsl:template name="slips">
    <xsl:if test="/page/slips/slip">
      <section id="slips" aria-labelledby="slips-h">
        <h2 id="slips-h"><xsl:value-of select="$t.page.slips"/></h2>
        <ul class="plain">
          <xsl:for-each select="/page/slips/slip">
            <li>
              <a href="/dossiers/slips/{id}">
                <xsl:choose>
                  <xsl:when test="form = 1"><xsl:value-of select="$t.page.slip.1"/></xsl:when>
                  <xsl:when test="form = 2"><xsl:value-of select="$t.page.slip.2"/></xsl:when>
                  <xsl:when test="form = 3"><xsl:value-of select="$t.page.slip.3"/></xsl:when>
                  <xsl:when test="form = 4"><xsl:value-of select="$t.page.slip.4"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t.page.slip.5"/></xsl:otherwise>
                </xsl:choose>
              </a>
              <span class="hint"><xsl:value-of select="concat(' — ', issued_at)"/></span>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="files">
    <section id="files" aria-labelledby="files-h">
      <h2 id="files-h"><xsl:value-of select="$t.page.files"/></h2>
      <ul class="plain">
        <xsl:for-each select="/page/files/file">
          <li>
            <a href="/files/{id}"><xsl:value-of select="name"/></a>
            <span class="hint">
              <xsl:value-of select="concat(' — ', component_name, $t.dot.sep, uploaded_at)"/>
              <xsl:if test="kind = 'supplement'"><xsl:value-of select="concat($t.dot.sep, $t.page.file.supplement)"/></xsl:if>
            </span>
          </li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:template>

  <xsl:template name="rating">
    <section id="rating" aria-labelledby="rating-h">
      <h2 id="rating-h"><xsl:value-of select="$t.next.rate"/></h2>
      <xsl:choose>
        <xsl:when test="/page/rating">
          <p class="rating-given">
            <xsl:value-of select="$t.page.rated"/>
            <strong><xsl:call-template name="rating-level"><xsl:with-param name="level" select="/page/rating/level"/></xsl:call-template></strong>
            <xsl:value-of select="concat($t.dot.sep, /page/rating/rated_at)"/>
          </p>
          <xsl:if test="/page/rating/comment != ''"><p class="timeline-note"><xsl:value-of select="/page/rating/comment"/></p></xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <form method="post" action="{$base}/rate" novalidate="novalidate">
            <xsl:call-template name="csrf-field"/>
            <fieldset class="form-group">
              <legend class="label"><xsl:value-of select="$t.page.rate.q"/></legend>
              <xsl:call-template name="field-error"><xsl:with-param name="name" select="'level'"/></xsl:call-template>
              <xsl:call-template name="level-radio"><xsl:with-param name="level" select="'very_satisfied'"/></xsl:call-template>
              <xsl:call-template name="level-radio"><xsl:with-param name="level" select="'satisfied'"/></xsl:call-template>
              <xsl:call-template name="level-radio"><xsl:with-param name="level" select="'unsatisfied'"/></xsl:call-template>
            </fieldset>
            <xsl:call-template name="field">
              <xsl:with-param name="name" select="'comment'"/>
              <xsl:with-param name="label" select="$t.page.rate.comment"/>
              <xsl:with-param name="type" select="'textarea'"/>
              <xsl:with-param name="optional" select="'true'"/>
              <xsl:with-param name="maxlength" select="1000"/>
            </xsl:call-template>
            <button class="button" type="submit"><xsl:value-of select="$t.page.rate.send"/></button>
          </form>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="level-radio">
    <xsl:param name="level"/>
    <div class="radio">
      <input type="radio" id="field-level-{$level}" name="level" value="{$level}">
        <xsl:if test="/page/form/value[@name = 'level'] = $level"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
      </input>
      <label for="field-level-{$level}"><xsl:call-template name="rating-level"><xsl:with-param name="level" select="$level"/></xsl:call-template></label>
    </div>
  </xsl:template>

  <xsl:template name="rating-level">
    <xsl:param name="level"/>
    <xsl:choose>
      <xsl:when test="$level = 'very_satisfied'"><xsl:value-of select="$t.rating.very_satisfied"/></xsl:when>
      <xsl:when test="$level = 'satisfied'"><xsl:value-of select="$t.rating.satisfied"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$t.rating.unsatisfied"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="feedback">
    <section id="feedback" aria-labelledby="feedback-h">
      <h2 id="feedback-h"><xsl:value-of select="$t.page.feedback"/></h2>
      <p class="hint"><xsl:value-of select="concat($t.page.feedback.rule.pre, /page/feedback_days, $t.page.feedback.rule.post)"/></p>
      <xsl:for-each select="/page/feedback/item">
        <article class="feedback-item">
          <p class="hint"><xsl:value-of select="concat($t.page.feedback.sent, created_at, $t.dot.sep, $t.page.feedback.due, due_at)"/></p>
          <p class="timeline-note"><xsl:value-of select="body"/></p>
          <xsl:choose>
            <xsl:when test="answer != ''">
              <p class="feedback-answer">
                <strong><xsl:value-of select="concat($t.page.feedback.answer, answer_agency_name, ' (', answered_at, '):')"/></strong>
              </p>
              <p class="timeline-note"><xsl:value-of select="answer"/></p>
            </xsl:when>
            <xsl:when test="overdue = 1"><p><span class="tag tag-late"><xsl:value-of select="$t.page.feedback.overdue"/></span></p></xsl:when>
            <xsl:otherwise><p class="hint"><xsl:value-of select="$t.page.feedback.waiting"/></p></xsl:otherwise>
          </xsl:choose>
        </article>
      </xsl:for-each>
      <form method="post" action="{$base}/feedback" novalidate="novalidate">
        <xsl:call-template name="csrf-field"/>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'body'"/>
          <xsl:with-param name="label" select="$t.page.feedback.label"/>
          <xsl:with-param name="type" select="'textarea'"/>
          <xsl:with-param name="maxlength" select="2000"/>
        </xsl:call-template>
        <button class="button button-secondary" type="submit"><xsl:value-of select="$t.page.feedback.send"/></button>
      </form>
    </section>
  </xsl:template>

  <xsl:template name="withdraw">
    <section id="withdraw" aria-labelledby="withdraw-h">
      <h2 id="withdraw-h"><xsl:value-of select="$t.page.withdraw"/></h2>
      <form method="post" action="{$base}/move" novalidate="novalidate" class="action action-withdraw">
        <xsl:call-template name="csrf-field"/>
        <input type="hidden" name="move" value="withdraw"/>
        <input type="hidden" name="version" value="{$d/version}"/>
        <p class="hint"><xsl:value-of select="$t.page.withdraw.hint"/></p>
        <xsl:call-template name="field">
          <xsl:with-param name="name" select="'note'"/>
          <xsl:with-param name="label" select="$t.page.withdraw.note"/>
          <xsl:with-param name="type" select="'textarea'"/>
          <xsl:with-param name="optional" select="'true'"/>
          <xsl:with-param name="maxlength" select="500"/>
        </xsl:call-template>
        <xsl:call-template name="checkbox">
          <xsl:with-param name="name" select="'confirm'"/>
          <xsl:with-param name="label" select="$t.page.withdraw.confirm"/>
        </xsl:call-template>
        <button class="button button-secondary" type="submit"><xsl:value-of select="$t.page.withdraw.send"/></button>
      </form>
    </section>
  </xsl:template>

</xsl:stylesheet>
