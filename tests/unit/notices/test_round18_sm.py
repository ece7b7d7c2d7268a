"""Round 18 (sm): a Word table of duties by person flattened one cell per line, a table row of
duties as one assignment, and a school named "Trường/Viện đào tạo".

A .txt extracted from a Word plan keeps no "|": the header's cells ("TT", "Họ và tên", "Chức vụ",
"Nội dung phân công") come one a line, then each row as its number alone on a line, the person's
name, their post (one line or more) and the duty points. Each row is one task of the person named
(labelling rule 1: a table row; rule 4: the name alone). Documents invented for these tests.
"""

from __future__ import annotations

from notices import parse_notice

_HEAD = """TỔ DÂN PHỐ {to}
TỔ XUNG KÍCH PCTT & TKCN
Số: 03/KH-TXK

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{noi}, ngày 12 tháng 6 năm 2026

"""
_SIGN = """Nơi nhận:
-UBND phường (để b/c);-Lưu: TDP.
TM. TỔ XUNG KÍCH
TỔ TRƯỞNG
Trần Văn Bình
"""

FLAT = (
    _HEAD.format(to="AN HÒA", noi="An Hòa")
    + """KẾ HOẠCH
Phân công nhiệm vụ Tổ xung kích phòng, chống thiên tai năm 2026
Tổ xung kích Tổ dân phố An Hòa xây dựng kế hoạch phân công nhiệm vụ như sau:
I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng ngừa, ứng phó kịp thời với thiên tai trên địa bàn.
II. PHÂN CÔNG NHIỆM VỤ
TT
Họ và tên
Chức vụ
Nội dung phân công cụ thể
1
Ông Trần Văn Bình
Tổ trưởng
Tổ trưởng TDP An Hòa
- Phụ trách chung công tác phòng, chống thiên tai của tổ dân phố.
- Chỉ huy lực lượng xung kích khi có bão, lũ.
2
Bà Lê Thị Hoa
Thành viên (Chi hội trưởng Phụ nữ)
-Vận động hội viên phụ nữ chằng chống nhà cửa.
-Lập danh sách hộ có người già, trẻ nhỏ cần sơ tán.
3
Ông Phạm Minh Tuấn
Thành viên
- Quản lý áo phao, đèn pin, dây thừng của tổ.
III. TỔ CHỨC THỰC HIỆN
Kế hoạch này được phổ biến đến các thành viên Tổ xung kích.
"""
    + _SIGN
)


def test_a_flattened_person_table_gives_one_task_per_row() -> None:
    tasks = parse_notice(FLAT).tasks
    got = [(task.lead, task.text) for task in tasks]
    assert [lead for lead, _ in got] == [
        ("Trần Văn Bình",),
        ("Lê Thị Hoa",),
        ("Phạm Minh Tuấn",),
    ], got
    assert got[0][1].startswith("Phụ trách chung công tác phòng, chống thiên tai")
    assert "Chỉ huy lực lượng xung kích" in got[0][1]  # the row's second point, same task
    assert got[1][1].startswith("Vận động hội viên phụ nữ")  # "-Vận động": no space after "-"
    assert "Lập danh sách hộ" in got[1][1]
    assert got[2][1].startswith("Quản lý áo phao")


# A members' list flattened the same way (no duties column): the people are named, given no work.
MEMBERS = (
    _HEAD.format(to="PHÚ XUÂN", noi="Phú Xuân")
    + """QUYẾT ĐỊNH
Về việc thành lập Tổ xung kích phòng, chống thiên tai
Điều 1. Thành lập Tổ xung kích gồm các ông, bà có tên sau:
TT
Họ và tên
Chức vụ
Ghi chú
1
Ông Nguyễn Văn Lâm
Tổ trưởng
- Trưởng ban công tác Mặt trận
2
Bà Hồ Thị Lan
Thành viên
- Chi hội trưởng Phụ nữ
3
Ông Võ Văn Hải
Thành viên
- Công an viên
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""
    + _SIGN
)


def test_a_flattened_members_list_gives_nobody_work() -> None:
    tasks = parse_notice(MEMBERS).tasks
    members = ("Nguyễn Văn Lâm", "Hồ Thị Lan", "Võ Văn Hải")
    assert not any(set(task.lead) & set(members) for task in tasks)


# The same division as a Markdown table: a row with two points in its cell is still one task.
TABLE = (
    _HEAD.format(to="VĨNH LỢI", noi="Vĩnh Lợi")
    + """THÔNG BÁO
Phân công nhiệm vụ các thành viên Tổ xung kích

| TT | Họ và tên | Chức vụ | Nhiệm vụ được phân công |
|---|---|---|---|
| 1 | Đặng Văn Sơn | Tổ trưởng | - Theo dõi bản tin thời tiết - Phát lệnh báo động khi có lũ |
| 2 | Mai Thị Thu | Tổ phó | - Chuẩn bị lương thực dự trữ tại nhà văn hóa |

"""
    + _SIGN
)


def test_a_table_row_of_duties_is_one_task() -> None:
    tasks = parse_notice(TABLE).tasks
    assert [task.lead for task in tasks] == [("Đặng Văn Sơn",), ("Mai Thị Thu",)]
    assert tasks[0].text.startswith("Theo dõi bản tin thời tiết")
    assert "Phát lệnh báo động khi có lũ" in tasks[0].text


_SCHOOL = """ĐẠI HỌC BÁCH KHOA
Số: 15/KH-ĐHBK

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 3 tháng 3 năm 2025

KẾ HOẠCH
Tổ chức tuần sinh hoạt công dân

IV. TỔ CHỨC THỰC HIỆN
1. Các Phòng ban, Trường/Viện đào tạo tổ chức sơ kết việc thực hiện Kế hoạch hằng năm.
2. Trung tâm Ngoại ngữ đào tạo bồi dưỡng tiếng Anh cho sinh viên năm thứ nhất.
3. Hàng năm, Khoa/Viện chuyên môn, Trường/Viện đào tạo xây dựng dự toán kinh phí thực hiện.

Nơi nhận:
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Nam
"""


def test_a_school_named_by_training_keeps_its_name() -> None:
    tasks = parse_notice(_SCHOOL).tasks
    leads = [task.lead for task in tasks]
    assert ("Các Phòng ban", "Trường/Viện đào tạo") in leads, leads
    assert ("Khoa/Viện chuyên môn", "Trường/Viện đào tạo") in leads, leads
    # near miss: after another name "đào tạo" is the work ("Trung tâm Ngoại ngữ đào tạo …")
    assert ("Trung tâm Ngoại ngữ",) in leads, leads
