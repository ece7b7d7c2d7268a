"""Round 15 (K26): sentences read as tasks that assign nothing, and event days read as
deadlines: closing asks to carry out the letter, warnings of what a late sender forfeits, a
letter's "Thực hiện Kế hoạch số …;" opening, a decision's founding and status articles, and the
days an exam or event takes place."""

from __future__ import annotations

import pytest

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
