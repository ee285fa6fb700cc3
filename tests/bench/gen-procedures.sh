#!/usr/bin/env bash
# Prints SQL that inserts N generated procedures (default 10000) for load and search benchmarks:
# ids from 100000, codes 9.1NNNNN.000.00.00.H56, names built from real procedure words, spread over
# the field ids (1-18) and agency ids (1-12) of sql/seed, each with 3 components and 1 fee.
# Multi-row INSERTs of at most 500 rows, one transaction. Needs only bash and awk.
#
#   tests/bench/gen-procedures.sh 10000 | mariadb dvc
set -euo pipefail

n=${1:-10000}
if ! [[ $n =~ ^[0-9]+$ ]] || (( n < 1 )); then
	echo "usage: $0 [count]   (count: positive integer, default 10000)" >&2
	exit 2
fi

awk -v n="$n" -v first=100000 -v batch=500 -v nfields=18 -v nagencies=12 '
function pick(arr, len) { return arr[int(rand() * len) + 1] }
function q(s) { gsub(/\047/, "\047\047", s); return "\047" s "\047" }
function flush_rows(table, cols, rows, count,    i, out) {
	if (count == 0) return
	out = "INSERT INTO " table " (" cols ") VALUES\n"
	for (i = 1; i <= count; i++) out = out rows[i] (i < count ? ",\n" : ";\n")
	printf "%s", out
}
BEGIN {
	srand(20250701)
	nv = split("Cấp|Cấp lại|Cấp đổi|Cấp mới|Gia hạn|Điều chỉnh|Đăng ký|Đăng ký lại|Đăng ký thay đổi|Xác nhận|Thẩm định|Công nhận|Thu hồi|Chấm dứt|Tạm ngừng|Phê duyệt|Chứng thực|Giải quyết|Hỗ trợ|Thực hiện", V, "|")
	split("cấp|cấp lại|cấp đổi|cấp mới|gia hạn|điều chỉnh|đăng ký|đăng ký lại|đăng ký thay đổi|xác nhận|thẩm định|công nhận|thu hồi|chấm dứt|tạm ngừng|phê duyệt|chứng thực|giải quyết|hỗ trợ|thực hiện", VL, "|")
	no = split("giấy phép xây dựng nhà ở riêng lẻ|giấy chứng nhận quyền sử dụng đất|giấy khai sinh|giấy chứng nhận kết hôn|giấy xác nhận tình trạng hôn nhân|trích lục khai tử|giấy phép kinh doanh vận tải bằng xe ô tô|phù hiệu xe ô tô|giấy chứng nhận đăng ký hộ kinh doanh|giấy chứng nhận đăng ký doanh nghiệp|giấy phép lao động|chứng chỉ hành nghề hoạt động xây dựng|giấy phép môi trường|giấy xác nhận khuyết tật|trợ cấp xã hội hàng tháng|chi phí mai táng|bản sao văn bằng, chứng chỉ|phiếu lý lịch tư pháp|giấy phép hoạt động khám bệnh, chữa bệnh|hợp đồng chuyển nhượng quyền sử dụng đất|văn bản thỏa thuận phân chia di sản|giấy chứng nhận đủ điều kiện an toàn thực phẩm|giấy phép khai thác nước dưới đất|quyết định giao đất, cho thuê đất|việc nuôi con nuôi", O, "|")
	nq = split("|đối với hộ gia đình, cá nhân|đối với tổ chức|có yếu tố nước ngoài|lưu động|do bị mất, bị hỏng|khi thay đổi thông tin|trên địa bàn xã, phường|thực hiện tại cấp tỉnh|thực hiện tại cấp xã|cho người khuyết tật|cho người cao tuổi|trong trường hợp thiên tai, hỏa hoạn|theo hình thức trực tuyến", Q, "|")
	nr = split("Giấy phép|Giấy chứng nhận|Quyết định|Trích lục|Văn bản xác nhận|Giấy xác nhận|Văn bản chấp thuận", R, "|")
	na = split("Công dân Việt Nam|Tổ chức, doanh nghiệp|Hộ gia đình, cá nhân|Công dân Việt Nam; người Việt Nam định cư ở nước ngoài|Hợp tác xã, doanh nghiệp, hộ kinh doanh", A, "|")
	nc = split("Đơn đề nghị theo mẫu|Tờ khai theo mẫu|Bản sao giấy tờ tùy thân|Bản sao Giấy chứng nhận quyền sử dụng đất|Giấy tờ chứng minh nơi cư trú|Văn bản ủy quyền (nếu có)|Bản vẽ thiết kế|Giấy khám sức khỏe|Hợp đồng thuê địa điểm|Biên bản họp thành viên", C, "|")
	nh = split("8|16|24|40|56|80|120|160|240", H, "|")
	nl = split("Luật Hộ tịch số 60/2014/QH13|Luật Đất đai số 31/2024/QH15|Luật Xây dựng số 50/2014/QH13|Luật Doanh nghiệp số 59/2020/QH14|Nghị định số 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông|Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân cấp tỉnh", L, "|")

	cols_p = "id, code, version, is_current, name, field_id, agency_id, level, processing_hours, same_day, processing_note, clock_after_supplement, channels, presence_note, applicants, applicant_kinds, steps, requirements, result, legal_basis"
	cols_c = "procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file"
	cols_f = "procedure_id, sort, kind, name, amount, stage, note"

	print "-- Generated benchmark procedures: " n " rows from id " first "."
	print "SET NAMES utf8mb4;"
	print "START TRANSACTION;"

	for (start = 0; start < n; start += batch) {
		stop = start + batch; if (stop > n) stop = n
		np = 0; ncr = 0; nf = 0
		for (i = start; i < stop; i++) {
			id = first + i
			vi = int(rand() * nv) + 1; verb = V[vi]; obj = pick(O, no); qual = pick(Q, nq)
			name = verb " " obj (qual == "" ? "" : " " qual)
			level = 2 + int(rand() * 3)
			same = 0
			if (level == 4) { channels = (rand() < 0.5 ? "counter,online,postal" : "online,postal"); presence = "" }
			else if (level == 3) { channels = "counter,online"; presence = "Người yêu cầu xuất trình bản chính giấy tờ và nhận kết quả tại Bộ phận Một cửa." }
			else { channels = "counter"; presence = "Người yêu cầu nộp hồ sơ và nhận kết quả trực tiếp tại Bộ phận Một cửa." }
			if (rand() < 0.1) { hours = 0; same = 1; note = "Trong ngày làm việc; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo." }
			else { hours = pick(H, nh) + 0; note = sprintf("%02d ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", hours / 8) }
			field = 1 + int(rand() * nfields); agency = 1 + int(rand() * nagencies)
			kinds = (rand() < 0.7 ? "citizen" : "citizen,organisation")
			steps = "Bước 1: Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến.\\nBước 2: Cơ quan tiếp nhận kiểm tra hồ sơ, cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả.\\nBước 3: Cơ quan có thẩm quyền thẩm định, giải quyết.\\nBước 4: Trả kết quả."
			result = pick(R, nr) " về việc " VL[vi] " " obj
			legal = pick(L, nl) "\\n" pick(L, nl)
			P[++np] = "(" id ", " q(sprintf("9.1%05d.000.00.00.H56", i)) ", 1, 1, " q(name) ", " field ", " agency ", " level ", " hours ", " same ", " q(note) ", " q(rand() < 0.8 ? "restart" : "resume") ", " q(channels) ", " q(presence) ", " q(pick(A, na)) ", " q(kinds) ", " q(steps) ", " q("") ", " q(result) ", " q(legal) ")"
			for (k = 1; k <= 3; k++) {
				tf = (k == 1 && rand() < 0.3) ? "to-khai-dang-ky-khai-sinh.html" : ""
				tn = (tf == "" ? "" : "Tờ khai đăng ký khai sinh")
				CR[++ncr] = "(" id ", " k ", " q(pick(C, nc)) ", " (k < 3 ? 1 : 0) ", 1, " (k == 3 ? 1 : 0) ", " q(k == 1 ? "pdf,doc,docx,jpg,png" : "pdf,jpg,png") ", 10240, " q("") ", " q(tn) ", " q(tf) ")"
			}
			amount = (rand() < 0.2 ? 0 : 1000 * (5 + int(rand() * 96)))
			F[++nf] = "(" id ", 1, " q(rand() < 0.6 ? "le_phi" : "phi") ", " q("Lệ phí " VL[vi] " " obj) ", " amount ", " q(rand() < 0.8 ? "submission" : "result") ", " q(amount == 0 ? "Miễn lệ phí." : "") ")"
		}
		flush_rows("procedures", cols_p, P, np)
		for (off = 0; off < ncr; off += batch) {
			m = 0; delete B
			for (j = off + 1; j <= ncr && j <= off + batch; j++) B[++m] = CR[j]
			flush_rows("procedure_components", cols_c, B, m)
		}
		flush_rows("procedure_fees", cols_f, F, nf)
		delete P; delete CR; delete F
	}
	print "COMMIT;"
}'
