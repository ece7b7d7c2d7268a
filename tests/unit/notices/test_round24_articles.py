"""Round 24 (articles): a regulation's duty articles by holder.

A decree (or a regulation issued by a decision) shares its work out among bodies of government
in articles titled by their holder. Besides "Trách nhiệm của …", offices write "Nhiệm vụ, quyền
hạn của Bộ …" / "Nhiệm vụ và quyền hạn của …" for the same thing when several bodies get an
article each; each clause is a task of the holder, also when the holder is a lower-case group
("bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, …") whose title runs over 24 words. A statute
of organisation's "Nhiệm vụ, quyền hạn của Trung tâm …", a lone mandate article, the rights of
the public and the rules articles give none."""

from __future__ import annotations

from notices import parse_notice

HEAD = """CHÍNH PHỦ
Số: 45/2030/NĐ-CP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2030

NGHỊ ĐỊNH
Về quản lý hoạt động lưu trữ điện tử

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

Chính phủ ban hành Nghị định về quản lý hoạt động lưu trữ điện tử.

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Nghị định này quy định về quản lý hoạt động lưu trữ điện tử trong các cơ quan nhà nước.

Điều 2. Nguyên tắc quản lý

1. Bảo đảm an toàn, bảo mật thông tin.

2. Cơ quan lưu trữ lập danh mục hồ sơ theo định kỳ.

Điều 3. Quyền và nghĩa vụ của tổ chức, cá nhân

1. Khai thác tài liệu lưu trữ theo quy định.

2. Bảo quản tài liệu được giao.

Chương II
TỔ CHỨC QUẢN LÝ
"""

DUTIES = """
Điều 4. Nhiệm vụ, quyền hạn của Bộ Nội vụ

1. Xây dựng, trình cấp có thẩm quyền ban hành văn bản quy phạm pháp luật về lưu trữ điện tử.

2. Hướng dẫn, kiểm tra việc thực hiện các quy định về lưu trữ điện tử.

Điều 5. Nhiệm vụ và quyền hạn của bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, tổ chức \
chính trị - xã hội ở trung ương

1. Tổ chức thực hiện các quy định về lưu trữ điện tử thuộc phạm vi quản lý.

2. Bố trí kinh phí bảo đảm hoạt động lưu trữ điện tử.

Điều 6. Trách nhiệm của Ủy ban nhân dân cấp tỉnh

1. Ban hành kế hoạch số hóa tài liệu lưu trữ của địa phương.

2. Báo cáo kết quả thực hiện về Bộ Nội vụ.

Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 7. Hiệu lực thi hành

Nghị định này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2030.
"""


def _openings(text: str) -> list[str]:
    return [task.text[:40] for task in parse_notice(text).tasks]


def _lead(text: str, opening: str) -> tuple[str, ...] | None:
    """The lead of the task that opens with `opening`, or None when no task does."""
    return next((t.lead for t in parse_notice(text).tasks if t.text.startswith(opening)), None)


def test_a_decrees_mandate_articles_share_work_out_clause_by_clause() -> None:
    text = HEAD + DUTIES
    assert _lead(text, "Xây dựng, trình cấp có thẩm") == ("Bộ Nội vụ",)
    assert _lead(text, "Hướng dẫn, kiểm tra việc") == ("Bộ Nội vụ",)
    assert _lead(text, "Ban hành kế hoạch số hóa") == ("Ủy ban nhân dân cấp tỉnh",)


def test_a_lower_case_group_over_a_long_title_leads_its_clauses() -> None:
    group = _lead(HEAD + DUTIES, "Tổ chức thực hiện các quy định")
    assert group is not None
    assert [name.lower() for name in group] == [
        "bộ, cơ quan ngang bộ, cơ quan thuộc chính phủ",
        "tổ chức chính trị - xã hội ở trung ương",
    ]
    assert _lead(HEAD + DUTIES, "Bố trí kinh phí bảo đảm") == group


def test_the_rules_articles_beside_them_give_no_task() -> None:
    openings = _openings(HEAD + DUTIES)
    assert len(openings) == 6
    assert not any(o.startswith(("Bảo đảm an toàn", "Cơ quan lưu trữ lập")) for o in openings)
    assert not any(o.startswith(("Khai thác tài liệu", "Bảo quản tài liệu")) for o in openings)


STATUTE = """BỘ NỘI VỤ
Số: 15/2030/TT-BNV

QUY CHẾ
Tổ chức và hoạt động của Trung tâm Lưu trữ quốc gia
(Ban hành kèm theo Quyết định số 20/QĐ-BNV ngày 10 tháng 3 năm 2030)

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định về tổ chức và hoạt động của Trung tâm Lưu trữ quốc gia.

Điều 2. Nhiệm vụ, quyền hạn của Trung tâm Lưu trữ quốc gia

1. Thu thập, bảo quản tài liệu lưu trữ có giá trị lịch sử.

2. Tổ chức sử dụng tài liệu lưu trữ.

Điều 3. Nhiệm vụ, quyền hạn của Phòng Bảo quản

1. Bảo quản an toàn tài liệu trong kho.

2. Tu bổ tài liệu hư hỏng.

Điều 4. Nhiệm vụ, quyền hạn của Phòng Tin học

1. Số hóa tài liệu lưu trữ.

2. Quản trị cơ sở dữ liệu.
"""


def test_a_statutes_mandates_stay_rules() -> None:
    assert _openings(STATUTE) == []


LONE_MANDATE = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ
Số: 08/2030/QĐ-UBND

QUY ĐỊNH
Về quản lý chợ trên địa bàn tỉnh
(Ban hành kèm theo Quyết định số 08/2030/QĐ-UBND ngày 02 tháng 4 năm 2030)

Điều 1. Phạm vi điều chỉnh

Quy định này áp dụng đối với các chợ trên địa bàn tỉnh.

Điều 2. Giải thích từ ngữ

Chợ là nơi mua bán hàng hóa.

Điều 3. Nhiệm vụ, quyền hạn của Ban quản lý chợ

1. Bố trí sắp xếp ngành hàng, ngành nghề kinh doanh.

2. Thu phí theo quy định.

Điều 4. Điều kiện kinh doanh

Thương nhân kinh doanh tại chợ phải có giấy phép.
"""


def test_a_lone_mandate_article_is_no_share_of_work() -> None:
    openings = _openings(LONE_MANDATE)
    assert not any(o.startswith(("Bố trí sắp xếp", "Thu phí")) for o in openings)


RIGHTS = HEAD.replace(
    "Chương II\nTỔ CHỨC QUẢN LÝ\n",
    """Điều 4. Quyền hạn của cơ quan lưu trữ

1. Yêu cầu cơ quan nộp lưu tài liệu đúng hạn.

2. Từ chối nhận tài liệu không đủ điều kiện.

Điều 5. Chế độ bảo quản

Tài liệu lưu trữ điện tử được bảo quản theo tiêu chuẩn kỹ thuật.
""",
)


def test_powers_alone_and_rules_give_no_task() -> None:
    assert _openings(RIGHTS) == []


SHARED = HEAD.replace(
    "Chương II\nTỔ CHỨC QUẢN LÝ\n",
    """Điều 4. Phân công tổ chức số hóa

1. Cục Văn thư và Lưu trữ nhà nước tổ chức số hóa các nhóm tài liệu sau:

a) Tài liệu hành chính có giá trị vĩnh viễn;

b) Bản đồ, bản vẽ kỹ thuật.

2. Trung tâm Lưu trữ quốc gia tổ chức số hóa các loại tài liệu sau:

a) Tài liệu phim, ảnh;

b) Tài liệu ghi âm.

Điều 5. Chế độ báo cáo

1. Ủy ban nhân dân cấp tỉnh có trách nhiệm gửi báo cáo kết quả số hóa hằng năm về Bộ Nội vụ.

Điều 6. Phân cấp quản lý tài liệu

1. Tài liệu của cơ quan trung ương do Cục Văn thư và Lưu trữ nhà nước quản lý.

2. Tài liệu của địa phương do lưu trữ lịch sử cấp tỉnh quản lý.
""",
)


def test_an_article_sharing_work_out_gives_each_clause_to_its_body() -> None:
    openings = _openings(SHARED)
    assert any(o.startswith("Cục Văn thư và Lưu trữ nhà nước tổ chức") for o in openings)
    assert any(o.startswith("Trung tâm Lưu trữ quốc gia tổ chức số") for o in openings)
    assert any(o.startswith("Ủy ban nhân dân cấp tỉnh có trách nhiệm") for o in openings)


def test_the_things_a_clause_lists_are_no_tasks_apart() -> None:
    openings = _openings(SHARED)
    assert not any(
        o.startswith(("Tài liệu hành chính", "Bản đồ", "Tài liệu phim")) for o in openings
    )


def test_a_division_of_competence_stays_a_rule() -> None:
    openings = _openings(SHARED)
    assert not any(
        o.startswith(("Tài liệu của cơ quan", "Tài liệu của địa phương")) for o in openings
    )
    assert len(openings) == 3


STEPS = """UBND HUYỆN AN LẠC
Số: 120/KH-UBND

KẾ HOẠCH
Số hóa tài liệu lưu trữ năm 2030

1. Phòng Nội vụ thực hiện các công việc sau:

a) Rà soát danh mục hồ sơ cần số hóa;

b) Lập dự toán kinh phí trình Ủy ban nhân dân huyện.
"""


def test_points_that_ask_work_stay_tasks_under_a_things_lead_in() -> None:
    openings = _openings(STEPS)
    assert any(o.startswith("Rà soát danh mục hồ sơ") for o in openings)
    assert any(o.startswith("Lập dự toán kinh phí") for o in openings)


LOWER = HEAD.replace(
    "Chương II\nTỔ CHỨC QUẢN LÝ\n",
    """Điều 4. Trách nhiệm của cơ quan thuế

1. Xác định số tiền phải nộp trong thời hạn 05 ngày làm việc.

Điều 5. Trách nhiệm của cơ quan đăng ký đất đai

1. Chuyển hồ sơ cho cơ quan thuế qua phần mềm liên thông.

Điều 6. Trách nhiệm của cơ quan, đơn vị

1. Thực hiện nghiêm kỷ luật, kỷ cương hành chính.

Điều 7. Nhiệm vụ, quyền hạn của đơn vị quản lý khu lưu trữ

1. Tổ chức tiếp nhận tài liệu nộp lưu.
""",
)


def test_an_agency_named_by_its_field_in_lower_case_leads_its_duties() -> None:
    openings = _openings(LOWER)
    assert any(o.startswith("Xác định số tiền phải nộp") for o in openings)
    assert any(o.startswith("Chuyển hồ sơ cho cơ quan thuế") for o in openings)


def test_every_agencys_code_and_a_governed_units_powers_stay_rules() -> None:
    """ "Thực hiện nghiêm kỷ luật, kỷ cương" is conduct (round 27 review, finding 3: ht-52's
    code labels none)."""
    openings = _openings(LOWER)
    assert not any(o.startswith("Thực hiện nghiêm kỷ luật") for o in openings)
    assert not any(o.startswith("Tổ chức tiếp nhận tài liệu") for o in openings)
