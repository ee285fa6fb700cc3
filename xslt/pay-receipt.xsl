<?xml version="1.0" encoding="UTF-8"?>
<!--
  pay-receipt.xsl — the e-receipt of a paid payment (biên lai điện tử, "/pay/receipt/REF"),
  printable on one A4 page: the receiving unit, the payer, the dossier and its procedure,
  the amount in figures and in words, how it was paid (through the gateway, with its
  transaction number; at the counter; by bank transfer, with its reference) and when.

  Input: /page with receipt (txn_ref, method gateway|counter|transfer, amount, gateway_txn_no,
    bank_txn_no, paid_at dd/mm/yyyy HH:MM, code, applicant_kind, applicant_name, org_name,
    citizen_id_last4 (the CCCD's last four digits, never the whole number), applicant_address,
    procedure_name, agency_name, recorded_by) and amount_words.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-pay.xsl"/>

  <xsl:variable name="rc" select="/page/receipt"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="concat($t.rcpt.title, $t.title.sep, $rc/code)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <p class="receipt-print no-print"><xsl:value-of select="$t.rcpt.print"/></p>
    <article class="slip pay-receipt" aria-labelledby="slip-title">
      <header class="slip-head">
        <div class="slip-issuer">
          <p class="slip-agency"><xsl:value-of select="$rc/agency_name"/></p>
        </div>
        <div class="slip-nation">
          <p class="slip-nation-name"><xsl:value-of select="$t.rcpt.nation"/></p>
          <p class="slip-motto"><xsl:value-of select="$t.rcpt.motto"/></p>
        </div>
      </header>
      <h1 class="slip-title" id="slip-title"><xsl:value-of select="$t.rcpt.title"/></h1>
      <p class="slip-code"><xsl:value-of select="concat($t.rcpt.number, $rc/txn_ref)"/></p>
      <dl class="pay-receipt-lines">
        <dt><xsl:value-of select="$t.rcpt.payer"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$rc/applicant_kind = 'organisation' and $rc/org_name != ''">
              <xsl:value-of select="concat($rc/org_name, ' (', $rc/applicant_name, ')')"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$rc/applicant_name"/></xsl:otherwise>
          </xsl:choose>
        </dd>
        <!-- The payer's CCCD, as the receipt does not need the whole number: its last four
             digits, the only ones the statement gives. -->
        <xsl:if test="$rc/citizen_id_last4 != ''">
          <dt><xsl:value-of select="$t.rcpt.citizen_id"/></dt>
          <dd class="code">
            <xsl:call-template name="cccd-masked">
              <xsl:with-param name="value" select="$rc/citizen_id_last4"/>
            </xsl:call-template>
          </dd>
        </xsl:if>
        <xsl:if test="$rc/applicant_address != ''">
          <dt><xsl:value-of select="$t.rcpt.address"/></dt>
          <dd><xsl:value-of select="$rc/applicant_address"/></dd>
        </xsl:if>
        <dt><xsl:value-of select="$t.rcpt.for"/></dt>
        <dd>
          <xsl:value-of select="concat($t.rcpt.dossier, $rc/code, ' — ', $rc/procedure_name)"/>
        </dd>
        <dt><xsl:value-of select="$t.rcpt.amount"/></dt>
        <dd class="amount">
          <xsl:call-template name="money"><xsl:with-param name="amount" select="$rc/amount"/></xsl:call-template>
        </dd>
        <dt><xsl:value-of select="$t.rcpt.words"/></dt>
        <dd class="amount-words"><xsl:value-of select="/page/amount_words"/></dd>
        <dt><xsl:value-of select="$t.rcpt.method"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$rc/method = 'counter'"><xsl:value-of select="$t.rcpt.counter"/></xsl:when>
            <xsl:when test="$rc/method = 'transfer'"><xsl:value-of select="$t.rcpt.transfer"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.rcpt.gateway"/></xsl:otherwise>
          </xsl:choose>
        </dd>
        <xsl:if test="$rc/gateway_txn_no != ''">
          <dt><xsl:value-of select="$t.rcpt.gateway_no"/></dt>
          <dd class="code"><xsl:value-of select="$rc/gateway_txn_no"/></dd>
        </xsl:if>
        <xsl:if test="$rc/bank_txn_no != ''">
          <dt>
            <xsl:choose>
              <xsl:when test="$rc/method = 'gateway'"><xsl:value-of select="$t.rcpt.bank_txn"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$t.rcpt.bank_no"/></xsl:otherwise>
            </xsl:choose>
          </dt>
          <dd class="code"><xsl:value-of select="$rc/bank_txn_no"/></dd>
        </xsl:if>
        <dt><xsl:value-of select="$t.rcpt.paid_at"/></dt>
        <dd><xsl:value-of select="$rc/paid_at"/></dd>
        <xsl:if test="$rc/method != 'gateway'">
          <dt><xsl:value-of select="$t.rcpt.recorded_by"/></dt>
          <dd><xsl:value-of select="$rc/recorded_by"/></dd>
        </xsl:if>
      </dl>
      <p class="slip-note"><xsl:value-of select="$t.rcpt.note"/></p>
    </article>
  </xsl:template>

</xsl:stylesheet>
