<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-admin-mfa.xsl — the words of the second factor's part of a person's page in the back
  office (admin-person.xsl: whether the account has one, its reset for a lost phone) and of
  the e-mail that tells an account's owner of a change of its second factor (mail-mfa.xsl:
  reset by an administrator, removed, a recovery code used), in Vietnamese (NFC, full
  diacritics). The messages of the reset's form are in vi-msg.xsl (people.mfa_*).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- admin-person.xsl -->
  <xsl:variable name="t.pmfa.title" select="'Xác thực hai bước'"/>
  <xsl:variable name="t.pmfa.on" select="'Đang bật từ '"/>
  <xsl:variable name="t.pmfa.left" select="'Số mã khôi phục còn lại: '"/>
  <xsl:variable name="t.pmfa.off" select="'Tài khoản này chưa bật xác thực hai bước.'"/>
  <xsl:variable name="t.pmfa.required" select="'Tài khoản này bắt buộc dùng xác thực hai bước: sau khi đặt lại, ở lần đăng nhập tới người dùng phải thiết lập lại ứng dụng xác thực trước khi làm việc khác.'"/>
  <xsl:variable name="t.pmfa.optional" select="'Sau khi đặt lại, người dùng đăng nhập chỉ bằng mật khẩu cho đến khi tự bật lại xác thực hai bước.'"/>
  <xsl:variable name="t.pmfa.reset.text" select="'Dùng khi người dùng bị mất điện thoại và không còn mã khôi phục: khóa xác thực và các mã khôi phục bị xóa, mọi phiên đăng nhập của tài khoản kết thúc, người dùng được báo qua thư điện tử.'"/>
  <xsl:variable name="t.pmfa.confirm" select="'Tôi đã xác minh đúng người đề nghị và xác nhận đặt lại xác thực hai bước của tài khoản này'"/>
  <xsl:variable name="t.pmfa.reset" select="'Đặt lại xác thực hai bước'"/>
  <xsl:variable name="t.pmfa.self" select="'Đây là tài khoản của bạn: hãy quản lý xác thực hai bước của mình tại trang '"/>
  <xsl:variable name="t.pmfa.msg.reset" select="'Đã đặt lại xác thực hai bước: mọi phiên đăng nhập của tài khoản đã kết thúc và người dùng đã được báo qua thư điện tử.'"/>

  <!-- mail-mfa.xsl -->
  <xsl:variable name="t.mmfa.site" select="'Cổng Dịch vụ công'"/>
  <xsl:variable name="t.mmfa.subject.reset" select="'Xác thực hai bước của tài khoản đã được đặt lại trên '"/>
  <xsl:variable name="t.mmfa.subject.disabled" select="'Xác thực hai bước của tài khoản đã được tắt trên '"/>
  <xsl:variable name="t.mmfa.subject.recovery" select="'Một mã khôi phục của tài khoản vừa được sử dụng trên '"/>
  <xsl:variable name="t.mmfa.dear" select="'Kính gửi '"/>
  <xsl:variable name="t.mmfa.reset" select="'Quản trị viên của cổng đã đặt lại xác thực hai bước cho tài khoản của bạn: ứng dụng xác thực và các mã khôi phục cũ không còn dùng được, mọi phiên đăng nhập của tài khoản đã kết thúc.'"/>
  <xsl:variable name="t.mmfa.reset.required" select="'Ở lần đăng nhập tới, sau khi nhập mật khẩu, bạn sẽ được hướng dẫn thiết lập lại ứng dụng xác thực và nhận mã khôi phục mới.'"/>
  <xsl:variable name="t.mmfa.reset.optional" select="'Từ nay bạn đăng nhập chỉ bằng mật khẩu; bạn có thể bật lại xác thực hai bước tại trang:'"/>
  <xsl:variable name="t.mmfa.reset.notme" select="'Nếu bạn không đề nghị việc này, hãy báo ngay cho quản trị viên của cổng.'"/>
  <xsl:variable name="t.mmfa.disabled" select="'Xác thực hai bước của tài khoản của bạn vừa được tắt: ứng dụng xác thực và các mã khôi phục không còn dùng được. Bạn có thể bật lại tại trang:'"/>
  <xsl:variable name="t.mmfa.recovery" select="'Một mã khôi phục của tài khoản của bạn vừa được sử dụng. Mỗi mã chỉ dùng được một lần; số mã khôi phục còn lại: '"/>
  <xsl:variable name="t.mmfa.recovery.new" select="'Bạn có thể tạo bộ mã khôi phục mới tại trang:'"/>
  <xsl:variable name="t.mmfa.notme" select="'Nếu không phải bạn thực hiện, hãy đổi mật khẩu ngay và báo cho quản trị viên của cổng.'"/>
  <xsl:variable name="t.mmfa.footer" select="'Thư này được gửi tự động, vui lòng không trả lời.'"/>

</xsl:stylesheet>
