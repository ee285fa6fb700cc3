<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-admin-proc.xsl — the words of the procedures editor of dvc-admin (admin-procedures.xsl,
  admin-procedure.xsl, admin-procedure-versions.xsl), in Vietnamese (NFC, full diacritics).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <!-- The list -->
  <xsl:variable name="t.ap.list.title" select="'Thủ tục hành chính'"/>
  <xsl:variable name="t.ap.list.lead" select="'Thêm, sửa, ngừng áp dụng thủ tục hành chính của tỉnh. Mỗi lần lưu thay đổi một thủ tục đang áp dụng tạo một phiên bản mới; hồ sơ đã tiếp nhận giữ phiên bản, phí, lệ phí và thời hạn giải quyết của ngày tiếp nhận.'"/>
  <xsl:variable name="t.ap.list.new" select="'Thêm thủ tục mới'"/>
  <xsl:variable name="t.ap.list.q" select="'Tên hoặc mã thủ tục'"/>
  <xsl:variable name="t.ap.list.q.hint" select="'Có thể gõ không dấu, ví dụ: dang ky khai sinh.'"/>
  <xsl:variable name="t.ap.list.any" select="'Tất cả'"/>
  <xsl:variable name="t.ap.list.status" select="'Tình trạng'"/>
  <xsl:variable name="t.ap.list.apply" select="'Lọc'"/>
  <xsl:variable name="t.ap.list.found" select="'Tìm thấy '"/>
  <xsl:variable name="t.ap.list.found.end" select="' thủ tục.'"/>
  <xsl:variable name="t.ap.list.none" select="'Không có thủ tục nào phù hợp.'"/>
  <xsl:variable name="t.ap.list.version" select="'Phiên bản '"/>
  <xsl:variable name="t.ap.list.since" select="'Áp dụng từ '"/>
  <xsl:variable name="t.ap.list.withdrawn_at" select="'Ngừng áp dụng từ '"/>
  <xsl:variable name="t.ap.status.current" select="'Đang áp dụng'"/>
  <xsl:variable name="t.ap.status.withdrawn" select="'Đã ngừng áp dụng'"/>

  <!-- The form -->
  <xsl:variable name="t.ap.new.title" select="'Thêm thủ tục hành chính'"/>
  <xsl:variable name="t.ap.edit.title" select="'Sửa thủ tục hành chính'"/>
  <xsl:variable name="t.ap.edit.version" select="'Bạn đang sửa phiên bản '"/>
  <xsl:variable name="t.ap.edit.version.end" select="'. Khi lưu, thủ tục được áp dụng với phiên bản mới; hồ sơ đã tiếp nhận vẫn theo phiên bản cũ.'"/>
  <xsl:variable name="t.ap.edit.withdrawn" select="'Thủ tục này đã ngừng áp dụng. Khi lưu, thủ tục được áp dụng lại với phiên bản mới.'"/>
  <xsl:variable name="t.ap.versions.link" select="'Xem các phiên bản'"/>
  <xsl:variable name="t.ap.public" select="'Xem trang thủ tục trên Cổng'"/>
  <xsl:variable name="t.ap.reload" select="'Mở lại thủ tục với nội dung mới nhất'"/>
  <xsl:variable name="t.ap.sec.general" select="'Thông tin chung'"/>
  <xsl:variable name="t.ap.sec.time" select="'Thời hạn giải quyết'"/>
  <xsl:variable name="t.ap.sec.channels" select="'Cách nộp và nhận kết quả'"/>
  <xsl:variable name="t.ap.sec.texts" select="'Nội dung thủ tục'"/>
  <xsl:variable name="t.ap.sec.components" select="'Thành phần hồ sơ'"/>
  <xsl:variable name="t.ap.sec.fees" select="'Phí, lệ phí'"/>
  <xsl:variable name="t.ap.sec.exemptions" select="'Miễn, giảm phí, lệ phí'"/>
  <xsl:variable name="t.ap.sec.receivers" select="'Cơ quan tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.ap.rows.hint" select="'Để trống một dòng để bỏ dòng đó.'"/>
  <xsl:variable name="t.ap.add_row" select="'Thêm dòng'"/>
  <xsl:variable name="t.ap.row" select="'Dòng '"/>
  <xsl:variable name="t.ap.save" select="'Lưu và áp dụng'"/>
  <xsl:variable name="t.ap.choose" select="'— Chọn —'"/>
  <xsl:variable name="t.ap.none" select="'— Không —'"/>

  <xsl:variable name="t.ap.f.code" select="'Mã thủ tục'"/>
  <xsl:variable name="t.ap.f.code.hint" select="'Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.000494.000.00.00.H56. Không đổi được sau khi lưu.'"/>
  <xsl:variable name="t.ap.f.name" select="'Tên thủ tục'"/>
  <xsl:variable name="t.ap.f.field" select="'Lĩnh vực'"/>
  <xsl:variable name="t.ap.f.agency" select="'Cơ quan giải quyết'"/>
  <xsl:variable name="t.ap.f.gov_level" select="'Cấp thực hiện'"/>
  <xsl:variable name="t.ap.gov.province" select="'Cấp tỉnh'"/>
  <xsl:variable name="t.ap.gov.commune" select="'Cấp xã'"/>
  <xsl:variable name="t.ap.f.level" select="'Mức độ dịch vụ công trực tuyến'"/>
  <xsl:variable name="t.ap.f.hours" select="'Thời hạn giải quyết (giờ làm việc)'"/>
  <xsl:variable name="t.ap.f.hours.hint" select="'Một ngày làm việc là 8 giờ: 5 ngày làm việc là 40.'"/>
  <xsl:variable name="t.ap.f.same_day" select="'Giải quyết trong ngày (tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)'"/>
  <xsl:variable name="t.ap.f.clock" select="'Khi hồ sơ được bổ sung'"/>
  <xsl:variable name="t.ap.clock.restart" select="'Tính lại thời hạn từ đầu'"/>
  <xsl:variable name="t.ap.clock.resume" select="'Tính tiếp thời hạn còn lại'"/>
  <xsl:variable name="t.ap.f.processing_note" select="'Ghi chú về thời hạn'"/>
  <xsl:variable name="t.ap.f.channels" select="'Cách trả kết quả'"/>
  <xsl:variable name="t.ap.ch.counter" select="'Trực tiếp tại bộ phận một cửa'"/>
  <xsl:variable name="t.ap.ch.online" select="'Trực tuyến'"/>
  <xsl:variable name="t.ap.ch.postal" select="'Qua dịch vụ bưu chính công ích'"/>
  <xsl:variable name="t.ap.f.applicant_kinds" select="'Đối tượng được nộp'"/>
  <xsl:variable name="t.ap.ak.citizen" select="'Công dân'"/>
  <xsl:variable name="t.ap.ak.organisation" select="'Tổ chức, doanh nghiệp'"/>
  <xsl:variable name="t.ap.f.presence_note" select="'Bước phải có mặt (dịch vụ một phần)'"/>
  <xsl:variable name="t.ap.f.applicants" select="'Đối tượng thực hiện'"/>
  <xsl:variable name="t.ap.f.steps" select="'Trình tự thực hiện (mỗi bước một dòng)'"/>
  <xsl:variable name="t.ap.f.requirements" select="'Yêu cầu, điều kiện thực hiện'"/>
  <xsl:variable name="t.ap.f.result" select="'Kết quả thực hiện'"/>
  <xsl:variable name="t.ap.f.legal_basis" select="'Căn cứ pháp lý (mỗi văn bản một dòng)'"/>

  <xsl:variable name="t.ap.c.name" select="'Tên giấy tờ'"/>
  <xsl:variable name="t.ap.c.note" select="'Ghi chú'"/>
  <xsl:variable name="t.ap.c.required" select="'Bắt buộc'"/>
  <xsl:variable name="t.ap.c.originals" select="'Số bản chính'"/>
  <xsl:variable name="t.ap.c.copies" select="'Số bản sao'"/>
  <xsl:variable name="t.ap.c.file_types" select="'Loại tệp nhận'"/>
  <xsl:variable name="t.ap.c.file_types.hint" select="'Ví dụ: pdf,jpg,png (để trống: pdf,jpg,png).'"/>
  <xsl:variable name="t.ap.c.max_size_kb" select="'Dung lượng tối đa (KB)'"/>
  <xsl:variable name="t.ap.c.template_name" select="'Tên mẫu đơn, tờ khai'"/>
  <xsl:variable name="t.ap.c.template_file" select="'Tệp mẫu đơn, tờ khai'"/>
  <xsl:variable name="t.ap.c.template_open" select="'Xem tệp mẫu: '"/>
  <xsl:variable name="t.ap.yes" select="'Có'"/>
  <xsl:variable name="t.ap.no" select="'Không'"/>

  <xsl:variable name="t.ap.fee.name" select="'Tên khoản thu'"/>
  <xsl:variable name="t.ap.fee.kind" select="'Loại'"/>
  <xsl:variable name="t.ap.fee.phi" select="'Phí'"/>
  <xsl:variable name="t.ap.fee.le_phi" select="'Lệ phí'"/>
  <xsl:variable name="t.ap.fee.amount" select="'Mức thu (đồng)'"/>
  <xsl:variable name="t.ap.fee.amount_online" select="'Mức thu khi nộp trực tuyến (đồng)'"/>
  <xsl:variable name="t.ap.fee.amount_online.hint" select="'Để trống nếu bằng mức thu tại quầy.'"/>
  <xsl:variable name="t.ap.fee.unit" select="'Cách tính'"/>
  <xsl:variable name="t.ap.fee.unit.fixed" select="'Một lần cho hồ sơ'"/>
  <xsl:variable name="t.ap.fee.unit.copy" select="'Theo số bản'"/>
  <xsl:variable name="t.ap.fee.unit.page" select="'Theo số trang'"/>
  <xsl:variable name="t.ap.fee.stage" select="'Thời điểm thu'"/>
  <xsl:variable name="t.ap.fee.stage.submission" select="'Khi nộp hồ sơ'"/>
  <xsl:variable name="t.ap.fee.stage.supplement" select="'Khi bổ sung hồ sơ'"/>
  <xsl:variable name="t.ap.fee.stage.result" select="'Khi nhận kết quả'"/>
  <xsl:variable name="t.ap.fee.optional" select="'Người nộp tự chọn'"/>
  <xsl:variable name="t.ap.fee.note" select="'Ghi chú'"/>

  <xsl:variable name="t.ap.x.fee" select="'Áp dụng cho khoản thu số'"/>
  <xsl:variable name="t.ap.x.percent" select="'Mức miễn, giảm (%)'"/>
  <xsl:variable name="t.ap.x.ground" select="'Đối tượng được miễn, giảm'"/>
  <xsl:variable name="t.ap.x.proof" select="'Giấy tờ chứng minh'"/>
  <xsl:variable name="t.ap.r.unit" select="'Cơ quan tiếp nhận'"/>

  <!-- Withdraw, re-publish, remove; what was done -->
  <xsl:variable name="t.ap.act.title" select="'Ngừng áp dụng, áp dụng lại, xoá'"/>
  <xsl:variable name="t.ap.act.withdraw" select="'Ngừng áp dụng thủ tục'"/>
  <xsl:variable name="t.ap.act.withdraw.text" select="'Công dân không tìm thấy và không nộp được hồ sơ mới của thủ tục này nữa; hồ sơ đã nộp vẫn được giải quyết.'"/>
  <xsl:variable name="t.ap.act.republish" select="'Áp dụng lại thủ tục'"/>
  <xsl:variable name="t.ap.act.remove" select="'Xoá thủ tục'"/>
  <xsl:variable name="t.ap.act.remove.text" select="'Chỉ xoá được thủ tục chưa có hồ sơ nào. Thủ tục đã có hồ sơ thì ngừng áp dụng.'"/>
  <xsl:variable name="t.ap.msg.published" select="'Đã lưu và áp dụng thủ tục.'"/>
  <xsl:variable name="t.ap.msg.unchanged" select="'Không có thay đổi nào: thủ tục giữ nguyên phiên bản.'"/>
  <xsl:variable name="t.ap.msg.withdrawn" select="'Đã ngừng áp dụng thủ tục.'"/>
  <xsl:variable name="t.ap.msg.republished" select="'Đã áp dụng lại thủ tục.'"/>
  <xsl:variable name="t.ap.msg.removed" select="'Đã xoá thủ tục.'"/>
  <xsl:variable name="t.ap.msg.stale" select="'Thủ tục vừa được một quản trị viên khác thay đổi: chưa thực hiện. Hãy xem lại nội dung mới nhất dưới đây rồi làm lại.'"/>
  <xsl:variable name="t.ap.msg.in_use.withdrawn" select="'Không xoá được: đã có hồ sơ nộp theo thủ tục này. Thủ tục đã ngừng áp dụng nên không nhận hồ sơ mới.'"/>
  <xsl:variable name="t.ap.msg.in_use" select="'Không xoá được: đã có hồ sơ nộp theo thủ tục này. Bạn có thể ngừng áp dụng thủ tục để không nhận hồ sơ mới.'"/>

  <!-- The versions -->
  <xsl:variable name="t.ap.v.title" select="'Các phiên bản của thủ tục'"/>
  <xsl:variable name="t.ap.v.version" select="'Phiên bản'"/>
  <xsl:variable name="t.ap.v.published" select="'Áp dụng từ'"/>
  <xsl:variable name="t.ap.v.withdrawn" select="'Ngừng áp dụng'"/>
  <xsl:variable name="t.ap.v.dossiers" select="'Số hồ sơ'"/>
  <xsl:variable name="t.ap.v.view" select="'Xem'"/>
  <xsl:variable name="t.ap.v.replaced" select="'Thay bằng phiên bản sau'"/>
  <xsl:variable name="t.ap.v.shown" select="'Nội dung phiên bản '"/>
  <xsl:variable name="t.ap.v.edit" select="'Sửa thủ tục'"/>
</xsl:stylesheet>
