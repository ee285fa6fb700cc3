<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-submit.xsl — the words only the submission pages use ("Hồ sơ của tôi", the five steps,
  the start page and the receipt), in Vietnamese (NFC, full diacritics).

  Included by submit-common.xsl, which every submission view (submit-*.xsl) imports, and by
  nothing else. The words the staff pages share with these are in vi-dossier.xsl, a person's
  fields in vi-person.xsl; see vi.xsl for how the words are split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- Submission -->
  <!-- Submission: "Hồ sơ của tôi" (the statuses are in vi-dossier.xsl), file sizes (filesize) -->
  <xsl:variable name="t.mine.title" select="'Hồ sơ của tôi'"/>
  <xsl:variable name="t.size.b" select="' byte'"/>
  <xsl:variable name="t.size.kb" select="' KB'"/>
  <xsl:variable name="t.size.mb" select="' MB'"/>

  <!-- Submission: the steps (submit-steps) -->
  <xsl:variable name="t.steps.label" select="'Các bước nộp hồ sơ'"/>
  <xsl:variable name="t.step.info" select="'Thông tin'"/>
  <xsl:variable name="t.step.files" select="'Thành phần hồ sơ'"/>
  <xsl:variable name="t.step.delivery" select="'Nhận kết quả'"/>
  <xsl:variable name="t.step.fees" select="'Lệ phí'"/>
  <xsl:variable name="t.step.review" select="'Xác nhận'"/>
  <xsl:variable name="t.submit.save_next" select="'Lưu và tiếp tục'"/>
  <xsl:variable name="t.submit.next" select="'Tiếp tục'"/>

  <!-- Submission: the start page -->
  <xsl:variable name="t.new.crumb" select="'Nộp hồ sơ mới'"/>
  <xsl:variable name="t.new.procedure" select="'Xem lại thông tin thủ tục'"/>
  <xsl:variable name="t.new.presence.title" select="'Có bước cần đến cơ quan'"/>
  <xsl:variable name="t.new.level4" select="'Bạn làm mọi bước trên mạng và nhận kết quả trực tuyến hoặc qua bưu chính, không phải đến cơ quan.'"/>
  <xsl:variable name="t.new.steps" select="'Các bước nộp hồ sơ'"/>
  <xsl:variable name="t.new.step.info" select="'kiểm tra thông tin người nộp lấy từ tài khoản, ghi nội dung đề nghị nếu cần.'"/>
  <xsl:variable name="t.new.step.info.unit" select="'kiểm tra thông tin người nộp lấy từ tài khoản, chọn nơi tiếp nhận hồ sơ, ghi nội dung đề nghị nếu cần.'"/>
  <xsl:variable name="t.new.step.files" select="'tải lên bản quét hoặc ảnh chụp rõ nét của từng giấy tờ theo yêu cầu (tệp PDF, JPG hoặc PNG).'"/>
  <xsl:variable name="t.new.step.delivery" select="'chọn nhận kết quả trực tuyến hoặc qua dịch vụ bưu chính công ích.'"/>
  <xsl:variable name="t.new.step.delivery.partial" select="'chọn nhận kết quả trực tuyến, qua dịch vụ bưu chính công ích hoặc tại cơ quan, nếu thủ tục cho phép.'"/>
  <xsl:variable name="t.new.step.fees" select="'xem phí, lệ phí phải nộp (nếu có).'"/>
  <xsl:variable name="t.new.step.review" select="'kiểm tra lại toàn bộ hồ sơ và nộp.'"/>
  <xsl:variable name="t.new.draft.pre" select="'Hồ sơ được lưu nháp sau mỗi bước. Bạn có thể dừng lại và tiếp tục sau tại mục '"/>
  <xsl:variable name="t.new.draft.post" select="'.'"/>
  <xsl:variable name="t.new.kind" select="'Bạn nộp hồ sơ cho ai?'"/>
  <xsl:variable name="t.new.kind.citizen" select="'Nộp cho bản thân'"/>
  <xsl:variable name="t.new.kind.org" select="'Nộp cho tổ chức: '"/>
  <xsl:variable name="t.new.kind.org.only" select="'Hồ sơ được nộp cho tổ chức: '"/>
  <xsl:variable name="t.new.org.only" select="'Thủ tục này dành cho tổ chức, doanh nghiệp.'"/>
  <xsl:variable name="t.new.org.add.pre" select="'Hãy khai báo tên và mã số thuế của tổ chức tại trang '"/>
  <xsl:variable name="t.new.org.add.post" select="' rồi quay lại đây.'"/>
  <xsl:variable name="t.new.org.hint.pre" select="'Nộp hồ sơ cho doanh nghiệp, tổ chức? Hãy khai báo tên và mã số thuế của tổ chức tại trang '"/>
  <xsl:variable name="t.new.org.hint.post" select="' trước khi bắt đầu.'"/>
  <xsl:variable name="t.new.start" select="'Bắt đầu nộp hồ sơ'"/>

  <!-- Submission: step 1, the applicant -->
  <xsl:variable name="t.info.title" select="'Thông tin người nộp hồ sơ'"/>
  <xsl:variable name="t.info.person" select="'Người nộp hồ sơ'"/>
  <xsl:variable name="t.info.person.org" select="'Người đại diện tổ chức nộp hồ sơ'"/>
  <xsl:variable name="t.info.identity.note" select="'Họ và tên, số định danh cá nhân và ngày sinh lấy từ tài khoản của bạn, không sửa được ở đây.'"/>
  <xsl:variable name="t.info.email.hint" select="'Thông báo về hồ sơ được gửi đến địa chỉ này'"/>
  <xsl:variable name="t.info.org" select="'Tổ chức nộp hồ sơ'"/>
  <xsl:variable name="t.info.request" select="'Nội dung đề nghị'"/>
  <xsl:variable name="t.info.request.hint" select="'Ghi rõ yêu cầu của bạn nếu cần, ví dụ số bản sao muốn nhận'"/>

  <!-- Submission: the receiving unit, chosen on step 1 (Decree 118/2025), shown on the review and receipt -->
  <xsl:variable name="t.unit.title" select="'Nơi tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.unit.commune.lead" select="'Bạn có thể nộp hồ sơ tại Ủy ban nhân dân bất kỳ xã, phường nào trong tỉnh, không phụ thuộc nơi cư trú (Nghị định 118/2025/NĐ-CP).'"/>
  <xsl:variable name="t.unit.commune.label" select="'Xã, phường tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.unit.commune.hint" select="'Xã, phường ghi trong địa chỉ của bạn được chọn sẵn; bạn có thể chọn nơi khác.'"/>
  <xsl:variable name="t.unit.province.hint" select="'Hồ sơ được tiếp nhận tại nơi bạn chọn, không phụ thuộc nơi cư trú (Nghị định 118/2025/NĐ-CP).'"/>
  <xsl:variable name="t.unit.named" select="' (theo địa chỉ của bạn)'"/>

  <!-- Submission: step 2, the components and their files -->
  <xsl:variable name="t.files.title" select="'Thành phần hồ sơ'"/>
  <xsl:variable name="t.files.lead" select="'Tải lên bản quét hoặc ảnh chụp rõ nét, đủ các trang của từng giấy tờ. Một thành phần có thể gồm nhiều tệp, ví dụ mỗi trang một ảnh.'"/>
  <xsl:variable name="t.files.uploaded" select="'Tệp đã tải lên'"/>
  <xsl:variable name="t.files.none" select="'Chưa có tệp.'"/>
  <xsl:variable name="t.files.none.required" select="'Chưa có tệp'"/>
  <xsl:variable name="t.files.none.optional" select="'Không nộp'"/>
  <xsl:variable name="t.files.choose" select="'Chọn tệp cho thành phần '"/>
  <xsl:variable name="t.files.multiple" select="'. Có thể chọn nhiều tệp một lúc.'"/>
  <xsl:variable name="t.files.upload" select="'Tải lên'"/>
  <xsl:variable name="t.files.upload.for" select="' tệp cho thành phần '"/>
  <xsl:variable name="t.files.at" select="'tải lên lúc '"/>
  <xsl:variable name="t.files.remove" select="'Xóa'"/>
  <xsl:variable name="t.files.missing.pre" select="'Còn '"/>
  <xsl:variable name="t.files.missing.post" select="' thành phần bắt buộc chưa có tệp:'"/>
  <xsl:variable name="t.files.missing.later" select="'Bạn vẫn có thể tiếp tục và tải lên sau; hồ sơ chỉ nộp được khi có đủ các thành phần bắt buộc.'"/>
  <xsl:variable name="t.files.complete" select="'Đã có tệp cho tất cả thành phần bắt buộc.'"/>

  <!-- Submission: step 3, how the result comes back -->
  <xsl:variable name="t.delivery.title" select="'Nhận kết quả'"/>
  <xsl:variable name="t.delivery.channel" select="'Bạn muốn nhận kết quả bằng cách nào?'"/>
  <xsl:variable name="t.channel.online.long" select="'Nhận kết quả trực tuyến (bản điện tử trên Cổng)'"/>
  <xsl:variable name="t.channel.postal.long" select="'Nhận qua dịch vụ bưu chính công ích'"/>
  <xsl:variable name="t.channel.counter.at" select="'Nhận trực tiếp tại '"/>
  <xsl:variable name="t.delivery.online.hint" select="'Bạn tải kết quả tại mục Hồ sơ của tôi; thông báo được gửi qua thư điện tử.'"/>
  <xsl:variable name="t.delivery.postal" select="'Nhận qua dịch vụ bưu chính công ích (trả phí theo bảng giá bưu chính)'"/>
  <xsl:variable name="t.delivery.postal.hint" select="'Kết quả được gửi đến địa chỉ bạn khai dưới đây.'"/>
  <xsl:variable name="t.delivery.address" select="'Địa chỉ nhận kết quả qua bưu chính'"/>
  <xsl:variable name="t.delivery.address.hint" select="'Chỉ cần điền khi chọn nhận qua bưu chính.'"/>
  <xsl:variable name="t.delivery.recipient" select="'Họ và tên người nhận'"/>
  <xsl:variable name="t.delivery.phone" select="'Số điện thoại người nhận'"/>
  <xsl:variable name="t.delivery.street" select="'Số nhà, đường/thôn, xóm'"/>
  <xsl:variable name="t.delivery.street.hint" select="'Ví dụ: Số 12 đường Lê Lợi, tổ dân phố 3'"/>
  <xsl:variable name="t.delivery.province" select="'Tỉnh, thành phố'"/>
  <xsl:variable name="t.delivery.province.hint" select="'Đổi tỉnh, thành phố thì nhấn Chọn tỉnh để có danh sách xã, phường của tỉnh đó.'"/>
  <xsl:variable name="t.delivery.province.choose" select="'Chọn tỉnh, thành phố'"/>
  <xsl:variable name="t.delivery.refresh" select="'Chọn tỉnh'"/>
  <xsl:variable name="t.delivery.commune" select="'Xã, phường, đặc khu'"/>
  <xsl:variable name="t.delivery.commune.choose" select="'Chọn xã, phường'"/>
  <xsl:variable name="t.delivery.commune.hint" select="'Ghi tên xã, phường hoặc đặc khu, ví dụ: Phường Hạc Thành'"/>
  <xsl:variable name="t.postal.to" select="'Người nhận: '"/>

  <!-- Submission: step 4, fees -->
  <xsl:variable name="t.fees.title" select="'Phí, lệ phí'"/>
  <xsl:variable name="t.fees.due" select="'Số tiền phải nộp'"/>
  <xsl:variable name="t.fee.optional" select="' (nếu có yêu cầu)'"/>
  <xsl:variable name="t.fee.total.due" select="'Tổng số tiền phải nộp'"/>
  <xsl:variable name="t.fees.how" select="'Phí, lệ phí được ghi vào hồ sơ khi bạn nộp. Sau khi nộp, bạn thanh toán trực tuyến qua cổng thanh toán từ giấy tiếp nhận hồ sơ, hoặc theo thông báo của cơ quan giải quyết hồ sơ.'"/>
  <xsl:variable name="t.fees.optional" select="'Khoản ghi “nếu có yêu cầu” chỉ phải nộp khi bạn yêu cầu dịch vụ đó: nhập số bản cần cấp, hoặc 0 nếu không yêu cầu.'"/>
  <xsl:variable name="t.fees.save" select="'Lưu và tiếp tục'"/>
  <xsl:variable name="t.fees.copies" select="'Số bản yêu cầu'"/>
  <xsl:variable name="t.fees.pages" select="'Số trang của bản chính'"/>
  <xsl:variable name="t.fees.free.how" select="'Hồ sơ này được miễn phí, lệ phí: không có bước thanh toán.'"/>
  <xsl:variable name="t.fees.online" select="'Mức thu khi nộp hồ sơ trực tuyến thấp hơn mức thu khi nộp trực tiếp; hồ sơ nộp trên Cổng được tính theo mức thu trực tuyến.'"/>
  <xsl:variable name="t.claim.title" select="'Miễn, giảm phí, lệ phí'"/>
  <xsl:variable name="t.claim.intro" select="'Nếu bạn thuộc đối tượng được miễn hoặc giảm, hãy chọn đối tượng và tải lên giấy tờ chứng minh. Số tiền được tạm tính theo mức miễn, giảm; Bộ phận Một cửa kiểm tra giấy tờ trước khi tiếp nhận hồ sơ. Nếu không được chấp nhận, bạn phải nộp đủ mức thu.'"/>
  <xsl:variable name="t.claim.current" select="'Đã đề nghị: '"/>
  <xsl:variable name="t.claim.proof.sent" select="'Giấy tờ chứng minh đã tải lên: '"/>
  <xsl:variable name="t.claim.remove" select="'Không đề nghị miễn, giảm nữa'"/>
  <xsl:variable name="t.claim.ground" select="'Đối tượng được miễn, giảm'"/>
  <xsl:variable name="t.claim.proof" select="'Giấy tờ chứng minh: '"/>
  <xsl:variable name="t.claim.file" select="'Tệp giấy tờ chứng minh'"/>
  <xsl:variable name="t.claim.file.hint" select="'Tệp PDF, JPG hoặc PNG, tối đa 10 MB.'"/>
  <xsl:variable name="t.claim.send" select="'Gửi đề nghị miễn, giảm'"/>
  <xsl:variable name="t.claim.saved" select="'Đã ghi nhận đề nghị miễn, giảm và giấy tờ chứng minh.'"/>
  <xsl:variable name="t.claim.removed" select="'Đã hủy đề nghị miễn, giảm.'"/>
  <xsl:variable name="t.fees.postal" select="'Cước dịch vụ bưu chính trả cho doanh nghiệp bưu chính theo bảng giá của họ, không tính vào số tiền trên.'"/>

  <!-- Submission: step 5, review and submit -->
  <xsl:variable name="t.review.title" select="'Kiểm tra và nộp hồ sơ'"/>
  <xsl:variable name="t.review.lead" select="'Kiểm tra lại thông tin trước khi nộp. Chọn Sửa để quay lại bước tương ứng.'"/>
  <xsl:variable name="t.review.applicant" select="'Người nộp hồ sơ'"/>
  <xsl:variable name="t.review.edit" select="'Sửa'"/>
  <xsl:variable name="t.review.request.none" select="'Không có'"/>
  <xsl:variable name="t.review.channel.none" select="'Chưa chọn cách nhận kết quả'"/>
  <xsl:variable name="t.review.missing" select="'Chưa có tệp cho thành phần bắt buộc: '"/>
  <xsl:variable name="t.review.time" select="'Thời hạn và ngày hẹn trả kết quả'"/>
  <xsl:variable name="t.review.due" select="'Ngày hẹn trả kết quả dự kiến'"/>
  <xsl:variable name="t.review.due.note" select="'Ngày hẹn trả kết quả dự kiến nếu nộp ngay bây giờ; ngày chính thức ghi trên giấy tiếp nhận khi cơ quan tiếp nhận hồ sơ.'"/>
  <xsl:variable name="t.review.declare.title" select="'Cam đoan và nộp hồ sơ'"/>
  <xsl:variable name="t.review.declare" select="'Tôi cam đoan thông tin khai là đúng sự thật, các tệp tải lên đúng với giấy tờ gốc, và chịu trách nhiệm trước pháp luật về nội dung đã khai.'"/>
  <xsl:variable name="t.review.submit" select="'Nộp hồ sơ'"/>

  <!-- Submission: the receipt (Form 1 of Circular 03/2025/TT-VPCP) -->
  <xsl:variable name="t.receipt.short" select="'Giấy tiếp nhận'"/>
  <xsl:variable name="t.receipt.title.short" select="'Giấy tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.receipt.title" select="'Giấy tiếp nhận hồ sơ và hẹn trả kết quả'"/>
  <xsl:variable name="t.receipt.ok" select="'Nộp hồ sơ thành công'"/>
  <xsl:variable name="t.receipt.ok.code" select="'Mã hồ sơ của bạn: '"/>
  <xsl:variable name="t.receipt.ok.next" select="'Bộ phận tiếp nhận sẽ kiểm tra và xác nhận tiếp nhận hồ sơ. '"/>
  <xsl:variable name="t.receipt.follow.track" select="'Theo dõi hồ sơ, không cần đăng nhập: '"/>
  <xsl:variable name="t.receipt.follow.mine" select="'Xem hồ sơ và các bước tiếp theo tại mục '"/>
  <xsl:variable name="t.receipt.ok.mail" select="'Thông báo đã được gửi đến '"/>
  <xsl:variable name="t.receipt.print" select="'In giấy tiếp nhận:'"/>
  <xsl:variable name="t.receipt.print.how" select="'Nhấn Ctrl+P hoặc chọn In trên trình duyệt.'"/>
  <xsl:variable name="t.receipt.committee" select="'Ủy ban nhân dân '"/>
  <xsl:variable name="t.receipt.nation" select="'Cộng hòa xã hội chủ nghĩa Việt Nam'"/>
  <xsl:variable name="t.receipt.motto" select="'Độc lập - Tự do - Hạnh phúc'"/>
  <xsl:variable name="t.receipt.code" select="'Mã hồ sơ: '"/>
  <xsl:variable name="t.receipt.from" select="' tiếp nhận hồ sơ của:'"/>
  <xsl:variable name="t.receipt.person" select="'Ông/Bà'"/>
  <xsl:variable name="t.receipt.person.org" select="'Người nộp hồ sơ'"/>
  <xsl:variable name="t.receipt.org" select="'Tổ chức'"/>
  <xsl:variable name="t.receipt.request" select="'Nội dung yêu cầu giải quyết'"/>
  <xsl:variable name="t.receipt.components" select="'Thành phần hồ sơ nộp gồm:'"/>
  <xsl:variable name="t.receipt.no" select="'STT'"/>
  <xsl:variable name="t.receipt.form" select="'Hình thức'"/>
  <xsl:variable name="t.receipt.electronic" select="'Bản điện tử'"/>
  <xsl:variable name="t.receipt.files" select="' tệp'"/>
  <xsl:variable name="t.receipt.sets" select="'Số lượng hồ sơ: '"/>
  <xsl:variable name="t.receipt.sets.one" select="'01 bộ'"/>
  <xsl:variable name="t.receipt.duration" select="'Thời gian giải quyết hồ sơ theo quy định là: '"/>
  <xsl:variable name="t.receipt.received" select="'Thời gian nhận hồ sơ: '"/>
  <xsl:variable name="t.receipt.due" select="'Thời gian trả kết quả giải quyết hồ sơ: '"/>
  <xsl:variable name="t.receipt.due.expected" select="' (dự kiến)'"/>
  <xsl:variable name="t.receipt.due.none" select="'theo thông báo của cơ quan giải quyết hồ sơ'"/>
  <xsl:variable name="t.receipt.channel" select="'Đăng ký nhận kết quả tại: '"/>
  <xsl:variable name="t.receipt.fees" select="'Phí, lệ phí phải nộp: '"/>
  <xsl:variable name="t.receipt.pay" select="'Thanh toán phí, lệ phí trực tuyến'"/>
  <xsl:variable name="t.receipt.note.online" select="'Hồ sơ được nộp trực tuyến trên '"/>
  <xsl:variable name="t.receipt.note.accept" select="'Bộ phận Một cửa kiểm tra và xác nhận việc tiếp nhận hồ sơ; thời gian trả kết quả chính thức được tính từ khi hồ sơ được tiếp nhận.'"/>
  <xsl:variable name="t.receipt.status" select="'Trạng thái hồ sơ: '"/>
  <xsl:variable name="t.receipt.sign.applicant" select="'Người nộp hồ sơ'"/>
  <xsl:variable name="t.receipt.sign.receiver" select="'Người tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.receipt.sign.online" select="'(Hồ sơ nộp trực tuyến)'"/>
  <xsl:variable name="t.receipt.qr" select="'Mã QR tra cứu hồ sơ'"/>
  <xsl:variable name="t.receipt.back" select="'Về Hồ sơ của tôi'"/>
  <!-- A moment in words, as administrative documents write it -->
  <xsl:variable name="t.date.day" select="'ngày '"/>
  <xsl:variable name="t.date.month" select="' tháng '"/>
  <xsl:variable name="t.date.year" select="' năm '"/>
  <xsl:variable name="t.date.hour" select="' giờ '"/>
  <xsl:variable name="t.date.minute" select="' phút, '"/>

  <!-- The receipt page, once the result is returned -->
  <xsl:variable name="t.receipt.result" select="'Kết quả giải quyết'"/>

</xsl:stylesheet>
