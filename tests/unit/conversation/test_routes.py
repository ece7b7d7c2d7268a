"""Every intent the NLU can return has a handler: the routing table is total."""

from __future__ import annotations

from handlers.nlu import Intent
from handlers.routes import ROUTES


def test_every_intent_is_routed() -> None:
    assert set(ROUTES) == set(Intent)
