"""httpcore (under httpx, under python-telegram-bot and the Zalo client) asks `import sniffio`
each time it sets up a request's locks, four times a request. Without sniffio installed each
ask is a failed import — a search of every sys.path entry — which cost more CPU per message
than parsing the update; with it, a dictionary lookup."""

from __future__ import annotations

import importlib.util


async def test_sniffio_is_importable_so_httpcore_does_not_search_for_it_per_request() -> None:
    assert importlib.util.find_spec("sniffio") is not None
    from httpcore._synchronization import current_async_library

    assert current_async_library() == "asyncio"
