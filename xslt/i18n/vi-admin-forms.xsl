<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-admin-forms.xsl — the words of the form templates' page of dvc-admin (/admin/forms,
  admin-forms.xsl) and of the template's choice in the procedures editor (admin-procedure.xsl),
  in Vietnamese (NFC, full diacritics). Also included by admin-home.xsl (its link) and admin-audit.xsl (the log's kind). The
  messages of the upload and the removal are in vi-msg.xsl (block of adm-forms).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:variable name="t.af.title" select="'Mẫu đơn, tờ khai'"/>
  <xsl:variable name="t.af.admin" select="'Quản trị hệ thống'"/>
  <xsl:variable name="t.af.intro" select="'Các tệp mẫu đơn, tờ khai mà thành phần hồ sơ của thủ tục có thể dẫn tới để người dân tải về. Mẫu có sẵn đi kèm phần mềm; mẫu tải lên do quản trị viên thêm.'"/>
  <xsl:variable name="t.af.caption" select="'Các tệp mẫu'"/>
  <xsl:variable name="t.af.file" select="'Tệp'"/>
  <xsl:variable name="t.af.kind" select="'Nguồn'"/>
  <xsl:variable name="t.af.kind.shipped" select="'Có sẵn'"/>
  <xsl:variable name="t.af.kind.uploaded" select="'Tải lên'"/>
  <xsl:variable name="t.af.size" select="'Dung lượng'"/>
  <xsl:variable name="t.af.date" select="'Ngày cập nhật'"/>
  <xsl:variable name="t.af.used" select="'Thủ tục đang dùng'"/>
  <xsl:variable name="t.af.unused" select="'Chưa thủ tục nào dùng'"/>
  <xsl:variable name="t.af.actions" select="'Thao tác'"/>
  <xsl:variable name="t.af.remove" select="'Xóa'"/>
  <xsl:variable name="t.af.kb" select="' KB'"/>
  <xsl:variable name="t.af.none" select="'Chưa có tệp mẫu nào.'"/>
  <xsl:variable name="t.af.upload" select="'Tải lên mẫu mới'"/>
  <xsl:variable name="t.af.upload.text" select="'Tên tệp trên Cổng được lấy từ tên tệp tải lên, bỏ dấu tiếng Việt, chữ thường, các từ nối bằng dấu gạch ngang (ví dụ “Tờ khai đăng ký.docx” thành to-khai-dang-ky.docx). Nếu tên đó đã có, hãy đổi tên tệp trên máy rồi tải lên lại.'"/>
  <xsl:variable name="t.af.upload.file" select="'Tệp mẫu'"/>
  <xsl:variable name="t.af.upload.hint.pre" select="'PDF, DOC, DOCX, ODT, XLS hoặc XLSX, tối đa '"/>
  <xsl:variable name="t.af.upload.hint.post" select="' MB.'"/>
  <xsl:variable name="t.af.upload.button" select="'Tải lên'"/>
  <xsl:variable name="t.af.done.uploaded" select="'Đã tải lên tệp mẫu '"/>
  <xsl:variable name="t.af.done.uploaded.post" select="'. Chọn tệp này ở thành phần hồ sơ của thủ tục.'"/>
  <xsl:variable name="t.af.done.removed" select="'Đã xóa tệp mẫu.'"/>
  <xsl:variable name="t.af.link" select="'Mẫu đơn, tờ khai'"/>
  <!-- the audit log's kind (admin-audit.xsl) -->
  <xsl:variable name="t.af.audit.kind" select="'Tệp mẫu đơn, tờ khai'"/>
  <!-- the procedures editor's choice of a component's template -->
  <xsl:variable name="t.af.choice.hint" select="'Chọn một tệp mẫu có sẵn hoặc đã tải lên. '"/>
  <xsl:variable name="t.af.choice.upload" select="'Tải lên mẫu mới'"/>
  <xsl:variable name="t.af.choice.none" select="'(Không có mẫu)'"/>
  <xsl:variable name="t.af.choice.uploaded" select="' (tải lên)'"/>
</xsl:stylesheet>
