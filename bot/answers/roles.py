"""A person's role as the article words it next to their name: the span a "who is X?" answer highlights.

News copy introduces people in two ways: a title before the name ("Comerica chief economist David
Littman") or an apposition after it ("Cary Leahy, senior US economist at Deutsche Bank Securities,").
The people extractor keeps short role words; this finds the full phrase and its span, so the answer is
the article's own wording. Hand-written: a few patterns over the text next to a known name span, which
no tagger-free library does, and a tagger would need model files this bot cannot download.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot import lexicon
from bot.answers.names import capitalised_inside
from bot.answers.synonyms import STOPWORDS, Concept, content_tokens, stem, stems
from bot.article.gazetteer import country_of, is_common_word, is_place_word
from bot.article.model import Article, Person
from bot.article.people import KIN_NOUNS
from bot.article.roles import ends_with_a_doer

MAX_ROLE_WORDS = 14
_APPOSITION = re.compile(
    r"^\s*(?:\([^)]{1,20}\))?(?:,\s+\d{1,3}(?=,))?,\s+(?P<role>(?:[^,;:.“”\"()]|(?<=\b[A-Z])\.|\.(?=\w))+)(?=[,;.)]|\s+said\b)"
)
"""", senior US economist at Deutsche Bank Securities," after a name, or after an age (", 90, the heiress
to the L'Oreal fortune"); the dots of "U.S." don't end it."""
_RELATIVE = re.compile(r"^who\s+(?:is|was|has been|had been|served as|serves as|became|worked as)\s+", re.I)
_STARTS = frozenset({"a", "an", "the", "who", "former", "now"})
"""An apposition that starts with another function word ("to make…", "and…") is no role."""
_TITLE_WORD = re.compile(
    r"^(?:[A-Z][\w’'-]*|[A-Z][a-z]{0,3}\.|[A-Z]\.(?:[A-Z]\.)+|[a-z][\w-]*|\([A-Z]{2,9}\))$"
)
"""A word of a title: "Citigroup", "chief", "Rep.", "U.N.", an acronym in brackets ("Hong Kong Rugby Football
Union (HKRFU) chairman"); "Burma." ends a sentence, so it is none."""
_PREPOSITIONS = lexicon.words("prepositions")
ORGANISATION_WORDS = lexicon.words("organisation_words")
_ROLE_PREPOSITIONS = frozenset({"of", "for"})
"""Prepositions inside a title ("managing director for Canadian rates"); any other ends it as no title."""
_HONORIFICS = frozenset(w.lower().rstrip(".") for w in lexicon.words("honorifics"))
_BEFORE_STOP = STOPWORDS | lexicon.reporting_words() | {"like", "including"}
"""Words a title before a name never holds: "said" in "said spokesman Tom Hall"."""
_ROLE_NOUNS = frozenset(stem(w) for w in lexicon.lower_words("role_nouns"))


def _apposition(article: Article, end: int) -> tuple[int, int] | None:
    match = _APPOSITION.match(article.text[end : end + 300])
    if match is None:
        return None
    role = match.group("role")
    start = end + match.start("role")
    words = role.split()
    if not words:
        return None
    first = words[0].lower()
    if (first in STOPWORDS or first in _PREPOSITIONS) and first not in _STARTS:
        return None  # ", along with a team of officials,": no role
    if not any(w[:1].islower() and w.lower() not in {"and", "or"} for w in words):
        return None  # "Ariel Quiros, William Stenger": a list of names, not a role
    relative = _RELATIVE.match(role)
    if relative:
        start += relative.end()
        role = role[relative.end() :]
    elif first == "who":
        return None
    cut = re.search(r"\s+who\s", role)
    if cut:
        role = role[: cut.start()]
    if not role.strip() or len(role.split()) > MAX_ROLE_WORDS:
        return None
    return start, start + len(role.rstrip())


def _premodifier(article: Article, start: int) -> tuple[int, int] | None:
    """Title words right before the name, back to a function word or punctuation ("Citigroup senior
    economist")."""
    offset = max(0, start - 120, article.text.rfind("\n", 0, start) + 1)
    words = list(re.finditer(r"[^\s]+", article.text[offset:start]))
    taken: list[re.Match[str]] = []
    for word in reversed(words):
        text = word.group()
        if not _TITLE_WORD.match(text) or text.lower() in _BEFORE_STOP or len(taken) >= MAX_ROLE_WORDS:
            break
        taken.append(word)
    if not taken:
        return None
    first, last = taken[-1], taken[0]
    if article.text[offset + last.end() : start].strip():
        return None
    texts = [w.group() for w in taken]
    if all(t.lower().rstrip(".") in _HONORIFICS for t in texts) or (len(texts) == 1 and texts[0].islower()):
        return None  # "Mr." is no role, and one lower-case word before a name is usually a verb
    if texts[0].islower() and not ends_with_a_doer(texts[0]):
        return None  # "a cut shot off Johnson", "With his second delivery Ryan Harris": no doer's noun
    return offset + first.start(), offset + last.end()


def _role_before_comma(article: Article, start: int, end: int) -> tuple[int, int] | None:
    """A title set off before the name by a comma, the name then closed by one ("Mr. Sarkozy's lawyer,
    Thierry Herzog, called ..."): the title words before the comma, when they end in a doer's noun."""
    if article.text[max(0, start - 2) : start] != ", " or article.text[end : end + 1] != ",":
        return None
    span = _premodifier(article, start - 2)
    if span is None or not ends_with_a_doer(article.text[span[0] : span[1]].split()[-1]):
        return None
    return span


def _known_role(article: Article, person: Person, start: int, end: int) -> tuple[int, int] | None:
    """An extractor role written right before or after the name, located in the text."""
    before = article.text[max(0, start - 200) : start].rstrip()
    for role in sorted(person.roles, key=len, reverse=True):
        if role and before.endswith(role):
            at = max(0, start - 200) + len(before) - len(role)
            return at, at + len(role)
        after = article.text[end : end + len(role) + 4]
        at = after.find(role)
        if 0 <= at <= 3 and after[:at].strip() in {",", ""}:
            return end + at, end + at + len(role)
    return None


def role_span(
    article: Article, name_spans: Iterable[tuple[int, int]], person: Person | None = None
) -> tuple[int, int] | None:
    """The longest role phrase written next to any of the name's spans, first spans first; None if none."""
    for start, end in name_spans:
        found = [
            span
            for span in (
                _known_role(article, person, start, end) if person else None,
                _apposition(article, end),
                _premodifier(article, start),
                _role_before_comma(article, start, end),
            )
            if span is not None and span[1] > span[0]
        ]
        if found:
            return max(found, key=lambda s: len(article.text[s[0] : s[1]].split()))
    return None


def person_name_spans(person: Person) -> list[tuple[int, int]]:
    """Named mentions, full names first, then in reading order."""
    named = [m for m in person.mentions if m.kind in {"name", "short"}]
    named.sort(key=lambda m: (m.kind != "name", m.start))
    return [(m.start, m.end) for m in named]


def with_holders(question: list[Concept], article: Article) -> list[Concept]:
    """ "How old is the Czech president?" asks about the one person the story gives that role ("Czech
    President Vaclav Havel"), so "Havel, 60 and a heavy smoker" answers it: each concept of a run that ends
    in a role's head noun and holds only that role's words is also matched by the holder's surname. A role
    more than one person holds ("spokesman") names no one; a question that names the holder is unchanged."""
    holders: dict[tuple[int, int], set[str]] = {}
    for person in article.people:
        surname = stems(person.name)[-1:]
        for role in person.roles:
            words = [stem(t) for t in content_tokens(role)]
            if not surname or not words or words[-1] not in _ROLE_NOUNS:
                continue  # "head of the central bank" ends in no role noun
            for end, concept in enumerate(question):
                if concept[0] != (words[-1],):
                    continue
                start = end
                while start and len(question[start - 1][0]) == 1 and question[start - 1][0][0] in words:
                    start -= 1
                holders.setdefault((start, end), set()).update(surname)
    asked = {alternative for concept in question for alternative in concept}
    found = list(question)
    for (start, end), names in holders.items():
        if len(names) == 1 and not {(name,) for name in names} & asked:
            found[start : end + 1] = [
                (*concept, *((name,) for name in names)) for concept in found[start : end + 1]
            ]
    return found


_ORG_WORD = r"[A-Z][\w&’'.-]*"
_PARTNERS = rf"(?:{_ORG_WORD}[ ]+)*?(?:and|&)[ ]+[A-Z]"
_ORGANISATION = re.compile(
    rf"{_ORG_WORD}(?:(?:[ ]+(?:of|and|&|for|de|the)[ ]+|[ ]+|,[ ]+(?={_PARTNERS}))"
    rf"{_ORG_WORD})*"
)
"""An organisation's name: capitalised words, with "of", "and", "for" inside ("University of Otago"), and
the commas of a partners' list that ends in "and" ("Prescott, Ball and Turben Inc")."""
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
""" "Wray Grimaldi of the University of Otago": the organisation right after the name."""
_ROLE_AFTER = re.compile(
    r"\s*(?:\([^)]{1,20}\))?,\s+(?:(?:an?|the)\s+)?(?P<role>(?:[\w.’'-]+\s+){0,6}?)"
    r"(?:at|with|of|for|from)\s+(?:the\s+)?(?=[A-Z])"
)
""" ", an analyst with Prescott, Ball and Turben Inc": a role noun, then the organisation it is held at."""


def employer(article: Article, person: Person) -> tuple[int, int] | None:
    """The span of the organisation a person works for, as the story names it next to the person: the
    name that opens a title before them ("Capital Economics senior North American economist Ariane
    Curtis"), or follows a role or "of" after them ("Elliott Schlang, analyst at Prescott, Ball and Turben
    Inc", "Wray Grimaldi of the University of Otago"); None when the story gives none."""
    for start, end in person_name_spans(person):
        found = _titled_organisation(article, start) or _apposed_organisation(article, end)
        if found is not None:
            return found
    return None


def _titled_organisation(article: Article, start: int) -> tuple[int, int] | None:
    """The capitalised run that opens a title before the name, when the title goes on to a role noun."""
    title = _premodifier(article, start)
    if title is None:
        return None
    text = article.text[title[0] : title[1]]
    run = _ORGANISATION.search(text)  # "active-duty U.S. Air Force airman": after a modifier too
    rest = text[run.end() :].split() if run else []
    if run is None or not any(_holds_a_job(w) for w in rest):
        return None  # "U.S. President Joe Biden": no role noun after the name's first capitals
    if any(w.lower() in _PREPOSITIONS - _ROLE_PREPOSITIONS for w in rest) or _a_word(
        article, _bare(run.group())
    ):
        return None  # "the Amazon surged under former president …", "Airline spokesman …": no employer
    return _organisation(article, title[0] + run.start(), title[0] + run.start() + len(_bare(run.group())))


def _apposed_organisation(article: Article, end: int) -> tuple[int, int] | None:
    """The organisation after "of" right after the name, or after the preposition ending a role noun."""
    window = article.text[end : end + 200]
    of = _OF_AFTER.match(window)
    role = None if of else _ROLE_AFTER.match(window)
    words = role.group("role").split() if role else []
    if role is not None and (
        not any(_holds_a_job(w) for w in words) or any(w in _PREPOSITIONS for w in words)
    ):
        return None  # ", 45, of Chicago", ", coordinator of the scientific council for COP30": no employer
    opened = of or role
    run = _ORGANISATION.match(window, opened.end()) if opened else None
    if run is None or (of and not ORGANISATION_WORDS & set(run.group().split())):
        return None  # "Lord Baker of Dorking": "of" a place or a peerage, not "of the University of Otago"
    return _organisation(article, end + run.start(), end + run.start() + len(_bare(run.group())))


def _holds_a_job(word: str) -> bool:
    """A lower-case doer's noun that is no relative ("analyst", "sociologist"; not "wife", nor the "Baker"
    of "Lord Baker of Dorking")."""
    return word.islower() and ends_with_a_doer(word) and word.rstrip("s") not in KIN_NOUNS


def _a_word(article: Article, run: str) -> bool:
    """One everyday word ("Political", "Airline") capitalised to open a sentence, not an organisation's name:
    a common word, or one the story writes capitalised nowhere inside a sentence."""
    return " " not in run and (is_common_word(run.lower()) or not capitalised_inside(article.text, run))


_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s.*$")
"""A full stop after a word that is no abbreviation ("London. The ..."): the name ended there."""


def _bare(name: str) -> str:
    """The name up to its sentence's end, without the possessive or full stop that ends it in the text
    ("CREA's", "Inc.")."""
    return re.sub(r"(?:['’]s?|\.)$", "", _SENTENCE_END.sub("", name))


def _organisation(article: Article, start: int, end: int) -> tuple[int, int] | None:
    """The span, unless it names a place ("Dunedin", "North American"), a date or a modifier; a person is
    kept, as one can work for another ("Rene's lawyer Scott Rynecki")."""
    text = article.text[start:end]
    if not text or all(is_place_word(word.strip(".,")) for word in text.split()):
        return None
    if text.endswith("n") and country_of(text[:-1]):  # "Saudi Arabian oil minister": a nationality
        return None
    if any(m.start <= start and end <= m.end for place in article.places for m in place.mentions):
        return None
    if any(t.start < end and start < t.end for t in article.dates) or re.search(r"-[a-z]", text):
        return None  # "Sunday's ...", "the London-based Swedish financier": a date, a modifier
    return start, end
