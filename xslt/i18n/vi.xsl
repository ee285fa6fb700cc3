<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi.xsl — the words every page needs, in Vietnamese (NFC, full diacritics): those of
  layout.xsl's pieces (header, navigation, footer, breadcrumb, forms, notices, levels,
  durations, money, pagination) and those of the catalogue views (home, procedures,
  procedure) and of error.xsl.

  Included once by layout.xsl, so every view compiles it. The other areas' words are in
  files of their own, which only that area's views compile:
    vi-account.xsl   the account views (account-*.xsl include it)
    vi-person.xsl    a person's and an organisation's fields: the account views include it,
                     and so does submit-common.xsl for the submission views
    vi-submit.xsl    the submission views (through submit-common.xsl)
    vi-dossier.xsl   what the submission and staff views share (through dossier-common.xsl)
    vi-staff.xsl     the officer's and administrator's views (officer-inbox.xsl, admin-home.xsl)
    vi-admin-proc.xsl  the procedures editor of dvc-admin (admin-procedure*.xsl)
    vi-admin-calendar.xsl  the back office's calendar and settings (admin-calendar.xsl,
                     admin-settings.xsl; the menu and the audit log's kinds too)
    vi-admin-units.xsl  the administrator's units, fields and communes (admin-units-common.xsl)
    vi-admin-totp.xsl  the second factor's pages (account-mfa.xsl) and the profile's link
    vi-admin-import.xsl  the catalogue's import and export (admin-import.xsl)
    vi-admin-forms.xsl  the form templates' page (admin-forms.xsl) and the template's choice
                     in admin-procedure.xsl
    vi-admin-mfa.xsl  a person's second factor and its reset (admin-person.xsl), the mail
                     of a change of one's factor (mail-mfa.xsl)
    vi-admin-people.xsl  the back office's people pages (admin-people*.xsl, admin-person.xsl,
                     mail-set-password.xsl; admin-home.xsl and admin-audit.xsl for a link, a kind)
  Each compiled view holds every word it includes, and libxslt evaluates every global
  variable at the start of every transform: a word goes here only if layout.xsl, the
  catalogue or the error page uses it, or if it is one of a few that two areas share.
  A word no stylesheet uses is deleted.

  The messages handlers send as codes are not variables but templates, in vi-msg.xsl (also
  included by layout.xsl): a template is evaluated only when a message is applied to it, so
  one file of every message costs nothing per request, whichever view includes it.

  Each word is a global string variable named t.<view or piece>.<what>; stylesheets never
  write words of their own. A piece that ends or starts with a space is joined to data
  ("Tìm thấy " 123 " thủ tục"). A second language is a set of sibling files with the same
  variable names, split the same way.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- layout: header, navigation, footer -->
  <xsl:variable name="t.lang" select="'vi'"/>
  <xsl:variable name="t.title.sep" select="' — '"/>
  <xsl:variable name="t.skip" select="'Bỏ qua, đến nội dung chính'"/>
  <xsl:variable name="t.nav.label" select="'Danh mục chính'"/>
  <xsl:variable name="t.nav.procedures" select="'Thủ tục hành chính'"/>
  <xsl:variable name="t.nav.track" select="'Tra cứu hồ sơ'"/>
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
  <xsl:variable name="t.receivers" select="'Nơi tiếp nhận'"/>
  <xsl:variable name="t.receivers.commune" select="'Ủy ban nhân dân xã, phường bất kỳ trong tỉnh do bạn chọn (Nghị định 118/2025/NĐ-CP)'"/>
  <xsl:variable name="t.duration" select="'Thời hạn giải quyết'"/>
  <xsl:variable name="t.fee" select="'Phí, lệ phí'"/>
  <xsl:variable name="t.search" select="'Tìm kiếm'"/>
  <xsl:variable name="t.search.label" select="'Tìm thủ tục hành chính'"/>
  <xsl:variable name="t.search.hint" select="'Nhập tên hoặc mã thủ tục, có thể gõ không dấu. Ví dụ: đăng ký khai sinh'"/>

  <!-- home -->
  <xsl:variable name="t.home.h1" select="'Dịch vụ công trực tuyến'"/>
  <xsl:variable name="t.home.lead" select="'Tìm thủ tục hành chính, nộp hồ sơ, nộp phí và theo dõi kết quả ngay trên mạng, không cần đến cơ quan nếu thủ tục được cung cấp toàn trình.'"/>
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
  <!-- search: the button that unfolds the filters -->
  <xsl:variable name="t.filter.more" select="'Lọc theo lĩnh vực, cơ quan, mức độ'"/>
  <!-- search: the nearest words the catalogue knows, when nothing matched -->
  <xsl:variable name="t.empty.suggest" select="'Có phải bạn muốn tìm: '"/>
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
  <xsl:variable name="t.gov_level" select="'Cấp thực hiện'"/>
  <xsl:variable name="t.gov_level.province" select="'Cấp tỉnh'"/>
  <xsl:variable name="t.gov_level.commune" select="'Cấp xã'"/>
  <xsl:variable name="t.receivers.contact" select="'Nơi tiếp nhận hồ sơ'"/>
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
  <!-- Fees per copy or page, online amounts, exemptions (layout.xsl fee-price, claim-percent) -->
  <xsl:variable name="t.fee.per.copy" select="'/bản'"/>
  <xsl:variable name="t.fee.per.page" select="'/trang'"/>
  <xsl:variable name="t.fee.times" select="' × '"/>
  <xsl:variable name="t.fee.online" select="'Nộp trực tuyến: '"/>
  <xsl:variable name="t.fee.counter" select="'Nộp trực tiếp: '"/>
  <xsl:variable name="t.claim.exempt" select="' (miễn)'"/>
  <xsl:variable name="t.claim.reduced" select="' (giảm '"/>
  <xsl:variable name="t.fee.exemptions" select="'Đối tượng được miễn, giảm: '"/>
  <xsl:variable name="t.fee.exemption.proof" select="'giấy tờ chứng minh: '"/>
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
  <!-- The versions of a procedure (procedure.xsl) -->
  <xsl:variable name="t.versions" select="'Các phiên bản của thủ tục'"/>
  <xsl:variable name="t.versions.version" select="'Phiên bản'"/>
  <xsl:variable name="t.versions.from" select="'Áp dụng từ'"/>
  <xsl:variable name="t.versions.until" select="'Đến'"/>
  <xsl:variable name="t.versions.current" select="'Đang áp dụng'"/>
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

  <!-- layout: the header's account menu (site-header) -->
  <xsl:variable name="t.nav.register" select="'Đăng ký'"/>
  <xsl:variable name="t.nav.logout" select="'Đăng xuất'"/>
  <xsl:variable name="t.nav.officer" select="'Hồ sơ cần xử lý'"/>
  <xsl:variable name="t.nav.admin" select="'Quản trị'"/>
  <xsl:variable name="t.nav.submissions" select="'Hồ sơ của tôi'"/>
  <xsl:variable name="t.nav.account" select="'Tài khoản'"/>
  <xsl:variable name="t.nav.account.of" select="'Tài khoản của tôi: '"/>

  <!-- layout: forms and notices (the named templates field, checkbox, error-summary, notice) -->
  <xsl:variable name="t.form.errors" select="'Có lỗi cần sửa'"/>
  <xsl:variable name="t.form.error" select="'Lỗi: '"/>
  <xsl:variable name="t.form.optional" select="' (không bắt buộc)'"/>
  <xsl:variable name="t.msg.registered" select="'Đăng ký tài khoản thành công. Bạn đã được đăng nhập.'"/>
  <xsl:variable name="t.msg.logged_out" select="'Bạn đã đăng xuất.'"/>
  <xsl:variable name="t.msg.expired" select="'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.'"/>
  <xsl:variable name="t.msg.saved" select="'Đã lưu thông tin liên hệ.'"/>
  <xsl:variable name="t.msg.password_changed" select="'Đã đổi mật khẩu. Các phiên đăng nhập khác đã được kết thúc.'"/>
  <xsl:variable name="t.msg.uploaded" select="'Đã tải tệp lên.'"/>
  <xsl:variable name="t.msg.removed" select="'Đã xóa tệp.'"/>

  <!-- Roles at an agency: an officer's profile (account-profile.xsl) and the administration
       page (admin-home.xsl) both show them; too few for a file of their own. -->
  <xsl:variable name="t.profile.roles.agency" select="'Cơ quan'"/>
  <xsl:variable name="t.profile.roles.roles" select="'Vai trò'"/>
  <xsl:variable name="t.profile.roles.none" select="'Tài khoản chưa được giao vai trò tại cơ quan nào. Hãy liên hệ quản trị hệ thống.'"/>
  <xsl:variable name="t.role.receiver" select="'Tiếp nhận hồ sơ (một cửa)'"/>
  <xsl:variable name="t.role.processor" select="'Xử lý hồ sơ'"/>
  <xsl:variable name="t.role.approver" select="'Phê duyệt'"/>

</xsl:stylesheet>
