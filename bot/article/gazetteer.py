"""What a capitalised word can be (person, place, organisation, title): the lexicon's word lists, read once.

Country names come from pycountry (ISO 3166, kept up to date by its maintainers), and so do the states
and provinces of the countries `place_subdivisions.tsv` names; everything else is a file in `bot/lexicon/`.
Places are listed as whole phrases ("Hong Kong"); the word-level sets the rules need are derived here.
Given names and their usual gender come from gender-guesser's name list (Jörg Michael's `nam_dict.txt`,
about 48,000 first names of many countries, shipped in its 0.4 MB wheel): it knows "Imran", "Enver" and
"Gloria", which no English word list does, and reading it is all it takes (0.2 s, once).
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from pathlib import Path

import pycountry

from bot import lexicon
from bot.article.stems import without_accents

COUNTRY_ALIASES = lexicon.table("country_aliases")
DEMONYMS = lexicon.table("demonyms")
ORGANISATION_WORDS = lexicon.words("organisation_words")
THING_WORDS = lexicon.words("thing_words")
HONORIFICS = lexicon.with_dots(lexicon.words("honorifics"))
ROLE_WORDS = lexicon.with_dots(lexicon.words("role_words")) | HONORIFICS
"""Capitalised words of a title before a name, courtesy titles included."""
ROLE_NOUNS = lexicon.words("role_nouns")
"""Lower-case nouns that, right before a capitalised name, mark it as a person ("pollster Pat Caddell")."""
ROLE_MODIFIERS = lexicon.words("role_modifiers")
DESCRIPTOR_WORDS = lexicon.words("descriptor_words")
SHORT_TITLES = lexicon.words("short_titles")
DOTTED_TITLES = tuple(
    sorted({w[:-1] for w in lexicon.words("honorifics") | lexicon.words("role_words") if w.endswith(".")})
)
"""Titles written with a dot before a name ("Gov.", "Dr.", "Sgt."), without their dot."""


def _calendar_names() -> frozenset[str]:
    """Month and weekday names and abbreviations, capitalised: "March", "Sept", "Mon"."""
    calendar = lexicon.by_kind("calendar")
    kinds = ("month", "month_abbreviation", "weekday", "weekday_abbreviation")
    return frozenset(word.capitalize() for kind in kinds for word in calendar[kind])


NON_NAME_WORDS = lexicon.words("non_name_words") | _calendar_names()
"""Capitalised words that never start or make up a person's name in news copy."""


@cache
def place_phrases() -> frozenset[str]:
    """Every place phrase: the lexicon's cities, regions and landmarks, and the subdivisions it asks for.

    The subdivisions are read from pycountry's own ISO 3166-2 data file: 9 ms, where building
    pycountry's subdivision objects costs 40-90 ms on the first parse of every process.
    """
    wanted = {(country, kind) for country, kind in lexicon.rows("place_subdivisions")}
    data = json.loads((Path(pycountry.DATABASE_DIR) / "iso3166-2.json").read_text(encoding="utf-8"))
    subdivisions = {
        without_accents(entry["name"])  # pycountry writes "Bihār", news copy "Bihar"
        for entry in data["3166-2"]
        if (entry["code"].split("-")[0], entry["type"]) in wanted and "," not in entry["name"]
    }
    return lexicon.words("places") | frozenset(subdivisions)


@cache
def _place_words() -> frozenset[str]:
    """Capitalised words of the place phrases and country names: each is a place token, so "Hong" + "Kong"
    join into one, and "United States" or "New Zealand Herald" is never read as a person's name."""
    phrases = place_phrases() | {name for name in country_names() if " " in name}
    return frozenset(word for phrase in phrases for word in phrase.split() if word[:1].isupper())


@cache
def country_names() -> dict[str, str]:
    """Every spelling of a country we recognise, mapped to its display name."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        display = getattr(country, "common_name", None) or country.name
        for spelling in (country.name, display, getattr(country, "official_name", None)):
            if spelling and "," not in spelling:
                names[spelling] = display
    names.update(COUNTRY_ALIASES)
    return names


def country_of(word: str) -> str | None:
    """The country a country name, alias or demonym stands for."""
    return country_names().get(word) or DEMONYMS.get(word)


def is_place_word(word: str) -> bool:
    return (
        word in _place_words()
        or word in country_names()
        or word in DEMONYMS
        or (word.endswith("s") and word[:-1] in DEMONYMS)  # "Africans", "Canadians"
    )


@cache
def place_fragments() -> frozenset[str]:
    """Words that occur only inside longer places ("New" York, "Downing" Street): never a place alone."""
    alone = place_phrases() | frozenset(country_names()) | frozenset(DEMONYMS)
    return frozenset(word for word in _place_words() if word not in alone)


@cache
def _web2() -> tuple[frozenset[str], frozenset[str]]:
    """Webster's 2nd (web2, via english-words), read once (the package reads its pickle on every call):
    its lower-case entries, common words ("idea", "soup"), and its capitalised ones, the given names,
    places and peoples it lists ("Mark", "Algerian")."""
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], alpha=True)
    return frozenset(w for w in words if w[:1].islower()), frozenset(w for w in words if w[:1].isupper())


def _dictionary_words() -> frozenset[str]:
    """web2's common words: proper nouns it writes capitalised ("Simon", "Anderson") are not in this set."""
    return _web2()[0]


def _proper_words() -> frozenset[str]:
    """web2's capitalised entries ("Mark", "Algerian")."""
    return _web2()[1]


def is_proper_word(word: str) -> bool:
    """A word Webster's lists capitalised, as a name ("Jack", "Dean", "Earl"), whatever else it means."""
    return word.capitalize() in _proper_words()


def is_dictionary_word(word: str) -> bool:
    """A word English writes in lower case ("catbird", "soma"), whatever capitals it has in a name."""
    lower = word.lower()
    words = _dictionary_words()
    return lower in words or (lower.endswith("s") and lower[:-1] in words)


def is_common_word(word: str, zipf: float = 4.0) -> bool:
    """A dictionary word in everyday use ("soup", "trophy", not "soma" or "dhoni"): wordfreq's Zipf
    frequency (4: once in 100,000 words) at least `zipf`."""
    from wordfreq import zipf_frequency

    return is_dictionary_word(word) and zipf_frequency(word.lower(), "en") >= zipf


GIVEN_NAME_GENDERS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}
"""gender-guesser's verdicts for a name one gender mostly bears; "andy" (either) and "unknown" say none."""


@cache
def _function_words() -> frozenset[str]:
    return lexicon.words("stop_words") | lexicon.words("determiners")


@cache
def _name_detector() -> object:
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def given_name_gender(word: str) -> str | None:
    """ "m" or "f" when `word` is a given name mostly borne by men or by women ("Imran", "Gloria"), "" for
    a given name of either ("Kim" is mostly female, "Hong" either), None for no given name ("Credit")."""
    if len(word) < 2 or not word[0].isupper() or word in ROLE_WORDS or word.lower() in _function_words():
        return None  # the list also has "The" (f), "General" and "Major" (m): a title or a word, not a name
    verdict = _name_detector().get_gender(word)  # type: ignore[attr-defined]
    return None if verdict == "unknown" else GIVEN_NAME_GENDERS.get(verdict, "")
