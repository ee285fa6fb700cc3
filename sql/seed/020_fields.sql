-- 020: fields (lĩnh vực) with their national codes.
SET NAMES utf8mb4;

INSERT INTO fields (id, code, name, sort) VALUES
(1, 'G15-TP07', 'Hộ tịch', 1),
(2, 'G15-TP03', 'Chứng thực', 2),
(3, 'G15-TP11', 'Nuôi con nuôi', 3),
(4, 'G15-TP14', 'Quốc tịch', 4),
(5, 'G15-TP10', 'Lý lịch tư pháp', 5),
(6, 'G15-TP16', 'Trợ giúp pháp lý', 6),
(7, 'G05-KD07', 'Thành lập và hoạt động của doanh nghiệp', 7),
(8, 'G05-KD10', 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', 8),
(9, 'G13-TN02', 'Đất đai', 9),
(10, 'G13-TN09', 'Môi trường', 10),
(11, 'G17-XD11', 'Hoạt động xây dựng', 11),
(12, 'G04-GT02', 'Đường bộ', 12),
(13, 'G07-LĐ11', 'Việc làm', 13),
(14, 'G07-LĐ03', 'Bảo trợ xã hội', 14),
(15, 'G18-YT07', 'Khám bệnh, chữa bệnh', 15),
(16, 'G03-GD10', 'Giáo dục trung học', 16),
(17, 'G03-GD14', 'Văn bằng, chứng chỉ', 17),
(18, 'G07-LĐ09', 'Người có công', 18);
