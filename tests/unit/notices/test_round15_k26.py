"""Round 15 (K26): sentences read as tasks that assign nothing, and event days read as
deadlines: closing asks to carry out the letter, warnings of what a late sender forfeits, a
letter's "Thực hiện Kế hoạch số …;" opening, a decision's founding and status articles, and the
days an exam or event takes place."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.deadlines import find_deadlines
from notices.remarks import is_remark
from notices.statements import states_only


@pytest.mark.parametrize(
    "sentence",
    [
        # a closing ask whose only work is the letter itself, then its purpose
        "Đề nghị Thủ trưởng các phòng ban quan tâm thực hiện đúng nội dung công văn này./.",
        "Đề nghị các trường thực hiện đúng theo tinh thần nội dung của Thông báo này./.",
        "Đề nghị các Phòng GDĐT nghiêm túc triển khai thực hiện nội dung trên bảo đảm tiến độ.",
        "Đề nghị Ban Giám đốc các bệnh viện quan tâm chỉ đạo thực hiện tốt để chương trình đạt "
        "kết quả thiết thực./.",
        "Đề nghị lãnh đạo các khoa nghiêm túc triển khai, hoàn thành đúng tiến độ để đợt đánh "
        "giá diễn ra thuận lợi.",
        # what a late sender forfeits
        "Những hồ sơ nộp sau ngày 15/11/2026 sẽ không được Hội đồng xem xét.",
        "Các cá nhân nào đăng ký quá hạn sẽ không được xếp lịch thi.",
    ],
)
def test_remarks_that_assign_nothing(sentence: str) -> None:
    assert is_remark(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # own work, a date or a report: still tasks
        "Đề nghị các trường thực hiện tốt công tác tuyên truyền phòng chống đuối nước.",
        "Đề nghị các phòng khẩn trương triển khai thực hiện, báo cáo kết quả về Sở trước ngày "
        "10/6/2026.",
        "Đề nghị các khoa rà soát danh sách, hoàn thành đúng tiến độ để kịp tổng hợp.",
        "Đề nghị các trường tổ chức tập huấn để giáo viên nắm vững nội dung.",
        # a send-by date, then the warning in the same sentence
        "Các đơn vị nộp hồ sơ về Sở trước ngày 15/11/2026, sau ngày này sẽ không được xem xét.",
    ],
)
def test_remarks_keep_work(sentence: str) -> None:
    assert not is_remark(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thực hiện Kế hoạch số 45/KH-SGDĐT ngày 02/3/2026 của Sở Giáo dục và Đào tạo về việc bồi "
        "dưỡng giáo viên năm 2026;",
        "Thực hiện ý kiến chỉ đạo của đồng chí Chủ tịch UBND huyện về việc chuẩn bị tổng kết "
        "công tác năm 2026;",
        "Thành lập Trung tâm Dịch vụ nông nghiệp huyện An Phú, là đơn vị sự nghiệp công lập "
        "trực thuộc Ủy ban nhân dân huyện.",
        "Thành lập Trường Cao đẳng Kỹ thuật Miền Tây trên cơ sở nâng cấp Trường Trung cấp Kỹ "
        "thuật Miền Tây.",
        "Trung tâm có tư cách pháp nhân, có con dấu và tài khoản riêng theo quy định.",
        "Trường Cao đẳng Kỹ thuật Miền Tây hoạt động theo Điều lệ trường cao đẳng ban hành kèm "
        "theo Thông tư số 01/2026/TT-BLĐTBXH.",
    ],
)
def test_statements_that_assign_nothing(sentence: str) -> None:
    assert states_only(sentence, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thực hiện Kế hoạch số 45, các trường học tổ chức tuyên truyền;",
        "Thực hiện Kế hoạch số 45, đề nghị các phòng báo cáo kết quả;",
        "Thành lập Ban Chỉ đạo cấp xã để chỉ đạo công tác phòng chống thiên tai.",
        "Trung tâm có tư cách pháp nhân, có trách nhiệm tổ chức thực hiện kế hoạch năm 2026.",
    ],
)
def test_statements_keep_work(sentence: str) -> None:
    assert not states_only(sentence, None)


def test_days_an_event_takes_place_are_no_deadline() -> None:
    text = (
        "Để bảo đảm an toàn trong thời gian diễn ra hội thi từ ngày 12/7/2026 đến hết ngày "
        "15/7/2026, Sở yêu cầu các trường thực hiện:"
    )
    assert find_deadlines(text, year=None, reference=None) == []


def test_a_span_of_work_keeps_its_end() -> None:
    text = "Các trường tổ chức tuyên truyền từ ngày 01/7/2026 đến hết ngày 31/7/2026."
    hits = find_deadlines(text, year=None, reference=None)
    assert [str(h.deadline) for h in hits] == ["2026-07-31"]


# Review R26 of the rules above: each keeps real work that main kept.
_HEAD = (
    "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ\nSố: 12/UBND-VP\nAn Phú, ngày 05 tháng 3 năm 2026\n\n"
    "Kính gửi: Các cơ quan, đơn vị thuộc huyện.\n\n"
)


def _deadlines(text: str) -> list[str | None]:
    notice = parse_notice(_HEAD + text + "\n")
    return [str(t.deadline) if t.deadline else None for t in notice.tasks]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # F1: an opening citation followed by its own subject, work and date is a task
        (
            "Triển khai Kế hoạch số 45/KH-UBND, Phòng Giáo dục và Đào tạo tổ chức tập huấn cho "
            "giáo viên trước ngày 30/3/2026;",
            "2026-03-30",
        ),
        (
            "Triển khai Kế hoạch số 45/KH-UBND, mỗi trường học tổ chức ít nhất 01 buổi ngoại khóa "
            "trước ngày 30/4/2026;",
            "2026-04-30",
        ),
        (
            "Thực hiện Công văn số 120/SYT-NVY, cán bộ, công chức, viên chức kê khai tài sản, thu "
            "nhập trước ngày 31/3/2026;",
            "2026-03-31",
        ),
        (
            "Thực hiện Kế hoạch số 45/KH-UBND, Nhà trường tổ chức cho học sinh ký cam kết trước "
            "ngày 31/3/2026,",
            "2026-03-31",
        ),
        # F2: "diễn tập", "Hội diễn", "diễn viên" are no event span; nor is an event named
        # before a comma and the ask's own "từ … đến hết …"
        (
            "Các xã tổ chức diễn tập khu vực phòng thủ từ ngày 10/4/2026 đến hết ngày 15/4/2026.",
            "2026-04-15",
        ),
        (
            "Ban Tổ chức Hội diễn văn nghệ quần chúng nhận hồ sơ đăng ký từ ngày 01/4/2026 đến "
            "hết ngày 10/4/2026.",
            "2026-04-10",
        ),
        (
            "Các trường tham gia Liên hoan diễn viên trẻ, gửi hồ sơ đến hết ngày 10/4/2026.",
            "2026-04-10",
        ),
        (
            "Để chuẩn bị cho Hội thi diễn ra, các trường gửi danh sách giáo viên dự thi về Phòng "
            "GDĐT từ ngày 01/4/2026 đến hết ngày 05/4/2026.",
            "2026-04-05",
        ),
        (
            "Các xã tổ chức thực hiện Chương trình diễn ra trong năm 2026, hoàn thành báo cáo đến "
            "hết ngày 10/12/2026.",
            "2026-12-10",
        ),
        # F6: a founding article that goes on to work and a date
        (
            "Điều 1. Thành lập Ban Chỉ đạo Tổng điều tra kinh tế huyện, là tổ chức phối hợp liên "
            "ngành, có nhiệm vụ giúp UBND huyện chỉ đạo, tổ chức thực hiện Tổng điều tra trên địa "
            "bàn, báo cáo kết quả trước ngày 30/6/2026.",
            "2026-06-30",
        ),
        (
            "Thành lập Tổ công tác, là bộ phận giúp việc của Ban Chỉ đạo, có nhiệm vụ rà soát hồ "
            "sơ đất đai và báo cáo Ban Chỉ đạo trước ngày 15/4/2026.",
            "2026-04-15",
        ),
        (
            "Điều 1. Thành lập Hội đồng thi tuyển viên chức năm 2026, là cơ quan tổ chức kỳ thi "
            "tuyển, hoàn thành việc thi tuyển trước ngày 30/6/2026.",
            "2026-06-30",
        ),
    ],
)
def test_review_keeps_dated_work(text: str, due: str) -> None:
    assert due in _deadlines(text)


def test_review_frame_in_a_dash_list_keeps_its_item() -> None:
    text = (
        "Để triển khai có hiệu quả, UBND huyện đề nghị các cơ quan, đơn vị thực hiện một số nội "
        "dung sau:\n- Thực hiện Kế hoạch số 45/KH-UBND, Nhà trường tổ chức cho học sinh ký cam "
        "kết không sử dụng pháo nổ trước ngày 31/3/2026;\n- Phòng Nội vụ tổng hợp, báo cáo UBND "
        "huyện trước ngày 10/4/2026."
    )
    assert {"2026-03-31", "2026-04-10"} <= set(_deadlines(text))


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # F3: a warning, then an own task after ";" or ", do đó"
        (
            "Các xã chậm báo cáo sau ngày 20/3/2026 sẽ không được phân bổ kinh phí; Phòng Tài "
            "chính tổng hợp báo cáo UBND huyện trước ngày 25/3/2026.",
            "2026-03-25",
        ),
        (
            "Các đơn vị gửi hồ sơ sau ngày 15/11/2026 sẽ không được xem xét, do đó các trường "
            "khẩn trương hoàn thiện hồ sơ.",
            None,
        ),
        # F6: a dissolution, then an own task after ";"
        (
            "Giải thể Tổ công tác 500, là tổ được thành lập theo Quyết định số 10/QĐ-UBND; Phòng "
            "Nội vụ bàn giao hồ sơ trước ngày 30/4/2026.",
            "2026-04-30",
        ),
    ],
)
def test_review_keeps_the_task_after_a_statement(text: str, due: str | None) -> None:
    assert due in _deadlines(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # F4: own work after "; đồng thời"
        "Đề nghị các xã thực hiện đúng nội dung Công văn này đảm bảo chất lượng; đồng thời rà "
        "soát, cập nhật danh sách hộ nghèo.",
        "Đề nghị các xã thực hiện Công văn trên đảm bảo chất lượng, tiến độ; đồng thời rà soát, "
        "cập nhật danh sách hộ nghèo.",
        # F5: one named body, and a purpose that names the work
        "Đề nghị Phòng Tài chính - Kế hoạch thực hiện để kịp trình UBND huyện phê duyệt dự toán.",
        "Đề nghị Ban Quản lý dự án huyện hoàn thành đúng tiến độ để bàn giao mặt bằng cho nhà "
        "thầu thi công.",
        "Yêu cầu Chủ tịch UBND xã An Phú thực hiện nghiêm túc, đảm bảo giải quyết dứt điểm đơn "
        "thư của công dân.",
        "Đề nghị Trung tâm Y tế huyện thực hiện nhằm kiểm soát dịch sốt xuất huyết tại xã Phú "
        "Hữu.",
        "Đề nghị các trường thực hiện tốt, đảm bảo tổ chức kỳ thi an toàn, nghiêm túc, đúng quy "
        "chế.",
    ],
)
def test_review_closing_asks_with_work(sentence: str) -> None:
    assert _deadlines(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # a purpose that names a state, not work
        "Đề nghị các đơn vị thực hiện tốt để bảo đảm an toàn cho người dân.",
        "Đề nghị Thủ trưởng các đơn vị quan tâm chỉ đạo thực hiện tốt để đạt chỉ tiêu được giao.",
        # a warning alone; the own purpose "đảm bảo …" with "và"
        "Các đơn vị gửi hồ sơ sau ngày 15/11/2026 sẽ không được xem xét, đề xuất khen thưởng.",
        "Đề nghị các xã thực hiện đúng nội dung Công văn này đảm bảo chất lượng và tiến độ.",
    ],
)
def test_review_generic_purpose_still_dropped(sentence: str) -> None:
    assert is_remark(sentence)


def test_review_frame_with_a_titled_citation_still_dropped() -> None:
    sentence = (
        "Thực hiện Công văn số 120/SYT-NVY ngày 02/3/2026 của Sở Y tế về việc triển khai, tổ "
        "chức tiêm chủng năm 2026;"
    )
    assert states_only(sentence, None)


@pytest.mark.parametrize(
    "text",
    [
        "Hội thi diễn ra từ ngày 10/4/2026 đến hết ngày 12/4/2026, các trường gửi danh sách.",
        "Bảo đảm an toàn trong thời gian diễn kỳ thi từ ngày 23/6/2026 đến hết ngày 27/6/2026.",
    ],
)
def test_review_event_span_still_no_deadline(text: str) -> None:
    assert find_deadlines(text, year=None, reference=None) == []
