"""Whether a message can be understood before the org's name index exists: `nhacviec run`'s
first start over a national org builds it for ~10 s, and «quá hạn» or «thống kê tuần này»
need not wait for it."""

from __future__ import annotations

from datetime import date

from handlers.nlu.entities import MAX_WORDS, could_name
from handlers.nlu.intents import command, leading
from handlers.nlu.normalize import canonicalize
from handlers.nlu.periods import YearOutOfRange
from handlers.nlu.understand import _CHOICE, _LISTING_INTENTS, _slots


def needs_names(text: str, today: date) -> bool:
    """False when no org's name index can change what `text` is understood as: every word is
    read as something else (a period, a task number, «của tôi»), or is a question word no
    name is looked up from (`lexicon.STOP_PHRASES`, e.g. «việc», «quá hạn», «thống kê»)
    with no cue for a name before it («anh», «xã», «của»). An org whose aliases are made of
    question words only (a unit called «Thống kê tổng hợp») is the one case this does not
    see; the index, once built, answers as before.

    A bare number answering a question needs names (the option chosen is understood with
    them), and so does anything not understood here."""
    try:
        c = canonicalize(text)
        if not c.tokens:
            return False
        first = c.tokens[0].text
        if first.startswith("/"):
            if command(first, c.text).intent not in _LISTING_INTENTS:
                return False  # understood without names (`understand._command`)
        elif _CHOICE.match(c.text):
            return True
        elif leading(c) is not None:
            return False  # understood without names (`understand._understand`)
        taken = _slots(c, today, None, names_too=False).taken[:MAX_WORDS]
        return could_name(c, taken)
    except YearOutOfRange:
        return False  # answered with the mistake, before any name is looked up
    except Exception:  # never a reason to answer without names
        return True
