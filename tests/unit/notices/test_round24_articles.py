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


def test_a_decrees_mandate_articles_share_work_out_clause_by_clause() -> None:
    notice = parse_notice(HEAD + DUTIES)
    by_text = {task.text[:30]: task.lead for task in notice.tasks}
    assert by_text["Xây dựng, trình cấp có thẩm quy"] == ("Bộ Nội vụ",)
    assert by_text["Hướng dẫn, kiểm tra việc thực h"] == ("Bộ Nội vụ",)
    assert by_text["Ban hành kế hoạch số hóa tài li"] == ("Ủy ban nhân dân cấp tỉnh",)


def test_a_lower_case_group_over_a_long_title_leads_its_clauses() -> None:
    notice = parse_notice(HEAD + DUTIES)
    leads = {task.text[:30]: task.lead for task in notice.tasks}
    group = leads["Tổ chức thực hiện các quy định"]
    assert [name.lower() for name in group] == [
        "bộ, cơ quan ngang bộ, cơ quan thuộc chính phủ",
        "tổ chức chính trị - xã hội ở trung ương",
    ]
    assert "Bố trí kinh phí bảo đảm hoạt độ" in leads


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
