"""Round 34 (decrees), review: the fixes to the branch's three rules.

A procedure's steps are no tasks only under a lead-in that announces a procedure ("Trình tự …
như sau:"), whatever the lead-in's depth; a body's duty lead-in ("… có trách nhiệm:") over
"a) Tiếp nhận hồ sơ …" gives that body its work. An article heading is the document's own only
where it names no other document and the body's headings run from Điều 1. An agency's mandate is
its share of the work only in a run of mandate articles a standing body's opens. Documents
invented for these tests.
"""

from __future__ import annotations

import pytest
from notice_fixtures import lead_of
from notice_fixtures import task_leads as _tasks
from test_round34_decrees import _DECREE, _EXECUTION, _HEAD

from notices.agency_mandates import agency_mandates
from notices.duty_points import keep_duty_points
from notices.quotations import drop_quoted
from notices.regulation import standing_mandate

_BEFORE_STEPS = _HEAD.split("2. Trình tự xét hưởng")[0]


def test_a_body_s_duty_lead_in_over_a_receiving_point_gives_it_its_work() -> None:
    head = _BEFORE_STEPS + (
        "2. Ủy ban nhân dân cấp xã có trách nhiệm:\n"
        "a) Tiếp nhận hồ sơ của đối tượng, xét duyệt và báo cáo Ủy ban nhân dân cấp huyện;\n"
        "b) Niêm yết công khai danh sách đối tượng trước ngày 30 tháng 6 năm 2012.\n"
    )
    tasks = _tasks(head + _EXECUTION)
    assert lead_of(tasks, "Tiếp nhận hồ sơ của đối tượng") == ("Ủy ban nhân dân cấp xã",)
    assert lead_of(tasks, "Niêm yết công khai danh sách") == ("Ủy ban nhân dân cấp xã",)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Điều 6. Cấp giấy phép",
            "1. Giấy phép được cấp theo quy định.",
            "2. Sở Công Thương có trách nhiệm:",
            "a) Tiếp nhận hồ sơ đề nghị cấp giấy phép của tổ chức, cá nhân;",
            "b) Thẩm định và cấp giấy phép trong thời hạn 15 ngày;",
            "c) Báo cáo Bộ Công Thương trước ngày 15 tháng 12 hằng năm.",
        ],
        [
            "Điều 8. Tổ chức thực hiện",
            "3. Sở Khoa học và Công nghệ có trách nhiệm:",
            "a) Đầu mối, tiếp nhận hồ sơ, hướng dẫn, hỗ trợ các tổ chức, cá nhân;",
            "b) Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.",
        ],
    ],
)
def test_a_duty_lead_in_s_points_are_no_procedure(paragraphs: list[str]) -> None:
    kept = keep_duty_points(paragraphs, [False] * len(paragraphs))
    assert all(kept[i] for i, p in enumerate(paragraphs) if p[:2] in {"a)", "b)", "c)"})


def test_an_unmarked_procedure_lead_in_over_numbered_steps() -> None:
    head = _BEFORE_STEPS.replace(
        "1. Hồ sơ xét hưởng chế độ gồm bản khai của đối tượng và giấy tờ chứng minh thời gian"
        " tham gia.\n",
        "",
    ) + (
        "Trình tự xét hưởng chế độ được thực hiện như sau:\n"
        "1. Đối tượng hoặc thân nhân đối tượng lập bản khai, nộp hồ sơ cho Ủy ban nhân dân cấp"
        " xã;\n"
        "2. Ủy ban nhân dân cấp xã tiếp nhận hồ sơ, xét duyệt và báo cáo Ủy ban nhân dân cấp"
        " huyện;\n"
        "3. Phòng Nội vụ cấp huyện rà soát, tổng hợp và báo cáo Sở Nội vụ;\n"
        "4. Ủy ban nhân dân cấp tỉnh ra quyết định hưởng chế độ trợ cấp.\n"
    )
    texts = [text for text, _ in _tasks(head + _EXECUTION)]
    assert not any("rà soát, tổng hợp" in text for text in texts)
    assert not any("ra quyết định hưởng chế độ" in text for text in texts)
    assert len(texts) == 4


def test_a_procedure_s_wrapped_step_does_not_end_its_steps() -> None:
    paragraphs = [
        "Điều 7. Trình tự giải quyết",
        "1. Trình tự giải quyết được thực hiện như sau:",
        "a) Tổ chức, cá nhân nộp hồ sơ đề nghị cho Sở Nội vụ;",
        "b) Sở Nội vụ tiếp nhận hồ sơ, thẩm định và trình Ủy ban nhân dân",
        "tỉnh;",
        "c) Ủy ban nhân dân tỉnh ra quyết định công nhận.",
    ]
    assert keep_duty_points(paragraphs, [False] * 6) == [False] * 6


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # the heading of a cited article that names its document
        (
            [
                "Điều 5. Trách nhiệm của cơ quan thuế (Nghị định số 126/2020/NĐ-CP) quy định:",
                "1. Cục Thuế có trách nhiệm hướng dẫn người nộp thuế.",
                "Đề nghị Cục Thuế căn cứ quy định nêu trên để thực hiện.",
            ],
            [0, 2],
        ),
        # a letter copying a law's articles out: headings not run from Điều 1
        (
            [
                "Đề nghị các đơn vị lưu ý các quy định sau của Luật Đất đai.",
                "Điều 58. Trường hợp thu hồi đất",
                "Điều 59. Trường hợp ngoại lệ được quy định như sau:",
                "1. Ủy ban nhân dân cấp tỉnh có trách nhiệm xem xét.",
                "Đề nghị các đơn vị nghiên cứu, thực hiện.",
            ],
            [0, 1, 2, 4],
        ),
        # an amending article names the document it amends: the new clause is quoted text
        (
            [
                "Điều 1. Sửa đổi khoản 2 Điều 5 Nghị định số 12/2020/NĐ-CP được quy định như sau:",
                "2. Cục Thuế có trách nhiệm hướng dẫn người nộp thuế.",
            ],
            [0],
        ),
        # the document's own articles, numbered from Điều 1: no citation
        (
            [
                "Điều 1. Chế độ trợ cấp",
                "1. Chế độ trợ cấp một lần được quy định như sau:",
                "a) Đối tượng có dưới 2 năm tham gia được hưởng 2.000.000 đồng;",
                "Điều 2. Trách nhiệm thi hành",
                "1. Bộ Nội vụ có trách nhiệm hướng dẫn thực hiện.",
            ],
            [0, 1, 2, 3, 4],
        ),
    ],
)
def test_own_article_headings(body: list[str], kept: list[int]) -> None:
    out = drop_quoted(body)
    assert [i for i, p in enumerate(body) if p in out] == kept


def test_own_article_headings_counted_from_the_front_matter() -> None:
    # the body opens after "Điều 2. Đối tượng áp dụng … gồm:" (ttg-62): Điều 1–2 are in front
    front = ["QUYẾT ĐỊNH:", "Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng"]
    body = [
        "Điều 3. Chế độ trợ cấp",
        "1. Chế độ trợ cấp một lần được quy định như sau:",
        "a) Đối tượng có dưới 2 năm tham gia được hưởng 2.000.000 đồng;",
        "Điều 4. Trách nhiệm thi hành",
        "1. Bộ Nội vụ có trách nhiệm hướng dẫn thực hiện.",
    ]
    assert drop_quoted(body, front) == body


@pytest.mark.parametrize(
    ("titles", "found"),
    [
        # the governed unit's statute in a chapter of its own, the ministry's far after it
        (
            [
                "Nhiệm vụ, quyền hạn của đơn vị quản lý khu du lịch",
                "Quản lý khu du lịch",
                "Nhiệm vụ, quyền hạn của Bộ Văn hóa, Thể thao và Du lịch",
            ],
            set(),
        ),
        (
            [
                "Nhiệm vụ, quyền hạn của Bộ Văn hóa, Thể thao và Du lịch",
                "Xếp hạng khu du lịch",
                "Nhiệm vụ, quyền hạn của đơn vị quản lý khu du lịch",
            ],
            set(),
        ),
        # the unit's statute before its overseer's
        (
            ["Nhiệm vụ, quyền hạn của cơ quan điều tra", "Nhiệm vụ, quyền hạn của Bộ Công an"],
            set(),
        ),
        # the share-out from the top down, another mandate between (cp-115's Điều 23–25)
        (
            [
                "Nhiệm vụ và quyền hạn của Bộ Nội vụ",
                "Nhiệm vụ và quyền hạn của Bộ, cơ quan ngang Bộ, cơ quan thuộc",
                "Nhiệm vụ và quyền hạn của cơ quan sử dụng công chức dự bị",
            ],
            {"Nhiệm vụ và quyền hạn của cơ quan sử dụng công chức dự bị"},
        ),
    ],
)
def test_an_agency_mandate_only_in_the_share_out(titles: list[str], found: set[str]) -> None:
    assert agency_mandates(titles, standing_mandate) == found


def test_a_point_quoting_the_agency_s_title_is_not_rewritten() -> None:
    decree = _DECREE.replace(
        "2. Lập và quản lý hồ sơ của nhân viên thư viện.",
        "2. Báo cáo việc thực hiện Nhiệm vụ và quyền hạn của đơn vị sự nghiệp văn hóa.",
    )
    texts = [text for text, _ in _tasks(decree.replace("\n", "\n\n"))]
    assert any("việc thực hiện Nhiệm vụ và quyền hạn của đơn vị" in text for text in texts)
