<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-admin-import.xsl — the words of "Nhập, xuất danh mục" (admin-import.xsl,
  /admin/catalogue/import, and its link on admin-home.xsl), in Vietnamese (NFC, full diacritics). The problems of a file and
  the page's refusals are messages (import.* in vi-msg.xsl). See vi.xsl for how the words are
  split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- the back office's menu (admin-home.xsl, which includes this file for it) -->
  <xsl:variable name="t.imp.link" select="'Nhập, xuất danh mục thủ tục (tệp XML, CSV)'"/>

  <xsl:variable name="t.imp.title" select="'Nhập, xuất danh mục thủ tục hành chính'"/>
  <xsl:variable name="t.imp.lead" select="'Cập nhật cả danh mục (đơn vị, lĩnh vực, thủ tục hành chính với thành phần hồ sơ, phí, lệ phí, miễn giảm và đơn vị tiếp nhận) từ một tệp XML hoặc CSV. Hệ thống chạy thử trước và cho biết những gì sẽ thêm, thay đổi hoặc ngừng áp dụng; chỉ khi bạn bấm Áp dụng thì danh mục mới thay đổi, trong một lần ghi duy nhất.'"/>
  <xsl:variable name="t.imp.whole" select="'Tệp là toàn bộ danh mục: thủ tục đang áp dụng mà tệp không có sẽ bị ngừng áp dụng; đơn vị và lĩnh vực tệp không có được giữ nguyên. Thủ tục đã công bố khi thay đổi sẽ thành phiên bản mới; hồ sơ đã tiếp nhận giữ phiên bản, lệ phí và thời hạn cũ.'"/>

  <!-- the upload form -->
  <xsl:variable name="t.imp.upload" select="'Tải tệp lên để chạy thử'"/>
  <xsl:variable name="t.imp.file" select="'Tệp danh mục'"/>
  <xsl:variable name="t.imp.file.hint.pre" select="'Tệp XML hoặc CSV, bảng mã UTF-8, dung lượng tối đa '"/>
  <xsl:variable name="t.imp.file.hint.post" select="' MB.'"/>
  <xsl:variable name="t.imp.type" select="'Định dạng'"/>
  <xsl:variable name="t.imp.type.auto" select="'Theo tên tệp (.xml hoặc .csv)'"/>
  <xsl:variable name="t.imp.type.xml" select="'XML'"/>
  <xsl:variable name="t.imp.type.csv" select="'CSV'"/>
  <xsl:variable name="t.imp.dry" select="'Chạy thử'"/>

  <!-- the schema and the export -->
  <xsl:variable name="t.imp.files" select="'Lược đồ và tệp mẫu'"/>
  <xsl:variable name="t.imp.schema.note" select="'Tệp XML phải hợp lệ theo lược đồ RELAX NG của danh mục; tệp CSV có một dòng tiêu đề cho mỗi loại bản ghi (#unit, #field, #procedure, #component, #fee, #exemption, #receiver) với tên cột như tên thuộc tính và phần tử trong lược đồ. Cách dễ nhất là tải danh mục hiện tại về, sửa rồi tải lên lại.'"/>
  <xsl:variable name="t.imp.schema" select="'Tải lược đồ (catalogue.rng)'"/>
  <xsl:variable name="t.imp.export.xml" select="'Tải danh mục hiện tại (XML)'"/>
  <xsl:variable name="t.imp.export.csv" select="'Tải danh mục hiện tại (CSV, mở bằng bảng tính)'"/>

  <!-- the dry run -->
  <xsl:variable name="t.imp.result" select="'Kết quả chạy thử'"/>
  <xsl:variable name="t.imp.of_file" select="'Tệp: '"/>
  <xsl:variable name="t.imp.problems.pre" select="'Tệp có '"/>
  <xsl:variable name="t.imp.problems.post" select="' lỗi. Danh mục không thay đổi; hãy sửa tệp rồi tải lên lại.'"/>
  <xsl:variable name="t.imp.problems.more" select="'Chỉ liệt kê các lỗi đầu tiên.'"/>
  <xsl:variable name="t.imp.line" select="'Dòng '"/>
  <xsl:variable name="t.imp.line.sep" select="': '"/>
  <xsl:variable name="t.imp.nothing" select="'Tệp giống hệt danh mục hiện tại: không có gì để áp dụng.'"/>
  <xsl:variable name="t.imp.dry.note" select="'Đây là kết quả chạy thử: danh mục chưa thay đổi.'"/>
  <xsl:variable name="t.imp.added" select="'Thêm mới: '"/>
  <xsl:variable name="t.imp.changed" select="'Thay đổi: '"/>
  <xsl:variable name="t.imp.withdrawn" select="'Ngừng áp dụng: '"/>
  <xsl:variable name="t.imp.action.add" select="'Thêm mới'"/>
  <xsl:variable name="t.imp.action.change" select="'Thay đổi'"/>
  <xsl:variable name="t.imp.action.withdraw" select="'Ngừng áp dụng'"/>
  <xsl:variable name="t.imp.kind.unit" select="'đơn vị'"/>
  <xsl:variable name="t.imp.kind.field" select="'lĩnh vực'"/>
  <xsl:variable name="t.imp.kind.procedure" select="'thủ tục'"/>
  <xsl:variable name="t.imp.at_line" select="'dòng '"/>
  <xsl:variable name="t.imp.old" select="'Trước: '"/>
  <xsl:variable name="t.imp.new" select="'Sau: '"/>
  <xsl:variable name="t.imp.empty" select="'(trống)'"/>
  <xsl:variable name="t.imp.item.added" select="' — thêm mới'"/>
  <xsl:variable name="t.imp.item.removed" select="' — bỏ đi'"/>
  <xsl:variable name="t.imp.list.components" select="'Thành phần hồ sơ thứ '"/>
  <xsl:variable name="t.imp.list.fees" select="'Khoản phí, lệ phí thứ '"/>
  <xsl:variable name="t.imp.list.exemptions" select="'Đối tượng miễn, giảm thứ '"/>
  <xsl:variable name="t.imp.list.receivers" select="'Đơn vị tiếp nhận thứ '"/>
  <xsl:variable name="t.imp.apply" select="'Áp dụng các thay đổi này'"/>
  <xsl:variable name="t.imp.apply.note" select="'Áp dụng đúng tệp đã chạy thử ở trên, nếu danh mục chưa bị ai thay đổi từ lúc chạy thử (trong vòng 60 phút).'"/>

  <!-- after the apply -->
  <xsl:variable name="t.imp.done" select="'Đã áp dụng tệp danh mục.'"/>
  <xsl:variable name="t.imp.audit" select="'Xem nhật ký thay đổi'"/>

</xsl:stylesheet>
