"""What the parser returns: a ParsedNotice with its ParsedTasks, and their stable JSON shape."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class DeadlineKind(StrEnum):
    ON_DATE = "on_date"  # "chậm nhất ngày 27/10/2023": due that day, inclusive
    BEFORE_DATE = "before_date"  # "trước ngày 30/7/2020": late from that day on
    PERIOD_END = "period_end"  # "trong tháng 11 năm 2026", "cuối năm 2023": the period's last day
    RECURRING = "recurring"  # "định kỳ hằng quý": no single deadline, see recurrence
    ONGOING = "ongoing"  # "thường xuyên": never due
    NONE = "none"


class Recurrence(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


@dataclass(frozen=True, slots=True)
class ParsedTask:
    """One assignment from one notice item clause.

    `lead` holds every body named as lead of the clause: a single unit ("Phòng Nội vụ"), a group
    phrase as written ("UBND các xã, thị trấn"), or an enumeration expanded to one name per member
    ("các Sở: Nội vụ, Tư pháp" -> "Sở Nội vụ", "Sở Tư pháp"). Several names mean several lead units
    sharing ONE task here; the importer fans them out into one tracked task per unit. `ref` is
    the item path ("3.(1)", "1.1.b", "2.1.-5" for the fifth dash bullet); when one item yields
    several tasks the second and later ones get "/2", "/3"… so refs stay unique in a notice.
    """

    ref: str
    text: str
    lead: tuple[str, ...]
    support: tuple[str, ...] = ()
    directing: tuple[str, ...] = ()
    deadline: date | None = None
    deadline_kind: DeadlineKind = DeadlineKind.NONE
    deadline_phrase: str | None = None
    recurrence: Recurrence | None = None
    criteria: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedNotice:
    """Metadata and tasks of one notice. `notes` explain fallbacks (e.g. the meeting date used)."""

    doc_number: str | None
    doc_type: str | None
    issued_date: date | None
    issued_date_is_meeting: bool
    place: str | None
    issuer: str | None
    title: str
    signer: str | None
    signer_title: str | None
    tasks: tuple[ParsedTask, ...]
    classified: bool = False
    notes: tuple[str, ...] = ()


JsonValue = str | int | bool | None | list["JsonValue"] | dict[str, "JsonValue"]


def task_to_json(task: ParsedTask) -> dict[str, JsonValue]:
    """The task object of the `nhacviec parse --json` contract, which other tools read."""
    return {
        "ref": task.ref,
        "text": task.text,
        "lead": list(task.lead),
        "support": list(task.support),
        "directing": list(task.directing),
        "deadline": task.deadline.isoformat() if task.deadline else None,
        "deadline_kind": task.deadline_kind.value,
        "deadline_phrase": task.deadline_phrase,
        "recurrence": task.recurrence.value if task.recurrence else None,
        "criteria": list(task.criteria),
    }


def notice_to_json(notice: ParsedNotice) -> dict[str, JsonValue]:
    """The whole `nhacviec parse --json` object, keys in the documented order."""
    return {
        "doc_number": notice.doc_number,
        "doc_type": notice.doc_type,
        "issued_date": notice.issued_date.isoformat() if notice.issued_date else None,
        "issued_date_is_meeting": notice.issued_date_is_meeting,
        "place": notice.place,
        "issuer": notice.issuer,
        "title": notice.title,
        "signer": notice.signer,
        "signer_title": notice.signer_title,
        "classified": notice.classified,
        "tasks": [task_to_json(t) for t in notice.tasks],
    }
