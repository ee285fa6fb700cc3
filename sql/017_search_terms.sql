-- 017: the words citizens type for a procedure that its name does not use: abbreviations
-- (GPXD, ĐKKD), everyday names ("sổ đỏ") and phrasings ("làm giấy khai sinh"). dvcctl reindex
-- copies them, folded, into the search index, where a query's words that spell a term are
-- searched as its words instead. The administrator adds rows here and runs dvcctl reindex.

SET NAMES utf8mb4;

CREATE TABLE search_terms (
  id     INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- What is typed, as people write it; matched folded (no diacritics, any case).
  term   VARCHAR(100) NOT NULL,
  -- What it means, in the words of the catalogue.
  words  VARCHAR(300) NOT NULL,
  UNIQUE KEY search_terms_term (term)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO search_terms (term, words) VALUES
  ('GPLX', 'giấy phép lái xe'),
  ('GPXD', 'giấy phép xây dựng'),
  ('CCCD', 'căn cước công dân'),
  ('CMND', 'chứng minh nhân dân'),
  ('ĐKKD', 'đăng ký kinh doanh'),
  ('HKD', 'hộ kinh doanh'),
  ('DNTN', 'doanh nghiệp tư nhân'),
  ('CTCP', 'công ty cổ phần'),
  ('LLTP', 'lý lịch tư pháp'),
  ('GCN', 'giấy chứng nhận'),
  ('QSDĐ', 'quyền sử dụng đất'),
  ('GCNQSDĐ', 'giấy chứng nhận quyền sử dụng đất'),
  ('TGPL', 'trợ giúp pháp lý'),
  ('BTXH', 'bảo trợ xã hội'),
  ('THCS', 'trung học cơ sở'),
  ('sổ đỏ', 'giấy chứng nhận quyền sử dụng đất'),
  ('sổ hồng', 'giấy chứng nhận quyền sử dụng đất quyền sở hữu nhà ở'),
  ('làm giấy khai sinh', 'đăng ký khai sinh'),
  ('làm khai sinh', 'đăng ký khai sinh'),
  ('làm giấy kết hôn', 'đăng ký kết hôn'),
  ('giấy đăng ký kết hôn', 'đăng ký kết hôn'),
  ('cưới', 'kết hôn'),
  ('lấy vợ', 'kết hôn'),
  ('lấy chồng', 'kết hôn'),
  ('giấy chứng tử', 'khai tử'),
  ('báo tử', 'khai tử'),
  ('xác nhận độc thân', 'xác nhận tình trạng hôn nhân'),
  ('giấy độc thân', 'xác nhận tình trạng hôn nhân'),
  ('công chứng', 'chứng thực'),
  ('sao y', 'chứng thực bản sao'),
  ('xin con nuôi', 'nuôi con nuôi'),
  ('nhận con nuôi', 'nuôi con nuôi'),
  ('mở công ty', 'đăng ký thành lập công ty'),
  ('thành lập doanh nghiệp', 'đăng ký thành lập doanh nghiệp'),
  ('xây nhà', 'giấy phép xây dựng nhà ở'),
  ('lý lịch', 'lý lịch tư pháp'),
  ('mất sổ đỏ', 'cấp lại giấy chứng nhận do bị mất'),
  ('chuyển trường', 'chuyển trường học sinh'),
  ('bằng tốt nghiệp', 'văn bằng chứng chỉ'),
  ('mai táng phí', 'hỗ trợ chi phí mai táng'),
  ('tiền mai táng', 'hỗ trợ chi phí mai táng'),
  ('giấy phép lao động', 'cấp giấy phép lao động người nước ngoài'),
  ('phù hiệu xe', 'phù hiệu cho xe ô tô');
