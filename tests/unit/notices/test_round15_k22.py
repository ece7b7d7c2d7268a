"""Round 15 (K22): the same notice read alike from each file format.

A text-layer PDF keeps the signature above an appendix that lists the work as numbered items
("Phụ lục / TRIỂN KHAI NHIỆM VỤ …" over "1. …" "a) Đơn vị chủ trì: …"): the items are the body.
A note written in a scan's margin and read above "Kính gửi" starts no body. A .docx drops a
lead label line over a task table that names the lead, as text does."""

from __future__ import annotations

import io

import docx
import pytest

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


# Review R22: the reviewer's inputs. A "Kính gửi" after the signature (a form, an invitation, a
# quoted petition) greets the attachment's addressee and must not push the body past it.

V_INVITE = (
    "UBND HUYỆN TÂN LẬP\n"
    "Số: 88/TB-UBND\n"
    "Tân Lập, ngày 10 tháng 6 năm 2026\n"
    "THÔNG BÁO\n"
    "Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban\n"
    "1. Phòng Nông nghiệp rà soát diện tích lúa bị hạn, báo cáo trước ngày 20/6/2026.\n"
    "2. Phòng Tài chính cân đối kinh phí hỗ trợ giống cho nông dân.\n"
    "3. Văn phòng HĐND và UBND huyện gửi giấy mời họp sơ kết đến các xã.\n"
    "Nơi nhận:\n"
    "- Các phòng, ban;\n"
    "- Lưu: VT.\n"
    "TL. CHỦ TỊCH\n"
    "CHÁNH VĂN PHÒNG\n"
    "Đỗ Văn Nam\n"
    "GIẤY MỜI\n"
    "Kính gửi: Chủ tịch UBND các xã, thị trấn\n"
)

P_FORM = (
    "UBND HUYỆN TÂN LẬP\n"
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n"
    "Số: 120/PGDĐT\n"
    "Tân Lập, ngày 05 tháng 8 năm 2026\n"
    "V/v tuyển sinh lớp 1 năm học 2026-2027\n"
    "Kính gửi: Hiệu trưởng các trường tiểu học.\n"
    "Phòng Giáo dục và Đào tạo đề nghị các trường thực hiện các nội dung sau:\n"
    "1. Niêm yết công khai kế hoạch tuyển sinh tại trường trước ngày 15/8/2026.\n"
    "2. Tiếp nhận hồ sơ theo mẫu đơn đính kèm, báo cáo kết quả về Phòng trước ngày 30/8/2026.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT.\n"
    "TRƯỞNG PHÒNG\n"
    "Nguyễn Thị Hoa\n"
    "MẪU ĐƠN XIN NHẬP HỌC\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "ĐƠN XIN NHẬP HỌC LỚP 1\n"
    "Kính gửi: Hiệu trưởng Trường Tiểu học ……\n"
    "Tôi tên là: ……\n"
)

U_QUOTED2 = (
    "UBND TỈNH BÌNH LONG\n"
    "VĂN PHÒNG\n"
    "Số: 78/VP-TH\n"
    "Bình Long, ngày 02 tháng 5 năm 2026\n"
    "V/v xử lý kiến nghị\n"
    "Kính gửi: Sở Xây dựng.\n"
    "Xét đơn kiến nghị của bà Nguyễn Thị Lan, Chủ tịch UBND tỉnh có ý kiến:\n"
    "1. Giao Sở Xây dựng kiểm tra, xử lý kiến nghị của bà Lan, báo cáo trước ngày 15/6/2026.\n"
    "2. UBND huyện Tân Lập phối hợp cung cấp hồ sơ.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Bà Nguyễn Thị Lan;\n"
    "- Lưu: VT.\n"
    "KT. CHÁNH VĂN PHÒNG\n"
    "PHÓ CHÁNH VĂN PHÒNG\n"
    "Đinh Văn Sơn\n"
    "(Đơn kèm theo)\n"
    "Kính gửi: Chủ tịch UBND tỉnh\n"
    "Tôi là Nguyễn Thị Lan, trú tại xã An Phú.\n"
)

R_DECISION = (
    "ỦY BAN NHÂN DÂN\n"
    "HUYỆN TÂN LẬP\n"
    "Số: 300/QĐ-UBND\n"
    "Tân Lập, ngày 01 tháng 7 năm 2026\n"
    "QUYẾT ĐỊNH\n"
    "Về việc thành lập Tổ công tác\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Xét đề nghị của Trưởng phòng Nội vụ,\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Thành lập Tổ công tác rà soát đất công trên địa bàn huyện.\n"
    "Điều 2. Tổ công tác có nhiệm vụ rà soát, báo cáo kết quả trước ngày 30/9/2026.\n"
    "Điều 3. Chánh Văn phòng, Trưởng phòng Nội vụ và các thành viên chịu trách nhiệm thi "
    "hành Quyết định này.\n"
    "Nơi nhận:\n"
    "- Như Điều 3;\n"
    "- Lưu: VT.\n"
    "CHỦ TỊCH\n"
    "Đỗ Văn Nam\n"
    "Mẫu báo cáo\n"
    "Kính gửi: UBND huyện Tân Lập\n"
)

Q_NOKG_FORM = (
    "UBND XÃ AN PHÚ\n"
    "Số: 45/TB-UBND\n"
    "An Phú, ngày 02 tháng 4 năm 2026\n"
    "THÔNG BÁO\n"
    "Về việc đăng ký hỗ trợ giống cây trồng\n"
    "1. Các hộ có nhu cầu nộp đơn tại bộ phận một cửa trước ngày 20/4/2026.\n"
    "2. Trưởng các thôn thông báo rộng rãi đến nhân dân.\n"
    "Nơi nhận:\n"
    "- Các thôn;\n"
    "- Lưu: VT.\n"
    "CHỦ TỊCH\n"
    "Lê Văn Tâm\n"
    "MẪU ĐƠN\n"
    "ĐƠN ĐĂNG KÝ HỖ TRỢ\n"
    "Kính gửi: UBND xã An Phú\n"
    "Tôi tên là ……\n"
)

REVIEW_PLAN = (
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH BÌNH LONG\n"
    "Số: 245/KH-UBND\n"
    "Bình Long, ngày 10 tháng 3 năm 2026\n"
    "KẾ HOẠCH\n"
    "Thực hiện chuyển đổi số năm 2026\n"
    "\n"
    "Để triển khai hiệu quả, UBND tỉnh ban hành kế hoạch như sau:\n"
    "1. Sở Thông tin và Truyền thông chủ trì xây dựng nền tảng dữ liệu dùng chung, hoàn "
    "thành trước ngày 30/6/2026.\n"
    "2. Sở Tài chính bố trí kinh phí thực hiện kế hoạch.\n"
    "Nơi nhận:\n"
    "- Các sở, ngành;\n"
    "- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN\n"
    "CHỦ TỊCH\n"
    "Nguyễn Văn An\n"
)

B2_RESULTS = (
    "Phụ lục\n"
    "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\n"
    "(Kèm theo Kế hoạch số 245/KH-UBND ngày 10/3/2026)\n"
    "1. Sở Thông tin và Truyền thông triển khai Trung tâm điều hành thông minh, đưa vào "
    "vận hành từ tháng 10/2025.\n"
    "2. Sở Tài nguyên và Môi trường số hóa 70% hồ sơ đất đai.\n"
    "3. Sở Nội vụ tổ chức 12 lớp tập huấn kỹ năng số cho cán bộ, công chức.\n"
)

Y_RESULTS_KL = (
    "PHỤ LỤC\n"
    "TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ THEO KẾT LUẬN SỐ 15-KL/TU\n"
    "(Kèm theo Báo cáo số 12/BC-UBND)\n"
    "1. Sở Y tế đã chỉ đạo các bệnh viện nâng cao chất lượng khám chữa bệnh; tỷ lệ hài "
    "lòng đạt 92%.\n"
    "2. Sở Giáo dục và Đào tạo hoàn thành sắp xếp 25 điểm trường lẻ.\n"
    "3. UBND các huyện tiếp tục rà soát, xử lý dứt điểm các kiến nghị của cử tri.\n"
)

K_CONTACTS = (
    "Phụ lục\n"
    "ĐẦU MỐI LIÊN HỆ THỰC HIỆN NHIỆM VỤ\n"
    "1. Sở Thông tin và Truyền thông: ông Trần Văn Bình, điện thoại 0912.345.678.\n"
    "2. Sở Tài chính: bà Lê Thị Cúc, điện thoại 0987.654.321.\n"
)

N_DUTY_SCHED = (
    "Phụ lục\n"
    "LỊCH PHÂN CÔNG TRỰC TẾT NGUYÊN ĐÁN\n"
    "1. Ngày 28/01/2026: đồng chí Nguyễn Văn An trực lãnh đạo; Văn phòng UBND tỉnh bố trí xe.\n"
    "2. Ngày 29/01/2026: đồng chí Trần Văn Bình trực lãnh đạo; Sở Y tế bố trí kíp cấp cứu.\n"
    "3. Ngày 30/01/2026: đồng chí Lê Thị Cúc trực lãnh đạo.\n"
)

A2_MEMBERS = (
    "Phụ lục\n"
    "PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN BAN CHỈ ĐẠO\n"
    "1. Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh - Trưởng ban: chỉ đạo chung các hoạt "
    "động của Ban Chỉ đạo.\n"
    "2. Đồng chí Trần Văn Bình, Giám đốc Sở Thông tin và Truyền thông - Phó Trưởng ban "
    "thường trực: giúp Trưởng ban điều hành công việc thường xuyên.\n"
    "3. Đồng chí Lê Thị Cúc, Giám đốc Sở Tài chính - Thành viên: tham mưu bố trí kinh phí.\n"
)

W_TWO_APP = (
    "Phụ lục I\n"
    "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026\n"
    "1. Xây dựng kho dữ liệu số của tỉnh.\n"
    "a) Đơn vị chủ trì: Sở Thông tin và Truyền thông.\n"
    "2. Số hóa hồ sơ đất đai.\n"
    "a) Đơn vị chủ trì: Sở Tài nguyên và Môi trường.\n"
    "Phụ lục II\n"
    "DANH SÁCH ĐẦU MỐI LIÊN HỆ\n"
    "1. Sở Thông tin và Truyền thông: ông Trần Văn Bình, điện thoại 0912.345.678.\n"
    "2. Sở Tài chính: bà Lê Thị Cúc, điện thoại 0987.654.321.\n"
)

I_DUP = (
    "Phụ lục\n"
    "PHÂN CÔNG NHIỆM VỤ\n"
    "1. Sở Thông tin và Truyền thông chủ trì xây dựng nền tảng dữ liệu dùng chung, hoàn "
    "thành trước ngày 30/6/2026.\n"
    "2. Sở Tài chính bố trí kinh phí thực hiện kế hoạch.\n"
)

PLAN_TASKS = [
    "Sở Thông tin và Truyền thông chủ trì xây dựng nền tảng dữ liệu dùng chung, hoàn thành "
    "trước ngày 30/6/2026.",
    "Sở Tài chính bố trí kinh phí thực hiện kế hoạch.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            V_INVITE,
            [
                "Phòng Nông nghiệp rà soát diện tích lúa bị hạn, báo cáo trước ngày 20/6/2026.",
                "Phòng Tài chính cân đối kinh phí hỗ trợ giống cho nông dân.",
                "Văn phòng HĐND và UBND huyện gửi giấy mời họp sơ kết đến các xã.",
            ],
        ),
        (
            P_FORM,
            [
                "Niêm yết công khai kế hoạch tuyển sinh tại trường trước ngày 15/8/2026.",
                "Tiếp nhận hồ sơ theo mẫu đơn đính kèm, báo cáo kết quả về Phòng trước ngày "
                "30/8/2026.",
            ],
        ),
        (
            U_QUOTED2,
            [
                "Giao Sở Xây dựng kiểm tra, xử lý kiến nghị của bà Lan, báo cáo trước ngày "
                "15/6/2026.",
                "UBND huyện Tân Lập phối hợp cung cấp hồ sơ.",
            ],
        ),
        (R_DECISION, ["Tổ công tác có nhiệm vụ rà soát, báo cáo kết quả trước ngày 30/9/2026."]),
        (Q_NOKG_FORM, ["Trưởng các thôn thông báo rộng rãi đến nhân dân."]),
    ],
    ids=["invitation", "form", "petition", "decision-form", "form-no-greeting"],
)
def test_a_greeting_after_the_signature_leaves_the_body_in_place(
    text: str, expected: list[str]
) -> None:
    texts = _texts(text)
    for task in expected:
        assert task in texts
    assert not any(t.startswith(("Tôi ", "Kính gửi")) for t in texts)


@pytest.mark.parametrize(
    "appendix",
    [B2_RESULTS, Y_RESULTS_KL, K_CONTACTS, N_DUTY_SCHED, A2_MEMBERS],
    ids=["results", "results-of-conclusion", "contacts", "duty-roster", "member-duties"],
)
def test_an_appendix_of_results_contacts_or_rosters_gives_no_tasks(appendix: str) -> None:
    assert _texts(REVIEW_PLAN + appendix) == PLAN_TASKS


def test_appendix_items_stop_at_the_next_appendix() -> None:
    tasks = parse_notice(REVIEW_PLAN + W_TWO_APP).tasks
    assert [task.text for task in tasks] == [
        *PLAN_TASKS,
        "Xây dựng kho dữ liệu số của tỉnh.",
        "Số hóa hồ sơ đất đai.",
    ]
    assert list(tasks[3].lead) == ["Sở Tài nguyên và Môi trường"]


def test_an_appendix_restating_the_body_adds_no_second_task() -> None:
    assert _texts(REVIEW_PLAN + I_DUP) == PLAN_TASKS


def test_appendix_titles_that_only_look_like_reports_still_list_work() -> None:
    # "du lịch" (tourism) and "mẫu giáo" (kindergarten) hold the refused words "lịch", "mẫu"
    appendix = (
        "Phụ lục\nNHIỆM VỤ PHÁT TRIỂN DU LỊCH VÀ GIÁO DỤC MẪU GIÁO NĂM 2026\n"
        "1. Xây dựng bản đồ số các điểm du lịch cộng đồng.\n"
        "a) Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n"
        "2. Mở thêm lớp mẫu giáo tại các thôn vùng cao.\n"
        "a) Đơn vị chủ trì: Sở Giáo dục và Đào tạo.\n"
    )
    texts = _texts(REVIEW_PLAN + appendix)
    assert "Xây dựng bản đồ số các điểm du lịch cộng đồng." in texts
    assert "Mở thêm lớp mẫu giáo tại các thôn vùng cao." in texts
