"""Score the notice parser on real documents it was not tuned on (`tests/notice_corpus/`).

`python -m bench.notice_eval [--split dev|holdout|fresh|fresh2-fresh31|all] [--json]
[--show-misses]`
`python -m bench.notice_eval --check [--split ...]`: validate the manifest and expected files only.

Each document is read with `notices.readers.decode_document` and parsed with `parse_notice`;
predicted tasks are matched one-to-one to the hand-written expected tasks by the similarity of
the expected `text_start` to the start of the predicted text (rapidfuzz partial ratio on folded
text, best pairs first). Reported per document and per group ("readable": docx, text PDF, txt;
"scanned+legacy": OCR'd images and legacy-encoded text), micro-averaged over tasks:
recall, precision, lead (lead set equal on matched tasks), dated (deadline equal on matched
tasks, None = None counts) and metadata accuracy. A photo shows one page (the corpus's phone
photos are of page 1): its manifest entry may list under "visible" the indexes of the expected
tasks that page shows (decided by reading the page, never by the parser), and the report then
gives, beside the whole-document figures, "recall_shown": recall over the tasks the files show
(every task of a document without the field). A document that cannot be read scores 0
recall with the reason; one whose tool (tesseract, antiword) is missing is reported as skipped.
Always exits 0: it measures, it does not gate (the floors live in
tests/unit/notices/test_notice_corpus.py). `--check` reads no document: it checks that every
manifest file exists and every expected file is well formed and written as in its text, and
exits 1 on a problem, so a held-out split can be validated without seeing the parser's output.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from notices import NoticeError, ParsedNotice, ParsedTask, parse_notice
from notices.readers import decode_document

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "notice_corpus"

# A predicted task matches an expected one when the expected opening (~60-75 characters) aligns
# with part of the predicted text's first WINDOW characters at MATCH_THRESHOLD or better.
# 85 lets through the few wrong characters OCR leaves in 60 (1-2 % character errors cost 2-4
# points) and a different cut at the item's start ("Bước 1:", "Về ..." heading kept or not),
# while two different assignments of one notice, which share formulaic phrases ("chủ trì, phối
# hợp với", "theo chức năng, nhiệm vụ"), stay below it: --json reports "impostor_p95", the
# 95th percentile of each expected task's best similarity to the tasks predicted for *other*
# documents (formulaic wording alone), so the margin can be checked when the parser changes.
MATCH_THRESHOLD = 85.0
WINDOW = 600
# Names are compared folded; a name OCR got slightly wrong still counts at this ratio.
NAME_THRESHOLD = 90.0

# The manifest's splits: "dev" is tuned on, "holdout" has been looked at, "fresh" to "fresh10"
# are never tuned on or read for misses until spent (see tests/notice_corpus/README.md); "fresh2"
# to "fresh10" were scored once, at the end of a round of parser work, and have since been read
# for tuning ("fresh9" in round 15, "fresh10" in round 16, "fresh11" in round 17: begun at the end
# of round 15 and completed during round 16 by helpers who never saw the parser's output, it was
# scored once at the end of round 16; "fresh12" in round 18, scored once at the end of round 17);
# "fresh13", built at the start of round 18 by helpers who never saw the parser's output, was
# scored once at the end of round 18 and is tuning material from then on; "fresh14", begun right
# after that scoring the same way and completed in round 19, was scored once at the end of round
# 19 and is spent too; "fresh15", built at the start of round 20 by helpers who never saw the
# parser's output, was scored once at the end of round 20 and is spent as well; "fresh16", begun
# right after that scoring the same way and completed at the start of round 21, was scored once
# at the end of round 21 and is spent too; "fresh17", begun right after that scoring the same way
# and completed at the start of round 22, was scored once at the end of round 22 and is spent as
# well; "fresh18", begun right after that scoring the same way and completed during round 23, was
# scored once at the end of round 23 and is spent too; "fresh19", begun right after that scoring
# the same way and completed in round 24, was scored once at the end of round 24 and is spent as
# well; "fresh20", begun right after that scoring the same way and completed in round 25, was
# scored once at the end of round 25 and is spent too; "fresh21", begun right after that scoring
# the same way and completed in round 26, was scored once at the end of round 26 and is spent as
# well; "fresh22", begun at the end of round 26 and completed in round 27, is scored once at the
# end of round 27 and is spent too; "fresh23", begun at that time and completed in round 28, was
# scored once at the end of round 28 and is spent too; "fresh24", begun during round 28 and
# completed in round 29, was scored once at the end of round 29 and is spent too; "fresh25",
# begun in round 29 and completed in round 30, was scored once at the end of round 30 and is
# spent too; "fresh26", begun in round 30 and completed in round 31, was scored once at the end
# of round 31 and is spent too; "fresh27", begun empty after that scoring and completed in
# round 32, was scored once at the end of round 32 and is spent too; "fresh28", begun empty
# after that scoring and completed in round 33, was scored once at the end of round 33 and is
# spent too; "fresh29", begun empty after that scoring and completed in round 34, was scored once
# at the end of round 34 and is spent too; "fresh30", begun empty after that scoring and completed
# in round 35, was scored once at the end of round 35 and is spent too; "fresh31", begun empty
# after that scoring, is the next held-out set, to be built the same way before it is scored once.
# "all" means every split.
SPLITS = (
    "dev",
    "holdout",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
)
# Scored once or still being built: never read for misses until a newer split exists.
HELD_OUT: tuple[str, ...] = ("fresh31",)
SPENT = tuple(split for split in SPLITS if split not in HELD_OUT)

# Any one of the tools reads that kind (the .doc reader tries LibreOffice, then antiword).
TOOL_FOR_NEED = {"ocr": ("tesseract",), "doc": ("soffice", "antiword")}
GROUPS = {"readable": "readable", "scanned": "scanned+legacy", "legacy": "scanned+legacy"}


# --- folding ---------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case, no diacritics (đ -> d), no markdown emphasis, single spaces."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[*_]+", "", text)
    return re.sub(r"\s+", " ", text).strip()


_ORG_ABBREVIATIONS = (
    (r"\buy ban nhan dan\b", "ubnd"),
    (r"\bhoi dong nhan dan\b", "hdnd"),
    (r"\bthanh pho\b", "tp"),
    (r"\btp\.", "tp"),
)


def fold_org(text: str) -> str:
    """An issuer folded with the usual abbreviations written one way: UBND, HĐND, TP."""
    folded = fold(text)
    for pattern, short in _ORG_ABBREVIATIONS:
        folded = re.sub(pattern, short, folded)
    return folded


# --- the corpus ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExpectedTask:
    text_start: str
    lead: tuple[str, ...]
    deadline: date | None
    deadline_kind: str


@dataclass(frozen=True, slots=True)
class Expected:
    doc_number: str | None
    doc_type: str | None
    issued_date: date | None
    issuer: str | None
    signer: str | None
    tasks: tuple[ExpectedTask, ...]


@dataclass(frozen=True, slots=True)
class CorpusDocument:
    file: str
    source: str
    split: str
    group: str
    needs: str | None
    visible: tuple[int, ...] | None = None  # expected tasks the photographed page shows


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def load_expected(source: str, corpus: Path = CORPUS) -> Expected:
    raw = json.loads((corpus / "expected" / f"{source}.json").read_text(encoding="utf-8"))
    return Expected(
        doc_number=raw["doc_number"],
        doc_type=raw["doc_type"],
        issued_date=_date(raw["issued_date"]),
        issuer=raw["issuer"],
        signer=raw["signer"],
        tasks=tuple(
            ExpectedTask(
                text_start=task["text_start"],
                lead=tuple(task["lead"]),
                deadline=_date(task["deadline"]),
                deadline_kind=task["deadline_kind"],
            )
            for task in raw["tasks"]
        ),
    )


def load_manifest(corpus: Path = CORPUS) -> list[CorpusDocument]:
    raw = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    return [
        CorpusDocument(
            file=entry["file"],
            source=entry["source"],
            split=entry["split"],
            group=entry["group"],
            needs=entry.get("needs"),
            visible=tuple(entry["visible"]) if entry.get("visible") is not None else None,
        )
        for entry in raw["documents"]
    ]


# --- matching --------------------------------------------------------------------------------


def similarity(expected_start: str, predicted_text: str) -> float:
    """How well the expected opening aligns with some stretch of the predicted text's start."""
    wanted = fold(expected_start)
    window = fold(predicted_text)[: WINDOW + len(wanted)]
    if not wanted or not window:
        return 0.0
    return float(fuzz.partial_ratio(wanted, window))


def match_tasks(
    expected: Sequence[ExpectedTask], predicted: Sequence[ParsedTask]
) -> list[tuple[int, int, float]]:
    """One-to-one pairs (expected index, predicted index, score), best scores first; ties go to
    the pair closest in document order."""
    candidates = []
    for i, want in enumerate(expected):
        for j, got in enumerate(predicted):
            score = similarity(want.text_start, got.text)
            if score >= MATCH_THRESHOLD:
                candidates.append(
                    (-score, abs(i / max(len(expected), 1) - j / len(predicted)), i, j)
                )
    candidates.sort()
    used_expected: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for negative_score, _, i, j in candidates:
        if i in used_expected or j in used_predicted:
            continue
        used_expected.add(i)
        used_predicted.add(j)
        pairs.append((i, j, -negative_score))
    return sorted(pairs)


def same_names(expected: Iterable[str], predicted: Iterable[str]) -> bool:
    """Equal sets of names once folded, each expected name paired with its own predicted one."""
    want = sorted({fold(name) for name in expected})
    got = sorted({fold(name) for name in predicted})
    if len(want) != len(got):
        return False
    free = list(got)
    for name in want:
        best = max(free, key=lambda other: fuzz.ratio(name, other), default=None)
        if best is None or fuzz.ratio(name, best) < NAME_THRESHOLD:
            return False
        free.remove(best)
    return True


# --- scoring ---------------------------------------------------------------------------------

META_FIELDS = ("doc_number", "issued_date", "issuer", "signer")


@dataclass(slots=True)
class DocumentScore:
    file: str
    source: str
    split: str
    group: str
    expected: int
    predicted: int = 0
    matched: int = 0
    lead_ok: int = 0
    dated_ok: int = 0
    meta: dict[str, bool] = field(default_factory=dict)
    seconds: float = 0.0
    error: str | None = None
    skipped: str | None = None
    misses: list[str] = field(default_factory=list)
    expected_starts: list[str] = field(default_factory=list)
    predicted_texts: list[str] = field(default_factory=list)
    # The expected tasks the file shows (a photo of one page) and how many of them matched;
    # the whole document's when the manifest says nothing.
    expected_shown: int = 0
    matched_shown: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "source": self.source,
            "split": self.split,
            "group": self.group,
            "expected": self.expected,
            "predicted": self.predicted,
            "matched": self.matched,
            "lead_ok": self.lead_ok,
            "dated_ok": self.dated_ok,
            "expected_shown": self.expected_shown,
            "matched_shown": self.matched_shown,
            "meta": self.meta,
            "seconds": round(self.seconds, 3),
            "error": self.error,
            "skipped": self.skipped,
        }


def _meta_checks(expected: Expected, notice: ParsedNotice) -> dict[str, bool]:
    def number(value: str | None) -> str:
        return re.sub(r"\s+", "", fold(value or ""))

    def person(a: str | None, b: str | None) -> bool:
        if not a or not b:
            return a == b
        return fuzz.ratio(fold(a), fold(b)) >= NAME_THRESHOLD

    def issuer(a: str | None, b: str | None) -> bool:
        if not a or not b:
            return a == b
        return fuzz.token_set_ratio(fold_org(a), fold_org(b)) >= NAME_THRESHOLD

    return {
        "doc_number": number(expected.doc_number) == number(notice.doc_number),
        "issued_date": expected.issued_date == notice.issued_date,
        "issuer": issuer(expected.issuer, notice.issuer),
        "signer": person(expected.signer, notice.signer),
    }


def score_document(
    entry: CorpusDocument, expected: Expected, corpus: Path = CORPUS
) -> DocumentScore:
    result = DocumentScore(
        file=entry.file,
        source=entry.source,
        split=entry.split,
        group=GROUPS.get(entry.group, entry.group),
        expected=len(expected.tasks),
        expected_starts=[task.text_start for task in expected.tasks],
    )
    shown = set(range(len(expected.tasks)) if entry.visible is None else entry.visible)
    result.expected_shown = len(shown)
    tools = TOOL_FOR_NEED.get(entry.needs or "", ())
    if tools and not any(shutil.which(tool) for tool in tools):
        result.skipped = "no " + " or ".join(tools)
        return result
    data = (corpus / "docs" / entry.file).read_bytes()
    started = time.perf_counter()
    try:
        notice = parse_notice(decode_document(data, entry.file))
    except NoticeError as exc:
        result.seconds = time.perf_counter() - started
        result.error = f"{exc.code.value}: {exc.message}"
        result.meta = dict.fromkeys(META_FIELDS, False)
        result.misses = [f"not read: {result.error}"]
        return result
    result.seconds = time.perf_counter() - started
    result.predicted = len(notice.tasks)
    result.predicted_texts = [task.text for task in notice.tasks]
    result.meta = _meta_checks(expected, notice)
    pairs = match_tasks(expected.tasks, notice.tasks)
    result.matched = len(pairs)
    matched_expected = {i for i, _, _ in pairs}
    matched_predicted = {j for _, j, _ in pairs}
    result.matched_shown = len(matched_expected & shown)
    for i, j, _ in pairs:
        want, got = expected.tasks[i], notice.tasks[j]
        if same_names(want.lead, got.lead):
            result.lead_ok += 1
        else:
            result.misses.append(
                f"lead  {want.text_start[:50]!r}: want {list(want.lead)} got {list(got.lead)}"
            )
        if want.deadline == got.deadline:
            result.dated_ok += 1
        else:
            result.misses.append(
                f"date  {want.text_start[:50]!r}: want {want.deadline} got {got.deadline}"
                f" ({got.deadline_phrase!r})"
            )
    for i, want in enumerate(expected.tasks):
        if i not in matched_expected:
            where = "" if i in shown else " (not on the photographed page)"
            result.misses.append(f"miss  {want.text_start[:70]!r}{where}")
    for j, got in enumerate(notice.tasks):
        if j not in matched_predicted:
            result.misses.append(f"extra {got.ref} {got.text[:70]!r}")
    for name, ok in result.meta.items():
        if not ok:
            got_value = getattr(notice, name)
            result.misses.append(f"meta  {name}: want {getattr(expected, name)} got {got_value}")
    return result


@dataclass(frozen=True, slots=True)
class Summary:
    documents: int
    skipped: int
    unreadable: int
    expected: int
    predicted: int
    matched: int
    recall: float
    precision: float
    lead: float
    dated: float
    meta: dict[str, float]
    seconds_per_document: float
    expected_shown: int = 0
    matched_shown: int = 0
    recall_shown: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "skipped": self.skipped,
            "unreadable": self.unreadable,
            "expected": self.expected,
            "predicted": self.predicted,
            "matched": self.matched,
            "recall": round(self.recall, 3),
            "precision": round(self.precision, 3),
            "lead": round(self.lead, 3),
            "dated": round(self.dated, 3),
            "meta": {name: round(value, 3) for name, value in self.meta.items()},
            "seconds_per_document": round(self.seconds_per_document, 3),
            "expected_shown": self.expected_shown,
            "matched_shown": self.matched_shown,
            "recall_shown": round(self.recall_shown, 3),
        }


def summarise(scores: Sequence[DocumentScore]) -> Summary:
    """Micro-averages over tasks; skipped documents count nowhere, unreadable ones count fully."""
    counted = [score for score in scores if score.skipped is None]
    expected = sum(score.expected for score in counted)
    predicted = sum(score.predicted for score in counted)
    matched = sum(score.matched for score in counted)
    expected_shown = sum(score.expected_shown for score in counted)
    matched_shown = sum(score.matched_shown for score in counted)

    def ratio(part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    return Summary(
        documents=len(counted),
        skipped=len(scores) - len(counted),
        unreadable=sum(1 for score in counted if score.error),
        expected=expected,
        predicted=predicted,
        matched=matched,
        recall=ratio(matched, expected),
        precision=ratio(matched, predicted),
        lead=ratio(sum(score.lead_ok for score in counted), matched),
        dated=ratio(sum(score.dated_ok for score in counted), matched),
        meta={
            name: ratio(sum(1 for score in counted if score.meta.get(name)), len(counted))
            for name in META_FIELDS
        },
        seconds_per_document=ratio_f(sum(score.seconds for score in counted), len(counted)),
        expected_shown=expected_shown,
        matched_shown=matched_shown,
        recall_shown=ratio(matched_shown, expected_shown),
    )


def ratio_f(part: float, whole: int) -> float:
    return part / whole if whole else 0.0


def evaluate(
    split: str = "all", *, groups: Iterable[str] | None = None, corpus: Path = CORPUS
) -> list[DocumentScore]:
    """Score every manifest document of `split` (dev, holdout, fresh, fresh2-fresh31 or all),
    optionally only some groups ("readable", "scanned+legacy")."""
    wanted_groups = set(groups) if groups is not None else None
    scores = []
    for entry in load_manifest(corpus):
        if split != "all" and entry.split != split:
            continue
        if wanted_groups is not None and GROUPS.get(entry.group, entry.group) not in wanted_groups:
            continue
        scores.append(score_document(entry, load_expected(entry.source, corpus), corpus))
    return scores


def impostor_scores(scores: Sequence[DocumentScore]) -> list[float]:
    """For each expected task, its best similarity to a task predicted for another source: how
    high formulaic wording alone scores, to compare with MATCH_THRESHOLD."""
    best = []
    for score in scores:
        others = [
            text
            for other in scores
            if other.source != score.source
            for text in other.predicted_texts
        ]
        for start in score.expected_starts:
            best.append(max((similarity(start, text) for text in others), default=0.0))
    return best


def report(scores: Sequence[DocumentScore]) -> dict[str, Any]:
    groups = sorted({score.group for score in scores})
    impostors = sorted(impostor_scores(scores))
    return {
        "date": date.today().isoformat(),
        "match_threshold": MATCH_THRESHOLD,
        "impostor_p95": impostors[int(0.95 * (len(impostors) - 1))] if impostors else None,
        "all": summarise(scores).as_json(),
        "groups": {
            group: summarise([s for s in scores if s.group == group]).as_json() for group in groups
        },
        "documents": [score.as_json() for score in scores],
    }


def _print_table(scores: Sequence[DocumentScore], show_misses: bool) -> None:
    header = f"{'document':44} {'exp':>4} {'pred':>4} {'rec':>5} {'prec':>5}"
    print(f"{header} {'lead':>5} {'date':>5}  meta   s")
    for score in scores:
        if score.skipped:
            print(f"{score.file:44} skipped: {score.skipped}")
            continue
        rec = score.matched / score.expected if score.expected else 0.0
        prec = score.matched / score.predicted if score.predicted else 0.0
        lead = score.lead_ok / score.matched if score.matched else 0.0
        dated = score.dated_ok / score.matched if score.matched else 0.0
        meta = "".join("✓" if score.meta.get(name) else "·" for name in META_FIELDS)
        line = (
            f"{score.file:44} {score.expected:4} {score.predicted:4} {rec:5.2f} {prec:5.2f}"
            f" {lead:5.2f} {dated:5.2f}  {meta}  {score.seconds:5.2f}"
        )
        if score.expected_shown != score.expected:
            line += f"  page shown: {score.matched_shown}/{score.expected_shown}"
        if score.error:
            line += f"  unreadable: {score.error}"
        print(line)
        if show_misses:
            for miss in score.misses:
                print(f"    {miss}")
    print("\nmeta columns: number, date, issuer, signer")
    for group in sorted({score.group for score in scores}):
        _print_summary(group, summarise([s for s in scores if s.group == group]))
    _print_summary("all", summarise(scores))


def _print_summary(name: str, summary: Summary) -> None:
    meta = ", ".join(f"{field_name} {value:.2f}" for field_name, value in summary.meta.items())
    print(
        f"{name:15} docs {summary.documents} (skipped {summary.skipped}, unreadable"
        f" {summary.unreadable})  tasks {summary.expected}/{summary.predicted}/{summary.matched}"
        f"  recall {summary.recall:.2f}  precision {summary.precision:.2f}"
        f"  lead {summary.lead:.2f}  dated {summary.dated:.2f}"
        f"  (on the pages shown: recall {summary.recall_shown:.2f},"
        f" {summary.matched_shown}/{summary.expected_shown})  | {meta}"
        f"  | {summary.seconds_per_document:.2f} s/doc"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="all",
        help="manifest split (a held-out split: only --check it until its scoring run)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--show-misses", action="store_true", help="list every mismatch")
    parser.add_argument(
        "--check",
        action="store_true",
        help="validate the manifest and expected files of the split without parsing a document",
    )
    args = parser.parse_args(argv)
    if args.check:
        from bench.notice_corpus_check import check_corpus, corpus_counts

        problems = check_corpus(args.split)
        report_ = {**corpus_counts(args.split), "problems": problems}
        print(json.dumps(report_, ensure_ascii=False, indent=2))
        return 1 if problems else 0
    scores = evaluate(args.split)
    if args.json:
        print(json.dumps(report(scores), ensure_ascii=False, indent=2))
    else:
        _print_table(scores, args.show_misses)
    return 0


def run() -> dict[str, Any]:
    """`python -m bench corpus`: the whole-corpus summary, per group."""
    full = report(evaluate("all"))
    return {"all": full["all"], "groups": full["groups"], "match_threshold": MATCH_THRESHOLD}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
