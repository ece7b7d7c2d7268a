"""Round 15, k31: OCR misreads of frequent administrative phrases and of closing lines."""

from __future__ import annotations

import pytest

from notices.readers.ocr_repair import repair_lines, repair_misreads


@pytest.mark.parametrize(
    ("ocr", "fixed"),
    [
        ("Phòng Nội vụ để nghị các xã rà soát", "Phòng Nội vụ đề nghị các xã rà soát"),
        ("Trung tâm chú trì, phối hợp với", "Trung tâm chủ trì, phối hợp với"),
        ("làm việc với tỉnh thần trách nhiệm cao", "làm việc với tinh thần trách nhiệm cao"),
        ("ký, đóng đấu và gửi về", "ký, đóng dấu và gửi về"),
        ("BẢO CÁO KẾT QUẢ", "BÁO CÁO KẾT QUẢ"),
        ("các dơn vị trực thuộc", "các đơn vị trực thuộc"),
        ("phố Hội đề\nnghị xã", "phố Hội đề\nnghị xã"),
        ("Ban Quản lý để\nnghị các hộ", "Ban Quản lý đề\nnghị các hộ"),
    ],
)
def test_misread_phrase_is_written_back(ocr: str, fixed: str) -> None:
    assert repair_misreads(ocr) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Hội đồng họp để nghị quyết được thông qua đúng hạn",  # "để nghị quyết": valid
        "triệu tập kỳ họp để nghị định sớm có hiệu lực",
        "UBND tỉnh Lâm Đồng chủ trì",  # "tỉnh" alone is a word
        "đóng dấu giáp lai",  # already right
        "chú ý an toàn khi trì hoãn",  # not the phrase
        "các tố chúc đoàn thể",  # two syllables off: left alone
    ],
)
def test_valid_or_unknown_wording_stays(text: str) -> None:
    assert repair_misreads(text) == text


def test_specks_glued_to_the_last_full_stop_are_dropped() -> None:
    text = "yêu cầu các phòng nghiêm túc thực hiện.Q7k\nNơi nhận:\tGIÁM ĐỐC"
    assert repair_lines(text).split("\n")[0] == "yêu cầu các phòng nghiêm túc thực hiện."


@pytest.mark.parametrize(
    "line",
    ["Gửi về TP.HCM", "theo mẫu tại Điều 5.2a", "hạn chót là ngày 5.10", "xem mục V.v"],
)
def test_stops_without_specks_stay(line: str) -> None:
    assert repair_lines(line) == line


def test_filing_line_is_written_back() -> None:
    assert repair_lines("- Luu;: VT, P.TH") == "- Lưu: VT, P.TH"
    assert repair_lines("- Lưu:VP, Ban") == "- Lưu: VP, Ban"
    assert repair_lines("- Lúa gạo: VT") == "- Lúa gạo: VT"  # not the filing line


def test_first_point_read_as_8_or_marked_a() -> None:
    text = "1. Mở lớp tập huấn\n8) Đơn vị thực hiện: Phòng Y tế\nb) Thời gian: tháng 5"
    assert repair_lines(text).split("\n")[1].startswith("a) Đơn vị")
    text = "ä) Chủ trì: Sở Tài chính\nb) Phối hợp: Kho bạc"
    assert repair_lines(text).startswith("a) Chủ trì")


def test_a_real_point_8_stays() -> None:
    text = "7) Kiểm tra kho\n8) Báo cáo quý\n9) Tổng kết năm"
    assert repair_lines(text) == text
    text = "8) Báo cáo quý\na) Mục một\nb) Mục hai"
    assert repair_lines(text) == text


def test_more_phrases_written_back() -> None:
    assert repair_misreads("- Bồ trí đủ phòng chờ") == "- Bố trí đủ phòng chờ"
    assert repair_misreads("xử lý triệt đề các ổ dịch") == "xử lý triệt để các ổ dịch"
    assert repair_misreads("báo cáo đê kịp thời xử lý") == "báo cáo để kịp thời xử lý"
    assert repair_misreads("bỏ trí") == "bỏ trí"  # another vowel, not a tone slip


def test_speck_before_a_bullet_dash_is_dropped() -> None:
    assert repair_lines("¬- Họp với các tổ trưởng") == "- Họp với các tổ trưởng"
    assert repair_lines("~ 5 người") == "~ 5 người"  # no dash: left alone


def test_notice_type_and_health_sector_written_back() -> None:
    assert repair_misreads("THÔNG BẢO\nKết quả xét tuyển") == "THÔNG BÁO\nKết quả xét tuyển"
    assert repair_misreads("các cơ sở y tê tư nhân") == "các cơ sở y tế tư nhân"
    assert repair_misreads("Sở Y tế") == "Sở Y tế"


def test_recipients_title_written_back() -> None:
    assert repair_lines("Noi nhân;\tKT. GIÁM ĐỐC") == "Nơi nhận:\tKT. GIÁM ĐỐC"
    assert repair_lines("Nơinhận:") == "Nơi nhận:"
    assert repair_lines("Nói nhanh: các đội") == "Nói nhanh: các đội"  # not the title
    assert repair_lines("Nơi nhận\tGIÁM ĐỐC") == "Nơi nhận:\tGIÁM ĐỐC"


# --- review r31 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tuyên truyền đến nơi nhân dân sinh sống tập trung.",  # "nơi nhận" only as a title
        "Bố trí khu vực nghỉ ngơi tại nơi nhân viên làm việc.",
        "Nơi\nnhân dân",
        "Thuốc có công dụng chủ trị các bệnh về hô hấp.",  # "chủ trị" is a word
        "Tổ chức tiếp xúc cử tri để nghị sĩ lắng nghe ý kiến.",
        "Chuẩn bị hội trường để nghị trường thảo luận.",
        "Lưu ý tế nhị khi tiếp xúc người dân.",
        "để xe dễ kịp thời gian",  # a tone AND a d/đ change: left alone
    ],
)
def test_review_valid_wording_stays(text: str) -> None:
    assert repair_misreads(text) == text


@pytest.mark.parametrize(
    ("ocr", "fixed"),
    [
        ("Trung tâm chú trì thực hiện", "Trung tâm chủ trì thực hiện"),
        ("Nơi nhân:\n- Như trên;", "Nơi nhận:\n- Như trên;"),
        ("Nới nhận\n- Như trên;", "Nơi nhận\n- Như trên;"),
    ],
)
def test_review_misreads_still_written_back(ocr: str, fixed: str) -> None:
    assert repair_misreads(ocr) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Dự án nâng cấp tuyến QL.14",
        "đoạn qua đường tỉnh ĐT.741",
        "Km.12",
        "các nhiệm vụ tại mục II.1\ncủa Kế hoạch",
        "Chi tiết tại Phụ lục III.2",
        "tổ dân phố TDP.5\tThôn 3",
        '"- Trích dẫn"',
        "'- ý kiến",
        "8) Nội dung tám:\n-a) một\nb) hai",
    ],
)
def test_review_references_quotes_and_points_stay(text: str) -> None:
    assert repair_lines(text) == text


def test_review_real_eighth_point_keeps_its_number() -> None:
    text = "7) Nội dung bảy;\n8) Nội dung tám, gồm:\nä) Tiểu mục một;\nb) Tiểu mục hai."
    assert repair_lines(text) == (
        "7) Nội dung bảy;\n8) Nội dung tám, gồm:\na) Tiểu mục một;\nb) Tiểu mục hai."
    )
