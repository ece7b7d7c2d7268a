"""Round 26 (precision) review: the new no-task rules must not swallow work written after the
part they match. Each finding is a neighbouring shape of a seed sentence with a ";"-clause, an
ask or a due date after the match (a record heading over dated points, a mandate with a report
due, a cause with its remedy, a difficulty clause with a list to send, a forwarded document with
new work, a "Căn cứ …" sentence whose comma opens a clause), and each stays a task."""

from __future__ import annotations

import pytest

from tests.unit.notices.test_round26_precision import HEAD, _points, _starts, _texts

_R = "Rà soát các điều kiện phòng dịch tại trường học."
_R_START = _R[:30]


def _after_r(point: str) -> list[str]:
    return _starts(_points(_R, point))


# --- 1. a record heading ("Thông tin chung", "Kết quả thẩm định|tra") over work ---------------


def test_dated_or_asking_points_under_a_general_information_heading_stay() -> None:
    texts = _texts(
        "Sở GDĐT triển khai Hội thi giáo viên dạy giỏi như sau:\n\nI. THÔNG TIN CHUNG\n\n"
        "1. Các trường đăng ký danh sách giáo viên dự thi, gửi về Sở trước ngày 15/3/2021.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng Sở theo dõi, đôn đốc."
    )
    assert _starts(texts) == ["Các trường đăng ký danh sách g", "Văn phòng Sở theo dõi, đôn đốc"]


def test_dated_or_asking_points_under_an_appraisal_result_stay() -> None:
    head = HEAD.replace("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ XÂY DỰNG")
    texts = _texts(
        "Sở Xây dựng thông báo kết quả thẩm định như sau:\n\nI. THÔNG TIN CHUNG\n\n"
        "1. Tên công trình: Trường Tiểu học A.\n\nII. KẾT QUẢ THẨM ĐỊNH\n\n"
        "1. Yêu cầu Chủ đầu tư hoàn thiện hồ sơ thiết kế theo ý kiến thẩm định, gửi Sở Xây "
        "dựng trước ngày 30/6/2025.\n\nIII. KẾT LUẬN\n\nĐủ điều kiện.",
        head=head,
    )
    assert _starts(texts) == ["Yêu cầu Chủ đầu tư hoàn thiện "]


def test_a_dated_payment_under_an_audit_result_stays() -> None:
    head = HEAD.replace("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ TÀI CHÍNH")
    texts = _texts(
        "Sở Tài chính thông báo kết quả thẩm tra quyết toán dự án hoàn thành như sau:\n\n"
        "I. KẾT QUẢ THẨM TRA\n\n1. Giá trị quyết toán: 1.250 triệu đồng.\n\n"
        "2. Chủ đầu tư nộp trả ngân sách nhà nước số tiền 35 triệu đồng trước ngày 30/6/2021.",
        head=head,
    )
    assert _starts(texts) == ["Chủ đầu tư nộp trả ngân sách n"]


# --- 2. a mandate followed by work or a due date --------------------------------------------


@pytest.mark.parametrize(
    "point",
    [
        "Thực hiện nhiệm vụ, quyền hạn của cơ quan thường trực Ban Chỉ đạo; tổng hợp, báo cáo "
        "kết quả về UBND Thành phố trước ngày 15/12/2021.",
        "Tổ chức thực hiện nhiệm vụ, quyền hạn của Tổ công tác đặc biệt theo Quyết định số "
        "25/QĐ-UBND, kiểm tra các cơ sở giáo dục ngoài công lập trước ngày 30/4/2021.",
        "Tham mưu, giúp Giám đốc Sở thực hiện chức năng, nhiệm vụ, quyền hạn của Sở về kiểm "
        "định chất lượng giáo dục, hoàn thành trước ngày 30/6/2021.",
    ],
)
def test_a_mandate_with_work_or_a_due_date_after_it_stays(point: str) -> None:
    assert _after_r(point) == [_R_START, point[:30]]


# --- 3. a cause written with its remedy -------------------------------------------------------


@pytest.mark.parametrize(
    "point",
    [
        "Nguyên nhân: Các trường chưa cập nhật dữ liệu; đề nghị các trường rà soát, cập nhật "
        "dữ liệu trước ngày 15/3/2021.",
        "Việc lập hồ sơ công việc chưa đầy đủ. Nguyên nhân: cán bộ chưa nắm vững quy định, do "
        "đó giao Văn phòng Sở hướng dẫn các phòng lập hồ sơ trước ngày 30/6/2021.",
    ],
)
def test_a_cause_with_its_remedy_stays(point: str) -> None:
    texts = _after_r(point)
    assert len(texts) == 2 and texts[0] == _R_START


# --- 4. a difficulty clause that carries a dated list -----------------------------------------


def test_a_difficulty_clause_with_a_dated_list_to_send_stays() -> None:
    point = (
        "Các đơn vị triển khai thực hiện nghiêm túc các nội dung trên; trường hợp có khó khăn, "
        "vướng mắc, tổng hợp danh sách gửi Phòng Kế hoạch - Tài chính trước ngày 10/3/2021."
    )
    assert _after_r(point) == [_R_START, point[:30]]


# --- 5. work or a date between "Trong quá trình …," and the difficulties ----------------------


@pytest.mark.parametrize(
    "point",
    [
        "Trong quá trình thực hiện, các đơn vị tổng hợp số liệu tiêm chủng hằng tuần và báo "
        "cáo những khó khăn, vướng mắc về Sở để được hướng dẫn.",
        "Trong quá trình triển khai, các trường báo cáo khó khăn, vướng mắc về Sở trước ngày 20 "
        "hằng tháng để được hướng dẫn.",
    ],
)
def test_work_or_a_date_beside_a_difficulty_report_stays(point: str) -> None:
    assert len(_after_r(point)) == 2


# --- 6. a forwarded document with new work for the addressee -----------------------------------

_SENT = (
    "Sở Giáo dục và Đào tạo gửi Công văn số 345/BGDĐT-GDTC ngày 01/02/2021 của Bộ Giáo dục và "
    "Đào tạo đến Phòng Giáo dục và Đào tạo các quận, huyện để "
)


@pytest.mark.parametrize(
    "tail",
    [
        "biết, chỉ đạo các trường tiểu học tổ chức kiểm tra sức khỏe học sinh.",
        "nắm, phổ biến tới toàn thể giáo viên, học sinh.",
        "nghiên cứu, tổ chức thực hiện từ ngày 01/3/2021.",
    ],
)
def test_a_forwarded_document_with_new_work_stays(tail: str) -> None:
    assert len(_texts(f"{_SENT}{tail}\n\nTrân trọng./.")) == 1


@pytest.mark.parametrize("tail", ["nghiên cứu, tham khảo.", "biết, thực hiện."])
def test_a_forwarded_document_for_reading_only_is_no_task(tail: str) -> None:
    assert _texts(f"{_SENT}{tail}\n\nTrân trọng./.") == []


# --- 7. "Căn cứ …, <subject> <work>" ----------------------------------------------------------


@pytest.mark.parametrize(
    "point",
    [
        "Căn cứ Công văn số 120/SYT-NVY của Sở Y tế, Trạm Y tế các phường tiêm vắc xin sởi cho "
        "học sinh lớp 1.",
        "Căn cứ dự toán được giao của Sở Tài chính, các trường mua sắm thiết bị dạy học.",
    ],
)
def test_grounds_then_a_clause_of_work_stays(point: str) -> None:
    assert _after_r(point) == [_R_START, point[:30]]


# --- 8. a dated point under a bare cause lead-in ----------------------------------------------


def test_a_dated_point_under_a_cause_lead_in_stays() -> None:
    texts = _after_r(
        "Lý do:\n\n- Các trường chưa cập nhật dữ liệu học sinh trên hệ thống.\n\n"
        "- Các trường rà soát, cập nhật dữ liệu trước ngày 15/3/2021."
    )
    assert any(t.startswith("Các trường rà soát") for t in texts)


def test_a_cause_telling_what_was_handed_over_is_still_no_task() -> None:
    """bs-3070: "bàn giao" in a cause is what was (not) handed over, no ask."""
    texts = _after_r(
        "Nguyên nhân: Cán bộ, công chức khi thôi việc, chuyển công tác chỉ thực hiện bàn giao "
        "các nhiệm vụ chuyên môn chính được phân công; chưa thực hiện quy trình bàn giao chi tiết "
        "các tài liệu mang tính bí mật nhà nước."
    )
    assert texts == [_R_START]
