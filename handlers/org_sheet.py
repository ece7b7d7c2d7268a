"""The org as spreadsheet rows: validate the officials (and units) sheet offices keep, and back."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from handlers.domain import Official, Role, Unit, UnitId, UnitKind
from handlers.errors import DomainError
from handlers.ports import NewOfficial, NewUnit, UnitOfWorkFactory
from notices.text import fold_key, nfc

# The headers written by the export and the template; the reader accepts the variants below.
OFFICIAL_HEADERS = (
    "STT",
    "Họ và tên",
    "Chức vụ",
    "Đơn vị",
    "Số điện thoại",
    "Vai trò",
    "Tài khoản",
)
UNIT_HEADERS = ("Mã", "Tên đơn vị", "Loại", "Đơn vị cấp trên")

_OFFICIAL_COLUMNS = {
    "name": {"ho ten", "ho va ten", "ten", "ten can bo", "ho ten can bo", "name"},
    "title": {"chuc vu", "chuc danh", "title"},
    "unit": {"don vi", "don vi cong tac", "ten don vi", "co quan", "unit"},
    "phone": {"so dien thoai", "sdt", "dien thoai", "so dt", "phone"},
    "role": {"vai tro", "quyen", "roles", "role"},
    "handle": {"tai khoan", "handle", "ten dang nhap"},
}
_UNIT_COLUMNS = {
    "code": {"ma", "ma don vi", "code"},
    "name": {"ten don vi", "don vi", "ten", "name"},
    "kind": {"loai", "loai don vi", "kind"},
    "parent": {"don vi cap tren", "cap tren", "truc thuoc", "parent"},
}

_KINDS = {
    "tinh": UnitKind.PROVINCE,
    "thanh pho": UnitKind.PROVINCE,
    "xa": UnitKind.COMMUNE,
    "phuong": UnitKind.COMMUNE,
    "thi tran": UnitKind.COMMUNE,
    "dac khu": UnitKind.COMMUNE,
    "so": UnitKind.AGENCY,
    "phong": UnitKind.AGENCY,
    "ban": UnitKind.AGENCY,
    "van phong": UnitKind.AGENCY,
    "co quan": UnitKind.AGENCY,
    "huyen": UnitKind.AGENCY,
    "don vi cu": UnitKind.LEGACY,
    "da sap nhap": UnitKind.LEGACY,
} | {kind.value: kind for kind in UnitKind}
KIND_LABELS = {
    UnitKind.PROVINCE: "tỉnh",
    UnitKind.COMMUNE: "xã",
    UnitKind.AGENCY: "cơ quan",
    UnitKind.LEGACY: "đơn vị cũ",
}

# "chủ tịch" is the chair of a commune; elsewhere the head of the body is a leader.
_CHAIR_WORDS = {"chu tich", "chu tich xa", "chu tich phuong", "chu tich ubnd xa"}
_ROLES = {
    "lanh dao": Role.LEADER,
    "quan tri": Role.ADMIN,
    "van phong": Role.ADMIN,
    "can bo": Role.STAFF,
    "chuyen vien": Role.STAFF,
    "cong chuc": Role.STAFF,
} | {role.value: role for role in Role}
ROLE_LABELS = {
    Role.LEADER: "lãnh đạo",
    Role.CHAIR: "chủ tịch",
    Role.ADMIN: "quản trị",
    Role.STAFF: "cán bộ",
}
_ROLE_ORDER = (Role.CHAIR, Role.LEADER, Role.ADMIN, Role.STAFF)
_HANDLE = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")
_PHONE_JUNK = re.compile(r"[\s.\-()]")


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One spreadsheet row as text, numbered as the spreadsheet shows it (1 = first row)."""

    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OrgSheet:
    """The officials sheet and, optionally, the units sheet; header rows included."""

    officials: tuple[SheetRow, ...]
    units: tuple[SheetRow, ...] | None = None


@dataclass(frozen=True, slots=True)
class OrgPlan:
    """What the sheet asks to write: units parents first, then officials."""

    units: tuple[NewUnit, ...]
    officials: tuple[NewOfficial, ...]


class OrgSheetRejected(DomainError):
    """Every row-numbered problem of a sheet; nothing was written."""

    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = tuple(errors)


@dataclass
class _Names:
    """Units by code, name and alias (folded), for resolving what a cell names."""

    kinds: dict[str, UnitKind] = field(default_factory=dict)
    by_name: dict[str, set[str]] = field(default_factory=dict)
    by_alias: dict[str, set[str]] = field(default_factory=dict)

    def add(self, code: str, name: str, kind: UnitKind, aliases: Iterable[str] = ()) -> None:
        self.kinds[code] = kind
        self.by_name.setdefault(fold_key(name), set()).add(code)
        for alias in aliases:
            self.by_alias.setdefault(fold_key(alias), set()).add(code)

    def resolve(self, text: str) -> str | set[str] | None:
        """The code a cell names; a set of codes when the name is shared; None when unknown."""
        if text in self.kinds:
            return text
        key = fold_key(text)
        for index in (self.by_name, self.by_alias):
            codes = index.get(key, set())
            if len(codes) == 1:
                return next(iter(codes))
            if codes:
                return codes
        return None


def _header(
    rows: Sequence[SheetRow], columns: dict[str, set[str]], required: str
) -> tuple[int, dict[str, int]]:
    """The index of the header row among the first ten and each known column's position."""
    for index, row in enumerate(rows[:10]):
        found: dict[str, int] = {}
        for position, cell in enumerate(row.cells):
            key = fold_key(cell)
            for column, names in columns.items():
                if key in names and column not in found:
                    found[column] = position
        if required in found:
            return index, found
    raise KeyError(required)


def _cell(row: SheetRow, position: int | None) -> str:
    if position is None or position >= len(row.cells):
        return ""
    return " ".join(nfc(row.cells[position]).split())


def _slug(text: str, sep: str = "-") -> str:
    return sep.join(re.findall(r"[a-z0-9]+", fold_key(text)))


def handle_for(name: str) -> str:
    """The usual Vietnamese account name: given name plus the other names' initials (annv)."""
    words: list[str] = re.findall(r"[a-z0-9]+", fold_key(name))
    if not words:
        return "canbo"
    return words[-1] + "".join(w[0] for w in words[:-1])


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}{n}"
    taken.add(candidate)
    return candidate


def phone_ok(text: str) -> bool:
    """Loose check: 9–11 digits once spaces, dots and dashes go; +84 stands for the leading 0."""
    digits = _PHONE_JUNK.sub("", text)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    return digits.isdigit() and 9 <= len(digits) <= 11


def plan_org_sheet(
    sheet: OrgSheet, *, units: Sequence[Unit], officials: Sequence[Official]
) -> OrgPlan:
    """Validate every row against the org already stored; raise OrgSheetRejected listing all."""
    errors: list[str] = []
    code_of = {u.id: u.code for u in units}
    existing = {u.code: u for u in units}
    names = _Names()
    for u in units:
        names.add(u.code, u.name, u.kind, u.aliases)
    new_units = _plan_units(sheet.units, existing, code_of, names, errors)
    new_officials = _plan_officials(sheet.officials, officials, code_of, names, errors)
    if errors:
        raise OrgSheetRejected(errors)
    return OrgPlan(units=tuple(new_units), officials=tuple(new_officials))


def _plan_units(
    rows: Sequence[SheetRow] | None,
    existing: dict[str, Unit],
    code_of: dict[UnitId, str],
    names: _Names,
    errors: list[str],
) -> list[NewUnit]:
    if not rows:
        return []
    where = "Sheet «Đơn vị», dòng"
    try:
        start, columns = _header(rows, _UNIT_COLUMNS, "name")
    except KeyError:
        errors.append("Sheet «Đơn vị»: không thấy dòng tiêu đề có cột «Tên đơn vị».")
        return []
    # First pass: which unit each row is (an existing one or a new code), so parents may
    # name units defined further down the sheet.
    pending: list[tuple[SheetRow, str, str, UnitKind | None]] = []
    seen: dict[str, int] = {}
    taken = set(existing)
    shared = _Names()
    for row in rows[start + 1 :]:
        name, code = _cell(row, columns.get("name")), _cell(row, columns.get("code"))
        kind_text = _cell(row, columns.get("kind"))
        if not (name or code or kind_text or _cell(row, columns.get("parent"))):
            continue
        if not name:
            errors.append(f"{where} {row.number}: thiếu tên đơn vị.")
            continue
        kind = _KINDS.get(fold_key(kind_text)) if kind_text else None
        if kind_text and kind is None:
            errors.append(
                f"{where} {row.number}: không rõ loại «{kind_text}» "
                "(dùng: tỉnh, xã, phường, sở, phòng, ban, cơ quan)."
            )
            continue
        if not code:
            found = names.resolve(name) if fold_key(name) in names.by_name else None
            if isinstance(found, set):
                errors.append(
                    f"{where} {row.number}: có nhiều đơn vị tên «{name}» — ghi mã ở cột «Mã»."
                )
                continue
            code = found or _unique(_slug(name) or "don-vi", taken)
        if code in seen:
            errors.append(f"{where} {row.number}: đơn vị «{name}» trùng với dòng {seen[code]}.")
            continue
        seen[code] = row.number
        taken.add(code)
        old = existing.get(code)
        final_kind = kind or (old.kind if old else UnitKind.AGENCY)
        shared.add(code, name, final_kind)
        pending.append((row, code, name, kind))
    for code, final_kind in shared.kinds.items():
        names.kinds[code] = final_kind
    planned: dict[str, NewUnit] = {}
    for row, code, name, _kind in pending:
        parent_text = _cell(row, columns.get("parent"))
        parent: str | None = None
        if parent_text:
            found = shared.resolve(parent_text) or names.resolve(parent_text)
            if found is None:
                errors.append(f"{where} {row.number}: không có đơn vị cấp trên «{parent_text}».")
                continue
            if isinstance(found, set):
                errors.append(
                    f"{where} {row.number}: có nhiều đơn vị tên «{parent_text}» — ghi mã đơn vị."
                )
                continue
            parent = found
        old = existing.get(code)
        planned[code] = NewUnit(
            code=code,
            name=name,
            kind=names.kinds[code],
            parent_code=parent,
            aliases=old.aliases if old else (),
            successor_code=code_of.get(old.successor_id) if old and old.successor_id else None,
            valid_to=old.valid_to if old else None,
        )
        names.add(code, name, names.kinds[code])
    return _parents_first(planned, existing, code_of, seen, errors)


def _parents_first(
    planned: dict[str, NewUnit],
    existing: dict[str, Unit],
    code_of: dict[UnitId, str],
    rows: dict[str, int],
    errors: list[str],
) -> list[NewUnit]:
    def parent(code: str) -> str | None:
        if code in planned:
            return planned[code].parent_code
        old = existing.get(code)
        return code_of.get(old.parent_id) if old and old.parent_id else None

    def depth(code: str) -> int | None:
        chain: set[str] = set()
        current: str | None = code
        while current is not None:
            if current in chain:
                return None
            chain.add(current)
            current = parent(current)
        return len(chain)

    depths: dict[str, int] = {}
    for code in planned:
        d = depth(code)
        if d is None:
            errors.append(
                f"Sheet «Đơn vị», dòng {rows[code]}: đơn vị cấp trên tạo thành vòng lặp."
            )
        else:
            depths[code] = d
    return sorted((planned[c] for c in depths), key=lambda u: depths[u.code])


def _roles(text: str, kind: UnitKind) -> frozenset[Role] | str:
    """The roles a cell names, or the first word that names none."""
    roles: set[Role] = set()
    for part in re.split(r"[,;/+]", text):
        key = fold_key(part)
        if not key:
            continue
        if key in _CHAIR_WORDS:
            roles.add(Role.CHAIR if kind is UnitKind.COMMUNE else Role.LEADER)
        elif key in _ROLES:
            roles.add(_ROLES[key])
        else:
            return part.strip()
    return frozenset(roles or {Role.STAFF})


def _plan_officials(
    rows: Sequence[SheetRow],
    officials: Sequence[Official],
    code_of: dict[UnitId, str],
    names: _Names,
    errors: list[str],
) -> list[NewOfficial]:
    try:
        start, columns = _header(rows, _OFFICIAL_COLUMNS, "name")
    except KeyError:
        errors.append("Không thấy dòng tiêu đề có cột «Họ và tên».")
        return []
    if "unit" not in columns:
        errors.append("Không thấy cột «Đơn vị».")
        return []
    by_handle = {o.handle: o for o in officials}
    by_person = {(fold_key(o.name), code_of[o.unit_id]): o for o in officials}
    # Rows that passed, with their handle when the sheet gives one.
    valid: list[tuple[SheetRow, str, str, frozenset[Role], str]] = []
    people: dict[tuple[str, str], int] = {}
    handles: dict[str, int] = {}
    for row in rows[start + 1 :]:
        if not any(c.strip() for c in row.cells):
            continue
        n = row.number
        name, unit_text = _cell(row, columns["name"]), _cell(row, columns["unit"])
        problems: list[str] = []
        if not name:
            problems.append("thiếu họ tên")
        code: str | None = None
        if not unit_text:
            problems.append("thiếu đơn vị")
        else:
            found = names.resolve(unit_text)
            if found is None:
                problems.append(f"không có đơn vị «{unit_text}»")
            elif isinstance(found, set):
                problems.append(f"có nhiều đơn vị tên «{unit_text}» — ghi mã đơn vị")
            else:
                code = found
        role_text = _cell(row, columns.get("role"))
        roles = _roles(role_text, names.kinds[code] if code else UnitKind.AGENCY)
        if isinstance(roles, str):
            problems.append(
                f"không rõ vai trò «{roles}» (dùng: lãnh đạo, chủ tịch, quản trị, cán bộ)"
            )
        phone = _cell(row, columns.get("phone"))
        if phone and not phone_ok(phone):
            problems.append(f"số điện thoại «{phone}» không hợp lệ")
        handle = _cell(row, columns.get("handle")).lower()
        if handle and not _HANDLE.fullmatch(handle):
            problems.append(
                f"tài khoản «{handle}» chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang"
            )
        elif handle in handles:
            problems.append(f"tài khoản «{handle}» trùng với dòng {handles[handle]}")
        if name and code:
            person = (fold_key(name), code)
            if person in people:
                problems.append(f"«{name}» ở «{unit_text}» trùng với dòng {people[person]}")
            people.setdefault(person, n)
        if problems:
            errors.append(f"Dòng {n}: {'; '.join(problems)}.")
            continue
        if handle:
            handles[handle] = n
        assert code is not None and not isinstance(roles, str)
        valid.append((row, handle, code, roles, name))
    # Generated handles come second, so that none takes a handle the sheet spells out.
    taken = set(by_handle) | set(handles)
    planned: list[NewOfficial] = []
    for row, handle, code, roles, name in valid:
        if not handle:
            same = by_person.get((fold_key(name), code))
            if same is not None and same.handle not in handles:
                handle = same.handle
                handles[handle] = row.number
            else:
                handle = _unique(handle_for(name), taken)
        old = by_handle.get(handle)
        planned.append(
            NewOfficial(
                handle=handle,
                name=name,
                unit_code=code,
                roles=roles,
                title=_cell(row, columns.get("title")),
                active=old.active if old else True,
            )
        )
    return planned


def org_to_sheet(units: Sequence[Unit], officials: Sequence[Official]) -> OrgSheet:
    """The stored org as the two sheets the loader reads back unchanged (units parents first)."""
    children: dict[UnitId | None, list[Unit]] = {}
    for u in units:
        children.setdefault(u.parent_id, []).append(u)
    ordered: list[Unit] = []

    def walk(parent: UnitId | None) -> None:
        for u in children.get(parent, []):
            ordered.append(u)
            walk(u.id)

    walk(None)
    name_count: dict[str, int] = {}
    for u in units:
        name_count[fold_key(u.name)] = name_count.get(fold_key(u.name), 0) + 1
    # A unit is named by its name unless another unit shares it; then by its code.
    label = {u.id: u.name if name_count[fold_key(u.name)] == 1 else u.code for u in units}
    unit_rows = [SheetRow(1, UNIT_HEADERS)] + [
        SheetRow(
            i,
            (u.code, u.name, KIND_LABELS[u.kind], label[u.parent_id] if u.parent_id else ""),
        )
        for i, u in enumerate(ordered, start=2)
    ]
    position = {u.id: i for i, u in enumerate(ordered)}
    people = sorted(officials, key=lambda o: (position.get(o.unit_id, 0), o.id))
    kinds = {u.id: u.kind for u in units}
    official_rows = [SheetRow(1, OFFICIAL_HEADERS)] + [
        SheetRow(
            i,
            (
                str(i - 1),
                o.name,
                o.title,
                label[o.unit_id],
                "",
                _role_label(o.roles, kinds[o.unit_id]),
                o.handle,
            ),
        )
        for i, o in enumerate(people, start=2)
    ]
    return OrgSheet(officials=tuple(official_rows), units=tuple(unit_rows))


def _role_label(roles: frozenset[Role], kind: UnitKind) -> str:
    # A chair outside a commune would read back as a leader; the English word keeps it a chair.
    words = [
        "chair" if r is Role.CHAIR and kind is not UnitKind.COMMUNE else ROLE_LABELS[r]
        for r in _ROLE_ORDER
        if r in roles
    ]
    return ", ".join(words)


async def export_org(*, uow_factory: UnitOfWorkFactory) -> OrgSheet:
    async with uow_factory() as uow:
        units = await uow.units.all()
        officials = await uow.officials.all()
    return org_to_sheet(units, officials)
