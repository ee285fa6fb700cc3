<?xml version="1.0" encoding="UTF-8"?>
<!--
  dossier-common.xsl — what every page that shows dossiers needs, citizen's or staff's: the
  status-badge template and, through i18n/vi-dossier.xsl, the words both sides use (a
  dossier's code, procedure, dates and status, the eleven statuses).

  Imported after layout.xsl by the staff views (officer-inbox.xsl, admin-home.xsl), and
  included by submit-common.xsl for the submission views (submit-*.xsl). Kept out of
  layout.xsl so that the catalogue and account views do not compile these words: every
  global variable costs memory per compiled view and is evaluated on every transform.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="i18n/vi-dossier.xsl"/>

  <!--
    status-badge: a dossier's status in words, coloured by what it means for the applicant:
    0 draft and 7, 8 (withdrawn, stopped) grey; 1, 2, 4 under way blue; 5, 6 (the applicant
    must act) amber; 3 refused red; 9, 10 finished green. Codes are the National Portal's.
  -->
  <xsl:template name="status-badge">
    <xsl:param name="status"/>
    <xsl:variable name="s" select="number($status)"/>
    <!-- One test a status, each writing the whole badge (its class by what the status asks:
         progress, action, refused, done, plain): on every row of a list, half the cost of
         the class and the name chosen apart. The words are status-name's. -->
    <xsl:choose>
      <xsl:when test="$s = 1"><span class="badge badge-status badge-status-progress"><xsl:value-of select="$t.status.1"/></span></xsl:when>
      <xsl:when test="$s = 2"><span class="badge badge-status badge-status-progress"><xsl:value-of select="$t.status.2"/></span></xsl:when>
      <xsl:when test="$s = 4"><span class="badge badge-status badge-status-progress"><xsl:value-of select="$t.status.4"/></span></xsl:when>
      <xsl:when test="$s = 10"><span class="badge badge-status badge-status-done"><xsl:value-of select="$t.status.10"/></span></xsl:when>
      <xsl:when test="$s = 9"><span class="badge badge-status badge-status-done"><xsl:value-of select="$t.status.9"/></span></xsl:when>
      <xsl:when test="$s = 3"><span class="badge badge-status badge-status-refused"><xsl:value-of select="$t.status.3"/></span></xsl:when>
      <xsl:when test="$s = 5"><span class="badge badge-status badge-status-action"><xsl:value-of select="$t.status.5"/></span></xsl:when>
      <xsl:when test="$s = 6"><span class="badge badge-status badge-status-action"><xsl:value-of select="$t.status.6"/></span></xsl:when>
      <xsl:otherwise>
        <span class="badge badge-status badge-status-plain">
          <xsl:call-template name="status-name"><xsl:with-param name="status" select="$status"/></xsl:call-template>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- status-name: a status code (National Portal) in words. -->
  <xsl:template name="status-name">
    <xsl:param name="status"/>
    <xsl:variable name="s" select="number($status)"/>
    <xsl:choose>
      <xsl:when test="$s = 0"><xsl:value-of select="$t.status.0"/></xsl:when>
      <xsl:when test="$s = 1"><xsl:value-of select="$t.status.1"/></xsl:when>
      <xsl:when test="$s = 2"><xsl:value-of select="$t.status.2"/></xsl:when>
      <xsl:when test="$s = 3"><xsl:value-of select="$t.status.3"/></xsl:when>
      <xsl:when test="$s = 4"><xsl:value-of select="$t.status.4"/></xsl:when>
      <xsl:when test="$s = 5"><xsl:value-of select="$t.status.5"/></xsl:when>
      <xsl:when test="$s = 6"><xsl:value-of select="$t.status.6"/></xsl:when>
      <xsl:when test="$s = 7"><xsl:value-of select="$t.status.7"/></xsl:when>
      <xsl:when test="$s = 8"><xsl:value-of select="$t.status.8"/></xsl:when>
      <xsl:when test="$s = 9"><xsl:value-of select="$t.status.9"/></xsl:when>
      <xsl:when test="$s = 10"><xsl:value-of select="$t.status.10"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$status"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- worktime: working minutes as "2 ngày 3 giờ 15 phút" (a working day is 8 hours). -->
  <xsl:template name="worktime">
    <xsl:param name="minutes"/>
    <xsl:variable name="m" select="number($minutes)"/>
    <xsl:variable name="days" select="floor($m div 480)"/>
    <xsl:variable name="hours" select="floor(($m mod 480) div 60)"/>
    <xsl:variable name="mins" select="$m mod 60"/>
    <xsl:if test="$days &gt; 0"><xsl:value-of select="concat($days, $t.worktime.days)"/></xsl:if>
    <xsl:if test="$hours &gt; 0 or $days = 0"><xsl:value-of select="concat($hours, $t.worktime.hours)"/></xsl:if>
    <xsl:if test="$mins &gt; 0"><xsl:value-of select="concat(' ', $mins, $t.worktime.minutes)"/></xsl:if>
  </xsl:template>

  <!-- move-name: a step of the history in words, by the name of its move (dossier.c). -->
  <xsl:template name="move-name">
    <xsl:param name="move"/>
    <!-- Compared as a string, not as the node given: once, not at every test. -->
    <xsl:variable name="m" select="string($move)"/>
    <xsl:choose>
      <xsl:when test="$m = 'submit'"><xsl:value-of select="$t.move.submit"/></xsl:when>
      <xsl:when test="$m = 'accept'"><xsl:value-of select="$t.move.accept"/></xsl:when>
      <xsl:when test="$m = 'complete'"><xsl:value-of select="$t.move.complete"/></xsl:when>
      <xsl:when test="$m = 'refuse'"><xsl:value-of select="$t.move.refuse"/></xsl:when>
      <xsl:when test="$m = 'assign'"><xsl:value-of select="$t.move.assign"/></xsl:when>
      <xsl:when test="$m = 'handover'"><xsl:value-of select="$t.move.handover"/></xsl:when>
      <xsl:when test="$m = 'supplement'"><xsl:value-of select="$t.move.supplement"/></xsl:when>
      <xsl:when test="$m = 'supplemented'"><xsl:value-of select="$t.move.supplemented"/></xsl:when>
      <xsl:when test="$m = 'fees'"><xsl:value-of select="$t.move.fees"/></xsl:when>
      <xsl:when test="$m = 'paid'"><xsl:value-of select="$t.move.paid"/></xsl:when>
      <xsl:when test="$m = 'propose'"><xsl:value-of select="$t.move.propose"/></xsl:when>
      <xsl:when test="$m = 'sendback'"><xsl:value-of select="$t.move.sendback"/></xsl:when>
      <xsl:when test="$m = 'approve'"><xsl:value-of select="$t.move.approve"/></xsl:when>
      <xsl:when test="$m = 'return'"><xsl:value-of select="$t.move.return"/></xsl:when>
      <xsl:when test="$m = 'apology'"><xsl:value-of select="$t.move.apology"/></xsl:when>
      <xsl:when test="$m = 'stop'"><xsl:value-of select="$t.move.stop"/></xsl:when>
      <xsl:when test="$m = 'withdraw'"><xsl:value-of select="$t.move.withdraw"/></xsl:when>
      <xsl:when test="$m = 'withdrawn'"><xsl:value-of select="$t.move.withdrawn"/></xsl:when>
      <xsl:when test="$m = 'feedback'"><xsl:value-of select="$t.move.feedback"/></xsl:when>
      <xsl:when test="$m = 'exempt'"><xsl:value-of select="$t.move.exempt"/></xsl:when>
      <xsl:when test="$m = 'noexempt'"><xsl:value-of select="$t.move.noexempt"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The payments of a dossier (/page/payments/payment: txn_ref, method, amount, state,
       response_code, gateway_txn_no, created_at, paid_at), each with its receipt once paid:
       the officer's view and the applicant's page. -->
  <xsl:template name="payment-list">
    <ul class="plain od-payments">
      <xsl:for-each select="/page/payments/payment">
        <li class="pay-{state}">
          <xsl:value-of select="concat(created_at, ' — ')"/>
          <xsl:call-template name="money"><xsl:with-param name="amount" select="amount"/></xsl:call-template>
          <xsl:text> — </xsl:text>
          <xsl:choose>
            <xsl:when test="method = 'counter'"><xsl:value-of select="$t.payment.counter"/></xsl:when>
            <xsl:when test="method = 'transfer'"><xsl:value-of select="$t.payment.transfer"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.payment.gateway"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text>: </xsl:text>
          <xsl:choose>
            <xsl:when test="state = 'paid'"><xsl:value-of select="concat($t.payment.paid, paid_at)"/></xsl:when>
            <xsl:when test="state = 'failed'"><xsl:value-of select="concat($t.payment.failed, response_code, ')')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.payment.pending"/></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="gateway_txn_no != ''">
            <xsl:value-of select="concat($t.payment.txn, gateway_txn_no)"/>
          </xsl:if>
          <xsl:if test="state = 'paid'">
            <xsl:text> — </xsl:text>
            <a href="/pay/receipt/{txn_ref}"><xsl:value-of select="$t.payment.receipt"/></a>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- The fees a dossier owes as charged at submission (/page/fees/fee: name, amount, unit,
       unit_amount, quantity, full_amount): 0 is "Miễn phí", a fee per copy or page with its
       price and quantity, a reduced one with its full amount. -->
  <xsl:template name="fee-list">
          <ul class="plain">
            <xsl:for-each select="/page/fees/fee">
              <li>
                <xsl:value-of select="concat(name, ': ')"/>
                <xsl:call-template name="money"><xsl:with-param name="amount" select="amount"/></xsl:call-template>
                <xsl:if test="unit != 'fixed' or full_amount != amount">
                  <xsl:text> (</xsl:text>
                  <xsl:call-template name="fee-price">
                    <xsl:with-param name="price" select="unit_amount"/>
                    <xsl:with-param name="unit" select="unit"/>
                    <xsl:with-param name="quantity" select="quantity"/>
                  </xsl:call-template>
                  <xsl:if test="full_amount != amount">
                    <xsl:value-of select="$t.fee.full"/>
                    <xsl:call-template name="money"><xsl:with-param name="amount" select="full_amount"/></xsl:call-template>
                  </xsl:if>
                  <xsl:text>)</xsl:text>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
  </xsl:template>

  <!-- The exemption or reduction claimed: the ground, the proof to check, the decision. -->
  <xsl:template name="claim">
    <xsl:variable name="c" select="/page/claim"/>
    <xsl:if test="$c">
      <div class="od-claim">
        <h3><xsl:value-of select="$t.claim.heading"/></h3>
        <p>
          <xsl:value-of select="$c/ground"/>
          <xsl:call-template name="claim-percent"><xsl:with-param name="percent" select="$c/percent"/></xsl:call-template>
        </p>
        <p>
          <xsl:value-of select="concat($t.claim.proof.doc, $c/proof, ': ')"/>
          <a href="/files/{$c/file_id}"><xsl:value-of select="$c/file_name"/></a>
        </p>
        <p>
          <strong>
            <xsl:choose>
              <xsl:when test="$c/state = 'granted'"><xsl:value-of select="concat($t.claim.granted, $c/decided_by_name, ', ', $c/decided_at)"/></xsl:when>
              <xsl:when test="$c/state = 'refused'"><xsl:value-of select="concat($t.claim.refused, $c/decided_by_name, ', ', $c/decided_at, ': ', $c/reason)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$t.claim.pending"/></xsl:otherwise>
            </xsl:choose>
          </strong>
        </p>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- draft-expiry: how long a draft nobody changes is kept (dvc.conf draft_expire_days, in
       /page/site), and the day this one goes when given (on: dd/mm/yyyy); nothing when
       drafts are kept for ever. On "Hồ sơ của tôi" and every step of a draft. -->
  <xsl:template name="draft-expiry">
    <xsl:param name="on"/>
    <xsl:variable name="days" select="/page/site/draft_expire_days"/>
    <xsl:if test="$days &gt; 0">
      <p class="hint draft-expiry">
        <xsl:value-of select="concat($t.draft.expiry.pre, $days, $t.draft.expiry.post)"/>
        <xsl:if test="$on != ''">
          <xsl:value-of select="concat($t.draft.expiry.on, $on, '.')"/>
        </xsl:if>
      </p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
