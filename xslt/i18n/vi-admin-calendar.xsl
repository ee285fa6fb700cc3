<?xml version="1.0" encoding="UTF-8"?>
<!--
  vi-admin-calendar.xsl — the words of the back office's calendar and settings
  (admin-calendar.xsl, admin-settings.xsl), and the audit log's names of their objects
  (admin-audit.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The audit log's objects. -->
  <xsl:variable name="t.audit.kind.holiday" select="'ngày nghỉ, ngày làm bù'"/>
  <xsl:variable name="t.audit.kind.setting" select="'thiết lập'"/>

  <!-- The year view. -->
  <xsl:variable name="t.cal.title" select="'Lịch ngày nghỉ, ngày làm bù'"/>
  <xsl:variable name="t.cal.lead" select="'Ngày nghỉ lễ, Tết (Điều 112 Bộ luật Lao động 2019), ngày nghỉ bù và ngày làm bù theo thông báo của Chính phủ; thời hạn giải quyết hồ sơ được tính theo lịch này.'"/>
  <xsl:variable name="t.cal.prev" select="'Năm trước'"/>
  <xsl:variable name="t.cal.next" select="'Năm sau'"/>
  <xsl:variable name="t.cal.working" select="'Số ngày làm việc trong năm: '"/>
  <xsl:variable name="t.cal.inflight.h" select="'Hồ sơ đang giải quyết'"/>
  <xsl:variable name="t.cal.inflight" select="'Thay đổi lịch không làm thay đổi hạn giải quyết đã ấn định của hồ sơ đã tiếp nhận (hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả). Lịch mới áp dụng cho mọi hạn tính từ thời điểm thay đổi: hồ sơ tiếp nhận sau đó, hạn dự kiến khi nộp, hồ sơ tiếp tục giải quyết sau khi bổ sung; thời gian còn lại hiển thị cho cán bộ cũng được tính theo lịch mới.'"/>
  <xsl:variable name="t.cal.legend" select="'Chú thích'"/>
  <xsl:variable name="t.cal.k.working" select="'Ngày làm việc'"/>
  <xsl:variable name="t.cal.k.weekend" select="'Thứ Bảy, Chủ nhật'"/>
  <xsl:variable name="t.cal.k.holiday" select="'Ngày nghỉ lễ, Tết, nghỉ bù'"/>
  <xsl:variable name="t.cal.k.workday" select="'Ngày làm bù'"/>
  <xsl:variable name="t.cal.k.projected" select="'Dự kiến, chưa có thông báo chính thức'"/>
  <xsl:variable name="t.cal.projected" select="' (dự kiến)'"/>
  <xsl:variable name="t.cal.projected.note" select="'Những ngày đánh dấu dự kiến được xác định theo quy định của pháp luật và cách bố trí thường lệ; cần sửa lại khi Chính phủ công bố lịch nghỉ chính thức.'"/>
  <xsl:variable name="t.cal.month" select="'Tháng '"/>
  <xsl:variable name="t.cal.wd.0" select="'T2'"/>
  <xsl:variable name="t.cal.wd.1" select="'T3'"/>
  <xsl:variable name="t.cal.wd.2" select="'T4'"/>
  <xsl:variable name="t.cal.wd.3" select="'T5'"/>
  <xsl:variable name="t.cal.wd.4" select="'T6'"/>
  <xsl:variable name="t.cal.wd.5" select="'T7'"/>
  <xsl:variable name="t.cal.wd.6" select="'CN'"/>
  <xsl:variable name="t.cal.days" select="'Các ngày trong năm'"/>
  <xsl:variable name="t.cal.days.none" select="'Năm này chưa có ngày nghỉ lễ hay ngày làm bù nào.'"/>
  <xsl:variable name="t.cal.col.date" select="'Ngày'"/>
  <xsl:variable name="t.cal.col.kind" select="'Loại'"/>
  <xsl:variable name="t.cal.col.name" select="'Tên gọi'"/>
  <xsl:variable name="t.cal.edit" select="'Sửa'"/>
  <xsl:variable name="t.cal.wday.0" select="'Thứ Hai'"/>
  <xsl:variable name="t.cal.wday.1" select="'Thứ Ba'"/>
  <xsl:variable name="t.cal.wday.2" select="'Thứ Tư'"/>
  <xsl:variable name="t.cal.wday.3" select="'Thứ Năm'"/>
  <xsl:variable name="t.cal.wday.4" select="'Thứ Sáu'"/>
  <xsl:variable name="t.cal.wday.5" select="'Thứ Bảy'"/>
  <xsl:variable name="t.cal.wday.6" select="'Chủ nhật'"/>

  <!-- The forms. -->
  <xsl:variable name="t.cal.add.h" select="'Thêm một ngày'"/>
  <xsl:variable name="t.cal.date" select="'Ngày'"/>
  <xsl:variable name="t.cal.date.hint" select="'Ngày/tháng/năm, ví dụ 02/09/2028.'"/>
  <xsl:variable name="t.cal.kind" select="'Loại ngày'"/>
  <xsl:variable name="t.cal.kind.holiday" select="'Ngày nghỉ (lễ, Tết, nghỉ bù, nghỉ hoán đổi)'"/>
  <xsl:variable name="t.cal.kind.workday" select="'Ngày làm bù (thứ Bảy hoặc Chủ nhật đi làm)'"/>
  <xsl:variable name="t.cal.name" select="'Tên gọi'"/>
  <xsl:variable name="t.cal.name.hint" select="'Ví dụ: Quốc khánh (2/9). Tối đa 200 ký tự.'"/>
  <xsl:variable name="t.cal.projected.label" select="'Dự kiến (Chính phủ chưa công bố chính thức)'"/>
  <xsl:variable name="t.cal.add" select="'Thêm vào lịch'"/>
  <xsl:variable name="t.cal.edit.h" select="'Sửa ngày '"/>
  <xsl:variable name="t.cal.save" select="'Lưu thay đổi'"/>
  <xsl:variable name="t.cal.remove.h" select="'Xóa ngày này khỏi lịch'"/>
  <xsl:variable name="t.cal.remove" select="'Xóa khỏi lịch'"/>
  <xsl:variable name="t.cal.back" select="'Quay lại lịch năm'"/>
  <xsl:variable name="t.cal.range.h" select="'Thêm một đợt nghỉ (ví dụ Tết Nguyên đán)'"/>
  <xsl:variable name="t.cal.range.hint" select="'Mọi ngày từ thứ Hai đến thứ Sáu trong khoảng được thêm thành ngày nghỉ với cùng tên gọi; thứ Bảy, Chủ nhật vốn đã nghỉ. Tối đa 31 ngày.'"/>
  <xsl:variable name="t.cal.from" select="'Từ ngày'"/>
  <xsl:variable name="t.cal.to" select="'Đến ngày'"/>
  <xsl:variable name="t.cal.range.add" select="'Thêm đợt nghỉ'"/>
  <xsl:variable name="t.cal.copy.h" select="'Thêm các ngày lễ cố định của một năm'"/>
  <xsl:variable name="t.cal.copy.hint" select="'Tết Dương lịch (1/1), Ngày Chiến thắng (30/4), Ngày Quốc tế Lao động (1/5), Quốc khánh (2/9) và một ngày liền kề (ngày 1/9, hoặc 3/9 khi 2/9 là thứ Hai hay thứ Năm). Ngày lễ trùng thứ Bảy, Chủ nhật được nghỉ bù vào ngày làm việc kế tiếp (Điều 112 khoản 3). Ngày đã có trong lịch được giữ nguyên; Tết Nguyên đán và Giỗ Tổ Hùng Vương theo âm lịch, nhập riêng.'"/>
  <xsl:variable name="t.cal.copy.year" select="'Năm'"/>
  <xsl:variable name="t.cal.copy" select="'Thêm các ngày lễ cố định'"/>
  <xsl:variable name="t.cal.n.newyear" select="'Tết Dương lịch'"/>
  <xsl:variable name="t.cal.n.victory" select="'Ngày Chiến thắng (30/4)'"/>
  <xsl:variable name="t.cal.n.labour" select="'Ngày Quốc tế Lao động (1/5)'"/>
  <xsl:variable name="t.cal.n.national" select="'Quốc khánh (2/9)'"/>
  <xsl:variable name="t.cal.n.adjacent" select="'Quốc khánh (ngày liền kề)'"/>
  <xsl:variable name="t.cal.n.comp" select="'Nghỉ bù'"/>

  <!-- What was done. -->
  <xsl:variable name="t.cal.msg.added" select="'Đã thêm ngày '"/>
  <xsl:variable name="t.cal.msg.changed" select="'Đã lưu thay đổi của ngày '"/>
  <xsl:variable name="t.cal.msg.removed" select="'Đã xóa khỏi lịch ngày '"/>
  <xsl:variable name="t.cal.msg.range" select="'Đã thêm đợt nghỉ từ ngày '"/>
  <xsl:variable name="t.cal.msg.range.n" select="': số ngày nghỉ thêm vào lịch: '"/>
  <xsl:variable name="t.cal.msg.copied" select="'Đã thêm các ngày lễ cố định; số ngày thêm vào lịch: '"/>
  <xsl:variable name="t.cal.msg.weekend" select="'Đã lưu ngày nghỉ '"/>
  <xsl:variable name="t.cal.msg.weekend.warn" select="', nhưng ngày này là thứ Bảy hoặc Chủ nhật nên không làm thay đổi số ngày làm việc. Theo Điều 112 khoản 3 Bộ luật Lao động, ngày lễ trùng ngày nghỉ hằng tuần được nghỉ bù vào ngày làm việc kế tiếp: hãy thêm ngày nghỉ bù'"/>
  <xsl:variable name="t.cal.msg.weekend.alt" select="', ví dụ ngày '"/>

  <!-- The settings. -->
  <xsl:variable name="t.set.title" select="'Thiết lập giờ làm việc'"/>
  <xsl:variable name="t.set.lead" select="'Những thiết lập pháp luật để tỉnh quyết định: giờ hành chính, giờ tiếp nhận hồ sơ giải quyết trong ngày và cách tính hồ sơ nộp trực tuyến ngoài giờ hành chính. Thay đổi có hiệu lực với mọi hạn tính từ thời điểm lưu; hạn đã ấn định của hồ sơ đã tiếp nhận không đổi.'"/>
  <xsl:variable name="t.set.hours.h" select="'Giờ hành chính'"/>
  <xsl:variable name="t.set.time.hint" select="'Giờ:phút, ví dụ 07:30.'"/>
  <xsl:variable name="t.set.am_start" select="'Buổi sáng bắt đầu'"/>
  <xsl:variable name="t.set.am_end" select="'Buổi sáng kết thúc'"/>
  <xsl:variable name="t.set.pm_start" select="'Buổi chiều bắt đầu'"/>
  <xsl:variable name="t.set.pm_end" select="'Buổi chiều kết thúc'"/>
  <xsl:variable name="t.set.day" select="'Số giờ làm việc một ngày theo thiết lập đang áp dụng: '"/>
  <xsl:variable name="t.set.day.note" select="'Thời hạn giải quyết được tính theo ngày làm việc 8 giờ; nếu hai buổi cộng lại khác 8 giờ, một ngày làm việc của thời hạn sẽ không trùng với một ngày trên lịch.'"/>
  <xsl:variable name="t.set.cutoff.h" select="'Hồ sơ giải quyết trong ngày'"/>
  <xsl:variable name="t.set.cutoff" select="'Giờ tiếp nhận muộn nhất để trả kết quả trong ngày'"/>
  <xsl:variable name="t.set.cutoff.hint" select="'Hồ sơ tiếp nhận sau giờ này được hẹn trả vào cuối ngày làm việc tiếp theo (thường là 15:00). Phải nằm trong buổi chiều.'"/>
  <xsl:variable name="t.set.online.h" select="'Hồ sơ nộp trực tuyến ngoài giờ hành chính'"/>
  <xsl:variable name="t.set.flag" select="'Tính từ đầu ngày làm việc tiếp theo'"/>
  <xsl:variable name="t.set.flag.hint" select="'Khi chọn: hồ sơ nhận ngoài giờ hành chính (giờ nghỉ trưa, sau giờ làm, ngày nghỉ) được tính từ đầu buổi sáng của ngày làm việc tiếp theo. Khi không chọn: được tính từ thời điểm làm việc kế tiếp (hồ sơ nhận lúc 12:00 được tính từ đầu buổi chiều cùng ngày).'"/>
  <xsl:variable name="t.set.save" select="'Lưu thiết lập'"/>
  <xsl:variable name="t.set.saved" select="'Đã lưu thiết lập. Mọi hạn tính từ bây giờ theo thiết lập mới.'"/>
  <xsl:variable name="t.set.hours" select="' giờ '"/>
  <xsl:variable name="t.set.minutes" select="' phút'"/>

  <!-- The back office's menu. -->
  <xsl:variable name="t.admin.calendar.link" select="'Lịch ngày nghỉ, ngày làm bù'"/>
  <xsl:variable name="t.admin.settings.link" select="'Thiết lập giờ làm việc'"/>

</xsl:stylesheet>
