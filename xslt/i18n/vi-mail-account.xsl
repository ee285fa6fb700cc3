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


  <!-- mail-verify.xsl: a new account's address, or a new address of an account -->
  <xsl:variable name="t.amail.verify.subject" select="'Xác nhận thư điện tử của tài khoản trên '"/>
  <xsl:variable name="t.amail.verify.say" select="'Bạn vừa đăng ký tài khoản trên '"/>
  <xsl:variable name="t.amail.verify.change" select="'Bạn vừa yêu cầu dùng địa chỉ thư điện tử này cho tài khoản của mình trên '"/>
  <xsl:variable name="t.amail.verify.contact" select="'Địa chỉ thư điện tử này vừa được ghi làm thư điện tử liên hệ của một hồ sơ trên '"/>
  <xsl:variable name="t.amail.verify.open" select="'. Để xác nhận địa chỉ thư điện tử, hãy mở đường dẫn dưới đây trong vòng '"/>
  <xsl:variable name="t.amail.verify.hours" select="' giờ:'"/>
  <xsl:variable name="t.amail.verify.once" select="'Đường dẫn chỉ dùng được một lần. Tài khoản chỉ nộp được hồ sơ trực tuyến sau khi thư điện tử được xác nhận.'"/>
  <xsl:variable name="t.amail.verify.contact.once" select="'Đường dẫn chỉ dùng được một lần. Thư về hồ sơ chỉ được gửi tới địa chỉ này sau khi địa chỉ được xác nhận.'"/>
  <xsl:variable name="t.amail.verify.ignore" select="'Nếu bạn không thực hiện yêu cầu này, hãy bỏ qua thư: không có gì thay đổi.'"/>

  <!-- mail-unlock.xsl: the link that ends the sign-in's wait -->
  <xsl:variable name="t.amail.unlock.subject" select="'Mở khóa đăng nhập tài khoản trên '"/>
  <xsl:variable name="t.amail.unlock.say" select="'Tài khoản của bạn trên '"/>
  <xsl:variable name="t.amail.unlock.open" select="' đang phải chờ giữa các lần đăng nhập vì mật khẩu bị nhập sai nhiều lần. Để đăng nhập ngay, hãy mở đường dẫn dưới đây trong vòng '"/>
  <xsl:variable name="t.amail.unlock.minutes" select="' phút:'"/>
  <xsl:variable name="t.amail.unlock.notme" select="'Nếu không phải bạn đã nhập sai mật khẩu, có thể có người đang dò mật khẩu của bạn: hãy đổi mật khẩu sau khi đăng nhập. Không chia sẻ đường dẫn này cho bất kỳ ai.'"/>

  <!-- mail-identity-tried.xsl: the owner told that someone tried their CCCD or address -->
  <xsl:variable name="t.amail.tried.subject" select="'Có người dùng thông tin tài khoản của bạn trên '"/>
  <xsl:variable name="t.amail.tried.register" select="'Vừa có người đăng ký tài khoản mới trên '"/>
  <xsl:variable name="t.amail.tried.register.what" select="' bằng số định danh cá nhân hoặc thư điện tử của tài khoản của bạn. Tài khoản mới không được tạo.'"/>
  <xsl:variable name="t.amail.tried.email" select="'Vừa có người yêu cầu dùng địa chỉ thư điện tử này cho một tài khoản khác trên '"/>
  <xsl:variable name="t.amail.tried.email.what" select="'. Địa chỉ không được đổi: nó vẫn là thư điện tử của tài khoản của bạn.'"/>
  <xsl:variable name="t.amail.tried.you" select="'Nếu đó là bạn, bạn không cần tài khoản mới: hãy đăng nhập, hoặc đặt lại mật khẩu bằng chức năng Quên mật khẩu tại trang đăng nhập: '"/>
  <xsl:variable name="t.amail.tried.notme" select="'Nếu không phải bạn, bạn không cần làm gì; nếu điều này lặp lại, hãy liên hệ Bộ phận Một cửa.'"/>

</xsl:stylesheet>
