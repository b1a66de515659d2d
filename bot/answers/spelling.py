"""The article's own spelling of a question word it never writes: "Irish" for "Ireland", "10000" for
"10,000", "the 1700s" for "1745", "Hartmanis" for a reader's "Hatmanis", "criticised" for "criticized",
"customers" for "cusomers", "Britain" for "the UK", "Boynton" for "Mr. Boynton", "Lynch" for a lower-case
"lynch".

A reader names things their own way; without this, the abstention gate refuses ("The article doesn't mention
Irish") where the story has the answer. Demonyms come from the lexicon's demonyms tables (the countries' one
the gazetteer reads, and region_demonyms.tsv), countries' other names from the gazetteer, British and American
endings from spelling_variants.tsv; near spellings of names and typing slips are found by `difflib` (stdlib),
only among the article's own words, only for a word the article lacks that is no English word in use
(wordfreq), so a word the story does write is never replaced and the cost is paid only on that rare path.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from functools import lru_cache

from wordfreq import zipf_frequency

from bot import lexicon
from bot.article.gazetteer import country_names, country_of
from bot.article.stems import stem, without_accents

Alternative = tuple[str, ...]

CLOSE_SPELLING = 0.85
"""`difflib` ratio from which a name the article lacks is read as a slip for one it has ("Hatmanis" /
"hartmanis" 0.94, "Netonian" / "newtonian" 0.94); below, different names ("Johnson" / "jackson" 0.71)."""
MIN_SPELLED = 5
"""Names shorter than this are not respelled: one letter changes a short name into another."""
MAX_SLIP_ZIPF = 2.5
"""Only a word rarer than this (wordfreq's Zipf scale: under ~3 in 10 million words) is read as a slip:
"Scotish", "Hatmanis"; a real word the story lacks ("Eastern" where it says "Western", "Australian" where
it says "Austrian") asks about something else, and the gate must see it missing."""
_DECADE = re.compile(r"(\d{2,3})0s")
_WORD = re.compile(r"[^\W\d_]+")
_COUNT = re.compile(r"(\d{1,3})(st|nd|rd|th)?")
FIRST_CENTURY, LAST_CENTURY = 11, 21
"""Ordinals read as centuries when the article lacks them ("the 16th" -> the 1500s); lower ones are days."""
COUNT_VALUES = {
    word: (kind, value)
    for kind in ("cardinal", "ordinal")
    for word, value in lexicon.by_kind("numbers")[kind].items()
    if " " not in word
}
_NUMBER = re.compile(r"\d{4,}")


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[Alternative, ...]]:
    """Stem of a demonym or place -> the stem sequences of its other forms ("irish" -> ("ireland",)), from
    the countries' demonyms and those of regions, nations and cities."""
    forms: dict[str, set[Alternative]] = {}
    for table in ("demonyms", "region_demonyms"):
        for demonym, place in lexicon.table(table).items():
            people = tuple(stem(w) for w in demonym.lower().split())
            country = tuple(stem(w) for w in place.lower().split())
            if len(people) == 1:
                forms.setdefault(people[0], set()).add(country)
            if len(country) == 1:
                forms.setdefault(country[0], set()).add(people)
    return {key: tuple(sorted(value)) for key, value in forms.items()}


def article_forms(word: str, vocabulary: frozenset[str], names: Mapping[str, str]) -> tuple[Alternative, ...]:
    """How the article writes `word` (a lower-cased question token whose stem it lacks), best first: its
    place or demonym (a plural demonym's too), the same count in words or digits ("4th" / "fourth"), the
    grouped digits of a long number, the years of a decade or century, or the one name of the article
    (`names`: `article_names`) written alike but for its accents or spelled almost like it. Empty: none."""
    places = _places()
    found: list[Alternative] = [
        alternative
        for alternative in places.get(stem(word), ()) or places.get(stem(word.removesuffix("s")), ())
        if all(s in vocabulary for s in alternative)
    ]  # a plural demonym ("Israelis") is its place's too ("Israel")
    value = count_value(word)
    if value is not None:
        found.extend(
            (token,) for token in sorted(vocabulary) if token != word and count_value(token) == value
        )
    if _NUMBER.fullmatch(word):
        grouped = f"{int(word):,}".split(",")
        if all(part in vocabulary for part in grouped):
            found.append(tuple(grouped))
    prefix = _years_prefix(word, value)
    if prefix:
        found.extend(
            (token,)
            for token in sorted(vocabulary)
            if len(token) == 4 and token.isdigit() and token.startswith(prefix)
        )
    if not found:
        name = (
            names.get(fold(word))
            or names.get(_slip_for(fold(word), names) or "")
            or _name_ending(word, names)
        )
        if name:
            found.append((stem(name),))
    return tuple(found)


NAME_ENDINGS = tuple(sorted(lexicon.lower_words("name_endings")))
MIN_NAME_ROOT = 4
"""Letters a name keeps before a name ending it loses: "Marx|ist", "Protestant|ism"; a shorter root
("Dao|ism") is too few letters to tell one name from another."""


def _name_ending(word: str, names: Mapping[str, str]) -> str | None:
    """The article's name that `word` is with a name ending added or taken off ("Christian" of a story
    that writes "Christianity", "Protestantism" of one that writes "Protestant"; name_endings.txt), else
    None."""
    key = fold(word)
    for ending in NAME_ENDINGS:
        root = key.removesuffix(ending)
        name = names.get(key + ending) or (
            names.get(root) if root != key and len(root) >= MIN_NAME_ROOT else None
        )
        if name:
            return name
    return None


def _years_prefix(word: str, value: tuple[str, str] | None) -> str | None:
    """The first digits of the years a decade or century names: "1990s" 199, "1700s" 17, "16th" 15."""
    decade = _DECADE.fullmatch(word)
    if decade:
        digits = decade.group(1)
        return digits[:2] if digits.endswith("0") and len(digits) == 3 else digits  # 1700s: 17xx
    if value is not None and value[0] == "ordinal" and FIRST_CENTURY <= int(value[1]) <= LAST_CENTURY:
        return str(int(value[1]) - 1)  # the 16th century: 15xx
    return None


def count_value(token: str) -> tuple[str, str] | None:
    """A small count or ordinal as (kind, value): "three" and "3" ("cardinal", "3"), "17th" and
    "seventeenth" ("ordinal", "17"); None for any other word."""
    digits = _COUNT.fullmatch(token)
    if digits:
        return ("ordinal" if digits.group(2) else "cardinal"), digits.group(1)
    return COUNT_VALUES.get(token)


def fold(word: str) -> str:
    """`word` lower-cased without its accents: "Temür" -> "temur", "Céloron" -> "celoron"."""
    return without_accents(word.lower())


def _slip_for(word: str, names: Mapping[str, str]) -> str | None:
    """The one key of `names` that `word` (folded) is a reader's slip for, if any: `word` is no English
    word in use and exactly one name is spelled almost like it (two: the slip could be either)."""
    if len(word) < MIN_SPELLED or not word.isalpha() or zipf_frequency(word, "en") >= MAX_SLIP_ZIPF:
        return None
    close = difflib.get_close_matches(word, names, n=2, cutoff=CLOSE_SPELLING)  # ties go by the name
    return close[0] if len(close) == 1 else None


def respelled(question: str, text: str) -> str:
    """The question with each name the article `text` lacks but writes alike (accents aside) or almost
    alike in the article's spelling ("What did Schwietermann say?" -> "... Schwieterman ...", "Temur" ->
    "Temür"), so every route finds the person, and each lower-case word it lacks in the article's British
    or American spelling ("criticized" -> "criticised", `_variant`) or, when it is no English word in use,
    as the one article word it is a typing slip for ("cusomers" -> "customers")."""
    written = _written_names(text)

    def replace(match: re.Match[str]) -> str:
        word = match.group()
        key = fold(word)
        if not word[0].isupper():
            if question[match.end() : match.end() + 1] in APOSTROPHES:
                return word  # "weren" of "weren't" is no word to respell
            lower = _lower_words(text)
            return word if word in lower else _variant(word, text) or _typed_for(word, text) or word
        if written.get(key) == word:
            return word
        name = written.get(key) or written.get(_slip_for(key, written) or "")
        return name or word

    return _WORD.sub(replace, _in_article_countries(_without_unwritten_titles(question, text), text))


@lru_cache(maxsize=1)
def _country_form() -> re.Pattern[str]:
    """Any spelling of a country the gazetteer knows ("UK", "Britain", "United Kingdom"), longest first,
    with a "the" before it."""
    forms = sorted(country_names(), key=lambda f: (-len(f), f))
    return re.compile(
        r"(?P<the>\b[Tt]he\s+)?(?<![\w.])(?P<form>" + "|".join(map(re.escape, forms)) + r")(?!\w)"
    )


@lru_cache(maxsize=1)
def _country_openers() -> frozenset[str]:
    """The first capitalised words of the country spellings ("United", "UK", "U.S."), to pass over most
    questions."""
    firsts = (next((w for w in form.split() if w[:1].isupper()), "") for form in country_names())
    return frozenset(first for first in firsts if first)


@lru_cache(maxsize=64)
def _written_countries(text: str) -> Mapping[str, tuple[str, bool]]:
    """Country -> the spelling the article first writes it in, and whether with a "the" before it."""
    written: dict[str, tuple[str, bool]] = {}
    for found in _country_form().finditer(text):
        country = country_of(found.group("form"))
        if country:
            written.setdefault(country, (found.group("form"), bool(found.group("the"))))
    return written


def _in_article_countries(question: str, text: str) -> str:
    """ "What did she say about the UK?" of a story that writes "Britain": a country the question spells
    in a way the story never does, in the story's spelling (the gazetteer's names and aliases), with the
    story's "the" or none ("the UK" -> "Britain", "America" -> "the United States")."""
    if not _country_openers() & set(re.findall(r"[\w.’'-]+", question)):
        return question  # no country named: the story's spellings need not be read
    written = _written_countries(text)
    spellings = {form for form, _ in written.values()}

    def spelled(found: re.Match[str]) -> str:
        form = found.group("form")
        ours = written.get(country_of(form) or "")
        if ours is None or form in spellings or re.search(rf"(?<![\w.]){re.escape(form)}(?!\w)", text):
            return found.group()
        return ("the " if ours[1] else "") + ours[0]

    return _country_form().sub(spelled, question)


_HONORIFICS = sorted({title.rstrip(".") for title in lexicon.words("honorifics")}, key=lambda t: (-len(t), t))
_TITLE_BEFORE_NAME = re.compile(rf"\b({'|'.join(_HONORIFICS)})\b\.?\s+(?=([A-Z][\w’'-]*))")
"""A courtesy title before a capitalised word ("Mr. Lynch", "Dr Okafor")."""


def _without_unwritten_titles(question: str, text: str) -> str:
    """ "When did Mr. Boynton step down?" of a story that names him "Boynton" or "Jack Boynton" only:
    a title the story never writes before that name is the reader's, and dropped, so the story is not
    thought to lack "Mr."; one it writes ("Mrs Foster") stays, as it tells a person from a company."""

    def dropped(match: re.Match[str]) -> str:
        written = re.search(rf"\b{match.group(1)}\b\.?\s+{re.escape(match.group(2))}\b", text)
        return match.group() if written else ""

    return _TITLE_BEFORE_NAME.sub(dropped, question)


def recased(question: str, text: str) -> str:
    """A question typed all in lower case ("who is lynch travelling with?") with each word the article
    writes only capitalised, and so as a name, in the article's casing ("Lynch", "BTA"): every route reads
    names by their capitals. A word the article also writes in lower case ("us", "police") stays."""
    if any(c.isupper() for c in question):
        return question
    names = _only_capitalised(text)
    return _WORD.sub(lambda m: names.get(m.group(), m.group()), question)


_OPENING = re.compile(r"(?:^|[.!?\n])[\s(\"“‘']*$")
"""What may come just before a word that opens a sentence (so its capital says nothing of it)."""


@lru_cache(maxsize=64)
def _only_capitalised(text: str) -> dict[str, str]:
    """Lower-cased word -> the article's spelling, for words it writes capitalised at least once inside a
    sentence (not only opening one) and never in lower case."""
    lowered = {m.group() for m in _WORD.finditer(text) if m.group().islower()}
    found: dict[str, str] = {}
    for m in _WORD.finditer(text):
        word = m.group()
        key = word.lower()
        if (
            word[0].isupper()
            and key not in lowered
            and not _OPENING.search(text[max(0, m.start() - 6) : m.start()])
        ):
            found.setdefault(key, word)
    return found


SPELLING_VARIANTS = tuple(
    pair for ending, other in lexicon.rows("spelling_variants") for pair in ((ending, other), (other, ending))
)
"""(ending, the other spelling's ending), both ways: "ise" / "ize", "our" / "or" (spelling_variants.tsv)."""
MIN_VARIANT_STEM = 3
"""Letters a word keeps before a variant ending: "criticis|e", "lab|our"; "t|our", "h|our" are no variants."""


APOSTROPHES = frozenset("'’")
TYPO_KEPT_LETTERS = 2
"""A typing slip keeps a word's first letters ("cusomers" / "customers"); a word that differs at its start
("unestablished" / "established") is another word, a negative one, not a slip."""


def _typed_for(word: str, text: str) -> str | None:
    """The article word that a lower-case question word is a typing slip for (`_slip_for`), when both
    begin alike: the word itself ("cusomers" / "customers"), else a word of the article with the stem the
    slip is for ("conirmed" / "confirms"); else None."""
    typed = _slip_for(word, _lower_words(text))
    if typed is None and zipf_frequency(word, "en") < MAX_SLIP_ZIPF:
        stems = _lower_stems(text)
        typed = stems.get(_slip_for(stem(word), stems) or "")
    return typed if typed and typed[:TYPO_KEPT_LETTERS] == word[:TYPO_KEPT_LETTERS] else None


@lru_cache(maxsize=64)
def _lower_stems(text: str) -> Mapping[str, str]:
    """The stems of the article's lower-case words, each mapped to the first word with that stem."""
    found: dict[str, str] = {}
    for word in _lower_words(text):
        found.setdefault(stem(word), word)
    return found


def _variant(word: str, text: str) -> str | None:
    """The article's other spelling of a lower-case word ("criticized" where it writes "criticised"), else
    None."""
    words = _lower_words(text)
    for ending, other in SPELLING_VARIANTS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_VARIANT_STEM:
            spelled = word[: -len(ending)] + other
            if spelled in words:
                return spelled
    return None


@lru_cache(maxsize=64)
def _lower_words(text: str) -> Mapping[str, str]:
    """The article's lower-case words, each mapped to itself (the shape `_slip_for` reads)."""
    return {w: w for w in (m.group() for m in _WORD.finditer(text)) if w.islower()}


@lru_cache(maxsize=64)
def _written_names(text: str) -> dict[str, str]:
    return {fold(w): w for w in _WORD.findall(text) if w[0].isupper()}


@lru_cache(maxsize=64)
def article_names(text: str) -> Mapping[str, str]:
    """The article's capitalised words by their folded form ("temur" -> "temür"), lower-cased: the names a
    reader's accents or spelling slip are read against."""
    return {key: word.lower() for key, word in _written_names(text).items()}


MINOR_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "to", "de", "du", "des", "la", "&"})
"""Words an acronym's expansion holds without their letter ("Relief and Works Agency")."""


def initials(words: list[str]) -> str:
    """The letters an acronym of these words is written with: "Relief and Works Agency" -> "RWA"."""
    return "".join(w[0] for w in words if w.lower() not in MINOR_WORDS).upper()


_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][\w’'&-]*)+")
"""A run of capitalised words, small words inside: "Chartered Professional Accountants of Canada"."""


TYPED_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
"""An acronym a question types: two to six capitals ("BNP", "CPA")."""


@lru_cache(maxsize=64)
def acronyms(text: str) -> Mapping[str, tuple[Alternative, ...]]:
    """Lower-cased initials -> the stems of each run of the article's capitalised words they spell, every
    sub-run that starts and ends on a capitalised word: "cpa" -> ("charter", "profession", "accountant") from
    "Chartered Professional Accountants of Canada", so a question's "CPA Canada" finds the sentence that
    spells the name out."""
    found: dict[str, set[Alternative]] = {}
    for run in _CAPITALISED_RUN.finditer(text):
        words = [w.rstrip("’'").removesuffix("’s").removesuffix("'s") for w in run.group().split()]
        capital = [i for i, w in enumerate(words) if w[:1].isupper()]
        for first in capital:
            for last in capital:
                span = words[first : last + 1]
                letters = initials(span)
                if 2 <= len(letters) <= 6 and last > first:
                    found.setdefault(letters.lower(), set()).add(
                        tuple(stem(w.lower()) for w in span if w.lower() not in MINOR_WORDS)
                    )
    return {key: tuple(sorted(value)) for key, value in found.items()}


MIN_SPELLED_WORD = 3
"""The shortest lower-case word read as one letter of an abbreviation ("vice" for the V of "VP")."""


@lru_cache(maxsize=256)
def lower_spellings(text: str, letters: str) -> tuple[Alternative, ...]:
    """The stems of each run of the article's lower-case words whose initials spell `letters`: "vp" ->
    ("vice", "president") from "Shawn Strickland, vice president of Fios", so a question's "VP" (a title
    written out in lower case, which `acronyms` never reads) finds it."""
    if not 2 <= len(letters) <= 6 or not letters.isalpha():
        return ()
    rest = rf"[a-z]{{{MIN_SPELLED_WORD - 1},}}"
    pattern = re.compile(r"\b" + r"\s+".join(f"{letter}{rest}" for letter in letters.lower()) + r"\b")
    found = {tuple(stem(w) for w in m.group().split()) for m in pattern.finditer(text)}
    return tuple(sorted(found))
