#!/usr/bin/env bash
# Prints SQL that generates N submitted dossiers (default 1000000) inside MariaDB, from the
# sequence engine (seq_1_to_N): nothing but the SQL text crosses the socket. For `make bench`
# (tests/bench/run), which times it; run it once, on a database with the seed and the demo
# accounts (conf/dev/stack) and no dossier submitted before today (Vietnam time):
#
#   tests/bench/gen-dossiers.sh 1000000 | mariadb dvc
#
# What it makes:
# - A receiver, a processor and an approver at every unit that receives dossiers and has none
#   (e-mail <role>.<agency id>@bench.invalid, the first demo officer's password), and 10,000
#   citizens (consent_version 'bench') named from a few Vietnamese name parts.
# - N dossiers over the units (communes and departments with current procedures: the wards
#   70%, the departments 30%), submitted over the 730 Vietnam days before today between
#   07:00 and 17:00, ids in the order of submission; 80% for the unit's first ten procedures
#   (the demo catalogue's), the others spread over the rest. Codes are
#   <agency code>-<yyMMdd>-<NNNN>, unique by construction: NNNN is the dossier's place among
#   all of that day's (so a unit's numbers have gaps); dossier_sequences keeps each unit's
#   and day's last.
# - Statuses by age: of the last three days' dossiers 95% are still in flight, of those older
#   than 90 days 0.5%. In flight: 1 submitted, 2 received, 4 processing (15% of them awaiting
#   approval), 5 supplement asked, 6 fees due, 7 withdrawal asked; the others 10 returned,
#   9 done (a quarter of the last month's, few older), 3 refused, 8 stopped. About 90% end
#   as 10, 3% are in flight.
# - The columns of the state machine, consistent with the status: holder (the receiving unit:
#   no hand-overs), assignee (the unit's processor from assignment to the end of processing),
#   received_at, the clock (running for 2, 4, 6; stopped with minutes used for 5), due_at
#   from the procedure's time limit (a working day counted as 7/5 of a calendar day: an
#   approximation of the calendar), finished_at, returned_at, a paper result, the version
#   (one a move).
# - One dossier_units row a dossier (the receiving unit), and its history: every move for
#   the dossiers in flight or submitted in the last 30 days (submit, accept or refuse or
#   withdraw, assign, propose or supplement or fees or stop, approve, return), submit, accept
#   and the last move for the older ones: about 3 million events for a million dossiers.
# No slips (dossier_slips), fees or files: the officer's pages read those by dossier id.
# Every constraint, foreign key and trigger stays on. Chance is a hash of the dossier's
# number (CRC32): two runs on the same day make the same dossiers. The citizens take turns:
# 50 of them at a time, each filing every 50th dossier for 3.65 days (a hundred dossiers),
# so that the indexes on user_id grow at a few places at a time, as those on dates and
# units do: a million rows into an index at random places cost much more.
set -euo pipefail

n=${1:-1000000}
if ! [[ $n =~ ^[0-9]+$ ]] || (( n < 1 || n > 1000000 )); then
	echo "usage: $0 [count]   (count: 1 to 1000000, default 1000000)" >&2
	exit 2
fi

cat <<SQL
-- Generated benchmark dossiers: $n.
SET NAMES utf8mb4;
SET time_zone = '+00:00';
SET @n := $n;
SET @now := UNIX_TIMESTAMP(UTC_TIMESTAMP());
-- Day 0 is the first of the 730 Vietnam days before today; @t0 its 07:00 in Vietnam (00:00 UTC).
SET @first := DATE(FROM_UNIXTIME(@now) + INTERVAL 7 HOUR) - INTERVAL 730 DAY;
SET @t0 := UNIX_TIMESTAMP(TIMESTAMP(@first));
SET @base := (SELECT COALESCE(MAX(id), 0) FROM dossiers);
SET @pw := (SELECT password_hash FROM users WHERE kind = 'officer' ORDER BY id LIMIT 1);
-- The small tables below are MEMORY tables (hash lookups), bench_gen too: room for it.
SET SESSION max_heap_table_size = 256 * 1024 * 1024;

-- The units that receive, numbered among the wards (communes) and among the departments.
CREATE TEMPORARY TABLE bench_units (agency_id INT UNSIGNED NOT NULL PRIMARY KEY, ward TINYINT NOT NULL,
  i INT UNSIGNED NOT NULL, UNIQUE KEY (ward, i)) ENGINE=MEMORY;
INSERT INTO bench_units
SELECT a.id, a.kind = 'commune', ROW_NUMBER() OVER (PARTITION BY a.kind = 'commune' ORDER BY a.id) - 1
FROM agencies a
WHERE a.kind IN ('commune', 'department')
  AND EXISTS (SELECT 1 FROM procedures p WHERE p.agency_id = a.id AND p.is_current = 1);
SET @nw := (SELECT COUNT(*) FROM bench_units WHERE ward = 1);
SET @nd := (SELECT COUNT(*) FROM bench_units WHERE ward = 0);
-- A thousand slots, 700 for the wards and 300 for the departments: a dossier's unit is the
-- slot of its hash.
CREATE TEMPORARY TABLE bench_slots (slot INT UNSIGNED NOT NULL PRIMARY KEY, agency_id INT UNSIGNED NOT NULL)
  ENGINE=MEMORY;
INSERT INTO bench_slots
SELECT s.seq, u.agency_id FROM seq_0_to_999 s JOIN bench_units u
  ON u.ward = (s.seq < 700) AND u.i = IF(s.seq < 700, s.seq * @nw DIV 700, (s.seq - 700) * @nd DIV 300);

-- Each unit's current procedures, numbered from 0.
CREATE TEMPORARY TABLE bench_procs (agency_id INT UNSIGNED NOT NULL, k INT UNSIGNED NOT NULL,
  procedure_id INT UNSIGNED NOT NULL, hours INT UNSIGNED NOT NULL, same_day TINYINT NOT NULL,
  channels VARCHAR(40) NOT NULL, PRIMARY KEY (agency_id, k)) ENGINE=MEMORY;
INSERT INTO bench_procs
SELECT p.agency_id, ROW_NUMBER() OVER (PARTITION BY p.agency_id ORDER BY p.id) - 1, p.id,
  p.processing_hours, p.same_day, p.channels
FROM procedures p JOIN bench_units u ON u.agency_id = p.agency_id WHERE p.is_current = 1;
CREATE TEMPORARY TABLE bench_pcount (agency_id INT UNSIGNED NOT NULL PRIMARY KEY, cnt INT UNSIGNED NOT NULL)
  ENGINE=MEMORY;
INSERT INTO bench_pcount SELECT agency_id, COUNT(*) FROM bench_procs GROUP BY agency_id;

-- An officer in each role at each unit that has none; the first of each role acts below.
INSERT INTO users (kind, full_name, email, password_hash, created_at, updated_at)
SELECT 'officer', CONCAT('Cán bộ ', r.vn, ' ', a.code), CONCAT(r.role, '.', a.id, '@bench.invalid'), @pw,
  FROM_UNIXTIME(@now), FROM_UNIXTIME(@now)
FROM bench_units u JOIN agencies a ON a.id = u.agency_id
JOIN (SELECT 'receiver' AS role, 'tiếp nhận' AS vn UNION ALL SELECT 'processor', 'xử lý'
      UNION ALL SELECT 'approver', 'phê duyệt') r
WHERE NOT EXISTS (SELECT 1 FROM officer_roles o WHERE o.agency_id = u.agency_id AND o.role = r.role);
INSERT INTO officer_roles (user_id, agency_id, role)
SELECT id, CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(email, '@', 1), '.', -1) AS UNSIGNED), SUBSTRING_INDEX(email, '.', 1)
FROM users u
WHERE email LIKE '%@bench.invalid' AND NOT EXISTS (SELECT 1 FROM officer_roles o WHERE o.user_id = u.id);
CREATE TEMPORARY TABLE bench_officers (agency_id INT UNSIGNED NOT NULL PRIMARY KEY,
  receiver INT UNSIGNED NOT NULL, processor INT UNSIGNED NOT NULL, approver INT UNSIGNED NOT NULL) ENGINE=MEMORY;
INSERT INTO bench_officers
SELECT u.agency_id,
  (SELECT MIN(user_id) FROM officer_roles o WHERE o.agency_id = u.agency_id AND o.role = 'receiver'),
  (SELECT MIN(user_id) FROM officer_roles o WHERE o.agency_id = u.agency_id AND o.role = 'processor'),
  (SELECT MIN(user_id) FROM officer_roles o WHERE o.agency_id = u.agency_id AND o.role = 'approver')
FROM bench_units u;

-- 10,000 citizens: family, middle and given name by k; CCCD 038 (Thanh Hóa), sex and century
-- (0 a man, 1 a woman born in the 1900s), year of birth, then k.
INSERT INTO users (kind, full_name, citizen_id, birth_date, phone, password_hash, consent_at,
  consent_version, created_at, updated_at)
SELECT 'citizen',
  CONCAT(ELT(1 + seq MOD 14, 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ',
      'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'), ' ',
    IF(seq MOD 2 = 0,
      CONCAT(ELT(1 + seq DIV 14 MOD 6, 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh'), ' ',
        ELT(1 + seq DIV 84 MOD 12, 'An', 'Bình', 'Dũng', 'Hải', 'Hùng', 'Long', 'Nam', 'Phong', 'Quân',
          'Sơn', 'Tuấn', 'Khoa')),
      CONCAT(ELT(1 + seq DIV 14 MOD 6, 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hoài'), ' ',
        ELT(1 + seq DIV 84 MOD 12, 'Chi', 'Hà', 'Hoa', 'Lan', 'Linh', 'Mai', 'Nga', 'Thảo', 'Trang',
          'Vy', 'Yến', 'Hương')))),
  CONCAT('038', seq MOD 2, 60 + seq MOD 40, LPAD(seq, 6, '0')), MAKEDATE(1960 + seq MOD 40, 1 + seq MOD 365),
  CONCAT('09', LPAD(seq, 8, '0')), @pw, FROM_UNIXTIME(@now), 'bench', FROM_UNIXTIME(@now), FROM_UNIXTIME(@now)
FROM seq_1_to_10000;
CREATE TEMPORARY TABLE bench_citizens (k INT UNSIGNED NOT NULL PRIMARY KEY, user_id INT UNSIGNED NOT NULL,
  name VARCHAR(100) NOT NULL, citizen_id CHAR(12) NOT NULL, birth_date DATE NOT NULL, phone VARCHAR(10) NOT NULL)
  ENGINE=MEMORY;
INSERT INTO bench_citizens
SELECT CAST(RIGHT(citizen_id, 6) AS UNSIGNED) - 1, id, full_name, citizen_id, birth_date, phone
FROM users WHERE kind = 'citizen' AND consent_version = 'bench';

-- The n-th dossier: its unit, Vietnam day (0 to 729), place in the day (n less the dossiers
-- of the days before), status by its age (days before today), procedure and its time limit
-- in calendar minutes (cal: a working day as 7/5 of a day), channel, citizen, and its times
-- in seconds since 1970: s submitted (07:00 to 17:00), r received, f finished (refused,
-- stopped or done), t returned, each before now (a step that would end later ends nine
-- tenths of the way to now). Hashes of n stand for chance: h, e, ht, w. Each value is
-- computed once, into this table, and read by the INSERTs below.
CREATE TEMPORARY TABLE bench_gen (n INT UNSIGNED NOT NULL PRIMARY KEY, agency_id INT UNSIGNED NOT NULL,
  day INT UNSIGNED NOT NULL, dayseq INT UNSIGNED NOT NULL, status TINYINT UNSIGNED NOT NULL,
  awaiting TINYINT UNSIGNED NOT NULL, procedure_id INT UNSIGNED NOT NULL, hours INT UNSIGNED NOT NULL,
  same_day TINYINT UNSIGNED NOT NULL, channel VARCHAR(8) NOT NULL, c INT UNSIGNED NOT NULL,
  cal INT UNSIGNED NOT NULL, h INT UNSIGNED NOT NULL, e INT UNSIGNED NOT NULL, ht INT UNSIGNED NOT NULL,
  w INT UNSIGNED NOT NULL, s BIGINT NOT NULL, r BIGINT NOT NULL, f BIGINT NOT NULL, t BIGINT NOT NULL)
  ENGINE=MEMORY;
INSERT INTO bench_gen
SELECT x.n, x.agency_id, x.day, x.n - CEIL(x.day * @n / 730),
  CASE WHEN x.hf < CASE WHEN x.age < 3 THEN 950 WHEN x.age < 10 THEN 700 WHEN x.age < 30 THEN 350
      WHEN x.age < 90 THEN 40 ELSE 5 END
    THEN CASE WHEN x.age < 1 AND x.hs < 600 THEN 1 WHEN x.hs < 150 THEN 1 WHEN x.hs < 250 THEN 2
      WHEN x.hs < 800 THEN 4 WHEN x.hs < 900 THEN 5 WHEN x.hs < 970 THEN 6 ELSE 7 END
    ELSE CASE WHEN x.hs < 40 THEN 3 WHEN x.hs < 60 THEN 8 WHEN x.hs < IF(x.age < 30, 310, 65) THEN 9
      ELSE 10 END END,
  0, p.procedure_id, p.hours, p.same_day,
  CASE WHEN FIND_IN_SET('online', p.channels) AND x.h MOD 10 < 7 THEN 'online'
    WHEN FIND_IN_SET('postal', p.channels) AND x.h MOD 20 = 19 THEN 'postal'
    WHEN FIND_IN_SET('counter', p.channels) THEN 'counter'
    WHEN FIND_IN_SET('online', p.channels) THEN 'online' ELSE 'postal' END,
  x.n MOD 50 * 200 + (x.n - 1) * 200 DIV @n, IF(p.same_day OR p.hours = 0, 1440, (p.hours + 7) DIV 8 * 2016),
  x.h, CRC32(CONCAT('e', x.n)) MOD 1000, CRC32(CONCAT('t', x.n)) MOD 1000, CRC32(CONCAT('w', x.n)) MOD 1000,
  @t0 + x.day * 86400 + x.sec, 0, 0, 0
FROM (
  SELECT s.seq AS n, b.agency_id, (s.seq - 1) * 730 DIV @n AS day,
    729 - (s.seq - 1) * 730 DIV @n AS age, (s.seq - 1) * 730 MOD @n * 36000 DIV @n AS sec,
    CRC32(CONCAT('r', s.seq)) AS h, CRC32(CONCAT('f', s.seq)) MOD 1000 AS hf,
    CRC32(CONCAT('s', s.seq)) MOD 1000 AS hs
  FROM seq_1_to_$n s STRAIGHT_JOIN bench_slots b ON b.slot = CRC32(CONCAT('a', s.seq)) MOD 1000
) x
STRAIGHT_JOIN bench_pcount pc ON pc.agency_id = x.agency_id
STRAIGHT_JOIN bench_procs p ON p.agency_id = x.agency_id
  AND p.k = IF(x.h MOD 1000 < 800, x.h DIV 1000 MOD LEAST(10, pc.cnt), (10 + x.n DIV 1000) MOD pc.cnt);
-- Left to right: r uses the new s, f the new r, t the new f.
UPDATE bench_gen SET r = LEAST(s + 900 + 60 * (h MOD 240), @now),
  f = IF(status = 3, LEAST(s + 1800 + 60 * (h MOD 1000), @now),
    r + LEAST(cal * 60 * (300 + e) DIV 1000, (@now - r) * 9 DIV 10)),
  t = f + LEAST(1800 + 300 * ht, (@now - f) * 9 DIV 10),
  awaiting = status = 4 AND w < 150;

-- The dossiers, in the order of their ids (STRAIGHT_JOIN: bench_gen first).
INSERT INTO dossiers (id, code, user_id, procedure_id, agency_id, holder_agency_id, assignee_id,
  awaiting_approval, status, version, applicant_kind, applicant_name, applicant_citizen_id,
  applicant_birth_date, applicant_phone, applicant_address, channel, postal_street, postal_commune,
  postal_province_code, postal_recipient, postal_phone, fee_total, processing_hours, same_day,
  submitted_at, received_at, clock_started_at, clock_used_min, due_at, first_due_at, finished_at,
  returned_at, result_kind, postal_tracking, created_at, updated_at)
SELECT @base + y.n, CONCAT(a.code, '-', DATE_FORMAT(@first + INTERVAL y.day DAY, '%y%m%d'), '-', LPAD(y.dayseq, 4, '0')),
  c.user_id, y.procedure_id, y.agency_id, y.agency_id, IF(y.status IN (4, 5, 6, 8), o.processor, NULL),
  y.awaiting, y.status, ELT(y.status, 1, 2, 2, 3 + y.awaiting, 4, 4, 2, 4, 5, 6), 'citizen', c.name,
  c.citizen_id, c.birth_date, c.phone,
  CONCAT('Số ', 1 + y.n MOD 199, ' đường ', ELT(1 + y.n MOD 8, 'Lê Lợi', 'Trần Phú', 'Bà Triệu', 'Quang Trung',
    'Hàm Nghi', 'Nguyễn Trãi', 'Lê Hoàn', 'Hạc Thành'), ', ',
    ELT(1 + y.n MOD 3, 'phường Hạc Thành', 'phường Hàm Rồng', 'phường Sầm Sơn'), ', tỉnh Thanh Hóa'),
  y.channel,
  IF(y.channel = 'postal', CONCAT('Số ', 1 + y.n MOD 199, ' đường ', ELT(1 + y.n MOD 8, 'Lê Lợi', 'Trần Phú',
    'Bà Triệu', 'Quang Trung', 'Hàm Nghi', 'Nguyễn Trãi', 'Lê Hoàn', 'Hạc Thành')), ''),
  IF(y.channel = 'postal', ELT(1 + y.n MOD 3, 'Phường Hạc Thành', 'Phường Hàm Rồng', 'Phường Sầm Sơn'), ''),
  IF(y.channel = 'postal', '38', NULL), IF(y.channel = 'postal', c.name, ''), IF(y.channel = 'postal', c.phone, ''),
  0, y.hours, y.same_day, FROM_UNIXTIME(y.s),
  IF(y.status IN (1, 3, 7), NULL, FROM_UNIXTIME(y.r)),
  IF(y.status IN (2, 4, 6), FROM_UNIXTIME(y.r), NULL),
  CASE WHEN y.status IN (8, 9, 10) THEN (y.f - y.r) DIV 60 * 5 DIV 21
    WHEN y.status = 5 THEN (@now - y.r) DIV 60 * 4 DIV 21 ELSE 0 END,
  FROM_UNIXTIME(IF(y.status IN (1, 3, 7), y.s, y.r) + y.cal * 60),
  IF(y.status IN (1, 3, 7), NULL, FROM_UNIXTIME(y.r + y.cal * 60)),
  IF(y.status IN (3, 8, 9, 10), FROM_UNIXTIME(y.f), NULL),
  IF(y.status = 10, FROM_UNIXTIME(y.t), NULL),
  IF(y.status IN (9, 10) OR y.awaiting, 'paper', NULL),
  IF(y.status = 10 AND y.channel = 'postal', CONCAT('EB', LPAD(y.n, 9, '0'), 'VN'), ''),
  FROM_UNIXTIME(y.s - 720),
  FROM_UNIXTIME(CASE WHEN y.status = 10 THEN y.t WHEN y.status IN (3, 8, 9) THEN y.f
    WHEN y.status IN (1, 7) THEN y.s ELSE y.r END)
FROM bench_gen y
STRAIGHT_JOIN agencies a ON a.id = y.agency_id
STRAIGHT_JOIN bench_officers o ON o.agency_id = y.agency_id
STRAIGHT_JOIN bench_citizens c ON c.k = y.c;

-- The receiving unit, and each unit's last number of each day.
INSERT INTO dossier_units (dossier_id, agency_id, since)
SELECT @base + n, agency_id, FROM_UNIXTIME(s) FROM bench_gen;
INSERT INTO dossier_sequences (agency_id, day, last)
SELECT agency_id, @first + INTERVAL day DAY, MAX(dayseq) FROM bench_gen GROUP BY agency_id, day
ON DUPLICATE KEY UPDATE last = GREATEST(last, VALUES(last));

-- The history: the k-th move of each dossier (version counts them), at the times above; a
-- assigned a fifth and p proposed (supplement or fees asked) four fifths of the way from
-- acceptance to the end, or to now. m numbers the moves: 1 submit, 2 accept, 3 refuse,
-- 4 withdraw, 5 assign, 6 propose, 7 supplement, 8 fees, 9 stop, 10 approve, 11 return.
-- A dossier submitted more than 30 days ago and stopped, done or returned keeps a short
-- history (old): submit, accept and its last move (its version still counts every move),
-- which keeps a million dossiers' history near 3 million events. Working minutes are
-- counted as 5/21 of the calendar's. The k are read for each dossier (not a range checked
-- for each record, nor through a join buffer that would order the events by k): the events
-- of a dossier are together, in the order of k.
SET SESSION join_cache_level = 0;
INSERT INTO dossier_events (dossier_id, at, user_id, from_status, to_status, move, role, agency_id,
  to_agency_id, assignee_id, note, minutes_used, minutes_allotted)
SELECT @base + n, FROM_UNIXTIME(at),
  CASE WHEN m IN (1, 4) THEN user_id WHEN m IN (2, 3, 5, 11) THEN receiver WHEN m = 10 THEN approver
    ELSE processor END,
  CASE m WHEN 1 THEN 0 WHEN 5 THEN 2 WHEN 11 THEN 9 WHEN 2 THEN 1 WHEN 3 THEN 1 WHEN 4 THEN 1 ELSE 4 END,
  CASE m WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 3 WHEN 4 THEN 7 WHEN 5 THEN 4 WHEN 6 THEN 4 WHEN 7 THEN 5
    WHEN 8 THEN 6 WHEN 9 THEN 8 WHEN 10 THEN 9 ELSE 10 END,
  ELT(m, 'submit', 'accept', 'refuse', 'withdraw', 'assign', 'propose', 'supplement', 'fees', 'stop',
    'approve', 'return'),
  ELT(m, 'applicant', 'receiver', 'receiver', 'applicant', 'receiver', 'processor', 'processor',
    'processor', 'processor', 'approver', 'receiver'),
  agency_id, IF(m = 1, agency_id, NULL), IF(m = 5, processor, NULL),
  CASE m WHEN 3 THEN 'Thủ tục không thuộc thẩm quyền giải quyết của đơn vị.'
    WHEN 7 THEN 'Đề nghị bổ sung bản sao giấy tờ chứng minh nơi cư trú.'
    WHEN 8 THEN 'Đề nghị nộp lệ phí theo quy định.'
    WHEN 9 THEN 'Người yêu cầu đề nghị dừng giải quyết hồ sơ.' ELSE '' END,
  (at - prev) DIV 60 * 5 DIV 21, allotted
FROM (
  SELECT e.*, CASE m WHEN 1 THEN s WHEN 2 THEN r WHEN 4 THEN LEAST(s + 3600, @now) WHEN 5 THEN a
      WHEN 11 THEN t WHEN 3 THEN f WHEN 9 THEN f WHEN 10 THEN f ELSE p END AS at,
    CASE WHEN k <= 2 THEN s WHEN k = 3 OR old THEN r WHEN k = 4 THEN a WHEN k = 5 THEN p ELSE f END AS prev
  FROM (
    SELECT e.*, r + (IF(status IN (3, 8, 9, 10), f, @now) - r) DIV 5 AS a,
      r + (IF(status IN (3, 8, 9, 10), f, @now) - r) * 4 DIV 5 AS p,
      CASE WHEN old AND k = 3 THEN CASE status WHEN 8 THEN 9 WHEN 9 THEN 10 ELSE 11 END
        ELSE CASE k WHEN 1 THEN 1 WHEN 2 THEN CASE status WHEN 3 THEN 3 WHEN 7 THEN 4 ELSE 2 END
        WHEN 3 THEN 5 WHEN 4 THEN CASE status WHEN 5 THEN 7 WHEN 6 THEN 8 WHEN 8 THEN 9 ELSE 6 END
        WHEN 5 THEN 10 ELSE 11 END END AS m
    FROM (
      SELECT y.n, c.user_id, y.agency_id, y.status, y.s, y.r, y.f, y.t, k.seq AS k, o.receiver,
        o.processor, o.approver, IF(y.same_day, 480, y.hours * 60) AS allotted,
        y.status IN (8, 9, 10) AND y.s < @now - 30 * 86400 AS old
      FROM bench_gen y
      STRAIGHT_JOIN seq_1_to_6 k IGNORE INDEX (PRIMARY)
        ON k.seq <= IF(y.status IN (8, 9, 10) AND y.s < @now - 30 * 86400, 3,
          ELT(y.status, 1, 2, 2, 3 + y.awaiting, 4, 4, 2, 4, 5, 6))
      STRAIGHT_JOIN bench_officers o ON o.agency_id = y.agency_id
      STRAIGHT_JOIN bench_citizens c ON c.k = y.c
    ) e
  ) e
) e;

ANALYZE TABLE dossiers, dossier_units, dossier_events, dossier_sequences, users;
SQL
