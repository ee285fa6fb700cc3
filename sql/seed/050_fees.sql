-- 050: phí, lệ phí of the seeded procedures in đồng; 0 marks an exemption (miễn), procedures with no fee have no rows.
SET NAMES utf8mb4;

-- 1. 1.001193
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(1, 1, 'le_phi', 'Lệ phí đăng ký khai sinh đúng hạn', 0, 'submission', 'Miễn lệ phí đăng ký khai sinh đúng hạn (khoản 1 Điều 11 Luật Hộ tịch).'),
(1, 2, 'phi', 'Phí cấp bản sao Giấy khai sinh (nếu có yêu cầu)', 8000, 'result', '8.000 đồng/bản sao.');

-- 2. 2.000528
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(2, 1, 'le_phi', 'Lệ phí đăng ký khai sinh có yếu tố nước ngoài', 75000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa; miễn đối với người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.');

-- 3. 1.004884
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(3, 1, 'le_phi', 'Lệ phí đăng ký lại khai sinh', 5000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa; miễn đối với người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.');

-- 4. 1.000689
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(4, 1, 'le_phi', 'Lệ phí đăng ký nhận cha, mẹ, con', 15000, 'submission', 'Miễn lệ phí đăng ký khai sinh đúng hạn; lệ phí nhận cha, mẹ, con theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa.');

-- 5. 1.004772
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(5, 1, 'le_phi', 'Lệ phí đăng ký khai sinh (quá hạn)', 5000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa; miễn đối với người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.');

-- 6. 1.003583
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(6, 1, 'le_phi', 'Lệ phí đăng ký khai sinh lưu động', 0, 'submission', 'Miễn lệ phí.');

-- 7. 1.000894
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(7, 1, 'le_phi', 'Lệ phí đăng ký kết hôn', 0, 'submission', 'Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước (khoản 1 Điều 11 Luật Hộ tịch).'),
(7, 2, 'phi', 'Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu)', 8000, 'result', '8.000 đồng/bản sao.');

-- 8. 2.000806
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(8, 1, 'le_phi', 'Lệ phí đăng ký kết hôn có yếu tố nước ngoài', 1000000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa; miễn đối với người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.');

-- 9. 1.000656
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(9, 1, 'le_phi', 'Lệ phí đăng ký khai tử đúng hạn', 0, 'submission', 'Miễn lệ phí đăng ký khai tử đúng hạn (khoản 1 Điều 11 Luật Hộ tịch).');

-- 10. 1.004873
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(10, 1, 'le_phi', 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', 15000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa; miễn đối với người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.');

-- 11. 1.001022
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(11, 1, 'le_phi', 'Lệ phí đăng ký nhận cha, mẹ, con', 15000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa; miễn đối với người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.');

-- 12. 1.004859
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(12, 1, 'le_phi', 'Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', 15000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa; miễn đối với người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.');

-- 13. 2.000635
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(13, 1, 'phi', 'Phí cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh', 8000, 'submission', '8.000 đồng/bản sao.');

-- 14. 1.004837
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(14, 1, 'le_phi', 'Lệ phí đăng ký giám hộ', 0, 'submission', 'Miễn lệ phí đăng ký giám hộ (khoản 1 Điều 11 Luật Hộ tịch).');

-- 15. 1.005461
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(15, 1, 'le_phi', 'Lệ phí đăng ký lại khai tử', 5000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa; miễn đối với người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.');

-- 16. 2.000815
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(16, 1, 'phi', 'Phí chứng thực bản sao từ bản chính', 2000, 'submission', '2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản. Trang là căn cứ để thu phí được tính theo trang của bản chính.');

-- 17. 2.000884
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(17, 1, 'phi', 'Phí chứng thực chữ ký', 10000, 'submission', '10.000 đồng/trường hợp (một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản).');

-- 18. 2.001035
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(18, 1, 'phi', 'Phí chứng thực hợp đồng, giao dịch', 50000, 'submission', '50.000 đồng/hợp đồng, giao dịch.');

-- 19. 2.000942
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(19, 1, 'phi', 'Phí cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực', 2000, 'submission', '2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản.');

-- 20. 2.001406
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(20, 1, 'phi', 'Phí chứng thực văn bản phân chia di sản', 50000, 'submission', '50.000 đồng/văn bản.');

-- 21. 2.000913
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(21, 1, 'phi', 'Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch', 30000, 'submission', '30.000 đồng/giao dịch.');

-- 22. 2.001263
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(22, 1, 'le_phi', 'Lệ phí đăng ký nuôi con nuôi trong nước', 400000, 'submission', '400.000 đồng/trường hợp. Miễn lệ phí đối với cha dượng, mẹ kế nhận con riêng của vợ hoặc chồng; cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi; nhận trẻ em có hoàn cảnh đặc biệt làm con nuôi (Nghị định số 114/2016/NĐ-CP).');

-- 23. 1.001612
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(23, 1, 'le_phi', 'Lệ phí đăng ký hộ kinh doanh', 100000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa.');

-- 24. 2.000720
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(24, 1, 'le_phi', 'Lệ phí đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 50000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa.');

-- 29. 1.013978
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(29, 1, 'le_phi', 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 100000, 'result', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa. Chưa bao gồm tiền sử dụng đất, lệ phí trước bạ và các nghĩa vụ tài chính khác do cơ quan thuế thông báo.');

-- 30. 1.013225
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(30, 1, 'le_phi', 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', 75000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa; công trình khác áp dụng mức thu riêng.');

-- 32. 2.002036
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(32, 1, 'le_phi', 'Lệ phí giải quyết thôi quốc tịch Việt Nam', 2500000, 'submission', '2.500.000 đồng/trường hợp.');

-- 34. 2.001610
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(34, 1, 'le_phi', 'Lệ phí đăng ký doanh nghiệp', 50000, 'submission', 'Miễn lệ phí khi đăng ký qua mạng thông tin điện tử.'),
(34, 2, 'phi', 'Phí công bố nội dung đăng ký doanh nghiệp', 100000, 'submission', '');

-- 35. 2.002043
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(35, 1, 'le_phi', 'Lệ phí đăng ký doanh nghiệp', 50000, 'submission', 'Miễn lệ phí khi đăng ký qua mạng thông tin điện tử.'),
(35, 2, 'phi', 'Phí công bố nội dung đăng ký doanh nghiệp', 100000, 'submission', '');

-- 36. 2.002042
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(36, 1, 'le_phi', 'Lệ phí đăng ký doanh nghiệp', 50000, 'submission', 'Miễn lệ phí khi đăng ký qua mạng thông tin điện tử.'),
(36, 2, 'phi', 'Phí công bố nội dung đăng ký doanh nghiệp', 100000, 'submission', '');

-- 37. 1.000703
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(37, 1, 'le_phi', 'Lệ phí cấp Giấy phép kinh doanh vận tải bằng xe ô tô', 200000, 'submission', '200.000 đồng/giấy phép.');

-- 39. 1.012783
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(39, 1, 'le_phi', 'Lệ phí cấp đổi Giấy chứng nhận', 50000, 'result', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa.');

-- 40. 1.012786
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(40, 1, 'le_phi', 'Lệ phí cấp lại Giấy chứng nhận', 50000, 'result', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa.');

-- 41. 1.014199
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(41, 1, 'le_phi', 'Lệ phí cấp giấy phép lao động', 600000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa.');

-- 46. 3.000333
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(46, 1, 'phi', 'Phí cung cấp thông tin lý lịch tư pháp', 200000, 'submission', '200.000 đồng/lần/người. Sinh viên, người có công với cách mạng, thân nhân liệt sĩ nộp 100.000 đồng/lần; miễn phí đối với trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú tại xã đặc biệt khó khăn, đồng bào dân tộc thiểu số ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn.'),
(46, 2, 'phi', 'Phí cấp thêm Phiếu Lý lịch tư pháp từ Phiếu thứ 3 trở đi (nếu có yêu cầu)', 5000, 'result', '5.000 đồng/Phiếu.');

-- 47. 2.002189
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(47, 1, 'le_phi', 'Lệ phí ghi vào Sổ hộ tịch việc kết hôn đã giải quyết ở nước ngoài', 75000, 'submission', 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Thanh Hóa.');

-- 48. 1.000593
INSERT INTO procedure_fees (procedure_id, sort, kind, name, amount, stage, note) VALUES
(48, 1, 'le_phi', 'Lệ phí đăng ký kết hôn lưu động', 0, 'submission', 'Miễn lệ phí.');

-- Extra copies are charged only on request: they are not part of the total due. The pages
-- say "(nếu có yêu cầu)" for every optional fee, so the names do not repeat it.
UPDATE procedure_fees SET optional = 1, name = TRIM(REPLACE(name, '(nếu có yêu cầu)', ''))
 WHERE name LIKE '%(nếu có yêu cầu)%';
