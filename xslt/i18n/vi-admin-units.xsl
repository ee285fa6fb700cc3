<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-admin-units.xsl — the words of the administrator's pages of units, fields and communes
  (/admin/units, /admin/fields, /admin/communes), in Vietnamese (NFC, full diacritics).

  Included by admin-units-common.xsl, which those views include, and by admin-home.xsl (its
  links here) and admin-audit.xsl (a commune's entries). See vi.xsl for how the words
  are split; the messages of their forms are in vi-msg.xsl (block of adm-units).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- shared -->
  <xsl:variable name="t.au.admin" select="'Quản trị hệ thống'"/>
  <xsl:variable name="t.au.nav" select="'Đơn vị, lĩnh vực, xã phường'"/>
  <xsl:variable name="t.au.units" select="'Đơn vị'"/>
  <xsl:variable name="t.au.fields" select="'Lĩnh vực'"/>
  <xsl:variable name="t.au.communes" select="'Xã, phường'"/>
  <xsl:variable name="t.au.code" select="'Mã định danh'"/>
  <xsl:variable name="t.au.sep" select="' · '"/>
  <xsl:variable name="t.au.save" select="'Lưu'"/>
  <xsl:variable name="t.au.remove" select="'Xóa'"/>
  <xsl:variable name="t.au.sort" select="'Thứ tự hiển thị'"/>
  <xsl:variable name="t.au.sort.hint" select="'Số nhỏ hiển thị trước; để trống là 0.'"/>
  <xsl:variable name="t.au.msg.added" select="'Đã thêm.'"/>
  <xsl:variable name="t.au.msg.saved" select="'Đã lưu thay đổi.'"/>
  <xsl:variable name="t.au.msg.withdrawn" select="'Đơn vị đã ngừng tiếp nhận hồ sơ mới.'"/>
  <xsl:variable name="t.au.msg.activated" select="'Đơn vị đã tiếp nhận hồ sơ trở lại.'"/>
  <xsl:variable name="t.au.msg.removed" select="'Đã xóa.'"/>
  <xsl:variable name="t.au.msg.imported" select="'Đã cập nhật danh sách xã, phường: thêm '"/>
  <xsl:variable name="t.au.msg.imported.renamed" select="', đổi tên hoặc đổi tỉnh '"/>
  <xsl:variable name="t.au.msg.imported.end" select="'.'"/>
  <xsl:variable name="t.au.kind.province" select="'Ủy ban nhân dân tỉnh'"/>
  <xsl:variable name="t.au.kind.department" select="'Sở, ban, ngành'"/>
  <xsl:variable name="t.au.kind.center" select="'Trung tâm Phục vụ hành chính công'"/>
  <xsl:variable name="t.au.kind.commune" select="'Xã, phường'"/>
  <!-- The audit log's kind of object (admin-audit.xsl, which includes this file for it). -->
  <xsl:variable name="t.au.kind.audit" select="'xã, phường'"/>

  <!-- "Đơn vị" (/admin/units) and a unit's page -->
  <xsl:variable name="t.au.units.lead" select="'Các cơ quan, đơn vị của tỉnh theo cấp: Ủy ban nhân dân tỉnh, các sở, ban, ngành, Trung tâm Phục vụ hành chính công và Ủy ban nhân dân các xã, phường. Đơn vị đã ngừng tiếp nhận hồ sơ không còn được đề xuất cho người nộp, nhưng cán bộ vẫn xem được các hồ sơ đã có.'"/>
  <xsl:variable name="t.au.unit.new" select="'Thêm đơn vị'"/>
  <xsl:variable name="t.au.withdrawn" select="'Đã ngừng tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.au.withdrawn.paren" select="' — đã ngừng tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.au.active" select="'Đang tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.au.phone.short" select="'ĐT: '"/>
  <xsl:variable name="t.au.hours.short" select="'Giờ làm việc: '"/>
  <xsl:variable name="t.au.n.dossiers" select="' hồ sơ'"/>
  <xsl:variable name="t.au.n.officers" select="' cán bộ'"/>
  <xsl:variable name="t.au.n.procedures" select="' thủ tục'"/>
  <xsl:variable name="t.au.n.children" select="' đơn vị trực thuộc'"/>
  <xsl:variable name="t.au.code.hint" select="'Theo QCVN 102:2016/BTTTT: 13 ký tự dạng 000.00.NN.Hxx, ví dụ 000.01.30.H56. Mã không sửa được sau khi thêm, vì mã hồ sơ bắt đầu bằng mã đơn vị.'"/>
  <xsl:variable name="t.au.name" select="'Tên đơn vị'"/>
  <xsl:variable name="t.au.kind" select="'Loại đơn vị'"/>
  <xsl:variable name="t.au.choose" select="'— Chọn —'"/>
  <xsl:variable name="t.au.parent" select="'Đơn vị cấp trên'"/>
  <xsl:variable name="t.au.parent.none" select="'— Không có (cấp cao nhất) —'"/>
  <xsl:variable name="t.au.place" select="'Tên xã, phường trong địa chỉ'"/>
  <xsl:variable name="t.au.place.hint" select="'Bắt buộc với xã, phường: cách ghi trong địa chỉ, ví dụ “phường Hạc Thành”. Địa chỉ của người nộp có tên này thì đơn vị được đề xuất tiếp nhận.'"/>
  <xsl:variable name="t.au.address" select="'Địa chỉ trụ sở'"/>
  <xsl:variable name="t.au.phone" select="'Số điện thoại'"/>
  <xsl:variable name="t.au.email" select="'Thư điện tử'"/>
  <xsl:variable name="t.au.hours" select="'Giờ làm việc'"/>
  <xsl:variable name="t.au.hours.hint" select="'Ví dụ: Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ – 17 giờ, từ thứ Hai đến thứ Sáu.'"/>
  <xsl:variable name="t.au.state" select="'Tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.au.withdraw.text" select="'Khi ngừng tiếp nhận, đơn vị không còn được đề xuất để nộp hồ sơ mới (ví dụ sau khi sáp nhập). Cán bộ của đơn vị vẫn xem và xử lý các hồ sơ đã có.'"/>
  <xsl:variable name="t.au.withdraw" select="'Ngừng tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.au.activate.text" select="'Đơn vị đang ngừng tiếp nhận hồ sơ mới.'"/>
  <xsl:variable name="t.au.activate" select="'Tiếp nhận hồ sơ trở lại'"/>
  <xsl:variable name="t.au.remove.title" select="'Xóa đơn vị'"/>
  <xsl:variable name="t.au.remove.text" select="'Chưa có hồ sơ, thủ tục, cán bộ hay đơn vị trực thuộc nào gắn với đơn vị này, nên có thể xóa.'"/>
  <xsl:variable name="t.au.used" select="'Không xóa được đơn vị này vì còn '"/>
  <xsl:variable name="t.au.list.sep" select="', '"/>
  <xsl:variable name="t.au.used.end" select="'. Nếu đơn vị không còn tiếp nhận hồ sơ, hãy dùng nút “Ngừng tiếp nhận hồ sơ” ở trên.'"/>

  <!-- "Lĩnh vực" (/admin/fields) and a field's page -->
  <xsl:variable name="t.au.field.new" select="'Thêm lĩnh vực'"/>
  <xsl:variable name="t.au.fields.caption" select="'Các lĩnh vực thủ tục hành chính'"/>
  <xsl:variable name="t.au.field.name" select="'Tên lĩnh vực'"/>
  <xsl:variable name="t.au.field.procedures" select="'Thủ tục đang áp dụng'"/>
  <xsl:variable name="t.au.field.code.hint" select="'Mã lĩnh vực theo Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ G15-TP07. Mã không sửa được sau khi thêm.'"/>
  <xsl:variable name="t.au.field.remove.title" select="'Xóa lĩnh vực'"/>
  <xsl:variable name="t.au.field.used" select="'Không xóa được lĩnh vực này vì có '"/>
  <xsl:variable name="t.au.field.used.mid" select="' thủ tục đang áp dụng ('"/>
  <xsl:variable name="t.au.field.used.end" select="' phiên bản thủ tục, kể cả đã ngừng áp dụng) thuộc lĩnh vực.'"/>

  <!-- "Xã, phường" (/admin/communes) -->
  <xsl:variable name="t.au.c.problems" select="'Tệp có lỗi'"/>
  <xsl:variable name="t.au.c.problems.pre" select="'Tệp “'"/>
  <xsl:variable name="t.au.c.problems.post" select="'” có các lỗi dưới đây. Chưa có thay đổi nào: hãy sửa tệp rồi tải lên lại.'"/>
  <xsl:variable name="t.au.c.problems.caption" select="'Các lỗi theo dòng của tệp'"/>
  <xsl:variable name="t.au.c.line" select="'Dòng'"/>
  <xsl:variable name="t.au.c.problem" select="'Lỗi'"/>
  <xsl:variable name="t.au.c.whole" select="'Cả tệp'"/>
  <xsl:variable name="t.au.c.plan" select="'Kết quả kiểm tra'"/>
  <xsl:variable name="t.au.c.plan.pre" select="'Đây là kết quả kiểm tra tệp “'"/>
  <xsl:variable name="t.au.c.plan.added" select="'”, chưa có thay đổi nào. Nếu áp dụng: thêm '"/>
  <xsl:variable name="t.au.c.plan.renamed" select="' xã, phường; đổi tên hoặc đổi tỉnh '"/>
  <xsl:variable name="t.au.c.plan.unchanged" select="'; giữ nguyên '"/>
  <xsl:variable name="t.au.c.plan.end" select="'. Các xã, phường không có trong tệp được giữ nguyên.'"/>
  <xsl:variable name="t.au.c.added" select="'Xã, phường sẽ được thêm'"/>
  <xsl:variable name="t.au.c.renamed" select="'Xã, phường sẽ được đổi tên hoặc đổi tỉnh'"/>
  <xsl:variable name="t.au.c.unchanged" select="'Xã, phường không thay đổi'"/>
  <xsl:variable name="t.au.c.arrow" select="' → '"/>
  <xsl:variable name="t.au.c.code" select="'Mã'"/>
  <xsl:variable name="t.au.c.name" select="'Tên'"/>
  <xsl:variable name="t.au.c.province" select="'Tỉnh, thành phố'"/>
  <xsl:variable name="t.au.c.apply" select="'Áp dụng các thay đổi trên'"/>
  <xsl:variable name="t.au.c.nothing" select="'Danh sách trong tệp trùng với danh sách hiện có: không có gì để áp dụng.'"/>
  <xsl:variable name="t.au.c.upload" select="'Cập nhật danh sách từ tệp'"/>
  <xsl:variable name="t.au.c.upload.text" select="'Tải lên danh sách xã, phường theo danh mục hành chính của Tổng cục Thống kê. Hệ thống kiểm tra trước và chỉ thay đổi khi bạn bấm “Áp dụng” sau khi xem kết quả.'"/>
  <xsl:variable name="t.au.c.file" select="'Tệp danh sách (CSV)'"/>
  <xsl:variable name="t.au.c.file.hint" select="'Mỗi dòng: mã (5 chữ số), tên[, mã tỉnh (2 chữ số)]; thiếu mã tỉnh là xã, phường của tỉnh mình. Dòng tiêu đề được bỏ qua. Mã hóa UTF-8, tối đa 512 KB.'"/>
  <xsl:variable name="t.au.c.check" select="'Tải lên và kiểm tra'"/>
  <xsl:variable name="t.au.c.counts" select="'Danh sách hiện có'"/>
  <xsl:variable name="t.au.c.counts.caption" select="'Số xã, phường theo tỉnh, thành phố'"/>
  <xsl:variable name="t.au.c.n" select="'Số xã, phường'"/>
  <xsl:variable name="t.au.c.none" select="'Chưa có xã, phường nào trong hệ thống: người nộp hồ sơ tự gõ tên xã, phường khi chọn nhận kết quả qua bưu chính.'"/>

</xsl:stylesheet>
