<?xml version="1.0" encoding="UTF-8"?>
<!--
  submit-fees.xsl — step 4 of a submission ("/submit/ID/fees"): the fees and charges the
  dossier will owe, with the total due. Nothing to fill in: the fees are recorded with the
  dossier when it is submitted; payment is a later step.

  Input: /page with user, dossier (id, procedure_name, channel …) and
    fees   fee: kind (le_phi|phi), name, amount (đồng), stage (submission|supplement|result),
           optional (1: only when asked for, left out of the total), note
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="submit-common.xsl"/>

  <xsl:variable name="d" select="/page/dossier"/>
  <xsl:variable name="due" select="sum(/page/fees/fee[not(optional = 1)]/amount)"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="concat($t.fees.title, $t.title.sep, $d/procedure_name)"/>
  </xsl:template>

  <xsl:template match="page" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="page" mode="breadcrumb">
    <li><a href="/dossiers/"><xsl:value-of select="$t.mine.title"/></a></li>
    <li aria-current="page"><xsl:value-of select="$d/procedure_name"/></li>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <div class="submit-page">
      <xsl:call-template name="submit-head">
        <xsl:with-param name="current" select="'fees'"/>
        <xsl:with-param name="title" select="$t.fees.title"/>
      </xsl:call-template>
      <xsl:call-template name="notice"/>

      <div class="fee-due">
        <p class="fee-due-label"><xsl:value-of select="$t.fees.due"/></p>
        <p class="fee-due-amount">
          <xsl:call-template name="money">
            <xsl:with-param name="amount" select="$due"/>
            <xsl:with-param name="count" select="count(fees/fee)"/>
          </xsl:call-template>
        </p>
      </div>

      <xsl:if test="fees/fee">
        <xsl:call-template name="fees-table"/>
      </xsl:if>

      <xsl:if test="$due &gt; 0">
        <p><xsl:value-of select="$t.fees.how"/></p>
      </xsl:if>
      <xsl:if test="fees/fee[optional = 1]">
        <p><xsl:value-of select="$t.fees.optional"/></p>
      </xsl:if>
      <xsl:if test="$d/channel = 'postal'">
        <p class="hint"><xsl:value-of select="$t.fees.postal"/></p>
      </xsl:if>

      <div class="submit-next">
        <a class="button" href="/submit/{$d/id}/review"><xsl:value-of select="$t.submit.next"/></a>
      </div>
    </div>
  </xsl:template>

</xsl:stylesheet>
