<?xml version="1.0" encoding="UTF-8"?>
<!--
  sandbox-pay.xsl — the payment page of the gateway stand-in (dvc-paysandbox, development and
  tests only): what the merchant asks, and the payer's four choices, each a POST to
  /sandbox/pay/txn/ID with outcome pay, pay_lost_ipn, decline or cancel.

  Input: /page with txn: id, merchant, txn_ref, order_info, amount (đồng), amount_words.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="i18n/vi-pay.xsl"/>

  <xsl:variable name="txn" select="/page/txn"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="$t.sandbox.title"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="$t.sandbox.title"/></h1>
    <p class="notice"><xsl:value-of select="$t.sandbox.warning"/></p>
    <dl class="sandbox-order">
      <dt><xsl:value-of select="$t.sandbox.merchant"/></dt>
      <dd><xsl:value-of select="$txn/merchant"/></dd>
      <dt><xsl:value-of select="$t.sandbox.ref"/></dt>
      <dd><xsl:value-of select="$txn/txn_ref"/></dd>
      <dt><xsl:value-of select="$t.sandbox.info"/></dt>
      <dd><xsl:value-of select="$txn/order_info"/></dd>
      <dt><xsl:value-of select="$t.sandbox.amount"/></dt>
      <dd class="amount">
        <xsl:call-template name="money"><xsl:with-param name="amount" select="$txn/amount"/></xsl:call-template>
      </dd>
      <dt><xsl:value-of select="$t.sandbox.words"/></dt>
      <dd><xsl:value-of select="$txn/amount_words"/></dd>
    </dl>
    <xsl:call-template name="choice">
      <xsl:with-param name="outcome" select="'pay'"/>
      <xsl:with-param name="label" select="$t.sandbox.pay"/>
    </xsl:call-template>
    <xsl:call-template name="choice">
      <xsl:with-param name="outcome" select="'pay_lost_ipn'"/>
      <xsl:with-param name="label" select="$t.sandbox.pay_lost_ipn"/>
    </xsl:call-template>
    <xsl:call-template name="choice">
      <xsl:with-param name="outcome" select="'decline'"/>
      <xsl:with-param name="label" select="$t.sandbox.decline"/>
    </xsl:call-template>
    <xsl:call-template name="choice">
      <xsl:with-param name="outcome" select="'cancel'"/>
      <xsl:with-param name="label" select="$t.sandbox.cancel"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="choice">
    <xsl:param name="outcome"/>
    <xsl:param name="label"/>
    <form method="post" action="/sandbox/pay/txn/{$txn/id}" class="sandbox-choice">
      <xsl:call-template name="csrf-field"/>
      <input type="hidden" name="outcome" value="{$outcome}"/>
      <button type="submit" class="button" data-outcome="{$outcome}"><xsl:value-of select="$label"/></button>
    </form>
  </xsl:template>

</xsl:stylesheet>
