<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-pay.xsl — the words of the payment pages in Vietnamese (NFC, full diacritics): paying a
  dossier's fees (pay-dossier.xsl), the page the gateway sends the payer back to
  (pay-return.xsl), and the gateway stand-in of development and tests (sandbox-pay.xsl).

  Included by the payment views and by nothing else; see vi.xsl for how the words are split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- Paying a dossier's fees (dvc-payment) -->
  <xsl:variable name="t.pay.title" select="'Thanh toán phí, lệ phí'"/>
  <xsl:variable name="t.pay.dossier" select="'Hồ sơ'"/>
  <xsl:variable name="t.pay.procedure" select="'Thủ tục'"/>
  <xsl:variable name="t.pay.fees" select="'Phí, lệ phí của hồ sơ'"/>
  <xsl:variable name="t.pay.paid" select="'Đã thanh toán'"/>
  <xsl:variable name="t.pay.due" select="'Số tiền cần thanh toán'"/>
  <xsl:variable name="t.pay.words" select="'Bằng chữ: '"/>
  <xsl:variable name="t.pay.nothing" select="'Hồ sơ này hiện không có khoản phí, lệ phí nào cần thanh toán.'"/>
  <xsl:variable name="t.pay.not_now" select="'Hồ sơ ở trạng thái hiện tại không nhận thanh toán trực tuyến.'"/>
  <xsl:variable name="t.pay.off" select="'Thanh toán trực tuyến hiện chưa được cấu hình. Vui lòng nộp phí, lệ phí tại bộ phận một cửa.'"/>
  <xsl:variable name="t.pay.go" select="'Thanh toán trực tuyến'"/>
  <xsl:variable name="t.pay.go.hint" select="'Bạn sẽ được chuyển sang cổng thanh toán để hoàn tất giao dịch.'"/>
  <xsl:variable name="t.pay.history" select="'Các lần thanh toán'"/>
  <xsl:variable name="t.pay.receipt" select="'Xem biên lai'"/>
  <xsl:variable name="t.pay.transfer" select="'Hoặc chuyển khoản ngân hàng'"/>
  <xsl:variable name="t.pay.transfer.lead" select="'Quét mã VietQR bằng ứng dụng ngân hàng, hoặc chuyển khoản với đúng số tiền và nội dung dưới đây. Cán bộ tiếp nhận xác nhận khoản chuyển khoản khi tiền về tài khoản và lập biên lai.'"/>
  <xsl:variable name="t.pay.transfer.qr" select="'Mã VietQR chuyển khoản phí, lệ phí'"/>
  <xsl:variable name="t.pay.transfer.holder" select="'Chủ tài khoản'"/>
  <xsl:variable name="t.pay.transfer.account" select="'Số tài khoản'"/>
  <xsl:variable name="t.pay.transfer.bin" select="'Mã ngân hàng (NAPAS BIN)'"/>
  <xsl:variable name="t.pay.transfer.content" select="'Nội dung chuyển khoản'"/>
  <xsl:variable name="t.pay.col.time" select="'Thời gian'"/>
  <xsl:variable name="t.pay.col.amount" select="'Số tiền'"/>
  <xsl:variable name="t.pay.col.state" select="'Trạng thái'"/>
  <xsl:variable name="t.pay.col.txn" select="'Mã giao dịch'"/>
  <xsl:variable name="t.pay.state.pending" select="'Đang chờ xác nhận'"/>
  <xsl:variable name="t.pay.state.paid" select="'Đã thanh toán'"/>
  <xsl:variable name="t.pay.state.failed" select="'Không thành công'"/>
  <xsl:variable name="t.pay.stage.submission" select="'khi nộp hồ sơ'"/>
  <xsl:variable name="t.pay.stage.supplement" select="'khi bổ sung hồ sơ'"/>
  <xsl:variable name="t.pay.stage.result" select="'khi nhận kết quả'"/>

  <!-- The e-receipt (biên lai điện tử) -->
  <xsl:variable name="t.rcpt.title" select="'Biên lai thu phí, lệ phí điện tử'"/>
  <xsl:variable name="t.rcpt.print" select="'In biên lai: nhấn Ctrl+P hoặc chọn In trên trình duyệt.'"/>
  <xsl:variable name="t.rcpt.nation" select="'Cộng hòa xã hội chủ nghĩa Việt Nam'"/>
  <xsl:variable name="t.rcpt.motto" select="'Độc lập - Tự do - Hạnh phúc'"/>
  <xsl:variable name="t.rcpt.number" select="'Số biên lai: '"/>
  <xsl:variable name="t.rcpt.payer" select="'Người nộp tiền'"/>
  <xsl:variable name="t.rcpt.address" select="'Địa chỉ'"/>
  <xsl:variable name="t.rcpt.citizen_id" select="'Số định danh cá nhân'"/>
  <xsl:variable name="t.rcpt.for" select="'Nội dung thu'"/>
  <xsl:variable name="t.rcpt.dossier" select="'Phí, lệ phí hồ sơ '"/>
  <xsl:variable name="t.rcpt.amount" select="'Số tiền'"/>
  <xsl:variable name="t.rcpt.words" select="'Số tiền bằng chữ'"/>
  <xsl:variable name="t.rcpt.method" select="'Hình thức thanh toán'"/>
  <xsl:variable name="t.rcpt.gateway" select="'Trực tuyến qua cổng thanh toán'"/>
  <xsl:variable name="t.rcpt.counter" select="'Tiền mặt tại bộ phận một cửa'"/>
  <xsl:variable name="t.rcpt.transfer" select="'Chuyển khoản ngân hàng'"/>
  <xsl:variable name="t.rcpt.gateway_no" select="'Mã giao dịch của cổng thanh toán'"/>
  <xsl:variable name="t.rcpt.bank_no" select="'Mã tham chiếu chuyển khoản'"/>
  <xsl:variable name="t.rcpt.bank_txn" select="'Mã giao dịch tại ngân hàng'"/>
  <xsl:variable name="t.rcpt.paid_at" select="'Thời gian thanh toán'"/>
  <xsl:variable name="t.rcpt.recorded_by" select="'Người thu'"/>
  <xsl:variable name="t.rcpt.note" select="'Biên lai điện tử do Cổng Dịch vụ công lập khi khoản thanh toán được xác nhận.'"/>

  <!-- The page the gateway sends the payer back to -->
  <xsl:variable name="t.payret.title" select="'Kết quả thanh toán'"/>
  <xsl:variable name="t.payret.paid" select="'Giao dịch thanh toán đã thành công.'"/>
  <xsl:variable name="t.payret.cancelled" select="'Bạn đã hủy giao dịch thanh toán. Hồ sơ chưa được thanh toán.'"/>
  <xsl:variable name="t.payret.failed" select="'Giao dịch thanh toán không thành công. Bạn có thể thanh toán lại.'"/>
  <xsl:variable name="t.payret.invalid" select="'Không xác thực được kết quả do cổng thanh toán gửi về. Trạng thái thanh toán sẽ được cập nhật khi cổng thanh toán xác nhận.'"/>
  <xsl:variable name="t.payret.confirmed" select="'Cổng thanh toán đã xác nhận khoản thanh toán này với Cổng Dịch vụ công.'"/>
  <xsl:variable name="t.payret.waiting" select="'Cổng Dịch vụ công đang chờ cổng thanh toán xác nhận; trạng thái sẽ được cập nhật trong ít phút.'"/>
  <xsl:variable name="t.payret.code" select="'Mã giao dịch tại cổng thanh toán: '"/>
  <xsl:variable name="t.payret.again" select="'Quay lại trang thanh toán'"/>

  <!-- The gateway stand-in (dvc-paysandbox): never on a province's server -->
  <xsl:variable name="t.sandbox.title" select="'Cổng thanh toán thử nghiệm'"/>
  <xsl:variable name="t.sandbox.warning" select="'Đây là cổng thanh toán giả lập dùng để phát triển và kiểm thử. Không có khoản tiền thật nào được chuyển.'"/>
  <xsl:variable name="t.sandbox.merchant" select="'Đơn vị nhận tiền (mã)'"/>
  <xsl:variable name="t.sandbox.ref" select="'Mã giao dịch của đơn vị'"/>
  <xsl:variable name="t.sandbox.info" select="'Nội dung thanh toán'"/>
  <xsl:variable name="t.sandbox.amount" select="'Số tiền'"/>
  <xsl:variable name="t.sandbox.words" select="'Bằng chữ'"/>
  <xsl:variable name="t.sandbox.pay" select="'Thanh toán'"/>
  <xsl:variable name="t.sandbox.pay_lost_ipn" select="'Thanh toán, nhưng không gửi thông báo IPN (thử đối soát)'"/>
  <xsl:variable name="t.sandbox.decline" select="'Ngân hàng từ chối (không đủ số dư)'"/>
  <xsl:variable name="t.sandbox.cancel" select="'Hủy thanh toán'"/>

</xsl:stylesheet>
