<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-mail.xsl — the words of the e-mails the applicant receives about their dossier
  (mail-dossier.xsl), in Vietnamese (NFC, full diacritics). The name of each step and the
  statuses are vi-dossier.xsl's, shared with the pages. See vi.xsl for how words are split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="t.mail.subject" select="'Hồ sơ '"/>
  <xsl:variable name="t.mail.subject.sep" select="': '"/>
  <xsl:variable name="t.mail.dear" select="'Kính gửi '"/>
  <xsl:variable name="t.mail.code" select="'Mã hồ sơ: '"/>
  <xsl:variable name="t.mail.procedure" select="'Thủ tục: '"/>
  <xsl:variable name="t.mail.agency" select="'Cơ quan tiếp nhận: '"/>
  <xsl:variable name="t.mail.submitted" select="'Thời điểm nộp: '"/>
  <xsl:variable name="t.mail.status" select="'Trạng thái: '"/>
  <xsl:variable name="t.mail.due" select="'Ngày hẹn trả kết quả: '"/>
  <xsl:variable name="t.mail.due.expected" select="'Ngày hẹn trả kết quả dự kiến: '"/>
  <xsl:variable name="t.mail.note" select="'Nội dung: '"/>
  <xsl:variable name="t.mail.tracking" select="'Số hiệu bưu gửi: '"/>
  <xsl:variable name="t.mail.track" select="'Xem hồ sơ, giấy tờ và tình trạng giải quyết: '"/>
  <xsl:variable name="t.mail.track.public" select="'Tra cứu tình trạng không cần đăng nhập: '"/>
  <xsl:variable name="t.mail.footer" select="'Thư này được gửi tự động, vui lòng không trả lời.'"/>

  <!-- What happened, one sentence per step that the applicant is told of. -->
  <xsl:variable name="t.mail.say.submit" select="'Cổng Dịch vụ công đã nhận hồ sơ trực tuyến của bạn. Bộ phận Một cửa sẽ kiểm tra và tiếp nhận hồ sơ; ngày hẹn chính thức ghi trên giấy tiếp nhận.'"/>
  <xsl:variable name="t.mail.say.accept" select="'Hồ sơ của bạn đã được tiếp nhận. Giấy tiếp nhận hồ sơ và hẹn trả kết quả có trong trang hồ sơ.'"/>
  <xsl:variable name="t.mail.say.complete" select="'Hồ sơ của bạn cần được bổ sung, hoàn thiện trước khi tiếp nhận, theo nội dung dưới đây.'"/>
  <xsl:variable name="t.mail.say.refuse" select="'Hồ sơ của bạn không được tiếp nhận giải quyết, vì lý do dưới đây.'"/>
  <xsl:variable name="t.mail.say.assign" select="'Hồ sơ của bạn đã được chuyển đến cán bộ chuyên môn để giải quyết.'"/>
  <xsl:variable name="t.mail.say.supplement" select="'Cơ quan giải quyết yêu cầu bạn bổ sung giấy tờ theo nội dung dưới đây. Thời gian giải quyết tạm dừng cho đến khi nhận đủ.'"/>
  <xsl:variable name="t.mail.say.supplemented" select="'Hồ sơ của bạn đã được bổ sung và tiếp tục được giải quyết.'"/>
  <xsl:variable name="t.mail.say.fees" select="'Bạn cần thực hiện nghĩa vụ tài chính (nộp phí, lệ phí, thuế) để hồ sơ được tiếp tục giải quyết.'"/>
  <xsl:variable name="t.mail.say.exempt" select="'Bộ phận Một cửa đã chấp nhận đề nghị miễn, giảm phí, lệ phí của bạn.'"/>
  <xsl:variable name="t.mail.say.noexempt" select="'Bộ phận Một cửa không chấp nhận đề nghị miễn, giảm phí, lệ phí của bạn, vì lý do dưới đây. Bạn cần nộp đủ mức phí, lệ phí (thanh toán trực tuyến từ trang hồ sơ, hoặc tại quầy) để hồ sơ được tiếp nhận.'"/>
  <xsl:variable name="t.mail.say.paid" select="'Nghĩa vụ tài chính của hồ sơ đã được ghi nhận; hồ sơ tiếp tục được giải quyết.'"/>
  <xsl:variable name="t.mail.say.approve" select="'Hồ sơ của bạn đã được giải quyết xong. Kết quả sẽ được trả theo cách bạn đã chọn.'"/>
  <xsl:variable name="t.mail.say.return" select="'Kết quả giải quyết hồ sơ của bạn đã được trả.'"/>
  <xsl:variable name="t.mail.say.apology" select="'Cơ quan giải quyết xin lỗi vì chưa trả kết quả đúng hẹn và đề nghị gia hạn đến ngày ghi dưới đây, vì lý do sau.'"/>
  <xsl:variable name="t.mail.say.stop" select="'Việc giải quyết hồ sơ của bạn đã dừng, vì lý do dưới đây.'"/>
  <xsl:variable name="t.mail.say.withdraw" select="'Cổng Dịch vụ công đã nhận yêu cầu rút hồ sơ của bạn; Bộ phận Một cửa sẽ xác nhận.'"/>
  <xsl:variable name="t.mail.say.withdrawn" select="'Hồ sơ của bạn đã được rút theo yêu cầu.'"/>
  <xsl:variable name="t.mail.say.feedback" select="'Cơ quan giải quyết đã trả lời phản ánh, kiến nghị của bạn về hồ sơ này. Nội dung trả lời ở dưới và trên trang hồ sơ.'"/>

</xsl:stylesheet>
