"""Download links: the signature binds id and expiry, expires, and the store forgets."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from bot.console import render
from bot.files import FileLinks, FileStore, LinkSigner, content_disposition, size_label
from handlers.messages import OutgoingFile, Reply

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SECRET = b"0123456789abcdef-test-secret"


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def links(clock: Clock, **kw: int) -> FileLinks:
    store = FileStore(clock=clock, **kw)  # type: ignore[arg-type]
    return FileLinks(store, LinkSigner(SECRET, clock=clock), public_url="https://bot.vn/")


def parts(url: str) -> tuple[str, str, str]:
    split = urlsplit(url)
    query = parse_qs(split.query)
    return split.path.rsplit("/", 1)[1], query["exp"][0], query["sig"][0]


def test_a_signed_link_opens_its_file_until_it_expires() -> None:
    clock = Clock()
    files = links(clock)
    file = OutgoingFile("bao-cao.docx", b"PK\x03\x04data", DOCX)
    url = files.link(file)
    assert url.startswith("https://bot.vn/files/")
    file_id, exp, sig = parts(url)
    assert files.open(file_id, exp, sig) == (200, file)
    clock.now += 24 * 3600 - 1
    assert files.open(file_id, exp, sig) == (200, file)
    clock.now += 1
    assert files.open(file_id, exp, sig) == (403, None)


def test_a_tampered_link_is_refused() -> None:
    files = links(Clock())
    file_id, exp, sig = parts(files.link(OutgoingFile("a.xlsx", b"x", "application/x")))
    other_id, _, _ = parts(files.link(OutgoingFile("b.xlsx", b"y", "application/x")))
    assert files.open(file_id, exp, sig[:-1] + ("0" if sig[-1] != "0" else "1"))[0] == 403
    assert files.open(file_id, str(int(exp) + 3600), sig)[0] == 403  # a longer life
    assert files.open(other_id, exp, sig)[0] == 403  # another file's signature
    assert files.open(file_id, "soon", sig)[0] == 403


def test_a_forgotten_file_is_404_with_a_good_signature() -> None:
    clock = Clock()
    files = links(clock, max_bytes=10)
    first_id, exp, sig = parts(files.link(OutgoingFile("a.bin", b"123456", "application/x")))
    files.link(OutgoingFile("b.bin", b"789012", "application/x"))  # pushes the first out
    assert files.open(first_id, exp, sig) == (404, None)


def test_another_secret_does_not_verify() -> None:
    clock = Clock()
    signature = LinkSigner(SECRET, clock=clock).sign("abc", 1_800_000_000)
    other = LinkSigner(b"another-secret-of-16+", clock=clock)
    assert not other.verify("abc", "1800000000", signature)
    assert "secret" not in repr(other) and SECRET.decode() not in repr(LinkSigner(SECRET))


def test_vietnamese_names_survive_the_header() -> None:
    header = content_disposition("báo cáo quý 4.docx")
    assert header.startswith('attachment; filename="b_o c_o qu_ 4.docx"')
    assert "filename*=UTF-8''b%C3%A1o%20c%C3%A1o%20qu%C3%BD%204.docx" in header


def test_sizes_read_naturally() -> None:
    assert size_label(300) == "1 KB"
    assert size_label(40_000) == "39 KB"
    assert size_label(3 * 1024 * 1024 // 2) == "1,5 MB"


def test_the_console_shows_a_line_per_file() -> None:
    reply = Reply("Báo cáo quý 4", files=(OutgoingFile("bc.docx", b"x" * 1536, DOCX),))
    assert render(reply) == "Báo cáo quý 4\n[Tệp: bc.docx (1,5 KB)]"
