<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-msg.xsl — every message a handler sends, in Vietnamese (NFC, full diacritics).

  Handlers never send sentences: they send a message code, a short dotted ASCII token naming
  the situation ([a-z0-9_.], e.g. phone.required), on an element of the page:
    /page/form/error[@name][@code]   form_error(r, field, code), next to a field or in the
                                     error summary
    /page/error/message[@code]       app_error(r, status, code) and core's r->message, on
                                     the error page
  Arguments of a message are attributes of the same element (form_error() returns it:
  xml_attr_uint(form_error(r, "_", "login.wait"), "seconds", n)).

  One template per code, in mode "msg", matched on the code; its body is the sentence, with
  the arguments taken from the element's attributes. layout.xsl and error.xsl show a message
  with <xsl:apply-templates select="…" mode="msg"/>. tests/unit/stylesheets.t checks that
  each code the C sources pass has exactly one template here, and that each template's code
  is passed by some C file.

  Included once by layout.xsl, so every view and the error page compile it. That costs
  nothing per request: a template runs only when it is applied to a message, unlike the
  global word variables of vi.xsl, which libxslt evaluates at the start of every transform.
  So all the messages live in this one file, whichever view shows them.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- core: a request refused before its handler ran (app.c) -->
  <xsl:template match="*[@code='role.forbidden']" mode="msg">Tài khoản của bạn không có quyền truy cập trang này.</xsl:template>
  <xsl:template match="*[@code='input.too_long']" mode="msg">Giá trị nhập vào quá dài.</xsl:template>
  <xsl:template match="*[@code='input.invalid']" mode="msg">Địa chỉ hoặc dữ liệu gửi lên không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='query.too_long']" mode="msg">Địa chỉ quá dài.</xsl:template>
  <xsl:template match="*[@code='origin.foreign']" mode="msg">Yêu cầu bị từ chối vì không gửi từ trang của Cổng Dịch vụ công.</xsl:template>
  <xsl:template match="*[@code='csrf.expired']" mode="msg">Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và gửi lại.</xsl:template>

  <!-- valid.c: what people type about themselves -->
  <xsl:template match="*[@code='cccd.length']" mode="msg">Số định danh cá nhân phải gồm đúng 12 chữ số.</xsl:template>
  <xsl:template match="*[@code='cccd.province']" mode="msg">Ba chữ số đầu của số định danh không phải mã tỉnh, thành phố nơi đăng ký khai sinh.</xsl:template>
  <xsl:template match="*[@code='cccd.birth_year']" mode="msg">Số định danh không khớp với năm sinh (chữ số thứ 4 đến thứ 6 mã hóa thế kỷ và năm sinh).</xsl:template>
  <xsl:template match="*[@code='phone.too_long']" mode="msg">Số điện thoại quá dài.</xsl:template>
  <xsl:template match="*[@code='phone.invalid']" mode="msg">Số điện thoại di động gồm 10 chữ số, ví dụ 0912345678 (hoặc +84912345678).</xsl:template>
  <xsl:template match="*[@code='phone.prefix']" mode="msg">Số điện thoại di động phải bắt đầu bằng 03, 05, 07, 08 hoặc 09.</xsl:template>
  <xsl:template match="*[@code='email.length']" mode="msg">Địa chỉ thư điện tử không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='email.invalid']" mode="msg">Địa chỉ thư điện tử không hợp lệ, ví dụ đúng: ten@example.vn.</xsl:template>
  <xsl:template match="*[@code='email.chars']" mode="msg">Địa chỉ thư điện tử chỉ gồm chữ không dấu, chữ số và các ký tự . _ - + @.</xsl:template>
  <xsl:template match="*[@code='date.format']" mode="msg">Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 17/05/1990.</xsl:template>
  <xsl:template match="*[@code='date.range']" mode="msg">Ngày không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='date.no_such_day']" mode="msg">Ngày không có trong lịch.</xsl:template>
  <xsl:template match="*[@code='birth_date.future']" mode="msg">Ngày sinh không thể sau ngày hôm nay.</xsl:template>
  <xsl:template match="*[@code='birth_date.too_old']" mode="msg">Ngày sinh không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='tax_code.invalid']" mode="msg">Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số (đơn vị phụ thuộc).</xsl:template>
  <xsl:template match="*[@code='password.too_short']" mode="msg">Mật khẩu phải có ít nhất 8 ký tự.</xsl:template>
  <xsl:template match="*[@code='password.too_long']" mode="msg">Mật khẩu dài quá 128 byte.</xsl:template>
  <xsl:template match="*[@code='password.common']" mode="msg">Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.</xsl:template>
  <xsl:template match="*[@code='password.personal']" mode="msg">Mật khẩu không được trùng số định danh, số điện thoại hay thư điện tử.</xsl:template>

  <!-- dvc-account: signing in (with @minutes or @seconds where it says how long to wait) -->
  <xsl:template match="*[@code='login.required']" mode="msg">Hãy nhập số định danh (hoặc thư điện tử) và mật khẩu.</xsl:template>
  <xsl:template match="*[@code='login.wrong']" mode="msg">Số định danh (hoặc thư điện tử) hoặc mật khẩu không đúng.</xsl:template>
  <xsl:template match="*[@code='login.address_throttled']" mode="msg">Có quá nhiều lần đăng nhập không thành công từ địa chỉ mạng này. Vui lòng thử lại sau <xsl:value-of select="@minutes"/> phút.</xsl:template>
  <xsl:template match="*[@code='login.locked']" mode="msg">Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau <xsl:value-of select="@minutes"/> phút.</xsl:template>
  <xsl:template match="*[@code='login.wait']" mode="msg">Bạn đã nhập sai nhiều lần. Vui lòng chờ <xsl:value-of select="@seconds"/> giây rồi thử lại.</xsl:template>
  <xsl:template match="*[@code='server.busy']" mode="msg">Hệ thống đang bận. Vui lòng thử lại sau ít phút.</xsl:template>

  <!-- dvc-account: registering, the profile, the password -->
  <xsl:template match="*[@code='full_name.invalid']" mode="msg">Nhập họ và tên như trên thẻ căn cước.</xsl:template>
  <xsl:template match="*[@code='cccd.required']" mode="msg">Nhập số định danh cá nhân.</xsl:template>
  <xsl:template match="*[@code='birth_date.required']" mode="msg">Nhập ngày sinh.</xsl:template>
  <xsl:template match="*[@code='phone.required']" mode="msg">Nhập số điện thoại di động.</xsl:template>
  <xsl:template match="*[@code='email.required']" mode="msg">Nhập địa chỉ thư điện tử.</xsl:template>
  <xsl:template match="*[@code='consent.required']" mode="msg">Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để đăng ký.</xsl:template>
  <xsl:template match="*[@code='register.taken']" mode="msg">Số định danh hoặc thư điện tử này đã được dùng cho một tài khoản. Nếu đó là bạn, hãy đăng nhập; nếu không, hãy liên hệ bộ phận một cửa.</xsl:template>
  <xsl:template match="*[@code='email.taken']" mode="msg">Thư điện tử này đã được dùng cho một tài khoản khác.</xsl:template>
  <xsl:template match="*[@code='org_name.required']" mode="msg">Nhập tên tổ chức.</xsl:template>
  <xsl:template match="*[@code='org_tax_code.required']" mode="msg">Nhập mã số thuế của tổ chức.</xsl:template>
  <xsl:template match="*[@code='password.mismatch']" mode="msg">Hai lần nhập mật khẩu không giống nhau.</xsl:template>
  <xsl:template match="*[@code='password.old_wrong']" mode="msg">Mật khẩu hiện tại không đúng.</xsl:template>
  <xsl:template match="*[@code='password.unchanged']" mode="msg">Mật khẩu mới phải khác mật khẩu hiện tại.</xsl:template>

  <!-- dvc-catalogue -->
  <xsl:template match="*[@code='level.invalid']" mode="msg">Mức độ dịch vụ công không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='page.invalid']" mode="msg">Số trang không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='page.past_end']" mode="msg">Trang bạn yêu cầu vượt quá số trang kết quả.</xsl:template>
  <xsl:template match="*[@code='procedure.not_found']" mode="msg">Không tìm thấy thủ tục hành chính có mã này.</xsl:template>

  <!-- dvc-dossiers: the public lookup -->
  <xsl:template match="*[@code='track.not_found']" mode="msg">Không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã ghi trên giấy tiếp nhận (ví dụ 000.01.30.H56-261129-0001).</xsl:template>

  <!--
    Anything else. An element without a code carries a sentence as its text: transitional,
    for dvc-submit, which still sends sentences until it is converted to codes (then this
    branch goes). An unknown code is a bug, but never shown as is: a generic sentence.
  -->
  <xsl:template match="*" mode="msg" priority="-10">
    <xsl:choose>
      <xsl:when test="not(@code)"><xsl:value-of select="."/></xsl:when>
      <xsl:otherwise>Đã có lỗi xảy ra. Vui lòng thử lại.</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
