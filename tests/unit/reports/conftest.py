"""The demo over the in-memory store, shared with the conversation tests."""

from tests.unit.conversation.conftest import _demo_store, demo

__all__ = ["_demo_store", "demo"]
