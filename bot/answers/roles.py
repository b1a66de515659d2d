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
from bot.answers.synonyms import STOPWORDS, Concept, content_tokens, stem, stems
from bot.article.model import Article, Person
from bot.article.roles import ends_with_a_doer

MAX_ROLE_WORDS = 14
_APPOSITION = re.compile(
    r"^\s*(?:\([^)]{1,20}\))?,\s+(?P<role>(?:[^,;:.“”\"()]|(?<=\b[A-Z])\.|\.(?=\w))+)(?=[,;.)]|\s+said\b)"
)
"""", senior US economist at Deutsche Bank Securities," after a name; the dots of "U.S." don't end it."""
_RELATIVE = re.compile(r"^who\s+(?:is|was|has been|had been|served as|serves as|became|worked as)\s+", re.I)
_STARTS = frozenset({"a", "an", "the", "who", "former", "now"})
"""An apposition that starts with another function word ("to make…", "and…") is no role."""
_TITLE_WORD = re.compile(r"^(?:[A-Z][\w’'-]*|[A-Z][a-z]{0,3}\.|[A-Z]\.(?:[A-Z]\.)+|[a-z][\w-]*)$")
"""A word of a title: "Citigroup", "chief", "Rep.", "U.N."; "Burma." ends a sentence, so it is none."""
_PREPOSITIONS = lexicon.words("prepositions")
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
