"""Round 26 (decrees): a decree's delegations and a decision's duties of the project's holder.

A decree's rules articles are standing rules, no tasks (notices.regulation), but the clauses that
commission a standing body of government to issue the detail are work: "Bộ Tài chính hướng dẫn
cụ thể Điều này.", "Ủy ban nhân dân cấp tỉnh quy định mức thu cụ thể …", "Căn cứ …, Ủy ban nhân
dân cấp tỉnh quy định giá …", "… do Ủy ban nhân dân cấp tỉnh ban hành hàng năm". A case decided
("… quyết định đơn giá của từng dự án"), a notice sent ("… xác định và thông báo …"), a
condition ("Trường hợp … mà Ủy ban nhân dân cấp tỉnh chưa ban hành …"), a reference to rules
issued ("… theo mẫu do Bộ Tài chính ban hành") and the issuer's own ("Chính phủ quy định …") stay
rules. A decision approving an investment's "Trách nhiệm của chủ đầu tư" heading names the
project's holder as the lead of the points under it. Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice
from tests.unit.notices.test_round24_articles import HEAD

_RULES = """
Điều 4. Xác định tiền thuê đất trong cụm công nghiệp

1. Đơn giá thuê đất hằng năm được xác định bằng tỷ lệ phần trăm nhân giá đất. Ủy ban nhân dân \
các tỉnh, thành phố trực thuộc trung ương (sau đây gọi là Ủy ban nhân dân cấp tỉnh) quy định \
cụ thể tỷ lệ phần trăm theo từng khu vực.

2. Hệ số điều chỉnh giá đất do Ủy ban nhân dân cấp tỉnh ban hành hằng năm theo từng khu vực.

3. Căn cứ quy hoạch chi tiết cụm công nghiệp đã được phê duyệt, Ủy ban nhân dân cấp tỉnh quy \
định giá đất theo từng vị trí.

4. Căn cứ khung giá quy định tại khoản 1 Điều này, Ủy ban nhân dân cấp tỉnh quyết định đơn giá \
thuê đất của từng dự án.

5. Ban quản lý cụm công nghiệp xác định và thông báo số tiền thuê đất phải nộp.

6. Trường hợp Ủy ban nhân dân cấp tỉnh chưa ban hành hệ số điều chỉnh giá đất thì áp dụng hệ số \
của năm trước.

7. Hồ sơ miễn tiền thuê đất lập theo mẫu do Bộ Tài chính ban hành.

8. Bộ Tài chính hướng dẫn cụ thể Điều này.

Điều 5. Thu nộp tiền thuê đất

1. Người thuê đất nộp tiền thuê đất vào ngân sách nhà nước theo thông báo.

2. Riêng đối với cụm công nghiệp do trung ương quản lý thì mức thu do Ban quản lý cụm công \
nghiệp ban hành sau khi có ý kiến của Ủy ban nhân dân cấp tỉnh.

Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 6. Hiệu lực thi hành

Nghị định này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2030.
"""


def _tasks(text: str) -> dict[str, tuple[str, ...]]:
    return {task.text[:45]: task.lead for task in parse_notice(text).tasks}


def _lead(tasks: dict[str, tuple[str, ...]], opening: str) -> tuple[str, ...] | None:
    return next((lead for text, lead in tasks.items() if text.startswith(opening)), None)


def test_a_decree_hands_a_body_the_rules_it_leaves_open() -> None:
    tasks = _tasks(HEAD + _RULES)
    assert _lead(tasks, "Ủy ban nhân dân các tỉnh, thành phố") == (
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    )
    assert _lead(tasks, "Hệ số điều chỉnh giá đất do") == ("Ủy ban nhân dân cấp tỉnh",)
    assert _lead(tasks, "Căn cứ quy hoạch chi tiết") == ("Ủy ban nhân dân cấp tỉnh",)
    assert _lead(tasks, "Bộ Tài chính hướng dẫn cụ thể") == ("Bộ Tài chính",)


def test_after_a_condition_the_passive_names_the_issuer() -> None:
    tasks = _tasks(HEAD + _RULES)
    assert _lead(tasks, "Riêng đối với cụm công nghiệp") == ("Ban quản lý cụm công nghiệp",)


def test_cases_notices_conditions_and_references_stay_rules() -> None:
    openings = list(_tasks(HEAD + _RULES))
    kept = (
        "Căn cứ khung giá",
        "Ban quản lý cụm công nghiệp xác định",
        "Trường hợp Ủy ban nhân dân",
        "Hồ sơ miễn tiền thuê đất",
        "Người thuê đất nộp",
        "Đơn giá thuê đất hằng năm",
    )
    assert not any(o.startswith(kept) for o in openings)
    assert len(openings) == 5


def test_the_issuer_a_post_or_a_document_issued_is_no_delegation() -> None:
    from notices.delegations import delegated_body  # new in this round

    assert delegated_body("Chính phủ quy định chi tiết Điều này.") is None
    # "Bộ trưởng Bộ Tài chính hướng dẫn …" is the ministry's (test_round26_decrees_review)
    assert (
        delegated_body("Ủy ban nhân dân cấp tỉnh quy định tại khoản 2 Điều này cấp phép.") is None
    )
    assert (
        delegated_body(
            "Giá ca máy được xác định theo phương pháp do Ủy ban nhân dân tỉnh quy định."
        )
        is None
    )
    assert delegated_body("Bộ Tài chính hướng dẫn cụ thể Điều này.") == ("Bộ Tài chính",)


def test_a_decision_or_resolution_is_read_as_before() -> None:
    """No regulation, no rules dropped: its articles are read by the notice rules, unchanged."""
    decision = (
        "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 15/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề giá đất\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành hệ số điều chỉnh giá đất năm 2030.\n\n"
        "Điều 2. Sở Tài chính hướng dẫn thực hiện Quyết định này.\n\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\nCHỦ TỊCH\nNguyễn Văn An\n"
    )
    tasks = _tasks(decision)
    assert _lead(tasks, "Sở Tài chính hướng dẫn") == ("Sở Tài chính",)
    assert len(tasks) == 1


YEN_BAI_HEAD = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
Số: 45/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 10 tháng 3 năm 2030

"""

_INVESTMENT = (
    YEN_BAI_HEAD
    + """QUYẾT ĐỊNH
Chấp thuận chủ trương đầu tư dự án Cụm công nghiệp Âu Lâu

QUYẾT ĐỊNH:

Điều 1. Chấp thuận chủ trương đầu tư dự án Cụm công nghiệp Âu Lâu, gồm các nội dung sau: quy mô \
50 ha, tổng vốn 500 tỷ đồng.

Điều 2. Tổ chức thực hiện

1. Trách nhiệm của {holder}

- Tổ chức triển khai thực hiện dự án theo đúng quy định của Luật Đầu tư.

- Báo cáo tình hình thực hiện dự án về Sở Công Thương trước ngày 15 tháng 12 hằng năm.

2. Trách nhiệm của các Sở, ngành, địa phương

- Sở Công Thương có trách nhiệm giám sát thực hiện dự án.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

CHỦ TỊCH
Nguyễn Văn An
"""
)


def test_the_project_holder_heading_leads_its_points() -> None:
    for holder, lead in (("chủ đầu tư", "Chủ đầu tư"), ("nhà đầu tư", "Nhà đầu tư")):
        tasks = _tasks(_INVESTMENT.format(holder=holder))
        assert _lead(tasks, "Tổ chức triển khai thực hiện") == (lead,)
        assert _lead(tasks, "Báo cáo tình hình thực hiện") == (lead,)
        assert _lead(tasks, "Sở Công Thương có trách nhiệm") == ("Sở Công Thương",)


def test_other_lower_case_holders_are_not_the_project_holder() -> None:
    """ "Trách nhiệm của chủ đầu tư các công trình …" (a qualifier) and "… của người dân" (the
    public) are no project holder: never "Chủ đầu tư". Since the procedures class (round 26) a
    "Trách nhiệm của X" heading leads its points with X as written, the public's duties being
    tasks by the round 19 convention."""
    for holder in ("chủ đầu tư các công trình giao thông", "người dân trong vùng dự án"):
        tasks = _tasks(_INVESTMENT.format(holder=holder))
        assert _lead(tasks, "Tổ chức triển khai thực hiện") == (holder,)
        assert _lead(tasks, "Sở Công Thương có trách nhiệm") == ("Sở Công Thương",)


_GUIDANCE = """BỘ Y TẾ
Số: 120/QĐ-BYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2030

QUYẾT ĐỊNH
Về việc ban hành Hướng dẫn ghi chép hồ sơ bệnh án

BỘ TRƯỞNG BỘ Y TẾ

Căn cứ Luật Khám bệnh, chữa bệnh;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này: “Hướng dẫn ghi chép hồ sơ bệnh án” áp dụng tại \
các cơ sở khám bệnh, chữa bệnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.

Điều 3. Chánh Văn phòng Bộ, Giám đốc Sở Y tế các tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KCB.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An

4.2 Trường hợp người bệnh chuyển viện trong ngày điều trị đầu tiên của đợt điều trị nội trú

Ghi chép đầy đủ diễn biến bệnh và lý do chuyển viện vào tờ điều trị của người bệnh.

{section}

5.1 Cơ sở khám chữa bệnh

- Tổ chức tập huấn ghi chép hồ sơ bệnh án cho nhân viên y tế.

5.2 Sở Y tế

Kiểm tra việc ghi chép hồ sơ bệnh án tại các bệnh viện trên địa bàn.
"""


def test_the_execution_section_after_a_guidance_s_technical_pages_is_read() -> None:
    tasks = _tasks(_GUIDANCE.format(section="5. TỔ CHỨC THỰC HIỆN"))
    assert _lead(tasks, "Tổ chức tập huấn ghi chép") == ("Cơ sở khám chữa bệnh",)
    assert _lead(tasks, "Kiểm tra việc ghi chép") == ("Sở Y tế",)
    assert _lead(tasks, "Ghi chép đầy đủ diễn biến") is None  # the technical pages


def test_without_an_execution_section_the_technical_pages_give_nothing() -> None:
    assert _tasks(_GUIDANCE.format(section="5. PHỤ LỤC BIỂU MẪU")) == {}


def test_a_law_s_header_names_the_assembly_not_the_law() -> None:
    law = (
        "| QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
        "|---|---|\n"
        "| Luật số: 45/2030/QH15 | |\n\nLUẬT\nPHÒNG, CHỐNG THIÊN TAI\n\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
        "Quốc hội ban hành Luật Phòng, chống thiên tai.\n\n"
        "Điều 1. Bộ Nông nghiệp và Môi trường chủ trì tổ chức thực hiện Luật này.\n\n"
        "Luật này được Quốc hội thông qua ngày 15 tháng 11 năm 2030.\n\n"
        "CHỦ TỊCH QUỐC HỘI\nTrần Thanh Mẫn\n"
    )
    assert parse_notice(law).issuer == "Quốc hội"


def test_a_state_audit_is_a_body_in_a_list_of_leads() -> None:
    decision = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 45/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc đầu tư\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt dự án.\n\nĐiều 2. Tổ chức thực hiện\n\n"
        "1. Ủy ban Kiểm tra Tỉnh ủy, Kiểm toán khu vực VII kiểm tra, giám sát định kỳ việc thực "
        "hiện dự án.\n\n"
        "2. Thanh tra tỉnh:\n\n- Kiểm toán các dự án đầu tư công năm 2030 theo kế hoạch.\n\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\nCHỦ TỊCH\nNguyễn Văn An\n"
    )
    tasks = _tasks(decision)
    assert _lead(tasks, "Ủy ban Kiểm tra Tỉnh ủy") == (
        "Ủy ban Kiểm tra Tỉnh ủy",
        "Kiểm toán khu vực VII",
    )
    assert _lead(tasks, "Kiểm toán các dự án") == ("Thanh tra tỉnh",)  # the verb, no body


def test_an_execution_section_not_in_the_kept_pages_numbering_is_not_read() -> None:
    """Pages that do not run on into the section ("4.2 …" before "5.") may be another text."""
    text = _GUIDANCE.format(section="5. TỔ CHỨC THỰC HIỆN").replace("4.2 Trường hợp", "Trường hợp")
    assert _tasks(text) == {}
    shifted = _GUIDANCE.format(section="5. TỔ CHỨC THỰC HIỆN").replace("4.2 Trường", "3.2 Trường")
    assert _tasks(shifted) == {}
