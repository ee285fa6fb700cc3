-- 060: where the demo's province-level procedures are received (sql/009_receiving_units.sql).
-- The commune-level ones (gov_level 'commune' in 030) need no rows: every ward receives them.
-- The province's Public Administration Service Centre (13) first wherever its desk receives
-- the procedure, then the department's own one-stop desk where the procedure's steps name it;
-- Công an tỉnh receives its own, and the one procedure that starts at the commune (43) is
-- received by the wards. As each procedure's steps and presence note in 030 say.
SET NAMES utf8mb4;

INSERT INTO procedure_units (procedure_id, agency_id, sort) VALUES
-- Sở Tư pháp (2): nationality at the Centre or its own desk; legal aid at its own centre.
(32, 13, 1), (32, 2, 2),
(33, 2, 1),
-- Sở Tài chính (3): business registration at the Centre or the Business Registration Office.
(34, 13, 1), (34, 3, 2),
(35, 13, 1), (35, 3, 2),
(36, 13, 1), (36, 3, 2),
-- Sở Xây dựng (4): its desk at the Centre.
(37, 13, 1),
(38, 13, 1),
-- Sở Nông nghiệp và Môi trường (5): the Centre or the Land Registration Office.
(39, 13, 1), (39, 5, 2),
(40, 13, 1), (40, 5, 2),
-- Sở Nội vụ (6): work permits at the Centre; unemployment benefit at its Employment Service Centre.
(41, 13, 1),
(42, 6, 1),
-- Sở Y tế (7): admission to a provincial social protection facility starts at a ward.
(43, 10, 1), (43, 11, 2), (43, 12, 3),
-- Sở Giáo dục và Đào tạo (8): its desk at the Centre.
(44, 13, 1),
(45, 13, 1),
-- Công an tỉnh (9): its own records office.
(46, 9, 1);
