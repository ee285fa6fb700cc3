<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-officer.xsl — the words of the officers' pages: the inbox ("Hồ sơ cần xử lý") and a
  dossier with its actions, in Vietnamese (NFC, full diacritics). The slips' words are in
  vi-slip.xsl. Included by officer-common.xsl only. See vi.xsl for how the words are split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The inbox (/officer/) -->
  <xsl:variable name="t.inbox.title" select="'Hồ sơ cần xử lý'"/>
  <xsl:variable name="t.inbox.roles" select="'Cơ quan và vai trò của bạn:'"/>
  <xsl:variable name="t.inbox.roles.sep" select="' — '"/>
  <xsl:variable name="t.inbox.tabs" select="'Nhóm hồ sơ'"/>
  <xsl:variable name="t.inbox.tab.receive" select="'Chờ tiếp nhận'"/>
  <xsl:variable name="t.inbox.tab.assign" select="'Chờ chuyển xử lý'"/>
  <xsl:variable name="t.inbox.tab.process" select="'Đang xử lý'"/>
  <xsl:variable name="t.inbox.tab.approve" select="'Chờ phê duyệt'"/>
  <xsl:variable name="t.inbox.tab.return" select="'Chờ trả kết quả'"/>
  <xsl:variable name="t.inbox.tab.all" select="'Tất cả hồ sơ'"/>
  <xsl:variable name="t.inbox.filters" select="'Lọc hồ sơ'"/>
  <xsl:variable name="t.inbox.q" select="'Mã hồ sơ hoặc tên người nộp'"/>
  <xsl:variable name="t.inbox.procedure" select="'Thủ tục'"/>
  <xsl:variable name="t.inbox.procedure.hint" select="'Mã thủ tục hoặc một phần tên thủ tục, có dấu hoặc không dấu'"/>
  <xsl:variable name="t.inbox.field" select="'Lĩnh vực'"/>
  <xsl:variable name="t.inbox.status" select="'Trạng thái'"/>
  <xsl:variable name="t.inbox.from" select="'Nộp từ ngày'"/>
  <xsl:variable name="t.inbox.to.date" select="'Đến ngày'"/>
  <xsl:variable name="t.inbox.date.hint" select="'dd/mm/yyyy'"/>
  <xsl:variable name="t.inbox.due" select="'Thời hạn'"/>
  <xsl:variable name="t.inbox.due.soon" select="'Đến hạn trong 2 ngày làm việc'"/>
  <xsl:variable name="t.inbox.due.overdue" select="'Quá hạn'"/>
  <xsl:variable name="t.inbox.any" select="'Tất cả'"/>
  <xsl:variable name="t.inbox.apply" select="'Lọc'"/>
  <xsl:variable name="t.inbox.clear" select="'Bỏ lọc'"/>
  <xsl:variable name="t.inbox.more" select="'Thêm bộ lọc'"/>
  <xsl:variable name="t.inbox.caption" select="'Hồ sơ theo thời hạn, sớm nhất trước'"/>
  <xsl:variable name="t.inbox.caption.all" select="'Hồ sơ đơn vị đã nhận, mới đến nhất trước'"/>
  <xsl:variable name="t.inbox.applicant" select="'Người nộp'"/>
  <xsl:variable name="t.inbox.representative" select="'Người đại diện: '"/>
  <xsl:variable name="t.inbox.holder" select="'Đang ở: '"/>
  <xsl:variable name="t.inbox.assignee" select="'Cán bộ xử lý: '"/>
  <xsl:variable name="t.inbox.awaiting" select="'Chờ phê duyệt'"/>
  <xsl:variable name="t.inbox.overdue" select="'Quá hạn'"/>
  <xsl:variable name="t.inbox.due_soon" select="'Sắp đến hạn'"/>
  <xsl:variable name="t.inbox.empty" select="'Không có hồ sơ nào trong nhóm này.'"/>
  <xsl:variable name="t.inbox.norole" select="'Tài khoản của bạn chưa được giao vai trò ở cơ quan nào. Hãy liên hệ quản trị hệ thống.'"/>
  <xsl:variable name="t.inbox.prev" select="'Trang trước'"/>
  <xsl:variable name="t.inbox.next" select="'Trang sau'"/>
  <xsl:variable name="t.inbox.page" select="'Trang '"/>
  <xsl:variable name="t.inbox.register" select="'Sổ theo dõi hồ sơ'"/>

  <!-- A dossier (/officer/dossiers/{id}) -->
  <xsl:variable name="t.od.back" select="'Hồ sơ cần xử lý'"/>
  <xsl:variable name="t.od.title" select="'Hồ sơ '"/>
  <xsl:variable name="t.od.done" select="'Đã thực hiện: '"/>
  <xsl:variable name="t.od.summary" select="'Tóm tắt'"/>
  <xsl:variable name="t.od.agency" select="'Cơ quan tiếp nhận'"/>
  <xsl:variable name="t.od.holder" select="'Đơn vị đang giải quyết'"/>
  <xsl:variable name="t.od.assignee" select="'Cán bộ xử lý'"/>
  <xsl:variable name="t.od.nobody" select="'Chưa phân công'"/>
  <xsl:variable name="t.od.received_at" select="'Ngày tiếp nhận'"/>
  <xsl:variable name="t.od.due" select="'Hạn giải quyết'"/>
  <xsl:variable name="t.od.first_due" select="'Hẹn lần đầu'"/>
  <xsl:variable name="t.od.limit" select="'Thời hạn giải quyết'"/>
  <xsl:variable name="t.od.used" select="'Đã dùng'"/>
  <xsl:variable name="t.od.left" select="'Còn lại'"/>
  <xsl:variable name="t.od.late.by" select="'Quá hạn'"/>
  <xsl:variable name="t.od.paused" select="'Tạm dừng tính thời gian (chờ bổ sung)'"/>
  <xsl:variable name="t.od.awaiting" select="'Kết quả đang chờ phê duyệt'"/>
  <xsl:variable name="t.od.result" select="'Kết quả giải quyết'"/>
  <xsl:variable name="t.od.result.paper" select="'Kết quả bản giấy'"/>
  <xsl:variable name="t.od.result.file" select="'Kết quả điện tử'"/>
  <xsl:variable name="t.od.tracking" select="'Số hiệu bưu gửi'"/>
  <xsl:variable name="t.od.result.file.label" select="'Tệp kết quả'"/>
  <xsl:variable name="t.od.result.file.hint" select="'Một tệp PDF, JPG hoặc PNG (văn bản đã ký số), tối đa 20 MB.'"/>
  <xsl:variable name="t.od.applicant" select="'Người nộp hồ sơ'"/>
  <xsl:variable name="t.od.name" select="'Họ và tên'"/>
  <xsl:variable name="t.od.cccd" select="'Số định danh cá nhân'"/>
  <xsl:variable name="t.od.birth" select="'Ngày sinh'"/>
  <xsl:variable name="t.od.phone" select="'Điện thoại'"/>
  <xsl:variable name="t.od.email" select="'Thư điện tử'"/>
  <xsl:variable name="t.od.address" select="'Địa chỉ'"/>
  <xsl:variable name="t.od.org" select="'Tổ chức'"/>
  <xsl:variable name="t.od.tax" select="'Mã số thuế'"/>
  <xsl:variable name="t.od.request" select="'Nội dung đề nghị'"/>
  <xsl:variable name="t.od.channel" select="'Nhận kết quả'"/>
  <xsl:variable name="t.od.channel.online" select="'Trực tuyến'"/>
  <xsl:variable name="t.od.channel.postal" select="'Qua dịch vụ bưu chính công ích'"/>
  <xsl:variable name="t.od.channel.counter" select="'Tại Bộ phận Một cửa'"/>
  <xsl:variable name="t.od.files" select="'Thành phần hồ sơ'"/>
  <xsl:variable name="t.od.files.none" select="'Không có tệp nào.'"/>
  <xsl:variable name="t.od.file.result" select="'Kết quả giải quyết'"/>
  <xsl:variable name="t.od.file.supplement" select="'Bổ sung: '"/>
  <xsl:variable name="t.od.kb" select="' KB'"/>
  <xsl:variable name="t.od.fees" select="'Phí, lệ phí'"/>
  <xsl:variable name="t.od.fees.none" select="'Không thu phí, lệ phí.'"/>
  <xsl:variable name="t.od.owed" select="'Còn phải nộp lúc này: '"/>
  <xsl:variable name="t.od.owed.accept" select="'Phí, lệ phí nộp khi nộp hồ sơ chưa được thanh toán: chỉ tiếp nhận hồ sơ sau khi người nộp thanh toán trực tuyến, hoặc sau khi ghi nhận khoản nộp tại quầy hay chuyển khoản dưới đây.'"/>
  <!-- The dossier's payments (dvc-payment) -->
  <xsl:variable name="t.od.pay.record" select="'Ghi nhận khoản nộp phí, lệ phí tại bộ phận một cửa'"/>
  <xsl:variable name="t.od.pay.amount" select="'Số tiền (đồng)'"/>
  <xsl:variable name="t.od.pay.reference" select="'Mã tham chiếu chuyển khoản (nếu có)'"/>
  <xsl:variable name="t.od.pay.record.go" select="'Ghi nhận và lập biên lai'"/>
  <xsl:variable name="t.od.history" select="'Quá trình xử lý (Phiếu kiểm soát quá trình giải quyết hồ sơ)'"/>
  <xsl:variable name="t.od.h.at" select="'Thời điểm'"/>
  <xsl:variable name="t.od.h.step" select="'Bước'"/>
  <xsl:variable name="t.od.h.who" select="'Người thực hiện, đơn vị'"/>
  <xsl:variable name="t.od.h.used" select="'Thời gian của bước'"/>
  <xsl:variable name="t.od.h.to" select="'Chuyển đến: '"/>
  <xsl:variable name="t.od.h.applicant" select="'Người nộp hồ sơ'"/>
  <xsl:variable name="t.od.slips" select="'Phiếu đã lập'"/>
  <xsl:variable name="t.od.slip.1" select="'Giấy tiếp nhận hồ sơ và hẹn trả kết quả'"/>
  <xsl:variable name="t.od.slip.2" select="'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ'"/>
  <xsl:variable name="t.od.slip.3" select="'Phiếu từ chối tiếp nhận giải quyết hồ sơ'"/>
  <xsl:variable name="t.od.slip.4" select="'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết'"/>
  <xsl:variable name="t.od.slip.5" select="'Thông báo dừng giải quyết hồ sơ'"/>
  <xsl:variable name="t.od.slip.no" select="'Số '"/>
  <xsl:variable name="t.od.actions" select="'Thao tác'"/>
  <xsl:variable name="t.od.actions.none" select="'Bạn không có thao tác nào với hồ sơ ở trạng thái này.'"/>
  <xsl:variable name="t.od.note.reason" select="'Lý do'"/>
  <xsl:variable name="t.od.note.items" select="'Giấy tờ cần bổ sung, hoàn thiện (mỗi dòng một nội dung)'"/>
  <xsl:variable name="t.od.note.fees" select="'Nghĩa vụ tài chính phải thực hiện'"/>
  <xsl:variable name="t.od.note.optional" select="'Ghi chú'"/>
  <xsl:variable name="t.od.assign.to" select="'Chuyển cho cán bộ xử lý'"/>
  <xsl:variable name="t.od.choose" select="'— Chọn —'"/>
  <xsl:variable name="t.od.due.new" select="'Ngày hẹn mới'"/>
  <xsl:variable name="t.od.due.hint" select="'Sau hạn hiện tại; dd/mm/yyyy'"/>
  <xsl:variable name="t.od.tracking.hint" select="'Số hiệu bưu gửi của bưu điện'"/>

  <!-- The actions, by the move of dossier.c's table they make -->
  <xsl:variable name="t.act.accept" select="'Tiếp nhận hồ sơ (lập Giấy tiếp nhận)'"/>
  <xsl:variable name="t.act.complete" select="'Yêu cầu bổ sung, hoàn thiện trước khi tiếp nhận'"/>
  <xsl:variable name="t.act.refuse" select="'Từ chối tiếp nhận'"/>
  <xsl:variable name="t.act.assign" select="'Chuyển xử lý'"/>
  <xsl:variable name="t.act.handover" select="'Chuyển tiếp cho cán bộ hoặc đơn vị khác'"/>
  <xsl:variable name="t.act.supplement" select="'Yêu cầu bổ sung giấy tờ (dừng tính thời gian)'"/>
  <xsl:variable name="t.act.supplemented" select="'Xác nhận đã nhận bổ sung'"/>
  <xsl:variable name="t.act.fees" select="'Yêu cầu thực hiện nghĩa vụ tài chính'"/>
  <xsl:variable name="t.act.paid" select="'Xác nhận đã thực hiện nghĩa vụ tài chính'"/>
  <xsl:variable name="t.act.propose" select="'Trình phê duyệt kết quả bản giấy'"/>
  <xsl:variable name="t.act.propose.file" select="'Trình phê duyệt kết quả điện tử'"/>
  <xsl:variable name="t.act.sendback" select="'Trả lại để xử lý lại'"/>
  <xsl:variable name="t.act.approve" select="'Phê duyệt kết quả'"/>
  <xsl:variable name="t.act.return" select="'Trả kết quả'"/>
  <xsl:variable name="t.act.apology" select="'Lập văn bản xin lỗi, gia hạn'"/>
  <xsl:variable name="t.act.stop" select="'Dừng giải quyết'"/>
  <xsl:variable name="t.act.withdrawn" select="'Xác nhận rút hồ sơ'"/>
  <xsl:variable name="t.act.exempt" select="'Chấp nhận miễn, giảm phí, lệ phí'"/>
  <xsl:variable name="t.act.noexempt" select="'Không chấp nhận miễn, giảm (thu đủ mức phí, lệ phí)'"/>

  <!-- The applicant's feedback on the dossier view -->
  <xsl:variable name="t.od.feedback" select="'Phản ánh, kiến nghị của người nộp'"/>
  <xsl:variable name="t.od.feedback.due" select="'hạn trả lời '"/>
  <xsl:variable name="t.od.feedback.answered" select="'Đã trả lời: '"/>
  <xsl:variable name="t.od.feedback.label" select="'Nội dung trả lời'"/>
  <xsl:variable name="t.od.feedback.send" select="'Gửi trả lời'"/>
  <xsl:variable name="t.od.feedback.done" select="'Đã gửi trả lời phản ánh, kiến nghị.'"/>

</xsl:stylesheet>
