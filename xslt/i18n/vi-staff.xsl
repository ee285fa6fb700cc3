<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-staff.xsl — the words of the administrator's pages ("Quản trị hệ thống"), in Vietnamese
  (NFC, full diacritics). The officers' pages have theirs in vi-officer.xsl.

  Included by admin-home.xsl (after layout.xsl and dossier-common.xsl) and admin-audit.xsl.
  See vi.xsl for how the words are split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- "Quản trị hệ thống" (/admin/) -->
  <xsl:variable name="t.admin.title" select="'Quản trị hệ thống'"/>
  <xsl:variable name="t.admin.catalogue" select="'Danh mục'"/>
  <xsl:variable name="t.admin.procedures" select="'Thủ tục hành chính đang áp dụng'"/>
  <xsl:variable name="t.admin.of_which" select="'Trong đó:'"/>
  <xsl:variable name="t.admin.fields" select="'Lĩnh vực'"/>
  <xsl:variable name="t.admin.agencies" select="'Cơ quan thực hiện'"/>
  <xsl:variable name="t.admin.catalogue.link" select="'Xem danh sách thủ tục hành chính'"/>
  <xsl:variable name="t.admin.accounts" select="'Tài khoản'"/>
  <xsl:variable name="t.admin.citizens" select="'Công dân'"/>
  <xsl:variable name="t.admin.officers.n" select="'Cán bộ, công chức'"/>
  <xsl:variable name="t.admin.admins" select="'Quản trị hệ thống'"/>
  <xsl:variable name="t.admin.sessions" select="'Phiên đăng nhập đang hoạt động'"/>
  <xsl:variable name="t.admin.dossiers" select="'Hồ sơ'"/>
  <xsl:variable name="t.admin.dossiers.caption" select="'Số hồ sơ đã nộp theo trạng thái'"/>
  <xsl:variable name="t.admin.dossiers.n" select="'Số hồ sơ'"/>
  <xsl:variable name="t.admin.dossiers.total" select="'Tổng số hồ sơ đã nộp'"/>
  <xsl:variable name="t.admin.dossiers.none" select="'Chưa có hồ sơ nào được nộp.'"/>
  <xsl:variable name="t.admin.drafts" select="'Hồ sơ đang soạn, chưa nộp: '"/>
  <xsl:variable name="t.admin.officers" select="'Cán bộ và vai trò'"/>
  <xsl:variable name="t.admin.officers.caption" select="'Tài khoản cán bộ, cơ quan và vai trò được giao'"/>
  <xsl:variable name="t.admin.officer" select="'Cán bộ'"/>
  <xsl:variable name="t.admin.officers.norole" select="'Chưa được giao vai trò'"/>
  <xsl:variable name="t.admin.officers.none" select="'Chưa có tài khoản cán bộ nào.'"/>
  <xsl:variable name="t.admin.add.title" select="'Thêm cán bộ, giao vai trò'"/>
  <xsl:variable name="t.admin.add.text.pre" select="'Thêm tài khoản cán bộ, quản trị viên và giao vai trò tại trang '"/>
  <xsl:variable name="t.admin.add.text.post" select="'; người được thêm nhận thư điện tử có đường dẫn để tự đặt mật khẩu. Trên máy chủ, bộ phận công nghệ thông tin cũng có thể dùng lệnh '"/>
  <xsl:variable name="t.admin.add.text.end" select="'.'"/>
  <xsl:variable name="t.admin.calendar" select="'Lịch làm việc'"/>
  <xsl:variable name="t.admin.year" select="' năm '"/>
  <xsl:variable name="t.admin.calendar.lead" select="'Thời hạn giải quyết hồ sơ tính theo ngày làm việc: không kể thứ Bảy, Chủ nhật và các ngày nghỉ lễ, tết dưới đây; ngày làm bù được tính là ngày làm việc.'"/>
  <xsl:variable name="t.admin.calendar.caption" select="'Ngày nghỉ lễ, tết và ngày làm bù'"/>
  <xsl:variable name="t.admin.calendar.day" select="'Ngày'"/>
  <xsl:variable name="t.admin.calendar.name" select="'Tên'"/>
  <xsl:variable name="t.admin.calendar.kind" select="'Loại'"/>
  <xsl:variable name="t.admin.calendar.holiday" select="'Nghỉ lễ, tết'"/>
  <xsl:variable name="t.admin.calendar.workday" select="'Làm bù'"/>
  <xsl:variable name="t.admin.calendar.none" select="'Chưa có ngày nghỉ lễ, tết nào của năm nay trong hệ thống: thời hạn giải quyết hồ sơ đang chỉ trừ thứ Bảy và Chủ nhật.'"/>
  <xsl:variable name="t.admin.audit.link" select="'Nhật ký thay đổi danh mục thủ tục'"/>
  <!-- "Nhật ký thay đổi" (/admin/audit, admin-audit.xsl) -->
  <xsl:variable name="t.audit.title" select="'Nhật ký thay đổi'"/>
  <xsl:variable name="t.audit.lead" select="'Mọi thay đổi danh mục thủ tục hành chính, cơ quan và lĩnh vực, mới nhất trước: ai thay đổi, khi nào, từ đâu, và nội dung trước, sau khi thay đổi. Nhật ký chỉ được ghi thêm, không ai sửa hay xóa được.'"/>
  <xsl:variable name="t.audit.kind" select="'Loại đối tượng'"/>
  <xsl:variable name="t.audit.any" select="'Tất cả'"/>
  <xsl:variable name="t.audit.kind.procedure" select="'thủ tục'"/>
  <xsl:variable name="t.audit.kind.unit" select="'cơ quan, đơn vị'"/>
  <xsl:variable name="t.audit.kind.field" select="'lĩnh vực'"/>
  <xsl:variable name="t.audit.code" select="'Mã'"/>
  <xsl:variable name="t.audit.code.hint" select="'Mã thủ tục, mã cơ quan hoặc mã lĩnh vực, ví dụ 1.001193.000.00.00.H56.'"/>
  <xsl:variable name="t.audit.apply" select="'Lọc'"/>
  <xsl:variable name="t.audit.none" select="'Không có thay đổi nào phù hợp.'"/>
  <xsl:variable name="t.audit.pages" select="'Các trang nhật ký'"/>
  <xsl:variable name="t.audit.newer" select="'Mới hơn'"/>
  <xsl:variable name="t.audit.older" select="'Cũ hơn'"/>
  <xsl:variable name="t.audit.action.add" select="'Thêm'"/>
  <xsl:variable name="t.audit.action.change" select="'Sửa'"/>
  <xsl:variable name="t.audit.action.publish" select="'Công bố phiên bản mới của'"/>
  <xsl:variable name="t.audit.action.withdraw" select="'Ngừng áp dụng'"/>
  <xsl:variable name="t.audit.action.remove" select="'Xóa'"/>
  <xsl:variable name="t.audit.by" select="' — '"/>
  <xsl:variable name="t.audit.via" select="', qua '"/>
  <xsl:variable name="t.audit.before" select="'Trước khi thay đổi'"/>
  <xsl:variable name="t.audit.after" select="'Sau khi thay đổi'"/>
  <!-- Days of the week, numbered as MariaDB's DAYOFWEEK: 1 Sunday … 7 Saturday -->
  <xsl:variable name="t.weekday.1" select="'Chủ nhật'"/>
  <xsl:variable name="t.weekday.2" select="'Thứ Hai'"/>
  <xsl:variable name="t.weekday.3" select="'Thứ Ba'"/>
  <xsl:variable name="t.weekday.4" select="'Thứ Tư'"/>
  <xsl:variable name="t.weekday.5" select="'Thứ Năm'"/>
  <xsl:variable name="t.weekday.6" select="'Thứ Sáu'"/>
  <xsl:variable name="t.weekday.7" select="'Thứ Bảy'"/>

</xsl:stylesheet>
