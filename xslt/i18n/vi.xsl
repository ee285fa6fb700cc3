<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi.xsl — every word the pages show, in Vietnamese (NFC, full diacritics).

  Included once by layout.xsl and compiled with it at worker start. Each word is a global
  string variable named t.<view or piece>.<what>; stylesheets never write words of their own.
  A piece that ends or starts with a space is joined to data ("Tìm thấy " 123 " thủ tục").
  A second language is a sibling file with the same variable names.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- layout: header, navigation, footer -->
  <xsl:variable name="t.lang" select="'vi'"/>
  <xsl:variable name="t.title.sep" select="' — '"/>
  <xsl:variable name="t.skip" select="'Bỏ qua, đến nội dung chính'"/>
  <xsl:variable name="t.nav.label" select="'Danh mục chính'"/>
  <xsl:variable name="t.nav.procedures" select="'Thủ tục hành chính'"/>
  <xsl:variable name="t.nav.track" select="'Tra cứu hồ sơ'"/>
  <xsl:variable name="t.nav.stats" select="'Thống kê'"/>
  <xsl:variable name="t.nav.login" select="'Đăng nhập'"/>
  <xsl:variable name="t.home" select="'Trang chủ'"/>
  <xsl:variable name="t.breadcrumb" select="'Đường dẫn'"/>
  <xsl:variable name="t.footer.system" select="'Hệ thống Dịch vụ công trực tuyến — Nghị định 42/2022/NĐ-CP'"/>
  <xsl:variable name="t.footer.owner" select="'Cơ quan chủ quản: Ủy ban nhân dân '"/>
  <!-- The province's kind, chosen by whether the configured site name says "thành phố". -->
  <xsl:variable name="t.province.kind" select="'tỉnh '"/>
  <xsl:variable name="t.city.kind" select="'thành phố '"/>
  <xsl:variable name="t.city.match" select="'thành phố'"/>

  <!-- shared pieces: levels, durations, money, counts -->
  <xsl:variable name="t.level" select="'Mức độ'"/>
  <xsl:variable name="t.level.4" select="'Toàn trình'"/>
  <xsl:variable name="t.level.3" select="'Một phần'"/>
  <xsl:variable name="t.level.2" select="'Trực tiếp'"/>
  <xsl:variable name="t.duration.same_day" select="'Trong ngày'"/>
  <xsl:variable name="t.duration.days" select="' ngày làm việc'"/>
  <xsl:variable name="t.duration.hours" select="' giờ làm việc'"/>
  <xsl:variable name="t.duration.none" select="'Không quy định'"/>
  <xsl:variable name="t.money.none" select="'Không mất phí'"/>
  <xsl:variable name="t.money.free" select="'Miễn phí'"/>
  <xsl:variable name="t.money.unit" select="' đồng'"/>
  <xsl:variable name="t.count.procedures" select="' thủ tục'"/>
  <xsl:variable name="t.list.sep" select="', '"/>
  <xsl:variable name="t.dot.sep" select="' · '"/>
  <xsl:variable name="t.code" select="'Mã thủ tục'"/>
  <xsl:variable name="t.field" select="'Lĩnh vực'"/>
  <xsl:variable name="t.agency" select="'Cơ quan thực hiện'"/>
  <xsl:variable name="t.duration" select="'Thời hạn giải quyết'"/>
  <xsl:variable name="t.fee" select="'Phí, lệ phí'"/>
  <xsl:variable name="t.search" select="'Tìm kiếm'"/>
  <xsl:variable name="t.search.label" select="'Tìm thủ tục hành chính'"/>
  <xsl:variable name="t.search.hint" select="'Nhập tên hoặc mã thủ tục, có thể gõ không dấu. Ví dụ: đăng ký khai sinh'"/>

  <!-- home -->
  <xsl:variable name="t.home.h1" select="'Dịch vụ công trực tuyến'"/>
  <xsl:variable name="t.home.lead" select="'Tìm thủ tục hành chính, nộp hồ sơ, nộp phí và theo dõi kết quả ngay trên mạng, không cần đến cơ quan nếu thủ tục được cung cấp toàn trình.'"/>
  <xsl:variable name="t.home.track.title" select="'Đã nộp hồ sơ?'"/>
  <xsl:variable name="t.home.track.text" select="'Xem hồ sơ đang được xử lý đến đâu bằng mã hồ sơ ghi trên giấy tiếp nhận.'"/>
  <xsl:variable name="t.home.steps" select="'Nộp hồ sơ trực tuyến trong 3 bước'"/>
  <xsl:variable name="t.home.step1.title" select="'Đăng ký, đăng nhập'"/>
  <xsl:variable name="t.home.step1.text" select="'Tạo tài khoản hoặc đăng nhập vào hệ thống dịch vụ công trực tuyến.'"/>
  <xsl:variable name="t.home.step2.title" select="'Chọn thủ tục, nộp hồ sơ'"/>
  <xsl:variable name="t.home.step2.text" select="'Tìm thủ tục theo từ khóa, lĩnh vực hoặc cơ quan; tải lên giấy tờ theo yêu cầu; chọn nhận kết quả trực tuyến hoặc qua bưu chính; nộp phí, lệ phí (nếu có).'"/>
  <xsl:variable name="t.home.step3.title" select="'Theo dõi hồ sơ'"/>
  <xsl:variable name="t.home.step3.text" select="'Tra cứu tình trạng xử lý hồ sơ trên mạng bằng mã hồ sơ.'"/>
  <xsl:variable name="t.home.fields" select="'Tìm theo lĩnh vực'"/>
  <xsl:variable name="t.home.agencies" select="'Tìm theo cơ quan thực hiện'"/>
  <xsl:variable name="t.agencies.province" select="'Ủy ban nhân dân cấp tỉnh'"/>
  <xsl:variable name="t.agencies.department" select="'Sở, ban, ngành'"/>
  <xsl:variable name="t.agencies.commune" select="'UBND xã, phường'"/>
  <xsl:variable name="t.home.share" select="'Mức độ cung cấp trực tuyến'"/>
  <xsl:variable name="t.home.share.pre" select="'thủ tục được cung cấp trực tuyến toàn trình: '"/>
  <xsl:variable name="t.home.share.of" select="' trên tổng số '"/>
  <xsl:variable name="t.home.share.post" select="' thủ tục.'"/>
  <xsl:variable name="t.home.share.partial" select="'Trực tuyến một phần'"/>
  <xsl:variable name="t.home.share.counter" select="'Thực hiện trực tiếp'"/>
  <xsl:variable name="t.home.share.chart" select="'Tỉ lệ thủ tục toàn trình: '"/>
  <xsl:variable name="t.home.stats" select="'Xem thống kê giải quyết hồ sơ'"/>

  <!-- procedures: search and filters -->
  <xsl:variable name="t.procedures.title" select="'Thủ tục hành chính'"/>
  <xsl:variable name="t.procedures.lead" select="'Tìm thủ tục theo từ khóa, lĩnh vực, cơ quan thực hiện hoặc mức độ trực tuyến.'"/>
  <xsl:variable name="t.filter.title" select="'Tìm và lọc'"/>
  <xsl:variable name="t.filter.q" select="'Từ khóa'"/>
  <xsl:variable name="t.filter.field.all" select="'Tất cả lĩnh vực'"/>
  <xsl:variable name="t.filter.agency.all" select="'Tất cả cơ quan'"/>
  <xsl:variable name="t.filter.level" select="'Mức độ trực tuyến'"/>
  <xsl:variable name="t.filter.level.all" select="'Tất cả'"/>
  <xsl:variable name="t.filter.level.4" select="'Toàn trình — làm hoàn toàn trên mạng'"/>
  <xsl:variable name="t.filter.level.3" select="'Một phần — có bước đến cơ quan'"/>
  <xsl:variable name="t.filter.clear" select="'Xóa bộ lọc'"/>
  <xsl:variable name="t.results.found" select="'Tìm thấy '"/>
  <xsl:variable name="t.results.for" select="' cho từ khóa '"/>
  <xsl:variable name="t.quote.open" select="'“'"/>
  <xsl:variable name="t.quote.close" select="'”'"/>
  <xsl:variable name="t.results.page" select="'Trang '"/>
  <xsl:variable name="t.results.page.of" select="' trên '"/>
  <xsl:variable name="t.empty.title" select="'Không tìm thấy thủ tục phù hợp'"/>
  <xsl:variable name="t.empty.advice" select="'Bạn có thể:'"/>
  <xsl:variable name="t.empty.spelling" select="'kiểm tra lại chính tả, hoặc gõ không dấu (ví dụ: khai sinh)'"/>
  <xsl:variable name="t.empty.fewer" select="'dùng ít từ hơn, chỉ giữ từ chính (ví dụ: “kết hôn” thay cho “đăng ký kết hôn cho hai người”)'"/>
  <xsl:variable name="t.empty.filters" select="'bỏ bớt lựa chọn lĩnh vực, cơ quan hoặc mức độ'"/>
  <xsl:variable name="t.empty.all" select="'xem tất cả thủ tục hành chính'"/>
  <xsl:variable name="t.pagination" select="'Phân trang'"/>
  <xsl:variable name="t.page" select="'Trang '"/>
  <xsl:variable name="t.prev" select="'Trang trước'"/>
  <xsl:variable name="t.next" select="'Trang sau'"/>

  <!-- procedure: the detail page -->
  <xsl:variable name="t.version" select="'Phiên bản '"/>
  <xsl:variable name="t.summary" select="'Thông tin chung'"/>
  <xsl:variable name="t.toc" select="'Trên trang này'"/>
  <xsl:variable name="t.applicants" select="'Đối tượng thực hiện'"/>
  <xsl:variable name="t.kind.citizen" select="'Cá nhân'"/>
  <xsl:variable name="t.kind.organisation" select="'Tổ chức, doanh nghiệp'"/>
  <xsl:variable name="t.level.4.title" select="'Dịch vụ công trực tuyến toàn trình'"/>
  <xsl:variable name="t.level.4.text" select="'Toàn bộ việc nộp và giải quyết hồ sơ được thực hiện trên môi trường mạng. Kết quả được trả trực tuyến hoặc qua dịch vụ bưu chính công ích: bạn không phải đến cơ quan.'"/>
  <xsl:variable name="t.level.3.title" select="'Dịch vụ công trực tuyến một phần'"/>
  <xsl:variable name="t.level.3.text" select="'Bạn nộp hồ sơ trực tuyến, nhưng có bước cần có mặt trực tiếp:'"/>
  <xsl:variable name="t.level.3.default" select="'Một số bước cần bạn đến cơ quan thực hiện; cơ quan sẽ hẹn thời gian khi tiếp nhận hồ sơ.'"/>
  <xsl:variable name="t.level.2.title" select="'Thực hiện trực tiếp tại cơ quan'"/>
  <xsl:variable name="t.level.2.text" select="'Thủ tục này chưa được cung cấp trực tuyến. Bạn nộp hồ sơ và nhận kết quả tại cơ quan thực hiện:'"/>
  <xsl:variable name="t.same_day.note" select="'Hồ sơ tiếp nhận sau 15 giờ được trả kết quả trong ngày làm việc tiếp theo.'"/>
  <xsl:variable name="t.duration.from" select="'Tính từ khi cơ quan tiếp nhận đủ hồ sơ hợp lệ; không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ.'"/>
  <xsl:variable name="t.channels" select="'Cách thức nhận kết quả'"/>
  <xsl:variable name="t.channel.counter" select="'Nhận trực tiếp tại cơ quan'"/>
  <xsl:variable name="t.channel.online" select="'Nhận kết quả trực tuyến'"/>
  <xsl:variable name="t.channel.postal" select="'Qua dịch vụ bưu chính công ích'"/>
  <xsl:variable name="t.fees.none" select="'Không mất phí, lệ phí'"/>
  <xsl:variable name="t.fee.kind" select="'Loại'"/>
  <xsl:variable name="t.fee.kind.phi" select="'Phí'"/>
  <xsl:variable name="t.fee.kind.le_phi" select="'Lệ phí'"/>
  <xsl:variable name="t.fee.name" select="'Nội dung'"/>
  <xsl:variable name="t.fee.amount" select="'Mức thu'"/>
  <xsl:variable name="t.fee.stage" select="'Thời điểm nộp'"/>
  <xsl:variable name="t.fee.stage.submission" select="'Nộp khi nộp hồ sơ'"/>
  <xsl:variable name="t.fee.stage.supplement" select="'Nộp khi bổ sung hồ sơ'"/>
  <xsl:variable name="t.fee.stage.result" select="'Nộp khi nhận kết quả'"/>
  <xsl:variable name="t.fee.total" select="'Tổng cộng'"/>
  <xsl:variable name="t.components" select="'Thành phần hồ sơ'"/>
  <xsl:variable name="t.components.lead" select="'Chuẩn bị các giấy tờ dưới đây dưới dạng tệp (bản quét hoặc ảnh chụp rõ nét) để tải lên khi nộp hồ sơ.'"/>
  <xsl:variable name="t.components.none" select="'Thủ tục này không yêu cầu giấy tờ kèm theo.'"/>
  <xsl:variable name="t.comp.name" select="'Tên giấy tờ'"/>
  <xsl:variable name="t.comp.required" select="'Bắt buộc'"/>
  <xsl:variable name="t.comp.optional" select="'Không bắt buộc'"/>
  <xsl:variable name="t.comp.quantity" select="'Số lượng'"/>
  <xsl:variable name="t.comp.originals" select="'Bản chính: '"/>
  <xsl:variable name="t.comp.copies" select="'Bản sao: '"/>
  <xsl:variable name="t.comp.files" select="'Tệp chấp nhận'"/>
  <xsl:variable name="t.comp.max" select="'tối đa '"/>
  <xsl:variable name="t.comp.mb" select="' MB'"/>
  <xsl:variable name="t.comp.template" select="'Mẫu: '"/>
  <xsl:variable name="t.steps" select="'Trình tự thực hiện'"/>
  <xsl:variable name="t.requirements" select="'Yêu cầu, điều kiện'"/>
  <xsl:variable name="t.requirements.none" select="'Không có yêu cầu, điều kiện riêng.'"/>
  <xsl:variable name="t.result" select="'Kết quả thực hiện'"/>
  <xsl:variable name="t.legal" select="'Căn cứ pháp lý'"/>
  <xsl:variable name="t.contact" select="'Liên hệ cơ quan thực hiện'"/>
  <xsl:variable name="t.address" select="'Địa chỉ'"/>
  <xsl:variable name="t.phone" select="'Điện thoại'"/>
  <xsl:variable name="t.email" select="'Thư điện tử'"/>
  <xsl:variable name="t.apply" select="'Nộp hồ sơ trực tuyến'"/>
  <xsl:variable name="t.apply.hint" select="'Bạn cần đăng nhập để nộp hồ sơ. Hồ sơ được lưu nháp, bạn có thể hoàn thiện và nộp sau.'"/>
  <xsl:variable name="t.apply.ready" select="'Đã chuẩn bị đủ giấy tờ?'"/>
  <xsl:variable name="t.apply.counter" select="'Thủ tục này thực hiện trực tiếp tại cơ quan, chưa nộp được hồ sơ trực tuyến.'"/>

  <!-- error -->
  <xsl:variable name="t.error.code" select="'Lỗi '"/>
  <xsl:variable name="t.error.400" select="'Yêu cầu không hợp lệ'"/>
  <xsl:variable name="t.error.400.text" select="'Địa chỉ trang hoặc dữ liệu gửi lên không đúng định dạng mà hệ thống chấp nhận.'"/>
  <xsl:variable name="t.error.400.todo" select="'Kiểm tra lại địa chỉ trang, hoặc quay lại trang trước, nhập lại thông tin và gửi lại.'"/>
  <xsl:variable name="t.error.403" select="'Bạn không có quyền truy cập trang này'"/>
  <xsl:variable name="t.error.403.text" select="'Trang này chỉ dành cho tài khoản có quyền phù hợp, hoặc phiên làm việc của bạn đã hết hạn.'"/>
  <xsl:variable name="t.error.403.todo" select="'Đăng nhập lại bằng đúng tài khoản rồi thử lại. Nếu cho rằng đây là nhầm lẫn, hãy liên hệ bộ phận hỗ trợ.'"/>
  <xsl:variable name="t.error.404" select="'Không tìm thấy trang'"/>
  <xsl:variable name="t.error.404.text" select="'Địa chỉ có thể bị gõ sai, hoặc trang đã được chuyển đi hay không còn nữa.'"/>
  <xsl:variable name="t.error.404.todo" select="'Kiểm tra lại địa chỉ, hoặc tìm thủ tục cần thực hiện trong danh sách thủ tục hành chính.'"/>
  <xsl:variable name="t.error.405" select="'Phương thức không được hỗ trợ'"/>
  <xsl:variable name="t.error.405.text" select="'Trang này không nhận yêu cầu theo cách vừa gửi.'"/>
  <xsl:variable name="t.error.405.todo" select="'Quay lại trang trước và dùng các nút, liên kết có sẵn trên trang.'"/>
  <xsl:variable name="t.error.413" select="'Dữ liệu gửi lên quá lớn'"/>
  <xsl:variable name="t.error.413.text" select="'Tệp hoặc dữ liệu bạn gửi vượt quá dung lượng cho phép.'"/>
  <xsl:variable name="t.error.413.todo" select="'Giảm dung lượng tệp (quét ở độ phân giải thấp hơn, hoặc lưu thành tệp PDF) rồi gửi lại.'"/>
  <xsl:variable name="t.error.500" select="'Hệ thống gặp sự cố'"/>
  <xsl:variable name="t.error.500.text" select="'Hệ thống gặp lỗi khi xử lý yêu cầu của bạn. Lỗi này không phải do bạn.'"/>
  <xsl:variable name="t.error.500.todo" select="'Hãy thử lại sau ít phút. Nếu vẫn gặp lỗi, hãy liên hệ bộ phận hỗ trợ.'"/>
  <xsl:variable name="t.error.503" select="'Hệ thống tạm thời gián đoạn'"/>
  <xsl:variable name="t.error.503.text" select="'Hệ thống đang quá tải hoặc đang được bảo trì.'"/>
  <xsl:variable name="t.error.503.todo" select="'Hãy thử lại sau ít phút.'"/>
  <xsl:variable name="t.error.other" select="'Đã có lỗi xảy ra'"/>
  <xsl:variable name="t.error.todo" select="'Bạn có thể làm gì?'"/>
  <xsl:variable name="t.error.incident" select="'Mã sự cố: '"/>
  <xsl:variable name="t.error.incident.post" select="' — hãy cung cấp mã này khi liên hệ hỗ trợ'"/>
  <xsl:variable name="t.error.home" select="'Về trang chủ'"/>
  <xsl:variable name="t.error.procedures" select="'Xem danh sách thủ tục hành chính'"/>

  <!-- Accounts -->
  <!-- Accounts: the header -->
  <xsl:variable name="t.nav.register" select="'Đăng ký'"/>
  <xsl:variable name="t.nav.logout" select="'Đăng xuất'"/>
  <xsl:variable name="t.nav.officer" select="'Hồ sơ cần xử lý'"/>
  <xsl:variable name="t.nav.admin" select="'Quản trị'"/>
  <xsl:variable name="t.nav.account" select="'Tài khoản'"/>
  <xsl:variable name="t.nav.account.of" select="'Tài khoản của tôi: '"/>

  <!-- Accounts: forms (the named templates field, checkbox, error-summary, notice) -->
  <xsl:variable name="t.form.errors" select="'Có lỗi cần sửa'"/>
  <xsl:variable name="t.form.error" select="'Lỗi: '"/>
  <xsl:variable name="t.form.optional" select="' (không bắt buộc)'"/>
  <xsl:variable name="t.msg.registered" select="'Đăng ký tài khoản thành công. Bạn đã được đăng nhập.'"/>
  <xsl:variable name="t.msg.logged_out" select="'Bạn đã đăng xuất.'"/>
  <xsl:variable name="t.msg.expired" select="'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.'"/>
  <xsl:variable name="t.msg.saved" select="'Đã lưu thông tin liên hệ.'"/>
  <xsl:variable name="t.msg.password_changed" select="'Đã đổi mật khẩu. Các phiên đăng nhập khác đã được kết thúc.'"/>

  <!-- Accounts: the fields, shared by register, profile and password -->
  <xsl:variable name="t.f.full_name" select="'Họ và tên'"/>
  <xsl:variable name="t.f.full_name.hint" select="'Ghi đúng như trên thẻ Căn cước, có dấu'"/>
  <xsl:variable name="t.f.citizen_id" select="'Số định danh cá nhân (CCCD)'"/>
  <xsl:variable name="t.f.citizen_id.hint" select="'12 chữ số trên thẻ Căn cước / Căn cước công dân'"/>
  <xsl:variable name="t.f.birth_date" select="'Ngày sinh'"/>
  <xsl:variable name="t.f.phone" select="'Số điện thoại di động'"/>
  <xsl:variable name="t.f.phone.hint" select="'10 chữ số, ví dụ 0912345678'"/>
  <xsl:variable name="t.f.email" select="'Thư điện tử'"/>
  <xsl:variable name="t.f.email.hint" select="'Có thể dùng thay số định danh cá nhân khi đăng nhập'"/>
  <xsl:variable name="t.f.address" select="'Địa chỉ liên hệ'"/>
  <xsl:variable name="t.f.address.hint" select="'Số nhà, đường hoặc thôn, tổ dân phố; xã, phường'"/>
  <xsl:variable name="t.f.org_name" select="'Tên tổ chức'"/>
  <xsl:variable name="t.f.org_name.hint" select="'Ghi đúng như trên giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập'"/>
  <xsl:variable name="t.f.org_tax_code" select="'Mã số thuế'"/>
  <xsl:variable name="t.f.org_tax_code.hint" select="'10 chữ số, hoặc 10 chữ số-3 chữ số cho chi nhánh'"/>
  <xsl:variable name="t.f.password" select="'Mật khẩu'"/>
  <xsl:variable name="t.f.password.hint" select="'Ít nhất 8 ký tự; không dùng mật khẩu phổ biến, số CCCD, số điện thoại hay thư điện tử'"/>
  <xsl:variable name="t.f.password2" select="'Nhập lại mật khẩu'"/>
  <xsl:variable name="t.f.old_password" select="'Mật khẩu hiện tại'"/>
  <xsl:variable name="t.f.new_password" select="'Mật khẩu mới'"/>
  <xsl:variable name="t.f.new_password2" select="'Nhập lại mật khẩu mới'"/>

  <!-- Accounts: log in -->
  <xsl:variable name="t.login.title" select="'Đăng nhập'"/>
  <xsl:variable name="t.login.lead" select="'Đăng nhập để nộp hồ sơ trực tuyến và theo dõi hồ sơ đã nộp.'"/>
  <xsl:variable name="t.login.login" select="'Số định danh cá nhân (CCCD) hoặc thư điện tử'"/>
  <xsl:variable name="t.login.submit" select="'Đăng nhập'"/>
  <xsl:variable name="t.login.register.q" select="'Chưa có tài khoản? '"/>
  <xsl:variable name="t.login.register" select="'Đăng ký'"/>
  <xsl:variable name="t.login.officers" select="'Cán bộ, công chức cũng đăng nhập tại đây, bằng tài khoản do quản trị hệ thống cấp.'"/>

  <!-- Accounts: register -->
  <xsl:variable name="t.register.title" select="'Đăng ký tài khoản'"/>
  <xsl:variable name="t.register.lead" select="'Tài khoản dùng để nộp hồ sơ trực tuyến, nộp phí, lệ phí và theo dõi kết quả giải quyết thủ tục hành chính.'"/>
  <xsl:variable name="t.register.who" select="'Công dân Việt Nam có thẻ Căn cước hoặc Căn cước công dân (số định danh cá nhân 12 chữ số) đăng ký bằng thông tin của chính mình.'"/>
  <xsl:variable name="t.register.business" select="'Doanh nghiệp, tổ chức: người đại diện theo pháp luật đăng ký tài khoản cá nhân của mình, sau đó khai báo tên và mã số thuế của tổ chức tại trang Tài khoản của tôi.'"/>
  <xsl:variable name="t.register.all_required" select="'Tất cả thông tin dưới đây đều bắt buộc.'"/>
  <xsl:variable name="t.register.personal" select="'Thông tin cá nhân'"/>
  <xsl:variable name="t.register.contact" select="'Thông tin liên hệ'"/>
  <xsl:variable name="t.register.password" select="'Mật khẩu'"/>
  <xsl:variable name="t.register.consent" select="'Đồng ý xử lý dữ liệu cá nhân'"/>
  <xsl:variable name="t.register.consent.pre" select="'Tôi đồng ý để cơ quan nhà nước xử lý dữ liệu cá nhân của tôi theo '"/>
  <xsl:variable name="t.register.consent.link" select="'Thông báo xử lý dữ liệu cá nhân'"/>
  <xsl:variable name="t.register.consent.post" select="'.'"/>
  <xsl:variable name="t.register.consent.hint" select="'Thông báo cho biết dữ liệu nào được thu thập, dùng vào việc gì, lưu bao lâu và quyền của bạn.'"/>
  <xsl:variable name="t.register.submit" select="'Đăng ký'"/>
  <xsl:variable name="t.register.login.q" select="'Đã có tài khoản? '"/>
  <xsl:variable name="t.register.login" select="'Đăng nhập'"/>

  <!-- Accounts: profile -->
  <xsl:variable name="t.profile.title" select="'Tài khoản của tôi'"/>
  <xsl:variable name="t.profile.toc" select="'Trên trang này'"/>
  <xsl:variable name="t.profile.personal" select="'Thông tin cá nhân'"/>
  <xsl:variable name="t.profile.kind" select="'Loại tài khoản'"/>
  <xsl:variable name="t.profile.kind.citizen" select="'Công dân'"/>
  <xsl:variable name="t.profile.kind.officer" select="'Cán bộ, công chức'"/>
  <xsl:variable name="t.profile.kind.admin" select="'Quản trị hệ thống'"/>
  <xsl:variable name="t.profile.created" select="'Ngày tạo tài khoản'"/>
  <xsl:variable name="t.profile.none" select="'Chưa có'"/>
  <xsl:variable name="t.profile.identity.note" select="'Họ và tên, số định danh cá nhân và ngày sinh là thông tin định danh, bạn không tự sửa được. Nếu có sai sót, hãy mang thẻ Căn cước đến Bộ phận Một cửa (Trung tâm Phục vụ hành chính công) để được điều chỉnh.'"/>
  <xsl:variable name="t.profile.contact" select="'Thông tin liên hệ'"/>
  <xsl:variable name="t.profile.contact.lead" select="'Cơ quan giải quyết hồ sơ dùng các thông tin này để liên hệ với bạn.'"/>
  <xsl:variable name="t.profile.org" select="'Tổ chức (nếu nộp hồ sơ cho doanh nghiệp, tổ chức)'"/>
  <xsl:variable name="t.profile.org.hint" select="'Để trống nếu bạn chỉ nộp hồ sơ cho bản thân.'"/>
  <xsl:variable name="t.profile.save" select="'Lưu thay đổi'"/>
  <xsl:variable name="t.profile.roles" select="'Vai trò được giao'"/>
  <xsl:variable name="t.profile.roles.caption" select="'Vai trò của bạn tại từng cơ quan'"/>
  <xsl:variable name="t.profile.roles.agency" select="'Cơ quan'"/>
  <xsl:variable name="t.profile.roles.roles" select="'Vai trò'"/>
  <xsl:variable name="t.profile.roles.none" select="'Tài khoản chưa được giao vai trò tại cơ quan nào. Hãy liên hệ quản trị hệ thống.'"/>
  <xsl:variable name="t.profile.roles.note" select="'Vai trò do quản trị hệ thống phân công; bạn chỉ xem và xử lý được hồ sơ của cơ quan, đúng vai trò được giao.'"/>
  <xsl:variable name="t.role.receiver" select="'Tiếp nhận hồ sơ (một cửa)'"/>
  <xsl:variable name="t.role.processor" select="'Xử lý hồ sơ'"/>
  <xsl:variable name="t.role.approver" select="'Phê duyệt'"/>
  <xsl:variable name="t.profile.security" select="'Bảo mật'"/>
  <xsl:variable name="t.profile.security.text" select="'Dùng mật khẩu riêng cho tài khoản này, không dùng lại mật khẩu của trang khác, và không cho người khác biết mật khẩu.'"/>
  <xsl:variable name="t.profile.password" select="'Đổi mật khẩu'"/>
  <xsl:variable name="t.profile.signins" select="'Lần đăng nhập gần đây'"/>
  <xsl:variable name="t.profile.signins.caption" select="'Các lần đăng nhập gần đây vào tài khoản của bạn, mới nhất trước'"/>
  <xsl:variable name="t.profile.signins.at" select="'Thời gian'"/>
  <xsl:variable name="t.profile.signins.ip" select="'Địa chỉ IP'"/>
  <xsl:variable name="t.profile.signins.outcome" select="'Kết quả'"/>
  <xsl:variable name="t.profile.signins.ua" select="'Trình duyệt, thiết bị'"/>
  <xsl:variable name="t.profile.signins.none" select="'Chưa có lần đăng nhập nào được ghi lại.'"/>
  <xsl:variable name="t.profile.signins.advice" select="'Nếu thấy lần đăng nhập không phải của bạn, hãy đổi mật khẩu ngay.'"/>
  <xsl:variable name="t.outcome.success" select="'Thành công'"/>
  <xsl:variable name="t.outcome.bad_password" select="'Sai mật khẩu'"/>
  <xsl:variable name="t.outcome.locked" select="'Bị khóa tạm thời'"/>
  <xsl:variable name="t.outcome.throttled" select="'Bị từ chối do đăng nhập sai nhiều lần'"/>
  <xsl:variable name="t.outcome.busy" select="'Hệ thống bận'"/>
  <!-- A browser and system read from the user agent: "Chrome trên Android"; product names stay as they are. -->
  <xsl:variable name="t.ua.on" select="' trên '"/>
  <xsl:variable name="t.ua.unknown" select="'Không rõ'"/>
  <xsl:variable name="t.ua.edge" select="'Edge'"/>
  <xsl:variable name="t.ua.opera" select="'Opera'"/>
  <xsl:variable name="t.ua.coccoc" select="'Cốc Cốc'"/>
  <xsl:variable name="t.ua.zalo" select="'Zalo'"/>
  <xsl:variable name="t.ua.samsung" select="'Samsung Internet'"/>
  <xsl:variable name="t.ua.chrome" select="'Chrome'"/>
  <xsl:variable name="t.ua.firefox" select="'Firefox'"/>
  <xsl:variable name="t.ua.safari" select="'Safari'"/>
  <xsl:variable name="t.ua.android" select="'Android'"/>
  <xsl:variable name="t.ua.ios" select="'iPhone'"/>
  <xsl:variable name="t.ua.ipad" select="'iPad'"/>
  <xsl:variable name="t.ua.windows" select="'Windows'"/>
  <xsl:variable name="t.ua.mac" select="'macOS'"/>
  <xsl:variable name="t.ua.chromeos" select="'ChromeOS'"/>
  <xsl:variable name="t.ua.linux" select="'Linux'"/>

  <!-- Accounts: change password -->
  <xsl:variable name="t.password.title" select="'Đổi mật khẩu'"/>
  <xsl:variable name="t.password.lead" select="'Sau khi đổi mật khẩu, tài khoản sẽ tự đăng xuất trên các thiết bị và trình duyệt khác; trên thiết bị này bạn vẫn đăng nhập.'"/>
  <xsl:variable name="t.password.submit" select="'Đổi mật khẩu'"/>
  <xsl:variable name="t.password.back" select="'Quay lại Tài khoản của tôi'"/>

  <!-- Accounts: the personal data notice (Luật 91/2025/QH15, Nghị định 356/2025/NĐ-CP) -->
  <xsl:variable name="t.privacy.title" select="'Thông báo xử lý dữ liệu cá nhân'"/>
  <xsl:variable name="t.privacy.version" select="'Phiên bản 1.0 — hiệu lực từ 01/01/2026'"/>
  <xsl:variable name="t.privacy.lead.pre" select="'Thông báo này cho bạn biết '"/>
  <xsl:variable name="t.privacy.lead.post" select="' (sau đây gọi là Cổng) thu thập những dữ liệu cá nhân nào, dùng vào việc gì, chia sẻ cho ai, lưu trong bao lâu, được bảo vệ ra sao và bạn có những quyền gì. Thông báo được lập theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP của Chính phủ.'"/>
  <xsl:variable name="t.privacy.toc" select="'Nội dung'"/>
  <xsl:variable name="t.privacy.controller" select="'1. Ai chịu trách nhiệm về dữ liệu của bạn'"/>
  <xsl:variable name="t.privacy.controller.pre" select="'Bên kiểm soát dữ liệu cá nhân là Ủy ban nhân dân '"/>
  <xsl:variable name="t.privacy.controller.post" select="'. Ủy ban giao đơn vị vận hành Cổng quản lý hệ thống kỹ thuật; đơn vị vận hành chỉ xử lý dữ liệu theo chỉ đạo của Ủy ban và không được dùng dữ liệu vào việc khác.'"/>
  <xsl:variable name="t.privacy.controller.agency" select="'Khi giải quyết hồ sơ của bạn, cơ quan có thẩm quyền giải quyết thủ tục (sở, ban, ngành; Ủy ban nhân dân xã, phường) cũng chịu trách nhiệm đối với dữ liệu trong hồ sơ đó.'"/>
  <xsl:variable name="t.privacy.data" select="'2. Dữ liệu nào được thu thập'"/>
  <xsl:variable name="t.privacy.data.account" select="'Thông tin tài khoản: họ và tên, số định danh cá nhân, ngày sinh, số điện thoại, thư điện tử và mật khẩu (mật khẩu chỉ được lưu ở dạng mã hóa một chiều, không ai đọc được).'"/>
  <xsl:variable name="t.privacy.data.contact" select="'Thông tin bạn tự khai thêm: địa chỉ liên hệ; tên và mã số thuế của tổ chức mà bạn nộp hồ sơ thay mặt.'"/>
  <xsl:variable name="t.privacy.data.dossier" select="'Hồ sơ thủ tục hành chính: nội dung tờ khai và các giấy tờ bạn nộp. Tùy thủ tục, giấy tờ có thể chứa dữ liệu cá nhân nhạy cảm (ví dụ ảnh thẻ Căn cước, giấy tờ về sức khỏe); các dữ liệu này chỉ được dùng để giải quyết đúng thủ tục đó.'"/>
  <xsl:variable name="t.privacy.data.log" select="'Nhật ký đăng nhập: thời gian, địa chỉ IP, trình duyệt và kết quả của mỗi lần đăng nhập. Mật khẩu không bao giờ được ghi vào nhật ký.'"/>
  <xsl:variable name="t.privacy.data.cookies" select="'Cổng chỉ dùng cookie cần thiết cho việc đăng nhập và bảo vệ biểu mẫu; không dùng cookie quảng cáo hay công cụ theo dõi.'"/>
  <xsl:variable name="t.privacy.purposes" select="'3. Dữ liệu được dùng vào việc gì'"/>
  <xsl:variable name="t.privacy.purpose.account" select="'Tạo, quản lý tài khoản và xác thực bạn khi đăng nhập.'"/>
  <xsl:variable name="t.privacy.purpose.handle" select="'Tiếp nhận, giải quyết thủ tục hành chính bạn yêu cầu và trả kết quả.'"/>
  <xsl:variable name="t.privacy.purpose.notify" select="'Thông báo cho bạn về tình trạng hồ sơ, yêu cầu bổ sung và kết quả giải quyết.'"/>
  <xsl:variable name="t.privacy.purpose.stats" select="'Thống kê, báo cáo về giải quyết thủ tục hành chính theo quy định; số liệu thống kê không chứa thông tin xác định được từng người.'"/>
  <xsl:variable name="t.privacy.purpose.security" select="'Bảo đảm an toàn hệ thống: phát hiện và ngăn chặn việc đăng nhập trái phép.'"/>
  <xsl:variable name="t.privacy.purpose.never" select="'Dữ liệu của bạn không được bán, không dùng cho quảng cáo và không dùng vào mục đích nào khác ngoài các mục đích trên.'"/>
  <xsl:variable name="t.privacy.bases" select="'4. Căn cứ xử lý'"/>
  <xsl:variable name="t.privacy.basis.consent" select="'Sự đồng ý của bạn khi đăng ký tài khoản: đối với thông tin tài khoản, thông tin liên hệ và nhật ký đăng nhập.'"/>
  <xsl:variable name="t.privacy.basis.law" select="'Nhiệm vụ, quyền hạn của cơ quan nhà nước theo quy định của pháp luật: đối với dữ liệu trong hồ sơ thủ tục hành chính, theo Nghị định số 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông, Nghị định số 42/2022/NĐ-CP về cung cấp thông tin và dịch vụ công trực tuyến, và văn bản quy định từng thủ tục.'"/>
  <xsl:variable name="t.privacy.basis.pdp" select="'Việc xử lý tuân theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP quy định chi tiết thi hành Luật.'"/>
  <xsl:variable name="t.privacy.recipients" select="'5. Dữ liệu được chia sẻ cho ai'"/>
  <xsl:variable name="t.privacy.recipient.agency" select="'Cơ quan có thẩm quyền giải quyết thủ tục bạn nộp, và cơ quan phối hợp khi thủ tục được giải quyết liên thông. Cán bộ chỉ xem được hồ sơ thuộc cơ quan và nhiệm vụ của mình.'"/>
  <xsl:variable name="t.privacy.recipient.national" select="'Cổng Dịch vụ công quốc gia, để đồng bộ tình trạng và kết quả giải quyết hồ sơ theo quy định.'"/>
  <xsl:variable name="t.privacy.recipient.postal" select="'Doanh nghiệp bưu chính, khi bạn chọn nộp hồ sơ hoặc nhận kết quả qua dịch vụ bưu chính: chỉ họ tên, số điện thoại và địa chỉ nhận.'"/>
  <xsl:variable name="t.privacy.recipient.law" select="'Cơ quan nhà nước có thẩm quyền khác, khi pháp luật yêu cầu.'"/>
  <xsl:variable name="t.privacy.retention" select="'6. Dữ liệu được lưu trong bao lâu'"/>
  <xsl:variable name="t.privacy.retention.dossier" select="'Hồ sơ thủ tục hành chính và kết quả giải quyết: theo thời hạn lưu trữ quy định cho từng loại hồ sơ trong pháp luật về lưu trữ và pháp luật chuyên ngành.'"/>
  <xsl:variable name="t.privacy.retention.account" select="'Thông tin tài khoản: trong thời gian tài khoản còn sử dụng. Khi tài khoản bị xóa theo yêu cầu của bạn, thông tin được xóa, trừ phần gắn với hồ sơ còn trong thời hạn lưu trữ.'"/>
  <xsl:variable name="t.privacy.retention.log" select="'Nhật ký đăng nhập: 12 tháng, sau đó được xóa.'"/>
  <xsl:variable name="t.privacy.rights" select="'7. Quyền của bạn'"/>
  <xsl:variable name="t.privacy.right.know" select="'Được biết về việc xử lý dữ liệu cá nhân của mình, như trong thông báo này.'"/>
  <xsl:variable name="t.privacy.right.access" select="'Xem dữ liệu của mình: trang Tài khoản của tôi hiển thị thông tin tài khoản và các lần đăng nhập gần đây; bạn cũng có thể yêu cầu cung cấp bản sao dữ liệu.'"/>
  <xsl:variable name="t.privacy.right.correct" select="'Chỉnh sửa: bạn tự sửa thông tin liên hệ tại trang Tài khoản của tôi; họ và tên, số định danh cá nhân, ngày sinh được điều chỉnh tại Bộ phận Một cửa.'"/>
  <xsl:variable name="t.privacy.right.erase" select="'Yêu cầu xóa, hạn chế xử lý dữ liệu hoặc phản đối việc xử lý, trừ trường hợp pháp luật buộc phải lưu giữ (như hồ sơ còn trong thời hạn lưu trữ).'"/>
  <xsl:variable name="t.privacy.right.withdraw" select="'Rút lại sự đồng ý. Khi đó tài khoản bị khóa và bạn không dùng được dịch vụ công trực tuyến trên Cổng; hồ sơ đã nộp vẫn được giải quyết và lưu trữ theo quy định, việc xử lý trước khi rút lại vẫn hợp pháp. Bạn vẫn có thể nộp hồ sơ trực tiếp tại Bộ phận Một cửa.'"/>
  <xsl:variable name="t.privacy.right.complain" select="'Khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường thiệt hại theo quy định của pháp luật.'"/>
  <xsl:variable name="t.privacy.rights.how" select="'Để thực hiện các quyền này, hãy gửi yêu cầu theo cách nêu ở mục Liên hệ. Yêu cầu của bạn được phản hồi trong thời hạn pháp luật quy định.'"/>
  <xsl:variable name="t.privacy.security" select="'8. Dữ liệu được bảo vệ thế nào'"/>
  <xsl:variable name="t.privacy.security.tls" select="'Kết nối giữa trình duyệt của bạn và Cổng được mã hóa.'"/>
  <xsl:variable name="t.privacy.security.password" select="'Mật khẩu được lưu ở dạng mã hóa một chiều (Argon2id); không ai, kể cả quản trị hệ thống, đọc được mật khẩu của bạn.'"/>
  <xsl:variable name="t.privacy.security.session" select="'Phiên đăng nhập tự kết thúc sau 30 phút không thao tác và chậm nhất sau 12 giờ; đăng nhập sai nhiều lần thì tài khoản bị tạm khóa.'"/>
  <xsl:variable name="t.privacy.security.access" select="'Cán bộ được phân quyền theo cơ quan và nhiệm vụ; quá trình xử lý hồ sơ được ghi lại.'"/>
  <xsl:variable name="t.privacy.security.logs" select="'Số định danh cá nhân được che đi trong nhật ký kỹ thuật của hệ thống.'"/>
  <xsl:variable name="t.privacy.security.breach" select="'Khi xảy ra sự cố làm lộ, mất dữ liệu, Cổng thông báo cho cơ quan chuyên trách bảo vệ dữ liệu cá nhân và cho bạn theo quy định.'"/>
  <xsl:variable name="t.privacy.security.you" select="'Bạn giữ bí mật mật khẩu và không cho người khác dùng tài khoản của mình.'"/>
  <xsl:variable name="t.privacy.children" select="'9. Trẻ em và người được đại diện'"/>
  <xsl:variable name="t.privacy.children.text" select="'Thủ tục cho trẻ em hoặc người được đại diện (ví dụ đăng ký khai sinh) do cha, mẹ, người giám hộ hoặc người đại diện thực hiện bằng tài khoản của mình; dữ liệu của người được đại diện chỉ được dùng cho thủ tục đó.'"/>
  <xsl:variable name="t.privacy.contact" select="'10. Liên hệ'"/>
  <xsl:variable name="t.privacy.contact.pre" select="'Mọi câu hỏi, yêu cầu về dữ liệu cá nhân, xin gửi trực tiếp hoặc bằng văn bản tới Trung tâm Phục vụ hành chính công '"/>
  <xsl:variable name="t.privacy.contact.post" select="', hoặc tới Bộ phận Một cửa của cơ quan giải quyết hồ sơ. Bạn cũng có thể phản ánh tới cơ quan chuyên trách bảo vệ dữ liệu cá nhân thuộc Bộ Công an.'"/>
  <xsl:variable name="t.privacy.changes" select="'11. Thay đổi thông báo'"/>
  <xsl:variable name="t.privacy.changes.text" select="'Khi thông báo này thay đổi, phiên bản mới được đăng tại trang này, ghi rõ ngày hiệu lực. Nếu thay đổi mục đích xử lý hoặc loại dữ liệu thu thập, Cổng sẽ xin lại sự đồng ý của bạn.'"/>

  <!-- Submission -->
  <!-- Submission: the header, "Hồ sơ của tôi", statuses (National Portal codes) -->
  <xsl:variable name="t.nav.submissions" select="'Hồ sơ của tôi'"/>
  <xsl:variable name="t.mine.title" select="'Hồ sơ của tôi'"/>
  <xsl:variable name="t.mine.drafts" select="'Hồ sơ đang soạn'"/>
  <xsl:variable name="t.mine.drafts.lead" select="'Hồ sơ chưa nộp được lưu nháp ở đây. Chọn Tiếp tục để hoàn thiện và nộp.'"/>
  <xsl:variable name="t.mine.drafts.none" select="'Bạn không có hồ sơ nào đang soạn.'"/>
  <xsl:variable name="t.mine.saved_at" select="'Lưu lần cuối: '"/>
  <xsl:variable name="t.mine.nfiles.none" select="'Chưa tải lên tệp nào'"/>
  <xsl:variable name="t.mine.nfiles.pre" select="'Đã tải lên '"/>
  <xsl:variable name="t.mine.nfiles.post" select="' tệp'"/>
  <xsl:variable name="t.mine.continue" select="'Tiếp tục'"/>
  <xsl:variable name="t.mine.submitted" select="'Hồ sơ đã nộp'"/>
  <xsl:variable name="t.mine.submitted.caption" select="'Hồ sơ đã nộp, mới nhất trước'"/>
  <xsl:variable name="t.mine.submitted.none" select="'Bạn chưa nộp hồ sơ nào.'"/>
  <xsl:variable name="t.mine.new.q" select="'Cần nộp hồ sơ khác? '"/>
  <xsl:variable name="t.mine.new.link" select="'Tìm thủ tục hành chính'"/>
  <xsl:variable name="t.mine.empty" select="'Bạn chưa có hồ sơ nào.'"/>
  <xsl:variable name="t.mine.empty.how" select="'Cách nộp hồ sơ trực tuyến'"/>
  <xsl:variable name="t.mine.empty.step1" select="'Tìm thủ tục cần thực hiện theo từ khóa, lĩnh vực hoặc cơ quan thực hiện.'"/>
  <xsl:variable name="t.mine.empty.step2.pre" select="'Mở trang của thủ tục và chọn '"/>
  <xsl:variable name="t.mine.empty.step2.post" select="'.'"/>
  <xsl:variable name="t.mine.empty.step3" select="'Làm theo từng bước: khai thông tin, tải lên giấy tờ, chọn cách nhận kết quả rồi nộp. Hồ sơ được lưu nháp và hiện ở trang này cho đến khi bạn nộp.'"/>
  <xsl:variable name="t.mine.empty.button" select="'Tìm thủ tục hành chính'"/>
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
  <xsl:variable name="t.msg.uploaded" select="'Đã tải tệp lên.'"/>
  <xsl:variable name="t.msg.removed" select="'Đã xóa tệp.'"/>

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
  <xsl:variable name="t.fees.how" select="'Phí, lệ phí được ghi vào hồ sơ khi bạn nộp. Bạn thanh toán trực tuyến khi bước thanh toán sẵn sàng, hoặc theo thông báo của cơ quan giải quyết hồ sơ.'"/>
  <xsl:variable name="t.fees.optional" select="'Khoản ghi “nếu có yêu cầu” chỉ phải nộp khi bạn yêu cầu dịch vụ đó, và không tính vào tổng số tiền.'"/>
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
  <xsl:variable name="t.receipt.ok.next" select="'Bộ phận tiếp nhận sẽ kiểm tra và xác nhận tiếp nhận hồ sơ. Bạn theo dõi hồ sơ tại mục Hồ sơ của tôi, hoặc tra cứu bằng mã hồ sơ. '"/>
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
  <xsl:variable name="t.receipt.note.online" select="'Hồ sơ được nộp trực tuyến trên '"/>
  <xsl:variable name="t.receipt.note.accept" select="'Bộ phận tiếp nhận và trả kết quả kiểm tra và xác nhận việc tiếp nhận hồ sơ; thời gian trả kết quả chính thức được tính từ khi hồ sơ được tiếp nhận.'"/>
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
  <!-- Officers and administrators -->
  <!-- Officers and administrators: "Hồ sơ cần xử lý" (/officer/) -->
  <xsl:variable name="t.inbox.title" select="'Hồ sơ cần xử lý'"/>
  <xsl:variable name="t.inbox.roles" select="'Cơ quan và vai trò của bạn:'"/>
  <xsl:variable name="t.inbox.roles.sep" select="' — '"/>
  <xsl:variable name="t.inbox.pending.title" select="'Tiếp nhận và xử lý hồ sơ trên hệ thống:'"/>
  <xsl:variable name="t.inbox.pending.text" select="' đang triển khai; trong thời gian này, bộ phận một cửa tiếp nhận theo quy trình hiện hành.'"/>
  <xsl:variable name="t.inbox.counts" select="'Số hồ sơ theo trạng thái'"/>
  <xsl:variable name="t.inbox.total" select="'Tổng số: '"/>
  <xsl:variable name="t.inbox.total.post" select="' hồ sơ'"/>
  <xsl:variable name="t.inbox.overdue.n" select="'quá hạn'"/>
  <xsl:variable name="t.inbox.due_soon.n" select="'sắp đến hạn'"/>
  <xsl:variable name="t.inbox.list" select="'Danh sách hồ sơ'"/>
  <xsl:variable name="t.inbox.caption" select="'Hồ sơ nộp đến cơ quan của bạn, mới nhất trước'"/>
  <xsl:variable name="t.inbox.shown.pre" select="'Danh sách gồm '"/>
  <xsl:variable name="t.inbox.shown.of" select="' hồ sơ mới nhất trên tổng số '"/>
  <xsl:variable name="t.inbox.shown.post" select="'; số hồ sơ quá hạn, sắp đến hạn ở trên được đếm trong các hồ sơ này.'"/>
  <xsl:variable name="t.inbox.applicant" select="'Người nộp'"/>
  <xsl:variable name="t.inbox.representative" select="'Người đại diện: '"/>
  <xsl:variable name="t.inbox.to" select="'Nộp đến: '"/>
  <xsl:variable name="t.inbox.overdue" select="'Quá hạn'"/>
  <xsl:variable name="t.inbox.due_soon" select="'Sắp đến hạn'"/>
  <xsl:variable name="t.inbox.empty" select="'Chưa có hồ sơ nào được nộp đến cơ quan của bạn.'"/>

  <!-- Officers and administrators: "Quản trị hệ thống" (/admin/) -->
  <xsl:variable name="t.admin.title" select="'Quản trị hệ thống'"/>
  <xsl:variable name="t.admin.catalogue" select="'Danh mục'"/>
  <xsl:variable name="t.admin.procedures" select="'Thủ tục hành chính đang áp dụng'"/>
  <xsl:variable name="t.admin.of_which" select="'Trong đó:'"/>
  <xsl:variable name="t.admin.fields" select="'Lĩnh vực'"/>
  <xsl:variable name="t.admin.agencies" select="'Cơ quan thực hiện'"/>
  <xsl:variable name="t.admin.catalogue.link" select="'Xem danh sách thủ tục hành chính'"/>
  <xsl:variable name="t.admin.accounts" select="'Tài khoản'"/>
  <xsl:variable name="t.admin.citizens" select="'Công dân'"/>
  <xsl:variable name="t.admin.officers.n" select="'Cán bộ, công chức'"/>
  <xsl:variable name="t.admin.admins" select="'Quản trị hệ thống'"/>
  <xsl:variable name="t.admin.sessions" select="'Phiên đăng nhập đang hoạt động'"/>
  <xsl:variable name="t.admin.dossiers" select="'Hồ sơ'"/>
  <xsl:variable name="t.admin.dossiers.caption" select="'Số hồ sơ đã nộp theo trạng thái'"/>
  <xsl:variable name="t.admin.dossiers.n" select="'Số hồ sơ'"/>
  <xsl:variable name="t.admin.dossiers.total" select="'Tổng số hồ sơ đã nộp'"/>
  <xsl:variable name="t.admin.dossiers.none" select="'Chưa có hồ sơ nào được nộp.'"/>
  <xsl:variable name="t.admin.drafts" select="'Hồ sơ đang soạn, chưa nộp: '"/>
  <xsl:variable name="t.admin.officers" select="'Cán bộ và vai trò'"/>
  <xsl:variable name="t.admin.officers.caption" select="'Tài khoản cán bộ, cơ quan và vai trò được giao'"/>
  <xsl:variable name="t.admin.officer" select="'Cán bộ'"/>
  <xsl:variable name="t.admin.officers.norole" select="'Chưa được giao vai trò'"/>
  <xsl:variable name="t.admin.officers.none" select="'Chưa có tài khoản cán bộ nào.'"/>
  <xsl:variable name="t.admin.add.title" select="'Thêm cán bộ, giao vai trò'"/>
  <xsl:variable name="t.admin.add.text.pre" select="'Màn hình quản lý tài khoản sẽ có trong phiên bản sau. Trong thời gian này, quản trị viên thêm tài khoản cán bộ và giao vai trò bằng lệnh '"/>
  <xsl:variable name="t.admin.add.text.post" select="' trên máy chủ, ví dụ:'"/>
  <!-- The example command, one option a line: options stay as dvcctl spells them; the name,
       e-mail and file name are examples. -->
  <xsl:variable name="t.admin.add.cmd" select="'dvcctl user add --kind officer'"/>
  <xsl:variable name="t.admin.add.name" select="'--name &quot;Nguyễn Thị Lan&quot;'"/>
  <xsl:variable name="t.admin.add.email" select="'--email lan.nt@coquan.gov.vn'"/>
  <xsl:variable name="t.admin.add.file" select="'mat-khau.txt'"/>
  <xsl:variable name="t.admin.add.agency.pre" select="'000.00.10.'"/>
  <xsl:variable name="t.admin.add.roles.pre" select="'Mỗi '"/>
  <xsl:variable name="t.admin.add.roles.post" select="' gồm mã cơ quan và một vai trò; một cán bộ có thể có nhiều vai trò, ở nhiều cơ quan:'"/>
  <xsl:variable name="t.admin.add.password.pre" select="'Mật khẩu ban đầu là dòng đầu tiên của tệp đưa vào lệnh (ở ví dụ trên là '"/>
  <xsl:variable name="t.admin.add.password.post" select="'). Xóa tệp sau khi chạy lệnh, và đề nghị cán bộ đổi mật khẩu ngay sau lần đăng nhập đầu tiên.'"/>
  <xsl:variable name="t.admin.calendar" select="'Lịch làm việc'"/>
  <xsl:variable name="t.admin.year" select="' năm '"/>
  <xsl:variable name="t.admin.calendar.lead" select="'Thời hạn giải quyết hồ sơ tính theo ngày làm việc: không kể thứ Bảy, Chủ nhật và các ngày nghỉ lễ, tết dưới đây; ngày làm bù được tính là ngày làm việc.'"/>
  <xsl:variable name="t.admin.calendar.caption" select="'Ngày nghỉ lễ, tết và ngày làm bù'"/>
  <xsl:variable name="t.admin.calendar.day" select="'Ngày'"/>
  <xsl:variable name="t.admin.calendar.name" select="'Tên'"/>
  <xsl:variable name="t.admin.calendar.kind" select="'Loại'"/>
  <xsl:variable name="t.admin.calendar.holiday" select="'Nghỉ lễ, tết'"/>
  <xsl:variable name="t.admin.calendar.workday" select="'Làm bù'"/>
  <xsl:variable name="t.admin.calendar.none" select="'Chưa có ngày nghỉ lễ, tết nào của năm nay trong hệ thống: thời hạn giải quyết hồ sơ đang chỉ trừ thứ Bảy và Chủ nhật.'"/>
  <!-- Days of the week, numbered as MariaDB's DAYOFWEEK: 1 Sunday … 7 Saturday -->
  <xsl:variable name="t.weekday.1" select="'Chủ nhật'"/>
  <xsl:variable name="t.weekday.2" select="'Thứ Hai'"/>
  <xsl:variable name="t.weekday.3" select="'Thứ Ba'"/>
  <xsl:variable name="t.weekday.4" select="'Thứ Tư'"/>
  <xsl:variable name="t.weekday.5" select="'Thứ Năm'"/>
  <xsl:variable name="t.weekday.6" select="'Thứ Sáu'"/>
  <xsl:variable name="t.weekday.7" select="'Thứ Bảy'"/>
</xsl:stylesheet>
