<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-admin-totp.xsl — the words of the second factor's pages (account-mfa.xsl: the code after
  the password, enrolling an authenticator app, the recovery codes, the factor's page), in
  Vietnamese (NFC, full diacritics). Included by account-mfa.xsl, and by account-profile.xsl
  and admin-home.xsl for their link. The messages (mfa.*) are in vi-msg.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="t.mfa.title" select="'Xác thực hai bước'"/>
  <xsl:variable name="t.mfa.link" select="'Xác thực hai bước (mã từ ứng dụng xác thực)'"/>
  <!-- the code after the password -->
  <xsl:variable name="t.mfa.code.lead" select="'Mật khẩu đã đúng. Để hoàn tất đăng nhập, hãy nhập mã gồm 6 chữ số đang hiển thị trong ứng dụng xác thực trên điện thoại của bạn.'"/>
  <xsl:variable name="t.mfa.code" select="'Mã xác thực'"/>
  <xsl:variable name="t.mfa.code.hint" select="'6 chữ số trong ứng dụng xác thực; nếu mất điện thoại, nhập một mã khôi phục (dạng xxxxx-xxxxx)'"/>
  <xsl:variable name="t.mfa.code.current" select="'Mã xác thực hiện tại'"/>
  <xsl:variable name="t.mfa.code.submit" select="'Xác nhận'"/>
  <xsl:variable name="t.mfa.code.other" select="'Không phải bạn, hoặc muốn đăng nhập tài khoản khác? Hãy đăng xuất.'"/>
  <!-- enrolment -->
  <xsl:variable name="t.mfa.enrol.title" select="'Bật xác thực hai bước'"/>
  <xsl:variable name="t.mfa.enrol.required.admin" select="'Tài khoản quản trị hệ thống bắt buộc dùng xác thực hai bước. Bạn cần bật tính năng này trước khi sử dụng các chức năng khác.'"/>
  <xsl:variable name="t.mfa.enrol.required.officer" select="'Tài khoản cán bộ, công chức bắt buộc dùng xác thực hai bước. Bạn cần bật tính năng này trước khi sử dụng các chức năng khác.'"/>
  <xsl:variable name="t.mfa.enrol.lead" select="'Sau khi bật, mỗi lần đăng nhập bạn nhập thêm một mã gồm 6 chữ số do ứng dụng xác thực trên điện thoại tạo ra, mã đổi sau mỗi 30 giây.'"/>
  <xsl:variable name="t.mfa.enrol.step1" select="'Cài một ứng dụng xác thực trên điện thoại (ví dụ Google Authenticator, Microsoft Authenticator, FreeOTP).'"/>
  <xsl:variable name="t.mfa.enrol.step2" select="'Trong ứng dụng, chọn thêm tài khoản và quét mã QR dưới đây. Nếu không quét được, hãy nhập khóa bí mật bằng tay.'"/>
  <xsl:variable name="t.mfa.enrol.step3" select="'Nhập mã gồm 6 chữ số mà ứng dụng hiển thị để xác nhận.'"/>
  <xsl:variable name="t.mfa.enrol.qr" select="'Mã QR để thêm tài khoản vào ứng dụng xác thực'"/>
  <xsl:variable name="t.mfa.enrol.secret" select="'Khóa bí mật: '"/>
  <xsl:variable name="t.mfa.enrol.account" select="'Tài khoản: '"/>
  <xsl:variable name="t.mfa.enrol.submit" select="'Bật xác thực hai bước'"/>
  <!-- the recovery codes -->
  <xsl:variable name="t.mfa.codes.title" select="'Mã khôi phục'"/>
  <xsl:variable name="t.mfa.codes.enabled" select="'Xác thực hai bước đã được bật cho tài khoản của bạn.'"/>
  <xsl:variable name="t.mfa.codes.lead" select="'Hãy in hoặc chép các mã khôi phục dưới đây và cất ở nơi an toàn. Khi không có điện thoại, bạn có thể nhập một mã khôi phục thay cho mã xác thực; mỗi mã chỉ dùng được một lần.'"/>
  <xsl:variable name="t.mfa.codes.once" select="'Các mã này chỉ hiển thị một lần, ngay bây giờ.'"/>
  <xsl:variable name="t.mfa.codes.continue" select="'Tôi đã lưu các mã, tiếp tục'"/>
  <!-- the factor's page -->
  <xsl:variable name="t.mfa.manage.on" select="'Xác thực hai bước đang bật từ '"/>
  <xsl:variable name="t.mfa.manage.left" select="'Số mã khôi phục chưa dùng: '"/>
  <xsl:variable name="t.mfa.manage.lead" select="'Để tạo bộ mã khôi phục mới (các mã cũ hết hiệu lực) hoặc tắt xác thực hai bước, hãy nhập mã xác thực hiện tại.'"/>
  <xsl:variable name="t.mfa.manage.required" select="'Tài khoản của bạn bắt buộc dùng xác thực hai bước: nếu tắt (ví dụ khi đổi điện thoại), bạn phải bật lại với ứng dụng mới ngay sau đó.'"/>
  <xsl:variable name="t.mfa.manage.recovery" select="'Tạo mã khôi phục mới'"/>
  <xsl:variable name="t.mfa.manage.disable" select="'Tắt xác thực hai bước'"/>
  <xsl:variable name="t.mfa.manage.back" select="'Về trang tài khoản'"/>
  <xsl:variable name="t.mfa.disabled" select="'Đã tắt xác thực hai bước.'"/>

</xsl:stylesheet>
