"""Download links for files a channel cannot upload (Zalo): an in-memory store keyed by random
ids, and signed, expiring, single-purpose URLs served by the web server at GET /files/{id}."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from handlers.messages import OutgoingFile

log = logging.getLogger(__name__)

FILES_PATH = "/files"
LINK_TTL_S = 24 * 3600
MAX_STORED_BYTES = 200 * 1024 * 1024  # reports are kB to a few MB; evict the oldest beyond this
# Signed messages name their purpose, so a signature made for anything else never opens a file.
_PURPOSE = b"nhacviec-file-download"


class LinkSigner:
    """HMAC-SHA256 over (purpose, file id, expiry); `clock` gives epoch seconds."""

    def __init__(self, secret: bytes, *, clock: Callable[[], float] = time.time) -> None:
        if not secret:
            raise ValueError("the download secret is empty")
        self._secret = secret
        self._clock = clock

    def __repr__(self) -> str:  # never show the secret
        return "LinkSigner(***)"

    def now(self) -> float:
        return self._clock()

    def sign(self, file_id: str, expires: int) -> str:
        message = b"\0".join([_PURPOSE, file_id.encode(), str(expires).encode()])
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def verify(self, file_id: str, expires: str, signature: str) -> bool:
        """True for this id's own signature while it has not expired."""
        if not expires.isdigit():
            return False
        good = hmac.compare_digest(self.sign(file_id, int(expires)), signature)
        return good and int(expires) > self._clock()


@dataclass(frozen=True, slots=True)
class StoredFile:
    file: OutgoingFile
    expires: int


class FileStore:
    """Files kept in memory until their links expire; a restart forgets them (the links then
    answer 404, and the office can make the file again)."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        ttl: float = LINK_TTL_S,
        max_bytes: int = MAX_STORED_BYTES,
    ) -> None:
        self._clock = clock
        self._ttl = ttl
        self._max_bytes = max_bytes
        self._files: OrderedDict[str, StoredFile] = OrderedDict()

    def put(self, file: OutgoingFile) -> tuple[str, int]:
        """A fresh random id and the expiry (epoch seconds) of the stored file."""
        self._prune()
        file_id = secrets.token_urlsafe(18)
        expires = int(self._clock() + self._ttl)
        self._files[file_id] = StoredFile(file, expires)
        while self._size() > self._max_bytes and len(self._files) > 1:
            self._files.popitem(last=False)
        return file_id, expires

    def get(self, file_id: str) -> OutgoingFile | None:
        self._prune()
        stored = self._files.get(file_id)
        return stored.file if stored is not None else None

    def __len__(self) -> int:
        return len(self._files)

    def _size(self) -> int:
        return sum(len(s.file.data) for s in self._files.values())

    def _prune(self) -> None:
        now = self._clock()
        for file_id in [k for k, s in self._files.items() if s.expires <= now]:
            del self._files[file_id]


class FileLinks:
    """Stores a file and gives its signed public URL; the web app serves what it signed."""

    def __init__(self, store: FileStore, signer: LinkSigner, *, public_url: str) -> None:
        self.store = store
        self.signer = signer
        self._base = public_url.rstrip("/")

    def link(self, file: OutgoingFile) -> str:
        file_id, expires = self.store.put(file)
        signature = self.signer.sign(file_id, expires)
        return f"{self._base}{FILES_PATH}/{file_id}?exp={expires}&sig={signature}"

    def open(self, file_id: str, expires: str, signature: str) -> tuple[int, OutgoingFile | None]:
        """(200, file), (403, None) for a bad or expired signature, (404, None) when gone."""
        if not self.signer.verify(file_id, expires, signature):
            return 403, None
        file = self.store.get(file_id)
        return (200, file) if file is not None else (404, None)


def size_label(size: int) -> str:
    """Vietnamese-style size: "12 KB", "1,5 MB"."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def is_image(file: OutgoingFile) -> bool:
    return file.mime in ("image/png", "image/jpeg")


def content_disposition(name: str) -> str:
    """An ASCII fallback plus the UTF-8 name (RFC 6266), for Vietnamese file names."""
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


def create_file_links(public_url: str | None, secret: str | None) -> FileLinks | None:
    """Links need a public address; without a configured secret a random one is used, so
    links die with the process (as the files do)."""
    if not public_url:
        return None
    if secret and len(secret) < 16:
        log.warning("WEBHOOK__DOWNLOAD_SECRET is short: use at least 16 random characters")
    key = secret.encode() if secret else secrets.token_bytes(32)
    return FileLinks(FileStore(), LinkSigner(key), public_url=public_url)
