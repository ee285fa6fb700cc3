<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-mail-account.xsl — the words of the e-mails about an account (mail-reset.xsl,
  mail-password-changed.xsl), in Vietnamese (NFC, full diacritics). See vi.xsl for how words
  are split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="t.amail.site" select="'Cổng Dịch vụ công'"/>
  <xsl:variable name="t.amail.dear" select="'Kính gửi '"/>
  <xsl:variable name="t.amail.address" select="'Yêu cầu được gửi từ địa chỉ mạng: '"/>
  <xsl:variable name="t.amail.footer" select="'Thư này được gửi tự động, vui lòng không trả lời.'"/>

  <!-- mail-reset.xsl: the link -->
  <xsl:variable name="t.amail.reset.subject" select="'Đặt lại mật khẩu tài khoản trên '"/>
  <xsl:variable name="t.amail.reset.say" select="'Chúng tôi đã nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn trên '"/>
  <xsl:variable name="t.amail.reset.open" select="'. Để chọn mật khẩu mới, hãy mở đường dẫn dưới đây trong vòng '"/>
  <xsl:variable name="t.amail.reset.minutes" select="' phút:'"/>
  <xsl:variable name="t.amail.reset.once" select="'Đường dẫn chỉ dùng được một lần. Sau khi đặt lại, tài khoản sẽ được đăng xuất trên mọi thiết bị.'"/>
  <xsl:variable name="t.amail.reset.ignore" select="'Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi. Không chia sẻ đường dẫn này cho bất kỳ ai.'"/>

  <!-- mail-password-changed.xsl: the password was set by a link -->
  <xsl:variable name="t.amail.changed.subject" select="'Mật khẩu tài khoản của bạn đã được đặt lại trên '"/>
  <xsl:variable name="t.amail.changed.say" select="'Mật khẩu tài khoản của bạn trên '"/>
  <xsl:variable name="t.amail.changed.done" select="' vừa được đặt lại bằng đường dẫn gửi qua thư điện tử. Mọi phiên đăng nhập của tài khoản đã được kết thúc.'"/>
  <xsl:variable name="t.amail.changed.address" select="'Địa chỉ mạng đã đặt lại mật khẩu: '"/>
  <xsl:variable name="t.amail.changed.notme" select="'Nếu không phải bạn thực hiện, hãy đặt lại mật khẩu ngay bằng chức năng Quên mật khẩu tại trang đăng nhập và liên hệ bộ phận một cửa: '"/>

</xsl:stylesheet>
