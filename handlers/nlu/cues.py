"""Words that say what a message asks for, found anywhere in it: verbs ("xong", "duyệt", "gia
hạn"), question phrases ("quá hạn", "thống kê", "chờ duyệt") and filters ("đã xong", "bị trả
lại", "thường xuyên"). Each cue is a class and a span of the folded text; the intent is decided
from all of them (see understand.py), not from the first phrase that matches."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

B = r"(?<![^ ])"  # a cue starts at a word
E = r"(?![^ ])"  # and ends at one


class Cue(StrEnum):
    # Acts on one task (a number nearby makes them certain).
    UNSUPPORTED = "unsupported"
    DECIDE_EXTENSION = "decide_extension"
    EXTEND = "extend"
    DELEGATE = "delegate"
    CANCEL = "cancel"
    EDIT = "edit"
    REJECT = "reject"
    REOPEN = "reopen"
    CONFIRM = "confirm"
    OK = "ok"  # "ok", "đạt": approval only when nothing else says what to do
    DONE = "done"
    DETAIL = "detail"
    # Questions about many tasks.
    QUEUE = "queue"
    HELP = "help"
    REPORT = "report"
    STATS = "stats"
    SOON = "soon"
    OVERDUE = "overdue"
    DUE = "due"
    SEARCH = "search"
    IMPORT = "import"
    LIST = "list"
    # Filters a listing applies.
    STATUS_DONE = "status_done"
    STATUS_RETURNED = "status_returned"
    STATUS_REPORTED = "status_reported"
    STATUS_PAUSED = "status_paused"
    STATUS_CANCELLED = "status_cancelled"
    SPREADSHEET = "spreadsheet"  # "excel", "xlsx": the form of a report
    NO_DEADLINE = "no_deadline"
    ONGOING = "ongoing"
    RECURRING = "recurring"
    DIRECTED = "directed"
    # Small talk and questions.
    GREETING = "greeting"
    QUESTION = "question"


ACTIONS = (
    Cue.UNSUPPORTED,
    Cue.DECIDE_EXTENSION,
    Cue.EXTEND,
    Cue.DELEGATE,
    Cue.CANCEL,
    Cue.EDIT,
    Cue.REJECT,
    Cue.REOPEN,
    Cue.CONFIRM,
    Cue.OK,
    Cue.DONE,
    Cue.DETAIL,
)
FILTERS = (
    Cue.STATUS_DONE,
    Cue.STATUS_RETURNED,
    Cue.STATUS_REPORTED,
    Cue.STATUS_PAUSED,
    Cue.STATUS_CANCELLED,
    Cue.NO_DEADLINE,
    Cue.ONGOING,
    Cue.RECURRING,
)

_EXT = r"(?:gia han|gian han|lui han|keo dai(?: thoi)? han|xin them thoi gian|them thoi gian)"
_DONE = r"(?:xong|hoan thanh|hoan tat|done|finish)"
_DECIDE = (
    r"(?:khong |chua )?(?:duoc )?(?:duyet|dong y|chap nhan|chap thuan|phe duyet|cho phep)"
    r"|ok|tu choi|bac|khong cho|cho"
)
_PATTERNS: tuple[tuple[Cue, str], ...] = (
    (Cue.UNSUPPORTED, r"xoa|xoa bo|delete|remove"),
    (
        Cue.DECIDE_EXTENSION,
        rf"(?:{_DECIDE}) (?:[_ ]+ )?(?:(?:de nghi|de xuat|yeu cau|don|viec|xa|phong) )?(?:xin )?"
        rf"(?:{_EXT}|lui han)"
        rf"|{_EXT} .*(?:khong (?:duoc )?(?:chap thuan|dong y|duyet|chap nhan)|bi tu choi)",
    ),
    (
        Cue.EXTEND,
        rf"(?:xin |de nghi |de xuat )?(?:{_EXT}|hoan han|xin lui|lui lai|lui them|lui"
        r"|cho them thoi gian|xin them (?:\d+ )?(?:ngay|tuan|thang)|(?:gian|lui|keo dai) tien do)"
        r"|(?:xin|de nghi|de xuat) (?:doi|dieu chinh|thay doi)(?: thoi)? han",
    ),
    (
        Cue.DELEGATE,
        r"giao (?:lai )?(?:viec |nhiem vu |cong viec )?cho|phan cong|chuyen (?:cho|giao)"
        r"|giao(?= .* cho )|uy quyen cho|(?:cu|giao|chuyen|de) .*(?:lam dau moi|phu trach"
        r"|theo doi|xu ly|dam nhan|lo)|(?:phu trach|theo doi|dau moi|dam nhan)(?= .*\d)"
        r"|chuyen (?:viec|nhiem vu)",
    ),
    (
        Cue.CANCEL,
        r"huy(?: bo)?(?! (?:bao|xong|hoan thanh))|thu hoi|bo viec|khong (?:can )?thuc hien nua"
        r"|dung thuc hien|ngung thuc hien|cancel",
    ),
    (
        Cue.EDIT,
        r"(?:sua|chinh sua|doi|thay doi|cap nhat|dieu chinh|chuyen) (?:lai )?(?:ten|noi dung"
        r"|don vi(?: chu tri| phoi hop)?|chu tri|phoi hop|co quan chu tri|nguoi chu tri"
        r"|(?:thoi )?han(?: chot)?|deadline)|chuyen chu tri|sua(?= [#\d])"
        r"|(?:them|bo|rut|bo sung|dua) (?:[_ ]+ )?(?:vao |ra |khoi )?(?:(?:don vi|danh sach) )?"
        r"(?:phoi hop|chu tri)",
    ),
    (
        Cue.REJECT,
        r"tra lai|tra ve|tu choi|khong duyet|khong dong y|khong dat|chua dat|chua dung"
        r"|(?:yeu cau|de nghi|can|phai) (?:lam lai|bo sung|hoan thien|sua)|lam lai|bo sung them"
        r"|bac|khong chap nhan|chua (?:on|du)|chua (?:the )?duyet(?: duoc)?|khong the duyet"
        r"|thieu [a-z]+",
    ),
    (
        Cue.REOPEN,
        r"mo lai|undo|huy (?:bao )?(?:xong|hoan thanh)|bao nham|rut lai|rut bao cao|nham"
        rf"|(?:van |con )?chua (?:{_DONE}|lam xong)",
    ),
    (
        Cue.CONFIRM,
        r"(?:duyet|xac nhan|phe duyet|dong y|chap nhan|chap thuan|nhat tri)(?: (?:xong|hoan thanh"
        r"|ket qua|bao cao))?",
    ),
    (Cue.OK, r"ok|oke|okay|dat yeu cau|dat roi|duoc roi|ok roi"),
    (
        Cue.DONE,
        rf"(?:da |bao |lam |vua |moi )?{_DONE}|da (?:lam|thuc hien|trien khai|nop|gui|xu ly)"
        r"(?: xong)?|lam roi",
    ),
    (
        Cue.DETAIL,
        r"xem|chi tiet|noi dung|thong tin|(?:ai|don vi nao|phong nao) (?:chu tri|phu trach|lam)"
        r"|han (?:la |chot )?(?:khi nao|bao gio|ngay nao|ngay may)|the nao|ra sao|sao roi"
        r"|den dau|tinh trang|mo ta|la gi|cu the|ve viec gi|giao cho ai|ai (?:duoc )?giao",
    ),
    (
        Cue.QUEUE,
        r"(?:cho|can|chua|doi|dang cho|phai) (?:toi |em |anh |chi |lanh dao )?(?:duyet|xac nhan"
        r"|phe duyet)|cho (?:lanh dao )?(?:quyet dinh|xu ly)|/choduyet|choduyet"
        r"|dang cho (?:toi|anh|chi|em)",
    ),
    (
        Cue.HELP,
        r"hdsd|huong dan(?: su dung)?|cach (?:dung|hoi|su dung)|dung (?:the nao|sao"
        r"|nhu the nao)|hoi (?:nhung |duoc )?(?:gi|sao|the nao)|lam duoc (?:nhung )?gi"
        r"|chuc nang|tro giup",
    ),
    (
        Cue.REPORT,
        r"(?:xuat|in|tai|lay|lam|tao|ket xuat|trich xuat) (?:ra |file |ban )?(?:bao cao|excel"
        r"|word|file|danh sach|bang)|(?:file|bang|ban) (?:excel|word|bao cao)|excel|/baocao"
        r"|baocao|bao cao (?:quy|thang|nam|6 thang|dinh ky|tong hop|so ket|tong ket|ket qua"
        r"|tinh hinh)",
    ),
    (
        Cue.STATS,
        r"thong ke|bao nhieu|tong hop|ty le|ti le|tong so|so luong|may viec|may nhiem vu"
        r"|tong ket|so sanh|tien do|tinh hinh|ket qua thuc hien|danh gia|xep hang|hieu qua",
    ),
    (
        Cue.SOON,
        r"(?:sap|gan|sap sua) (?:den|toi|het|qua)(?: thoi)? han(?: chot)?|gan (?:den )?han"
        r"|sap deadline|sap toi han",
    ),
    (
        Cue.OVERDUE,
        r"qua han|qua thoi han|tre han|tre hen|cham tre|(?:bi|dang|con|da) (?:cham|tre)"
        r"|cham (?:tien do|han)|chua lam|da het han|het han (?:roi|ma|nhung)|ton dong"
        r"|qua deadline|tre deadline|no dong|qh|tre roi|khong kip|lo han|bi tre|dang tre"
        r"|cham muon|muon han|(?:viec|nhiem vu|cong viec) (?:bi )?(?:cham|tre|muon)",
    ),
    (
        Cue.DUE,
        r"den han|het han|toi han|han chot|han cuoi|can xong|phai xong|can lam|phai lam"
        r"|can nop|phai nop|han nop|can hoan thanh|phai hoan thanh|deadline|dao han|co han"
        r"|han hoan thanh",
    ),
    (
        Cue.SEARCH,
        r"tim kiem|tim|tra cuu|search|lien quan(?: den| toi)?|noi ve|nhac (?:den|toi)"
        r"|de cap (?:den|toi)|(?:viec|nhiem vu|cong viec)(?: nao| gi)?(?: co)?(?: noi dung)? ve"
        r"|ve (?:van de|linh vuc|chu de|noi dung)|co (?:chu|tu)|chu de|linh vuc",
    ),
    (
        Cue.IMPORT,
        r"(?:nhap|tai len|gui|dang|them|up) (?:len )?(?:thong bao|van ban|tb|ket luan)",
    ),
    (
        Cue.LIST,
        r"viec|nhiem vu|cong viec|cv|ds|danh sach|liet ke|chua xong|chua hoan thanh"
        r"|dang lam|dang thuc hien|con lai|duoc giao",
    ),
    (
        Cue.STATUS_DONE,
        rf"(?:da|duoc) (?:{_DONE}|xac nhan|duyet)|(?:viec|nhiem vu) {_DONE}",
    ),
    (Cue.STATUS_RETURNED, r"(?:bi |da bi |da )?tra lai|bi tu choi|bi bac"),
    (Cue.STATUS_REPORTED, r"da bao cao|da bao xong|cho xac nhan|cho duyet"),
    (Cue.STATUS_PAUSED, r"tam dung|tam hoan|tam ngung"),
    (Cue.SPREADSHEET, r"excel|xlsx|xls|bang tinh|/xuatexcel"),
    (Cue.STATUS_CANCELLED, r"(?:da |bi )huy|da bi huy"),
    (
        Cue.NO_DEADLINE,
        r"khong (?:co )?(?:thoi )?han|chua co han|khong co deadline|khong thoi han|vo thoi han",
    ),
    (Cue.ONGOING, r"thuong xuyen|lien tuc|hang ngay"),
    (Cue.RECURRING, r"dinh ky|hang thang|hang quy|hang nam|lap lai"),
    (Cue.DIRECTED, r"chi dao|giao cho (?:toi|minh)"),
    (
        Cue.GREETING,
        r"xin chao|chao|hello|hi|alo|cam on|thank|thanks|tks|thank you|ok|oke|okay|vang|da vang"
        r"|nhe|duoc|tot|hay qua|tuyet",
    ),
    (
        Cue.QUESTION,
        r"chua|khong|nao|gi|bao nhieu|sao|may|ai|khi nao|bao gio|o dau|the nao|ra sao|co phai",
    ),
)
_COMPILED = tuple((cue, re.compile(rf"{B}(?:{p}){E}", re.ASCII)) for cue, p in _PATTERNS)


@dataclass(frozen=True, slots=True)
class Found:
    cue: Cue
    start: int
    end: int


def find_cues(text: str) -> list[Found]:
    """Every cue in `text` (folded, names masked), in order of position, longest first."""
    found = [
        Found(cue, m.start(), m.end())
        for cue, pattern in _COMPILED
        for m in pattern.finditer(text)
    ]
    kept = [f for f in found if not any(_inside(f, g) for g in found)]
    return sorted(kept, key=lambda f: (f.start, -f.end))


# Cues that hold inside a longer one: a question word, the form a report is asked in.
_STANDALONE = frozenset({Cue.QUESTION, Cue.SPREADSHEET})


def _inside(f: Found, g: Found) -> bool:
    """A cue inside a longer one of another class is that one's word: "chậm tiến độ" is late,
    not "tiến độ" (progress). Question words and a report's form stand on their own."""
    return (
        g.cue is not f.cue
        and f.cue not in _STANDALONE
        and g.start <= f.start
        and f.end <= g.end
        and g.end - g.start > f.end - f.start
    )


# Every word the cues read: a typo is mended only into one of these.
VOCABULARY = frozenset(
    w
    for _, p in _PATTERNS
    for w in re.findall(r"[a-z]{2,}", p.replace("(?:", " ").replace("?P<", " "))
)
