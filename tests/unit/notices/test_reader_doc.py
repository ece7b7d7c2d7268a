"""Old Word .doc files: LibreOffice converts them (tables, numbering and fonts kept), antiword is
the fallback, and without either the user reads which package the administrator must install."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
import reader_documents as docs

from notices import ErrorCode, NoticeError, parse_notice
from notices.readers import decode_document, describe_document, doc_reader, legacy


@pytest.fixture(scope="module")
def both_docs() -> Iterator[list[bytes]]:
    """The notice as .doc in Unicode and typed in .VnTime (TCVN3), by one LibreOffice start."""
    data = docs.docx_to_docs(docs.notice_docx(), docs.notice_docx(legacy.to_tcvn3, ".VnTime"))
    if data is None:
        pytest.skip("LibreOffice (soffice) is not installed: no .doc to make or read")
    yield data


@pytest.fixture(scope="module")
def notice_doc(both_docs: list[bytes]) -> bytes:
    return both_docs[0]


@pytest.fixture(scope="module")
def tcvn3_doc(both_docs: list[bytes]) -> bytes:
    return both_docs[1]


def _check(text: str) -> None:
    for phrase in docs.KEY_PHRASES:
        assert phrase in text, phrase
    notice = parse_notice(text)
    assert [(t.ref, t.lead, t.deadline) for t in notice.tasks] == docs.TASKS
    assert (notice.doc_number, notice.signer) == ("215/TB-UBND", docs.SIGNER)


@pytest.mark.slow
def test_doc_is_converted_by_libreoffice(notice_doc: bytes) -> None:
    assert describe_document(notice_doc, "tb.doc").kind == "doc"
    text = decode_document(notice_doc, "tb.doc")
    assert "ỦY BAN NHÂN DÂN\nHUYỆN HIỆP HÒA" in text  # the header table's cell, line by line
    _check(text)


@pytest.mark.slow
def test_doc_typed_in_vntime_is_converted_run_by_run(tcvn3_doc: bytes) -> None:
    _check(decode_document(tcvn3_doc, "tb.doc"))


@pytest.mark.slow
def test_antiword_reads_the_doc_when_libreoffice_is_missing(
    notice_doc: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("antiword") is None:
        pytest.skip("antiword is not installed")
    which = shutil.which
    monkeypatch.delenv(doc_reader.SOFFICE_ENV, raising=False)
    monkeypatch.setattr(
        shutil,
        "which",
        lambda name, *a, **k: None if name in {"soffice", "libreoffice"} else which(name),
    )
    text = decode_document(notice_doc, "tb.doc")
    for phrase in docs.KEY_PHRASES:
        assert phrase in text, phrase


def test_no_converter_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(doc_reader.SOFFICE_ENV, raising=False)
    monkeypatch.setattr(shutil, "which", lambda name, *args, **kwargs: None)
    with pytest.raises(NoticeError) as raised:
        decode_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "tb.doc")
    assert raised.value.code is ErrorCode.MISSING_TOOL
    assert "libreoffice-writer-nogui" in raised.value.message
    assert "\n" not in raised.value.message


@pytest.mark.slow
def test_a_broken_doc_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    if doc_reader.soffice_path() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    with pytest.raises(NoticeError) as raised:
        decode_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "tb.doc")
    assert raised.value.code in {ErrorCode.CORRUPT, ErrorCode.EMPTY}
    assert ".doc" in raised.value.message or "Word" in raised.value.message


@pytest.mark.slow
def test_rtf_is_read_through_libreoffice() -> None:
    if doc_reader.soffice_path() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    # the sentence with RTF's \\uN escapes for the Vietnamese letters, as Word writes them
    rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\f0 " + "".join(
        f"\\u{ord(c)}?" if ord(c) > 127 else c for c in docs.BODY[1]
    )
    text = decode_document((rtf + "\\par}").encode("ascii"), "tb.rtf")
    assert "Phòng Nội vụ chủ trì" in text and "chậm nhất ngày 27/10/2023" in text
