"""Vietnam's public holidays as the `holidays` package computes them, written out for 2015-2040.

The package costs the bot ~11 MB of memory (every country's module is imported to find one)
and 0.1-0.6 s of CPU at the first question about due dates; these few dates cost nothing.
`tests/unit/core/test_vn_holidays.py` checks every year against the installed package, so an
upgrade that moves a date fails there: regenerate the table with `python -m handlers.vn_holidays`.
Years outside it are asked of the package (`handlers.calendar`)."""

from __future__ import annotations

from datetime import date

# year -> "MMDD MMDD …" (`country_holidays("VN", years=year)`, holidays 0.109)
_DAYS = {
    2015: "0101 0102 0216 0217 0218 0219 0220 0221 0222 0223 0428 0429 0430 0501 0902",
    2016: "0101 0207 0208 0209 0210 0211 0212 0416 0418 0430 0501 0502 0503 0902",
    2017: "0101 0102 0126 0127 0128 0129 0130 0131 0201 0406 0430 0501 0502 0902 0904",
    2018: "0101 0214 0215 0216 0217 0218 0219 0220 0425 0430 0501 0902 0903 1231",
    2019: "0101 0204 0205 0206 0207 0208 0414 0415 0429 0430 0501 0902",
    2020: "0101 0123 0124 0125 0126 0127 0128 0129 0402 0430 0501 0902",
    2021: "0101 0210 0211 0212 0213 0214 0215 0216 0421 0430 0501 0503 0902 0903",
    2022: "0101 0103 0131 0201 0202 0203 0204 0410 0411 0430 0501 0502 0503 0901 0902",
    2023: "0101 0102 0120 0121 0122 0123 0124 0125 0126 0429 0430 0501 0502 0503 0901 0902 0904",
    2024: "0101 0208 0209 0210 0211 0212 0213 0214 0418 0429 0430 0501 0902 0903",
    2025: "0101 0127 0128 0129 0130 0131 0201 0407 0430 0501 0502 0901 0902",
    2026: "0101 0216 0217 0218 0219 0220 0426 0427 0430 0501 0831 0901 0902 1124",
    2027: "0101 0204 0205 0206 0207 0208 0209 0210 0416 0430 0501 0503 0902 0903 1124",
    2028: "0101 0103 0124 0125 0126 0127 0128 0129 0404 0430 0501 0502 0901 0902 0904 1124",
    2029: "0101 0212 0213 0214 0215 0216 0423 0430 0501 0902 0903 0904 1124 1126",
    2030: "0101 0131 0201 0202 0203 0204 0205 0206 0412 0430 0501 0902 0903 1124 1125",
    2031: "0101 0121 0122 0123 0124 0125 0126 0127 0401 0430 0501 0901 0902 1124",
    2032: "0101 0209 0210 0211 0212 0213 0214 0419 0430 0501 0503 0902 0903 1124",
    2033: "0101 0103 0130 0131 0201 0202 0203 0204 0409 0411 0430 0501 0502 0503 0901 0902 1124",
    2034: "0101 0102 0217 0218 0219 0220 0221 0222 0223 0428 0430 0501 0502 0901 0902 0904 1124",
    2035: "0101 0206 0207 0208 0209 0210 0211 0212 0417 0430 0501 0902 0903 0904 1124 1126",
    2036: "0101 0127 0128 0129 0130 0131 0201 0406 0407 0430 0501 0901 0902 1124",
    2037: "0101 0213 0214 0215 0216 0217 0218 0219 0424 0430 0501 0901 0902 1124",
    2038: "0101 0202 0203 0204 0205 0206 0207 0208 0413 0430 0501 0503 0902 0903 1124",
    2039: "0101 0103 0123 0124 0125 0126 0127 0128 0403 0404 0430 0501 0502 0503 0901 0902 1124",
    2040: "0101 0102 0210 0211 0212 0213 0214 0215 0216 0420 0430 0501 0902 0903 0904 1124 1126",
}  # fmt: skip
FIRST, LAST = min(_DAYS), max(_DAYS)


def written_holidays(year: int) -> frozenset[date] | None:
    """The year's public holidays, or None for a year the table does not hold."""
    days = _DAYS.get(year)
    if days is None:
        return None
    return frozenset(date(year, int(d[:2]), int(d[2:])) for d in days.split())


def package_holidays(year: int) -> frozenset[date]:
    """What the `holidays` package says (imported here only: see the module's docstring)."""
    import holidays

    return frozenset(holidays.country_holidays("VN", years=year).keys())


def _table() -> str:
    return "\n".join(
        f'    {year}: "{" ".join(d.strftime("%m%d") for d in sorted(package_holidays(year)))}",'
        for year in range(FIRST, LAST + 1)
    )


if __name__ == "__main__":
    print(_table())
