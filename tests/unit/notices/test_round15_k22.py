"""Round 15 (K22): the same notice read alike from each file format.

A text-layer PDF keeps the signature above an appendix that lists the work as numbered items
("Phụ lục / TRIỂN KHAI NHIỆM VỤ …" over "1. …" "a) Đơn vị chủ trì: …"): the items are the body.
A note written in a scan's margin and read above "Kính gửi" starts no body. A .docx drops a
lead label line over a task table that names the lead, as text does."""

from __future__ import annotations

import io

import docx

from notices import parse_notice
from notices.readers import decode_document

HEAD = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI ĐĂNG\nSố: 812/UBND-VX\nHải Đăng, ngày 04 tháng 9 năm 2026\n"
    "V/v triển khai Kết luận về phát triển văn hóa đọc\n"
    "Kính gửi:\n- Các sở, ban, ngành;\n- UBND các huyện.\n\n"
)
LETTER = (
    "UBND thành phố yêu cầu các cơ quan triển khai thực hiện các nhiệm vụ như sau:\n"
    "1. Căn cứ Phụ lục đính kèm, triển khai các nhiệm vụ được phân công.\n"
    "2. Giao Sở Văn hóa theo dõi, tổng hợp kết quả thực hiện.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, VX.\nCHỦ TỊCH\nTrần Minh Quang\n"
)
ITEMS = (
    "1. Đẩy mạnh phong trào đọc sách trong trường học và thư viện cơ sở.\n"
    "a) Đơn vị chủ trì: Sở Giáo dục và Đào tạo.\n"
    "b) Đơn vị phối hợp: Thư viện tỉnh.\n"
    "2. Nâng cấp hệ thống thư viện điện tử dùng chung của thành phố.\n"
    "a) Đơn vị chủ trì: Sở Thông tin và Truyền thông.\n"
    "b) Đơn vị phối hợp: các huyện.\n"
    "3. Tổ chức Ngày Sách và Văn hóa đọc hằng năm theo kế hoạch.\n"
    "a) Đơn vị chủ trì: Sở Văn hóa.\n"
)


def _texts(text: str) -> list[str]:
    return [task.text for task in parse_notice(text).tasks]


def test_an_appendix_listing_work_as_numbered_items_is_read_after_the_signature() -> None:
    appendix = (
        "Phụ lục\nTRIỂN KHAI NHIỆM VỤ VỀ PHÁT TRIỂN VĂN HÓA ĐỌC\n"
        "(Kèm theo Công văn số 812/UBND-VX ngày 04/9/2026 của UBND thành phố)\n" + ITEMS
    )
    tasks = parse_notice(HEAD + LETTER + appendix).tasks
    texts = [task.text for task in tasks]
    assert any(t.startswith("Đẩy mạnh phong trào đọc sách") for t in texts)
    assert any(t.startswith("Tổ chức Ngày Sách") for t in texts)
    nang_cap = next(task for task in tasks if task.text.startswith("Nâng cấp hệ thống"))
    assert "Sở Thông tin và Truyền thông" in nang_cap.lead


def test_an_appendix_that_lists_no_work_stays_out_of_the_tasks() -> None:
    appendix = (
        "Phụ lục\nDANH SÁCH THƯ VIỆN CƠ SỞ ĐƯỢC HỖ TRỢ SÁCH NĂM 2026\n"
        "1. Thư viện xã An Phú, huyện Hòa Lạc, do UBND xã quản lý.\n"
        "2. Thư viện xã Bình Minh, huyện Hòa Lạc, do UBND xã quản lý.\n"
        "3. Thư viện thị trấn Tân Sơn, huyện Tân Lập, do UBND thị trấn quản lý.\n"
    )
    texts = _texts(HEAD + LETTER + appendix)
    assert not any("Thư viện xã" in t for t in texts)


def test_a_margin_note_read_above_the_recipients_starts_no_body() -> None:
    text = (
        "UBND THÀNH PHỐ HẢI ĐĂNG\nSỞ Y TẾ\nSố: 77/SYT-NV\nHải Đăng, ngày 10 tháng 5 năm 2026\n"
        "V/v phòng chống sốt xuất huyết 1. Chị Lan chuyển văn bản cho các khoa trong bệnh viện;\n"
        "2. Khoa Dược chuẩn bị đủ thuốc và báo lại cho Ban giám đốc;\n"
        "Kính gửi:\n- Các bệnh viện tuyến thành phố;\n- Trung tâm Y tế các huyện.\n\n"
        "Để chủ động phòng chống dịch, Sở Y tế yêu cầu các đơn vị thực hiện một số nội dung sau:\n"
        "1. Rà soát cơ số thuốc, vật tư phục vụ điều trị sốt xuất huyết.\n"
        "2. Tổ chức tập huấn phác đồ điều trị cho nhân viên y tế.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, NV.\nGIÁM ĐỐC\nPhạm Thu Hà\n"
    )
    texts = _texts(text)
    assert any(t.startswith("Rà soát cơ số thuốc") for t in texts)
    assert not any("Chị Lan" in t or "Khoa Dược" in t for t in texts)


def test_numbered_work_without_recipients_still_opens_the_body() -> None:
    text = (
        "UBND HUYỆN TÂN LẬP\nSố: 15/TB-UBND\nTân Lập, ngày 03 tháng 6 năm 2026\nTHÔNG BÁO\n"
        "Kết luận của Chủ tịch UBND huyện\n"
        "1. Phòng Nông nghiệp rà soát diện tích lúa bị hạn, báo cáo trước ngày 20/6/2026.\n"
        "2. Phòng Tài chính cân đối kinh phí hỗ trợ giống cho nông dân.\n"
        "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nĐỗ Văn Nam\n"
    )
    texts = _texts(text)
    assert any(t.startswith("Phòng Nông nghiệp rà soát") for t in texts)


def _docx_with_label_over_table(label: str) -> bytes:
    document = docx.Document()
    for line in (
        "UBND HUYỆN ĐÔNG SƠN",
        "Số: 31/KH-UBND",
        "Đông Sơn, ngày 02 tháng 3 năm 2026",
        "KẾ HOẠCH",
        "Phát triển du lịch năm 2026",
        "2. Bảo tồn di tích",
        label,
    ):
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [
            ["TT", "Nhiệm vụ", "Thời gian hoàn thành"],
            ["1", "Cập nhật danh mục hồ sơ di tích", "Tháng 4/2026"],
            ["2", "Hướng dẫn các xã lập hồ sơ xếp hạng", "Quý III/2026"],
        ]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in ("CHỦ TỊCH", "Lê Văn Hùng"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_docx_lead_label_over_a_task_table_reads_as_in_text() -> None:
    text = decode_document(_docx_with_label_over_table("Đơn vị chủ trì: Phòng Văn hóa"), "k.docx")
    assert "Đơn vị chủ trì: Phòng Văn hóa" not in text.splitlines()
    tasks = parse_notice(text).tasks
    assert [list(task.lead) for task in tasks] == [["Phòng Văn hóa"]] * 2


def test_a_docx_paragraph_that_is_no_lead_label_stays_over_the_table() -> None:
    text = decode_document(
        _docx_with_label_over_table("Các nhiệm vụ cụ thể như bảng dưới đây."), "k.docx"
    )
    assert "Các nhiệm vụ cụ thể như bảng dưới đây." in text.splitlines()
