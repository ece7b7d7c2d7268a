"""What a heading line says of the body it names: only its name, or only that it agreed."""

from __future__ import annotations

from notices.agreements import agrees_only
from notices.assignees import analyze
from notices.clauses import split_sentences
from notices.item_shapes import is_name_line
from notices.name_lines import only_names
from notices.task_basics import glued_clauses
from notices.text import match_form


def titles_body(paragraph: str) -> bool:
    """ "Liên đoàn Lao động tỉnh:", "Sở Văn hoá, Thể thao và Du lịch:": only the name of a body
    (no person: a staff member's duties are read apart) and its colon."""
    text = paragraph.strip()
    if not text.endswith(":") and not is_name_line(text):
        return False  # "7. Phòng Tài chính – Kế hoạch huyện." closes the name with a full stop
    names = analyze(text.rstrip(": .")).leads or []
    return only_names(text.rstrip(": .")) and not any(a.is_person for a in names)


def only_agrees(paragraph: str, name: str) -> bool:
    """ "1. Về tình hình …: Thường trực Đảng uỷ cơ bản nhất trí với báo cáo …": the body a heading
    names only as the one that agreed (the meeting's chair) does none of the points below."""
    key = match_form(name)
    clauses = [
        clause
        for sentence in split_sentences(paragraph)
        for clause, _ in glued_clauses(sentence)
        if key in match_form(clause)
    ]
    return bool(clauses) and all(agrees_only(clause) for clause in clauses)
