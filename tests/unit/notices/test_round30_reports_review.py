"""Round 30 (reports), review: where the forward-section rule overreached or misread.

A heading in the review of past work ("1. Công tác trọng tâm đã triển khai") is not the forward
section; a "Giao X …" or "Đề nghị X …" point is led by X; proposals upward and a lead-in asking
the superior are no task; a superior's departments ("Các phòng chuyên môn thuộc UBND huyện") are
not the issuer's own units; a context paragraph before the points is no task. Documents invented
for these tests.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice
from tests.unit.notices.test_round30_reports import _HEAD

_PAST = """
- Sở đã tổ chức kỳ tuyển sinh lớp 10 an toàn, đúng quy chế.

- Các trường đã hoàn thành kế hoạch năm học đúng tiến độ.
"""

_END = """
Trên đây là báo cáo kết quả công tác năm 2025 của Sở Giáo dục và Đào tạo./.

Nơi nhận:                                            GIÁM ĐỐC
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Các phòng chuyên môn, đơn vị trực thuộc Sở;
- Lưu: VT, KHTC.                                      Trần Văn Bình
"""

_FORWARD = "\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n"
_NETWORK = "\n- Rà soát mạng lưới trường lớp trên địa bàn các huyện.\n"


def _tasks(text: str) -> list[tuple[str, tuple[str, ...], date | None]]:
    return [(t.text, t.lead, t.deadline) for t in parse_notice(text).tasks]


def test_heading_in_the_review_of_past_work_is_not_the_forward_section() -> None:
    text = _HEAD + "\n1. Công tác trọng tâm đã triển khai\n" + _PAST + "\nII. TỒN TẠI, HẠN CHẾ\n"
    assert _tasks(text + "\nMột số trường còn thiếu phòng học.\n" + _END) == []


def test_review_heading_naming_this_year_does_not_hide_the_real_section() -> None:
    text = _HEAD + "\n1. Nhiệm vụ năm 2025:\n" + _PAST + _FORWARD
    text += "\n- Xây dựng kế hoạch tuyển sinh lớp 10 năm học 2026-2027." + _NETWORK + _END
    texts = [t[0] for t in _tasks(text)]
    assert len(texts) == 2
    assert texts[0].startswith("Xây dựng kế hoạch tuyển sinh")
    assert texts[1].startswith("Rà soát mạng lưới")


def test_a_giao_point_keeps_the_body_it_assigns() -> None:
    point = (
        "\n- Giao Phòng Kế hoạch - Tài chính chủ trì rà soát nhu cầu phòng học, báo cáo Giám đốc "
        "Sở trước ngày 15/01/2026.\n"
    )
    tasks = _tasks(_HEAD + _PAST + _FORWARD + point + _NETWORK + _END)
    assert len(tasks) == 2
    assert "Phòng Kế hoạch - Tài chính" in tasks[0][1]
    assert tasks[0][2] == date(2026, 1, 15)
    assert tasks[1][1] == ("Sở Giáo dục và Đào tạo",)


def test_closing_ask_to_the_units_is_led_by_them() -> None:
    ask = (
        "\nĐề nghị các phòng chuyên môn, đơn vị trực thuộc căn cứ báo cáo này xây dựng kế hoạch "
        "năm 2026, gửi về Sở trước ngày 15/01/2026.\n"
    )
    tasks = _tasks(_HEAD + _PAST + _FORWARD + _NETWORK + ask + _END)
    assert len(tasks) == 2
    assert tasks[1][1] != ("Sở Giáo dục và Đào tạo",)
    assert tasks[1][2] == date(2026, 1, 15)


def test_proposals_upward_and_targets_in_the_section_are_no_task() -> None:
    points = (
        "\n- Phấn đấu tỷ lệ học sinh tốt nghiệp THPT đạt 99%.\n"
        "\n- Đề nghị UBND tỉnh bố trí kinh phí xây dựng thêm phòng học.\n"
        "\n- Kiến nghị Bộ Giáo dục và Đào tạo sớm ban hành hướng dẫn tuyển sinh.\n"
    )
    tasks = _tasks(_HEAD + _PAST + _FORWARD + points + _NETWORK + _END)
    assert [t[0][:20] for t in tasks] == ["Rà soát mạng lưới tr"]


def test_lead_in_asking_the_superior_makes_its_points_no_task() -> None:
    ask = (
        "\nĐể hoàn thành các nhiệm vụ năm 2026, Sở Giáo dục và Đào tạo kính đề nghị UBND tỉnh "
        "quan tâm chỉ đạo một số nội dung sau:\n"
        "\n- Bố trí kinh phí sửa chữa trường lớp.\n"
        "\n- Bổ sung biên chế giáo viên cho các huyện.\n"
    )
    assert _tasks(_HEAD + _PAST + _FORWARD + ask + _END) == []
    # counter-example: a lead-in sending work down still gives its points
    down = ask.replace("kính đề nghị UBND tỉnh quan tâm chỉ đạo", "tập trung chỉ đạo")
    assert len(_tasks(_HEAD + _PAST + _FORWARD + down + _END)) == 2


_COMMUNE = """UBND HUYỆN ĐỨC LINH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
UBND XÃ PHÚ LẬP                 Độc lập - Tự do - Hạnh phúc

Số: 85/BC-UBND                     Phú Lập, ngày 20 tháng 6 năm 2026

BÁO CÁO
Kết quả thực hiện nhiệm vụ 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2026

I. KẾT QUẢ THỰC HIỆN

- UBND xã đã chỉ đạo thu hoạch vụ đông xuân đạt 100% diện tích.

II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026

- Tiếp tục chỉ đạo thu hoạch vụ hè thu trên địa bàn xã.

- Tăng cường công tác quản lý đất đai, trật tự xây dựng.

Trên đây là báo cáo của UBND xã Phú Lập./.

Nơi nhận:                                            TM. ỦY BAN NHÂN DÂN
- UBND huyện (b/c);                                  CHỦ TỊCH
{units}
- Lưu: VP.                                            Nguyễn Văn An
"""


def test_a_superiors_departments_are_not_the_issuers_own_units() -> None:
    text = _COMMUNE.format(units="- Các phòng chuyên môn thuộc UBND huyện;")
    assert _tasks(text) == []


def test_the_issuers_own_units_still_make_it_sent_down() -> None:
    text = _COMMUNE.format(units="- Các đơn vị trực thuộc;")
    assert len(_tasks(text)) == 2


def test_a_context_paragraph_before_the_points_is_no_task() -> None:
    body = (
        "\nNăm 2026 là năm có ý nghĩa quan trọng, toàn ngành bước vào năm học thứ hai thực hiện "
        "chương trình mới.\n"
        "\nTrong năm 2026, Sở tập trung thực hiện các nhiệm vụ sau:\n"
        "\n- Tham mưu UBND tỉnh ban hành kế hoạch phát triển giáo dục.\n"
        "\n- Các trường THPT tổ chức ôn tập cho học sinh lớp 12 trước ngày 30/5/2026.\n"
    )
    tasks = _tasks(_HEAD + _PAST + _FORWARD + body + _END)
    assert [t[0][:12] for t in tasks] == ["Tham mưu UBN", "Các trường T"]
    assert tasks[1][2] == date(2026, 5, 30)


def test_plain_paragraphs_alone_under_the_heading_stay_tasks() -> None:
    body = (
        "\nTiếp tục đổi mới phương pháp dạy học, kiểm tra đánh giá theo chương trình mới.\n"
        "\nTăng cường bồi dưỡng đội ngũ giáo viên cốt cán.\n"
    )
    assert len(_tasks(_HEAD + _PAST + _FORWARD + body + _END)) == 2


_TWO = "\n- Xây dựng kế hoạch tuyển sinh lớp 10 năm học 2026-2027." + _NETWORK


def test_forecast_and_goal_subheadings_do_not_end_a_roman_forward_part() -> None:
    body = (
        "\n1. Dự báo tình hình\n\nNăm 2026 ngành giáo dục còn nhiều khó khăn về cơ sở vật chất.\n"
        "\n2. Mục tiêu\n\nNâng cao chất lượng giáo dục toàn diện.\n"
        "\n3. Nhiệm vụ, giải pháp\n" + _TWO
    )
    texts = [t[0][:9] for t in _tasks(_HEAD + _PAST + _FORWARD + body + _END)]
    assert texts == ["Xây dựng ", "Rà soát m"]


def test_numbered_points_under_an_arabic_forward_heading() -> None:
    body = (
        "\n3. Phương hướng, nhiệm vụ năm 2026\n"
        "\n1. Công tác tuyển sinh:\n\n- Xây dựng kế hoạch tuyển sinh lớp 10 năm học 2026-2027.\n"
        "\n2. Công tác mạng lưới:" + _NETWORK + "\n4. Kiến nghị\n"
        "\n- Đề nghị UBND tỉnh bố trí kinh phí xây dựng thêm phòng học.\n"
    )
    texts = [t[0][:9] for t in _tasks(_HEAD + _PAST + body + _END)]
    assert texts == ["Xây dựng ", "Rà soát m"]


def test_more_forward_headings() -> None:
    for heading in (
        "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2026",
        "II. KẾ HOẠCH CÔNG TÁC NĂM 2026",
        "II. NHỮNG NHIỆM VỤ TRỌNG TÂM NĂM 2026",
        "II. CÁC NHIỆM VỤ TRỌNG TÂM NĂM 2026",
        "II. Phương hướng, nhiệm vụ năm 2026.",
    ):
        assert len(_tasks(_HEAD + _PAST + "\n" + heading + "\n" + _TWO + _END)) == 2, heading
    # counter-example: the same points under a review heading stay no task
    assert _tasks(_HEAD + _PAST + "\nII. KẾT QUẢ KIỂM TRA NĂM 2025.\n" + _TWO + _END) == []


def test_a_districts_own_departments_make_it_sent_down() -> None:
    text = (
        _COMMUNE.replace("UBND HUYỆN ĐỨC LINH", "UBND TỈNH BÌNH THUẬN")
        .replace("UBND XÃ PHÚ LẬP", "UBND HUYỆN ĐỨC LINH")
        .replace("Phú Lập, ngày", "Đức Linh, ngày")
        .replace("UBND xã Phú Lập", "UBND huyện Đức Linh")
        .replace("- UBND huyện (b/c);", "- UBND tỉnh (b/c);")
    )
    units = "- Các phòng, ban chuyên môn huyện;\n- UBND các xã, thị trấn;"
    assert len(_tasks(text.format(units=units))) == 2
    # counter-example: a superior's "phòng, ban" are not its own
    assert _tasks(_COMMUNE.format(units="- Các phòng, ban thuộc UBND huyện;")) == []
