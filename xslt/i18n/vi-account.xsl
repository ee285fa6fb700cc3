<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-account.xsl — the words only the account pages use (log in, register, profile, change
  password, the personal data notice), in Vietnamese (NFC, full diacritics).

  Included by the account views (account-*.xsl, after layout.xsl, with vi-person.xsl) and by
  nothing else. The words every page needs are in vi.xsl, which tells how the words are split.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- Accounts -->
  <!-- Accounts: the fields, shared by register, profile and password (those the submission
       shows too are in vi-person.xsl) -->
  <xsl:variable name="t.f.full_name.hint" select="'Ghi đúng như trên thẻ Căn cước, có dấu'"/>
  <xsl:variable name="t.f.citizen_id.hint" select="'12 chữ số trên thẻ Căn cước / Căn cước công dân'"/>
  <xsl:variable name="t.f.email.hint" select="'Có thể dùng thay số định danh cá nhân khi đăng nhập'"/>
  <xsl:variable name="t.f.password" select="'Mật khẩu'"/>
  <xsl:variable name="t.f.password.hint" select="'Ít nhất 12 ký tự, ví dụ một câu ngắn bạn dễ nhớ; không dùng từ trong từ điển, tên tỉnh, số CCCD, số điện thoại hay thư điện tử'"/>
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
  <xsl:variable name="t.profile.toc" select="'Trên trang này'"/>
  <xsl:variable name="t.profile.personal" select="'Thông tin cá nhân'"/>
  <xsl:variable name="t.profile.kind" select="'Loại tài khoản'"/>
  <xsl:variable name="t.profile.kind.citizen" select="'Công dân'"/>
  <xsl:variable name="t.profile.kind.officer" select="'Cán bộ, công chức'"/>
  <xsl:variable name="t.profile.kind.admin" select="'Quản trị hệ thống'"/>
  <xsl:variable name="t.profile.created" select="'Ngày tạo tài khoản'"/>
  <xsl:variable name="t.profile.identity.note" select="'Họ và tên, số định danh cá nhân và ngày sinh là thông tin định danh, bạn không tự sửa được. Nếu có sai sót, hãy mang thẻ Căn cước đến Bộ phận Một cửa (Trung tâm Phục vụ hành chính công) để được điều chỉnh.'"/>
  <xsl:variable name="t.profile.contact" select="'Thông tin liên hệ'"/>
  <xsl:variable name="t.profile.contact.lead" select="'Cơ quan giải quyết hồ sơ dùng các thông tin này để liên hệ với bạn.'"/>
  <xsl:variable name="t.profile.org" select="'Tổ chức (nếu nộp hồ sơ cho doanh nghiệp, tổ chức)'"/>
  <xsl:variable name="t.profile.org.hint" select="'Để trống nếu bạn chỉ nộp hồ sơ cho bản thân.'"/>
  <xsl:variable name="t.profile.save" select="'Lưu thay đổi'"/>
  <xsl:variable name="t.profile.roles" select="'Vai trò được giao'"/>
  <xsl:variable name="t.profile.roles.caption" select="'Vai trò của bạn tại từng cơ quan'"/>
  <xsl:variable name="t.profile.roles.note" select="'Vai trò do quản trị hệ thống phân công; bạn chỉ xem và xử lý được hồ sơ của cơ quan, đúng vai trò được giao.'"/>
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
  <xsl:variable name="t.outcome.second_factor" select="'Đúng mật khẩu, chờ mã xác thực'"/>
  <xsl:variable name="t.outcome.bad_code" select="'Sai mã xác thực'"/>
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

  <!-- Accounts: a forgotten password (account-forgot.xsl, account-reset.xsl; the link on
       the sign-in page) -->
  <xsl:variable name="t.login.forgot" select="'Quên mật khẩu?'"/>
  <xsl:variable name="t.login.reset_done" select="'Đã đặt lại mật khẩu. Mọi phiên đăng nhập của tài khoản đã được kết thúc; hãy đăng nhập bằng mật khẩu mới.'"/>
  <xsl:variable name="t.forgot.title" select="'Quên mật khẩu'"/>
  <xsl:variable name="t.forgot.lead" select="'Nhập số định danh cá nhân (CCCD) hoặc thư điện tử của tài khoản. Chúng tôi sẽ gửi đường dẫn đặt lại mật khẩu đến thư điện tử đã đăng ký của tài khoản.'"/>
  <xsl:variable name="t.forgot.submit" select="'Gửi đường dẫn đặt lại mật khẩu'"/>
  <xsl:variable name="t.forgot.sent.title" select="'Hãy kiểm tra hộp thư điện tử'"/>
  <xsl:variable name="t.forgot.sent" select="'Nếu thông tin bạn nhập khớp với một tài khoản, chúng tôi đã gửi đường dẫn đặt lại mật khẩu đến thư điện tử đã đăng ký của tài khoản đó. Đường dẫn chỉ dùng được một lần, trong vòng '"/>
  <xsl:variable name="t.forgot.sent.minutes" select="' phút.'"/>
  <xsl:variable name="t.forgot.sent.none" select="'Không nhận được thư? Hãy xem cả thư mục thư rác, hoặc liên hệ bộ phận một cửa nếu tài khoản không có thư điện tử.'"/>
  <xsl:variable name="t.forgot.back" select="'Quay lại trang đăng nhập'"/>
  <xsl:variable name="t.reset.title" select="'Đặt lại mật khẩu'"/>
  <xsl:variable name="t.reset.lead" select="'Chọn mật khẩu mới cho tài khoản. Sau khi đặt lại, tài khoản sẽ được đăng xuất trên mọi thiết bị.'"/>
  <xsl:variable name="t.reset.submit" select="'Đặt lại mật khẩu'"/>
  <xsl:variable name="t.reset.again" select="'Yêu cầu đường dẫn mới'"/>

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
  <xsl:variable name="t.privacy.retention.mail" select="'Thư điện tử Cổng gửi cho bạn: nội dung thư được xóa sau 30 ngày kể từ khi gửi. Với thư về hồ sơ, Cổng chỉ giữ thời điểm gửi, địa chỉ nhận và tiêu đề làm bằng chứng đã thông báo; thư không gắn với hồ sơ (như thư đặt lại mật khẩu) được xóa hẳn.'"/>
  <xsl:variable name="t.privacy.retention.requests" select="'Yêu cầu đặt lại mật khẩu: 30 ngày; số lần tra cứu hồ sơ theo địa chỉ IP: 1 ngày.'"/>
  <xsl:variable name="t.privacy.rights" select="'7. Quyền của bạn'"/>
  <xsl:variable name="t.privacy.right.know" select="'Được biết về việc xử lý dữ liệu cá nhân của mình, như trong thông báo này.'"/>
  <xsl:variable name="t.privacy.right.access" select="'Xem dữ liệu của mình: trang Tài khoản của tôi hiển thị thông tin tài khoản và các lần đăng nhập gần đây; bạn cũng có thể yêu cầu cung cấp bản sao dữ liệu.'"/>
  <xsl:variable name="t.privacy.right.correct" select="'Chỉnh sửa: bạn tự sửa thông tin liên hệ tại trang Tài khoản của tôi; họ và tên, số định danh cá nhân, ngày sinh được điều chỉnh tại Bộ phận Một cửa.'"/>
  <xsl:variable name="t.privacy.right.erase" select="'Yêu cầu xóa, hạn chế xử lý dữ liệu hoặc phản đối việc xử lý, trừ trường hợp pháp luật buộc phải lưu giữ (như hồ sơ còn trong thời hạn lưu trữ).'"/>
  <xsl:variable name="t.privacy.right.withdraw" select="'Rút lại sự đồng ý. Khi đó tài khoản bị khóa và bạn không dùng được dịch vụ công trực tuyến trên Cổng; hồ sơ đã nộp vẫn được giải quyết và lưu trữ theo quy định, việc xử lý trước khi rút lại vẫn hợp pháp. Bạn vẫn có thể nộp hồ sơ trực tiếp tại Bộ phận Một cửa. Bạn tự làm việc này tại trang Tài khoản của tôi, mục Rút lại sự đồng ý.'"/>
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

  <!-- account-close.xsl: consent withdrawn, the account closed (close.c) -->
  <xsl:variable name="t.close.title" select="'Rút lại sự đồng ý và đóng tài khoản'"/>
  <xsl:variable name="t.close.lead" select="'Khi bạn rút lại sự đồng ý xử lý dữ liệu cá nhân, tài khoản được đóng ngay:'"/>
  <xsl:variable name="t.close.effect.signin" select="'Bạn không đăng nhập, không nộp và không theo dõi hồ sơ trực tuyến bằng tài khoản này được nữa; mọi phiên đăng nhập trên các thiết bị kết thúc.'"/>
  <xsl:variable name="t.close.effect.erased" select="'Số điện thoại, thư điện tử, địa chỉ, ngày sinh và thông tin tổ chức trong tài khoản bị xóa; hồ sơ đang soạn dở (chưa nộp) bị xóa cùng các tệp đã tải lên.'"/>
  <xsl:variable name="t.close.effect.dossiers" select="'Hồ sơ đã nộp vẫn được giải quyết, trả kết quả và lưu trữ theo quy định của pháp luật về lưu trữ; thông tin của bạn trong các hồ sơ đó chỉ cán bộ giải quyết, lưu trữ hồ sơ được xem. Bạn vẫn tra cứu được tình trạng hồ sơ bằng mã hồ sơ.'"/>
  <xsl:variable name="t.close.effect.kept" select="'Họ và tên, số định danh cá nhân được giữ lại để biết các hồ sơ đã nộp là của bạn; nhật ký đăng nhập được giữ đủ 12 tháng rồi xóa như mọi tài khoản.'"/>
  <xsl:variable name="t.close.effect.lawful" select="'Việc xử lý dữ liệu trước khi bạn rút lại sự đồng ý vẫn hợp pháp. Muốn dùng lại dịch vụ công trực tuyến, hãy liên hệ Bộ phận Một cửa.'"/>
  <xsl:variable name="t.close.password.hint" select="'Để chắc chắn chính bạn đóng tài khoản.'"/>
  <xsl:variable name="t.close.confirm" select="'Tôi rút lại sự đồng ý xử lý dữ liệu cá nhân và muốn đóng tài khoản này.'"/>
  <xsl:variable name="t.close.submit" select="'Đóng tài khoản'"/>
  <xsl:variable name="t.close.done" select="'Tài khoản đã được đóng'"/>
  <xsl:variable name="t.close.done.text" select="'Bạn đã rút lại sự đồng ý xử lý dữ liệu cá nhân và đã được đăng xuất. Thông tin liên hệ trong tài khoản đã bị xóa; các hồ sơ đã nộp vẫn được giải quyết và lưu trữ theo quy định.'"/>
  <xsl:variable name="t.close.done.counter" select="'Bạn vẫn có thể nộp hồ sơ trực tiếp tại Bộ phận Một cửa của cơ quan giải quyết.'"/>
  <xsl:variable name="t.close.home" select="'Về trang chủ'"/>
  <xsl:variable name="t.profile.close" select="'Rút lại sự đồng ý'"/>
  <xsl:variable name="t.profile.close.text" select="'Bạn có thể rút lại sự đồng ý xử lý dữ liệu cá nhân bất cứ lúc nào; khi đó tài khoản được đóng. Hồ sơ đã nộp vẫn được giải quyết và lưu trữ theo quy định.'"/>
  <xsl:variable name="t.profile.close.link" select="'Rút lại sự đồng ý và đóng tài khoản'"/>

  <xsl:variable name="t.privacy.changes" select="'11. Thay đổi thông báo'"/>
  <xsl:variable name="t.privacy.changes.text" select="'Khi thông báo này thay đổi, phiên bản mới được đăng tại trang này, ghi rõ ngày hiệu lực. Nếu thay đổi mục đích xử lý hoặc loại dữ liệu thu thập, Cổng sẽ xin lại sự đồng ý của bạn.'"/>


  <!-- issue 11: registering answers "check your mail"; the links sent by mail (links.c); the
       unlock offered on a wait; the address verified or not, on the profile -->
  <xsl:variable name="t.register.sent.title" select="'Hãy kiểm tra thư điện tử'"/>
  <xsl:variable name="t.register.sent.pre" select="'Chúng tôi đã gửi thư đến '"/>
  <xsl:variable name="t.register.sent.post" select="'. Hãy mở đường dẫn trong thư để xác nhận địa chỉ thư điện tử; đường dẫn dùng được một lần, trong '"/>
  <xsl:variable name="t.register.sent.hours" select="' giờ. Sau khi xác nhận, bạn đăng nhập bằng số định danh cá nhân hoặc thư điện tử và mật khẩu vừa chọn.'"/>
  <xsl:variable name="t.register.sent.none" select="'Không thấy thư? Hãy xem cả thư mục thư rác. Nếu số định danh hoặc thư điện tử này đã có tài khoản, thư được gửi tới chủ tài khoản đó: hãy đăng nhập, hoặc dùng chức năng Quên mật khẩu.'"/>
  <xsl:variable name="t.link.title.verify" select="'Xác nhận thư điện tử'"/>
  <xsl:variable name="t.link.title.unlock" select="'Mở khóa đăng nhập'"/>
  <xsl:variable name="t.link.title.email" select="'Đổi thư điện tử'"/>
  <xsl:variable name="t.link.title.contact" select="'Xác nhận thư điện tử liên hệ của hồ sơ'"/>
  <xsl:variable name="t.link.done.verify" select="'Đã xác nhận thư điện tử của tài khoản. Bạn có thể đăng nhập và nộp hồ sơ trực tuyến.'"/>
  <xsl:variable name="t.link.done.unlock" select="'Đã mở khóa: bạn có thể đăng nhập ngay bây giờ. Nếu không phải bạn đã nhập sai mật khẩu nhiều lần, hãy đổi mật khẩu sau khi đăng nhập.'"/>
  <xsl:variable name="t.link.done.email" select="'Đã đổi thư điện tử của tài khoản sang địa chỉ mới. Từ nay thư của Cổng được gửi tới địa chỉ này.'"/>
  <xsl:variable name="t.link.done.contact" select="'Đã xác nhận thư điện tử liên hệ: thư về hồ sơ sẽ được gửi tới địa chỉ này.'"/>
  <xsl:variable name="t.link.login" select="'Đăng nhập'"/>
  <xsl:variable name="t.link.profile" select="'Về trang tài khoản'"/>
  <xsl:variable name="t.unlock.lead" select="'Nếu đây là tài khoản của bạn, bạn không cần chờ: chúng tôi gửi đường dẫn mở khóa tới thư điện tử đã xác nhận của tài khoản.'"/>
  <xsl:variable name="t.unlock.submit" select="'Gửi đường dẫn mở khóa'"/>
  <xsl:variable name="t.unlock.sent.pre" select="'Nếu số định danh hoặc thư điện tử vừa nhập thuộc một tài khoản đã xác nhận thư điện tử, đường dẫn mở khóa đã được gửi tới thư điện tử của tài khoản. Đường dẫn dùng được một lần, trong '"/>
  <xsl:variable name="t.unlock.sent.post" select="' phút.'"/>
  <xsl:variable name="t.profile.email.unverified" select="'Thư điện tử này chưa được xác nhận. Bạn cần xác nhận trước khi nộp hồ sơ trực tuyến.'"/>
  <xsl:variable name="t.profile.email.resend" select="'Gửi lại thư xác nhận'"/>
  <xsl:variable name="t.profile.email.change" select="'Khi bạn đổi thư điện tử, chúng tôi gửi đường dẫn xác nhận tới địa chỉ mới; địa chỉ chỉ được đổi sau khi bạn mở đường dẫn đó.'"/>
  <xsl:variable name="t.profile.msg.email_sent" select="'Đã lưu. Chúng tôi đã gửi đường dẫn xác nhận tới thư điện tử mới; thư điện tử của tài khoản được đổi khi bạn mở đường dẫn đó.'"/>
  <xsl:variable name="t.profile.msg.verify_sent" select="'Đã gửi lại thư xác nhận tới thư điện tử của tài khoản.'"/>
  <xsl:variable name="t.profile.msg.verify_wait" select="'Thư xác nhận đã được gửi nhiều lần gần đây. Hãy kiểm tra hộp thư (cả thư mục thư rác), hoặc thử lại sau một giờ.'"/>

</xsl:stylesheet>
