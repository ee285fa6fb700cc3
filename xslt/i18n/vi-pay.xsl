<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-pay.xsl — the words of the payment pages in Vietnamese (NFC, full diacritics): the
  gateway stand-in of development and tests (sandbox-pay.xsl).

  Included by the payment views and by nothing else; see vi.xsl for how the words are split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The gateway stand-in (dvc-paysandbox): never on a province's server -->
  <xsl:variable name="t.sandbox.title" select="'Cổng thanh toán thử nghiệm'"/>
  <xsl:variable name="t.sandbox.warning" select="'Đây là cổng thanh toán giả lập dùng để phát triển và kiểm thử. Không có khoản tiền thật nào được chuyển.'"/>
  <xsl:variable name="t.sandbox.merchant" select="'Đơn vị nhận tiền (mã)'"/>
  <xsl:variable name="t.sandbox.ref" select="'Mã giao dịch của đơn vị'"/>
  <xsl:variable name="t.sandbox.info" select="'Nội dung thanh toán'"/>
  <xsl:variable name="t.sandbox.amount" select="'Số tiền'"/>
  <xsl:variable name="t.sandbox.words" select="'Bằng chữ'"/>
  <xsl:variable name="t.sandbox.pay" select="'Thanh toán'"/>
  <xsl:variable name="t.sandbox.pay_lost_ipn" select="'Thanh toán, nhưng không gửi thông báo IPN (thử đối soát)'"/>
  <xsl:variable name="t.sandbox.decline" select="'Ngân hàng từ chối (không đủ số dư)'"/>
  <xsl:variable name="t.sandbox.cancel" select="'Hủy thanh toán'"/>

</xsl:stylesheet>
