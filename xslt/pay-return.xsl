<?xml version="1.0" encoding="UTF-8"?>
<!--
  pay-return.xsl — where the gateway sends the payer back ("/pay/return"): what the gateway
  said, in words; whether the portal has the gateway's confirmation (the IPN) yet. Display
  only: the IPN settles the payment.

  Input: /page/return with outcome (paid|cancelled|failed|invalid) and, unless invalid,
    response_code, transaction_no, txn_ref, amount, amount_words, state (the payment's:
    pending|paid|failed) and dossier_code when the reference is ours.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-pay.xsl"/>

  <xsl:variable name="ret" select="/page/return"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.payret.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.payret.title"/></h1>
    <p class="notice pay-outcome-{$ret/outcome}">
      <xsl:choose>
        <xsl:when test="$ret/outcome = 'paid'"><xsl:value-of select="$t.payret.paid"/></xsl:when>
        <xsl:when test="$ret/outcome = 'cancelled'"><xsl:value-of select="$t.payret.cancelled"/></xsl:when>
        <xsl:when test="$ret/outcome = 'failed'"><xsl:value-of select="$t.payret.failed"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$t.payret.invalid"/></xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:if test="$ret/outcome != 'invalid'">
      <dl class="pay-dossier">
        <xsl:if test="$ret/dossier_code">
          <dt><xsl:value-of select="$t.pay.dossier"/></dt>
          <dd class="code"><xsl:value-of select="$ret/dossier_code"/></dd>
        </xsl:if>
        <xsl:if test="$ret/amount">
          <dt><xsl:value-of select="$t.pay.col.amount"/></dt>
          <dd>
            <xsl:call-template name="money"><xsl:with-param name="amount" select="$ret/amount"/></xsl:call-template>
            <xsl:value-of select="concat(' (', $ret/amount_words, ')')"/>
          </dd>
        </xsl:if>
      </dl>
      <xsl:if test="$ret/outcome = 'paid'">
        <p><xsl:value-of select="concat($t.payret.code, $ret/transaction_no)"/></p>
        <p>
          <xsl:choose>
            <xsl:when test="$ret/state = 'paid'">
              <xsl:value-of select="$t.payret.confirmed"/>
              <xsl:text> </xsl:text>
              <a href="/pay/receipt/{$ret/txn_ref}"><xsl:value-of select="$t.pay.receipt"/></a>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$t.payret.waiting"/></xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:if>
      <xsl:if test="$ret/dossier_code">
        <p><a class="button" href="/pay/{$ret/dossier_code}"><xsl:value-of select="$t.payret.again"/></a></p>
      </xsl:if>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
