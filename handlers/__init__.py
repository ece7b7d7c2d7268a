"""Conversation core: channel-neutral Incoming → intent → use case → list[Reply]."""
