"""Real phone-style questions → what they mean, on Wednesday 25/10/2023 in a small district org."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nlu_org import (
    DOAN_BAI,
    HA_LE,
    HUYEN,
    KHANH,
    MAI,
    MOT_CUA,
    NAMES,
    NGHI,
    NOI_VU,
    PERSON_NAMES,
    TCKH,
    THANG,
    THEP,
    THI_TRAN_THANG,
    THONG_KE,
    TNMT,
    TU_PHAP,
    UNIT_NAMES,
    VHTT,
    VP,
)

from handlers.nlu import DateRange, Intent, Understanding, understand

TODAY = date(2023, 10, 25)  # a Wednesday


def span(first: str, last: str | None = None) -> DateRange:
    return DateRange(date.fromisoformat(first), date.fromisoformat(last or first))


TODAY_R = span("2023-10-25")
TOMORROW = span("2023-10-26")
WEEK = span("2023-10-23", "2023-10-29")
NEXT_WEEK = span("2023-10-30", "2023-11-05")
LAST_WEEK = span("2023-10-16", "2023-10-22")
OCTOBER = span("2023-10-01", "2023-10-31")
NOVEMBER = span("2023-11-01", "2023-11-30")
Q4 = span("2023-10-01", "2023-12-31")
YEAR = span("2023-01-01", "2023-12-31")
SOON = span("2023-10-25", "2023-11-01")  # "sắp đến hạn": today and the 7 days after


def unit(uid: int) -> tuple[str, int]:
    return (UNIT_NAMES[uid], uid)


def person(oid: int) -> tuple[str, int]:
    return (PERSON_NAMES[oid], oid)


def typed(phrase: str) -> tuple[str, None]:
    """A name the org does not know, kept as the user typed it."""
    return (phrase, None)


def case(text: str, intent: Intent, **fields: Any) -> Any:
    return pytest.param(text, {"intent": intent, **fields}, id=text or "<empty>")


DUE, OVERDUE, LIST, STATS = Intent.DUE, Intent.OVERDUE, Intent.LIST, Intent.STATS
DETAIL, DONE, REOPEN, CONFIRM = Intent.DETAIL, Intent.DONE, Intent.REOPEN, Intent.CONFIRM
REJECT, EXTEND, SEARCH, IMPORT = Intent.REJECT, Intent.EXTEND, Intent.SEARCH, Intent.IMPORT
START, NEXT, HELP, UNKNOWN = Intent.START, Intent.NEXT, Intent.HELP, Intent.UNKNOWN

TABLE = [
    # --- due: a period, with or without "đến hạn" ---
    case("việc nào đến hạn tuần này?", DUE, range=WEEK),
    case("viec den han tuan nay", DUE, range=WEEK),
    case("VIỆC ĐẾN HẠN TUẦN NÀY", DUE, range=WEEK),
    case("Việc Đến Hạn Tuần Này", DUE, range=WEEK),
    case("/tuannay", DUE, range=WEEK),
    case("/tuannay@nhacviec_bot", DUE, range=WEEK),
    case("tuannay", DUE, range=WEEK),
    case("/homnay", DUE, range=TODAY_R),
    case("hôm nay cần làm gì", DUE, range=TODAY_R),
    case("hom nay can lam gi", DUE, range=TODAY_R),
    case("bữa nay có việc gì không", DUE, range=TODAY_R),
    case("ngày mai đến hạn những việc nào", DUE, range=TOMORROW),
    case("mai có việc gì", DUE, range=TOMORROW),
    case("hôm qua có việc nào hết hạn không", DUE, range=span("2023-10-24")),
    case("tuần sau có việc gì", DUE, range=NEXT_WEEK),
    case("tuan toi den han gi", DUE, range=NEXT_WEEK),
    case("việc đến hạn tuần tới", DUE, range=NEXT_WEEK),
    case("tuần trước có việc nào đến hạn", DUE, range=LAST_WEEK),
    case("tháng này cần làm gì", DUE, range=OCTOBER),
    case("viec thang nay", DUE, range=OCTOBER),
    case("tháng sau có gì", DUE, range=NOVEMBER),
    case("thang sau", DUE, range=NOVEMBER),  # unmarked: next month, not June
    case("tháng sáu", DUE, range=span("2023-06-01", "2023-06-30")),
    case("hạn chót tháng 11", DUE, range=NOVEMBER),
    case("tháng 11 năm 2023 có việc gì đến hạn", DUE, range=NOVEMBER),
    case("việc đến hạn tháng 12/2023", DUE, range=span("2023-12-01", "2023-12-31")),
    case("quý này", DUE, range=Q4),
    case("cuoi quy co gi", DUE, range=Q4),
    case("quý sau đến hạn gì", DUE, range=span("2024-01-01", "2024-03-31")),
    case("việc quý 4", DUE, range=Q4),
    case("nhiệm vụ quý IV năm 2023", DUE, range=Q4),
    case("quy 1 nam 2024", DUE, range=span("2024-01-01", "2024-03-31")),
    case("năm nay còn việc gì cần làm", DUE, range=YEAR),
    case("cuối năm phải xong những gì", DUE, range=YEAR),
    case("6 tháng cuối năm", DUE, range=span("2023-07-01", "2023-12-31")),
    case("30/11", DUE, range=span("2023-11-30")),
    case("30/10", DUE, range=span("2023-10-30")),  # a date, never task 30
    case("việc đến hạn 30/11/2023", DUE, range=span("2023-11-30")),
    case("ngày 15/11 có việc gì", DUE, range=span("2023-11-15")),
    case("từ 1/11 đến 15/11", DUE, range=span("2023-11-01", "2023-11-15")),
    case("việc đến hạn trong 7 ngày tới", DUE, range=SOON),
    case("7 ngày tới có gì", DUE, range=SOON),
    case("thứ 6 này có việc gì", DUE, range=span("2023-10-27")),
    case("cuối tuần có việc gì", DUE, range=span("2023-10-28", "2023-10-29")),
    case("deadline tuần này", DUE, range=WEEK),
    case("sắp đến hạn", DUE, range=SOON),
    case("sap den han", DUE, range=SOON),
    case("việc sắp hết hạn", DUE, range=SOON),
    case("sap qua han", DUE, range=SOON),  # not yet overdue
    case("sắp đến hạn tuần sau", DUE, range=NEXT_WEEK),
    case("việc nào đến hạn?", DUE),  # no period: the caller picks its default
    case("hạn chót là khi nào", DUE),
    case("viec den han tuan nay cua phong noi vu", DUE, range=WEEK, unit=unit(NOI_VU)),
    case("việc của phòng nội vụ tháng này", DUE, range=OCTOBER, unit=unit(NOI_VU)),
    case("ĐẾN HẠN TUẦN NÀY CỦA XÃ ĐOAN BÁI", DUE, range=WEEK, unit=unit(DOAN_BAI)),
    case("tôi cần làm gì tuần này", DUE, range=WEEK, mine=True),
    case("den hna tuan nay", DUE, range=WEEK),  # "hna": transposed letters
    case("ddeens hanj tuaanf nayf", DUE, range=WEEK),  # Telex typed with the keyboard off
    case("có việc gì mai không", DUE, range=TOMORROW),
    # --- overdue ---
    case("quá hạn", OVERDUE),
    case("qua han", OVERDUE),
    case("QUÁ HẠN", OVERDUE),
    case("/quahan", OVERDUE),
    case("quahan", OVERDUE),
    case("việc nào quá hạn?", OVERDUE),
    case("nhiệm vụ quá hạn của xã Đoan Bái", OVERDUE, unit=unit(DOAN_BAI)),
    case("nhiem vu qua han cua xa doan bai", OVERDUE, unit=unit(DOAN_BAI)),
    case("xa doan bay qua han", OVERDUE, unit=unit(DOAN_BAI)),  # typo in the commune name
    case("VIỆC QUÁ HẠN CỦA XÃ ĐOAN BÁI", OVERDUE, unit=unit(DOAN_BAI)),
    case("tuần qua có việc gì quá hạn", OVERDUE, range=LAST_WEEK),  # tuần qua ≠ quá hạn
    case("việc trễ hạn của phòng tư pháp", OVERDUE, unit=unit(TU_PHAP)),
    case("có việc nào chậm tiến độ không", OVERDUE),
    case("viec nao bi cham", OVERDUE),
    case("việc chưa làm", OVERDUE),
    case("qua hna", OVERDUE),
    case("quas hanj", OVERDUE),
    case("việc quá hạn của tôi", OVERDUE, mine=True),
    case("/quahan xã Đoan Bái", OVERDUE, unit=unit(DOAN_BAI)),
    case("VH&TT quá hạn", OVERDUE, unit=unit(VHTT)),
    case("tckh qua han", OVERDUE, unit=unit(TCKH)),
    case("quá hạn tháng trước", OVERDUE, range=span("2023-09-01", "2023-09-30")),
    case("việc quá hạn tiêu chí 7.3.1", OVERDUE, criterion="7.3.1"),
    case("anh Nghị có việc gì quá hạn không", OVERDUE, person=person(NGHI)),
    case("đã hết hạn", OVERDUE),
    case("việc tồn đọng", OVERDUE),
    case("thứ tự ưu tiên việc quá hạn", OVERDUE),  # "thứ tự" is an order, not Wednesday
    # --- stats: before overdue ---
    case("thống kê", STATS),
    case("/thongke", STATS),
    case("thống kê quý này", STATS, range=Q4),
    case("thong ke viec qua han", STATS),
    case("thống kê việc quá hạn tháng này", STATS, range=OCTOBER),
    case("tỷ lệ hoàn thành của các xã", STATS),
    case("ti le hoan thanh", STATS),
    case("bao nhiêu việc quá hạn", STATS),
    case("tổng hợp kết quả phòng nội vụ", STATS, unit=unit(NOI_VU)),
    case("thống kê xã Đoan Bái năm nay", STATS, range=YEAR, unit=unit(DOAN_BAI)),
    case("có mấy việc đến hạn tuần này", STATS, range=WEEK),
    # --- list: by unit, person, criterion, "mine" ---
    case("việc của phòng nội vụ", LIST, unit=unit(NOI_VU)),
    case("viec cua fong noi vu", LIST, unit=unit(NOI_VU)),
    case("VIỆC CỦA PHÒNG NỘI VỤ", LIST, unit=unit(NOI_VU)),
    case("nội vụ", LIST, unit=unit(NOI_VU)),
    case("PNV", LIST, unit=unit(NOI_VU)),
    case("việc của chi cục thống kê", LIST, unit=unit(THONG_KE)),  # a name, not "thống kê"
    case("bộ phận một cửa có việc gì", LIST, unit=unit(MOT_CUA)),  # Unit.aliases
    case("nhiệm vụ tiêu chí 7.3.1", LIST, criterion="7.3.1"),
    case("tieu chi 7.3.1", LIST, criterion="7.3.1"),
    case("tc 7.3.1", LIST, criterion="7.3.1"),
    case("tc7.3.1", LIST, criterion="7.3.1"),
    case("tiêu chí thành phần 6.3.1", LIST, criterion="6.3.1"),
    case("hoàn thành tiêu chí 7.3.1 chưa?", LIST, criterion="7.3.1"),  # a question, not a report
    case("việc PCT Nghị chỉ đạo", LIST, person=person(NGHI)),
    case("việc đ/c Nghị chỉ đạo", LIST, person=person(NGHI)),
    case("viec pct nghi chi dao", LIST, person=person(NGHI)),
    case("anh Nghị có việc gì", LIST, person=person(NGHI)),
    case("chị Thép", LIST, person=person(THEP)),
    case("viec cua chi thep", LIST, person=person(THEP)),
    case("việc của Nguyễn Văn Khanh", LIST, person=person(KHANH)),
    case("nguyen van khanh", LIST, person=person(KHANH)),
    case("pham van ngi co viec gi", LIST, person=person(NGHI)),  # typo in a full name
    case("chị Mai có việc gì", LIST, person=person(MAI)),  # a name, not tomorrow
    case("việc của anh Thắng", LIST, person=person(THANG)),
    case("thị trấn Thắng có việc gì", LIST, unit=unit(THI_TRAN_THANG)),
    case("việc của tt Thắng", LIST, unit=unit(THI_TRAN_THANG)),
    case("chị Thu Hà có việc gì", LIST, person=person(HA_LE)),
    case("việc của tckh", LIST, unit=unit(TCKH)),
    case("phòng tài chính kế hoạch", LIST, unit=unit(TCKH)),
    case("tc-kh", LIST, unit=unit(TCKH)),
    case("Phòng TC-KH", LIST, unit=unit(TCKH)),
    case("phòng văn hóa thông tin", LIST, unit=unit(VHTT)),
    case("phòng văn hoá và thông tin", LIST, unit=unit(VHTT)),  # old-style tone mark
    case("vhtt", LIST, unit=unit(VHTT)),
    case("tn-mt", LIST, unit=unit(TNMT)),
    case("tài nguyên môi trường", LIST, unit=unit(TNMT)),
    case("việc của VP", LIST, unit=unit(VP)),
    case("văn phòng HĐND và UBND huyện", LIST, unit=unit(VP)),
    case("vp hdnd & ubnd", LIST, unit=unit(VP)),
    case("UBND xã Đoan Bái", LIST, unit=unit(DOAN_BAI)),
    case("doan bai", LIST, unit=unit(DOAN_BAI)),
    case("phòng văn hóa", LIST, unit=unit(VHTT)),  # the first part of a two-part name
    case("phong tai chinh", LIST, unit=unit(TCKH)),
    case("văn hoá", UNKNOWN),  # …but only after its head noun
    case("nhiệm vụ của UBND huyện", LIST, unit=unit(HUYEN)),
    case("các phòng chuyên môn có việc gì quá hạn", OVERDUE),  # a group, not one unit
    case("việc của phòng Kinh tế", LIST, unit=typed("phòng Kinh tế")),
    case("viec cua phong kinh te", LIST, unit=typed("phong kinh te")),
    case("việc của anh Tuấn", LIST, person=typed("Tuấn")),
    case("việc nào chưa xong?", LIST),  # a question about open tasks, not a report
    case("việc chưa hoàn thành", LIST),
    case("danh sách nhiệm vụ", LIST),
    # A filter the bot cannot apply is never answered with the full list; "nghị" alone is not
    # Mr Nghị and 12 is not an id.
    case("việc theo nghị quyết 12", UNKNOWN),
    case("việc chỉ đạo", LIST),  # "chỉ đạo" is not "chị Đạo"
    case("tìm việc của phòng nội vụ", LIST, unit=unit(NOI_VU)),  # nothing left to search for
    case("của tôi", LIST, mine=True),
    case("cua toi", LIST, mine=True),
    case("việc của mình", LIST, mine=True),
    case("/cuatoi", LIST, mine=True),
    # --- detail ---
    case("chi tiết 12", DETAIL, task_id=12),
    case("chi tiet 12", DETAIL, task_id=12),
    case("CHI TIẾT 12", DETAIL, task_id=12),
    case("#12", DETAIL, task_id=12),
    case("12", DETAIL, task_id=12),
    case("/xem 12", DETAIL, task_id=12),
    case("xem việc 12", DETAIL, task_id=12),
    case("xem #7", DETAIL, task_id=7),
    case("so 12", DETAIL, task_id=12),  # "số 12", not "Sở"
    case("việc số 12 thế nào", DETAIL, task_id=12),
    case("/xem", DETAIL),
    # A national deployment numbers tasks in the millions: a marked number may be long.
    case("xem việc 1834567", DETAIL, task_id=1834567),
    case("#20000001", DETAIL, task_id=20000001),
    case("xong việc 1234567", DONE, task_id=1234567),
    # --- done ---
    case("xong 12", DONE, task_id=12),
    case("12 xong", DONE, task_id=12),
    case("XONG 12", DONE, task_id=12),
    case("/xong 12", DONE, task_id=12),
    case("/xong 12 đã gửi báo cáo số 45", DONE, task_id=12, note="đã gửi báo cáo số 45"),
    case(
        "/xong@nhacviec_bot 12 đã gửi báo cáo số 45",
        DONE,
        task_id=12,
        note="đã gửi báo cáo số 45",
    ),
    case("đã xong việc 12", DONE, task_id=12),
    case(
        "việc 12 đã hoàn thành, đã gửi báo cáo số 45",
        DONE,
        task_id=12,
        note="đã gửi báo cáo số 45",
    ),
    case("hoàn thành 12", DONE, task_id=12),
    case("xong #12 ạ", DONE, task_id=12),
    case("em xong việc số 12 rồi", DONE, task_id=12),
    case("done 5", DONE, task_id=5),
    case("xong12", DONE, task_id=12),  # command glued to its id
    case("duyet12", CONFIRM, task_id=12),
    case("xong", DONE),  # no id: the caller asks which task
    case("xong rồi", DONE),
    case("xong 30/10", DONE, note="30/10"),  # a date is never the id
    case("báo cáo số 45 đã gửi", UNKNOWN),  # "số 45" names a report, not task 45
    # --- reopen ---
    case("mở lại 12", REOPEN, task_id=12),
    case("12 chưa xong", REOPEN, task_id=12),
    case("/molai 12 nhầm", REOPEN, task_id=12, note="nhầm"),
    # --- confirm / reject ---
    case("duyệt 12", CONFIRM, task_id=12),
    case("/duyet 12", CONFIRM, task_id=12),
    case("xác nhận 12", CONFIRM, task_id=12),
    case("duyệt 12 tốt", CONFIRM, task_id=12, note="tốt"),
    case("việc nào chờ duyệt", Intent.QUEUE),
    case("trả lại 12 thiếu minh chứng", REJECT, task_id=12, note="thiếu minh chứng"),
    case("tra lai 12 thieu minh chung", REJECT, task_id=12, note="thieu minh chung"),
    case("/tralai 12 lý do: chưa có biên bản", REJECT, task_id=12, note="chưa có biên bản"),
    case("từ chối 12 vì chưa đủ hồ sơ", REJECT, task_id=12, note="chưa đủ hồ sơ"),
    case("trả lại 12 Vì chưa ký", REJECT, task_id=12, note="chưa ký"),
    case("trả lại 12 đồ án sai", REJECT, task_id=12, note="đồ án sai"),  # "đồ" is not "do"
    # --- extend ---
    case(
        "gia hạn 12 đến 15/12 vì chờ số liệu",
        EXTEND,
        task_id=12,
        new_deadline=date(2023, 12, 15),
        note="chờ số liệu",
    ),
    case(
        "gia han 12 den 15/12 vi cho so lieu",
        EXTEND,
        task_id=12,
        new_deadline=date(2023, 12, 15),
        note="cho so lieu",
    ),
    case(
        "/giahan 12 đến 30/11 lý do thiếu kinh phí",
        EXTEND,
        task_id=12,
        new_deadline=date(2023, 11, 30),
        note="thiếu kinh phí",
    ),
    case(
        "xin gia hạn việc 12 đến ngày 20/11/2023",
        EXTEND,
        task_id=12,
        new_deadline=date(2023, 11, 20),
    ),
    case(
        "gia hạn 12 đến 15/1", EXTEND, task_id=12, new_deadline=date(2024, 1, 15)
    ),  # past → next year
    case("gia hạn 12 đến cuối tháng 11", EXTEND, task_id=12, new_deadline=date(2023, 11, 30)),
    case("việc 12 xin gia hạn đến 30/11", EXTEND, task_id=12, new_deadline=date(2023, 11, 30)),
    case("gia hạn 12 vì tuần này bận họp", EXTEND, task_id=12, note="tuần này bận họp"),
    case("gia hạn", EXTEND),
    # --- search: the user's own words ---
    case("tìm số hóa hồ sơ", SEARCH, query="số hóa hồ sơ"),
    case("tim so hoa ho so", SEARCH, query="so hoa ho so"),
    case("/tim chuyển đổi số", SEARCH, query="chuyển đổi số"),
    case("tìm kiếm việc về chuyển đổi số", SEARCH, query="chuyển đổi số"),
    case("tìm báo cáo tổng hợp", SEARCH, query="báo cáo tổng hợp"),
    case("tra cứu DDCI", SEARCH, query="DDCI"),
    case("/tim quá hạn", SEARCH, query="quá hạn"),  # the command says search
    case("tìm việc quá hạn", OVERDUE),  # nothing to search for beyond "quá hạn"
    case("tìm", SEARCH),
    case("tìm '; DROP TABLE tasks; --", SEARCH, query="DROP TABLE tasks"),  # just words
    # --- import, start, next ---
    case("/nhap", IMPORT),
    case("nhập thông báo", IMPORT),
    case("/import", IMPORT),
    case("/start ABCD2345", START, code="ABCD2345"),
    case("/start", START),
    case("mã ABCD2345", START, code="ABCD2345"),
    case("ma abcd2345", START, code="abcd2345"),
    case("ABCD2345", START, code="ABCD2345"),
    case("tiếp", NEXT),
    case("xem thêm", NEXT),
    case("trang 2", NEXT, page=2),
    case("xem trang 3", NEXT, page=3),
    case("/tiep", NEXT),
    case("tiep theo", NEXT),
    # --- help: anything else ---
    case("/help", HELP),
    case("?", HELP),
    case("", HELP),
    case("chào bot", Intent.GREETING),
    case("cảm ơn", Intent.GREETING),
    case("abc xyz", UNKNOWN),
    case("/lenhla", UNKNOWN),
    case("hướng dẫn", HELP),
    case("xong chưa", UNKNOWN),  # a question, not a report
    case("'; DROP TABLE tasks; --", UNKNOWN),
]


def view(u: Understanding) -> dict[str, Any]:
    """Every field, with names as (name, id): a row states all it expects, the rest is empty."""
    return {
        "intent": u.intent,
        "range": u.range,
        "task_id": u.task_id,
        "unit": (u.unit.name, u.unit.id) if u.unit else None,
        "person": (u.person.name, u.person.id) if u.person else None,
        "criterion": u.criterion,
        "query": u.query,
        "note": u.note,
        "new_deadline": u.new_deadline,
        "mine": u.mine,
        "code": u.code,
        "page": u.page,
    }


EMPTY = view(Understanding(Intent.HELP))


def test_the_table_is_large_enough() -> None:
    assert len(TABLE) >= 150


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_understand(text: str, expected: dict[str, Any]) -> None:
    assert view(understand(text, TODAY, NAMES)) == {**EMPTY, **expected}
