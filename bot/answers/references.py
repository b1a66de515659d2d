"""Whom each sentence speaks of without naming them: a pronoun ("he said the plan ..."), a description
("the Ethiopian legend", "the 36-year-old"), resolved to a person the article names before it.

Retrieval adds the person's name and role nouns to the sentence's index below its own words
(`retrieval.REFERENCE_WEIGHT`, `REFERENCE_CREDIT`), so "what did Smith say about X?" reaches "He said X ..."
two sentences after Smith is named, and "which character will Julia Roberts voice?" reaches "She will voice
Charlotte", while the cited sentence stays the literal one.

The rules are a reader's shortcuts, in one pass over the sentences in order, each resolved reference
counting as a mention of its person for the ones after it (so "He said ... He added ..." chains):
- a third-person singular pronoun (pronouns.tsv: he, his, she, her ...) is the nearest person named before it
  in its own sentence, else the subject (first person) of the nearest earlier sentence, at most
  `PERSON_REACH` sentences back, that mentions one;
- "the <up to three modifiers> <person noun>" (role_nouns.txt, person_references.txt) is the nearest
  earlier person holding a role with that noun, else the one a pronoun would be;
- a description no one the article names holds (`BARE_DESCRIPTION`, `holderless`: "The Hollywood mogul
  will be honoured ...") stands for the person the sentence before named last (`latest_introduced`), not
  that sentence's subject; a who-question answered by such a sentence is answered with that person;
- a description someone the sentence names holds ("“...,” Obama's former campaign strategist said",
  `POSSESSED`) is resolved as a description is, passing over its holder: the subject of the sentence before
  ("David Axelrod on Wednesday called on ...");
- "he" passes over a person the article calls "Mrs", "Ms" or "chairwoman", "she" one it calls "Mr" or
  "chairman" (gendered_words.tsv); a gender guessed from a first name or learnt from resolved pronouns was
  not used (learning spread one wrong resolution over a story's later pronouns).
- a sentence that names a person also speaks of them as the article describes them elsewhere: "Blinker
  was fined ..." reaches "the forward" of "Dutch forward Reggie Blinker", and "how much has the casino magnate
  committed?" finds the sentence naming Sheldon Adelson (the description: the up to three words before a
  mention that end in a person noun, and the person's roles that end in one);
- an age that introduces someone before the story names anyone ("A 36-year-old part-time missionary pleaded
  not guilty ...", then "Daniel Stephen Johnson faces ..."), as a lead does, is the first person named after
  it, so "how old is Johnson?" reaches the lead;
- a company reporting without its name, as wire copy writes it ("It said the earlier reported 57.1 mln dlr
  profit ...", "..., the company said"): "it" or "the company" (firm, group) right before a reporting verb
  is the story's first named organisation that is not a ticker ("Comalco Ltd <CMAC.S> said ..."), the
  subject wire copy keeps for the whole story.
- an organisation's kind alone as a who/which question's actor ("The company paid the fine",
  organisation_descriptions.txt, `BODY_DESCRIPTION`) is the organisation named last before it
  (`latest_body`), of that kind's name words when one is ("the airline": "All Nippon Airways").
Measured and not taken (union of the dev sets, bench/RESULTS.md): organisation descriptions ("the company",
"the oil giant") and "its" resolved to the latest organisation anywhere answered two unanswerable questions
and gained none, as the model's organisations miss many companies ("Shell", "DaimlerChrysler"), so "its"
finds the wrong one; the reporting subject above is the narrow case.

Hand-written, not a coreference library: the ones on PyPI (fastcoref, coreferee, neuralcoref) need torch or
spaCy with downloaded models, and spaCy alone was measured at ~500 ms per 1,000 words (round one); the
Article model already links names, surnames, roles and quote speakers, and these rules only add the
references it leaves open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import lexicon
from bot.article.model import Article, Sentence
from bot.article.people import GENDERED_WORDS

PERSON_PRONOUNS = frozenset(
    row[0] for row in lexicon.rows("pronouns") if row[1] == "3" and row[3] == "person"
)
PERSON_NOUNS = lexicon.lower_words("role_nouns") | lexicon.lower_words("person_references")
GENDERS = GENDERED_WORDS
"""What a pronoun, courtesy title or person noun says of whom it can stand for ("she", "Mr", "chairwoman")."""
TITLE_BEFORE = re.compile(r"\b(\w+)\.?\s+$")
DESCRIBED_REACH = 3
DESCRIBED = re.compile(rf"(?<![\w-])(?:[A-Za-z][a-z-]*\s+){{1,{DESCRIBED_REACH}}}$")

PERSON_REACH = 3
"""How many sentences back a pronoun's person may have been named (or referred to)."""

_NOUNS = "|".join(sorted(PERSON_NOUNS, key=lambda w: (-len(w), w)))
DESCRIPTION = re.compile(
    rf"\b[Tt]he(?:\s+[\w’'-]+){{0,3}}?\s+(\d+-year-old|{_NOUNS})\b(?!\s+(?:[A-Z@]|of\b))"
)
"""A definite description whose head names a person's kind, not followed by the name it titles ("the singer
Pete Doherty" is the name's own role) or by an "of" that makes it someone else's ("the wife of ...")."""
BARE_DESCRIPTION = re.compile(
    rf"(?<![\w’'-])[Tt]he(?:\s+[a-z][\w-]*){{0,3}}?\s+(\d+-year-old|{_NOUNS})\b(?![’'-]|\s+(?:[A-Z@]|of\b))"
)
"""A description with no holder written in it: "the spokesman", "the 45-year-old", not "the company's
spokesman" (a possessive names whose) nor "the wife of ..." (`DESCRIPTION`'s other exclusions)."""
_BODIES = lexicon.phrase_pattern(lexicon.lower_words("organisation_descriptions"))
BODY_DESCRIPTION = re.compile(rf"(?<![\w’'-])[Tt]he\s+({_BODIES})\b(?![’'-]|\s+(?:[A-Z@]|of\b))")
"""An organisation named by its kind alone (organisation_descriptions.txt): "The company paid the fine",
"the airline said", not "the company's shares" nor "the bank of England"."""
POSSESSED = re.compile(
    rf"(?<![\w’'-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s(?:\s+[a-z][\w-]*){{0,3}}?\s+({_NOUNS})\b"
    rf"(?![’'-]|\s+(?:[A-Z@]|of\b))"
)
"""A description held by someone the sentence names ("Obama's former campaign strategist said ...", "Travis
Kelce's mom confirmed ..."): it stands for another person, as a description does, never for its possessor."""
INTRODUCED = re.compile(r"\b[Aa]n?\s+\d+-year-old\b")
"""A person introduced by age before the story names them ("A 36-year-old part-time missionary pleaded not
guilty ..." then "Johnson was arrested ..."): the person first named after it, in the next sentences."""
PRONOUN = re.compile(r"\b(?:" + "|".join(sorted(PERSON_PRONOUNS)) + r")\b", re.IGNORECASE)
_REPORTING = "|".join(sorted(lexicon.reporting_words(), key=lambda w: (-len(w), w)))
COMPANY_SAID = re.compile(rf"\b(?:[Ii]t|[Tt]he\s+(?:company|firm|group))\s+(?:{_REPORTING})\b")
"""A company reporting without its name: "It said ...", "..., the company said"."""
TICKER = re.compile(r"<[^<>]*$")
"""Inside a ticker's angle brackets ("Comalco Ltd <CMAC.S>"): what comes before a mention there."""


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    sentence: int
    name: str
    nouns: frozenset[str]
    """The person nouns of the person's roles ("chairman", "economist"): what a question may call them."""


def _named(article: Article, genders: dict[str, str], told: dict[str, tuple[str, ...]]) -> list[_Mention]:
    """Every person mention the model links, in text order; `genders` gets what titles and roles say, `told`
    each person's description: the words of their roles that end in a person noun and of the run of words
    before a mention that ends in one (`_described`)."""
    found: list[_Mention] = []
    for person in article.people:
        words = [w for role in person.roles for w in role.lower().split()]
        described = [w for m in person.mentions for w in _described(article.text, m.start)]
        nouns = frozenset(w for w in words + described if w in PERSON_NOUNS)
        titles = [w for role in person.roles if _titles(role) for w in role.lower().split()]
        told[person.name] = tuple(dict.fromkeys(titles + described))
        for mention in person.mentions:
            title = TITLE_BEFORE.search(article.text, max(0, mention.start - 8), mention.start)
            first = mention.text.split(maxsplit=1)[0] if mention.text.strip() else ""
            words += [first.rstrip(".").lower(), title.group(1).lower() if title else ""]
            sentence = article.sentence_at(mention.start)
            if sentence is not None:
                found.append(_Mention(mention.start, sentence.index, person.name, nouns))
        said = {GENDERS[w] for w in words if w in GENDERS}
        if len(said) == 1:
            genders[person.name] = said.pop()
    found.sort(key=lambda m: m.start)
    return found


def _described(text: str, start: int) -> list[str]:
    """The words written right before a name, up to `DESCRIBED_REACH`, that end in a person noun ("Dutch
    forward Reggie Blinker", "billionaire casino magnate Sheldon Adelson"): how the article describes them."""
    words = DESCRIBED.search(text, max(0, start - 60), start)
    found = words.group(0).lower().split() if words else []
    while found and found[-1] not in PERSON_NOUNS:
        found.pop()
    return found


def _titles(role: str) -> bool:
    """A role ending in a person noun ("Czech President"), not a phrase taken for one ("issued the Edict")."""
    words = role.lower().split()
    return bool(words) and words[-1] in PERSON_NOUNS


def _antecedent(
    before: list[_Mention],
    sentence: int,
    noun: str,
    genders: dict[str, str],
    introduced: frozenset[int] | None = None,
) -> _Mention | None:
    """The person a pronoun or a person noun in `sentence`, after the mentions `before`, stands for: one whose
    gender, where the article tells it, agrees. A description no one holds (`introduced`: the starts of
    named mentions, given for descriptions only) stands for the person the sentence before named last, the
    one it introduced most recently ("..., their close friend and Lilibet's godfather, Tyler Perry, is set
    to receive an accolade. The Hollywood mogul will be honoured ..."), not that sentence's subject."""
    gender = GENDERS.get(noun)
    people = [
        m
        for m in before[-64:]
        if m.sentence >= sentence - PERSON_REACH and (gender is None or genders.get(m.name, gender) == gender)
    ]
    if noun:
        holders = [m for m in people if noun in m.nouns]
        if holders:
            return holders[-1]
    if not people:
        return None
    latest = people[-1].sentence
    if latest == sentence:
        return people[-1]
    if introduced is not None and latest == sentence - 1:
        named = [m for m in people if m.sentence == latest and m.start in introduced]
        if named:
            return named[-1]
    return next(m for m in people if m.sentence == latest)


def reporting_company(article: Article) -> str | None:
    """The story's first named organisation that is not a ticker: whom "it said" stands for."""
    mentions = [
        (m.start, entity.name)
        for entity in article.organisations
        for m in entity.mentions
        if not TICKER.search(article.text, max(0, m.start - 12), m.start) and len(entity.name.split()) > 1
    ]
    return min(mentions)[1] if mentions else None


IT_OPENS = re.compile(
    r"^(?:It|Its|They|Their|The\s+(?:"
    + "|".join(sorted(row[0] for row in lexicon.rows("organisation_nouns")))
    + r")\b|[A-Z][\w’' -]{0,40},\s+the(?:y|ir)\b)"
)
"""A sentence that opens on "It", "Its", "They", "Their" or "The <class noun>" (organisation_nouns.tsv: "The
party", "The company") goes on about a body the sentence before named: "The OBR is led by a Budget
Responsibility Committee. It has three members" counts the committee's name ("The party" gained a SQuAD
answer more, losing none).
"It|Its" gained 6 SQuAD answers (2 unanswerable ones answered); adding "They|Their" also 2 short pastes;
adding "This" lost a SQuAD answer (it stands for a clause as often as for a body).
"they" or "their" after a short phrase fronted before it and closed by a comma opens the clause as if it
opened the sentence ("So far, they have taught 2,585 students": tune2 +1); the same for "it" and "the <class
noun>" answered an unanswerable union and SQuAD question each ("But on Tuesday, it increased its British
growth forecast" for China's, "However, the university did eventually reduce ...").
Besides the bodies and places, the name the sentence before opens on when it writes no other
(`_opening_name`: "Imperialism has greatly shaped the contemporary world. It has also allowed ...": SQuAD +2);
taken beside other names too, it answered two unanswerable union questions and gained none there ("Sony is
entering a market which has been dominated by Nintendo. It launched ...")."""


def _referred_bodies(article: Article) -> tuple[tuple[str, ...], ...]:
    """Per sentence opening on "It" or "They" (`IT_OPENS`), the names of the bodies and places the sentence
    before mentions, and the name it opens on when it writes no other (`_opening_name`), which "it" may
    stand for."""
    mentioned: dict[int, list[str]] = {}
    for entity in (*article.organisations, *article.places):
        for m in entity.mentions:
            s = article.sentence_at(m.start)
            if s is not None:
                mentioned.setdefault(s.index, []).append(entity.name)
    return tuple(
        tuple(dict.fromkeys([*mentioned.get(s.index - 1, ()), *_opening_name(article, s.index - 1)]))
        if s.index and IT_OPENS.match(s.text)
        else ()
        for s in article.sentences
    )


OPENING_NAME = re.compile(r"^(?:The\s+)?([A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+)*)")
"""The capitalised run a sentence opens on ("Imperialism has greatly shaped the contemporary world", "The
Huguenots adapted quickly"): its subject, when it is a name."""
CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w’'-]*")
STOP_WORDS = lexicon.lower_words("stop_words")


def _opening_name(article: Article, index: int) -> list[str]:
    """The name the sentence opens on (`OPENING_NAME`) when it is the only name the sentence writes, unless
    its first word is a stop word ("In 1965", "However") or it is a person's (whom "it" does not stand for):
    the subject a next sentence's "It" or "They" goes on about. Not beside another name, which "it" may
    stand for as well ("Sony is entering a market which has been dominated by Nintendo. It launched its DS
    handheld ...")."""
    sentence = article.sentences[index]
    found = OPENING_NAME.match(sentence.text)
    if found is None or found.group(1).split()[0].lower() in STOP_WORDS:
        return []
    if CAPITALISED.search(sentence.text, found.end()):
        return []
    start = sentence.start + found.start(1)
    people = any(m.start == start for person in article.people for m in person.mentions)
    return [] if people else [found.group(1)]


def referred_names(article: Article) -> tuple[tuple[str, ...], ...]:
    """Per sentence, the names (and role nouns) of the people it refers to without naming them, and the
    reporting company of a sentence that says "it said"."""
    company = reporting_company(article)
    people = tuple(
        (*names, *bodies)
        for names, bodies in zip(_referred_people(article), _referred_bodies(article), strict=True)
    )
    if company is None:
        return people
    return tuple(
        (*names, company) if COMPANY_SAID.search(sentence.text) and company not in sentence.text else names
        for names, sentence in zip(people, article.sentences, strict=True)
    )


def _referred_people(article: Article) -> tuple[tuple[str, ...], ...]:
    genders: dict[str, str] = {}
    told: dict[str, tuple[str, ...]] = {}
    named = _named(article, genders, told)
    described: dict[int, list[str]] = {}  # "Blinker was fined" speaks of the forward the article calls him
    for m in named:
        described.setdefault(m.sentence, []).extend(told.get(m.name, ()))
    introduced = frozenset(m.start for m in named)
    seen: list[_Mention] = []
    j = 0
    result: list[tuple[str, ...]] = []
    for sentence in article.sentences:
        references = [
            (sentence.start + m.start(), m.group(0).lower(), False) for m in PRONOUN.finditer(sentence.text)
        ]
        references += [
            (sentence.start + m.start(), "" if m.group(1)[0].isdigit() else m.group(1).lower(), True)
            for m in DESCRIPTION.finditer(sentence.text)
        ]
        possessors: dict[int, str] = {}  # "Obama's former campaign strategist" is not Obama
        for held in POSSESSED.finditer(sentence.text):
            start = sentence.start + held.start()
            possessors[start] = next(
                (n.name for n in named if n.start == start), re.split(r"['’]", held.group(0))[0]
            )
            references.append((start, held.group(1).lower(), True))
        words: list[str] = []
        for offset, noun, description in sorted(references):
            while j < len(named) and named[j].start < offset:
                seen.append(named[j])
                j += 1
            owner = possessors.get(offset)
            found = _antecedent(
                [m for m in seen if m.name != owner] if owner else seen,
                sentence.index,
                noun,
                genders,
                introduced if description and not owner else None,
            )
            if found is None:
                continue
            seen.append(_Mention(offset, sentence.index, found.name, found.nouns))
            if found.name not in sentence.text:
                words.append(found.name)
            words.extend(sorted(found.nouns))
        while j < len(named) and named[j].start < sentence.end:
            seen.append(named[j])
            j += 1
        words.extend(described.get(sentence.index, ()))
        words.extend(_introduced(named, sentence))
        result.append(tuple(dict.fromkeys(words)))
    return tuple(result)


def holderless(article: Article, noun: str) -> bool:
    """No person the article names holds the description's noun (an age is held by no role): the noun
    stands for no one in particular the article titles so."""
    if noun[0].isdigit():
        return True
    return not any(noun.lower() in m.nouns for m in _named(article, {}, {}))


def latest_introduced(article: Article, sentence: Sentence) -> tuple[int, int] | None:
    """The person the sentence before `sentence` names last (the one it introduced most recently): whom a
    holderless description opening the next sentence's clause stands for ("Police detained John Carter.
    The 45-year-old was arrested ...", "... appointed Mark Hughes. The coach added ...")."""
    if sentence.index == 0:
        return None
    before = article.sentences[sentence.index - 1]
    found = [
        (m.start, m.end)
        for person in article.people
        for m in person.mentions
        if before.start <= m.start < before.end and m.kind in {"name", "short"}
    ]
    return max(found) if found else None


CLASS_NAME_WORDS = {row[0]: frozenset(row[1].split()) - {"-"} for row in lexicon.rows("organisation_nouns")}
"""The words an organisation class's names hold ("airline": "Air", "Airways"): organisation_nouns.tsv."""


def latest_body(article: Article, at: int, kind: str) -> tuple[int, int] | None:
    """The organisation named last before `at`: whom a description of its kind there ("the company",
    `BODY_DESCRIPTION`) stands for; of a kind whose names hold known words ("the airline": "All Nippon
    Airways"), the last one so named when there is one."""
    bodies = list(article.organisations)
    words = CLASS_NAME_WORDS.get(kind.lower(), frozenset())
    held = [entity for entity in bodies if words & set(entity.name.split())]
    found = [
        (m.start, m.end)
        for entity in held or bodies
        for m in entity.mentions
        if m.end <= at and not TICKER.search(article.text, max(0, m.start - 12), m.start)
    ]
    return max(found) if found else None


def _introduced(named: list[_Mention], sentence: Sentence) -> list[str]:
    """The name of the person an age introduces before the story names anyone (`INTRODUCED`, a lead's way):
    the first person named after it, at most `PERSON_REACH` sentences on. Not once someone is named: "police
    confirmed they had arrested a 45-year-old man" may be the one just named or another."""
    if not INTRODUCED.search(sentence.text) or any(m.start < sentence.end for m in named):
        return []
    later = [m for m in named if m.sentence <= sentence.index + PERSON_REACH]
    return [later[0].name] if later else []
