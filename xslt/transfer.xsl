<?xml version="1.0" encoding="UTF-8"?>
<!--
  transfer.xsl — the bank transfer of what a dossier owes, with its VietQR (NAPAS EMVCo) code
  and the dossier code as the transfer's content: on the applicant's fee page (pay-dossier.xsl)
  and on the officer's fee notice (officer-dossier.xsl), who matches the transfer when it
  arrives. Input: /page/transfer (core xml_transfer()): bin, account, holder, content,
  payload, qr (size, path). Its words are vi-pay.xsl's.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="transfer">
    <xsl:param name="tr" select="/page/transfer"/>
      <section class="pay-transfer" aria-labelledby="transfer-h">
        <h2 id="transfer-h"><xsl:value-of select="$t.pay.transfer"/></h2>
        <p><xsl:value-of select="$t.pay.transfer.lead"/></p>
        <xsl:if test="$tr/qr/path != ''">
          <svg class="qr" width="200" height="200" viewBox="0 0 {$tr/qr/size + 8} {$tr/qr/size + 8}"
               role="img" aria-label="{$t.pay.transfer.qr}" shape-rendering="crispEdges">
            <rect width="{$tr/qr/size + 8}" height="{$tr/qr/size + 8}" fill="#fff"/>
            <path transform="translate(4,4)" d="{$tr/qr/path}" fill="#000"/>
          </svg>
        </xsl:if>
        <dl>
          <dt><xsl:value-of select="$t.pay.transfer.holder"/></dt>
          <dd><xsl:value-of select="$tr/holder"/></dd>
          <dt><xsl:value-of select="$t.pay.transfer.account"/></dt>
          <dd class="code"><xsl:value-of select="$tr/account"/></dd>
          <dt><xsl:value-of select="$t.pay.transfer.bin"/></dt>
          <dd class="code"><xsl:value-of select="$tr/bin"/></dd>
          <dt><xsl:value-of select="$t.pay.transfer.content"/></dt>
          <dd class="code"><xsl:value-of select="$tr/content"/></dd>
        </dl>
      </section>
  </xsl:template>

</xsl:stylesheet>
