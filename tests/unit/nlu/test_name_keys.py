"""Alias keys held as one bytes object ordered by crc32 (`name_tables.Keys`): every key finds
its number, keys of one hash (a crc32 collision) are told apart, an unknown key finds none."""

from __future__ import annotations

from zlib import crc32

from handlers.nlu.name_tables import Keys

# Two words with the same crc32: the lookup must compare the keys, not only their hashes.
COLLIDING = ("plumless", "buckeroo")


def test_every_key_finds_the_number_its_order_says() -> None:
    keys = ["ubnd xa doan bai", "doan bai", "phong noi vu", "nội vụ", *COLLIDING, "x"]
    table = Keys(keys)
    numbers = Keys.order(keys)
    assert sorted(numbers) == list(range(len(keys)))
    assert [table.get(k) for k in keys] == numbers
    assert sorted(table) == sorted(keys) and len(table) == len(keys)
    assert all(k in table for k in keys)


def test_keys_of_one_hash_are_told_apart() -> None:
    assert crc32(COLLIDING[0].encode()) == crc32(COLLIDING[1].encode())
    for present in COLLIDING:
        table = Keys([present, "doan bai"])
        absent = next(k for k in COLLIDING if k != present)
        assert table.get(present) is not None
        assert table.get(absent) is None and absent not in table


def test_an_unknown_or_empty_key_finds_nothing() -> None:
    table = Keys(["doan bai", "phong noi vu"])
    assert table.get("doan") is None and table.get("") is None and table.get("doan bai ") is None
    assert Keys([]).get("doan bai") is None and list(Keys([])) == []
