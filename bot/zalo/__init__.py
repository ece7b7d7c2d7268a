"""Zalo Bot Platform channel: our own httpx client, polling or webhook, typed commands."""
