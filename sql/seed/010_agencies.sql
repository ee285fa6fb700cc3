-- 010: demo agencies of Thanh Hóa (H56) after 1 Jul 2025: the Provincial People's Committee, the
-- province's Public Administration Service Centre, departments, Công an tỉnh and three ward
-- People's Committees (place: how addresses name the ward, see sql/009_receiving_units.sql).
-- 000.00.18.H56, the Centre's code, is the demo's own (QCVN 102 format, not taken by another
-- agency here), not the code the province registered.
SET NAMES utf8mb4;

INSERT INTO agencies (id, code, parent_id, kind, name, place, address, phone, email, sort) VALUES
(1, '000.00.00.H56', NULL, 'province', 'Ủy ban nhân dân tỉnh Thanh Hóa', '', 'Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 402', 'ubnd@thanhhoa.gov.vn', 1),
(13, '000.00.18.H56', 1, 'center', 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa', '', 'Số 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3856 888', 'ttphvc@thanhhoa.gov.vn', 5),
(2, '000.00.10.H56', 1, 'department', 'Sở Tư pháp tỉnh Thanh Hóa', '', 'Số 37 đường Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 116', 'stp@thanhhoa.gov.vn', 10),
(3, '000.00.11.H56', 1, 'department', 'Sở Tài chính tỉnh Thanh Hóa', '', 'Số 45B Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 366', 'stc@thanhhoa.gov.vn', 11),
(4, '000.00.12.H56', 1, 'department', 'Sở Xây dựng tỉnh Thanh Hóa', '', 'Số 36 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 453', 'sxd@thanhhoa.gov.vn', 12),
(5, '000.00.13.H56', 1, 'department', 'Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa', '', 'Số 14 đường Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 226', 'snnmt@thanhhoa.gov.vn', 13),
(6, '000.00.14.H56', 1, 'department', 'Sở Nội vụ tỉnh Thanh Hóa', '', 'Số 3 đường Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 178', 'snv@thanhhoa.gov.vn', 14),
(7, '000.00.15.H56', 1, 'department', 'Sở Y tế tỉnh Thanh Hóa', '', 'Số 101 đường Nguyễn Trãi, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 281', 'syt@thanhhoa.gov.vn', 15),
(8, '000.00.16.H56', 1, 'department', 'Sở Giáo dục và Đào tạo tỉnh Thanh Hóa', '', 'Số 2 đường Đội Cung, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 512', 'sgddt@thanhhoa.gov.vn', 16),
(9, '000.00.17.H56', NULL, 'department', 'Công an tỉnh Thanh Hóa', '', 'Số 15 đường Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3752 100', 'catinh@thanhhoa.gov.vn', 17),
(10, '000.01.30.H56', 1, 'commune', 'Ủy ban nhân dân phường Hạc Thành', 'phường Hạc Thành', 'Số 25 đường Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa', '0237 3852 689', 'hacthanh@thanhhoa.gov.vn', 100),
(11, '000.02.30.H56', 1, 'commune', 'Ủy ban nhân dân phường Hàm Rồng', 'phường Hàm Rồng', 'Số 499 đường Bà Triệu, phường Hàm Rồng, tỉnh Thanh Hóa', '0237 3960 155', 'hamrong@thanhhoa.gov.vn', 101),
(12, '000.03.30.H56', 1, 'commune', 'Ủy ban nhân dân phường Sầm Sơn', 'phường Sầm Sơn', 'Số 01 đường Lê Lợi, phường Sầm Sơn, tỉnh Thanh Hóa', '0237 3821 269', 'samson@thanhhoa.gov.vn', 102);
