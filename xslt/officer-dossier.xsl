<?xml version="1.0" encoding="UTF-8"?>
<!--
  officer-dossier.xsl — one dossier as an officer handles it (/officer/dossiers/{id}): its
  state, the actions the officer may take (one form each, CSRF-guarded, carrying the
  version shown), the applicant and the request, the files (through dvc-files), the fees,
  the history as the process-control slip (Form 6), and the slips issued.

  Input: /page with user, csrf, msg ('done') and done_move (the move just made), form
  (value[@name] and error[@name][@code] after a refused action; value 'move' says which),
    dossier     the columns of dvc-officer's STMT_DOSSIER, and minutes_used, minutes_left
                (negative: late), clock (running|stopped), late (1|0)
    moves       move (name of dossier.c's move table), @needs
    processors  processor: id, name, agency_id, agency_name (for assign and hand-over)
    files       file: id, kind (component|supplement|result), component_name, name, mime,
                size, uploaded_at
    fees        fee: kind, name, amount (owed), due, stage, unit, unit_amount, quantity, full_amount
    claim       (an exemption claimed, sql/018) ground, percent, proof, state (pending|granted|
                refused), reason, fee_sort, file_id, file_name, decided_by_name, decided_at
    transfer    (something owed, transfers taken) the fee notice's VietQR code (transfer.xsl)
    payments    payment: method (gateway|counter|transfer), amount, state (pending|paid|failed),
                response_code, gateway_txn_no, settled_by, created_at, paid_at (dvc-payment)
    events      event: at, from_status, to_status, move, role, note, minutes_used,
                minutes_allotted, user_name, agency_name, to_agency_name, assignee_name
    feedback    item: id, body, created_at, due_at, answer, answered_at, answer_agency_name,
                overdue (1|0), answered_late (1|0): the applicant's, to answer once
    slips       slip: id, form, number, year, issued_at (the number shown with its form's
                suffix, as the slip prints it: vi-slip.xsl)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="dossier-common.xsl"/>
  <xsl:import href="transfer.xsl"/>
  <xsl:include href="officer-common.xsl"/>
  <xsl:include href="officer-actions.xsl"/>
  <xsl:include href="i18n/vi-slip.xsl"/>
  <xsl:include href="i18n/vi-pay.xsl"/>

  <xsl:variable name="d" select="/page/dossier"/>
  <xsl:variable name="failed" select="string(/page/form/value[@name = 'move'])"/>

  <xsl:template match="page" mode="title">
    <xsl:call-template name="title-prefix"/>
    <xsl:value-of select="concat($t.od.title, $d/code)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/officer/"><xsl:value-of select="$t.od.back"/></a></li>
    <li aria-current="page"><xsl:value-of select="$d/code"/></li>
  </xsl:template>

  <!-- An action's errors point at its own fields. -->
  <xsl:template match="error" mode="error-href">
    <xsl:if test="@name != '_' and string(@name) != ''">
      <xsl:value-of select="concat('#', @name, '-', $failed)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1 class="dossier-title">
      <xsl:value-of select="$t.od.title"/>
      <span class="code"><xsl:value-of select="$d/code"/></span>
    </h1>
    <p>
      <xsl:call-template name="status-badge"><xsl:with-param name="status" select="$d/status"/></xsl:call-template>
      <xsl:if test="$d/awaiting_approval = 1">
        <xsl:text> </xsl:text><span class="tag tag-warn"><xsl:value-of select="$t.od.awaiting"/></span>
      </xsl:if>
      <xsl:if test="$d/late = 1">
        <xsl:text> </xsl:text><span class="tag tag-late"><xsl:value-of select="$t.inbox.overdue"/></span>
      </xsl:if>
    </p>
    <xsl:if test="/page/msg = 'done' and /page/done_move != ''">
      <div class="banner banner-ok" role="status">
        <p>
          <xsl:value-of select="$t.od.done"/>
          <xsl:call-template name="move-name"><xsl:with-param name="move" select="/page/done_move"/></xsl:call-template>
        </p>
      </div>
    </xsl:if>
    <xsl:if test="/page/msg = 'answered'">
      <div class="banner banner-ok" role="status"><p><xsl:value-of select="$t.od.feedback.done"/></p></div>
    </xsl:if>
    <xsl:call-template name="error-summary"/>
    <xsl:call-template name="summary"/>
    <xsl:call-template name="actions"/>
    <xsl:call-template name="applicant"/>
    <xsl:call-template name="files"/>
    <xsl:call-template name="fees"/>
    <xsl:call-template name="history"/>
    <xsl:call-template name="slips"/>
    <xsl:call-template name="feedback"/>
  </xsl:template>

  <!-- A line of a list of facts, left out when empty: text, a field of the dossier shown as
       its text. -->
  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="text" select="''"/>
    <xsl:if test="string($text) != ''">
      <div>
        <dt><xsl:value-of select="$label"/></dt>
        <dd><xsl:value-of select="$text"/></dd>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The facts: the lines with a text through row; those with a fragment (a duration, a
       date with a note) written here, not built as a fragment first (they are on every view). -->
  <xsl:template name="summary">
    <section aria-labelledby="summary-h">
      <h2 id="summary-h" class="visually-hidden"><xsl:value-of select="$t.od.summary"/></h2>
      <dl class="summary">
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.dossier.procedure"/><xsl:with-param name="text" select="$d/procedure_name"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.agency"/><xsl:with-param name="text" select="$d/agency_name"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.holder"/><xsl:with-param name="text" select="$d/holder_name"/></xsl:call-template>
        <xsl:if test="$d/status = 4 or $d/status = 5 or $d/status = 6">
          <div>
            <dt><xsl:value-of select="$t.od.assignee"/></dt>
            <dd>
              <xsl:choose>
                <xsl:when test="$d/assignee_name != ''"><xsl:value-of select="$d/assignee_name"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$t.od.nobody"/></xsl:otherwise>
              </xsl:choose>
            </dd>
          </div>
        </xsl:if>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.dossier.submitted_at"/><xsl:with-param name="text" select="$d/submitted_at"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.received_at"/><xsl:with-param name="text" select="$d/received_at"/></xsl:call-template>
        <div>
          <dt><xsl:value-of select="$t.od.limit"/></dt>
          <dd>
            <xsl:call-template name="duration">
              <xsl:with-param name="hours" select="$d/processing_hours"/>
              <xsl:with-param name="same_day" select="$d/same_day"/>
            </xsl:call-template>
          </dd>
        </div>
        <xsl:if test="$d/due_at != '' or $d/status = 1 or ($d/first_due_at != '' and $d/first_due_at != $d/due_at)">
          <div>
            <dt><xsl:value-of select="$t.od.due"/></dt>
            <dd>
              <xsl:value-of select="$d/due_at"/>
              <xsl:if test="$d/status = 1"><xsl:value-of select="concat(' (', $t.dossier.due.expected, ')')"/></xsl:if>
              <xsl:if test="$d/first_due_at != '' and $d/first_due_at != $d/due_at">
                <xsl:value-of select="concat(' — ', $t.od.first_due, ' ', $d/first_due_at)"/>
              </xsl:if>
            </dd>
          </div>
        </xsl:if>
        <xsl:if test="$d/received_at != '' and $d/minutes_used != ''">
          <div>
            <dt><xsl:value-of select="$t.od.used"/></dt>
            <dd><xsl:call-template name="worktime"><xsl:with-param name="minutes" select="$d/minutes_used"/></xsl:call-template></dd>
          </div>
          <xsl:if test="$d/status &lt; 8 and $d/status != 3">
            <xsl:variable name="late" select="$d/minutes_left &lt; 0"/>
            <xsl:if test="($d/clock = 'stopped' and $d/status = 5) or string(number($d/minutes_left)) != 'NaN'">
              <div>
                <dt>
                  <xsl:choose>
                    <xsl:when test="$late"><xsl:value-of select="$t.od.late.by"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$t.od.left"/></xsl:otherwise>
                  </xsl:choose>
                </dt>
                <dd>
                  <xsl:choose>
                    <xsl:when test="$d/clock = 'stopped' and $d/status = 5"><xsl:value-of select="$t.od.paused"/></xsl:when>
                    <xsl:when test="$late">
                      <xsl:call-template name="worktime"><xsl:with-param name="minutes" select="-$d/minutes_left"/></xsl:call-template>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:call-template name="worktime"><xsl:with-param name="minutes" select="$d/minutes_left"/></xsl:call-template>
                    </xsl:otherwise>
                  </xsl:choose>
                </dd>
              </div>
            </xsl:if>
          </xsl:if>
        </xsl:if>
        <div>
          <dt><xsl:value-of select="$t.od.channel"/></dt>
          <dd><xsl:call-template name="channel-name"><xsl:with-param name="channel" select="$d/channel"/></xsl:call-template></dd>
        </div>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.tracking"/><xsl:with-param name="text" select="$d/postal_tracking"/></xsl:call-template>
        <xsl:if test="$d/result_kind != ''">
          <div>
            <dt><xsl:value-of select="$t.od.result"/></dt>
            <dd>
              <xsl:choose>
                <xsl:when test="$d/result_kind = 'file'"><xsl:value-of select="$t.od.result.file"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$t.od.result.paper"/></xsl:otherwise>
              </xsl:choose>
            </dd>
          </div>
        </xsl:if>
      </dl>
    </section>
  </xsl:template>

  <xsl:template name="applicant">
    <section aria-labelledby="applicant-h">
      <h2 id="applicant-h"><xsl:value-of select="$t.od.applicant"/></h2>
      <dl class="summary">
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.org"/><xsl:with-param name="text" select="$d/org_name"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.tax"/><xsl:with-param name="text" select="$d/org_tax_code"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.name"/><xsl:with-param name="text" select="$d/applicant_name"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.cccd"/><xsl:with-param name="text" select="$d/applicant_citizen_id"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.birth"/><xsl:with-param name="text" select="$d/applicant_birth_date"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.phone"/><xsl:with-param name="text" select="$d/applicant_phone"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.email"/><xsl:with-param name="text" select="$d/applicant_email"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.address"/><xsl:with-param name="text" select="$d/applicant_address"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label" select="$t.od.request"/><xsl:with-param name="text" select="$d/request_note"/></xsl:call-template>
      </dl>
    </section>
  </xsl:template>

  <xsl:template name="files">
    <section aria-labelledby="files-h">
      <h2 id="files-h"><xsl:value-of select="$t.od.files"/></h2>
      <xsl:choose>
        <xsl:when test="/page/files/file">
          <ul class="file-list">
            <xsl:for-each select="/page/files/file">
              <li class="file file-kind-{kind}">
                <span class="file-text">
                  <span class="file-component">
                    <xsl:choose>
                      <xsl:when test="kind = 'result'"><xsl:value-of select="$t.od.file.result"/></xsl:when>
                      <xsl:when test="kind = 'supplement'"><xsl:value-of select="concat($t.od.file.supplement, component_name)"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="component_name"/></xsl:otherwise>
                    </xsl:choose>
                  </span>
                  <xsl:text> </xsl:text>
                  <a class="file-name" href="/files/{id}" download=""><xsl:value-of select="name"/></a>
                  <span class="file-meta"><xsl:value-of select="concat(' ', ceiling(size div 1024), $t.od.kb, ' · ', uploaded_at)"/></span>
                </span>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="$t.od.files.none"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="fees">
    <section aria-labelledby="fees-h">
      <h2 id="fees-h"><xsl:value-of select="$t.od.fees"/></h2>
      <xsl:choose>
        <xsl:when test="/page/fees/fee">
          <xsl:call-template name="fee-list"/>
          <xsl:call-template name="claim"/>
          <p class="od-owed">
            <xsl:value-of select="$t.od.owed"/>
            <xsl:call-template name="money"><xsl:with-param name="amount" select="$d/owed"/></xsl:call-template>
          </p>
          <xsl:if test="$d/status = 1 and $d/owed &gt; 0">
            <p class="banner banner-warn"><xsl:value-of select="$t.od.owed.accept"/></p>
          </xsl:if>
          <xsl:if test="$d/owed &gt; 0 and /page/transfer">
            <xsl:call-template name="transfer"/>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="$t.od.fees.none"/></p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="/page/payments/payment">
        <h3><xsl:value-of select="$t.payments"/></h3>
        <xsl:call-template name="payment-list"/>
      </xsl:if>
      <xsl:if test="/page/fees/fee and $d/status &gt; 0 and $d/status &lt; 8">
        <!-- dvc-payment checks that the officer receives for the unit and the amount is owed. -->
        <form method="post" action="/pay/record/{$d/id}" class="od-record-payment">
          <xsl:call-template name="csrf-field"/>
          <fieldset>
            <legend><xsl:value-of select="$t.od.pay.record"/></legend>
            <label><input type="radio" name="method" value="counter" checked="checked"/> <xsl:value-of select="$t.payment.counter"/></label>
            <label><input type="radio" name="method" value="transfer"/> <xsl:value-of select="$t.payment.transfer"/></label>
            <label><xsl:value-of select="$t.od.pay.amount"/> <input type="number" name="amount" min="1" required="required"/></label>
            <label><xsl:value-of select="$t.od.pay.reference"/> <input type="text" name="reference" maxlength="60"/></label>
            <button type="submit" class="button button-secondary"><xsl:value-of select="$t.od.pay.record.go"/></button>
          </fieldset>
        </form>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="history">
    <section aria-labelledby="history-h">
      <h2 id="history-h"><xsl:value-of select="$t.od.history"/></h2>
      <div class="table-wrap">
        <table class="table table-stack">
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$t.od.h.at"/></th>
              <th scope="col"><xsl:value-of select="$t.od.h.step"/></th>
              <th scope="col"><xsl:value-of select="$t.od.h.who"/></th>
              <th scope="col"><xsl:value-of select="$t.od.h.used"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="/page/events/event">
              <tr>
                <td data-label="{$t.od.h.at}" class="nowrap"><xsl:value-of select="at"/></td>
                <td data-label="{$t.od.h.step}">
                  <xsl:call-template name="move-name"><xsl:with-param name="move" select="move"/></xsl:call-template>
                  <xsl:if test="string(note) != ''">
                    <span class="cell-note timeline-note"><xsl:value-of select="note"/></span>
                  </xsl:if>
                </td>
                <td data-label="{$t.od.h.who}">
                  <xsl:choose>
                    <xsl:when test="role = 'applicant'"><xsl:value-of select="$t.od.h.applicant"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="user_name"/></xsl:otherwise>
                  </xsl:choose>
                  <!-- An officer's unit; the applicant is of none (the unit submitted to follows). -->
                  <xsl:if test="agency_name != '' and role != 'applicant'">
                    <span class="cell-note"><xsl:value-of select="agency_name"/></span>
                  </xsl:if>
                  <xsl:if test="assignee_name != '' or to_agency_name != ''">
                    <span class="cell-note">
                      <xsl:value-of select="$t.od.h.to"/>
                      <xsl:value-of select="assignee_name"/>
                      <xsl:if test="assignee_name != '' and to_agency_name != ''"><xsl:value-of select="$t.list.sep"/></xsl:if>
                      <xsl:value-of select="to_agency_name"/>
                    </span>
                  </xsl:if>
                </td>
                <td data-label="{$t.od.h.used}">
                  <xsl:if test="position() &gt; 1">
                    <xsl:call-template name="worktime"><xsl:with-param name="minutes" select="minutes_used"/></xsl:call-template>
                  </xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="slips">
    <xsl:if test="/page/slips/slip">
      <section aria-labelledby="slips-h">
        <h2 id="slips-h"><xsl:value-of select="$t.od.slips"/></h2>
        <ul class="plain">
          <xsl:for-each select="/page/slips/slip">
            <li>
              <a href="/officer/slips/{id}">
                <xsl:choose>
                  <xsl:when test="form = 1"><xsl:value-of select="$t.od.slip.1"/></xsl:when>
                  <xsl:when test="form = 2"><xsl:value-of select="$t.od.slip.2"/></xsl:when>
                  <xsl:when test="form = 3"><xsl:value-of select="$t.od.slip.3"/></xsl:when>
                  <xsl:when test="form = 4"><xsl:value-of select="$t.od.slip.4"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t.od.slip.5"/></xsl:otherwise>
                </xsl:choose>
              </a>
              <!-- The number as the slip prints it ("Số: 12/TNHS"); the date gives the year. -->
              <span class="hint">
                <xsl:value-of select="concat(' — ', $t.od.slip.no, number)"/>
                <xsl:choose>
                  <xsl:when test="form = 2"><xsl:value-of select="$t.slip.suffix.2"/></xsl:when>
                  <xsl:when test="form = 3"><xsl:value-of select="$t.slip.suffix.3"/></xsl:when>
                  <xsl:when test="form = 4"><xsl:value-of select="$t.slip.suffix.4"/></xsl:when>
                  <xsl:when test="form = 5"><xsl:value-of select="$t.slip.suffix.5"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t.slip.suffix.1"/></xsl:otherwise>
                </xsl:choose>
                <xsl:value-of select="concat(' · ', issued_at)"/>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The applicant's feedback (phản ánh, kiến nghị), each with its deadline, and a form to
       answer the unanswered ones. -->
  <xsl:template name="feedback">
    <xsl:if test="/page/feedback/item">
      <section id="feedback" aria-labelledby="feedback-h">
        <h2 id="feedback-h"><xsl:value-of select="$t.od.feedback"/></h2>
        <xsl:for-each select="/page/feedback/item">
          <article class="feedback-item">
            <p class="hint">
              <xsl:value-of select="concat(created_at, $t.dot.sep, $t.od.feedback.due, due_at)"/>
              <xsl:if test="overdue = 1"><xsl:text> </xsl:text><span class="tag tag-late"><xsl:value-of select="$t.inbox.overdue"/></span></xsl:if>
            </p>
            <p class="timeline-note"><xsl:value-of select="body"/></p>
            <xsl:choose>
              <xsl:when test="answer != ''">
                <p><strong><xsl:value-of select="concat($t.od.feedback.answered, answer_agency_name, ' (', answered_at, '):')"/></strong></p>
                <p class="timeline-note"><xsl:value-of select="answer"/></p>
              </xsl:when>
              <xsl:otherwise>
                <form method="post" action="/officer/dossiers/{$d/id}/feedback" class="action action-feedback" novalidate="novalidate">
                  <xsl:call-template name="csrf-field"/>
                  <input type="hidden" name="feedback" value="{id}"/>
                  <xsl:call-template name="input-error"><xsl:with-param name="name" select="'answer'"/><xsl:with-param name="move" select="'feedback'"/></xsl:call-template>
                  <label class="label" for="answer-{id}"><xsl:value-of select="$t.od.feedback.label"/></label>
                  <textarea class="textarea" id="answer-{id}" name="answer" rows="3" maxlength="2000"/>
                  <button class="button" type="submit"><xsl:value-of select="$t.od.feedback.send"/></button>
                </form>
              </xsl:otherwise>
            </xsl:choose>
          </article>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
