"""The date rules' vocabulary, read from the lexicon, and the pattern fragments built from it.

HeidelTime's `repattern` files, in short: each fragment ("a month name", "a day number") is written once
and every rule pattern in `rules.py` is composed from them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from bot import lexicon

_CALENDAR = lexicon.by_kind("calendar")
_NUMBERS = lexicon.by_kind("numbers")
_SETS = lexicon.by_kind("timex_sets")
_CUES = lexicon.by_kind("date_cues")


def _numbers(words: Mapping[str, str]) -> dict[str, int]:
    return {word: int(value) for word, value in words.items()}


FULL_MONTHS = frozenset(_CALENDAR["month"])
MONTHS = _numbers(_CALENDAR["month"]) | _numbers(_CALENDAR["month_abbreviation"])
"""Month names and their abbreviations (lower-case, without the dot)."""

AMBIGUOUS_MONTHS = frozenset({"may", "march", "april", "june", "august"})
"""Full month names that are also verbs, nouns or first names: a bare one needs a temporal cue."""

WEEKDAYS = _numbers(_CALENDAR["weekday"])
"""ISO weekday numbers. Abbreviations ("Sun", "Sat", "Wed") are words too often to be used alone."""
WEEKDAYS_WRITTEN = WEEKDAYS | _numbers(_CALENDAR["weekday_abbreviation"])
"""Weekdays and their abbreviations -> ISO number: for a date written whole ("Mon Mar 3, 2014"), where an
abbreviation cannot be a word."""

DAY_SHIFTS = _numbers(_CALENDAR["day"])
"""today 0, tomorrow 1, yesterday -1, tonight 0."""

SEASONS = dict(_CALENDAR["season"])
SEASON_MONTH: dict[str, int] = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
"""A month inside each season, to choose the season's year the way a month's year is chosen."""

DECADE_WORDS = _numbers(_CALENDAR["decade"])
"""Spelled-out decades ("the nineties"), read as the 1900s."""

PARTS_OF_DAY = dict(_CALENDAR["part_of_day"])

HOLIDAYS: dict[str, tuple[int, int]] = {
    name: (int(value[:2]), int(value[3:])) for name, value in _CALENDAR["holiday"].items()
}
"""Fixed-date holidays (month, day); movable feasts are left out."""

NUMBER_WORDS = _numbers(_NUMBERS["cardinal"])
"""Spelled-out quantities; vague ones ("several", "a few") give the TIMEX3 unknown quantity X."""
VAGUE_QUANTITIES = sorted(_NUMBERS["vague"])
ORDINAL_WORDS = _numbers(_NUMBERS["ordinal"])

UNITS: dict[str, tuple[int, str, bool]] = {
    unit: (int(multiplier), letter, where == "clock")
    for unit, multiplier, letter, where in lexicon.rows("time_units")
}
"""Duration unit -> (multiplier, ISO 8601 letter, whether it goes after the T)."""

SMALLER_UNITS: dict[tuple[str, bool], tuple[str, int]] = {
    ("Y", False): ("M", 12), ("H", True): ("M", 60), ("M", True): ("S", 60),
}  # fmt: skip
"""Where a half goes when a count is not whole: (letter, after the T) -> (smaller letter, how many)."""

VAGUE_UNITS: dict[str, str] = {"decade": "DE", "century": "CE"}
"""Plural decades/centuries with no count keep their own TIMEX3 unit: "decades" -> PXDE."""

SET_ADVERBS = dict(_SETS["adverb"])
"""Frequency adverbs, valued as the calendar pattern they repeat on (TempEval-3 style)."""
SET_UNITS = dict(_SETS["unit"])

CUES: dict[str, frozenset[str]] = {kind: frozenset(words) for kind, words in _CUES.items()}
"""date_cues.tsv by kind, e.g. CUES["month_cue"]: the words that make a bare "May" a month (the file's
header says what each kind does)."""
COUNT_MODIFIERS = sorted(_CUES["count_modifier"])
TIME_ZONES = sorted(_CUES["time_zone"], key=lambda zone: (-len(zone), zone))

PAST_FORMS = sorted({past for forms in lexicon.irregular_past().values() for past in forms})
"""Irregular past tenses ("met", "went"), cues that a clause looks back."""
PHRASE_OPENERS = lexicon.lower_words("determiners") | lexicon.lower_words("prepositions")
"""Words that open a phrase after a verb ("re-elected the board", "re-elected on Friday"), never the noun
a hyphenated adjective goes before ("the long-awaited summit")."""

# --- pattern fragments -----------------------------------------------------------------------------

TrieNode = dict[str, "TrieNode"]


def trie(words: Iterable[str]) -> str:
    """A regex alternation factored on shared prefixes, so `re` tries one branch per letter, not each word."""
    root: TrieNode = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: TrieNode) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def cased(words: Iterable[str]) -> str:
    """Capitalised and upper-case forms only, so "may", "march" and "sun" never look like dates."""
    forms = sorted({f(w) for w in words for f in (str.capitalize, str.upper)}, key=len, reverse=True)
    return "(?-i:" + "|".join(forms) + ")"


def alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


MONTH = rf"(?:{cased(FULL_MONTHS)}|{cased(set(MONTHS) - FULL_MONTHS)}\.?)(?![\w'’-])"
WEEKDAY = rf"(?:{alt(WEEKDAYS)})"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:.,]\d|\w)"
YEAR = r"(?<![\w$£€#.,/:])(?:1[5-9]\d\d|20\d\d)(?![\w%]|[.,:]\d)"
DASH = r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*"
_ONE_WORD_NUMBERS = alt([w for w in NUMBER_WORDS if " " not in w])
_DIGIT_WORDS = alt([w for w in NUMBER_WORDS if NUMBER_WORDS[w] < 10])
NUMBER = (
    rf"(?:(?<![\w.,/$£€])\d+(?:\.\d+)?(?![\d,./]\d)|(?:{_ONE_WORD_NUMBERS})(?:(?:-|(?<=ty)\s+)(?:{_DIGIT_WORDS})(?!\w))?"
    rf"|{alt([w for w in NUMBER_WORDS if ' ' in w])})"
)
QUANTITY = rf"(?:{NUMBER}|{alt(VAGUE_QUANTITIES)}(?:\s+of)?)"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
)
SEASON = rf"(?:{alt(SEASONS)})"
PART = rf"(?:{alt(PARTS_OF_DAY)})"
CLOCK = (
    r"(?:(?<![\w:.,$])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\b\.?)?"
    r"|(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*[ap]\.?m\b\.?)|noon|midnight)"
)
ZONE = rf"(?:\s*(?-i:{'|'.join(TIME_ZONES)})(?!\w)|\s+local\s+time)"
DEICTIC_DAY = rf"(?:{alt(DAY_SHIFTS)})"
ORDINAL = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{alt(ORDINAL_WORDS)})"
COUNT_MODIFIER = alt(COUNT_MODIFIERS)
