<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-msg.xsl — every message a handler sends, in Vietnamese (NFC, full diacritics).

  Handlers never send sentences: they send a message code, a short dotted ASCII token naming
  the situation ([a-z0-9_.], e.g. phone.required), on an element of the page:
    /page/form/error[@name][@code]   form_error(r, field, code), next to a field or in the
                                     error summary
    /page/error/message[@code]       app_error(r, status, code) and core's r->message, on
                                     the error page
  Arguments of a message are attributes of the same element (form_error() returns it:
  xml_attr_uint(form_error(r, "_", "login.wait"), "seconds", n)).

  One template per code, in mode "msg", matched on the code; its body is the sentence, with
  the arguments taken from the element's attributes. layout.xsl and error.xsl show a message
  with <xsl:apply-templates select="…" mode="msg"/>. tests/unit/stylesheets.t checks that
  each code the C sources pass has exactly one template here, and that each template's code
  is passed by some C file.

  Included once by layout.xsl, so every view and the error page compile it. That costs
  nothing per request: a template runs only when it is applied to a message, unlike the
  global word variables of vi.xsl, which libxslt evaluates at the start of every transform.
  So all the messages live in this one file, whichever view shows them.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- core: a request refused before its handler ran (app.c) -->
  <xsl:template match="*[@code='role.forbidden']" mode="msg">Tài khoản của bạn không có quyền truy cập trang này.</xsl:template>
  <xsl:template match="*[@code='input.too_long']" mode="msg">Giá trị nhập vào quá dài.</xsl:template>
  <xsl:template match="*[@code='input.invalid']" mode="msg">Địa chỉ hoặc dữ liệu gửi lên không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='query.too_long']" mode="msg">Địa chỉ quá dài.</xsl:template>
  <xsl:template match="*[@code='origin.foreign']" mode="msg">Yêu cầu bị từ chối vì không gửi từ trang của Cổng Dịch vụ công.</xsl:template>
  <xsl:template match="*[@code='csrf.expired']" mode="msg">Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và gửi lại.</xsl:template>

  <!--
    Anything else. An element without a code carries a sentence as its text: transitional,
    for dvc-submit, which still sends sentences until it is converted to codes (then this
    branch goes). An unknown code is a bug, but never shown as is: a generic sentence.
  -->
  <xsl:template match="*" mode="msg" priority="-10">
    <xsl:choose>
      <xsl:when test="not(@code)"><xsl:value-of select="."/></xsl:when>
      <xsl:otherwise>Đã có lỗi xảy ra. Vui lòng thử lại.</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
