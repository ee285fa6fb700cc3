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

  <!-- core: a path or text input holding a character no text may hold (text.c) -->
  <xsl:template match="*[@code='input.bad_char']" mode="msg">Địa chỉ hoặc nội dung gửi lên có ký tự không được phép (ký tự điều khiển hoặc ký tự Unicode không hợp lệ). Hãy xóa ký tự đó rồi gửi lại.</xsl:template>

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
  <xsl:template match="*[@code='password.too_short']" mode="msg">Mật khẩu phải có ít nhất 12 ký tự.</xsl:template>
  <xsl:template match="*[@code='password.too_long']" mode="msg">Mật khẩu dài quá 128 byte.</xsl:template>
  <xsl:template match="*[@code='password.common']" mode="msg">Mật khẩu dựa trên một từ trong từ điển, dễ bị đoán. Hãy chọn mật khẩu khác, ví dụ một câu ngắn bạn dễ nhớ.</xsl:template>
  <xsl:template match="*[@code='password.personal']" mode="msg">Mật khẩu không được trùng số định danh, số điện thoại hay thư điện tử.</xsl:template>

  <!-- dvc-account: signing in (with @minutes or @seconds where it says how long to wait) -->
  <xsl:template match="*[@code='login.required']" mode="msg">Hãy nhập số định danh (hoặc thư điện tử) và mật khẩu.</xsl:template>
  <xsl:template match="*[@code='login.wrong']" mode="msg">Số định danh (hoặc thư điện tử) hoặc mật khẩu không đúng.</xsl:template>
  <xsl:template match="*[@code='login.address_throttled']" mode="msg">Có quá nhiều lần đăng nhập không thành công từ địa chỉ mạng này. Vui lòng thử lại sau <xsl:value-of select="@minutes"/> phút.</xsl:template>
  <xsl:template match="*[@code='login.wait']" mode="msg">Bạn đã nhập sai nhiều lần. Vui lòng chờ <xsl:value-of select="@seconds"/> giây rồi thử lại.</xsl:template>
  <xsl:template match="*[@code='server.busy']" mode="msg">Hệ thống đang bận. Vui lòng thử lại sau ít phút.</xsl:template>

  <!-- dvc-account: registering, the profile, the password -->
  <xsl:template match="*[@code='full_name.invalid']" mode="msg">Nhập họ và tên như trên thẻ căn cước.</xsl:template>
  <xsl:template match="*[@code='cccd.required']" mode="msg">Nhập số định danh cá nhân.</xsl:template>
  <xsl:template match="*[@code='birth_date.required']" mode="msg">Nhập ngày sinh.</xsl:template>
  <xsl:template match="*[@code='phone.required']" mode="msg">Nhập số điện thoại di động.</xsl:template>
  <xsl:template match="*[@code='email.required']" mode="msg">Nhập địa chỉ thư điện tử.</xsl:template>
  <xsl:template match="*[@code='consent.required']" mode="msg">Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để đăng ký.</xsl:template>
  <xsl:template match="*[@code='org_name.required']" mode="msg">Nhập tên tổ chức.</xsl:template>
  <xsl:template match="*[@code='org_tax_code.required']" mode="msg">Nhập mã số thuế của tổ chức.</xsl:template>
  <xsl:template match="*[@code='password.mismatch']" mode="msg">Hai lần nhập mật khẩu không giống nhau.</xsl:template>
  <xsl:template match="*[@code='password.old_wrong']" mode="msg">Mật khẩu hiện tại không đúng.</xsl:template>
  <xsl:template match="*[@code='password.unchanged']" mode="msg">Mật khẩu mới phải khác mật khẩu hiện tại.</xsl:template>

  <!-- dvc-account: consent withdrawn, the account closed (close.c) -->
  <xsl:template match="*[@code='close.password_required']" mode="msg">Nhập mật khẩu hiện tại để đóng tài khoản.</xsl:template>
  <xsl:template match="*[@code='close.confirm_required']" mode="msg">Đánh dấu vào ô xác nhận nếu bạn muốn rút lại sự đồng ý và đóng tài khoản.</xsl:template>
  <xsl:template match="*[@code='login.closed']" mode="msg">Tài khoản này đã được đóng theo yêu cầu của chủ tài khoản (rút lại sự đồng ý xử lý dữ liệu cá nhân) nên không đăng nhập được. Các hồ sơ đã nộp vẫn được giải quyết và lưu trữ; để được hỗ trợ, hãy liên hệ Bộ phận Một cửa.</xsl:template>

  <!-- dvc-catalogue -->
  <xsl:template match="*[@code='level.invalid']" mode="msg">Mức độ dịch vụ công không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='page.invalid']" mode="msg">Số trang không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='search.unavailable']" mode="msg">Chức năng tìm kiếm tạm thời gián đoạn. Bạn vẫn có thể xem danh sách thủ tục theo lĩnh vực và cơ quan, hoặc thử lại sau ít phút.</xsl:template>
  <xsl:template match="*[@code='page.past_end']" mode="msg">Trang bạn yêu cầu vượt quá số trang kết quả.</xsl:template>
  <xsl:template match="*[@code='procedure.not_found']" mode="msg">Không tìm thấy thủ tục hành chính có mã này.</xsl:template>

  <!-- dvc-dossiers: the public lookup -->
  <xsl:template match="*[@code='track.no_match']" mode="msg">Không tìm thấy hồ sơ. Hãy kiểm tra lại mã hồ sơ ghi trên giấy tiếp nhận (ví dụ 000.01.30.H56-261129-0001) và 4 chữ số cuối của số điện thoại hoặc số căn cước công dân đã khai khi nộp, hoặc quét lại mã QR trên giấy tiếp nhận.</xsl:template>
  <xsl:template match="*[@code='track.code_required']" mode="msg">Nhập mã hồ sơ ghi trên giấy tiếp nhận.</xsl:template>
  <xsl:template match="*[@code='track.digits']" mode="msg">Nhập đúng 4 chữ số cuối của số điện thoại hoặc số căn cước công dân của người nộp.</xsl:template>
  <xsl:template match="*[@code='track.too_many']" mode="msg">Có quá nhiều lượt tra cứu từ địa chỉ mạng này. Vui lòng thử lại sau <xsl:value-of select="@minutes"/> phút.</xsl:template>

  <!-- dvc-submit: a dossier from draft to receipt -->
  <xsl:template match="*[@code='dossier.not_found']" mode="msg">Không tìm thấy hồ sơ này trong tài khoản của bạn.</xsl:template>
  <xsl:template match="*[@code='draft.not_found']" mode="msg">Không tìm thấy hồ sơ nháp này trong tài khoản của bạn.</xsl:template>
  <xsl:template match="*[@code='file.not_found']" mode="msg">Không tìm thấy tệp này trong hồ sơ nháp của bạn.</xsl:template>
  <xsl:template match="*[@code='submit.applicant_kind']" mode="msg">Người nộp hồ sơ không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='submit.not_online']" mode="msg">Thủ tục này không nộp trực tuyến được: hãy đến bộ phận một cửa.</xsl:template>
  <xsl:template match="*[@code='submit.missing']" mode="msg">Hồ sơ còn thiếu thành phần bắt buộc: hãy tải lên trước khi nộp.</xsl:template>
  <xsl:template match="*[@code='submit.postal_incomplete']" mode="msg">Địa chỉ nhận kết quả qua bưu chính chưa đủ.</xsl:template>
  <xsl:template match="*[@code='upload.too_many']" mode="msg">Mỗi lần tải lên tối đa <xsl:value-of select="@max_files"/> tệp.</xsl:template>
  <xsl:template match="*[@code='upload.too_large']" mode="msg">Tệp "<xsl:value-of select="@file"/>" vượt quá dung lượng tối đa <xsl:value-of select="@max_mb"/> MB của thành phần "<xsl:value-of select="substring(@component, 1, 300)"/><xsl:if test="string-length(@component) &gt; 300">…</xsl:if>". Hãy giảm dung lượng (ví dụ quét ở độ phân giải thấp hơn) rồi tải lại.</xsl:template>
  <xsl:template match="*[@code='upload.body_too_large']" mode="msg">Dữ liệu gửi lên vượt quá dung lượng cho phép.</xsl:template>
  <xsl:template match="*[@code='upload.not_found']" mode="msg">Không tìm thấy hồ sơ hoặc thành phần hồ sơ này.</xsl:template>
  <xsl:template match="*[@code='upload.invalid']" mode="msg">Dữ liệu tải lên không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='upload.none']" mode="msg">Hãy chọn ít nhất một tệp để tải lên.</xsl:template>
  <xsl:template match="*[@code='upload.empty']" mode="msg">Tệp "<xsl:value-of select="@file"/>" rỗng.</xsl:template>
  <xsl:template match="*[@code='upload.type']" mode="msg">Tệp "<xsl:value-of select="@file"/>" không phải loại được chấp nhận cho thành phần này (chấp nhận: <xsl:call-template name="file-types"><xsl:with-param name="list" select="@types"/></xsl:call-template>).</xsl:template>
  <xsl:template match="*[@code='upload.store_failed']" mode="msg">Không lưu được tệp. Vui lòng thử lại.</xsl:template>
  <xsl:template match="*[@code='channel.required']" mode="msg">Chọn cách nhận kết quả.</xsl:template>
  <xsl:template match="*[@code='channel.not_offered']" mode="msg">Thủ tục này không trả kết quả theo cách đã chọn.</xsl:template>
  <xsl:template match="*[@code='postal_recipient.required']" mode="msg">Nhập tên người nhận.</xsl:template>
  <xsl:template match="*[@code='postal_phone.required']" mode="msg">Nhập số điện thoại người nhận.</xsl:template>
  <xsl:template match="*[@code='postal_street.required']" mode="msg">Nhập số nhà, đường hoặc thôn, xóm.</xsl:template>
  <xsl:template match="*[@code='postal_commune.other_province']" mode="msg">Xã, phường không thuộc tỉnh, thành phố đã chọn.</xsl:template>
  <xsl:template match="*[@code='postal_commune.required']" mode="msg">Nhập xã, phường.</xsl:template>
  <xsl:template match="*[@code='postal_province.required']" mode="msg">Chọn tỉnh, thành phố.</xsl:template>

  <!-- The dossier's state machine (core dossier.c): why a move was refused -->
  <xsl:template match="*[@code='move.not_found']" mode="msg">Không tìm thấy hồ sơ này.</xsl:template>
  <xsl:template match="*[@code='move.role']" mode="msg">Bạn không có vai trò thực hiện thao tác này đối với hồ sơ của đơn vị này.</xsl:template>
  <xsl:template match="*[@code='move.status']" mode="msg">Thao tác này không thực hiện được ở trạng thái hiện tại của hồ sơ.</xsl:template>
  <xsl:template match="*[@code='move.stale']" mode="msg">Hồ sơ vừa được cập nhật (bởi cán bộ khác, hoặc biểu mẫu đã được gửi một lần). Thao tác chưa được thực hiện; hãy xem lại hồ sơ rồi làm lại nếu vẫn cần.</xsl:template>
  <xsl:template match="*[@code='move.input']" mode="msg">Thông tin của thao tác chưa hợp lệ: cán bộ được chọn phải có vai trò xử lý, ngày hẹn mới phải sau hạn hiện tại, tệp kết quả phải thuộc hồ sơ này.</xsl:template>
  <xsl:template match="*[@code='move.full']" mode="msg">Cơ quan đã nhận quá số hồ sơ tối đa trong ngày. Vui lòng nộp lại vào ngày mai.</xsl:template>
  <xsl:template match="*[@code='move.db_down']" mode="msg">Hệ thống đang bận, thao tác chưa được thực hiện. Vui lòng thử lại sau ít phút.</xsl:template>
  <xsl:template match="*[@code='move.db']" mode="msg">Đã có lỗi xảy ra, thao tác chưa được thực hiện. Vui lòng thử lại.</xsl:template>

  <!-- dvc-officer: receiving, processing and returning -->
  <xsl:template match="*[@code='officer.dossier_not_found']" mode="msg">Không tìm thấy hồ sơ này trong các hồ sơ của cơ quan bạn.</xsl:template>
  <xsl:template match="*[@code='slip.not_found']" mode="msg">Không tìm thấy phiếu này trong các hồ sơ của cơ quan bạn.</xsl:template>
  <xsl:template match="*[@code='move.unknown']" mode="msg">Thao tác không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='move.reason_required']" mode="msg">Nhập lý do.</xsl:template>
  <xsl:template match="*[@code='move.items_required']" mode="msg">Nhập nội dung cần bổ sung, hoàn thiện.</xsl:template>
  <xsl:template match="*[@code='move.assignee_required']" mode="msg">Chọn cán bộ xử lý.</xsl:template>
  <xsl:template match="*[@code='move.due_required']" mode="msg">Nhập ngày hẹn mới theo dạng ngày/tháng/năm, sau hạn hiện tại.</xsl:template>
  <xsl:template match="*[@code='move.fees_required']" mode="msg">Nhập nghĩa vụ tài chính người nộp hồ sơ phải thực hiện.</xsl:template>
  <xsl:template match="*[@code='move.tracking_required']" mode="msg">Nhập số hiệu bưu gửi của kết quả gửi qua bưu chính.</xsl:template>
  <xsl:template match="*[@code='register.unit_not_found']" mode="msg">Không tìm thấy đơn vị này trong các đơn vị tiếp nhận hồ sơ của bạn.</xsl:template>

  <!-- dvc-submit: the receiving unit (Decree 118/2025), chosen on step 1 -->
  <xsl:template match="*[@code='unit.not_offered']" mode="msg">Chọn nơi tiếp nhận hồ sơ trong danh sách của thủ tục này.</xsl:template>

  <!-- dvc-account: a forgotten password (reset.c) -->
  <xsl:template match="*[@code='reset.login_required']" mode="msg">Hãy nhập số định danh cá nhân (CCCD) hoặc thư điện tử của tài khoản.</xsl:template>
  <xsl:template match="*[@code='reset.address_throttled']" mode="msg">Có quá nhiều yêu cầu đặt lại mật khẩu từ địa chỉ mạng này. Vui lòng thử lại sau <xsl:value-of select="@minutes"/> phút.</xsl:template>
  <xsl:template match="*[@code='reset.link_unknown']" mode="msg">Đường dẫn đặt lại mật khẩu không đúng. Hãy mở đúng đường dẫn trong thư, hoặc yêu cầu đường dẫn mới.</xsl:template>
  <xsl:template match="*[@code='reset.link_used']" mode="msg">Đường dẫn đặt lại mật khẩu này đã được sử dụng. Mỗi đường dẫn chỉ dùng được một lần; hãy yêu cầu đường dẫn mới nếu cần.</xsl:template>
  <xsl:template match="*[@code='reset.link_expired']" mode="msg">Đường dẫn đặt lại mật khẩu này đã hết hạn. Hãy yêu cầu đường dẫn mới.</xsl:template>

  <!-- the password policy (pwpolicy.c, libpwquality), the links sent by mail (links.c), the
       limits on registering and on asking for links, and the unverified account's dossier -->
  <xsl:template match="*[@code='password.blank']" mode="msg">Mật khẩu không được chỉ gồm dấu cách.</xsl:template>
  <xsl:template match="*[@code='password.site_name']" mode="msg">Mật khẩu không được chứa tên của Cổng Dịch vụ công hay tên tỉnh.</xsl:template>
  <xsl:template match="*[@code='password.simple']" mode="msg">Mật khẩu quá đơn giản (dãy chữ số, dãy chữ cái liên tiếp hoặc các phím cạnh nhau). Hãy chọn mật khẩu khác.</xsl:template>
  <xsl:template match="*[@code='password.repetitive']" mode="msg">Mật khẩu có quá ít ký tự khác nhau. Hãy chọn mật khẩu khác.</xsl:template>
  <xsl:template match="*[@code='password.palindrome']" mode="msg">Mật khẩu đọc xuôi và ngược như nhau, dễ bị đoán. Hãy chọn mật khẩu khác.</xsl:template>
  <xsl:template match="*[@code='password.weak']" mode="msg">Mật khẩu này dễ bị đoán. Hãy chọn mật khẩu khác.</xsl:template>
  <xsl:template match="*[@code='password.unchecked']" mode="msg">Chưa kiểm tra được độ an toàn của mật khẩu. Vui lòng thử lại sau ít phút.</xsl:template>
  <xsl:template match="*[@code='register.address_throttled']" mode="msg">Có quá nhiều lần đăng ký tài khoản từ địa chỉ mạng này. Vui lòng thử lại sau <xsl:value-of select="@minutes"/> phút.</xsl:template>
  <xsl:template match="*[@code='unlock.address_throttled']" mode="msg">Có quá nhiều yêu cầu mở khóa đăng nhập từ địa chỉ mạng này. Vui lòng thử lại sau <xsl:value-of select="@minutes"/> phút.</xsl:template>
  <xsl:template match="*[@code='link.unknown']" mode="msg">Đường dẫn không đúng. Hãy mở đúng đường dẫn trong thư, hoặc yêu cầu đường dẫn mới.</xsl:template>
  <xsl:template match="*[@code='link.used']" mode="msg">Đường dẫn này đã được sử dụng. Mỗi đường dẫn chỉ dùng được một lần.</xsl:template>
  <xsl:template match="*[@code='link.expired']" mode="msg">Đường dẫn này đã hết hạn. Hãy yêu cầu đường dẫn mới.</xsl:template>
  <xsl:template match="*[@code='link.email_taken']" mode="msg">Thư điện tử này vừa được dùng cho một tài khoản khác, nên không thể đổi sang địa chỉ này.</xsl:template>
  <xsl:template match="*[@code='submit.email_unverified']" mode="msg">Bạn cần xác nhận thư điện tử của tài khoản trước khi nộp hồ sơ: hãy mở đường dẫn trong thư chúng tôi đã gửi khi bạn đăng ký, hoặc gửi lại thư xác nhận tại trang <a href="/account/profile">Tài khoản</a>. Hồ sơ được giữ nguyên để bạn nộp sau.</xsl:template>

  <!-- dvc-payment: paying a dossier's fees online -->
  <xsl:template match="*[@code='pay.receipt_not_found']" mode="msg">Không tìm thấy biên lai này, hoặc bạn không có quyền xem biên lai.</xsl:template>
  <xsl:template match="*[@code='pay.record_amount']" mode="msg">Số tiền ghi nhận phải lớn hơn 0 và không vượt quá số phí, lệ phí hồ sơ còn phải nộp.</xsl:template>
  <xsl:template match="*[@code='pay.unavailable']" mode="msg">Thanh toán trực tuyến hiện chưa sẵn sàng. Vui lòng thử lại sau hoặc nộp phí, lệ phí tại bộ phận một cửa.</xsl:template>

  <!-- dvc-paysandbox: the gateway stand-in of development and tests refusing a request -->
  <xsl:template match="*[@code='paysandbox.bad_request']" mode="msg">Yêu cầu thanh toán thiếu thông tin hoặc không đúng giao thức.</xsl:template>
  <xsl:template match="*[@code='paysandbox.bad_signature']" mode="msg">Chữ ký của yêu cầu thanh toán không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='paysandbox.unknown_merchant']" mode="msg">Mã đơn vị nhận tiền không được đăng ký với cổng thanh toán.</xsl:template>
  <xsl:template match="*[@code='paysandbox.expired']" mode="msg">Yêu cầu thanh toán đã hết hạn. Hãy quay lại trang hồ sơ và thanh toán lại.</xsl:template>
  <xsl:template match="*[@code='paysandbox.duplicate']" mode="msg">Mã giao dịch này đã được dùng cho một giao dịch khác.</xsl:template>

  <!-- Anything else: an unknown code is a bug, but never shown as is; a generic sentence. -->
  <xsl:template match="*" mode="msg" priority="-10">Đã có lỗi xảy ra. Vui lòng thử lại.</xsl:template>

  <!-- dvc-dossiers: the applicant's own dossiers (list.c, page.c, act.c) -->
  <xsl:template match="*[@code='mine.not_found']" mode="msg">Không tìm thấy hồ sơ này trong hồ sơ của bạn.</xsl:template>
  <xsl:template match="*[@code='mine.filter']" mode="msg">Bộ lọc trạng thái không hợp lệ.</xsl:template>
  <xsl:template match="*[@code='mine.page']" mode="msg">Không có trang này trong danh sách hồ sơ.</xsl:template>
  <xsl:template match="*[@code='supplement.status']" mode="msg">Hồ sơ không ở trạng thái chờ bổ sung giấy tờ: không thể tải lên lúc này.</xsl:template>
  <xsl:template match="*[@code='supplement.not_found']" mode="msg">Không tìm thấy tệp bổ sung này, hoặc tệp đã được gửi cùng hồ sơ.</xsl:template>
  <xsl:template match="*[@code='supplement.none']" mode="msg">Hãy tải lên giấy tờ được yêu cầu bổ sung trước khi gửi.</xsl:template>
  <xsl:template match="*[@code='withdraw.confirm']" mode="msg">Đánh dấu ô xác nhận để yêu cầu rút hồ sơ.</xsl:template>
  <xsl:template match="*[@code='rating.level']" mode="msg">Chọn mức độ hài lòng.</xsl:template>
  <xsl:template match="*[@code='rating.status']" mode="msg">Chỉ đánh giá được khi hồ sơ đã được trả kết quả.</xsl:template>
  <xsl:template match="*[@code='rating.twice']" mode="msg">Bạn đã đánh giá hồ sơ này; mỗi hồ sơ chỉ được đánh giá một lần.</xsl:template>
  <xsl:template match="*[@code='feedback.required']" mode="msg">Nhập nội dung phản ánh, kiến nghị.</xsl:template>
  <xsl:template match="*[@code='feedback.too_long']" mode="msg">Nội dung phản ánh, kiến nghị tối đa 2.000 ký tự.</xsl:template>
  <xsl:template match="*[@code='feedback.too_many']" mode="msg">Hồ sơ này đã có quá nhiều phản ánh, kiến nghị. Vui lòng chờ cơ quan trả lời.</xsl:template>
  <xsl:template match="*[@code='feedback.answer_required']" mode="msg">Nhập nội dung trả lời.</xsl:template>
  <xsl:template match="*[@code='feedback.answered']" mode="msg">Phản ánh, kiến nghị này đã được trả lời.</xsl:template>

  <!-- fees as the catalogue states them: quantities, exemptions claimed (dvc-submit fees.c),
       the one-stop desk's acceptance (core dossier.c, DCOND_SETTLED) -->
  <xsl:template match="*[@code='fee.quantity_invalid']" mode="msg">Số bản hoặc số trang phải là một số nguyên, ví dụ 2.</xsl:template>
  <xsl:template match="*[@code='fee.quantity_range']" mode="msg">Số bản hoặc số trang phải từ 1 đến 100 (từ 0 với khoản chỉ nộp khi có yêu cầu); cần nhiều hơn, xin liên hệ Bộ phận Một cửa.</xsl:template>
  <xsl:template match="*[@code='fee.quantity_not_asked']" mode="msg">Khoản phí này không tính theo số bản hoặc số trang.</xsl:template>
  <xsl:template match="*[@code='fee.too_large']" mode="msg">Số tiền phí, lệ phí vượt quá mức cổng thanh toán nhận được; xin liên hệ Bộ phận Một cửa.</xsl:template>
  <xsl:template match="*[@code='claim.not_offered']" mode="msg">Hãy chọn một đối tượng miễn, giảm mà thủ tục này quy định.</xsl:template>
  <xsl:template match="*[@code='claim.fee_not_charged']" mode="msg">Khoản phí được đề nghị miễn, giảm không được tính cho hồ sơ này (bạn chưa yêu cầu bản nào): hãy nhập số bản, hoặc hủy đề nghị.</xsl:template>
  <xsl:template match="*[@code='claim.one_proof']" mode="msg">Chỉ tải lên một tệp giấy tờ chứng minh (gộp nhiều trang vào một tệp PDF).</xsl:template>
  <xsl:template match="*[@code='claim.proof_required']" mode="msg">Hãy tải lên giấy tờ chứng minh thuộc đối tượng được miễn, giảm.</xsl:template>
  <xsl:template match="*[@code='move.unpaid']" mode="msg">Hồ sơ chưa nộp phí, lệ phí phải nộp khi nộp hồ sơ. Chỉ tiếp nhận sau khi người nộp thanh toán trực tuyến, hoặc sau khi ghi nhận khoản nộp tại quầy hay chuyển khoản.</xsl:template>
  <xsl:template match="*[@code='move.claim_pending']" mode="msg">Người nộp đề nghị miễn, giảm phí, lệ phí: hãy kiểm tra giấy tờ chứng minh và chấp nhận hoặc không chấp nhận đề nghị trước khi tiếp nhận hồ sơ.</xsl:template>
  <!-- uploads: one component an upload, and what a dossier and an account may hold (upload.c, dvc-submit) -->
  <xsl:template match="*[@code='upload.repeated']" mode="msg">Mỗi lần tải lên chỉ dành cho một thành phần hồ sơ, nhưng biểu mẫu gửi lên có hai thành phần (hoặc hai giá trị cho cùng một trường). Không có tệp nào được lưu: hãy tải lại trang và chọn tệp trong ô của từng thành phần.</xsl:template>
  <xsl:template match="*[@code='upload.dossier_files']" mode="msg">Một hồ sơ có tối đa <xsl:value-of select="@dossier_files"/> tệp. Hãy xoá bớt tệp không cần thiết rồi tải lên lại.</xsl:template>
  <xsl:template match="*[@code='upload.dossier_bytes']" mode="msg">Tổng dung lượng các tệp của một hồ sơ tối đa là <xsl:value-of select="@dossier_mb"/> MB. Hãy xoá bớt tệp hoặc giảm dung lượng tệp (ví dụ quét ở độ phân giải thấp hơn) rồi tải lên lại.</xsl:template>
  <xsl:template match="*[@code='upload.account_bytes']" mode="msg">Tổng dung lượng các hồ sơ nháp của một tài khoản tối đa là <xsl:value-of select="@account_mb"/> MB. Hãy nộp các hồ sơ nháp đã xong hoặc xoá bớt tệp trong các hồ sơ nháp khác rồi tải lên lại.</xsl:template>

  <!-- The catalogue's versions (core catalogue.c): a withdrawn procedure, a draft of a replaced version -->
  <xsl:template match="*[@code='procedure.withdrawn']" mode="msg">Thủ tục hành chính này đã bị bãi bỏ, không còn tiếp nhận hồ sơ. Hồ sơ đã nộp trước đó vẫn được giải quyết theo quy định tại thời điểm tiếp nhận.</xsl:template>
  <xsl:template match="*[@code='procedure.new_version']" mode="msg">Thủ tục hành chính này đã được sửa đổi sau khi bạn tạo hồ sơ (thành phần hồ sơ, lệ phí hoặc thời hạn giải quyết có thể đã thay đổi). Hãy tạo hồ sơ mới từ trang của thủ tục để nộp theo quy định hiện hành.</xsl:template>

  <!-- dvc-admin: the form templates (block of adm-forms) -->
  <xsl:template match="*[@code='forms.file_required']" mode="msg">Hãy chọn tệp mẫu đơn, tờ khai để tải lên.</xsl:template>
  <xsl:template match="*[@code='forms.one_file']" mode="msg">Mỗi lần chỉ tải lên một tệp mẫu.</xsl:template>
  <xsl:template match="*[@code='forms.too_large']" mode="msg">Tệp "<xsl:value-of select="@file"/>" vượt quá dung lượng tối đa <xsl:value-of select="@max_mb"/> MB của một tệp mẫu.</xsl:template>
  <xsl:template match="*[@code='forms.type']" mode="msg">Tệp "<xsl:value-of select="@file"/>" không phải tệp PDF, DOC, DOCX, ODT, XLS hoặc XLSX (loại tệp được xác định theo nội dung, không theo tên tệp).</xsl:template>
  <xsl:template match="*[@code='forms.empty']" mode="msg">Tệp "<xsl:value-of select="@file"/>" rỗng.</xsl:template>
  <xsl:template match="*[@code='forms.bad_name']" mode="msg">Không tạo được tên tệp từ "<xsl:value-of select="@file"/>": tên tệp cần có chữ cái hoặc chữ số. Hãy đổi tên tệp trên máy (ví dụ "To khai dang ky.pdf") rồi tải lên lại.</xsl:template>
  <xsl:template match="*[@code='forms.exists']" mode="msg">Đã có tệp mẫu tên <xsl:value-of select="@file"/>. Tệp có sẵn không bị thay thế: hãy đổi tên tệp trên máy rồi tải lên lại.</xsl:template>
  <xsl:template match="*[@code='forms.in_use']" mode="msg">Không xóa được tệp mẫu <xsl:value-of select="substring-after(@file, 'u/')"/> vì thủ tục <xsl:value-of select="@procedure"/> đang dùng. Hãy bỏ tệp này khỏi thành phần hồ sơ của thủ tục trước.</xsl:template>
  <xsl:template match="*[@code='forms.not_found']" mode="msg">Không tìm thấy tệp mẫu đã tải lên này.</xsl:template>
  <!-- end of adm-forms -->

  <!-- dvc-admin: the audit log's filter -->
  <xsl:template match="*[@code='audit.kind']" mode="msg">Loại đối tượng không hợp lệ: hãy chọn một loại trong danh sách (thủ tục, cơ quan, đơn vị, lĩnh vực, ngày nghỉ, thiết lập, xã, phường hoặc người dùng).</xsl:template>

  <!-- dvc-admin: the procedures editor (block of adm-proc) -->
  <xsl:template match="*[@code='procedure.required']" mode="msg">Hãy điền mục này.</xsl:template>
  <xsl:template match="*[@code='procedure.one_line']" mode="msg">Tên thủ tục phải viết trên một dòng.</xsl:template>
  <xsl:template match="*[@code='procedure.code']" mode="msg">Mã thủ tục gồm 1 đến 40 chữ cái không dấu, chữ số và dấu chấm, ví dụ 1.000494.000.00.00.H56.</xsl:template>
  <xsl:template match="*[@code='procedure.code_taken']" mode="msg">Đã có thủ tục mang mã này (đang áp dụng hoặc đã ngừng áp dụng). Hãy sửa thủ tục đó hoặc dùng mã khác.</xsl:template>
  <xsl:template match="*[@code='procedure.field']" mode="msg">Hãy chọn lĩnh vực của thủ tục.</xsl:template>
  <xsl:template match="*[@code='procedure.agency']" mode="msg">Hãy chọn cơ quan giải quyết thủ tục.</xsl:template>
  <xsl:template match="*[@code='procedure.choice']" mode="msg">Hãy chọn một trong các lựa chọn có sẵn.</xsl:template>
  <xsl:template match="*[@code='procedure.hours']" mode="msg">Thời hạn giải quyết là số giờ làm việc, viết bằng chữ số, ví dụ 40 (5 ngày làm việc).</xsl:template>
  <xsl:template match="*[@code='procedure.channels']" mode="msg">Hãy chọn ít nhất một cách trả kết quả.</xsl:template>
  <xsl:template match="*[@code='procedure.applicant_kinds']" mode="msg">Hãy chọn ít nhất một đối tượng được nộp hồ sơ.</xsl:template>
  <xsl:template match="*[@code='procedure.copies']" mode="msg">Số bản là một số từ 0 đến 255.</xsl:template>
  <xsl:template match="*[@code='procedure.number']" mode="msg">Hãy nhập một số, viết bằng chữ số.</xsl:template>
  <xsl:template match="*[@code='procedure.file_types']" mode="msg">Loại tệp viết bằng chữ thường, cách nhau bởi dấu phẩy, ví dụ pdf,jpg,png.</xsl:template>
  <xsl:template match="*[@code='procedure.template_file']" mode="msg">Tên tệp mẫu gồm chữ thường không dấu, chữ số, dấu gạch ngang và phần mở rộng, ví dụ to-khai-khai-sinh.pdf.</xsl:template>
  <xsl:template match="*[@code='procedure.template_missing']" mode="msg">Cổng không có tệp mẫu mang tên này: hãy kiểm tra lại tên tệp (các tệp mẫu nằm trong thư mục /static/forms/).</xsl:template>
  <xsl:template match="*[@code='procedure.money']" mode="msg">Mức thu là số tiền bằng đồng, viết bằng chữ số, ví dụ 50000 hoặc 50.000.</xsl:template>
  <xsl:template match="*[@code='procedure.fee_number']" mode="msg">Hãy nhập số thứ tự của khoản thu được miễn, giảm (1 là khoản thu đầu tiên).</xsl:template>
  <xsl:template match="*[@code='procedure.percent']" mode="msg">Mức miễn, giảm là một số từ 1 đến 100 (100 là miễn toàn bộ).</xsl:template>
  <xsl:template match="*[@code='procedure.stale']" mode="msg">Thủ tục vừa được một quản trị viên khác lưu trước bạn: thay đổi của bạn chưa được lưu. Nội dung bạn đã nhập vẫn còn dưới đây; hãy mở lại thủ tục để xem bản mới nhất rồi nhập lại thay đổi.</xsl:template>
  <xsl:template match="*[@code='catalogue.code_twice']" mode="msg">Mã này đã được dùng cho một mục khác.</xsl:template>
  <xsl:template match="*[@code='catalogue.unknown_parent']" mode="msg">Không có cơ quan cấp trên mang mã này.</xsl:template>
  <xsl:template match="*[@code='catalogue.own_parent']" mode="msg">Một cơ quan không thể là cấp trên của chính nó.</xsl:template>
  <xsl:template match="*[@code='catalogue.unknown_field']" mode="msg">Không có lĩnh vực này trong danh mục.</xsl:template>
  <xsl:template match="*[@code='catalogue.unknown_unit']" mode="msg">Không có cơ quan này trong danh mục.</xsl:template>
  <xsl:template match="*[@code='catalogue.level4_channel']" mode="msg">Dịch vụ công trực tuyến toàn trình phải trả kết quả trực tuyến hoặc qua dịch vụ bưu chính công ích.</xsl:template>
  <xsl:template match="*[@code='catalogue.same_day_hours']" mode="msg">Thủ tục giải quyết trong ngày có thời hạn không quá 8 giờ làm việc.</xsl:template>
  <xsl:template match="*[@code='catalogue.fee_online_above']" mode="msg">Mức thu khi nộp trực tuyến không được cao hơn mức thu tại quầy.</xsl:template>
  <xsl:template match="*[@code='catalogue.exemption_fee']" mode="msg">Thủ tục không có khoản thu mang số thứ tự này.</xsl:template>
  <xsl:template match="*[@code='catalogue.receiver_twice']" mode="msg">Cơ quan tiếp nhận này đã có ở một dòng trên.</xsl:template>
  <!-- end of adm-proc -->

  <!-- dvc-admin: units, fields, communes (block of adm-units) -->
  <xsl:template match="*[@code='unit.code_required']" mode="msg">Nhập mã định danh của đơn vị.</xsl:template>
  <xsl:template match="*[@code='unit.code_format']" mode="msg">Mã định danh không đúng định dạng QCVN 102:2016/BTTTT: gồm 13 ký tự dạng 000.00.NN.Hxx (ví dụ 000.01.30.H56), với Hxx là mã tỉnh.</xsl:template>
  <xsl:template match="*[@code='unit.code_province']" mode="msg">Mã định danh của đơn vị thuộc tỉnh phải kết thúc bằng mã tỉnh <xsl:value-of select="@province"/>.</xsl:template>
  <xsl:template match="*[@code='unit.code_taken']" mode="msg">Mã định danh này đã được dùng cho một đơn vị khác.</xsl:template>
  <xsl:template match="*[@code='unit.name_required']" mode="msg">Nhập tên đơn vị.</xsl:template>
  <xsl:template match="*[@code='unit.kind']" mode="msg">Chọn loại đơn vị.</xsl:template>
  <xsl:template match="*[@code='unit.place_required']" mode="msg">Nhập tên xã, phường như cách ghi trong địa chỉ (ví dụ: phường Hạc Thành).</xsl:template>
  <xsl:template match="*[@code='unit.one_line']" mode="msg">Nội dung này chỉ được viết trên một dòng.</xsl:template>
  <xsl:template match="*[@code='unit.phone']" mode="msg">Số điện thoại chỉ gồm chữ số, dấu cách và các ký tự + . - ( ).</xsl:template>
  <xsl:template match="*[@code='unit.parent_unknown']" mode="msg">Đơn vị cấp trên đã chọn không còn trong danh sách. Hãy chọn lại.</xsl:template>
  <xsl:template match="*[@code='unit.parent_cycle']" mode="msg">Không thể chọn chính đơn vị này hoặc một đơn vị trực thuộc nó làm đơn vị cấp trên.</xsl:template>
  <xsl:template match="*[@code='unit.not_found']" mode="msg">Không tìm thấy đơn vị này.</xsl:template>
  <xsl:template match="*[@code='unit.in_use']" mode="msg">Không thể xóa đơn vị này vì còn <xsl:choose><xsl:when test="/page/uses/*[. &gt; 0]"><xsl:for-each select="/page/uses/*[. &gt; 0]"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="."/><xsl:choose><xsl:when test="name() = 'dossiers'"> hồ sơ</xsl:when><xsl:when test="name() = 'procedures'"> thủ tục</xsl:when><xsl:when test="name() = 'officers'"> cán bộ</xsl:when><xsl:otherwise> đơn vị trực thuộc</xsl:otherwise></xsl:choose></xsl:for-each></xsl:when><xsl:otherwise>dữ liệu hồ sơ</xsl:otherwise></xsl:choose> gắn với nó. Hãy ngừng tiếp nhận hồ sơ của đơn vị thay vì xóa: cán bộ vẫn xem được các hồ sơ đã có.</xsl:template>
  <xsl:template match="*[@code='field.code_required']" mode="msg">Nhập mã lĩnh vực.</xsl:template>
  <xsl:template match="*[@code='field.code_format']" mode="msg">Mã lĩnh vực chỉ gồm chữ in hoa không dấu, chữ số, dấu gạch ngang và dấu chấm, tối đa 20 ký tự (ví dụ G15-TP07).</xsl:template>
  <xsl:template match="*[@code='field.code_taken']" mode="msg">Mã lĩnh vực này đã có.</xsl:template>
  <xsl:template match="*[@code='field.name_required']" mode="msg">Nhập tên lĩnh vực.</xsl:template>
  <xsl:template match="*[@code='field.one_line']" mode="msg">Tên lĩnh vực chỉ được viết trên một dòng.</xsl:template>
  <xsl:template match="*[@code='field.not_found']" mode="msg">Không tìm thấy lĩnh vực này.</xsl:template>
  <xsl:template match="*[@code='field.in_use']" mode="msg">Không thể xóa lĩnh vực này vì còn <xsl:value-of select="/page/field/versions"/> phiên bản thủ tục hành chính thuộc lĩnh vực (kể cả thủ tục đã ngừng áp dụng). Hãy chuyển các thủ tục sang lĩnh vực khác trước.</xsl:template>
  <xsl:template match="*[@code='communes.file_required']" mode="msg">Hãy chọn tệp danh sách xã, phường (CSV) để tải lên.</xsl:template>
  <xsl:template match="*[@code='communes.one_file']" mode="msg">Mỗi lần chỉ tải lên một tệp danh sách.</xsl:template>
  <xsl:template match="*[@code='communes.too_large']" mode="msg">Tệp vượt quá dung lượng tối đa <xsl:value-of select="@max_kb"/> KB.</xsl:template>
  <xsl:template match="*[@code='communes.token']" mode="msg">Kết quả kiểm tra gửi lên không hợp lệ. Hãy tải tệp lên và kiểm tra lại.</xsl:template>
  <xsl:template match="*[@code='communes.expired']" mode="msg">Tệp đã kiểm tra không còn được lưu trên máy chủ. Hãy tải tệp lên lại.</xsl:template>
  <xsl:template match="*[@code='communes.changed']" mode="msg">Danh sách xã, phường đã thay đổi kể từ lần kiểm tra trước, nên chưa có gì được áp dụng. Hãy xem lại kết quả kiểm tra mới dưới đây rồi áp dụng.</xsl:template>
  <xsl:template match="*[@code='communes.csv']" mode="msg">Tệp không đúng định dạng CSV từ dòng này (dấu ngoặc kép không khớp, ký tự không hợp lệ hoặc tệp không phải văn bản UTF-8); các dòng sau không được đọc.</xsl:template>
  <xsl:template match="*[@code='communes.fields']" mode="msg">Mỗi dòng gồm 2 hoặc 3 cột: mã, tên[, mã tỉnh].</xsl:template>
  <xsl:template match="*[@code='communes.code']" mode="msg">Mã xã, phường phải gồm đúng 5 chữ số.</xsl:template>
  <xsl:template match="*[@code='communes.name_required']" mode="msg">Thiếu tên xã, phường.</xsl:template>
  <xsl:template match="*[@code='communes.name_long']" mode="msg">Tên xã, phường dài quá 100 ký tự.</xsl:template>
  <xsl:template match="*[@code='communes.name_invalid']" mode="msg">Tên xã, phường không được xuống dòng hoặc chứa ký tự tab.</xsl:template>
  <xsl:template match="*[@code='communes.province']" mode="msg">Mã tỉnh, thành phố phải gồm đúng 2 chữ số.</xsl:template>
  <xsl:template match="*[@code='communes.province_unknown']" mode="msg">Mã tỉnh, thành phố không có trong danh mục 34 tỉnh, thành phố.</xsl:template>
  <xsl:template match="*[@code='communes.twice']" mode="msg">Mã xã, phường này đã có ở dòng <xsl:value-of select="@first"/>.</xsl:template>
  <xsl:template match="*[@code='communes.too_many']" mode="msg">Tệp có quá 20.000 dòng; các dòng sau không được đọc.</xsl:template>
  <xsl:template match="*[@code='communes.empty']" mode="msg">Tệp không có dòng xã, phường nào.</xsl:template>
  <!-- end of adm-units -->

  <!-- dvc-admin: catalogue import upload (block of adm-import) -->
  <!-- The problems of a catalogue file (core catalogue_problem.c: dvcctl prints their English),
       each with @line, @kind (unit|field|procedure|component|fee|exemption|receiver), @object
       (the record's code) and the arguments the table names; then the upload page's own. -->
  <xsl:template match="*[@code='import.empty']" mode="msg">Tệp rỗng: không có dữ liệu danh mục nào.</xsl:template>
  <xsl:template match="*[@code='import.too_big']" mode="msg">Tệp vượt quá dung lượng tối đa <xsl:value-of select="@mb"/> MB.</xsl:template>
  <xsl:template match="*[@code='import.unreadable']" mode="msg">Không đọc được tệp (<xsl:value-of select="@detail"/>).</xsl:template>
  <xsl:template match="*[@code='import.not_xml']" mode="msg">Tệp không phải XML hợp lệ. Nếu là tệp CSV, hãy chọn định dạng CSV. Chi tiết của bộ phân tích (tiếng Anh): <xsl:value-of select="@detail"/></xsl:template>
  <xsl:template match="*[@code='import.schema']" mode="msg">Không đúng lược đồ danh mục (catalogue.rng)<xsl:if test="@element"> ở phần tử «<xsl:value-of select="@element"/>»</xsl:if>. Chi tiết của bộ kiểm tra (tiếng Anh): <xsl:value-of select="@detail"/></xsl:template>
  <xsl:template match="*[@code='import.csv_utf8']" mode="msg">Một trường không phải văn bản UTF-8 hợp lệ hoặc có ký tự điều khiển. Hãy lưu tệp CSV với bảng mã UTF-8.</xsl:template>
  <xsl:template match="*[@code='import.csv_fields']" mode="msg">Dòng có quá nhiều trường (tối đa <xsl:value-of select="@max"/>).</xsl:template>
  <xsl:template match="*[@code='import.csv_unclosed']" mode="msg">Một trường mở dấu ngoặc kép (") nhưng không đóng lại đến hết tệp.</xsl:template>
  <xsl:template match="*[@code='import.csv_too_long']" mode="msg">Dòng quá dài.</xsl:template>
  <xsl:template match="*[@code='import.csv_after_quote']" mode="msg">Có ký tự ngay sau dấu ngoặc kép đóng của một trường; dấu ngoặc kép bên trong một trường phải viết thành hai dấu ("").</xsl:template>
  <xsl:template match="*[@code='import.csv_quote']" mode="msg">Có dấu ngoặc kép giữa một trường không đặt trong ngoặc kép; trường có dấu ngoặc kép phải đặt trong ngoặc kép, dấu bên trong viết thành hai dấu ("").</xsl:template>
  <xsl:template match="*[@code='import.csv_cr']" mode="msg">Có ký tự về đầu dòng (CR) không đi kèm ký tự xuống dòng (LF).</xsl:template>
  <xsl:template match="*[@code='import.csv_kind']" mode="msg">Loại dòng «<xsl:value-of select="@row"/>» không xác định: cột đầu tiên phải là unit, field, procedure, component, fee, exemption hoặc receiver (dòng tiêu đề thêm # ở đầu).</xsl:template>
  <xsl:template match="*[@code='import.csv_column']" mode="msg">Dòng tiêu đề của <xsl:call-template name="import-kind"/> có cột không xác định «<xsl:value-of select="@column"/>».</xsl:template>
  <xsl:template match="*[@code='import.csv_column_twice']" mode="msg">Dòng tiêu đề của <xsl:call-template name="import-kind"/> có cột «<xsl:value-of select="@column"/>» hai lần.</xsl:template>
  <xsl:template match="*[@code='import.csv_before_header']" mode="msg">Dòng <xsl:call-template name="import-kind"/> đứng trước dòng tiêu đề của loại này (#<xsl:value-of select="@kind"/>).</xsl:template>
  <xsl:template match="*[@code='import.csv_extra']" mode="msg">Dòng có nhiều trường hơn số cột mà dòng tiêu đề của nó khai báo.</xsl:template>
  <xsl:template match="*[@code='import.csv_orphan']" mode="msg">Dòng <xsl:call-template name="import-kind"/> phải đứng sau dòng thủ tục của nó và ghi mã thủ tục đó ở cột procedure.</xsl:template>
  <xsl:template match="*[@code='import.code_duplicate']" mode="msg">Mã <xsl:call-template name="import-kind"/> <xsl:value-of select="concat(' ', @object)"/> xuất hiện hai lần (lần đầu ở dòng <xsl:value-of select="@first"/>).</xsl:template>
  <xsl:template match="*[@code='import.parent_unknown']" mode="msg">Đơn vị <xsl:value-of select="@object"/>: không có đơn vị cấp trên mã <xsl:value-of select="@parent"/> trong tệp hay trong danh mục.</xsl:template>
  <xsl:template match="*[@code='import.parent_self']" mode="msg">Đơn vị <xsl:value-of select="@object"/> không thể là đơn vị cấp trên của chính nó.</xsl:template>
  <xsl:template match="*[@code='import.field_unknown']" mode="msg">Thủ tục <xsl:value-of select="@object"/>: không có lĩnh vực mã <xsl:value-of select="@field"/> trong tệp hay trong danh mục.</xsl:template>
  <xsl:template match="*[@code='import.unit_unknown']" mode="msg">Thủ tục <xsl:value-of select="@object"/>: không có cơ quan thực hiện mã <xsl:value-of select="@unit"/> trong tệp hay trong danh mục.</xsl:template>
  <xsl:template match="*[@code='import.receiver_unknown']" mode="msg">Thủ tục <xsl:value-of select="@object"/>: không có đơn vị tiếp nhận mã <xsl:value-of select="@unit"/> trong tệp hay trong danh mục.</xsl:template>
  <xsl:template match="*[@code='import.receiver_twice']" mode="msg">Thủ tục <xsl:value-of select="@object"/>: đơn vị tiếp nhận <xsl:value-of select="@unit"/> được ghi hai lần.</xsl:template>
  <xsl:template match="*[@code='import.level4_channel']" mode="msg">Thủ tục <xsl:value-of select="@object"/>: dịch vụ công trực tuyến toàn trình phải nhận hồ sơ trực tuyến hoặc qua dịch vụ bưu chính công ích (channels online hoặc postal).</xsl:template>
  <xsl:template match="*[@code='import.same_day_hours']" mode="msg">Thủ tục <xsl:value-of select="@object"/>: thủ tục giải quyết trong ngày phải có thời hạn giải quyết không quá <xsl:value-of select="@hours"/> giờ làm việc.</xsl:template>
  <xsl:template match="*[@code='import.fee_online_above']" mode="msg">Thủ tục <xsl:value-of select="@object"/>: mức thu khi nộp trực tuyến của khoản phí, lệ phí thứ <xsl:value-of select="@fee"/> cao hơn mức thu thông thường.</xsl:template>
  <xsl:template match="*[@code='import.exemption_fee']" mode="msg">Thủ tục <xsl:value-of select="@object"/>: có miễn, giảm cho khoản phí, lệ phí thứ <xsl:value-of select="@fee"/>, nhưng thủ tục không có khoản đó.</xsl:template>
  <xsl:template match="*[@code='import.no_file']" mode="msg">Hãy chọn tệp danh mục (XML hoặc CSV) để tải lên.</xsl:template>
  <xsl:template match="*[@code='import.expired']" mode="msg">Kết quả chạy thử đã hết hạn (sau 60 phút) hoặc không thuộc phiên đăng nhập này, nên chưa có gì được áp dụng. Hãy tải tệp lên lại để chạy thử.</xsl:template>
  <xsl:template match="*[@code='import.catalogue_changed']" mode="msg">Danh mục đã được thay đổi sau khi bạn chạy thử (có người vừa lưu thay đổi khác), nên chưa có gì được áp dụng. Dưới đây là kết quả chạy thử lại với danh mục hiện tại: hãy kiểm tra rồi áp dụng lại.</xsl:template>
  <xsl:template match="*[@code='import.format']" mode="msg">Định dạng tải về phải là xml hoặc csv.</xsl:template>
  <!-- The kind of record a problem is about (@kind), as a message names it. -->
  <xsl:template name="import-kind">
    <xsl:choose>
      <xsl:when test="@kind = 'unit'">đơn vị</xsl:when>
      <xsl:when test="@kind = 'field'">lĩnh vực</xsl:when>
      <xsl:when test="@kind = 'procedure'">thủ tục</xsl:when>
      <xsl:when test="@kind = 'component'">thành phần hồ sơ</xsl:when>
      <xsl:when test="@kind = 'fee'">phí, lệ phí</xsl:when>
      <xsl:when test="@kind = 'exemption'">miễn, giảm</xsl:when>
      <xsl:otherwise>đơn vị tiếp nhận</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- end of adm-import -->

  <!-- dvc-admin: people and roles (block of adm-people) -->
  <!-- the search (people.c) -->
  <xsl:template match="*[@code='people.filter']" mode="msg">Bộ lọc không hợp lệ: hãy chọn loại tài khoản (công dân, cán bộ, quản trị viên) và trạng thái (đang hoạt động, chưa xác nhận thư điện tử, đã khóa, đã đóng) trong danh sách.</xsl:template>
  <xsl:template match="*[@code='people.q_number']" mode="msg">Tìm theo số: nhập đủ 12 chữ số của số CCCD, hoặc số điện thoại di động 10 chữ số (bắt đầu bằng 03, 05, 07, 08, 09).</xsl:template>
  <xsl:template match="*[@code='people.q_name']" mode="msg">Nhập phần đầu của họ tên (chữ cái), thư điện tử, số điện thoại hoặc số CCCD.</xsl:template>
  <xsl:template match="*[@code='people.unknown']" mode="msg">Không có tài khoản này.</xsl:template>
  <!-- lock, unlock, the set-password link (people_act.c) -->
  <xsl:template match="*[@code='people.self_lock']" mode="msg">Bạn không thể tự khóa tài khoản của chính mình.</xsl:template>
  <xsl:template match="*[@code='people.last_admin']" mode="msg">Không thể khóa quản trị viên đang hoạt động cuối cùng: hệ thống sẽ không còn ai quản trị. Tài khoản không bị khóa.</xsl:template>
  <xsl:template match="*[@code='people.closed']" mode="msg">Tài khoản này đã được chủ tài khoản đóng (rút lại sự đồng ý xử lý dữ liệu cá nhân): không khóa, mở khóa hay gửi đường dẫn được nữa.</xsl:template>
  <xsl:template match="*[@code='people.link_locked']" mode="msg">Tài khoản đang bị khóa: hãy mở khóa trước khi gửi đường dẫn đặt mật khẩu.</xsl:template>
  <xsl:template match="*[@code='people.link_no_email']" mode="msg">Tài khoản không có thư điện tử nên không gửi được đường dẫn đặt mật khẩu.</xsl:template>
  <xsl:template match="*[@code='people.link_unverified']" mode="msg">Thư điện tử của tài khoản công dân này chưa được xác nhận: đường dẫn đặt mật khẩu chỉ gửi tới địa chỉ đã xác nhận. Người dùng cần xác nhận địa chỉ bằng thư đã nhận khi đăng ký.</xsl:template>
  <!-- officers' roles (people_roles.c) and new accounts (people_new.c) -->
  <xsl:template match="*[@code='people.roles_officer']" mode="msg">Chỉ tài khoản cán bộ, công chức được giao vai trò tại cơ quan.</xsl:template>
  <xsl:template match="*[@code='people.role_missing']" mode="msg">Cán bộ không có vai trò này tại cơ quan đã chọn: không có gì để bỏ.</xsl:template>
  <xsl:template match="*[@code='people.unit_required']" mode="msg">Chọn cơ quan, đơn vị.</xsl:template>
  <xsl:template match="*[@code='people.unit_unknown']" mode="msg">Không có cơ quan, đơn vị này: hãy chọn trong danh sách.</xsl:template>
  <xsl:template match="*[@code='people.role_invalid']" mode="msg">Chọn một vai trò trong danh sách: tiếp nhận, xử lý hoặc phê duyệt.</xsl:template>
  <xsl:template match="*[@code='people.role_required']" mode="msg">Chọn ít nhất một vai trò của cán bộ tại cơ quan đã chọn.</xsl:template>
  <xsl:template match="*[@code='people.name_required']" mode="msg">Nhập họ và tên.</xsl:template>
  <xsl:template match="*[@code='people.name_invalid']" mode="msg">Họ và tên chỉ gồm chữ cái và dấu cách, trên một dòng, không có chữ số.</xsl:template>
  <xsl:template match="*[@code='people.email_taken']" mode="msg">Thư điện tử này đã được dùng cho một tài khoản khác.</xsl:template>
  <xsl:template match="*[@code='people.kind_invalid']" mode="msg">Chọn loại tài khoản: cán bộ, công chức hoặc quản trị viên.</xsl:template>
  <xsl:template match="*[@code='people.admin_roles']" mode="msg">Quản trị viên không có vai trò xử lý hồ sơ: bỏ chọn cơ quan và vai trò, hoặc chọn loại tài khoản cán bộ, công chức.</xsl:template>
  <!-- dvc-account (login.c): the right password of an account an administrator locked -->
  <xsl:template match="*[@code='login.locked']" mode="msg">Tài khoản này đã bị quản trị viên khóa nên không đăng nhập được. Nếu cần sử dụng lại, hãy liên hệ quản trị viên hoặc Bộ phận Một cửa.</xsl:template>
  <!-- end of adm-people -->

  <!-- dvc-admin: the second factor's reset (block of adm-mfa2) -->
  <xsl:template match="*[@code='people.mfa_none']" mode="msg">Tài khoản này chưa bật xác thực hai bước: không có gì để đặt lại.</xsl:template>
  <xsl:template match="*[@code='people.mfa_self']" mode="msg">Bạn không thể tự đặt lại xác thực hai bước của mình tại đây: hãy dùng trang Xác thực hai bước trong tài khoản của bạn.</xsl:template>
  <xsl:template match="*[@code='people.mfa_confirm']" mode="msg">Hãy đánh dấu ô xác nhận trước khi đặt lại xác thực hai bước.</xsl:template>
  <!-- end of adm-mfa2 -->

  <!-- dvc-admin: the calendar and the settings (block of adm-calendar) -->
  <xsl:template match="*[@code='cal.year']" mode="msg">Năm phải từ 2000 đến 2100.</xsl:template>
  <xsl:template match="*[@code='cal.year_required']" mode="msg">Hãy nhập năm cần thêm các ngày lễ.</xsl:template>
  <xsl:template match="*[@code='cal.names_missing']" mode="msg">Thiếu tên gọi của các ngày lễ; hãy tải lại trang rồi thử lại.</xsl:template>
  <xsl:template match="*[@code='cal.not_found']" mode="msg">Ngày này không có trong lịch ngày nghỉ, ngày làm bù.</xsl:template>
  <xsl:template match="*[@code='cal.date_required']" mode="msg">Hãy nhập ngày, theo dạng ngày/tháng/năm.</xsl:template>
  <xsl:template match="*[@code='cal.kind']" mode="msg">Hãy chọn loại ngày: ngày nghỉ hoặc ngày làm bù.</xsl:template>
  <xsl:template match="*[@code='cal.workday_weekday']" mode="msg">Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: ngày từ thứ Hai đến thứ Sáu vốn là ngày làm việc.</xsl:template>
  <xsl:template match="*[@code='cal.name_required']" mode="msg">Hãy nhập tên gọi của ngày.</xsl:template>
  <xsl:template match="*[@code='cal.name_long']" mode="msg">Tên gọi tối đa 200 ký tự.</xsl:template>
  <xsl:template match="*[@code='cal.duplicate']" mode="msg">Ngày này đã có trong lịch; hãy sửa ngày đó thay vì thêm mới.</xsl:template>
  <xsl:template match="*[@code='cal.range_order']" mode="msg">Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.</xsl:template>
  <xsl:template match="*[@code='cal.range_long']" mode="msg">Một đợt nghỉ tối đa <xsl:value-of select="@max"/> ngày.</xsl:template>
  <xsl:template match="*[@code='cal.range_weekend']" mode="msg">Khoảng ngày này chỉ có thứ Bảy, Chủ nhật, vốn đã là ngày nghỉ.</xsl:template>
  <xsl:template match="*[@code='cal.range_duplicate']" mode="msg">Ngày <xsl:value-of select="concat(substring(@day, 9, 2), '/', substring(@day, 6, 2), '/', substring(@day, 1, 4))"/> trong khoảng này đã có trong lịch; không ngày nào được thêm.</xsl:template>
  <xsl:template match="*[@code='time.format']" mode="msg">Giờ không hợp lệ; nhập theo dạng giờ:phút, ví dụ 07:30.</xsl:template>
  <xsl:template match="*[@code='set.time_required']" mode="msg">Hãy nhập giờ, theo dạng giờ:phút.</xsl:template>
  <xsl:template match="*[@code='set.am_order']" mode="msg">Buổi sáng phải kết thúc sau giờ bắt đầu.</xsl:template>
  <xsl:template match="*[@code='set.noon_order']" mode="msg">Buổi chiều phải bắt đầu sau khi buổi sáng kết thúc.</xsl:template>
  <xsl:template match="*[@code='set.pm_order']" mode="msg">Buổi chiều phải kết thúc sau giờ bắt đầu.</xsl:template>
  <xsl:template match="*[@code='set.cutoff']" mode="msg">Giờ tiếp nhận muộn nhất phải nằm trong buổi chiều.</xsl:template>
  <!-- end of adm-calendar -->

  <!-- dvc-admin: the second factor (block of adm-totp) -->
  <xsl:template match="*[@code='mfa.pending']" mode="msg">Bạn cần hoàn tất xác thực hai bước trước khi thực hiện thao tác này.</xsl:template>
  <xsl:template match="*[@code='mfa.required']" mode="msg">Hãy nhập mã xác thực.</xsl:template>
  <xsl:template match="*[@code='mfa.format']" mode="msg">Mã xác thực gồm 6 chữ số (hoặc mã khôi phục dạng xxxxx-xxxxx).</xsl:template>
  <xsl:template match="*[@code='mfa.wrong']" mode="msg">Mã xác thực không đúng hoặc đã được dùng. Hãy nhập mã mới đang hiển thị trong ứng dụng.</xsl:template>
  <xsl:template match="*[@code='mfa.staff_only']" mode="msg">Xác thực hai bước dành cho tài khoản cán bộ, công chức và quản trị hệ thống.</xsl:template>
  <!-- end of adm-totp -->

</xsl:stylesheet>
