<?xml version="1.0" encoding="UTF-8"?>
<!--
  submit-fees.xsl — step 4 of a submission ("/submit/ID/fees"): the fees the dossier will owe
  as the catalogue states them (the online amount, per copy or per page), the number of copies
  or pages of each fee that takes one (POST /submit/ID/fees, q{sort}), and the exemption or
  reduction the applicant may claim with its proof (POST /submit/ID/claim, multipart; withdrawn
  by POST /submit/ID/unclaim). The fees are fixed on the dossier when it is submitted.

  Input: /page with user, csrf, msg (claimed, unclaimed), dossier (id, procedure_name, channel …),
    fees        fee: id, sort, kind, name, amount (at the counter), amount_online, price (the
                online unit price charged), unit (fixed|copy|page), stage, optional, note,
                quantity, percent (claimed), full, due, takes_quantity
    exemptions  exemption: id, fee_id, fee_name, ground, percent, proof
    claim       (when one is made) exemption_id, ground, percent, proof, fee_name, file_id, file_name
    form        after a refused post: value[@name], error[@name] (q1…q8, exemption)
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:import href="submit-common.xsl"/>

  <xsl:variable name="d" select="/page/dossier"/>
  <xsl:variable name="due" select="sum(/page/fees/fee/due)"/>

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
      <xsl:call-template name="error-summary"/>
      <xsl:if test="msg = 'claimed' or msg = 'unclaimed'">
        <div class="banner banner-ok" role="status">
          <p>
            <xsl:choose>
              <xsl:when test="msg = 'claimed'"><xsl:value-of select="$t.claim.saved"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$t.claim.removed"/></xsl:otherwise>
            </xsl:choose>
          </p>
        </div>
      </xsl:if>

      <div class="fee-due">
        <p class="fee-due-label"><xsl:value-of select="$t.fees.due"/></p>
        <p class="fee-due-amount">
          <xsl:call-template name="money">
            <xsl:with-param name="amount" select="$due"/>
            <xsl:with-param name="count" select="count(fees/fee)"/>
          </xsl:call-template>
        </p>
      </div>

      <xsl:choose>
        <xsl:when test="fees/fee[takes_quantity = 1]">
          <form method="post" action="/submit/{$d/id}/fees" class="fees-form" novalidate="novalidate">
            <xsl:call-template name="csrf-field"/>
            <xsl:call-template name="fees-table">
              <xsl:with-param name="quantities" select="true()"/>
            </xsl:call-template>
            <div class="submit-next">
              <button class="button" type="submit"><xsl:value-of select="$t.fees.save"/></button>
            </div>
          </form>
        </xsl:when>
        <xsl:otherwise>
          <xsl:if test="fees/fee">
            <xsl:call-template name="fees-table"/>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>

      <xsl:if test="fees/fee[optional = 1]">
        <p><xsl:value-of select="$t.fees.optional"/></p>
      </xsl:if>
      <xsl:if test="exemptions/exemption">
        <xsl:call-template name="claim-form"/>
      </xsl:if>

      <xsl:choose>
        <xsl:when test="$due &gt; 0"><p><xsl:value-of select="$t.fees.how"/></p></xsl:when>
        <xsl:when test="fees/fee"><p><xsl:value-of select="$t.fees.free.how"/></p></xsl:when>
      </xsl:choose>
      <xsl:if test="fees/fee[amount_online != '' and amount_online != amount]">
        <p class="hint"><xsl:value-of select="$t.fees.online"/></p>
      </xsl:if>
      <xsl:if test="$d/channel = 'postal'">
        <p class="hint"><xsl:value-of select="$t.fees.postal"/></p>
      </xsl:if>

      <xsl:if test="not(fees/fee[takes_quantity = 1])">
        <div class="submit-next">
          <a class="button" href="/submit/{$d/id}/review"><xsl:value-of select="$t.submit.next"/></a>
        </div>
      </xsl:if>
    </div>
  </xsl:template>

  <!-- The exemption or reduction claimed, or the form to claim one with its proof. -->
  <xsl:template name="claim-form">
    <section class="fee-claim" aria-labelledby="claim-h">
      <h2 id="claim-h"><xsl:value-of select="$t.claim.title"/></h2>
      <p><xsl:value-of select="$t.claim.intro"/></p>
      <xsl:if test="/page/claim">
        <div class="claim-current">
          <p>
            <strong><xsl:value-of select="$t.claim.current"/></strong>
            <xsl:value-of select="concat(/page/claim/ground, ' (', /page/claim/fee_name, ')')"/>
            <xsl:call-template name="claim-percent">
              <xsl:with-param name="percent" select="/page/claim/percent"/>
            </xsl:call-template>
          </p>
          <p>
            <xsl:value-of select="$t.claim.proof.sent"/>
            <a href="/files/{/page/claim/file_id}"><xsl:value-of select="/page/claim/file_name"/></a>
          </p>
          <form method="post" action="/submit/{$d/id}/unclaim">
            <xsl:call-template name="csrf-field"/>
            <button class="button button-secondary" type="submit"><xsl:value-of select="$t.claim.remove"/></button>
          </form>
        </div>
      </xsl:if>
      <form method="post" enctype="multipart/form-data" action="/submit/{$d/id}/claim" class="claim-form">
        <!-- csrf first: the server checks it before it reads any file. -->
        <xsl:call-template name="csrf-field"/>
        <xsl:variable name="error" select="/page/form/error[@name = 'exemption']"/>
        <fieldset>
          <xsl:attribute name="class">
            <xsl:text>form-group</xsl:text>
            <xsl:if test="$error"> form-group-error</xsl:if>
          </xsl:attribute>
          <legend><xsl:value-of select="$t.claim.ground"/></legend>
          <xsl:call-template name="field-error">
            <xsl:with-param name="name" select="'exemption'"/>
          </xsl:call-template>
          <xsl:for-each select="/page/exemptions/exemption">
            <label class="radio">
              <input type="radio" name="exemption" value="{id}">
                <xsl:if test="id = /page/claim/exemption_id"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
              </input>
              <xsl:text> </xsl:text>
              <xsl:value-of select="concat(ground, ' — ', fee_name)"/>
              <xsl:call-template name="claim-percent">
                <xsl:with-param name="percent" select="percent"/>
              </xsl:call-template>
              <span class="hint"><xsl:value-of select="concat($t.claim.proof, proof)"/></span>
            </label>
          </xsl:for-each>
        </fieldset>
        <div class="form-group">
          <label class="label" for="proof"><xsl:value-of select="$t.claim.file"/></label>
          <p class="hint"><xsl:value-of select="$t.claim.file.hint"/></p>
          <input class="file-input" type="file" id="proof" name="file" accept=".pdf,.jpg,.jpeg,.png"/>
        </div>
        <button class="button button-secondary" type="submit"><xsl:value-of select="$t.claim.send"/></button>
      </form>
    </section>
  </xsl:template>

</xsl:stylesheet>
