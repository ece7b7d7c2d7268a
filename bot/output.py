"""What the CLI's --json options print: one JSON document per line, Vietnamese kept as is."""

from __future__ import annotations

import json
from datetime import date, datetime


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, default=_default))


def _default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)
