"""Article headings a web page's Markdown cut apart, put back on one line.

Pages scraped from legal-text sites into Markdown wrap their lines at a fixed width and bold the
article's heading, so the heading may be cut after "**Điều" ("**Điều" + "16. Trách nhiệm của Sở
Khoa học và Công nghệ**"), inside its title ("**Điều 5. Nội" + "dung Sở Xây dựng có trách nhiệm
chủ trì**"), or have its bold closed after the word or the number ("**Điều** 5. …", "**Điều
5**. Trách nhiệm …"). The article reader (`notices.regulation`) reads "Điều N. <title>" on one
line: such a heading is joined up to the line that closes its bold, and its bold mark moved after
the number's stop (nb-165, tn-26, dt-143).
"""

from __future__ import annotations

import re

# a line that opens a bold article heading: "**Điều", "**Điều 16.", "**Điều 5. Nội" — the word
# followed by a number, a bold mark or the line's end, never "**Điều chỉnh …", "**Điều hành …"
_OPENS = re.compile(r"^\s*\*\*\s*[ĐđÐ]iều\s*(?:\d|\*\*|$)")
# the heading's next lines until its bold closes: at most this many
_MAX_LINES = 3
_MAX_WORDS = 40
# "**Điều** 5." / "**Điều**" + "5." and "**Điều 5**." / "**Điều 5** ." : the bold closed early
_WORD_CLOSED = re.compile(r"^(\s*\*\*\s*[ĐđÐ]iều)\*\*\s*(\d{1,3}[a-zđ]?)\s*([.:])")
_NUMBER_CLOSED = re.compile(r"^(\s*\*\*\s*[ĐđÐ]iều\s+\d{1,3}[a-zđ]?)\s*\*\*\s*([.:])")
_BARE_WORD = re.compile(r"^\s*\*\*\s*[ĐđÐ]iều\s*\*\*\s*$")
_NUMBER_START = re.compile(r"^\s*\d{1,3}[a-zđ]?\s*[.:]")


# A Word file built from such a page keeps the cut as two paragraphs, the bold gone: "Điều" alone,
# then "10. Trách nhiệm của …" (bn-86's .docx)
_PLAIN_WORD = re.compile(r"^\s*[ĐđÐ]iều\s*$")
_TITLED_NUMBER = re.compile(r"^\s*\d{1,3}[a-zđ]?\s*\.\s+[^\W\d_]")


def _plain_heads(lines: list[str]) -> list[str]:
    """A lone "Điều" line joined with the numbered title that opens the next paragraph (a blank
    line between at most); a lone "Điều" before anything else stays."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _PLAIN_WORD.match(lines[i]):
            j = i + 1 + (i + 1 < len(lines) and not lines[i + 1].strip())
            if j < len(lines) and _TITLED_NUMBER.match(lines[j]):
                out.append(f"Điều {lines[j].strip()}")
                i = j + 1
                continue
        out.append(lines[i])
        i += 1
    return out


def rejoined_article_heads(text: str) -> str:
    """The text with each bold article heading cut across lines joined on one line."""
    text = "\n".join(_plain_heads(text.split("\n")))
    if "**" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _BARE_WORD.match(line) and i + 1 < len(lines) and _NUMBER_START.match(lines[i + 1]):
            line = f"**Điều** {lines[i + 1].strip()}"  # "**Điều**" + "5. Trách nhiệm …"
            i += 1
        if _OPENS.match(line) and line.count("**") % 2 == 1:
            joined = _joined(lines, i)
            if joined is not None:
                line, i = joined
        out.append(_closed_after_number(line))
        i += 1
    return "\n".join(out)


def _joined(lines: list[str], at: int) -> tuple[str, int] | None:
    """The heading opened at `at` joined with its next lines up to the one that closes its bold
    (no blank line between), and that line's index; None when it does not close soon."""
    parts = [lines[at].rstrip()]
    for j in range(at + 1, min(at + 1 + _MAX_LINES, len(lines))):
        nxt = lines[j].strip()
        if not nxt:
            return None
        parts.append(nxt)
        if nxt.count("**") % 2 == 1:
            joined = " ".join(parts)
            return (joined, j) if len(joined.split()) <= _MAX_WORDS else None
    return None


def _closed_after_number(line: str) -> str:
    """ "**Điều** 5. …" and "**Điều 5**. …" as "**Điều 5.** …"."""
    m = _WORD_CLOSED.match(line)
    if m is not None:
        return f"{m[1]} {m[2]}{m[3]}**{line[m.end() :]}"
    m = _NUMBER_CLOSED.match(line)
    if m is not None:
        return f"{m[1]}{m[2]}**{line[m.end() :]}"
    return line
