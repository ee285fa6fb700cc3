<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-dossier.xsl — the words of a dossier that both the applicant's pages and the staff's
  show: its code, procedure, dates and status (the template status-badge), in Vietnamese
  (NFC, full diacritics).

  Included by dossier-common.xsl, which the staff views (officer-inbox.xsl, admin-home.xsl)
  import and submit-common.xsl includes for the submission views; by nothing else. See
  vi.xsl for how the words are split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- A dossier: the columns of the lists, and statuses (National Portal codes) -->
  <xsl:variable name="t.dossier.code" select="'Mã hồ sơ'"/>
  <xsl:variable name="t.dossier.procedure" select="'Thủ tục'"/>
  <xsl:variable name="t.dossier.submitted_at" select="'Ngày nộp'"/>
  <xsl:variable name="t.dossier.due_at" select="'Ngày hẹn trả'"/>
  <xsl:variable name="t.dossier.due.expected" select="'Dự kiến, chờ tiếp nhận'"/>
  <xsl:variable name="t.dossier.status" select="'Trạng thái'"/>
  <xsl:variable name="t.status.0" select="'Đang soạn'"/>
  <xsl:variable name="t.status.1" select="'Mới đăng ký'"/>
  <xsl:variable name="t.status.2" select="'Được tiếp nhận'"/>
  <xsl:variable name="t.status.3" select="'Không được tiếp nhận'"/>
  <xsl:variable name="t.status.4" select="'Đang xử lý'"/>
  <xsl:variable name="t.status.5" select="'Yêu cầu bổ sung giấy tờ'"/>
  <xsl:variable name="t.status.6" select="'Yêu cầu thực hiện nghĩa vụ tài chính'"/>
  <xsl:variable name="t.status.7" select="'Công dân yêu cầu rút hồ sơ'"/>
  <xsl:variable name="t.status.8" select="'Dừng xử lý'"/>
  <xsl:variable name="t.status.9" select="'Đã xử lý xong'"/>
  <xsl:variable name="t.status.10" select="'Đã trả kết quả'"/>

  <!-- Working time (the template worktime): a working day is 8 hours -->
  <xsl:variable name="t.worktime.days" select="' ngày '"/>
  <xsl:variable name="t.worktime.hours" select="' giờ'"/>
  <xsl:variable name="t.worktime.minutes" select="' phút'"/>

  <!-- The steps of a dossier's history, by the move of dossier.c's table that made them -->
  <xsl:variable name="t.move.submit" select="'Nộp hồ sơ trực tuyến'"/>
  <xsl:variable name="t.move.accept" select="'Tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.move.complete" select="'Yêu cầu bổ sung, hoàn thiện hồ sơ trước khi tiếp nhận'"/>
  <xsl:variable name="t.move.refuse" select="'Từ chối tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.move.assign" select="'Chuyển xử lý'"/>
  <xsl:variable name="t.move.handover" select="'Chuyển tiếp xử lý'"/>
  <xsl:variable name="t.move.supplement" select="'Yêu cầu bổ sung giấy tờ'"/>
  <xsl:variable name="t.move.supplemented" select="'Đã bổ sung giấy tờ'"/>
  <xsl:variable name="t.move.fees" select="'Yêu cầu thực hiện nghĩa vụ tài chính'"/>
  <xsl:variable name="t.move.paid" select="'Đã thực hiện nghĩa vụ tài chính'"/>
  <xsl:variable name="t.move.propose" select="'Trình phê duyệt kết quả'"/>
  <xsl:variable name="t.move.sendback" select="'Trả lại để xử lý lại'"/>
  <xsl:variable name="t.move.approve" select="'Phê duyệt kết quả'"/>
  <xsl:variable name="t.move.return" select="'Trả kết quả'"/>
  <xsl:variable name="t.move.apology" select="'Xin lỗi và gia hạn thời gian giải quyết'"/>
  <xsl:variable name="t.move.stop" select="'Dừng giải quyết hồ sơ'"/>
  <xsl:variable name="t.move.withdraw" select="'Yêu cầu rút hồ sơ'"/>
  <xsl:variable name="t.move.withdrawn" select="'Xác nhận rút hồ sơ'"/>
  <xsl:variable name="t.move.feedback" select="'Trả lời phản ánh, kiến nghị'"/>
  <xsl:variable name="t.move.exempt" select="'Chấp nhận đề nghị miễn, giảm phí, lệ phí'"/>
  <xsl:variable name="t.move.noexempt" select="'Không chấp nhận đề nghị miễn, giảm phí, lệ phí'"/>

  <!-- The public lookup, /track (track.xsl) -->
  <xsl:variable name="t.track.title" select="'Tra cứu hồ sơ'"/>
  <xsl:variable name="t.track.form" select="'Tra cứu bằng mã hồ sơ'"/>
  <xsl:variable name="t.track.another" select="'Tra cứu hồ sơ khác'"/>
  <xsl:variable name="t.track.intro" select="'Nhập mã hồ sơ ghi trên giấy tiếp nhận và 4 chữ số cuối của số điện thoại hoặc số căn cước công dân của người nộp. Quét mã QR trên giấy tiếp nhận để mở thẳng hồ sơ. Không cần đăng nhập.'"/>
  <xsl:variable name="t.track.hint" select="'Ví dụ: 000.01.30.H56-261129-0001'"/>
  <xsl:variable name="t.track.digits" select="'4 chữ số cuối của số điện thoại hoặc số căn cước công dân'"/>
  <xsl:variable name="t.track.digits.hint" select="'Của người nộp, như đã khai trong hồ sơ. Ví dụ: 1234'"/>
  <xsl:variable name="t.track.button" select="'Tra cứu'"/>
  <xsl:variable name="t.track.result" select="'Kết quả tra cứu'"/>
  <xsl:variable name="t.track.agency" select="'Cơ quan tiếp nhận'"/>
  <xsl:variable name="t.track.holder" select="'Đơn vị đang giải quyết'"/>
  <xsl:variable name="t.track.applicant" select="'Người nộp'"/>
  <xsl:variable name="t.track.finished_at" select="'Ngày giải quyết xong'"/>
  <xsl:variable name="t.track.on_time" select="'Đúng hạn'"/>
  <xsl:variable name="t.track.late" select="'Quá hạn'"/>
  <xsl:variable name="t.track.after_due" select="'Sau ngày hẹn trả'"/>
  <xsl:variable name="t.track.privacy" select="'Tên người nộp được che một phần để bảo vệ dữ liệu cá nhân.'"/>
  <xsl:variable name="t.track.history" select="'Quá trình xử lý'"/>
  <xsl:variable name="t.track.col.at" select="'Thời gian'"/>
  <xsl:variable name="t.track.col.step" select="'Bước xử lý'"/>
  <xsl:variable name="t.track.col.unit" select="'Đơn vị xử lý'"/>
  <xsl:variable name="t.track.col.status" select="'Trạng thái'"/>
  <xsl:variable name="t.track.history.none" select="'Chưa có bước xử lý nào được ghi nhận.'"/>
  <xsl:variable name="t.track.mine" select="'Bạn là người nộp? Đăng nhập và mở „Hồ sơ của tôi” để xem đầy đủ hồ sơ.'"/>


  <!-- The payments of a dossier (dossier-common.xsl, payment-list). -->
  <xsl:variable name="t.payments" select="'Thanh toán phí, lệ phí'"/>
  <!-- The fees charged and the exemption claimed (dossier-common.xsl fee-list, claim) -->
  <xsl:variable name="t.fees.charged" select="'Phí, lệ phí của hồ sơ'"/>
  <xsl:variable name="t.fee.full" select="'; mức thu đầy đủ '"/>
  <xsl:variable name="t.claim.proof.doc" select="'Giấy tờ chứng minh: '"/>
  <xsl:variable name="t.claim.heading" select="'Đề nghị miễn, giảm phí, lệ phí'"/>
  <xsl:variable name="t.claim.pending" select="'Chưa kiểm tra: Bộ phận Một cửa kiểm tra giấy tờ chứng minh trước khi tiếp nhận hồ sơ.'"/>
  <xsl:variable name="t.claim.granted" select="'Đã chấp nhận: '"/>
  <xsl:variable name="t.claim.refused" select="'Không chấp nhận: '"/>
  <xsl:variable name="t.payment.gateway" select="'Trực tuyến qua cổng thanh toán'"/>
  <xsl:variable name="t.payment.counter" select="'Nộp tại bộ phận một cửa'"/>
  <xsl:variable name="t.payment.transfer" select="'Chuyển khoản ngân hàng'"/>
  <xsl:variable name="t.payment.paid" select="'đã thanh toán lúc '"/>
  <xsl:variable name="t.payment.failed" select="'không thành công (mã '"/>
  <xsl:variable name="t.payment.pending" select="'đang chờ cổng thanh toán xác nhận'"/>
  <xsl:variable name="t.payment.txn" select="'; mã giao dịch '"/>
  <xsl:variable name="t.payment.receipt" select="'Biên lai'"/>

  <!-- Drafts kept for a time (draft-expiry) -->
  <xsl:variable name="t.draft.expiry.pre" select="'Bản nháp chưa nộp sẽ bị xoá sau '"/>
  <xsl:variable name="t.draft.expiry.post" select="' ngày không sửa, cùng các tệp đã tải lên.'"/>
  <xsl:variable name="t.draft.expiry.on" select="' Nếu không được sửa tiếp, bản nháp này sẽ bị xoá từ ngày '"/>

</xsl:stylesheet>
