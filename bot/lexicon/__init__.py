"""The word data every rule reads, in one place: sorted text and TSV files shipped beside this module.

Why files and not Python literals: a linguist adds a verb, a place or a date word with a one-line diff,
`duplicates` cannot miss a copy of a list that exists only once, and a test can check every file at once
(sorted, no duplicates, nothing from the seed story). Each file is read once per process and cached.

Formats (UTF-8, `#` starts a comment line, blank lines ignored):
- `NAME.txt`: one entry per line (a word or a whole phrase such as "Hong Kong").
- `NAME.tsv`: tab-separated columns, one record per line; the first column is the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

PACKAGE = __name__


def _lines(filename: str) -> tuple[str, ...]:
    text = resources.files(PACKAGE).joinpath(filename).read_text(encoding="utf-8")
    stripped = (line.rstrip("\n\r") for line in text.splitlines())
    return tuple(line for line in stripped if line.strip() and not line.lstrip().startswith("#"))


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of `NAME.txt` in file order (for lists where order matters, e.g. longest match first)."""
    return tuple(line.strip() for line in _lines(f"{name}.txt"))


@cache
def words(name: str) -> frozenset[str]:
    """The entries of `NAME.txt` as a set."""
    return frozenset(entries(name))


@cache
def lower_words(name: str) -> frozenset[str]:
    """The entries of `NAME.txt`, lower-cased, for case-insensitive membership."""
    return frozenset(entry.lower() for entry in entries(name))


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The records of `NAME.tsv`, each a tuple of its tab-separated fields."""
    return tuple(tuple(field.strip() for field in line.split("\t")) for line in _lines(f"{name}.tsv"))


@cache
def table(name: str) -> Mapping[str, str]:
    """`NAME.tsv` as key -> value (its first two columns); a key listed twice is an error."""
    mapping: dict[str, str] = {}
    for row in rows(name):
        if len(row) < 2:
            raise ValueError(f"{name}.tsv: {row[0]!r} has no value")
        if row[0] in mapping:
            raise ValueError(f"{name}.tsv: {row[0]!r} is listed twice")
        mapping[row[0]] = row[1]
    return MappingProxyType(mapping)


def available() -> tuple[str, ...]:
    """Every lexicon file name (with its suffix), for the checks that run over all of them."""
    return tuple(
        sorted(
            item.name for item in resources.files(PACKAGE).iterdir() if item.name.endswith((".txt", ".tsv"))
        )
    )
