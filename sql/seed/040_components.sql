-- 040: thành phần hồ sơ (dossier components) of every seeded procedure, with their form templates.
SET NAMES utf8mb4;

-- 1. 1.001193
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(1, 1, 'Tờ khai đăng ký khai sinh theo mẫu (nộp trực tiếp hoặc qua bưu chính); nộp trực tuyến thì khai theo mẫu hộ tịch điện tử tương tác', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký khai sinh', 'to-khai-dang-ky-khai-sinh.html'),
(1, 2, 'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; không có người làm chứng thì nộp giấy cam đoan về việc sinh', 1, 1, 0, 'pdf,jpg,png', 10240, 'Không phải nộp bản giấy nếu đã nộp bản điện tử Giấy chứng sinh hoặc cơ quan đăng ký hộ tịch khai thác được dữ liệu điện tử có ký số của Giấy chứng sinh.', '', ''),
(1, 3, 'Biên bản xác nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập (trường hợp khai sinh cho trẻ em bị bỏ rơi)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(1, 4, 'Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản (trường hợp trẻ em sinh ra do mang thai hộ)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(1, 5, 'Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền thực hiện thủ tục)', 0, 1, 0, 'pdf,jpg,png', 10240, 'Không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.', '', ''),
(1, 6, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', ''),
(1, 7, 'Giấy tờ chứng minh thông tin về cư trú (chỉ khi cơ quan đăng ký hộ tịch không khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)', 0, 1, 0, 'pdf,jpg,png', 10240, 'Theo khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP.', '', '');

-- 2. 2.000528
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(2, 1, 'Tờ khai đăng ký khai sinh theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký khai sinh', 'to-khai-dang-ky-khai-sinh.html'),
(2, 2, 'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh theo quy định', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(2, 3, 'Văn bản thỏa thuận của cha, mẹ về việc lựa chọn quốc tịch cho con (trường hợp cha, mẹ chọn quốc tịch nước ngoài cho con thì kèm xác nhận của cơ quan có thẩm quyền của nước đó)', 0, 1, 0, 'pdf,jpg,png', 10240, 'Giấy tờ do nước ngoài cấp phải được hợp pháp hóa lãnh sự và dịch sang tiếng Việt có chứng thực, trừ trường hợp được miễn.', '', ''),
(2, 4, 'Hộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu của cha, mẹ là người nước ngoài', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(2, 5, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 3. 1.004884
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(3, 1, 'Tờ khai đăng ký lại khai sinh theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký lại khai sinh', 'to-khai-dang-ky-lai-khai-sinh.html'),
(3, 2, 'Bản sao Giấy khai sinh trước đây (nếu có); nếu không có thì nộp bản sao hoặc bản chính giấy tờ, tài liệu có nội dung liên quan đến việc khai sinh (văn bằng, học bạ, hồ sơ công chức, viên chức, sổ bảo hiểm xã hội...)', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(3, 3, 'Văn bản cam đoan về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính Giấy khai sinh', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(3, 4, 'Văn bản xác nhận của cơ quan, đơn vị quản lý về các thông tin khai sinh (đối với cán bộ, công chức, viên chức, người đang công tác trong lực lượng vũ trang)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(3, 5, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 4. 1.000689
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(4, 1, 'Tờ khai đăng ký khai sinh theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký khai sinh', 'to-khai-dang-ky-khai-sinh.html'),
(4, 2, 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký nhận cha, mẹ, con', 'to-khai-dang-ky-nhan-cha-me-con.html'),
(4, 3, 'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(4, 4, 'Chứng cứ chứng minh quan hệ cha, mẹ, con: văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan, tổ chức khác có thẩm quyền xác nhận quan hệ huyết thống; trường hợp không có thì lập văn bản cam kết và có ít nhất hai người làm chứng', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(4, 5, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 5. 1.004772
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(5, 1, 'Tờ khai đăng ký khai sinh theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký khai sinh', 'to-khai-dang-ky-khai-sinh.html'),
(5, 2, 'Bản sao toàn bộ hồ sơ, giấy tờ của người yêu cầu hoặc hồ sơ, giấy tờ, tài liệu khác trong đó có thông tin liên quan đến nội dung khai sinh', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(5, 3, 'Văn bản cam đoan của người yêu cầu về việc chưa được đăng ký khai sinh', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(5, 4, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 6. 1.003583
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(6, 1, 'Tờ khai đăng ký khai sinh theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký khai sinh', 'to-khai-dang-ky-khai-sinh.html'),
(6, 2, 'Giấy chứng sinh; trường hợp không có thì văn bản của người làm chứng hoặc giấy cam đoan về việc sinh', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(6, 3, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 7. 1.000894
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(7, 1, 'Tờ khai đăng ký kết hôn theo mẫu; hai bên nam, nữ có thể khai chung vào một Tờ khai', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký kết hôn', 'to-khai-dang-ky-ket-hon.html'),
(7, 2, 'Giấy xác nhận tình trạng hôn nhân (chỉ trường hợp không tra cứu được tình trạng hôn nhân trong Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(7, 3, 'Trích lục ghi chú ly hôn (trường hợp đã ly hôn, hủy việc kết hôn tại cơ quan có thẩm quyền của nước ngoài)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(7, 4, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', ''),
(7, 5, 'Giấy tờ chứng minh thông tin về cư trú (chỉ khi cơ quan đăng ký hộ tịch không khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)', 0, 1, 0, 'pdf,jpg,png', 10240, 'Theo khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP.', '', '');

-- 8. 2.000806
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(8, 1, 'Tờ khai đăng ký kết hôn theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký kết hôn', 'to-khai-dang-ky-ket-hon.html'),
(8, 2, 'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền của nước mà người đó là công dân cấp, còn giá trị sử dụng', 1, 1, 0, 'pdf,jpg,png', 10240, 'Phải hợp pháp hóa lãnh sự và dịch sang tiếng Việt, trừ trường hợp được miễn theo điều ước quốc tế. Nếu không ghi thời hạn sử dụng thì có giá trị 06 tháng kể từ ngày cấp.', '', ''),
(8, 3, 'Giấy xác nhận của tổ chức y tế có thẩm quyền của Việt Nam hoặc nước ngoài xác nhận người đó không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(8, 4, 'Bản sao hộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu (đối với người nước ngoài, công dân Việt Nam định cư ở nước ngoài)', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(8, 5, 'Văn bản của cơ quan, đơn vị quản lý xác nhận việc kết hôn với người nước ngoài không trái quy định của ngành (đối với công chức, viên chức, người đang phục vụ trong lực lượng vũ trang)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(8, 6, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 9. 1.000656
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(9, 1, 'Tờ khai đăng ký khai tử theo mẫu (nộp trực tiếp hoặc qua bưu chính); nộp trực tuyến thì khai theo mẫu hộ tịch điện tử tương tác', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký khai tử', 'to-khai-dang-ky-khai-tu.html'),
(9, 2, 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp', 1, 1, 0, 'pdf,jpg,png', 10240, 'Không phải nộp bản giấy nếu cơ quan đăng ký hộ tịch khai thác được dữ liệu điện tử Giấy báo tử.', '', ''),
(9, 3, 'Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền thực hiện thủ tục)', 0, 1, 0, 'pdf,jpg,png', 10240, 'Không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.', '', ''),
(9, 4, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 10. 1.004873
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(10, 1, 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu (nộp trực tiếp hoặc qua bưu chính); nộp trực tuyến thì khai theo mẫu điện tử tương tác', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'to-khai-xac-nhan-tinh-trang-hon-nhan.html'),
(10, 2, 'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (trường hợp yêu cầu cấp lại để sử dụng vào mục đích khác hoặc do đã hết thời hạn sử dụng)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(10, 3, 'Thông tin về Bản án, Quyết định ly hôn, Giấy chứng tử hoặc Trích lục khai tử của vợ/chồng (trường hợp đã ly hôn hoặc vợ/chồng đã chết)', 0, 0, 0, 'pdf,jpg,png', 10240, 'Người yêu cầu chỉ cần cung cấp số, ngày, cơ quan cấp; cơ quan đăng ký hộ tịch tự tra cứu.', '', ''),
(10, 4, 'Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền thực hiện thủ tục)', 0, 1, 0, 'pdf,jpg,png', 10240, 'Không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.', '', ''),
(10, 5, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', ''),
(10, 6, 'Giấy tờ chứng minh thông tin về cư trú (chỉ khi cơ quan đăng ký hộ tịch không khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)', 0, 1, 0, 'pdf,jpg,png', 10240, 'Theo khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP.', '', '');

-- 11. 1.001022
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(11, 1, 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký nhận cha, mẹ, con', 'to-khai-dang-ky-nhan-cha-me-con.html'),
(11, 2, 'Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan, tổ chức khác có thẩm quyền xác nhận quan hệ cha, mẹ, con; trường hợp không có thì văn bản cam kết về quan hệ cha, mẹ, con có ít nhất hai người làm chứng', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(11, 3, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 12. 1.004859
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(12, 1, 'Tờ khai đăng ký việc thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', 'to-khai-thay-doi-cai-chinh-ho-tich.html'),
(12, 2, 'Giấy tờ, tài liệu là căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(12, 3, 'Giấy khai sinh hoặc Giấy chứng nhận kết hôn đã cấp (trường hợp thay đổi, cải chính nội dung trên các giấy tờ này)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(12, 4, 'Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền thực hiện thủ tục)', 0, 1, 0, 'pdf,jpg,png', 10240, 'Không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.', '', ''),
(12, 5, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 13. 2.000635
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(13, 1, 'Tờ khai cấp bản sao Trích lục hộ tịch theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai cấp bản sao Trích lục hộ tịch', 'to-khai-cap-ban-sao-trich-luc-ho-tich.html'),
(13, 2, 'Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền thực hiện thủ tục)', 0, 1, 0, 'pdf,jpg,png', 10240, 'Không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.', '', ''),
(13, 3, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 14. 1.004837
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(14, 1, 'Tờ khai đăng ký giám hộ theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(14, 2, 'Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự (trường hợp giám hộ cử); giấy tờ chứng minh điều kiện làm giám hộ đương nhiên (trường hợp giám hộ đương nhiên)', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(14, 3, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 15. 1.005461
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(15, 1, 'Tờ khai đăng ký khai tử theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký khai tử', 'to-khai-dang-ky-khai-tu.html'),
(15, 2, 'Bản sao Giấy chứng tử trước đây được cấp hợp lệ; nếu không có thì giấy tờ, tài liệu có nội dung liên quan đến việc khai tử', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(15, 3, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 16. 2.000815
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(16, 1, 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao (xuất trình)', 1, 1, 0, 'pdf,jpg,png', 10240, 'Giấy tờ do cơ quan nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ trường hợp được miễn.', '', ''),
(16, 2, 'Bản sao cần chứng thực (trường hợp người yêu cầu tự chụp)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', '');

-- 17. 2.000884
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(17, 1, 'Giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu chứng thực (xuất trình bản chính)', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(17, 2, 'Giấy tờ, văn bản mà mình sẽ ký', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 18. 2.001035
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(18, 1, 'Phiếu yêu cầu chứng thực hợp đồng, giao dịch theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Phiếu yêu cầu chứng thực hợp đồng, giao dịch', 'phieu-yeu-cau-chung-thuc-hop-dong.html'),
(18, 2, 'Dự thảo hợp đồng, giao dịch', 1, 1, 0, 'pdf,doc,docx', 10240, '', '', ''),
(18, 3, 'Bản sao giấy tờ tùy thân của người yêu cầu chứng thực', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(18, 4, 'Bản sao Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc bản sao giấy tờ thay thế theo quy định đối với tài sản mà pháp luật quy định phải đăng ký quyền sở hữu, quyền sử dụng', 1, 0, 1, 'pdf,jpg,png', 10240, 'Xuất trình bản chính để đối chiếu.', '', '');

-- 19. 2.000942
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(19, 1, 'Giấy tờ tùy thân của người yêu cầu (xuất trình bản chính)', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(19, 2, 'Giấy tờ chứng minh quyền, nghĩa vụ liên quan đến hợp đồng, giao dịch (trường hợp không phải là bên tham gia hợp đồng, giao dịch)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 20. 2.001406
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(20, 1, 'Phiếu yêu cầu chứng thực hợp đồng, giao dịch theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Phiếu yêu cầu chứng thực hợp đồng, giao dịch', 'phieu-yeu-cau-chung-thuc-hop-dong.html'),
(20, 2, 'Dự thảo văn bản thỏa thuận phân chia di sản', 1, 1, 0, 'pdf,doc,docx', 10240, '', '', ''),
(20, 3, 'Bản sao giấy tờ tùy thân của những người thừa kế', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(20, 4, 'Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất hoặc giấy tờ thay thế', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(20, 5, 'Giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản theo pháp luật; Giấy chứng tử hoặc Trích lục khai tử của người để lại di sản', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', '');

-- 21. 2.000913
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(21, 1, 'Phiếu yêu cầu chứng thực hợp đồng, giao dịch theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Phiếu yêu cầu chứng thực hợp đồng, giao dịch', 'phieu-yeu-cau-chung-thuc-hop-dong.html'),
(21, 2, 'Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ giao dịch', 1, 1, 0, 'pdf,doc,docx', 10240, '', '', ''),
(21, 3, 'Giao dịch đã được chứng thực', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 22. 2.001263
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(22, 1, 'Đơn xin nhận con nuôi theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Đơn xin nhận con nuôi (trong nước)', 'don-xin-nhan-con-nuoi.html'),
(22, 2, 'Bản sao Hộ chiếu, Thẻ căn cước hoặc giấy tờ có giá trị thay thế của người nhận con nuôi', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(22, 3, 'Phiếu lý lịch tư pháp của người nhận con nuôi', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(22, 4, 'Văn bản xác nhận tình trạng hôn nhân của người nhận con nuôi', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(22, 5, 'Giấy khám sức khỏe do cơ quan y tế cấp xã trở lên cấp; văn bản xác nhận hoàn cảnh gia đình, tình trạng chỗ ở, điều kiện kinh tế do Ủy ban nhân dân cấp xã nơi người nhận con nuôi thường trú cấp', 1, 1, 0, 'pdf,jpg,png', 10240, 'Không áp dụng đối với cha dượng, mẹ kế nhận con riêng của vợ/chồng; cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi.', '', ''),
(22, 6, 'Hồ sơ của người được giới thiệu làm con nuôi: Giấy khai sinh, Giấy khám sức khỏe, hai ảnh toàn thân nhìn thẳng chụp không quá 06 tháng; biên bản xác nhận trẻ bị bỏ rơi hoặc quyết định tiếp nhận trẻ vào cơ sở nuôi dưỡng (nếu có)', 1, 1, 0, 'pdf,jpg,png', 20480, '', '', '');

-- 23. 1.001612
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(23, 1, 'Giấy đề nghị đăng ký hộ kinh doanh theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Giấy đề nghị đăng ký hộ kinh doanh', 'giay-de-nghi-dang-ky-ho-kinh-doanh.html'),
(23, 2, 'Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký hộ kinh doanh)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(23, 3, 'Bản sao văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký hộ kinh doanh)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(23, 4, 'Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh, thành viên hộ gia đình', 0, 0, 1, 'pdf,jpg,png', 10240, 'Không phải nộp nếu là công dân Việt Nam đã được cấp số định danh cá nhân và thông tin được xác thực với Cơ sở dữ liệu quốc gia về dân cư.', '', '');

-- 24. 2.000720
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(24, 1, 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(24, 2, 'Bản sao biên bản họp thành viên hộ gia đình về việc thay đổi nội dung đăng ký hộ kinh doanh (trường hợp hộ kinh doanh do các thành viên hộ gia đình đăng ký)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(24, 3, 'Giấy tờ chứng minh nội dung thay đổi (hợp đồng thuê địa điểm kinh doanh mới, văn bản ủy quyền...) tùy trường hợp', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 25. 1.001570
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(25, 1, 'Thông báo về việc tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(25, 2, 'Văn bản ủy quyền cho người đi nộp hồ sơ (trường hợp không phải chủ hộ kinh doanh trực tiếp nộp)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 26. 1.001776
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(26, 1, 'Tờ khai đề nghị trợ giúp xã hội theo mẫu tương ứng với từng đối tượng', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đề nghị trợ giúp xã hội', 'to-khai-de-nghi-tro-giup-xa-hoi.html'),
(26, 2, 'Giấy xác nhận khuyết tật (đối với người khuyết tật)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(26, 3, 'Bản sao Quyết định của Tòa án, giấy tờ xác nhận tình trạng của cha, mẹ (đối với trẻ em không có nguồn nuôi dưỡng), giấy tờ chứng minh đang học (đối với người từ 16 đến 22 tuổi) tùy trường hợp', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(26, 4, 'Văn bản đề nghị điều chỉnh, thôi hưởng và giấy tờ chứng minh (trường hợp điều chỉnh, thôi hưởng)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 27. 1.001699
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(27, 1, 'Đơn đề nghị xác định, xác định lại mức độ khuyết tật theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Đơn đề nghị xác định, xác định lại mức độ khuyết tật', 'don-de-nghi-xac-dinh-muc-do-khuyet-tat.html'),
(27, 2, 'Bản sao kết luận của Hội đồng giám định y khoa về khả năng tự phục vụ, mức độ suy giảm khả năng lao động; giấy tờ liên quan đến khuyết tật như bệnh án, giấy tờ khám, điều trị (nếu có)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(27, 3, 'Giấy xác nhận khuyết tật đã được cấp (trường hợp xác định lại mức độ khuyết tật)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 28. 1.001731
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(28, 1, 'Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(28, 2, 'Giấy báo tử hoặc Trích lục khai tử của người chết (không phải nộp nếu khai thác được từ Cơ sở dữ liệu hộ tịch điện tử)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', '');

-- 29. 1.013978
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(29, 1, 'Đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Đơn đăng ký đất đai, tài sản gắn liền với đất', 'don-dang-ky-dat-dai.html'),
(29, 2, 'Một trong các loại giấy tờ về quyền sử dụng đất quy định tại Điều 137, khoản 1, khoản 5 Điều 148, khoản 1, khoản 5 Điều 149 Luật Đất đai; sơ đồ nhà ở, công trình xây dựng (nếu có)', 1, 1, 1, 'pdf,jpg,png', 20480, '', '', ''),
(29, 3, 'Mảnh trích đo bản đồ địa chính thửa đất (nếu có)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(29, 4, 'Giấy tờ về việc chuyển quyền sử dụng đất có chữ ký của bên chuyển quyền và bên nhận chuyển quyền (trường hợp nhận chuyển quyền mà chưa làm thủ tục chuyển quyền)', 0, 1, 1, 'pdf,jpg,png', 10240, '', '', ''),
(29, 5, 'Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính về đất đai (nếu có)', 0, 1, 1, 'pdf,jpg,png', 10240, '', '', ''),
(29, 6, 'Văn bản xác định các thành viên có chung quyền sử dụng đất của hộ gia đình (trường hợp hộ gia đình đang sử dụng đất)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 30. 1.013225
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(30, 1, 'Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục II Nghị định số 175/2024/NĐ-CP', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 1 Phụ lục II Nghị định số 175/2024/NĐ-CP)', 'don-de-nghi-cap-giay-phep-xay-dung.html'),
(30, 2, 'Một trong những giấy tờ hợp pháp về đất đai theo quy định tại Điều 53 Nghị định số 175/2024/NĐ-CP (Giấy chứng nhận quyền sử dụng đất hoặc giấy tờ thay thế)', 1, 0, 1, 'pdf,jpg,png', 10240, 'Không phải nộp nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về đất đai.', '', ''),
(30, 3, '02 bộ bản vẽ thiết kế xây dựng: bản vẽ mặt bằng công trình trên lô đất kèm sơ đồ vị trí; bản vẽ mặt bằng các tầng, các mặt đứng và mặt cắt chính; bản vẽ mặt bằng móng, mặt cắt móng; sơ đồ đấu nối hạ tầng kỹ thuật', 1, 2, 0, 'pdf,jpg,png', 51200, '', '', ''),
(30, 4, 'Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế (đối với nhà ở riêng lẻ từ 03 tầng trở lên hoặc tổng diện tích sàn từ 250 m² trở lên do tổ chức, cá nhân thiết kế)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(30, 5, 'Văn bản cam kết bảo đảm an toàn cho công trình liền kề (đối với công trình xây chen có tầng hầm)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 31. 2.002481
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(31, 1, 'Đơn xin chuyển trường do cha mẹ hoặc người giám hộ ký', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(31, 2, 'Học bạ (bản chính)', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(31, 3, 'Giấy giới thiệu chuyển trường do hiệu trưởng nhà trường nơi đi cấp', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(31, 4, 'Bản sao giấy khai sinh', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', '');

-- 32. 2.002036
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(32, 1, 'Đơn xin thôi quốc tịch Việt Nam theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Đơn xin thôi quốc tịch Việt Nam (Mẫu TP/QT-2020-ĐXTQT.1)', 'don-xin-thoi-quoc-tich.html'),
(32, 2, 'Bản khai lý lịch theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(32, 3, 'Bản sao Hộ chiếu Việt Nam, Thẻ căn cước hoặc giấy tờ khác chứng minh quốc tịch Việt Nam', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(32, 4, 'Phiếu lý lịch tư pháp do cơ quan có thẩm quyền cấp không quá 90 ngày tính đến ngày nộp hồ sơ', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(32, 5, 'Giấy tờ xác nhận về việc người đó đang làm thủ tục nhập quốc tịch nước ngoài (trừ trường hợp pháp luật nước đó không quy định)', 1, 1, 0, 'pdf,jpg,png', 10240, 'Giấy tờ do nước ngoài cấp phải được hợp pháp hóa lãnh sự và dịch sang tiếng Việt.', '', ''),
(32, 6, 'Giấy xác nhận không nợ thuế của cơ quan thuế nơi người xin thôi quốc tịch cư trú', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 33. 2.000829
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(33, 1, 'Đơn yêu cầu trợ giúp pháp lý theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(33, 2, 'Giấy tờ chứng minh là người được trợ giúp pháp lý (Thẻ người có công, giấy chứng nhận hộ nghèo, giấy tờ chứng minh người dân tộc thiểu số cư trú ở vùng đặc biệt khó khăn...)', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(33, 3, 'Các giấy tờ, tài liệu có liên quan đến vụ việc trợ giúp pháp lý', 0, 0, 1, 'pdf,jpg,png', 20480, '', '', '');

-- 34. 2.001610
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(34, 1, 'Giấy đề nghị đăng ký doanh nghiệp tư nhân theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Giấy đề nghị đăng ký doanh nghiệp', 'giay-de-nghi-dang-ky-doanh-nghiep.html'),
(34, 2, 'Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân', 0, 0, 1, 'pdf,jpg,png', 10240, 'Không phải nộp nếu là công dân Việt Nam có số định danh cá nhân đã được xác thực với Cơ sở dữ liệu quốc gia về dân cư.', '', ''),
(34, 3, 'Văn bản ủy quyền cho cá nhân thực hiện thủ tục đăng ký doanh nghiệp (trường hợp ủy quyền)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 35. 2.002043
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(35, 1, 'Giấy đề nghị đăng ký doanh nghiệp (công ty cổ phần) theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Giấy đề nghị đăng ký doanh nghiệp', 'giay-de-nghi-dang-ky-doanh-nghiep.html'),
(35, 2, 'Điều lệ công ty', 1, 1, 0, 'pdf,doc,docx', 10240, '', '', ''),
(35, 3, 'Danh sách cổ đông sáng lập; danh sách cổ đông là nhà đầu tư nước ngoài (nếu có)', 1, 1, 0, 'pdf,doc,docx,xls,xlsx', 10240, '', '', ''),
(35, 4, 'Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật, cổ đông sáng lập là cá nhân; bản sao giấy tờ pháp lý của tổ chức đối với cổ đông là tổ chức', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(35, 5, 'Bản sao Giấy chứng nhận đăng ký đầu tư (trường hợp doanh nghiệp được thành lập bởi nhà đầu tư nước ngoài hoặc tổ chức kinh tế có vốn đầu tư nước ngoài)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', '');

-- 36. 2.002042
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(36, 1, 'Giấy đề nghị đăng ký doanh nghiệp (công ty hợp danh) theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Giấy đề nghị đăng ký doanh nghiệp', 'giay-de-nghi-dang-ky-doanh-nghiep.html'),
(36, 2, 'Điều lệ công ty', 1, 1, 0, 'pdf,doc,docx', 10240, '', '', ''),
(36, 3, 'Danh sách thành viên', 1, 1, 0, 'pdf,doc,docx,xls,xlsx', 10240, '', '', ''),
(36, 4, 'Bản sao giấy tờ pháp lý của cá nhân đối với thành viên công ty; bản sao giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', '');

-- 37. 1.000703
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(37, 1, 'Giấy đề nghị cấp Giấy phép kinh doanh theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(37, 2, 'Bản sao văn bản quyết định thành lập và quy định chức năng, nhiệm vụ của bộ phận quản lý, theo dõi các điều kiện về an toàn giao thông (đối với loại hình kinh doanh vận tải phải có bộ phận này)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', '');

-- 38. 2.002288
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(38, 1, 'Giấy đề nghị cấp, cấp lại phù hiệu theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(38, 2, 'Bản sao giấy đăng ký xe hoặc giấy hẹn cấp giấy đăng ký xe; hợp đồng thuê phương tiện (trường hợp xe không thuộc sở hữu của đơn vị)', 0, 0, 1, 'pdf,jpg,png', 10240, 'Không phải nộp nếu thông tin đã được khai thác từ cơ sở dữ liệu đăng ký xe.', '', '');

-- 39. 1.012783
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(39, 1, 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18 ban hành kèm theo Nghị định số 151/2025/NĐ-CP', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 18)', 'don-dang-ky-bien-dong-dat-dai.html'),
(39, 2, 'Bản gốc Giấy chứng nhận đã cấp', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(39, 3, 'Mảnh trích đo bản đồ địa chính thửa đất (trường hợp trích đo mà ranh giới thửa đất không thay đổi hoặc có nhu cầu xác định lại kích thước, diện tích)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', '');

-- 40. 1.012786
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(40, 1, 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18 ban hành kèm theo Nghị định số 151/2025/NĐ-CP', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 18)', 'don-dang-ky-bien-dong-dat-dai.html'),
(40, 2, 'Giấy xác nhận của Ủy ban nhân dân cấp xã về việc đã niêm yết thông báo mất Giấy chứng nhận; hoặc giấy tờ chứng minh thiên tai, hỏa hoạn (trường hợp mất do thiên tai, hỏa hoạn)', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 41. 1.014199
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(41, 1, 'Văn bản của người sử dụng lao động báo cáo giải trình nhu cầu sử dụng lao động nước ngoài và đề nghị cấp giấy phép lao động theo Mẫu số 03 Phụ lục ban hành kèm theo Nghị định số 219/2025/NĐ-CP', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(41, 2, 'Giấy khám sức khỏe do cơ sở khám bệnh, chữa bệnh có đủ điều kiện cấp (trừ trường hợp kết quả đã được kết nối, chia sẻ trên hệ thống thông tin y tế)', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(41, 3, 'Hộ chiếu còn thời hạn', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(41, 4, 'Phiếu lý lịch tư pháp hoặc văn bản xác nhận người lao động nước ngoài không đang chấp hành hình phạt, chưa được xóa án tích hoặc đang bị truy cứu trách nhiệm hình sự, cấp không quá 06 tháng', 1, 1, 0, 'pdf,jpg,png', 10240, 'Giấy tờ do nước ngoài cấp phải được hợp pháp hóa lãnh sự và dịch sang tiếng Việt, trừ trường hợp được miễn.', '', ''),
(41, 5, '02 ảnh màu kích thước 4 cm x 6 cm, phông nền trắng, mặt nhìn thẳng, đầu để trần, không đeo kính', 1, 1, 0, 'jpg,png', 2048, '', '', ''),
(41, 6, 'Giấy tờ chứng minh vị trí công việc (nhà quản lý, giám đốc điều hành, chuyên gia, lao động kỹ thuật) và hình thức làm việc của người lao động nước ngoài', 1, 1, 0, 'pdf,jpg,png', 20480, '', '', '');

-- 42. 1.014748
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(42, 1, 'Đề nghị hưởng trợ cấp thất nghiệp theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(42, 2, 'Bản chính hoặc bản sao một trong các giấy tờ xác nhận chấm dứt hợp đồng lao động hoặc hợp đồng làm việc (quyết định thôi việc, quyết định sa thải, thông báo chấm dứt hợp đồng...)', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(42, 3, 'Sổ bảo hiểm xã hội hoặc xác nhận của cơ quan bảo hiểm xã hội về việc đóng bảo hiểm thất nghiệp', 0, 1, 0, 'pdf,jpg,png', 10240, 'Không phải nộp nếu thông tin được khai thác từ cơ sở dữ liệu bảo hiểm xã hội.', '', '');

-- 43. 2.000286
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(43, 1, 'Tờ khai đề nghị tiếp nhận đối tượng vào cơ sở trợ giúp xã hội theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(43, 2, 'Bản sao Giấy khai sinh (đối với trẻ em) hoặc giấy tờ tùy thân của đối tượng', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(43, 3, 'Văn bản đề nghị của Ủy ban nhân dân cấp xã nơi đối tượng cư trú', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(43, 4, 'Giấy xác nhận khuyết tật (đối với người khuyết tật); biên bản xác nhận trẻ bị bỏ rơi (đối với trẻ em bị bỏ rơi)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', '');

-- 44. 3.000465
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(44, 1, 'Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(44, 2, 'Giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu (Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Hộ chiếu)', 0, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', ''),
(44, 3, 'Giấy tờ chứng minh quan hệ với người có tên trong sổ gốc hoặc văn bản ủy quyền (trường hợp người yêu cầu không phải là người có tên trong sổ gốc)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 45. 3.000466
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(45, 1, 'Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(45, 2, 'Văn bằng, chứng chỉ đề nghị chỉnh sửa', 1, 1, 0, 'pdf,jpg,png', 10240, '', '', ''),
(45, 3, 'Trích lục hoặc quyết định thay đổi, cải chính hộ tịch, xác định lại dân tộc, bổ sung hộ tịch, điều chỉnh hộ tịch', 1, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(45, 4, 'Giấy khai sinh (đối với trường hợp chỉnh sửa văn bằng do bổ sung hộ tịch, điều chỉnh hộ tịch)', 0, 0, 1, 'pdf,jpg,png', 10240, '', '', ''),
(45, 5, 'Giấy tờ tùy thân còn giá trị sử dụng của người đề nghị (Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Hộ chiếu)', 0, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 46. 3.000333
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(46, 1, 'Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp (Mẫu số 01/2025/LLTP đối với cá nhân tự yêu cầu; Mẫu số 02/2025/LLTP đối với trường hợp ủy quyền hoặc cha, mẹ yêu cầu cho người chưa thành niên); nộp trực tuyến thì dùng tờ khai điện tử tương tác', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai yêu cầu cấp Phiếu Lý lịch tư pháp (Mẫu số 01/2025/LLTP)', 'to-khai-cap-phieu-ly-lich-tu-phap.html'),
(46, 2, 'Bản sao Thẻ căn cước, Thẻ căn cước công dân, Giấy chứng nhận căn cước hoặc Hộ chiếu của người được cấp Phiếu', 1, 0, 1, 'pdf,jpg,png', 10240, 'Nộp trực tuyến: tải lên bản chụp từ bản chính (không phải nộp khi thực hiện trên VNeID). Nộp qua bưu chính: bản sao có chứng thực. Nộp tại quầy: bản sao kèm bản chính để đối chiếu.', '', ''),
(46, 3, 'Văn bản ủy quyền yêu cầu cấp Phiếu Lý lịch tư pháp số 1 (công chứng, chứng thực); không cần nếu người được ủy quyền là cha, mẹ, vợ, chồng, con của người ủy quyền', 0, 1, 0, 'pdf,jpg,png', 10240, 'Phiếu số 2 không được ủy quyền, trừ trường hợp người chưa thành niên ủy quyền cho cha, mẹ.', '', ''),
(46, 4, 'Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí (nếu có)', 0, 1, 0, 'pdf,jpg,png', 10240, '', '', '');

-- 47. 2.002189
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(47, 1, 'Tờ khai ghi chú kết hôn theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', '', ''),
(47, 2, 'Bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền của nước ngoài cấp', 1, 0, 1, 'pdf,jpg,png', 10240, 'Phải hợp pháp hóa lãnh sự và dịch sang tiếng Việt, trừ trường hợp được miễn.', '', ''),
(47, 3, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 0, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- 48. 1.000593
INSERT INTO procedure_components (procedure_id, sort, name, required, originals, copies, file_types, max_size_kb, note, template_name, template_file) VALUES
(48, 1, 'Tờ khai đăng ký kết hôn theo mẫu', 1, 1, 0, 'pdf,doc,docx,jpg,png', 10240, '', 'Tờ khai đăng ký kết hôn', 'to-khai-dang-ky-ket-hon.html'),
(48, 2, 'Giấy tờ tùy thân của người yêu cầu (Hộ chiếu, Thẻ căn cước, Thẻ căn cước công dân, Căn cước điện tử hoặc Giấy chứng nhận căn cước còn giá trị sử dụng) để xuất trình', 1, 1, 0, 'pdf,jpg,png', 10240, 'Chỉ cần cung cấp số định danh cá nhân nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư; khi nộp trực tuyến không phải tải lên.', '', '');

-- Papers only shown at the desk ("để xuất trình") prove who the applicant is: online, the
-- signed-in account does that, so they are not required uploads (they may still be attached).
UPDATE procedure_components SET required = 0 WHERE name LIKE '%để xuất trình';
