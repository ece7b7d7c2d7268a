"""A Government resolution that issues an action programme: the resolution's three short articles
are signed first, the programme follows, and the programme's points are the work.

- The programme's own lead-in ("… các bộ, ngành, địa phương cần cụ thể hóa và triển khai các
  nhiệm vụ sau đây:") lies past the resolution's signature: it is the programme's section
  lead-in, not the intro of the resolution, and it leads the points that name nobody.
- A reader may glue the "(Kèm theo Nghị quyết …)" note to the end of the title's paragraph.
- A numbered theme of the programme ("1. Đổi mới tư duy …; tạo đồng thuận …") over lettered
  points is a heading, not a task of its own, however long it runs.
- "Sửa đổi quy định … để:" over dash points: the points say what the one piece of work is for.
"""

from __future__ import annotations

from datetime import date

from notices import parse_notice

HEAD = """CHÍNH PHỦ
Số: 77/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 03 tháng 3 năm 2027
NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ về phát triển du lịch cộng đồng
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ;
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động về du lịch cộng đồng.
Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký.
Điều 3. Các Bộ trưởng, Chủ tịch UBND các tỉnh chịu trách nhiệm thi hành Nghị quyết này./.
Nơi nhận:
- Các bộ, cơ quan ngang bộ;
- Lưu: VT.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Trần Quốc Hưng

"""

LEADS = ("các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh")

PROGRAMME = """I. MỤC TIÊU
Du lịch cộng đồng trở thành sinh kế bền vững của người dân vùng cao.
II. NHIỆM VỤ CỤ THỂ
Để đạt mục tiêu trên, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh cần cụ thể hóa và tổ \
chức triển khai các nhiệm vụ sau đây:
1. Nâng cao nhận thức của chính quyền và người dân về giá trị văn hóa bản địa; tạo đồng thuận \
trong cộng đồng về phát triển du lịch gắn với bảo tồn
a) Biên soạn tài liệu giới thiệu các làng nghề truyền thống bằng ba thứ tiếng.
b) Mở lớp tập huấn kỹ năng đón khách cho các hộ làm homestay, xong trong quý III năm 2027.
2. Hoàn thiện hạ tầng
a) Nâng cấp đường vào các bản du lịch trọng điểm.
b) Lắp đặt biển chỉ dẫn song ngữ tại các điểm đến.
III. TỔ CHỨC THỰC HIỆN
Bộ Văn hóa, Thể thao và Du lịch theo dõi, báo cáo Chính phủ trước ngày 15/12/2027.
"""

TITLE = "CHƯƠNG TRÌNH HÀNH ĐỘNG\nVề phát triển du lịch cộng đồng\n"
NOTE = "(Kèm theo Nghị quyết số 77/NQ-CP ngày 03 tháng 3 năm 2027 của Chính phủ)"


def _rows(text: str) -> list[tuple[str, tuple[str, ...], date | None]]:
    return [(t.text[:20], t.lead, t.deadline) for t in parse_notice(text).tasks]


# A real programme runs long: its section lead-in sits in the first half of the text.
LETTERS = "abcdeghiklmnopqrstuvxy"
MORE = "3. Quảng bá điểm đến\n" + "".join(
    f"{letter}) Giới thiệu sản phẩm du lịch số {n} của các bản trên nền tảng số.\n"
    for n, letter in enumerate(LETTERS, start=1)
)


def test_the_programmes_section_lead_in_leads_its_nameless_points() -> None:
    programme = PROGRAMME.replace("III. TỔ CHỨC THỰC HIỆN", MORE + "III. TỔ CHỨC THỰC HIỆN")
    rows = _rows(HEAD + TITLE + NOTE + "\n" + programme)
    assert rows[:4] == [
        ("Biên soạn tài liệu g", LEADS, None),
        ("Mở lớp tập huấn kỹ n", LEADS, date(2027, 9, 30)),
        ("Nâng cấp đường vào c", LEADS, None),
        ("Lắp đặt biển chỉ dẫn", LEADS, None),
    ]
    assert len(rows) == 4 + len(LETTERS) + 1
    assert all(row[1] == LEADS for row in rows[4:-1])
    assert rows[-1] == (
        "Bộ Văn hóa, Thể thao",
        ("Bộ Văn hóa, Thể thao và Du lịch",),
        date(2027, 12, 15),
    )


def test_a_note_glued_to_the_title_still_opens_the_programme() -> None:
    glued = "CHƯƠNG TRÌNH\nHành động về phát triển du lịch cộng đồng " + NOTE + "\n"
    rows = _rows(HEAD + glued + PROGRAMME)
    assert [row[0] for row in rows] == [
        "Biên soạn tài liệu g",
        "Mở lớp tập huấn kỹ n",
        "Nâng cấp đường vào c",
        "Lắp đặt biển chỉ dẫn",
        "Bộ Văn hóa, Thể thao",
    ]


def test_an_intro_before_the_signature_still_opens_the_body() -> None:
    """The resolution's own "… như sau:" (no programme) is the intro as before."""
    text = HEAD.replace(
        "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động về du lịch cộng đồng.",
        "Điều 1. Giao các bộ thực hiện các nhiệm vụ như sau:\n"
        "1. Bộ Xây dựng rà soát quy hoạch giao thông vùng cao.",
    )
    assert [row[1] for row in _rows(text)] == [("Bộ Xây dựng",)]


def test_a_long_numbered_theme_over_lettered_points_gives_no_task() -> None:
    text = (
        "THÔNG BÁO\nKết luận giao ban\n\n"
        "Ủy ban nhân dân tỉnh yêu cầu Sở Nông nghiệp và Môi trường thực hiện các nội dung sau:\n"
        "1. Đẩy mạnh chuyển đổi số trong quản lý đất đai, tài nguyên và môi trường; phát triển "
        "cơ sở dữ liệu dùng chung, kết nối liên thông giữa các cấp chính quyền\n"
        "a) Số hóa toàn bộ hồ sơ địa chính.\n"
        "b) Cập nhật bản đồ hiện trạng rừng.\n"
    )
    tasks = parse_notice(text).tasks
    assert [t.text[:8] for t in tasks] == ["Số hóa t", "Cập nhật"]
    assert all(t.lead == ("Sở Nông nghiệp và Môi trường",) for t in tasks)


def test_a_numbered_sentence_over_lettered_points_is_still_work() -> None:
    """A point that ends as a sentence is work, whatever follows it."""
    text = (
        "THÔNG BÁO\nKết luận giao ban\n\n"
        "1. Sở Tài chính rà soát nguồn vốn đầu tư công của tỉnh trong quý II năm 2027.\n"
        "a) Sở Xây dựng cung cấp số liệu các dự án chậm tiến độ.\n"
        "b) Sở Nội vụ tổng hợp ý kiến các xã.\n"
    )
    assert [t.lead for t in parse_notice(text).tasks] == [
        ("Sở Tài chính",),
        ("Sở Xây dựng",),
        ("Sở Nội vụ",),
    ]


def test_purpose_points_after_de_belong_to_the_one_task() -> None:
    text = (
        "THÔNG BÁO\nKết luận giao ban\n\n"
        "1. Sở Tư pháp chủ trì sửa đổi quy chế phối hợp để:\n"
        "- Rút ngắn thời gian thẩm định hồ sơ\n"
        "- Giảm số lần người dân phải đi lại\n"
        "2. Sở Y tế kiểm tra an toàn thực phẩm.\n"
    )
    tasks = parse_notice(text).tasks
    assert [t.lead for t in tasks] == [("Sở Tư pháp",), ("Sở Y tế",)]
    assert "Giảm số lần" in tasks[0].text


def test_the_signer_is_found_when_the_note_runs_on_from_the_title() -> None:
    """No "Nơi nhận" and a text layer that runs the note on from the title's last words: the
    resolution's own signature, above a long programme, is still the signature."""
    head = HEAD.replace("Nơi nhận:\n- Các bộ, cơ quan ngang bộ;\n- Lưu: VT.\n", "")
    title = "CHƯƠNG TRÌNH HÀNH ĐỘNG về phát triển du lịch cộng đồng giai đoạn 2027 - 2030 " + NOTE
    programme = PROGRAMME.replace("III. TỔ CHỨC THỰC HIỆN", MORE * 3 + "III. TỔ CHỨC THỰC HIỆN")
    notice = parse_notice(head + title + "\n" + programme)
    assert notice.signer == "Trần Quốc Hưng"


def test_a_plan_without_a_note_keeps_its_own_intro() -> None:
    """An attached plan that carries no "(Ban hành kèm theo …)" note is not recognised as
    such; its own "… như sau:" still opens the body, as before."""
    text = (
        HEAD.replace("CHÍNH PHỦ\nSố: 77/NQ-CP", "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 12/QĐ-UBND")
        + "KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH CỘNG ĐỒNG\n"
        + "Ủy ban nhân dân tỉnh giao nhiệm vụ cho các cơ quan như sau:\n"
        + "1. Sở Văn hóa, Thể thao và Du lịch xây dựng bộ tiêu chí homestay.\n"
        + "2. Sở Tài chính bố trí kinh phí quảng bá.\n"
        + "".join(f"{n}. Sở Xây dựng nâng cấp tuyến đường số {n}.\n" for n in range(3, 30))
    )
    leads = [t.lead for t in parse_notice(text).tasks]
    assert leads[:3] == [
        ("Sở Văn hóa, Thể thao và Du lịch",),
        ("Sở Tài chính",),
        ("Sở Xây dựng",),
    ]
    assert len(leads) == 29


def test_a_programme_opening_with_its_own_intro_keeps_it_out_of_the_articles() -> None:
    """ "Căn cứ …, Chính phủ ban hành Chương trình … như sau:" before "I.": the programme's
    intro opens the body as before; it is no further paragraph of the last article."""
    opening = (
        "Căn cứ Kết luận số 12-KL/TW ngày 02 tháng 01 năm 2027 của Bộ Chính trị (sau đây viết "
        "tắt là Kết luận số 12-KL/TW), Chính phủ ban hành Chương trình hành động thực hiện Kết "
        "luận số 12-KL/TW như sau:\n"
    )
    programme = PROGRAMME.replace("III. TỔ CHỨC THỰC HIỆN", MORE + "III. TỔ CHỨC THỰC HIỆN")
    head = HEAD.replace("Nơi nhận:\n- Các bộ, cơ quan ngang bộ;\n- Lưu: VT.\n", "")
    tasks = parse_notice(head + TITLE + NOTE + "\n" + opening + programme).tasks
    assert not any(t.text.startswith("Căn cứ") for t in tasks)
    assert len(tasks) == 4 + len(LETTERS) + 1
