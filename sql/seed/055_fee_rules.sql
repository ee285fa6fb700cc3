-- 055: how the seeded fees are charged (migration 018): per copy or per page, the lower amount
-- of an online submission, and the exemptions and reductions the law gives, each with the
-- proof it asks for. Amounts in đồng.
SET NAMES utf8mb4;

-- Per copy. Extra copies (optional) are 0 unless the applicant asks for some. The fees of
-- chứng thực per page (16, 19) stay fixed: their rule (2.000 đồng a page for the first two,
-- 1.000 from the third, at most 200.000 a copy) is tiered, which a unit price cannot say.
UPDATE procedure_fees SET unit = 'copy' WHERE procedure_id IN (1, 7, 13, 46) AND name LIKE 'Phí cấp%';

-- Online submissions: the catalogue's own notes (doanh nghiệp: "Miễn lệ phí khi đăng ký qua
-- mạng"), and the province's 50 % on hộ kinh doanh and hộ tịch fees submitted online (the
-- reductions that Circulars of the Ministry of Finance and provincial resolutions give for
-- online submission; *unverified* for Thanh Hóa's exact list: edit these rows).
UPDATE procedure_fees SET amount_online = 0 WHERE procedure_id IN (34, 35, 36) AND sort = 1;
UPDATE procedure_fees SET amount_online = amount DIV 2, note = CONCAT(note, ' Nộp hồ sơ trực tuyến: giảm 50%.')
 WHERE procedure_id IN (12, 23, 24) AND sort = 1;

-- The lệ phí of a marital-status certificate is collected when the result is handed over.
UPDATE procedure_fees SET stage = 'result' WHERE procedure_id = 10 AND sort = 1;

-- Exemptions (100 %) and reductions of hộ tịch fees (Thông tư 85/2019/TT-BTC, Điều 5;
-- Luật Hộ tịch, Điều 11), of the criminal-record certificate fee (Thông tư 244/2016/TT-BTC,
-- Điều 5), of the fee for certified copies (người có công).
INSERT INTO procedure_fee_exemptions (fee_id, sort, ground, percent, proof)
SELECT f.id, x.sort, x.ground, x.percent, x.proof FROM procedure_fees f
JOIN (SELECT 1 AS sort, 'Người thuộc gia đình có công với cách mạng' AS ground, 100 AS percent,
        'Giấy chứng nhận người có công với cách mạng hoặc thân nhân người có công' AS proof
      UNION ALL SELECT 2, 'Người thuộc hộ nghèo', 100, 'Giấy chứng nhận hộ nghèo do Ủy ban nhân dân cấp xã cấp'
      UNION ALL SELECT 3, 'Người khuyết tật', 100, 'Giấy xác nhận khuyết tật') x
WHERE (f.procedure_id, f.sort) IN ((2, 1), (3, 1), (5, 1), (8, 1), (10, 1), (11, 1), (12, 1), (15, 1));

INSERT INTO procedure_fee_exemptions (fee_id, sort, ground, percent, proof)
SELECT f.id, x.sort, x.ground, x.percent, x.proof FROM procedure_fees f
JOIN (SELECT 1 AS sort, 'Trẻ em dưới 16 tuổi' AS ground, 100 AS percent, 'Giấy khai sinh' AS proof
      UNION ALL SELECT 2, 'Người cao tuổi', 100, 'Căn cước hoặc giấy tờ chứng minh từ đủ 60 tuổi trở lên'
      UNION ALL SELECT 3, 'Người khuyết tật', 100, 'Giấy xác nhận khuyết tật'
      UNION ALL SELECT 4, 'Người thuộc hộ nghèo', 100, 'Giấy chứng nhận hộ nghèo do Ủy ban nhân dân cấp xã cấp'
      UNION ALL SELECT 5, 'Sinh viên', 50, 'Thẻ sinh viên hoặc giấy xác nhận của cơ sở đào tạo'
      UNION ALL SELECT 6, 'Người có công với cách mạng, thân nhân liệt sĩ', 50,
        'Giấy chứng nhận người có công với cách mạng hoặc thân nhân liệt sĩ') x
WHERE f.procedure_id = 46 AND f.sort = 1;
