"""People, organisations and places, with every mention linked to one canonical entity.

A person is found by the evidence a reader uses, not by a list of known names: a title, a role noun, an
appositive or a speech verb next to a name; an age ("Thomas Sam, 42,"); a later lone surname; or a full
name written as one in running text ("Stefano Bordon", "Boutros Boutros-Ghali", a team sheet), unless that
shape has another reading: a headline's Title Case, a place, a thing after an article or a classifier noun
("the Polaroids", "the daily Mlada Fronta Dnes"), a word the text counts in the plural ("100 Polaroids"),
or a head or first word that English writes in lower case and never as a given name ("Campbell Soup",
"Credit Suisse"). Each candidate records its kinds of evidence (`_Candidate.evidence`); measured on the
people dev set and our dev stories, a full name alone (P 0.89), a lone surname that is a common word
("Hub") and an appositive whose head names no doer ("an airborne telescope") were the weak kinds, so they
count only with a clean shape or beside a listed person. Word tests read english-words' web2 list (17 MB,
0.1 s to load once: its lower-case entries are common words, its capitalised ones given names and places) with
wordfreq's Zipf frequency (58 MB, 0.2 s). Measured and not taken: spaCy's small English pipeline (mention /
entity F1 0.809 / 0.804 against our 0.90 / 0.91, 20x the time, 321 MB); names-dataset (56 MB wheel, 18 s
and 2 GB of memory to load, and "Red", "Fan", "Power" are names to it); probablepeople (a CRF person /
company tagger: it called 15 of 110 real foreign names on the dev set companies, "Igor Kolyvanov" among
them, and caught 7 of 13 non-people); nameparser, which splits a name already found but finds none.
Given names come from gender-guesser's list (`gazetteer.given_name_gender`; 0.4 MB wheel, 4.2 MB of name
data, 0.2 s and 21 MB to read once), used as corroboration only, never alone: a doubtful full name whose
first word is a given name of one gender ("Imran Khan", "Joe Burns": the last word is a common word), one
given name a relative's or a doer's noun introduces ("their child, Gloria", "striker Ronaldo"), a place's
name beside one ("Milan Rapajic"), a follower's word before one ("Scientologist Tom Cruise"). Measured on
the people dev set and our dev stories, the 14 people these recovered were all real; the guards (a name
of either gender, "the"/"at"/"in" before it, a one-word list item after it, a nationality before it) each
came from a non-person it would otherwise have kept ("Red Cross", "The Velvet Underground", "in Lincoln
County", "Henry Holt, Picador and ...", "German Dietmar Beiersdorfer"). A given name list is no evidence
by itself ("General", "Duran", "Fan" are names in it), which is why it only ever tips a doubtful name.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bot import lexicon
from bot.article import roles
from bot.article.gazetteer import (
    DEMONYMS,
    DESCRIPTOR_WORDS,
    DOTTED_TITLES,
    HONORIFICS,
    NON_NAME_WORDS,
    ORGANISATION_WORDS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SHORT_TITLES,
    THING_WORDS,
    country_of,
    given_name_gender,
    is_common_word,
    is_dictionary_word,
    is_place_word,
    is_proper_word,
    place_fragments,
    place_phrases,
)
from bot.article.model import Entity, Mention, Person

NAME_PARTICLES = lexicon.words("name_particles")
CONNECTORS = frozenset({"of", "for", "and", "the"}) | NAME_PARTICLES
"""Lower-case words a capitalised run may hold ("Secretary of State", "Ursula von der Leyen")."""
NEWS_AGENCIES = frozenset(lexicon.table("wire_agencies").values())
THING_CLASSIFIERS = lexicon.words("thing_classifiers")
CLUB_PREFIXES = lexicon.words("club_prefixes")
GIVEN_NAME_HONORIFICS = lexicon.words("given_name_honorifics")
GENDERED_WORDS = {word.lower(): gender for word, gender in lexicon.table("gendered_words").items()}
"""A word's gender (gendered_words.tsv), lower-cased: "mrs" f, "chairman" m."""
TITLE_GENDERS = {h: g for h in HONORIFICS if (g := GENDERED_WORDS.get(h.rstrip(".").lower()))}
"""The gender a courtesy title gives the name after it ("Mrs" f, "Sir" m; gendered_words.tsv)."""
NUMBER_WORDS = frozenset(word for kind, word, *_ in lexicon.rows("numbers") if " " not in word)
"""Spelled-out numbers ("Four Africans said to vie ..."): a count, never a first name."""
COMPOUND_PREFIXES = lexicon.lower_words("compound_prefixes")
"""Words that open a hyphenated compound, never a double-barrelled name ("Anglo-", "Pro-", "Ex-")."""
SPEECH_VERBS = lexicon.reporting_words("name", ("s", "past"))
"""Reporting verbs right after a name that show it is a person's ("Ford said", "Smith argues")."""

_DOTTED = sorted({*DOTTED_TITLES, "Jr", "Sr", "St"})
"""Titles written with a dot ("Gov.", "Dr."), and the name abbreviations Jr., Sr. and St."""
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
"""Capital letters of the Latin alphabets news copy writes names in ("Ngũgĩ", "Łukasz", "Šefčovič")."""
LETTER = r"[^\W\d_]"
_PREFIX = "(?:(?:" + "|".join(sorted(w for w in NAME_PARTICLES if len(w) <= 3)) + r")-)?"
"""A lower-case particle joined by a hyphen: "al-Boushi", "el-Baz"."""
_WORD = (
    rf"{_PREFIX}(?:[OD]['’])?[{UPPER}]{LETTER}*(?:['’](?!(?:s|t|ll|re|ve|d|m)\b){LETTER}+)?(?:-{LETTER}+)*"
)
_TOKEN = (
    rf"(?:(?:{'|'.join(_DOTTED)})\."
    r"|(?:[A-Z]\.){2,}"
    r"|[A-Z]\.(?=\s+[A-Z])"
    rf"|{_WORD})"
)
_CONNECTOR = "(?:" + "|".join(sorted(CONNECTORS, key=lambda w: (-len(w), w))) + ")"
RUN = re.compile(rf"(?<![\w@#.]){_TOKEN}(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*{_TOKEN})*")
TOKEN = re.compile(rf"{_TOKEN}|{_CONNECTOR}")
SURNAME = re.compile(rf"(?<![\w@]){_WORD}(?![\w])")
PLURAL_NAME = re.compile(rf"(?<![\w@])[{UPPER}][a-z]+s(?![\w])")
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z]+(?![\w’'-])")
COORDINATION = re.compile(r"\s*(?:,|;|\band\b|,\s*and\b)\s*")
DETERMINER_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(lexicon.words("determiners"))) + r")\s+$", re.IGNORECASE
)
TITLE_NOUNS = lexicon.table("title_nouns")
"""An abbreviated title -> the noun a later reference uses ("Sen." -> "the senator")."""
SPELLING_VARIANT_MIN = 6
"""Letters a given name needs before one changed letter inside it reads as a misspelling, not a sibling."""
GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w.])([{UPPER}][a-z]+)[ \t]+$")
"""A capitalised word right before a lone surname: another given name ("Bill Clinton" is not Hillary
Clinton) unless it is the person's own, a title or a sentence word."""
WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
"""The lower-case word after a name: "the Cruise video" is a person's name used as a modifier."""
STOP_WORDS = lexicon.words("stop_words")
ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:the|a|an)\s+$")
HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_]{2,30})")
APPOSITIVE = re.compile(r"\s*,\s+(?:the|a|an|who\s+is)\s+([^,.;:“”\"\n]{3,90}?)\s*(?=[,.;]|\s+said\b)")
KIN_NOUNS = lexicon.words("kin_nouns")
KIN_BEFORE = re.compile(r"\b([a-zé]+),[ \t]+$")
"""A relative's noun and a comma before a name: "child, " of "their nine-month-old child, Gloria"."""
THING_BEFORE = re.compile(r"(?:^|\W)(?:(the|a|an)|at|in)\s+$")
"""Words before a full name that make it a thing or a place: "the Velvet Underground", "at Henry Hub"."""
POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")
"""A possessive right after a name: what follows is the name's own ("in Bruce Wayne's manor")."""
ONE_WORD_ITEM_AFTER = re.compile(rf",[ \t]+[{UPPER}][a-z]+(?:,|[ \t]+and\b)")
"""A one-word capitalised item listed next: "Henry Holt, Picador and ..." lists imprints, not people."""
CLASSIFIER_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")
"""The lower-case word right before a name: "the daily" of "the daily Mlada Fronta Dnes"."""
BORN_BEFORE = re.compile(r"(?:,|\()[ \t]*(?:born|née|nee)[ \t]+$")
"""A birth name after a person's name: "Albright, born Marie Korbelova", "Ms Smith (née Jones)"."""
AGE_AFTER = re.compile(r"(?:,[ \t]+|[ \t]+\()\d{1,3}(?:,|\)|[ \t]+years?[ \t]+old\b)")
"""An age right after a name, as news gives it: "Thomas Sam, 42, and", "Jane Doe (37)"."""
ROLE_NOUN_BEFORE = re.compile(r"(?:([A-Z][a-z]+)\s+)?((?:[a-z]+\s+)?([a-z]+))\s+$")
PERSON_REFERENCES = lexicon.lower_words("person_references")
NAMED_AFTER = re.compile(r"\b([a-z]+)\s+(?:named|called)\s+$")
"""A noun, then "named" or "called", right before a name: "a colleague named Leslie Field" introduces a
person when the noun is a role noun or a person reference ("a man called ..."), whatever the name's words."""
ORG_NAME_BEFORE = re.compile(r"(?:[A-Z][\w&'-]*\s+){1,2}$")
"""The rest of an organisation's name before its last word: "World " of "World Bank president"."""
ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,})$")
ORG_SEGMENT = re.compile(
    r"((?:[A-Z][\w.-]*\s+)*(?:"
    + "|".join(sorted(ORGANISATION_WORDS))
    + r")\b(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*)*)"
)


@dataclass(slots=True)
class _Token:
    text: str
    start: int
    end: int
    kind: str


@dataclass
class _Candidate:
    name: str
    tokens: list[str]
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    role_spans: list[tuple[int, int]] = field(default_factory=list)
    evidence: set[str] = field(default_factory=set)
    """Kinds of context that show a person: a title, a role, an appositive, a speech verb, a
    later lone surname."""
    determined: int = 0
    """Times its last word appears alone after an article ("the Polaroids")."""
    shaped: bool = False
    """Written as a full name in running text (`_Registry.name_shaped`)."""
    listed: set[str] = field(default_factory=set)
    """Names coordinated with this one ("A, B and C"; a squad list)."""
    classified: bool = False
    """Introduced by a noun that names a kind of thing ("the band Duran Duran"; THING_CLASSIFIERS)."""
    determined_name: bool = False
    """Written whole after "the", "a", "at" or "in" somewhere ("the Velvet Underground", "The Mac
    Observer", "at Henry Hub", "in Lincoln County"): a thing's or a place's name."""
    bare_name: bool = False
    """Written whole with no article before it at least once ("Scientologist Tom Cruise")."""
    beside_one_word: bool = False
    """Listed before a one-word name ("owns Henry Holt, Picador and St. Martin’s"): a list of brands."""
    title_gender: str = ""
    """The gender a courtesy title before the name gives ("Mrs Smith": f; TITLE_GENDERS), else ""."""

    def gender(self) -> str:
        """ "m" or "f" by its courtesy title or its given name, "" when neither tells."""
        return _gender(self.tokens, self.title_gender)


@lru_cache(maxsize=65536)
def _kind(word: str) -> str:
    """What a capitalised word can be, by the gazetteer (cached: the same words recur in every story)."""
    if word in CONNECTORS:
        return "conn"
    if word in HONORIFICS:
        return "hon"
    if word in ROLE_WORDS:
        return "role"
    if word in ORGANISATION_WORDS:
        return "org"
    if word in THING_WORDS:
        return "thing"
    if is_place_word(word):
        return "place"
    if ACRONYM.match(word):
        return "acronym"
    if word in NON_NAME_WORDS or word.lower() in NUMBER_WORDS:
        return "non"
    if re.fullmatch(r"[A-Z]\.", word):
        return "initial"
    if "-" in word:
        return "name" if _hyphenated_name(word) else "non"
    return "name"


def _gender(name_tokens: list[str], title_gender: str) -> str:
    """A name's gender: its courtesy title's, else its given name's (a lone surname has none)."""
    if title_gender or len(name_tokens) < 2:
        return title_gender
    return given_name_gender(name_tokens[0]) or ""


def _hyphenated_name(word: str) -> bool:
    """ "Boutros-Ghali", "al-Boushi", "Abdel-Rahman" are names; "India-US", "Anglo-Saxon", "Post-war",
    "Pro-Trump" and "Vice-President" are not: every part capitalised, none a place, a prefix or a title."""
    parts = word.split("-")
    particle = parts[0] in NAME_PARTICLES
    if particle:
        parts = parts[1:]
    if len(parts) < 2 - particle or parts[0].lower() in COMPOUND_PREFIXES:
        return False
    return all(part[:1].isupper() and not part.isupper() and _kind(part) == "name" for part in parts)


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    tokens = [
        _Token(m.group(0), start + m.start(), start + m.end(), _kind(m.group(0)))
        for m in TOKEN.finditer(text[start:end])
    ]
    for token, following in itertools.pairwise(tokens):
        if token.kind == "acronym" and following.kind == "name" and _undotted_initials(token.text):
            token.kind = "initial"  # "MS Dhoni", "AS Heagle"
        elif token.kind == "thing" and following.kind == "name" and given_name_gender(token.text):
            token.kind = "name"  # "Bill Brett, chairman of ...": a given name that also names a thing
        elif {token.kind, following.kind} == {"name", "place"} and _place_in_a_name(token, following):
            token.kind = following.kind = "name"  # "Milan Rapajic", "Bill Jordan"
    return tokens


def _place_in_a_name(token: _Token, following: _Token) -> bool:
    """A place's name beside a name that a given name of one gender opens: "Milan Rapajic", "Pierre
    Laigle" (a first name that is also a city, not a nationality), "Enver Solomon"; the other word no
    common word ("Lincoln Memorial", "Victoria Street" stay a place)."""
    other = following if token.kind == "place" else token
    place = token if token.kind == "place" else following
    if not given_name_gender(token.text) or _common_word(other.text) or "-" in token.text + following.text:
        return False
    if place is token and token.text in DEMONYMS:
        return False  # "German Dietmar Beiersdorfer": a nationality before the name ("Israel Katz" is one)
    return place is following or not is_proper_word(other.text) or given_name_gender(other.text) is None


def _undotted_initials(word: str) -> bool:
    """Two capitals that are no country, agency or club prefix: a person's initials."""
    return len(word) == 2 and not (country_of(word) or word in NEWS_AGENCIES or word in CLUB_PREFIXES)


def _runs(text: str, skip: Sequence[tuple[int, int]]) -> Iterable[list[_Token]]:
    for match in RUN.finditer(text):
        if any(s <= match.start() < e for s, e in skip):
            continue
        tokens = _without_leading_descriptors(_tokens(text, match.start(), match.end()))
        yield _past_role_object(_with_noun_before_name(tokens))


ROLE_OBJECT_LINKS = lexicon.words("role_object_links")


def _past_role_object(tokens: list[_Token]) -> list[_Token]:
    """ "Former CEO of Equifax Richard Smith": after a role and "of" / "at" / "for" (role_object_links.txt),
    the name words before a given name of one gender (itself after no given name) are the organisation the
    role is held at, so the person is "Richard Smith" and the role "Former CEO of Equifax"."""
    for link in range(1, len(tokens) - 3):
        if tokens[link].text not in ROLE_OBJECT_LINKS or tokens[link - 1].kind != "role":
            continue
        end = link + 1
        while end < len(tokens) and tokens[end].kind == "name":
            end += 1
        given = next(
            (
                k
                for k in range(link + 2, end - 1)
                if given_name_gender(tokens[k].text) in ("m", "f")
                and given_name_gender(tokens[k - 1].text) not in ("m", "f")
            ),
            None,
        )
        if given is not None:
            tokens = [
                *tokens[: link + 1],
                *(_Token(t.text, t.start, t.end, "org") for t in tokens[link + 1 : given]),
                *tokens[given:],
            ]
    return tokens


def _with_noun_before_name(tokens: list[_Token]) -> list[_Token]:
    """ "former Dallas Cowboy Tony Dorsett": a capitalised word English writes in lower case and never as a
    name ("Cowboy", not "Will" or "Rose"), after a name word and before a given name of one gender that
    opens the run's last two words, is a title: the words up to it describe the person."""
    if len(tokens) < 4 or any(t.kind != "name" for t in tokens[-4:]):
        return tokens
    noun, given = tokens[-3], tokens[-2].text
    word = noun.text
    if not (is_dictionary_word(word) and not is_proper_word(word) and given_name_gender(word) is None):
        return tokens
    if not given_name_gender(given) or _common_word(given):
        return tokens
    return [
        *tokens[:-4],
        _Token(tokens[-4].text, tokens[-4].start, tokens[-4].end, "place"),
        _Token(word, noun.start, noun.end, "role"),
        *tokens[-2:],
    ]


def _without_leading_descriptors(tokens: list[_Token]) -> list[_Token]:
    """ "Actress Julia Roberts", "Earlier Conservative Graham Brady": capitalised only because they open the
    sentence, the leading words are a role or a descriptor. A role noun only while two name words still
    follow, so "Judge Smith" and a surname like Baker stay as they are."""
    for i, token in enumerate(tokens):
        following = 0
        for after in tokens[i + 1 :]:
            if after.kind not in ("name", "initial"):
                break
            following += 1
        word = token.text.lower()
        if token.kind != "name" or following < 1:
            break
        if following >= 2 and (word in ROLE_NOUNS or word.removesuffix("s") in ROLE_NOUNS):
            tokens[i] = _Token(token.text, token.start, token.end, "role")
        elif (
            word in DESCRIPTOR_WORDS
            or (following >= 2 and _descriptor_before_given_name(tokens, i))
            or _sentence_adverb_or_participle(token.text)
        ):
            tokens[i] = _Token(token.text, token.start, token.end, "non")
        else:
            break
    return tokens


def _sentence_adverb_or_participle(word: str) -> bool:
    """ "Eventually Duisburg absorbed ...", "Called Phobos-Grunt, the probe ...": an everyday adverb or
    participle capitalised by the sentence start, no given name, opens no name. Webster's lists no
    inflections, so a participle counts by its verb: "called" by "call", "based" by "base"."""
    lower = word.lower()
    if given_name_gender(word) is not None:
        return False
    if lower.endswith("ed"):
        forms = (lower, lower[:-2], lower[:-1])  # a verb of two letters is no stem: "Ahed" is a name
        return any(len(form) > 2 and is_common_word(form) for form in forms)
    return lower.endswith("ly") and is_common_word(lower)


DESCRIPTOR_ENDINGS = ("ist", "ian", "crat", "ite")
"""Endings of a capitalised word for a believer, a party member or a follower: "Scientologist", "Democrat"."""


def _descriptor_before_given_name(tokens: list[_Token], i: int) -> bool:
    """ "Scientologist Tom Cruise", "Democrat Amy Lane": a follower's word (DESCRIPTOR_ENDINGS) that is no
    given name, before a given name of one gender and a surname, describes the person."""
    word, following = tokens[i].text, tokens[i + 1].text
    if not word.endswith(DESCRIPTOR_ENDINGS) or given_name_gender(word) is not None:
        return False
    return bool(given_name_gender(following))


def _names_in_run(tokens: list[_Token]) -> Iterable[tuple[int, int]]:
    """(first, last+1) token indices of each name: consecutive name/initial tokens."""
    i = 0
    while i < len(tokens):
        if tokens[i].kind in ("name", "initial"):
            j = i
            while j + 1 < len(tokens) and (
                tokens[j + 1].kind in ("name", "initial")
                or (
                    tokens[j + 1].text in NAME_PARTICLES
                    and j + 2 < len(tokens)
                    and tokens[j + 2].kind == "name"
                )
            ):
                j += 1
            following = tokens[j + 1].kind if j + 1 < len(tokens) else None
            if following not in ("org", "thing") and tokens[j].kind == "name":
                yield i, j + 1
            i = j + 1
        else:
            i += 1


def _spelling_variant(a: str, b: str) -> bool:
    """ "Kristin" and "Kristen" before one surname: one given name spelled two ways (a letter inside a long
    name), so the text names one person; "Anna" and "Anne", "Jon" and "Joe" are too short to tell."""
    if len(a) != len(b) or len(a) < SPELLING_VARIANT_MIN or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return _letters_changed(a, b) == 1


def _letters_changed(a: str, b: str) -> int:
    """How many letters two words of one length differ in, place by place."""
    return sum(x != y for x, y in zip(a, b, strict=True))


def _same_particle_name(a: list[str], b: list[str]) -> bool:
    """ "Van Boxmeer" (a capital for the sentence start) is "Jean van Boxmeer" without the first name."""
    short, full = (a, b) if len(a) < len(b) else (b, a)
    if short[0].lower() not in NAME_PARTICLES:
        return False
    return [word.lower() for word in full[-len(short) :]] == [word.lower() for word in short]


def _role_before(tokens: list[_Token], first: int, boundary: int) -> tuple[int, int] | None:
    """Token range of the title right before a name, e.g. "US Deputy Secretary of State"."""
    start = first
    while start > boundary and tokens[start - 1].kind in (
        "role",
        "hon",
        "acronym",
        "conn",
        "org",
        "place",
        "non",
    ):
        if tokens[start - 1].text == "and" and start - 2 >= boundary and tokens[start - 2].kind == "name":
            break
        start -= 1
    while start < first and tokens[start].kind in ("conn", "non"):
        start += 1
    while start > boundary and tokens[start].kind == "org" and tokens[start - 1].kind == "name":
        start -= 1  # "World Bank president": the organisation's whole name, not "Bank president"
    if start < first and any(t.kind == "role" for t in tokens[start:first]):
        return start, first
    return None


def _role_before_surname(name_tokens: list[str]) -> bool:
    """ "Realtor Ghulam" after "realtor Shaun Ghulam": a doer's noun capitalised to open a sentence, before
    a surname the story has already given a person, is that person under a role (never a given name:
    "Baker Smith" may be someone else)."""
    word = name_tokens[0]
    return (
        len(name_tokens) == 2 and roles.is_role_head(word.lower(), agent=True) and not given_name_gender(word)
    )


def _titled(tokens: list[_Token], first: int) -> bool:
    """Whether the word before a lone surname (initials aside) is a title: "Minister Albescu", "Gov. Pence",
    "Rep. G.K. Butterfield", "Lord Falconer"; not a department's or venue's adjective ("National Theatre",
    "Trade and Industry", "Former Playschool presenter")."""
    k = first - 1
    while k > 0 and tokens[k].kind in ("acronym", "initial"):
        k -= 1
    word = tokens[k].text.rstrip(".")
    return tokens[k].kind == "role" and (word.lower() in ROLE_NOUNS or word in SHORT_TITLES)


class _Registry:
    """Collects candidate people while scanning, then keeps those with evidence of being people."""

    def __init__(self, text: str, headlines: _Spans) -> None:
        self.text = text
        self.people: dict[str, _Candidate] = {}
        self.by_surname: dict[str, list[_Candidate]] = {}
        self.headlines = headlines
        self.lower = frozenset(LOWER_WORD.findall(text))
        """Words the text writes in lower case: common words here, whatever their capitals elsewhere."""
        self.surnames = tuple(SURNAME.finditer(text))
        """Every name-shaped word, in text order: read here and by the pass that links bare surnames."""
        self.capitalised = frozenset(match.group(0) for match in self.surnames)
        self.counted = frozenset(
            m.group(0)[:-1]
            for m in PLURAL_NAME.finditer(text)
            if not ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        )
        """Capitalised words the text also counts in the plural, not as a family ("100 Polaroids", not
        "the Kennedys"): a thing's name ("Warhol Polaroid"), never a surname."""
        self.order: list[tuple[int, int, _Candidate]] = []
        """Every name added, in text order, for coordination."""

    def coordinate(self) -> None:
        """Names next to each other with only ", " or "and" between are a list of the same kind."""
        for (_, end, a), (start, _, b) in itertools.pairwise(self.order):
            if a is not b and COORDINATION.fullmatch(self.text, end, start):
                a.listed.add(b.name)
                b.listed.add(a.name)

    def name_shaped(self, tokens: list[_Token], first: int, last: int) -> bool:
        """Two or more name words in running text that no other reading explains: "Stefano Bordon",
        "Boutros Boutros-Ghali"; not a headline's Title Case, a place ("United States"), a word the
        text also writes in lower case ("Campbell Soup" beside "soup"), capitals for emphasis, a thing
        counted in the plural ("Warhol Polaroids" beside "Polaroid") or a name after "the"."""
        if last - first < 2 or len(tokens[last - 1].text) < 2:
            return False  # "Protected B": a name does not end in an initial
        start, end = tokens[first].start, tokens[last - 1].end
        phrase = self.text[start:end]
        final = tokens[last - 1].text
        if self.headlines.overlaps(start, end) or phrase in place_phrases() or country_of(phrase):
            return False
        if any(len(t.text) > 2 and t.text.isupper() for t in tokens[first:last]):
            return False
        if final.lower() in self.lower or (final.endswith("s") and final[:-1] in self.capitalised):
            return False
        before = self.text[max(0, start - 4) : start]
        return not (first == 0 and ARTICLE_BEFORE.search(before))

    def add(self, tokens: list[_Token], first: int, last: int, run_start: int, boundary: int) -> None:
        name_tokens = [t.text for t in tokens[first:last]]
        start, end = tokens[first].start, tokens[last - 1].end
        role = _role_before(tokens, first, boundary)
        honorific = first > 0 and tokens[first - 1].kind == "hon"
        if len(name_tokens) == 1 and len(self.by_surname.get(name_tokens[0], ())) > 1:
            return  # "Sen. Berg" after Anna and Tom Berg: the text does not say which
        given = len(name_tokens) == 1 and first > 0 and tokens[first - 1].text in GIVEN_NAME_HONORIFICS
        title_gender = TITLE_GENDERS.get(tokens[first - 1].text, "") if honorific else ""
        candidate = (self._by_given_name(name_tokens[0]) if given else None) or self._find(
            name_tokens, _gender(name_tokens, title_gender)
        )
        introduced = len(name_tokens) == 1 and self._named_by_noun(tokens, first, last)
        titled = honorific or (role and (candidate or _titled(tokens, first)))
        if len(name_tokens) == 1 and not (introduced or titled):
            return  # "Lord of the Rings", "Trade and Industry", "the National Theatre": no one's surname
        name = " ".join(name_tokens)
        if candidate is None:
            candidate = self.people.setdefault(name, _Candidate(name, name_tokens))
            self.by_surname.setdefault(name_tokens[-1], []).append(candidate)
        if len(name_tokens) > len(candidate.tokens):
            self.people.pop(candidate.name, None)
            candidate.name, candidate.tokens = name, name_tokens
            self.people[name] = candidate
        kind = "name" if len(name_tokens) > 1 else "short"
        mention_start = tokens[role[0]].start if role and kind == "short" else start
        candidate.mentions.append(
            Mention(start=mention_start, end=end, text=self.text[mention_start:end], kind=kind)
        )
        if role:
            candidate.roles.append(self.text[tokens[role[0]].start : tokens[role[1] - 1].end])
            candidate.role_spans.append((tokens[role[0]].start, tokens[role[1] - 1].end))
            candidate.evidence.add("title")
        if honorific:
            candidate.evidence.add("honorific")
            candidate.title_gender = candidate.title_gender or title_gender
        if introduced:
            candidate.evidence.add("named_by_noun")
            if relative := self._relative_before(start):
                candidate.roles.append(relative)
        self._context_evidence(run_start, start, end, candidate)
        candidate.shaped = candidate.shaped or self.name_shaped(tokens, first, last)
        if (
            kind == "name"
            and (before := THING_BEFORE.search(self.text[max(0, start - 5) : start].lower()))
            and not POSSESSIVE_AFTER.match(self.text, end)  # "in Bruce Wayne's manor": the owner
        ):
            modifier = (
                before.group(1)  # "in Sesto San Giovanni clearly shows": the sentence goes on
                and (after := WORD_AFTER.match(self.text, end))
                and after.group(1) not in STOP_WORDS
            )
            candidate.determined_name = candidate.determined_name or not modifier  # "the Tom Cruise video"
        elif kind == "name":
            candidate.bare_name = True
        if kind == "name" and ONE_WORD_ITEM_AFTER.match(self.text, end):
            candidate.beside_one_word = True
        self.order.append((start, end, candidate))

    def _named_by_noun(self, tokens: list[_Token], first: int, last: int) -> bool:
        """A lone given name of one gender (gender-guesser's list) that a relative's noun introduces, with a
        comma or without ("their child, Gloria.", "baby Dennis"), or a doer's noun stands right before
        ("striker Ronaldo", "Portuguese defender Dimas"): a person called by one name."""
        if first != 0 or last != len(tokens) or not given_name_gender(tokens[first].text):
            return False
        start = tokens[first].start
        if _common_word(tokens[first].text):
            return False
        if (kin := KIN_BEFORE.search(self.text, max(0, start - 30), start)) and kin.group(1) in KIN_NOUNS:
            return True
        if self._relative_before(start):
            return True
        before = ROLE_NOUN_BEFORE.search(self.text, max(0, start - 40), start)
        return before is not None and roles.is_role_head(before.group(3), agent=True)

    def _relative_before(self, start: int) -> str | None:
        """A relative's noun right before a name ("sending baby Dennis to day care", "husband Mike took
        leave"): the person's role."""
        before = ROLE_NOUN_BEFORE.search(self.text, max(0, start - 40), start)
        return before.group(3) if before is not None and before.group(3) in KIN_NOUNS else None

    def _by_given_name(self, given: str) -> _Candidate | None:
        """The one person named in full whose given name "Sir" / "Dame" writes alone ("Sir Keir" after "Sir
        Keir Starmer"); none when two share it."""
        found = [c for c in self.people.values() if len(c.tokens) > 1 and c.tokens[0] == given]
        return found[0] if len(found) == 1 else None

    def _find(self, name_tokens: list[str], gender: str) -> _Candidate | None:
        """The person already named whom this name is: the same surname and a matching given name; never
        one of the other gender ("Mrs Smith" after "John Smith" is his wife, "Lady Starmer" Sir Keir's)."""
        same_surname = [
            c
            for c in self.by_surname.get(name_tokens[-1], [])
            if not (gender and c.gender() not in ("", gender))
        ]
        if len(name_tokens) == 1 or (same_surname and _role_before_surname(name_tokens)):
            return same_surname[0] if same_surname else None
        return next(
            (
                c
                for c in same_surname
                if c.tokens[0] == name_tokens[0]
                or _spelling_variant(c.tokens[0], name_tokens[0])
                or len(c.tokens) == 1
                or _same_particle_name(c.tokens, name_tokens)
            ),
            None,
        )

    def _role_noun_phrase(self, before: re.Match[str]) -> str:
        """ "pollster", "chief executive", "World Bank president", from a ROLE_NOUN_BEFORE match."""
        words = before.group(2).split()
        if len(words) == 2 and words[0] not in ROLE_MODIFIERS and words[0] not in ROLE_NOUNS:
            return before.group(3)  # "said spokesman Tom Hall": the role is the last word alone
        role_start = before.start(1) if before.group(1) else before.start(2)
        if before.group(1) in ORGANISATION_WORDS:
            org_name = ORG_NAME_BEFORE.search(self.text, max(0, role_start - 40), role_start)
            role_start = org_name.start() if org_name else role_start
        return self.text[role_start : before.end(2)]

    def _context_evidence(self, run_start: int, start: int, end: int, candidate: _Candidate) -> None:
        evidence = candidate.evidence
        before = ROLE_NOUN_BEFORE.search(self.text, max(0, run_start - 40), run_start)
        if before and before.group(3) in ROLE_NOUNS and run_start == start:
            candidate.roles.append(self._role_noun_phrase(before))
            evidence.add("role_noun")
        elif run_start == start and (noun_role := roles.role_before(self.text, start)):
            candidate.roles.append(noun_role)  # "opener Murali Vijay": a doer's noun, though not a known role
            evidence.add("doer_noun")
        elif run_start == start and (set_off := roles.role_before_comma(self.text, start, end)):
            candidate.roles.append(set_off)  # "Acme's chief economist, Dana Lee, said"
            evidence.add("noun_appositive")
        named = NAMED_AFTER.search(self.text, max(0, run_start - 40), run_start)
        if (
            run_start == start
            and named
            and (named.group(1) in ROLE_NOUNS or named.group(1) in PERSON_REFERENCES)
        ):
            evidence.add("named_by_noun")  # "working with a colleague named Leslie Field"
        appositive = APPOSITIVE.match(self.text, end)
        if appositive and any(
            w.lower() in ROLE_NOUNS or w in ROLE_WORDS for w in appositive.group(1).split()
        ):
            candidate.roles.append(appositive.group(1).strip())
            evidence.add("appositive")
        elif phrase := roles.appositive(self.text, end):
            candidate.roles.append(phrase)
            evidence.add("noun_appositive" if roles.names_a_person(phrase) else "thing_appositive")
        elif phrase := roles.copula(self.text, end):
            candidate.roles.append(phrase)
            evidence.add("copula" if roles.names_a_person(phrase) else "thing_copula")
        after = self.text[end : end + 25].split()
        if after and after[0].strip(",.") in SPEECH_VERBS:
            evidence.add("speech")
        if AGE_AFTER.match(self.text, end):
            evidence.add("age")
        classifier = CLASSIFIER_BEFORE.search(self.text, max(0, run_start - 20), run_start)
        if run_start == start and classifier and classifier.group(1) in THING_CLASSIFIERS:
            candidate.classified = True


TITLE_CASE_WORD = re.compile(r"(?<!\S)[\"“‘'(]*[A-Z0-9]")
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 20
"""A longer line in capitals, or one with a list in it, is a list of names (a team sheet), not a headline."""


def _headline_lines(text: str) -> Iterable[tuple[int, int]]:
    """Lines written in Title Case or in capitals ("Italy Recalls Cuttitta", "RUGBY UNION - ..."): there
    every word is capitalised, so capitals say nothing of a name."""
    offset = 0
    for line in text.split("\n"):
        words = line.split()
        if HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS and line.count(",") <= 1:
            long_words = [w for w in words if len(w.strip(".,:;!?\"“”‘’'()-")) > 3]
            capitalised = sum(1 for w in long_words if TITLE_CASE_WORD.match(w))
            title_case = capitalised == len(long_words) and not line.rstrip().endswith((".", ","))
            if (long_words and title_case) or line.isupper():
                yield offset, offset + len(line)
        offset += len(line) + 1


NAMING_EVIDENCE = frozenset({"title", "honorific", "role_noun", "doer_noun", "speech", "age"})
"""Evidence that only a person has: a title, a role, a speech verb, an age."""
WEAK_EVIDENCE = frozenset({"common_surname", "thing_appositive", "thing_copula"})
"""Evidence that counts only beside a name's shape: "Hub" alone after "Henry Hub" is a hub as often as a
surname, and "X, an airborne telescope," describes a thing."""
WORD_ZIPF = 3.0
"""A name all of whose words are English words in use ("Red Cross", "Morning Herald") is no one's, unless
listed with people; a word rarer than this ("Dhoni", a boat in Webster's) does not count as one."""


def _is_person(candidate: _Candidate) -> bool | None:
    """Context evidence, or a full name written as one: "Stefano Bordon" alone will do; None for a name
    whose shape has another reading ("Red Cross": every word a common word), a person only when listed
    with people."""
    words = candidate.tokens
    if len(words) > 1 and all(_common_word(word) for word in words) and "honorific" not in candidate.evidence:
        return False  # "Information System", "Animated Series": capitals for a thing's name
    if candidate.classified and not candidate.evidence & NAMING_EVIDENCE:
        return False  # "the daily Mlada Fronta Dnes": a newspaper, whatever its later mentions
    if candidate.evidence - WEAK_EVIDENCE:
        return True
    if not candidate.shaped:
        return False
    if candidate.determined_name or not candidate.bare_name:
        return None  # "in São Paulo", "at Fan Expo" once, or only "the ...": a place's or a thing's name
    if (
        is_common_word(words[-1])
        or all(is_common_word(word, WORD_ZIPF) for word in words)
        or _common_word(words[0])
    ):
        return True if _given_name_first(candidate) else None
    return True


def _given_name_first(candidate: _Candidate) -> bool:
    """A doubtful full name ("Imran Khan", "Joe Burns", "David Warner": the last word is also a common
    word) whose first word is a given name mostly one gender bears in gender-guesser's list (not "Red" or
    "Fan", names of either) and which the text never writes after
    "the" or "a" ("the Velvet Underground"; "the Tom Cruise video" uses a name as a modifier) and writes
    without one at least once ("The Mac Observer online news site" only ever has one): a person's name."""
    return (
        bool(given_name_gender(candidate.tokens[0]))
        and candidate.bare_name
        and not (candidate.determined_name or candidate.beside_one_word)
    )


def _people(candidates: list[_Candidate], by_name: dict[str, _Candidate]) -> list[_Candidate]:
    """The candidates that are people by their own evidence, then the doubtful ones listed beside one of
    them ("Ansel Adams, Chuck Close, Walker Evans, Robert Mapplethorpe")."""
    verdicts = {id(c): _is_person(c) for c in candidates}

    def listed_with_people(candidate: _Candidate) -> bool:
        others = [other for name in candidate.listed if (other := by_name.get(name)) is not None]
        return any(verdicts[id(other)] for other in others)

    return [c for c in candidates if verdicts[id(c)] or (verdicts[id(c)] is None and listed_with_people(c))]


def _common_word(word: str) -> bool:
    """A word that English writes in lower case and never as a name ("Credit Suisse", "Operation
    Clambake", "Successful Stormtroopers", "Henry Hub"), unlike "Jack", "Earl" or "Grace"."""
    if len(word) < 3 or not word[1:].islower():
        return False  # initials ("MS Dhoni") are no word
    forms = {word, word[:-1]} if word.endswith("s") and not word.endswith("ss") else {word}
    return any(is_common_word(form) for form in forms) and not any(is_proper_word(form) for form in forms)


def _short_mentions(
    text: str,
    people: list[_Candidate],
    skip: Sequence[tuple[int, int]],
    counted: frozenset[str],
    surnames: Sequence[re.Match[str]],
) -> None:
    """Every later bare surname ("Misri") in one pass over the text's name-shaped words (`surnames`, the
    registry's one scan), linked to its person. A surname two people introduced before it share ("Anna
    Berg ... Tom Berg ... Berg said") stays unlinked: the text does not say which one; so does one right
    after another given name ("Bill Clinton" beside Hillary Clinton, "Bill" being a thing word here)."""
    by_surname: dict[str, list[_Candidate]] = {}
    for person in people:
        by_surname.setdefault(person.tokens[-1], []).append(person)
        if len(person.tokens[-1]) > 2:
            by_surname.setdefault(person.tokens[-1].upper(), []).append(person)  # "CUTTITTA BACK FOR ITALY"
    introduced = {id(p): min(m.start for m in p.mentions) for p in people if p.mentions}
    # where the text first calls each person by the bare surname (updated as the pass links more)
    called = {
        id(p): min((m.start for m in p.mentions if m.kind == "short"), default=len(text)) for p in people
    }
    covered = _Spans([(m.start, m.end) for p in people for m in p.mentions] + list(skip))
    for match in surnames:
        holders = by_surname.get(match.group(0)) or (
            _speaks(text, match) and _misspelled_surname(match.group(0), by_surname)
        )
        if not holders or covered.overlaps(match.start(), match.end()):
            continue
        owner = _surname_owner(holders, introduced, called, match.start())
        given = GIVEN_NAME_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if owner is None or (given is not None and _another_given_name(given.group(1), owner)):
            continue
        determiner = DETERMINER_BEFORE.search(text, max(0, match.start() - 12), match.start())
        conjunction = determiner and determiner.group(0).split()[0].lower() == "that"
        if conjunction and owner.evidence & NAMING_EVIDENCE:
            determiner = None  # "doctors said that Havel could recover": a conjunction before a person's name
        if determiner and not (
            (after := WORD_AFTER.match(text, match.end())) and after.group(1) not in STOP_WORDS
        ):
            owner.determined += 1  # "the Polaroids", "these Hubs": a thing's name, not a surname
        else:
            owner.mentions.append(
                Mention(start=match.start(), end=match.end(), text=match.group(0), kind="short")
            )
            called[id(owner)] = min(called[id(owner)], match.start())
            owner.evidence.add("common_surname" if _common_word(owner.tokens[-1]) else "surname")
    for person in people:
        if (person.determined >= 2 or person.tokens[-1] in counted) and not (
            person.roles or "honorific" in person.evidence  # "the Starmers" after "Lady Starmer": a family
        ):
            person.evidence, person.shaped = set(), False  # "the Polaroids were": a thing, not a surname


MISSPELLING_MIN = 5
"""Letters a surname needs before a word one letter off it reads as a misspelling of it, not a name."""


def _speaks(text: str, match: re.Match[str]) -> bool:
    """Whether a reporting verb stands right after or before a word ("Jensen said", "said Jensen"): the
    word is someone's name, so a near spelling of a surname is that surname misspelled."""
    after = text[match.end() : match.end() + 25].split()
    before = text[max(0, match.start() - 25) : match.start()].split()
    return any(words and words[i].strip(",.") in SPEECH_VERBS for words, i in ((after, 0), (before, -1)))


def _misspelled_surname(word: str, by_surname: dict[str, list[_Candidate]]) -> list[_Candidate] | None:
    """The people whose surname a reported speaker's name no one bears misspells inside it, its first and
    last letters kept ("Bornsten", "Jensen" after "Harold Bornstein", "Nathan Janzen"; not "the Clintons" or
    Geingob's wife Geingos): a name word, no common word, place or given name, and only one surname it
    can be."""
    if len(word) < MISSPELLING_MIN or _kind(word) != "name" or given_name_gender(word) or _common_word(word):
        return None
    near = [
        holders
        for surname, holders in by_surname.items()
        if len(surname) >= MISSPELLING_MIN
        and (surname[0], surname[-1]) == (word[0], word[-1])
        and _misspelling(surname, word)
    ]
    return near[0] if len(near) == 1 else None


def _misspelling(a: str, b: str) -> bool:
    """Whether two different words are one letter added, dropped or changed apart, or, long ones, two
    letters changed ("Janzen", "Jensen")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        changed = _letters_changed(a, b)
        return changed == 1 or (changed == 2 and len(a) >= SPELLING_VARIANT_MIN)
    short, long = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def _another_given_name(word: str, owner: _Candidate) -> bool:
    return word != owner.tokens[0] and _kind(word) in ("name", "thing") and word.lower() not in STOP_WORDS


def _surname_owner(
    holders: list[_Candidate], introduced: dict[int, int], called: dict[int, int], position: int
) -> _Candidate | None:
    """The one person a lone surname at `position` can be: the only holder introduced before it; of two or
    more, the only one the text already calls by the bare surname ("Bob Woolmer ... Woolmer ... his father
    Clarence Woolmer ... Woolmer said" is Bob), else none (the text does not say which). Before any is
    introduced (a headline), the first to be."""
    distinct = sorted({id(h): h for h in holders}.values(), key=lambda h: introduced.get(id(h), position))
    before = [h for h in distinct if introduced.get(id(h), position) < position]
    if not before:
        return distinct[0] if distinct else None
    if len(before) == 1:
        return before[0]
    known = [h for h in before if called.get(id(h), position) < position]
    return known[0] if len(known) == 1 else None


def _with_birth_names(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "Albright, born Marie Korbelova": the birth name is the same person's, not another person."""
    ends = {m.end: c for c in candidates for m in c.mentions}
    kept: list[_Candidate] = []
    for candidate in candidates:
        first = min(candidate.mentions, key=lambda m: m.start)
        born = BORN_BEFORE.search(text, max(0, first.start - 12), first.start)
        owner = ends.get(born.start()) if born else None
        if owner is None or owner is candidate:
            kept.append(candidate)
            continue
        owner.mentions.extend(candidate.mentions)
        owner.evidence |= candidate.evidence
    return kept


class _Spans:
    """Sorted, non-nested look-up of spans, so overlap tests stay O(log n) on a 1 MB text."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = list(itertools.accumulate((e for _, e in self.spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.reach[i] > start


def _role_core(role: str) -> str:
    words = [w for w in role.split() if w in ROLE_WORDS and w not in HONORIFICS and w != "FS"]
    return " ".join(words[-2:]) if words else ""


def _role_head(role: str) -> str:
    """The noun a later "the ..." uses for a role: "Trade Minister" -> "minister", "Sen." -> "senator",
    "FBI Director" -> "director"; "" when the role has none."""
    for word in reversed(role.split()):
        noun = TITLE_NOUNS.get(word.rstrip("."), word.lower())
        if noun in ROLE_NOUNS:
            return noun
    return ""


def _role_mentions(text: str, people: list[_Candidate], skip: Sequence[tuple[int, int]]) -> None:
    """Link "the Deputy Secretary" to the one person holding that title, and "the minister", "the
    senator" (after the person is named) to the one person the text gave that role ("Trade Minister
    Piyush Goyal", "Sen. Ada Brill"); a role two people hold links to neither."""
    holders: dict[str, list[_Candidate]] = {}
    heads: dict[str, list[_Candidate]] = {}
    for person in people:
        for core in {_role_core(role) for role in person.roles} - {""}:
            holders.setdefault(core, []).append(person)
        for head in {_role_head(role) for role in person.roles} - {""}:
            heads.setdefault(head, []).append(person)
    unique = {core: found[0] for core, found in holders.items() if len(found) == 1 and " " in core}
    by_head = {head: found[0] for head, found in heads.items() if len(found) == 1}
    if not unique and not by_head:
        return
    covered = _Spans(
        [(m.start, m.end) for p in people for m in p.mentions]
        + [span for p in people for span in p.role_spans]
        + list(skip)
    )
    found: list[tuple[re.Match[str], _Candidate]] = []
    if unique:
        cores = "|".join(re.escape(core) for core in sorted(unique, key=len, reverse=True))
        for match in re.finditer(rf"\b(?:[Tt]he\s+)?({cores})\b(?!\s+[A-Z@])", text):
            found.append((match, unique[match.group(1)]))
    if by_head:
        named = {id(p): min(m.start for m in p.mentions) for p in by_head.values()}
        nouns = "|".join(re.escape(noun) for noun in sorted(by_head, key=len, reverse=True))
        pattern = rf"\b[Tt]he\s+((?i:{nouns}))\b(?!\s+(?:[A-Z@]|of\b|for\b))"
        for match in re.finditer(pattern, text):
            owner = by_head[match.group(1).lower()]
            if match.start() > named[id(owner)]:
                found.append((match, owner))
    for match, owner in found:
        if not covered.overlaps(match.start(), match.end()):
            owner.mentions.append(
                Mention(start=match.start(), end=match.end(), text=match.group(0), kind="role")
            )


def _named_next(following: str, name: str) -> bool:
    """`following` is spaces, then `name` as whole words (string tests: a regex per person per handle
    overflowed `re`'s cache on long texts and recompiled each time)."""
    rest = following.lstrip()
    if rest == following or not rest.startswith(name):
        return False
    after = rest[len(name) : len(name) + 1]
    return not (after.isalnum() or after == "_")


def _handle_mentions(text: str, people: list[_Candidate]) -> None:
    """Link "@VikramMisri" (surname in the handle) or "@DeputySecState Christopher Landau" (name after)."""
    for match in HANDLE.finditer(text):
        handle = match.group(1).lower()
        owner = next(
            (p for p in people if p.tokens[-1].lower() in handle and len(p.tokens[-1]) > 2),
            None,
        )
        if owner is None:
            following = text[match.end() : match.end() + 40]
            owner = next((p for p in people if _named_next(following, p.name)), None)
        if owner is not None:
            owner.mentions.append(
                Mention(start=match.start(), end=match.end(), text=match.group(0), kind="handle")
            )


def _dedupe_roles(roles: list[str]) -> tuple[str, ...]:
    """Longest phrasing first; drop roles contained in a longer one ("Deputy Secretary")."""
    kept: list[str] = []
    for role in sorted(set(roles), key=len, reverse=True):
        if not any(role in longer for longer in kept):
            kept.append(role)
    return tuple(sorted(kept, key=roles.index))


def _person(candidate: _Candidate, text: str) -> Person:
    roles = _dedupe_roles(candidate.roles)
    organisation = next((m.group(1).strip() for r in roles for m in [ORG_SEGMENT.search(r)] if m), None)
    country = next((c for r in roles for w in re.split(r"[\s-]+", r) if (c := country_of(w))), None)
    mentions = tuple(
        sorted({(m.start, m.end): m for m in candidate.mentions}.values(), key=lambda m: m.start)
    )
    return Person(
        name=candidate.name,
        roles=roles,
        organisation=organisation,
        country=country,
        handles=tuple(m.text for m in mentions if m.kind == "handle"),
        mentions=mentions,
    )


def _entities(text: str, runs: list[list[_Token]]) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    organisations: dict[str, list[Mention]] = {}
    places: dict[str, list[Mention]] = {}
    lower_words: set[str] | None = None
    for tokens in runs:
        for token in tokens:
            if "-" in token.text:
                offset = token.start
                for part in token.text.split("-"):
                    if country_of(part) or (is_place_word(part) and part not in place_fragments()):
                        _add(
                            places,
                            country_of(part) or part,
                            Mention(start=offset, end=offset + len(part), text=part),
                        )
                    offset += len(part) + 1
        i = 0
        while i < len(tokens):
            if tokens[i].kind == "place":
                j = i
                while j + 1 < len(tokens) and tokens[j + 1].kind == "place":
                    j += 1
                if j + 1 < len(tokens) and tokens[j + 1].kind in ("org", "role"):
                    i = j + 1
                    continue
                start, end = tokens[i].start, tokens[j].end
                phrase = text[start:end]
                if phrase not in place_fragments():
                    _add(places, country_of(phrase) or phrase, Mention(start=start, end=end, text=phrase))
                i = j + 1
                continue
            i += 1
        joined_start = tokens[0].start
        for match in ORG_SEGMENT.finditer(text, joined_start, tokens[-1].end):
            article = re.match(r"(?:The|A|An)\s+", match.group(1))
            start = match.start(1) + (article.end() if article else 0)
            phrase = text[start : match.end(1)].strip()
            if len(phrase.split()) > 1 and phrase.split()[-1] in ORGANISATION_WORDS:
                _add(organisations, phrase, Mention(start=start, end=start + len(phrase), text=phrase))
        acronyms = [n for n, token in enumerate(tokens) if token.kind == "acronym"]
        shouted = _shouted_streaks(tokens) if acronyms else set()
        for n in acronyms:
            token = tokens[n]
            if n in shouted or country_of(token.text) or _defines_thing(text, token):
                continue
            if lower_words is None:  # the story's words, read once, at its first acronym
                lower_words = {word.strip(WORD_EDGES).lower() for word in text.split() if not word.isupper()}
            if not _shouted_word(token.text, lower_words):
                _add(organisations, token.text, Mention(start=token.start, end=token.end, text=token.text))
    return (
        tuple(Entity(name=n, kind="organisation", mentions=tuple(m)) for n, m in organisations.items()),
        tuple(Entity(name=n, kind="place", mentions=tuple(m)) for n, m in places.items()),
    )


ROMAN_NUMERAL = re.compile(r"^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
WORD_ACRONYMS = frozenset({"WHO", "AIDS"})
"""Organisations spelled like English words, kept even when the word appears in the story."""


def _shouted_streaks(tokens: list[_Token]) -> set[int]:
    """Indices of upper-case words three or more in a row: a headline in capitals ("PENCE THINKS IT")."""
    streaks: set[int] = set()
    run: list[int] = []
    for n, token in enumerate([*tokens, None]):
        if token is not None and token.text.isupper() and len(token.text) > 1:
            run.append(n)
            continue
        if len(run) >= 3:
            streaks.update(run)
        run = []
    return streaks


WORD_EDGES = ".,;:!?\"'()[]“”‘’"
"""Punctuation stripped from the ends of a whitespace-split word."""


def _shouted_word(word: str, lower_words: set[str]) -> bool:
    """An upper-case word the story also writes in lower case ("TRUMP HAS BEEN CALLED", "IT giant"), or a
    Roman numeral ("World War II"): capitals for emphasis or numbering, not an organisation's initials."""
    if word in WORD_ACRONYMS:
        return False
    return ROMAN_NUMERAL.match(word) is not None or word.lower() in lower_words


def _defines_thing(text: str, token: _Token) -> bool:
    """An acronym in brackets after a treaty ("Bilateral Trade Agreement (BTA)") is no organisation."""
    before = text[max(0, token.start - 40) : token.start].rstrip()
    if not before.endswith("("):
        return False
    words = before[:-1].split()
    return bool(words) and words[-1] in THING_WORDS


def _add(table: dict[str, list[Mention]], name: str, mention: Mention) -> None:
    mentions = table.setdefault(name, [])
    if all(m.start != mention.start for m in mentions):
        mentions.append(mention)


def extract_entities(
    text: str, skip: Sequence[tuple[int, int]] = ()
) -> tuple[tuple[Person, ...], tuple[Entity, ...], tuple[Entity, ...]]:
    """People, organisations and places; `skip` holds spans (dateline, signoff) that name no one."""
    registry = _Registry(text, _Spans(_headline_lines(text)))
    runs = list(_runs(text, skip))
    for tokens in runs:
        boundary = 0
        for first, last in _names_in_run(tokens):
            registry.add(
                tokens, first, last, tokens[0].start if first == 0 else tokens[first].start, boundary
            )
            boundary = last
    candidates = list(registry.people.values())
    _short_mentions(text, candidates, skip, registry.counted, registry.surnames)
    candidates = _with_birth_names(text, candidates)
    registry.coordinate()
    by_name = registry.people
    people = _people(candidates, by_name)
    _role_mentions(text, people, skip)
    _handle_mentions(text, people)
    people.sort(key=lambda c: min(m.start for m in c.mentions))
    organisations, places = _entities(text, runs)
    person_names = {w for p in people for w in p.tokens}
    organisations = tuple(o for o in organisations if o.name not in person_names)
    return tuple(_person(c, text) for c in people), organisations, places
