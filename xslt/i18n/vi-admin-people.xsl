<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-admin-people.xsl — the words of the back office's people pages (admin-people.xsl,
  admin-person.xsl, admin-people-new.xsl) and of the e-mail with a link to set a password
  (mail-set-password.xsl), in Vietnamese (NFC, full diacritics). See vi.xsl for how words are
  split; the messages of their forms are in vi-msg.xsl (people.*).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- admin-home.xsl's link, and the kind of object of admin-audit.xsl -->
  <xsl:variable name="t.people.home.link" select="'Tìm người dùng, khóa tài khoản, giao vai trò cho cán bộ'"/>
  <xsl:variable name="t.people.audit.kind" select="'tài khoản'"/>

  <!-- admin-people.xsl: the search -->
  <xsl:variable name="t.people.title" select="'Người dùng'"/>
  <xsl:variable name="t.people.lead" select="'Tìm tài khoản theo họ tên (gõ phần đầu của họ tên, có dấu hoặc không dấu), hoặc theo đúng thư điện tử, số điện thoại, số CCCD đủ 12 chữ số.'"/>
  <xsl:variable name="t.people.q" select="'Họ tên, thư điện tử, số điện thoại hoặc số CCCD'"/>
  <xsl:variable name="t.people.q.hint" select="'Ví dụ: nguyen van an, an.nv@thanhhoa.gov.vn, 0912345678, 038090001234.'"/>
  <xsl:variable name="t.people.kind" select="'Loại tài khoản'"/>
  <xsl:variable name="t.people.state" select="'Trạng thái'"/>
  <xsl:variable name="t.people.any" select="'Tất cả'"/>
  <xsl:variable name="t.people.search" select="'Tìm'"/>
  <xsl:variable name="t.people.new" select="'Thêm cán bộ hoặc quản trị viên'"/>
  <xsl:variable name="t.people.found" select="'Kết quả tìm kiếm'"/>
  <xsl:variable name="t.people.none" select="'Không có tài khoản nào phù hợp.'"/>
  <xsl:variable name="t.people.name" select="'Họ và tên'"/>
  <xsl:variable name="t.people.contact" select="'Liên hệ'"/>
  <xsl:variable name="t.people.cccd" select="'Số CCCD'"/>
  <xsl:variable name="t.people.pages" select="'Các trang kết quả'"/>
  <xsl:variable name="t.people.prev" select="'Trang trước'"/>
  <xsl:variable name="t.people.next" select="'Trang sau'"/>
  <xsl:variable name="t.people.page" select="'Trang '"/>

  <!-- kinds and states, as the lists and the person's page show them -->
  <xsl:variable name="t.people.kind.citizen" select="'Công dân'"/>
  <xsl:variable name="t.people.kind.officer" select="'Cán bộ, công chức'"/>
  <xsl:variable name="t.people.kind.admin" select="'Quản trị viên'"/>
  <xsl:variable name="t.people.state.active" select="'Đang hoạt động'"/>
  <xsl:variable name="t.people.state.unverified" select="'Chưa xác nhận thư điện tử'"/>
  <xsl:variable name="t.people.state.locked" select="'Đã khóa'"/>
  <xsl:variable name="t.people.state.closed" select="'Đã đóng theo yêu cầu của chủ tài khoản'"/>

  <!-- admin-person.xsl: one account -->
  <xsl:variable name="t.person.details" select="'Thông tin tài khoản'"/>
  <xsl:variable name="t.person.verified" select="'đã xác nhận'"/>
  <xsl:variable name="t.person.unverified" select="'chưa xác nhận'"/>
  <xsl:variable name="t.person.none" select="'Không có'"/>
  <xsl:variable name="t.person.created" select="'Ngày tạo'"/>
  <xsl:variable name="t.person.sessions" select="'Phiên đăng nhập đang hoạt động'"/>
  <xsl:variable name="t.person.last_signin" select="'Đăng nhập gần nhất'"/>
  <xsl:variable name="t.person.never" select="'Chưa đăng nhập lần nào'"/>
  <xsl:variable name="t.person.audit" select="'Nhật ký thay đổi của tài khoản'"/>
  <xsl:variable name="t.person.self" select="'Đây là tài khoản của chính bạn.'"/>

  <xsl:variable name="t.person.lock.title" select="'Khóa tài khoản'"/>
  <xsl:variable name="t.person.lock.text" select="'Tài khoản bị khóa không đăng nhập được; mọi phiên đăng nhập của tài khoản kết thúc ngay. Lần đăng nhập sau, người dùng được báo tài khoản đã bị khóa.'"/>
  <xsl:variable name="t.person.lock" select="'Khóa tài khoản'"/>
  <xsl:variable name="t.person.locked.text" select="'Tài khoản đang bị khóa: không đăng nhập được. Mở khóa để người dùng đăng nhập lại bằng mật khẩu của mình.'"/>
  <xsl:variable name="t.person.unlock" select="'Mở khóa tài khoản'"/>
  <xsl:variable name="t.person.closed.text" select="'Chủ tài khoản đã rút lại sự đồng ý xử lý dữ liệu cá nhân và đóng tài khoản. Tài khoản đã đóng không mở lại được.'"/>

  <xsl:variable name="t.person.link.title" select="'Đường dẫn đặt mật khẩu'"/>
  <xsl:variable name="t.person.link.text.pre" select="'Gửi tới thư điện tử của tài khoản một đường dẫn để người dùng tự đặt mật khẩu mới: dùng được một lần, trong vòng '"/>
  <xsl:variable name="t.person.link.text.post" select="' giờ. Đường dẫn gửi trước đó (nếu có) hết hiệu lực. Quản trị viên không nhìn thấy đường dẫn.'"/>
  <xsl:variable name="t.person.link.pending" select="'Đường dẫn đã gửi còn hiệu lực đến '"/>
  <xsl:variable name="t.person.link" select="'Gửi đường dẫn đặt mật khẩu'"/>

  <xsl:variable name="t.person.roles.title" select="'Vai trò tại các cơ quan'"/>
  <xsl:variable name="t.person.roles.caption" select="'Cơ quan và vai trò được giao'"/>
  <xsl:variable name="t.person.roles.none" select="'Cán bộ chưa được giao vai trò nào: chưa xử lý được hồ sơ.'"/>
  <xsl:variable name="t.person.roles.only" select="'Chỉ tài khoản cán bộ, công chức được giao vai trò xử lý hồ sơ.'"/>
  <xsl:variable name="t.person.roles.remove" select="'Bỏ vai trò'"/>
  <xsl:variable name="t.person.roles.add" select="'Giao thêm vai trò'"/>
  <xsl:variable name="t.person.roles.effect" select="'Thay đổi có hiệu lực ngay từ thao tác tiếp theo của cán bộ.'"/>
  <xsl:variable name="t.person.unit" select="'Cơ quan, đơn vị'"/>
  <xsl:variable name="t.person.unit.choose" select="'Chọn cơ quan, đơn vị'"/>
  <xsl:variable name="t.person.unit.withdrawn" select="' — đã ngừng hoạt động'"/>
  <xsl:variable name="t.person.role" select="'Vai trò'"/>
  <xsl:variable name="t.person.role.choose" select="'Chọn vai trò'"/>

  <!-- notices after a change -->
  <xsl:variable name="t.person.msg.created" select="'Đã tạo tài khoản và gửi đường dẫn đặt mật khẩu tới thư điện tử của tài khoản.'"/>
  <xsl:variable name="t.person.msg.locked" select="'Đã khóa tài khoản; mọi phiên đăng nhập của tài khoản đã kết thúc.'"/>
  <xsl:variable name="t.person.msg.unlocked" select="'Đã mở khóa tài khoản.'"/>
  <xsl:variable name="t.person.msg.link_sent" select="'Đã gửi đường dẫn đặt mật khẩu tới '"/>
  <xsl:variable name="t.person.msg.role_added" select="'Đã giao vai trò.'"/>
  <xsl:variable name="t.person.msg.role_removed" select="'Đã bỏ vai trò.'"/>

  <!-- admin-people-new.xsl: a new officer or administrator -->
  <xsl:variable name="t.staff.title" select="'Thêm cán bộ hoặc quản trị viên'"/>
  <xsl:variable name="t.staff.lead.pre" select="'Không nhập mật khẩu: tài khoản mới nhận qua thư điện tử một đường dẫn để tự đặt mật khẩu, dùng được một lần trong vòng '"/>
  <xsl:variable name="t.staff.lead.post" select="' giờ.'"/>
  <xsl:variable name="t.staff.name" select="'Họ và tên'"/>
  <xsl:variable name="t.staff.email" select="'Thư điện tử công vụ'"/>
  <xsl:variable name="t.staff.email.hint" select="'Đường dẫn đặt mật khẩu được gửi tới địa chỉ này; người dùng đăng nhập bằng địa chỉ này.'"/>
  <xsl:variable name="t.staff.kind" select="'Loại tài khoản'"/>
  <xsl:variable name="t.staff.roles" select="'Vai trò tại cơ quan (đối với cán bộ, công chức)'"/>
  <xsl:variable name="t.staff.roles.hint" select="'Chọn cơ quan và ít nhất một vai trò. Vai trò tại cơ quan khác được giao thêm ở trang của cán bộ sau khi tạo. Quản trị viên không có vai trò xử lý hồ sơ.'"/>
  <xsl:variable name="t.staff.create" select="'Tạo tài khoản và gửi đường dẫn'"/>

  <!-- mail-set-password.xsl -->
  <xsl:variable name="t.pmail.site" select="'Cổng Dịch vụ công'"/>
  <xsl:variable name="t.pmail.subject" select="'Đặt mật khẩu tài khoản trên '"/>
  <xsl:variable name="t.pmail.dear" select="'Kính gửi '"/>
  <xsl:variable name="t.pmail.new" select="'Quản trị viên đã tạo cho bạn một tài khoản cán bộ trên '"/>
  <xsl:variable name="t.pmail.new_admin" select="'Quản trị viên đã tạo cho bạn một tài khoản quản trị viên trên '"/>
  <xsl:variable name="t.pmail.again" select="'Quản trị viên đã gửi cho bạn một đường dẫn để đặt mật khẩu mới cho tài khoản của bạn trên '"/>
  <xsl:variable name="t.pmail.open" select="'. Để đặt mật khẩu, hãy mở đường dẫn dưới đây trong vòng '"/>
  <xsl:variable name="t.pmail.hours" select="' giờ:'"/>
  <xsl:variable name="t.pmail.once" select="'Đường dẫn chỉ dùng được một lần. Sau khi đặt mật khẩu, hãy đăng nhập bằng địa chỉ thư điện tử này và mật khẩu vừa đặt.'"/>
  <xsl:variable name="t.pmail.expired" select="'Nếu đường dẫn đã hết hạn, hãy dùng chức năng Quên mật khẩu tại trang đăng nhập, hoặc đề nghị quản trị viên gửi lại.'"/>
  <xsl:variable name="t.pmail.notme" select="'Nếu bạn không chờ thư này, hãy bỏ qua và báo cho quản trị viên của cổng. Không chia sẻ đường dẫn này cho bất kỳ ai.'"/>
  <xsl:variable name="t.pmail.footer" select="'Thư này được gửi tự động, vui lòng không trả lời.'"/>

</xsl:stylesheet>
