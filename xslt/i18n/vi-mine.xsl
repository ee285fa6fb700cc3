<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-mine.xsl — the words of the applicant's own dossiers (dvc-dossiers): "Hồ sơ của tôi"
  (dossiers-list.xsl) and a dossier's page (dossiers-page.xsl), in Vietnamese (NFC, full
  diacritics). Included by dossiers-common.xsl only. See vi.xsl for how the words are split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- "Hồ sơ của tôi" -->
  <xsl:variable name="t.mine.caption" select="'Hồ sơ của tôi, mới nhất trước'"/>
  <xsl:variable name="t.mine.filters" select="'Lọc hồ sơ theo trạng thái'"/>
  <xsl:variable name="t.mine.all" select="'Tất cả'"/>
  <xsl:variable name="t.mine.action" select="'Cần tôi thực hiện'"/>
  <xsl:variable name="t.mine.none" select="'Không có hồ sơ nào ở mục này.'"/>
  <xsl:variable name="t.mine.draft" select="'Hồ sơ đang soạn (chưa nộp)'"/>
  <xsl:variable name="t.mine.receipt" select="'Giấy tiếp nhận'"/>
  <xsl:variable name="t.mine.saved_at" select="'Lưu lần cuối: '"/>
  <xsl:variable name="t.mine.for_org" select="'Nộp cho tổ chức: '"/>
  <xsl:variable name="t.mine.late" select="'Quá hạn'"/>
  <xsl:variable name="t.mine.next" select="'Việc bạn cần làm'"/>
  <xsl:variable name="t.mine.new.q" select="'Cần nộp hồ sơ khác? '"/>
  <xsl:variable name="t.mine.new.link" select="'Tìm thủ tục hành chính'"/>
  <xsl:variable name="t.mine.empty" select="'Bạn chưa có hồ sơ nào.'"/>
  <xsl:variable name="t.mine.empty.how" select="'Cách nộp hồ sơ trực tuyến'"/>
  <xsl:variable name="t.mine.empty.step1" select="'Tìm thủ tục cần thực hiện theo từ khóa, lĩnh vực hoặc cơ quan thực hiện.'"/>
  <xsl:variable name="t.mine.empty.step2.pre" select="'Mở trang của thủ tục và chọn '"/>
  <xsl:variable name="t.mine.empty.step2.post" select="'.'"/>
  <xsl:variable name="t.mine.empty.step3" select="'Làm theo từng bước: khai thông tin, tải lên giấy tờ, chọn cách nhận kết quả rồi nộp. Hồ sơ được lưu nháp và hiện ở trang này cho đến khi bạn nộp.'"/>
  <xsl:variable name="t.mine.empty.button" select="'Tìm thủ tục hành chính'"/>

  <!-- The step that waits for the applicant -->
  <xsl:variable name="t.next.resume" select="'Tiếp tục soạn và nộp hồ sơ'"/>
  <xsl:variable name="t.next.complete" select="'Bổ sung, hoàn thiện hồ sơ'"/>
  <xsl:variable name="t.next.supplement" select="'Nộp giấy tờ bổ sung'"/>
  <xsl:variable name="t.next.pay" select="'Thực hiện nghĩa vụ tài chính'"/>
  <xsl:variable name="t.next.collect" select="'Nhận kết quả tại Bộ phận Một cửa'"/>
  <xsl:variable name="t.next.rate" select="'Đánh giá mức độ hài lòng'"/>

  <!-- A dossier's page -->
  <xsl:variable name="t.page.title" select="'Hồ sơ '"/>
  <xsl:variable name="t.page.msg.supplemented" select="'Đã gửi giấy tờ bổ sung. Hồ sơ được chuyển lại để tiếp tục xử lý.'"/>
  <xsl:variable name="t.page.msg.withdraw" select="'Đã gửi yêu cầu rút hồ sơ. Cơ quan sẽ xác nhận và thông báo cho bạn.'"/>
  <xsl:variable name="t.page.msg.rated" select="'Cảm ơn bạn đã đánh giá.'"/>
  <xsl:variable name="t.page.msg.feedback" select="'Đã gửi phản ánh, kiến nghị. Cơ quan sẽ trả lời trong thời hạn ghi dưới đây.'"/>
  <xsl:variable name="t.page.agency" select="'Cơ quan tiếp nhận'"/>
  <xsl:variable name="t.page.holder" select="'Đơn vị đang giải quyết'"/>
  <xsl:variable name="t.page.received_at" select="'Ngày tiếp nhận'"/>
  <xsl:variable name="t.page.first_due" select="'Hẹn trả ban đầu: '"/>
  <xsl:variable name="t.page.no_due" select="'Không quy định thời hạn'"/>
  <xsl:variable name="t.page.used" select="'Thời gian đã giải quyết'"/>
  <xsl:variable name="t.page.of" select="' trên tổng thời hạn '"/>
  <xsl:variable name="t.page.clock.stopped" select="'Thời gian tạm dừng trong khi chờ bạn bổ sung giấy tờ.'"/>
  <xsl:variable name="t.page.timing" select="'Tiến độ'"/>
  <xsl:variable name="t.page.on_time" select="'Đang trong hạn'"/>
  <xsl:variable name="t.page.late" select="'Đã quá hạn giải quyết'"/>
  <xsl:variable name="t.page.on_time.done" select="'Giải quyết đúng hạn'"/>
  <xsl:variable name="t.page.late.done" select="'Giải quyết quá hạn'"/>
  <xsl:variable name="t.page.timing.none" select="'Chưa tính (hồ sơ chưa được tiếp nhận)'"/>
  <xsl:variable name="t.page.tracking" select="'Số hiệu bưu gửi'"/>
  <xsl:variable name="t.page.requested" select="'Cơ quan yêu cầu bổ sung, hoàn thiện:'"/>
  <xsl:variable name="t.page.types" select="'Chấp nhận: '"/>
  <xsl:variable name="t.page.upload" select="'Tải lên'"/>
  <xsl:variable name="t.page.remove" select="'Xóa'"/>
  <xsl:variable name="t.page.added" select="'Giấy tờ bạn đã bổ sung'"/>
  <xsl:variable name="t.page.send" select="'Gửi giấy tờ bổ sung'"/>
  <xsl:variable name="t.page.send.hint" select="'Khi đã tải lên đủ giấy tờ được yêu cầu, gửi để hồ sơ được tiếp tục xử lý.'"/>
  <xsl:variable name="t.page.complete.hint" select="'Giấy tờ bạn tải lên được chuyển ngay tới bộ phận tiếp nhận để xem xét tiếp nhận hồ sơ.'"/>
  <xsl:variable name="t.page.pay" select="'Cơ quan đã thông báo phí, lệ phí bạn cần nộp (xem quá trình xử lý dưới đây). Bạn có thể nộp trực tuyến hoặc tại Bộ phận Một cửa; khi đã nộp, hồ sơ được tiếp tục xử lý.'"/>
  <xsl:variable name="t.page.pay.online" select="'Nộp phí, lệ phí trực tuyến'"/>
  <xsl:variable name="t.page.result" select="'Kết quả giải quyết'"/>
  <xsl:variable name="t.page.result.download" select="'Tải kết quả: '"/>
  <xsl:variable name="t.page.result.postal" select="'Kết quả đã được gửi qua dịch vụ bưu chính công ích.'"/>
  <xsl:variable name="t.page.result.paper" select="'Kết quả đã được trả.'"/>
  <xsl:variable name="t.page.result.collect" select="'Hồ sơ đã giải quyết xong. Mời bạn đến Bộ phận Một cửa để nhận kết quả, mang theo giấy tiếp nhận hồ sơ.'"/>
  <xsl:variable name="t.page.result.soon" select="'Hồ sơ đã giải quyết xong; kết quả sẽ được trả cho bạn theo hình thức đã chọn.'"/>
  <xsl:variable name="t.page.timeline" select="'Quá trình xử lý'"/>
  <xsl:variable name="t.page.step.unit" select="'Đơn vị: '"/>
  <xsl:variable name="t.page.step.from" select="'từ '"/>
  <xsl:variable name="t.page.step.to" select="' đến '"/>
  <xsl:variable name="t.page.step.now" select="' đến nay'"/>
  <xsl:variable name="t.page.step.used" select="'Thời gian làm việc: '"/>
  <xsl:variable name="t.page.slips" select="'Phiếu, văn bản đã ban hành'"/>
  <xsl:variable name="t.page.slip.1" select="'Giấy tiếp nhận hồ sơ và hẹn trả kết quả'"/>
  <xsl:variable name="t.page.slip.2" select="'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ'"/>
  <xsl:variable name="t.page.slip.3" select="'Phiếu từ chối tiếp nhận giải quyết hồ sơ'"/>
  <xsl:variable name="t.page.slip.4" select="'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết'"/>
  <xsl:variable name="t.page.slip.5" select="'Thông báo dừng giải quyết hồ sơ'"/>
  <xsl:variable name="t.page.files" select="'Giấy tờ đã nộp'"/>
  <xsl:variable name="t.page.file.supplement" select="'bổ sung'"/>
  <xsl:variable name="t.page.rated" select="'Bạn đã đánh giá: '"/>
  <xsl:variable name="t.page.rate.q" select="'Bạn có hài lòng với việc giải quyết hồ sơ này không?'"/>
  <xsl:variable name="t.page.rate.comment" select="'Góp ý thêm'"/>
  <xsl:variable name="t.page.rate.send" select="'Gửi đánh giá'"/>
  <xsl:variable name="t.rating.very_satisfied" select="'Rất hài lòng'"/>
  <xsl:variable name="t.rating.satisfied" select="'Hài lòng'"/>
  <xsl:variable name="t.rating.unsatisfied" select="'Không hài lòng'"/>
  <xsl:variable name="t.page.feedback" select="'Phản ánh, kiến nghị'"/>
  <xsl:variable name="t.page.feedback.rule.pre" select="'Cơ quan giải quyết trả lời phản ánh, kiến nghị trong '"/>
  <xsl:variable name="t.page.feedback.rule.post" select="' ngày làm việc.'"/>
  <xsl:variable name="t.page.feedback.sent" select="'Gửi lúc '"/>
  <xsl:variable name="t.page.feedback.due" select="'hạn trả lời '"/>
  <xsl:variable name="t.page.feedback.answer" select="'Trả lời của '"/>
  <xsl:variable name="t.page.feedback.overdue" select="'Quá hạn trả lời'"/>
  <xsl:variable name="t.page.feedback.waiting" select="'Đang chờ cơ quan trả lời.'"/>
  <xsl:variable name="t.page.feedback.label" select="'Nội dung phản ánh, kiến nghị'"/>
  <xsl:variable name="t.page.feedback.send" select="'Gửi phản ánh, kiến nghị'"/>
  <xsl:variable name="t.page.withdraw" select="'Rút hồ sơ'"/>
  <xsl:variable name="t.page.withdraw.hint" select="'Nếu không còn nhu cầu, bạn có thể yêu cầu rút hồ sơ. Cơ quan xác nhận thì hồ sơ dừng giải quyết; việc này không hoàn tác được.'"/>
  <xsl:variable name="t.page.withdraw.note" select="'Lý do rút hồ sơ'"/>
  <xsl:variable name="t.page.withdraw.confirm" select="'Tôi xác nhận muốn rút hồ sơ này.'"/>
  <xsl:variable name="t.page.withdraw.send" select="'Yêu cầu rút hồ sơ'"/>

</xsl:stylesheet>
