<?xml version="1.0" encoding="UTF-8"?>
<!--
  pay-dossier.xsl — paying a dossier's fees ("/pay/CODE"): the fees recorded with the dossier,
  what was paid, what is due now in figures and in words, and the button that starts a
  payment through the gateway (a POST to the same address).

  Input: /page with dossier (id, code, status, procedure_name, due, paid, payable 0|1),
    fees     fee: kind, name, amount, stage (submission|supplement|result), unit, unit_amount,
             quantity, full_amount (core SQL_DOSSIER_FEES_SELECT)
    payments payment: txn_ref, method, amount, state (pending|paid|failed), gateway_txn_no,
             created_at, paid_at
    due_words (when due > 0), gateway_off (no gateway configured), csrf,
    transfer (when the province takes transfers): bin, account, holder, content (the dossier
             code), payload (VietQR), qr (size, path: its QR code)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="transfer.xsl"/>
  <xsl:include href="i18n/vi-pay.xsl"/>

  <xsl:variable name="d" select="/page/dossier"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="concat($t.pay.title, $t.title.sep, $d/code)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.pay.title"/></h1>
    <dl class="pay-dossier">
      <dt><xsl:value-of select="$t.pay.dossier"/></dt>
      <dd class="code"><xsl:value-of select="$d/code"/></dd>
      <dt><xsl:value-of select="$t.pay.procedure"/></dt>
      <dd><xsl:value-of select="$d/procedure_name"/></dd>
    </dl>

    <h2><xsl:value-of select="$t.pay.fees"/></h2>
    <ul class="pay-fees">
      <xsl:for-each select="fees/fee">
        <li>
          <xsl:value-of select="name"/>
          <xsl:text> (</xsl:text>
          <xsl:choose>
            <xsl:when test="stage = 'supplement'"><xsl:value-of select="$t.pay.stage.supplement"/></xsl:when>
            <xsl:when test="stage = 'result'"><xsl:value-of select="$t.pay.stage.result"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.pay.stage.submission"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text>): </xsl:text>
          <xsl:call-template name="money"><xsl:with-param name="amount" select="amount"/></xsl:call-template>
          <xsl:if test="unit = 'copy' or unit = 'page'">
            <xsl:text> (</xsl:text>
            <xsl:call-template name="fee-price">
              <xsl:with-param name="price" select="unit_amount"/>
              <xsl:with-param name="unit" select="unit"/>
              <xsl:with-param name="quantity" select="quantity"/>
            </xsl:call-template>
            <xsl:text>)</xsl:text>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ul>
    <p>
      <xsl:value-of select="$t.pay.paid"/><xsl:text>: </xsl:text>
      <xsl:call-template name="number"><xsl:with-param name="value" select="$d/paid"/></xsl:call-template>
      <xsl:value-of select="$t.money.unit"/>
    </p>

    <xsl:choose>
      <xsl:when test="not($d/due &gt; 0)">
        <p class="notice"><xsl:value-of select="$t.pay.nothing"/></p>
      </xsl:when>
      <xsl:when test="$d/payable != 1">
        <p class="notice"><xsl:value-of select="$t.pay.not_now"/></p>
      </xsl:when>
      <xsl:otherwise>
        <div class="fee-due">
          <p class="fee-due-label"><xsl:value-of select="$t.pay.due"/></p>
          <p class="fee-due-amount">
            <xsl:call-template name="money"><xsl:with-param name="amount" select="$d/due"/></xsl:call-template>
          </p>
          <p class="fee-due-words"><xsl:value-of select="concat($t.pay.words, due_words)"/></p>
        </div>
        <xsl:choose>
          <xsl:when test="gateway_off">
            <p class="notice"><xsl:value-of select="$t.pay.off"/></p>
          </xsl:when>
          <xsl:otherwise>
            <form method="post" action="/pay/{$d/code}">
              <xsl:call-template name="csrf-field"/>
              <p class="hint"><xsl:value-of select="$t.pay.go.hint"/></p>
              <button type="submit" class="button"><xsl:value-of select="$t.pay.go"/></button>
            </form>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:if test="transfer and $d/payable = 1 and $d/due &gt; 0">
      <xsl:call-template name="transfer"/>
    </xsl:if>

    <xsl:if test="payments/payment">
      <h2><xsl:value-of select="$t.pay.history"/></h2>
      <table class="pay-history">
        <thead>
          <tr>
            <th><xsl:value-of select="$t.pay.col.time"/></th>
            <th><xsl:value-of select="$t.pay.col.amount"/></th>
            <th><xsl:value-of select="$t.pay.col.state"/></th>
            <th><xsl:value-of select="$t.pay.col.txn"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="payments/payment">
            <tr class="pay-{state}">
              <td><xsl:value-of select="created_at"/></td>
              <td><xsl:call-template name="money"><xsl:with-param name="amount" select="amount"/></xsl:call-template></td>
              <td>
                <xsl:choose>
                  <xsl:when test="state = 'paid'"><xsl:value-of select="$t.pay.state.paid"/></xsl:when>
                  <xsl:when test="state = 'failed'"><xsl:value-of select="$t.pay.state.failed"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$t.pay.state.pending"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td>
                <xsl:value-of select="gateway_txn_no"/>
                <xsl:if test="state = 'paid'">
                  <xsl:text> </xsl:text>
                  <a href="/pay/receipt/{txn_ref}"><xsl:value-of select="$t.pay.receipt"/></a>
                </xsl:if>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
