"""Check the notice corpus without parsing a document: `python -m bench.notice_eval --check`.

A held-out split (`fresh2`) must be validated (files present, labels well formed and written as
in their text) by whoever builds it, without looking at the parser's output on it; this reads
only the manifest, `expected/` and `text/`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.notice_eval import (
    CORPUS,
    GROUPS,
    SPLITS,
    CorpusDocument,
    fold,
    load_expected,
    load_manifest,
)

DEADLINE_KINDS = ("on_date", "before_date", "period_end", "recurring", "ongoing", "none")


def check_corpus(split: str = "all", corpus: Path = CORPUS) -> list[str]:
    """Problems with the manifest entries of `split` and their expected files, found without
    reading a document through the parser: a missing file, a source without provenance or in
    another split, a malformed expected task, an opening not written as in the source text."""
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    sources = manifest["sources"]
    problems: list[str] = []
    checked: set[str] = set()
    for entry in load_manifest(corpus):
        if split != "all" and entry.split != split:
            continue
        where = entry.file
        if entry.split not in SPLITS:
            problems.append(f"{where}: unknown split {entry.split!r}")
        if not (corpus / "docs" / entry.file).is_file():
            problems.append(f"{where}: no such file in docs/")
        if entry.group not in GROUPS:
            problems.append(f"{where}: unknown group {entry.group!r}")
        meta = sources.get(entry.source)
        if meta is None:
            problems.append(f"{where}: source {entry.source!r} is not in the manifest's sources")
            continue
        if meta.get("split") != entry.split:
            problems.append(f"{where}: split {entry.split!r}, its source's {meta.get('split')!r}")
        if not (meta.get("repo") and meta.get("path") and meta.get("commit")):
            problems.append(f"{where}: source {entry.source!r} has no provenance")
        if entry.source not in checked:
            checked.add(entry.source)
            problems.extend(_check_expected(entry.source, bool(meta.get("no_tasks")), corpus))
        if entry.visible is not None:
            problems.extend(_check_visible(entry, corpus))
    return problems


IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp")


def _check_visible(entry: CorpusDocument, corpus: Path) -> list[str]:
    """A photo's "visible" field: the indexes, in order and once each, of expected tasks of its
    source; only an image shows part of a document."""
    where = entry.file
    if not entry.file.lower().endswith(IMAGE_SUFFIXES):
        return [f"{where}: 'visible' on a document that is not an image"]
    try:
        count = len(load_expected(entry.source, corpus).tasks)
    except (OSError, KeyError, TypeError, ValueError):
        return []  # the expected file's own problem is reported already
    indexes = entry.visible or ()
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in indexes):
        return [f"{where}: 'visible' holds something other than task indexes"]
    if list(indexes) != sorted(set(indexes)):
        return [f"{where}: 'visible' is not in order, or repeats an index"]
    if any(not 0 <= i < count for i in indexes):
        return [f"{where}: 'visible' names a task its source does not have ({count} tasks)"]
    return []


def _check_expected(source: str, no_tasks: bool, corpus: Path) -> list[str]:
    try:
        expected = load_expected(source, corpus)
    except (OSError, KeyError, TypeError, ValueError) as exc:
        return [f"{source}: expected file unreadable ({type(exc).__name__}: {exc})"]
    problems = []
    if not expected.tasks and not no_tasks:
        problems.append(f"{source}: no expected task")
    text_path = corpus / "text" / f"{source}.md"
    text = fold(text_path.read_text(encoding="utf-8")) if text_path.exists() else None
    for task in expected.tasks:
        label = f"{source}: {task.text_start[:40]!r}"
        if not 20 <= len(task.text_start) <= 90:
            problems.append(f"{label}: text_start of {len(task.text_start)} characters")
        if text is not None and fold(task.text_start) not in text:
            problems.append(f"{label}: not found in text/{source}.md")
        if not all(isinstance(name, str) and name.strip() for name in task.lead):
            problems.append(f"{label}: a lead name is empty")
        if task.deadline_kind not in DEADLINE_KINDS:
            problems.append(f"{label}: unknown deadline kind {task.deadline_kind!r}")
        elif (task.deadline is None) != (task.deadline_kind in {"none", "ongoing", "recurring"}):
            problems.append(f"{label}: deadline {task.deadline} with kind {task.deadline_kind!r}")
    return problems


def corpus_counts(split: str = "all", corpus: Path = CORPUS) -> dict[str, Any]:
    """Documents, sources and expected tasks of `split` per group, from the labels alone."""
    groups: dict[str, dict[str, int]] = {}
    sources: set[str] = set()
    for entry in load_manifest(corpus):
        if split != "all" and entry.split != split:
            continue
        sources.add(entry.source)
        group = groups.setdefault(
            GROUPS.get(entry.group, entry.group), {"documents": 0, "tasks": 0}
        )
        group["documents"] += 1
        group["tasks"] += len(load_expected(entry.source, corpus).tasks)
    return {
        "split": split,
        "sources": len(sources),
        "source_tasks": sum(len(load_expected(source, corpus).tasks) for source in sources),
        "groups": dict(sorted(groups.items())),
    }
