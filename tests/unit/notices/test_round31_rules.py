"""Round 31 (rules): a university's rulebook, its bodies by the acronyms it defines.

A decision issues a Quy định whose bodies are spelled out once and then written by initials the
text defines ("Đại học Vùng Đông (ĐHVĐ)", "1. Trường thành viên (TTV): là …", "(sau đây gọi tắt
là BQLDA)"), with phrases defined on them ("2. TTV chủ quản là TTV …"): "TTV chủ quản và TTV liên
kết ban hành …", "Các TTV gửi báo cáo năm …", "ĐHVĐ tổng hợp …" are those bodies' duties. Each
party's "Quyền và trách nhiệm của …" article gives a body its work in bare verbs, its rights
("Được …") aside. Not so: an acronym the text never defines, one that names a field ("Bộ Giáo dục
và Đào tạo (GD&ĐT)"), the learners' "Quyền và trách nhiệm của người học" article. Documents
invented for these tests.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.defined_acronyms import find_acronyms
from notices.name_kinds import assignee_start

_HEAD = """ĐẠI HỌC VÙNG ĐÔNG
Số: 120/QĐ-ĐHVĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Phòng, ngày 10 tháng 3 năm 2031

QUYẾT ĐỊNH
Về việc ban hành Quy định liên kết đào tạo giữa các trường thành viên

GIÁM ĐỐC ĐẠI HỌC VÙNG ĐÔNG

Căn cứ Luật Giáo dục đại học;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định liên kết đào tạo giữa các trường thành viên.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng, Thủ trưởng các đơn vị thành viên chịu trách nhiệm thi hành Quyết \
định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

GIÁM ĐỐC

Nguyễn Văn An

QUY ĐỊNH
LIÊN KẾT ĐÀO TẠO GIỮA CÁC TRƯỜNG THÀNH VIÊN

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định việc liên kết đào tạo giữa các trường thành viên của Đại học Vùng Đông \
(ĐHVĐ) và Bộ Giáo dục và Đào tạo (GD&ĐT).

Điều 2. Giải thích từ ngữ

1. Trường thành viên (TTV): là các trường đại học trực thuộc ĐHVĐ có chức năng đào tạo.

2. TTV chủ quản là TTV chịu trách nhiệm cấp bằng tốt nghiệp.

3. TTV liên kết là TTV phối hợp giảng dạy với TTV chủ quản.
"""

_ACRONYM_DUTIES = """
Chương II
TỔ CHỨC THỰC HIỆN

Điều 8. Tổ chức thực hiện

1. Ban Đào tạo chủ trì hướng dẫn việc thực hiện Quy định này.

2. TTV chủ quản và TTV liên kết ban hành hướng dẫn chi tiết tại đơn vị.

Điều 9. Chế độ báo cáo

1. Các TTV gửi báo cáo kết quả liên kết đào tạo về ĐHVĐ.

2. ĐHVĐ tổng hợp, thẩm định và báo cáo Bộ GD&ĐT kết quả liên kết đào tạo.
"""

_RIGHTS_ARTICLES = """
Chương II
QUYỀN VÀ TRÁCH NHIỆM CỦA CÁC BÊN

Điều 5. Quyền và trách nhiệm của ĐHVĐ

1. Chỉ đạo công tác liên kết đào tạo giữa các trường thành viên.

2. Phê duyệt danh mục ngành liên kết đào tạo.

Điều 6. Quyền và trách nhiệm của các trường thành viên

1. Được ĐHVĐ hỗ trợ kinh phí xây dựng chương trình liên kết.

2. Xây dựng kế hoạch giảng dạy các học phần liên kết.

3. Lưu trữ hồ sơ học tập của người học.

Điều 7. Quyền và trách nhiệm của người học

1. Được cung cấp đầy đủ tài liệu học tập của các học phần.

2. Tuân thủ quy định học vụ của trường thành viên.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 8. Tổ chức thực hiện

1. Ban Đào tạo chủ trì hướng dẫn việc thực hiện Quy định này.

2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Ban Đào tạo.
"""


def _tasks(body: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(t.text, t.lead) for t in parse_notice(_HEAD + body).tasks]


def _opening(tasks: list[tuple[str, tuple[str, ...]]], start: str) -> tuple[str, ...]:
    leads = [lead for text, lead in tasks if text.startswith(start)]
    assert leads, f"no task opens with {start!r}"
    return leads[0]


def test_a_body_written_by_its_defined_acronym_leads_its_duty() -> None:
    tasks = _tasks(_ACRONYM_DUTIES)
    assert _opening(tasks, "ĐHVĐ tổng hợp") == ("ĐHVĐ",)
    assert _opening(tasks, "Các TTV gửi báo cáo") == ("Các TTV",)
    assert _opening(tasks, "Ban Đào tạo chủ trì") == ("Ban Đào tạo",)


def test_a_phrase_defined_on_an_acronym_is_one_name_not_a_role() -> None:
    tasks = _tasks(_ACRONYM_DUTIES)
    assert _opening(tasks, "TTV chủ quản và TTV liên kết") == ("TTV chủ quản", "TTV liên kết")


def test_the_definitions_of_the_acronyms_stay_no_task() -> None:
    texts = [text for text, _ in _tasks(_ACRONYM_DUTIES)]
    assert not any(
        text.startswith(("Trường thành viên (TTV)", "TTV chủ quản là")) for text in texts
    )


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("các trường của Đại học Vùng Đông (ĐHVĐ) và", {"ĐHVĐ"}),
        ("1. Cơ sở đào tạo (CSĐT): là các đơn vị thành viên", {"CSĐT"}),
        ("Ban Quản lý dự án đầu tư xây dựng tỉnh (sau đây gọi tắt là BQLDA) chủ trì", {"BQLDA"}),
        # a field's initials after a body's name, no body of their own
        ("báo cáo Bộ Giáo dục và Đào tạo (GD&ĐT) và", set()),
        # initials after no body: a subject, an appendix, a programme
        ("ứng dụng công nghệ thông tin (CNTT) trong", set()),
        ("theo mẫu tại (PL02) đính kèm", set()),
        ("Chương trình mục tiêu quốc gia (CTMTQG) giai đoạn", set()),
    ],
)
def test_which_acronyms_a_text_defines_for_bodies(text: str, bodies: set[str]) -> None:
    assert set(find_acronyms(text, assignee_start).bodies) == bodies


def test_an_acronym_the_text_never_defines_leads_nothing() -> None:
    body = _ACRONYM_DUTIES.replace("Các TTV gửi", "Các TTX gửi")
    texts = [text for text, _ in _tasks(body.replace("(TTV)", ""))]
    assert not any(text.startswith("Các TTX gửi") for text in texts)


def test_a_bodys_rights_and_duties_article_gives_it_its_bare_verb_duties() -> None:
    tasks = _tasks(_RIGHTS_ARTICLES)
    assert _opening(tasks, "Chỉ đạo công tác liên kết") == ("ĐHVĐ",)
    assert _opening(tasks, "Phê duyệt danh mục ngành") == ("ĐHVĐ",)
    lead = _opening(tasks, "Xây dựng kế hoạch giảng dạy")
    assert [name.casefold() for name in lead] == ["các trường thành viên"]
    assert _opening(tasks, "Lưu trữ hồ sơ học tập") == lead


def test_rights_and_the_learners_article_stay_no_task() -> None:
    texts = [text for text, _ in _tasks(_RIGHTS_ARTICLES)]
    assert not any(
        text.startswith(("Được ĐHVĐ hỗ trợ", "Được cung cấp", "Tuân thủ quy định học vụ"))
        for text in texts
    )
    assert not any(text.startswith("Trong quá trình thực hiện") for text in texts)


_NEEDED_POINTS = """
Chương II
TRIỂN KHAI LIÊN KẾT ĐÀO TẠO

Điều 4. Triển khai học phần liên kết

1. Để công nhận kết quả học tập các học phần liên kết, các trường thành viên cần:

a) Ban hành quy định công nhận kết quả học tập của học phần liên kết.

b) Công bố danh mục học phần liên kết đến người học.

2. Để được công nhận kết quả học tập, người học cần:

a) Đăng ký học phần liên kết đúng thời hạn.

b) Hoàn thành đầy đủ các bài kiểm tra của học phần.

3. Hồ sơ công nhận kết quả học tập gồm:

a) Đơn đề nghị công nhận kết quả học tập.

b) Bảng điểm học phần liên kết.

Chương III
TỔ CHỨC THỰC HIỆN

Điều 8. Tổ chức thực hiện

Ban Đào tạo chủ trì hướng dẫn việc thực hiện Quy định này.
"""


def test_a_rules_articles_clause_telling_a_body_what_it_needs_to_do_gives_it_its_points() -> None:
    tasks = _tasks(_NEEDED_POINTS)
    lead = _opening(tasks, "Ban hành quy định công nhận")
    assert [name.casefold() for name in lead] == ["các trường thành viên"]
    assert _opening(tasks, "Công bố danh mục học phần") == lead


def test_what_a_learner_needs_and_a_files_list_stay_rules() -> None:
    texts = [text for text, _ in _tasks(_NEEDED_POINTS)]
    assert not any(
        text.startswith(("Đăng ký học phần", "Hoàn thành đầy đủ", "Đơn đề nghị", "Bảng điểm"))
        for text in texts
    )
