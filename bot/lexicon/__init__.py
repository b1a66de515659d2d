"""The word data every rule reads, in one place: sorted text and TSV files shipped beside this module.

Why files and not Python literals: a linguist adds a verb, a place or a date word with a one-line diff,
`duplicates` cannot miss a copy of a list that exists only once, and a test can check every file at once
(sorted, no duplicates, nothing from the seed story). Each file is read once per process and cached.

Formats (UTF-8, `#` starts a comment line, blank lines ignored):
- `NAME.txt`: one entry per line (a word or a whole phrase such as "Hong Kong").
- `NAME.tsv`: tab-separated columns, one record per line; the first column is the key, or a kind when
  the file holds several small lists of one subject (`calendar.tsv`: month, weekday, season ...).
Every file is sorted case-insensitively (tests/lexicon checks it); its header says what each column means.

API: `entries`, `words`, `lower_words` (.txt), `rows`, `table`, `by_kind`, `kind` (.tsv), `with_dots`,
`phrase_pattern` (a regex alternation of entries),
and for verbs `inflect` (generated forms), `reporting_verbs` / `reporting_words` (lemmas of
reporting_verbs.tsv with the forms that count) and `irregular_past`; `vectors` reads the one table that is
no text, `word_vectors.npz` (a stem -> small int8 vector table, built by bench/build_word_vectors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal

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


@cache
def vectors(name: str) -> tuple[Mapping[str, int], Any]:
    """`NAME.npz`: (stem -> row, the int8 matrix of unit vectors x127). numpy is imported here only."""
    import numpy as np

    with resources.files(PACKAGE).joinpath(f"{name}.npz").open("rb") as stored, np.load(stored) as data:
        keys, matrix = [str(k) for k in data["stems"]], data["vectors"]
    return MappingProxyType({key: i for i, key in enumerate(keys)}), matrix


def available() -> tuple[str, ...]:
    """Every lexicon file name (with its suffix), for the checks that run over all of them."""
    return tuple(
        sorted(
            item.name for item in resources.files(PACKAGE).iterdir() if item.name.endswith((".txt", ".tsv"))
        )
    )


@cache
def by_kind(name: str) -> Mapping[str, Mapping[str, str]]:
    """`NAME.tsv` whose first column names a kind: kind -> {word: value}, the value "" when there is none.

    For files that hold several small lists of one subject ("month", "weekday" in calendar.tsv), so a
    list is one kind of row, not one more file.
    """
    grouped: dict[str, dict[str, str]] = {}
    for row in rows(name):
        if len(row) < 2:
            raise ValueError(f"{name}.tsv: {row[0]!r} has no word")
        words = grouped.setdefault(row[0], {})
        if row[1] in words:
            raise ValueError(f"{name}.tsv: {row[0]} {row[1]!r} is listed twice")
        words[row[1]] = row[2] if len(row) > 2 else ""
    return MappingProxyType({kind: MappingProxyType(words) for kind, words in grouped.items()})


def kind(name: str, kind_name: str) -> frozenset[str]:
    """The words of one kind in a `by_kind` file."""
    return frozenset(by_kind(name).get(kind_name, {}))


def every_kind(name: str) -> frozenset[str]:
    """The words of every kind in a `by_kind` file: all of measure_units.tsv, whatever each measures."""
    return frozenset(word for words in by_kind(name).values() for word in words)


def with_dots(entries: frozenset[str]) -> frozenset[str]:
    """Entries written with a final dot ("Dr.") stand for both spellings ("Dr." and "Dr")."""
    return entries | {entry[:-1] for entry in entries if entry.endswith(".")}


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regex alternation of entries, longest first (so "put back" wins over "put"), each space of a
    phrase matching any run of white space as a text wraps it."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=lambda p: (-len(p), p)))


# --- verbs ------------------------------------------------------------------------------------------

VerbForm = Literal["base", "s", "past", "ing"]
VERB_FORMS: tuple[VerbForm, ...] = ("base", "s", "past", "ing")


@dataclass(frozen=True)
class Verb:
    """A lemma with its generated inflections, the forms that count and what they are used for."""

    lemma: str
    forms: Mapping[VerbForm, tuple[str, ...]]
    used: tuple[VerbForm, ...]
    """The forms that count as this verb in a rule (reporting_verbs.tsv leaves out those that are mostly
    nouns: "report", "claims")."""
    uses: frozenset[str]

    def words(self, forms: tuple[VerbForm, ...] | None = None) -> frozenset[str]:
        """The word forms of `forms` (all used forms by default)."""
        return frozenset(word for form in (forms or self.used) for word in self.forms[form])


@cache
def irregular_past() -> Mapping[str, tuple[str, ...]]:
    """irregular_verbs.tsv: lemma -> its past tense form(s)."""
    return MappingProxyType({lemma: tuple(past.split()) for lemma, past in table("irregular_verbs").items()})


_SIBILANT = ("s", "sh", "ch", "x", "z", "o")


def inflect(lemma: str) -> Mapping[VerbForm, tuple[str, ...]]:
    """English inflections of a verb: "reply" -> replies, replied, replying; irregular pasts from the lexicon.

    Hand-written: the few spelling rules of regular English verbs, so a lexicon lists a lemma once; the
    inflection libraries (lemminflect, pyinflect) ship large data tables for a job this small.
    """
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou")
    if lemma.endswith(_SIBILANT):
        third = lemma + "es"
    elif consonant_y:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    past = irregular_past().get(lemma)
    if past is None:
        past = (
            (lemma + "d",)
            if lemma.endswith("e")
            else (lemma[:-1] + "ied",)
            if consonant_y
            else (lemma + "ed",)
        )
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        ing = lemma[:-1] + "ing"
    elif past[0] == lemma + lemma[-1] + "ed":
        ing = lemma + lemma[-1] + "ing"  # admit -> admitted, admitting
    else:
        ing = lemma + "ing"
    return MappingProxyType({"base": (lemma,), "s": (third,), "past": past, "ing": (ing,)})


def verb(lemma: str, used: tuple[VerbForm, ...] = VERB_FORMS, uses: frozenset[str] = frozenset()) -> Verb:
    return Verb(lemma, inflect(lemma), used, uses)


@cache
def reporting_verbs() -> tuple[Verb, ...]:
    """reporting_verbs.tsv: verbs that introduce speech, matched by lemma like textacy's REPORTING_VERBS."""
    found = []
    for row in rows("reporting_verbs"):
        used = tuple(form for form in VERB_FORMS if form in row[1].split()) if len(row) > 1 else VERB_FORMS
        uses = frozenset(row[2].split()) if len(row) > 2 else frozenset()
        found.append(verb(row[0], used, uses))
    return tuple(found)


def reporting_words(use: str | None = None, forms: tuple[VerbForm, ...] | None = None) -> frozenset[str]:
    """Word forms of the reporting verbs (those with `use`, when given): their used forms, or `forms`."""
    return frozenset(
        word for v in reporting_verbs() if use is None or use in v.uses for word in v.words(forms)
    )
