"""The signature block: the signer's name and the ALL-CAPS title lines above it.

The block is the right-hand cell of a table whose left cell is the recipients list ("Nơi nhận:",
"- Như trên;"). A .docx gives the two cells one after the other, a PDF interleaves their lines
(tab-separated cells become separate lines), OCR and pasted text may glue them on one line
("- Như trên; PHÓ CHỦ TỊCH"). Recipient lines are set aside first, so the title lines between
them join up again. A digitally signed PDF also carries a stamp ("Người ký: Nguyễn Văn A
Email: … Cơ quan: … Thời gian ký: …") whose name is used when the block shows none.
"""

from __future__ import annotations

import re

from notices.filed_signers import name_after_filing
from notices.lone_signer_names import lone_name, name_in_recipients
from notices.names_under_title import names_after, two_names
from notices.scan_signers import damaged_signer
from notices.signature_stamp import stamp_signer
from notices.signature_words import NOT_NAME, PREFIX, is_caps, is_title
from notices.signed_names import as_name, name_after_specks
from notices.signer_cells import signer_column

_END_OF_BODY = re.compile(r"^\W*(?:Nơi nhận|Bản điện tử)", re.IGNORECASE)
_SECRETARY = re.compile(r"\b(?:THƯ KÝ|NGƯỜI GHI BIÊN BẢN)\b")


# A resolution or decision printed without "Nơi nhận" (a gazette's text) and signed before the
# programme or plan it attaches: "TM. CHÍNH PHỦ" … then "(Kèm theo Nghị quyết số …)" further on.
_SIGNED_FOR = re.compile(r"^\W*(?:TM|KT|T/M|TL|TUQ)\.\s*[A-ZĐ]")
# A PDF's text layer may run the note on from the title's last words ("… giai đoạn 2026 - 2030
# (Kèm theo Nghị quyết số …"): in brackets it counts anywhere in the line.
_ATTACHMENT_NOTE = re.compile(
    r"^\W*(?:được\s+)?(?:ban hành\s+)?kèm theo\s+(?:Quyết định|Nghị quyết)\b"
    r"|\(\s*(?:được\s+)?(?:ban hành\s+)?kèm theo\s+(?:Quyết định|Nghị quyết)\b",
    re.IGNORECASE,
)


def _signed_before_attachment(lines: list[str]) -> int | None:
    """The first "TM./KT. …" line when an attached document's note follows it, else None."""
    signed = next((i for i, line in enumerate(lines) if _SIGNED_FOR.match(line)), None)
    if signed is None:
        return None
    attached = any(_ATTACHMENT_NOTE.search(line) for line in lines[signed + 1 :])
    return signed if attached else None


def find_signature(lines: list[str]) -> tuple[str | None, str | None]:
    """(signer, signer title) from the end of the document; titles keep their prefixes."""
    marked = next((i for i, line in enumerate(lines) if _END_OF_BODY.match(line)), None)
    if marked is None:
        marked = _signed_before_attachment(lines)
    start = marked if marked is not None else len(lines) * 3 // 5
    start = max(0, min(start - 3, len(lines) - 60))
    stamp_name = stamp_signer(lines)
    tail = signer_column(lines[start:])
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tail):
        if tail[index] and is_caps(tail[index]) and not NOT_NAME.match(tail[index]):
            end = index
            while end < len(tail) and tail[end] and is_caps(tail[end]):
                end += 1
            run = tail[index:end]
            if any(is_title(line) for line in run) and (
                len(run) > 1 or PREFIX.match(run[0]) or is_title(run[0])
            ):
                runs.append((index, end))
            index = end
        else:
            index += 1
    if not runs:
        lone = lone_name(lines[marked:]) if marked is not None else None
        lone = lone or (None if stamp_name else name_after_filing(lines))
        if stamp_name or lone or marked is None:
            return stamp_name or lone, None
        return damaged_signer(signer_column(lines[marked + 1 :]), lines, titled=False), None
    if marked is not None and marked - start <= 3:
        # A decision that attaches its plan after the signature: the signature is the block by
        # the first "Nơi nhận", not a capitalised heading of the attached plan.
        named = [
            run
            for run in runs
            if run[0] <= _SIGNATURE_WINDOW and names_after(tail[run[1] : run[1] + 12])
        ]
        if named and named[-1] != runs[-1] and not names_after(tail[runs[-1][1] :]):
            runs = runs[: runs.index(named[-1]) + 1]
    # The last title run with a name under it: a second post printed under the name ("TRƯỞNG
    # TIỂU BAN / Nguyễn Văn A / TRƯỞNG BAN XÂY DỰNG ĐẢNG") is not a title of its own.
    best = runs[-1]
    names = names_after(tail[best[1] :])
    if not names:
        # A heading of an attached appendix ("Phụ lục / CÁC NHIỆM VỤ … CỦA BAN THƯỜNG VỤ TỈNH
        # ỦY") names no post and signs nothing: the signed block may be further up.
        heading = (
            not PREFIX.match(tail[best[0]])
            and not any(_PERSONAL_TITLE.search(line) for line in tail[best[0] : best[1]])
            and _appendix_heading(tail, best[0])
        )
        for earlier in reversed(runs[:-1]):
            found = names_after(tail[earlier[1] :])
            close = heading and _only_names(tail[earlier[1] : best[0]])
            if found and (best[0] - earlier[1] <= 2 or close):
                best, names = earlier, found
                break
    run = _without_seal(tail[best[0] : best[1]])
    if not names and stamp_name is None:
        names = name_in_recipients(lines[start:], run[-1])
    side_by_side = _SIDE_BY_SIDE.match(run[0]) if len(run) == 1 else None
    if side_by_side and _PERSONAL_TITLE.search(side_by_side[2]):
        # tabs lost: "THƯ KÝ CHỦ TRÌ" over "Lò Thị Hoa Nguyễn Văn Tuấn"
        run = [side_by_side[1], side_by_side[2]]
        names = two_names(names[0]) if len(names) == 1 else names
    if len(run) == 2 and _SECRETARY.search(run[0]) and not _SECRETARY.search(run[1]):
        # minutes: "THƯ KÝ | CHỦ TRÌ" side by side; the chair signs for the meeting
        chair = names[1] if len(names) > 1 else stamp_name or (names[0] if names else None)
        return chair, run[1]
    title = " ".join(run)
    if not names and stamp_name is None:
        damaged = damaged_signer(tail[best[1] :], lines) or name_after_filing(lines)
        names = [damaged] if damaged else []
    return (names[0] if names else stamp_name), title


_SIGNATURE_WINDOW = 40  # lines of the signer's column after the first "Nơi nhận"
_SIDE_BY_SIDE = re.compile(r"^(THƯ KÝ|NGƯỜI GHI BIÊN BẢN)\s+(\S.*)$")


# An attached appendix's heading: "Phụ lục" / "Kèm theo …" over it, or opening it in capitals.
_APPENDIX_LABEL = re.compile(r"^\W*(?:Phụ\s+lục|PHỤ\s+LỤC|\(?\s*Kèm\s+theo|\(?\s*KÈM\s+THEO)\b")
_APPENDIX_CAPS = re.compile(r"^\W*(?:DANH\s+MỤC|CÁC\s+NHIỆM\s+VỤ|PHỤ\s+LỤC|KÈM\s+THEO)\b")


def _appendix_heading(tail: list[str], at: int) -> bool:
    """The capitals at `at` head an attached appendix ("Phụ lục" / "CÁC NHIỆM VỤ …")."""
    if _APPENDIX_CAPS.match(tail[at]):
        return True
    above = next((line for line in reversed(tail[:at]) if line.strip()), "")
    return _APPENDIX_LABEL.match(above) is not None


def _only_names(lines: list[str]) -> bool:
    """Between a signed block's title and an appendix heading: the name and "(Đã ký)" only."""
    rest = [line for line in lines if line and not NOT_NAME.match(line)]
    rest = [line for line in rest if not _APPENDIX_LABEL.match(line)]
    return 0 < len(rest) <= 2 and all(as_name(line) or name_after_specks(line) for line in rest)


_PERSONAL_TITLE = re.compile(
    r"\b(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|BÍ THƯ|CHÁNH|THỦ TƯỚNG|ỦY VIÊN|UỶ VIÊN|THƯ KÝ|CHỦ TRÌ"
    r"|CHỦ TỌA|CHỦ TOẠ|CHỦ NHIỆM|TỔNG|THỐNG ĐỐC|NGƯỜI GHI BIÊN BẢN|THẨM PHÁN|KIỂM SÁT VIÊN)\b"
)


def _without_seal(run: list[str]) -> list[str]:
    """Caps lines under the last personal title are the seal read as text ("ỦY BAN NHÂN DÂN",
    "UBND TỈNH"), not part of the title."""
    last = max((i for i, line in enumerate(run) if _PERSONAL_TITLE.search(line)), default=None)
    return run if last is None else run[: last + 1]
