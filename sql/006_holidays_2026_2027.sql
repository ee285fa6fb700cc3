-- Holidays and swapped working days for 2026 and 2027 (Labour Code 2019 Art. 112), as
-- public servants (công chức, viên chức) keep them. 'holiday': a weekday not worked;
-- 'workday': a Saturday or Sunday worked to bridge a holiday. Weekends are off otherwise.
-- Art. 112(3): a holiday falling on a weekend is made up on the next working day.
-- tests/unit/test-workcal.c holds the same days; change both together.
-- Lunar dates: Tết 2026 (Bính Ngọ) is 17 Feb 2026, Tết 2027 (Đinh Mùi) 6 Feb 2027; Giỗ Tổ
-- (10/3 lunar) is 26 Apr 2026 and 16 Apr 2027.

-- 2026 ------------------------------------------------------------------------------------

-- Tết Dương lịch: 4 days, Thu 1/1 to Sun 4/1; Friday 2/1 swapped with Saturday 10/1
-- (Văn phòng Chính phủ, công văn 12729/VPCP-KGVX, 25/12/2025).
INSERT INTO holidays (day, kind, name) VALUES
	('2026-01-01', 'holiday', 'Tết Dương lịch'),
	('2026-01-02', 'holiday', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)'),
	('2026-01-10', 'workday', 'Làm bù ngày thứ Sáu 02/01/2026 (hoán đổi dịp Tết Dương lịch)');

-- Tết Nguyên đán Bính Ngọ: Mon 16/2 (29 tháng Chạp Ất Tỵ) to Fri 20/2 (mùng 4), 9 days off
-- with the weekends 14–15/2 and 21–22/2, no swap (the Prime Minister agreed to the Ministry
-- of Home Affairs' plan in October 2025).
INSERT INTO holidays (day, kind, name) VALUES
	('2026-02-16', 'holiday', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)'),
	('2026-02-17', 'holiday', 'Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)'),
	('2026-02-18', 'holiday', 'Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)'),
	('2026-02-19', 'holiday', 'Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)'),
	('2026-02-20', 'holiday', 'Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)');

-- Giỗ Tổ Hùng Vương falls on Sunday 26/4: made up on Monday 27/4.
INSERT INTO holidays (day, kind, name) VALUES
	('2026-04-27', 'holiday', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật 26/04/2026)');

-- 30/4 and 1/5 are Thursday and Friday: no make-up day, no swap announced.
INSERT INTO holidays (day, kind, name) VALUES
	('2026-04-30', 'holiday', 'Ngày Chiến thắng (30/4)'),
	('2026-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)');

-- Quốc khánh: Wed 2/9 and the day before, Tue 1/9; Monday 31/8 swapped with Saturday 22/8,
-- so 29/8 to 2/9 are off (the Prime Minister agreed, October 2025).
INSERT INTO holidays (day, kind, name) VALUES
	('2026-08-22', 'workday', 'Làm bù ngày thứ Hai 31/08/2026 (hoán đổi dịp Quốc khánh)'),
	('2026-08-31', 'holiday', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)'),
	('2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề trước 2/9)'),
	('2026-09-02', 'holiday', 'Quốc khánh (2/9)');

-- Not inserted: Ngày Văn hóa Việt Nam (24/11). Resolution 80-NQ/TW (January 2026) wants it a
-- paid day off and the government asked for Art. 112 to be amended; until the amendment is
-- in force it is a working day. When it is, add ('2026-11-24', 'holiday', 'Ngày Văn hóa Việt Nam').

-- 2027 ------------------------------------------------------------------------------------
-- No plan for 2027 had been announced when this file was written: the days below follow the
-- law and the government's usual choices, and the administrator corrects them when it is.

-- Tết Dương lịch: Friday 1/1, a long weekend without a swap.
INSERT INTO holidays (day, kind, name) VALUES
	('2027-01-01', 'holiday', 'Tết Dương lịch');

-- UNSURE: Tết Nguyên đán Đinh Mùi. Mùng 1 is Saturday 6/2; like Tết 2024 (also a Saturday),
-- the likely plan is Thu 4/2 to Wed 10/2: the last two days of tháng Chạp, then mùng 3 to
-- mùng 5 making up mùng 1 and 2 on the weekend. The government may choose other days or a swap.
INSERT INTO holidays (day, kind, name) VALUES
	('2027-02-04', 'holiday', 'Tết Nguyên đán Đinh Mùi (tháng Chạp)'),
	('2027-02-05', 'holiday', 'Tết Nguyên đán Đinh Mùi (tháng Chạp)'),
	('2027-02-08', 'holiday', 'Tết Nguyên đán Đinh Mùi (mùng 3 tháng Giêng)'),
	('2027-02-09', 'holiday', 'Tết Nguyên đán Đinh Mùi (mùng 4 tháng Giêng)'),
	('2027-02-10', 'holiday', 'Tết Nguyên đán Đinh Mùi (mùng 5 tháng Giêng)');

-- Giỗ Tổ Hùng Vương: Friday 16/4.
INSERT INTO holidays (day, kind, name) VALUES
	('2027-04-16', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');

-- 30/4 is a Friday; 1/5 falls on Saturday and is made up on Monday 3/5 (Art. 112(3)).
-- UNSURE: a swap may be announced instead.
INSERT INTO holidays (day, kind, name) VALUES
	('2027-04-30', 'holiday', 'Ngày Chiến thắng (30/4)'),
	('2027-05-03', 'holiday', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)');

-- UNSURE: Quốc khánh is Thursday 2/9; the adjacent day is likely Friday 3/9 (a four-day
-- weekend) rather than Wednesday 1/9.
INSERT INTO holidays (day, kind, name) VALUES
	('2027-09-02', 'holiday', 'Quốc khánh (2/9)'),
	('2027-09-03', 'holiday', 'Quốc khánh (ngày liền kề sau 2/9)');
