<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-slip.xsl — the words of the one-stop desk's paper, in Vietnamese (NFC, full diacritics):
  the slips of Circular 03/2025/TT-VPCP, Annex I, Forms 1-5 (officer-slip.xsl) and Form 7,
  the register (officer-register.xsl).

  Included by officer-slip.xsl and officer-register.xsl, and by officer-dossier.xsl (for the
  numbers' suffixes); by nothing else. See vi.xsl for how the words are split. Titles are
  written as the circular names the forms; the slip's CSS (.slip-title, .slip-agency,
  .slip-nation-name) prints them in capitals, as documents do.
  A piece that starts or ends with a space is joined to data ("Số: " 12 "/TNHS").
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The forms' names (Annex I) and the suffix of each one's number. Only "/TNHS" (Form 1)
       is the circular's; the others follow common provincial practice (Phiếu yêu cầu bổ sung,
       Phiếu từ chối, Văn bản xin lỗi, Thông báo dừng) and may be changed here freely: the
       number itself is what the register and the database keep. -->
  <xsl:variable name="t.slip.form" select="'Mẫu số '"/>
  <xsl:variable name="t.slip.title.1" select="'Giấy tiếp nhận hồ sơ và hẹn trả kết quả'"/>
  <xsl:variable name="t.slip.title.2" select="'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ'"/>
  <xsl:variable name="t.slip.title.3" select="'Phiếu từ chối tiếp nhận giải quyết hồ sơ'"/>
  <xsl:variable name="t.slip.title.4" select="'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết'"/>
  <xsl:variable name="t.slip.title.5" select="'Thông báo dừng giải quyết hồ sơ'"/>
  <xsl:variable name="t.slip.suffix.1" select="'/TNHS'"/>
  <xsl:variable name="t.slip.suffix.2" select="'/PYCBS'"/>
  <xsl:variable name="t.slip.suffix.3" select="'/PTC'"/>
  <xsl:variable name="t.slip.suffix.4" select="'/VBXL'"/>
  <xsl:variable name="t.slip.suffix.5" select="'/TBD'"/>

  <!-- The head of every slip: the issuing unit and the national header -->
  <xsl:variable name="t.slip.committee" select="'Ủy ban nhân dân '"/>
  <xsl:variable name="t.slip.desk" select="'Bộ phận Một cửa'"/>
  <xsl:variable name="t.slip.nation" select="'Cộng hòa xã hội chủ nghĩa Việt Nam'"/>
  <xsl:variable name="t.slip.motto" select="'Độc lập - Tự do - Hạnh phúc'"/>
  <xsl:variable name="t.slip.number" select="'Số: '"/>
  <xsl:variable name="t.slip.date.day" select="', ngày '"/>
  <xsl:variable name="t.slip.date.month" select="' tháng '"/>
  <xsl:variable name="t.slip.date.year" select="' năm '"/>
  <!-- A moment in the body: "15:00 ngày 05/03/2027" -->
  <xsl:variable name="t.slip.at" select="' ngày '"/>
  <xsl:variable name="t.slip.stop" select="'.'"/>

  <!-- The applicant and the request, on every slip -->
  <xsl:variable name="t.slip.code" select="'Mã hồ sơ: '"/>
  <xsl:variable name="t.slip.received_from" select="' tiếp nhận hồ sơ của:'"/>
  <xsl:variable name="t.slip.person" select="'Ông/Bà'"/>
  <xsl:variable name="t.slip.org" select="'Tổ chức'"/>
  <xsl:variable name="t.slip.person.org" select="'Người nộp hồ sơ'"/>
  <xsl:variable name="t.slip.request" select="'Nội dung yêu cầu giải quyết'"/>
  <xsl:variable name="t.slip.submitted" select="'Ngày nộp hồ sơ'"/>
  <xsl:variable name="t.slip.received" select="'Ngày tiếp nhận hồ sơ'"/>
  <!-- How the slip speaks to the applicant, inside sentences -->
  <xsl:variable name="t.slip.you.person" select="'ông/bà'"/>
  <xsl:variable name="t.slip.you.org" select="'quý tổ chức'"/>
  <xsl:variable name="t.slip.end" select="'Xin thông báo để '"/>
  <xsl:variable name="t.slip.end.known" select="' được biết./.'"/>
  <xsl:variable name="t.slip.end.act" select="' được biết và thực hiện./.'"/>

  <!-- Form 1: receipt and appointment -->
  <xsl:variable name="t.slip.r.components" select="'Thành phần hồ sơ nộp gồm:'"/>
  <xsl:variable name="t.slip.r.none" select="'Không có giấy tờ kèm theo.'"/>
  <xsl:variable name="t.slip.no" select="'STT'"/>
  <xsl:variable name="t.slip.originals" select="'Bản chính'"/>
  <xsl:variable name="t.slip.copies" select="'Bản sao'"/>
  <xsl:variable name="t.slip.electronic" select="'Tệp điện tử'"/>
  <xsl:variable name="t.slip.r.sets" select="'Số lượng hồ sơ: '"/>
  <xsl:variable name="t.slip.r.sets.one" select="'01 bộ'"/>
  <xsl:variable name="t.slip.r.received" select="'Thời gian nhận hồ sơ: '"/>
  <xsl:variable name="t.slip.r.due" select="'Thời gian trả kết quả giải quyết hồ sơ: '"/>
  <xsl:variable name="t.slip.r.channel" select="'Đăng ký nhận kết quả: '"/>
  <xsl:variable name="t.slip.r.book" select="'Vào Sổ theo dõi hồ sơ, quyển số: '"/>
  <xsl:variable name="t.slip.r.book.no" select="', số thứ tự: '"/>
  <xsl:variable name="t.slip.r.track" select="'Theo dõi tình trạng giải quyết hồ sơ bằng mã hồ sơ trên, tại mục '"/>
  <xsl:variable name="t.slip.r.track.of" select="' của '"/>

  <!-- Form 2: request to supplement -->
  <xsl:variable name="t.slip.s.what" select="'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:'"/>
  <xsl:variable name="t.slip.s.help" select="'Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, đề nghị liên hệ '"/>
  <xsl:variable name="t.slip.s.help.at" select="', địa chỉ: '"/>
  <xsl:variable name="t.slip.s.help.post" select="' để được hướng dẫn.'"/>

  <!-- Form 3: refusal -->
  <xsl:variable name="t.slip.f.pre" select="'Sau khi xem xét hồ sơ, đối chiếu với các quy định hiện hành, '"/>
  <xsl:variable name="t.slip.f.post" select="' từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:'"/>

  <!-- Form 4: apology and extension -->
  <xsl:variable name="t.slip.a.on" select="'Ngày '"/>
  <xsl:variable name="t.slip.a.received" select="' tiếp nhận giải quyết hồ sơ của:'"/>
  <xsl:variable name="t.slip.a.first" select="'Thời hạn trả kết quả ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả: '"/>
  <xsl:variable name="t.slip.a.late" select="'Tuy nhiên đến nay, '"/>
  <xsl:variable name="t.slip.a.late.post" select="' chưa giải quyết xong hồ sơ đúng thời hạn vì lý do sau:'"/>
  <xsl:variable name="t.slip.a.sorry" select="' xin lỗi '"/>
  <xsl:variable name="t.slip.a.sorry.post" select="' và đề nghị gia hạn thời gian giải quyết hồ sơ; kết quả giải quyết hồ sơ sẽ được trả vào '"/>
  <xsl:variable name="t.slip.a.thanks" select="'Rất mong nhận được sự thông cảm của '"/>
  <xsl:variable name="t.slip.a.thanks.post" select="' vì sự chậm trễ này./.'"/>

  <!-- Form 5: notice of stopping -->
  <xsl:variable name="t.slip.t.intro" select="' thông báo dừng giải quyết hồ sơ của:'"/>
  <xsl:variable name="t.slip.t.reason" select="'Lý do dừng giải quyết hồ sơ:'"/>

  <!-- Signatures -->
  <xsl:variable name="t.slip.sign.applicant" select="'Người nộp hồ sơ'"/>
  <xsl:variable name="t.slip.sign.receiver" select="'Người tiếp nhận hồ sơ'"/>
  <xsl:variable name="t.slip.sign.maker" select="'Người lập phiếu'"/>
  <xsl:variable name="t.slip.sign.head" select="'Thủ trưởng cơ quan, đơn vị'"/>
  <xsl:variable name="t.slip.sign.how" select="'(Ký và ghi rõ họ tên)'"/>
  <xsl:variable name="t.slip.sign.how.seal" select="'(Ký, ghi rõ họ tên và đóng dấu)'"/>

  <!-- On screen only, around the slip -->
  <xsl:variable name="t.slip.dossier" select="'Hồ sơ '"/>
  <xsl:variable name="t.slip.print" select="'Dùng lệnh In của trình duyệt (Ctrl+P) để in phiếu trên khổ A4.'"/>
  <xsl:variable name="t.slip.back" select="'Quay lại hồ sơ '"/>

  <!-- Form 7: the register, /officer/register -->
  <xsl:variable name="t.slip.register.title" select="'Sổ theo dõi hồ sơ'"/>
  <xsl:variable name="t.slip.register.lead" select="'Các hồ sơ đơn vị đã tiếp nhận và cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả, theo thứ tự vào sổ. Không chọn ngày: từ đầu tháng này đến hôm nay.'"/>
  <xsl:variable name="t.slip.register.filter" select="'Chọn đơn vị và thời gian'"/>
  <xsl:variable name="t.slip.register.unit" select="'Đơn vị tiếp nhận'"/>
  <xsl:variable name="t.slip.register.from" select="'Từ ngày'"/>
  <xsl:variable name="t.slip.register.to" select="'Đến ngày'"/>
  <xsl:variable name="t.slip.register.show" select="'Xem sổ'"/>
  <xsl:variable name="t.slip.register.since" select="'Từ ngày '"/>
  <xsl:variable name="t.slip.register.since.month" select="'Từ đầu tháng này'"/>
  <xsl:variable name="t.slip.register.until" select="' đến ngày '"/>
  <xsl:variable name="t.slip.register.until.today" select="' đến hôm nay'"/>
  <xsl:variable name="t.slip.register.book" select="'Quyển số: '"/>
  <xsl:variable name="t.slip.register.count" select="'Số hồ sơ: '"/>
  <xsl:variable name="t.slip.register.empty" select="'Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này.'"/>
  <xsl:variable name="t.slip.register.nounit" select="'Tài khoản chưa được giao vai trò tiếp nhận hồ sơ (một cửa) tại đơn vị nào, nên chưa có sổ theo dõi hồ sơ. Hãy liên hệ quản trị hệ thống.'"/>
  <xsl:variable name="t.slip.register.print" select="'Dùng lệnh In của trình duyệt (Ctrl+P) để in sổ trên khổ A4 nằm ngang.'"/>
  <xsl:variable name="t.slip.register.extended" select="'Gia hạn đến '"/>
  <!-- The columns of Form 7 -->
  <xsl:variable name="t.slip.col.procedure" select="'Tên thủ tục hành chính'"/>
  <xsl:variable name="t.slip.col.applicant" select="'Tên người nộp / tổ chức'"/>
  <xsl:variable name="t.slip.col.contact" select="'Địa chỉ, số điện thoại'"/>
  <xsl:variable name="t.slip.col.holder" select="'Cơ quan chủ trì giải quyết'"/>
  <xsl:variable name="t.slip.col.received" select="'Ngày, giờ nhận hồ sơ'"/>
  <xsl:variable name="t.slip.col.due" select="'Ngày hẹn trả kết quả'"/>
  <xsl:variable name="t.slip.col.finished" select="'Ngày có kết quả'"/>
  <xsl:variable name="t.slip.col.returned" select="'Ngày trả kết quả'"/>
  <xsl:variable name="t.slip.col.channel" select="'Phương thức nhận kết quả'"/>
  <xsl:variable name="t.slip.col.note" select="'Ghi chú / Ký nhận'"/>

</xsl:stylesheet>
