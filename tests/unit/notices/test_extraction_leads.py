"""Leads the parser got wrong on unseen documents (issue 11): where a lead span ends, leads that
are not government bodies, enumerations, roman sub-items and wrapped first lines of items.

Every case is written for this test in several phrasings; none is copied from a corpus document.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.assignees import analyze
from notices.normalize import build_paragraphs, clean_lines


def _leads(clause: str) -> list[str]:
    return [a.name for a in analyze(clause).leads]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # a lower-case predicate verb or adverb ends the span
        ("UBND phường Văn Phú tìm kiếm địa điểm đặt trạm cấp nước", ["UBND phường Văn Phú"]),
        ("Sở Y tế khẩn trương rà soát danh mục thuốc", ["Sở Y tế"]),
        ("Công an tỉnh phối hợp với Sở Tư pháp triển khai cấp phiếu lý lịch", ["Công an tỉnh"]),
        ("Trung tâm Y tế huyện giải quyết kiến nghị của cử tri", ["Trung tâm Y tế huyện"]),
        ("Ban Quản lý dự án tỉnh bố trí nhân lực giám sát", ["Ban Quản lý dự án tỉnh"]),
        # the same verbs written with a capital, as some letters do after "Giao X"
        ("Giao Sở Xây dựng Theo dõi, đôn đốc các phường cập nhật số nhà", ["Sở Xây dựng"]),
        ("Giao Sở Tài nguyên và Môi trường Khẩn trương bàn giao dữ liệu",
         ["Sở Tài nguyên và Môi trường"]),
        ("Giao Công an tỉnh Chỉ đạo công an cấp xã rà soát cư trú", ["Công an tỉnh"]),
        ("Giao Ban Quản lý khu kinh tế Tổng hợp, báo cáo kết quả", ["Ban Quản lý khu kinh tế"]),
        # a capital verb right after a head noun is the body's own name
        ("Giao Sở Xây dựng chủ trì thẩm định thiết kế", ["Sở Xây dựng"]),
        ("Ban Tổ chức Tỉnh ủy hướng dẫn quy trình", ["Ban Tổ chức Tỉnh ủy"]),
        ("Ủy ban Kiểm tra Huyện ủy giám sát việc kê khai", ["Ủy ban Kiểm tra Huyện ủy"]),
        # an opener inside the subject ends it
        ("Các sở, ngành trên cơ sở chức năng được giao chủ động rà soát", ["Các sở, ngành"]),
        ("Các địa phương căn cứ tình hình thực tế xây dựng phương án", ["Các địa phương"]),
    ],
)  # fmt: skip
def test_lead_span_ends_at_the_verb(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        ("Nhà đầu tư dự án Khu đô thị Nam Sông khẩn trương hoàn thiện hồ sơ",
         ["Nhà đầu tư dự án Khu đô thị Nam Sông"]),
        ("Chủ đầu tư phối hợp với nhà thầu hoàn thành nghiệm thu", ["Chủ đầu tư"]),
        ("Chủ đầu tư, trong phạm vi trách nhiệm của mình, đẩy nhanh tiến độ", ["Chủ đầu tư"]),
        ("Công ty TNHH Môi trường Xanh thu gom rác thải đúng lịch",
         ["Công ty TNHH Môi trường Xanh"]),
        ("Công ty cổ phần Cấp nước tỉnh kiểm tra chất lượng nước",
         ["Công ty cổ phần Cấp nước tỉnh"]),
        ("Đề nghị các doanh nghiệp chủ động rà soát hợp đồng lao động", ["các doanh nghiệp"]),
        ("Các chủ rừng là tổ chức lập phương án quản lý rừng bền vững",
         ["Các chủ rừng là tổ chức"]),
        ("Thường trực các tỉnh ủy, thành ủy chỉ đạo tổng kết",
         ["Thường trực các tỉnh ủy, thành ủy"]),
        ("Kế toán lập báo cáo quyết toán gửi Phòng Tài chính", ["Kế toán"]),
        ("Văn thư cơ quan cập nhật sổ theo dõi văn bản đến", ["Văn thư cơ quan"]),
        ("Chuyên viên phụ trách lĩnh vực đất đai tổng hợp hồ sơ tồn đọng",
         ["Chuyên viên phụ trách lĩnh vực đất đai"]),
        ("Công chức Tư pháp - Hộ tịch rà soát sổ đăng ký khai sinh",
         ["Công chức Tư pháp - Hộ tịch"]),
    ],
)  # fmt: skip
def test_leads_outside_government(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        ("Các Bộ: Quốc phòng, Công an chủ động bố trí lực lượng", ["Bộ Quốc phòng", "Bộ Công an"]),
        ("Các Sở: Công Thương, Tư pháp, Công an phối hợp kiểm tra",
         ["Sở Công Thương", "Sở Tư pháp", "Sở Công an"]),
        ("Đài Truyền hình tỉnh, Báo Lạng Sơn, Thông tấn xã Việt Nam kịp thời đưa tin",
         ["Đài Truyền hình tỉnh", "Báo Lạng Sơn", "Thông tấn xã Việt Nam"]),
    ],
)  # fmt: skip
def test_enumerated_heads(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


def test_support_list_has_no_second_verb() -> None:
    roles = analyze("Công an huyện phối hợp và hướng dẫn Công an các xã rà soát")
    assert roles.support == []


def test_wrapped_first_line_of_an_item_is_one_paragraph() -> None:
    text = (
        "Nội dung như sau:\n"
        "1. Chủ tịch Ủy ban nhân dân các xã, phường từ\n"
        "Tân Lập đến Yên Bình chỉ đạo di dời hộ dân ra khỏi vùng nguy hiểm, bảo đảm an toàn\n"
        "tuyệt đối về người, hoàn thành trước ngày 20/10/2025 và báo cáo kết quả thực hiện.\n"
        "2. Tổng công ty Điện lực miền Bắc, Đài Phát thanh và\n"
        "Truyền hình tỉnh phối hợp bảo đảm thông tin, điện phục vụ công tác chỉ đạo, điều\n"
        "hành phòng chống thiên tai trên địa bàn trong suốt thời gian mưa lũ kéo dài.\n"
    )
    paragraphs = build_paragraphs(clean_lines(text))
    assert paragraphs[1].startswith("1. Chủ tịch Ủy ban nhân dân các xã, phường từ Tân Lập")
    assert paragraphs[2].startswith("2. Tổng công ty Điện lực miền Bắc, Đài Phát thanh và Truyền")


def test_roman_sub_items_are_items() -> None:
    text = (
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n"
        "Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Về dự án đường vành đai\n"
        "(i) Sở Giao thông vận tải hoàn thiện hồ sơ điều chỉnh dự án trước ngày 15/12/2025.\n"
        "(ii) Ủy ban nhân dân huyện Hữu Lũng giải phóng mặt bằng trong quý I năm 2026.\n"
        "(iii) Sở Tài chính bố trí vốn cho dự án.\n"
    )
    notice = parse_notice(text, year_hint=2025)
    assert [(t.ref, t.lead) for t in notice.tasks] == [
        ("1.(i)", ("Sở Giao thông vận tải",)),
        ("1.(ii)", ("Ủy ban nhân dân huyện Hữu Lũng",)),
        ("1.(iii)", ("Sở Tài chính",)),
    ]


@pytest.mark.parametrize(
    ("clause", "leads"),
    [
        # an opener before the subject: role, condition
        ("Với vai trò là chủ đầu tư, Tổng công ty Đường sắt Việt Nam chủ động làm việc với nhà "
         "thầu", ["Tổng công ty Đường sắt Việt Nam"]),
        ("Với tư cách cơ quan thường trực, Sở Nội vụ tổng hợp ý kiến", ["Sở Nội vụ"]),
        ("Trường hợp mưa lớn kéo dài, các trường học chủ động cho học sinh nghỉ học",
         ["các trường học"]),
        ("Nếu phát sinh vướng mắc, UBND các xã báo cáo UBND huyện", ["UBND các xã"]),
        # "tổ chức đảng", "tổ chức chính trị - xã hội" are bodies, not the verb "tổ chức"
        ("Yêu cầu các cấp ủy, tổ chức đảng, các cơ quan, đơn vị quán triệt nghị quyết",
         ["các cấp ủy, tổ chức đảng", "các cơ quan, đơn vị"]),
        ("Các tổ chức chính trị - xã hội huyện tuyên truyền đến hội viên",
         ["Các tổ chức chính trị - xã hội huyện"]),
    ],
)  # fmt: skip
def test_subject_after_an_opener(clause: str, leads: list[str]) -> None:
    assert _leads(clause) == leads


def test_an_intro_closed_by_cu_the_gives_its_leads_to_the_bullets() -> None:
    text = (
        "UBND HUYỆN ĐÌNH LẬP\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 88/PGDĐT\nĐình Lập, ngày 4 tháng 12 năm 2025\n"
        "V/v phòng chống rét cho học sinh\nKính gửi:\n- UBND các xã;\n"
        "- Các trường học trực thuộc.\n"
        "Thực hiện chỉ đạo của UBND huyện; Phòng Giáo dục và Đào tạo đề nghị UBND các xã; các "
        "trường học trực thuộc thực hiện nghiêm các biện pháp phòng chống rét. Cụ thể:\n"
        "- Thường xuyên theo dõi nhiệt độ ngoài trời.\n"
        "- Hạn chế các hoạt động ngoài trời khi nhiệt độ dưới 10 độ C.\n"
        "- Khi nhiệt độ dưới 7 độ C, các trường học cho phép học sinh mầm non nghỉ học.\n"
        "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường nghiêm túc thực hiện./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    notice = parse_notice(text)
    assert [(t.ref, t.lead) for t in notice.tasks] == [
        ("-1", ("UBND các xã", "các trường học trực thuộc")),
        ("-2", ("UBND các xã", "các trường học trực thuộc")),
        ("-3", ("các trường học",)),
    ]


def test_addressees_and_intro_groups_do_not_swallow_named_leads() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 99/UBND-KT\nLạng Sơn, ngày 5 tháng 6 năm 2025\n"
        "V/v phòng chống dịch\nKính gửi:\n- Thủ trưởng các sở, ban, ngành tỉnh;\n"
        "- Chủ tịch UBND các huyện, thành phố.\n\n"
        "Để chủ động phòng chống dịch, UBND tỉnh yêu cầu các cơ quan, đơn vị sau:\n"
        "1. Sở Y tế khẩn trương rà soát cơ số thuốc, hoàn thành trước ngày 20/6/2025.\n"
        "2. Tăng cường tuyên truyền phòng chống dịch.\n"
        "3. Công an tỉnh phối hợp với Sở Y tế kiểm tra việc buôn bán thuốc.\n"
        "4. UBND phường Đông Kinh tìm kiếm địa điểm cách ly.\n"
    )
    rows = [(t.ref, t.lead, t.support) for t in parse_notice(text).tasks]
    assert rows == [
        ("1", ("Sở Y tế",), ()),
        # an item without a subject goes to the addressees
        ("2", ("Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các huyện, thành phố"), ()),
        ("3", ("Công an tỉnh",), ("Sở Y tế",)),
        ("4", ("UBND phường Đông Kinh",), ()),
    ]
