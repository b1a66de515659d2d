"""Who or which one: the name in a sentence that fills the argument the question asks for.

"Who announced the arrests?" wants the subject of "announced" (the name before it, or after "by" in a
passive: "planned by activist group Fight for $15"); "who will Khan meet?" wants the object (the names
after "meet"); "which station reported …?" wants a name, and a reporting verb's subject ("KTLA said")
when the question's verb is not in the sentence. Candidates are the parsed people and organisations plus
capitalised runs ("National Statistics Institute", "Envoy Air"), which also catches names the people
finder missed. Word-position rules on one sentence, not a parser: spaCy's small English model was
measured (bench/RESULTS.md, issue 16) and costs ~500 ms per 1,000 words to parse, two orders of
magnitude over the 5 ms answer budget, for an entity-or-noun-chunk match of 0.67 of the dev answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot import lexicon
from bot.answers.reported import REPORTING
from bot.answers.spans import DETERMINERS, IRREGULAR_PAST
from bot.answers.spelling import TYPED_ACRONYM, acronyms
from bot.answers.synonyms import AUXILIARIES, STOPWORDS, stem, tokens, verb_stems
from bot.article.gazetteer import HONORIFICS, SHORT_TITLES, is_common_word
from bot.article.model import Article, Sentence
from bot.article.people import ROMAN_NUMERAL, TITLE_NOUNS

Span = tuple[int, int]

CAPITALISED = re.compile(
    r"(?<![\w’'.-])(?:[A-Z][\w’'&.-]*|[A-Z]{2,})(?:\s+(?:(?:of|for|the|de|del|von|van|al|bin|and|&)\s+)*"
    r"(?:[A-Z][\w’'&.-]*|\$?\d+\b(?![-–—:/]\d)))*"
)
"""A run of capitalised words, with "of", "for", "von" … inside: "Journal of the Royal Society Interface",
and numbers ("Apollo 11", "Boeing 747"), but not the first number of a score or range: the name of "Harbour
United 2-1" or "Lakers 108–102" ends before it."""
BE = frozenset({"is", "are", "was", "were", "be", "been"})
DO = frozenset({"do", "does", "did"})
SUBJECT_OPENERS = lexicon.words("determiners") | frozenset(row[0] for row in lexicon.rows("pronouns"))
"""Words that open the subject after an auxiliary: "who did the board appoint", "who will he meet"."""
NUMBER_WORDS = frozenset(word for _, word, *_ in lexicon.rows("numbers") if " " not in word)
"""Spelled-out numbers ("Four", "Dozens"): capitalised at a sentence start, never a name."""
_ORGANISATION_NOUNS = "|".join(
    sorted((row[0] for row in lexicon.rows("organisation_nouns")), key=lambda w: (-len(w), w))
)
_DESCRIPTION = re.compile(rf"\b(?:the|this)\s+(?:{_ORGANISATION_NOUNS})\s+(?:\w+\s+)?$", re.IGNORECASE)
"""A clause opening with an organisation's class noun and at most an auxiliary before its verb."""
MIN_ROOT = 4
"""The shortest name word that counts as named by a longer question word it opens ("Iran" in "Iranian")."""
MIN_LEMMA = 3
"""The shortest lemma whose participles are guessed ("go", "do" would make "gon", "don")."""
_THAT = re.compile(r"\s+(?:that\s+)?")
_BY = re.compile(r"\bby\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,4}$")
_PASSIVE_BY = re.compile(r"[\w’'-]+(?:ed|en)\s+by\s")
"""A participle and "by": its agent follows, however far ("directed by 13 Going on 30 film-maker Gary
Winick"), and the name before it is what was done to, never the doer."""
_POSSESSOR = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+)*?[a-z][\w-]*\b")
"""A possessive after a name and before a common noun: the name owns the noun phrase ("about Geingob’s final
days in a candid interview with ..."), it is not the verb's subject."""
_LEAD = frozenset({"the", "a", "an", "but", "and", "in", "on", "at", "when", "after", "while", "as", "if"})
CLAUSE = re.compile(r"[;:()“”\"—–]|\s[-–]\s|,\s(?:who|which|where|when|while|but)\b")


@dataclass(frozen=True)
class Asked:
    """The argument a who/which question asks for."""

    verb: str | None = None
    """Stem of the question's main verb ("announced" -> "announc")."""
    role: str = "any"
    """ "subject" (who announced), "object" (who will Khan meet), "passive" (who was charged) or "any"."""


def asked(question: str) -> Asked:
    """Read the question's shape: who/which-N + verb (subject), + auxiliary + subject + verb (object)."""
    words = re.findall(r"[\w’'-]+", question)
    low = [w.lower() for w in words]
    if not low or low[0] not in {"who", "whom", "which", "what"}:
        return Asked()
    i = 1
    if low[0] in {"which", "what"}:  # skip the noun: "which TV station reported"
        while i < len(low) and low[i] not in AUXILIARIES and not verb_like(low[i]):
            i += 1
    if i >= len(low):
        return Asked()
    if low[i] in BE:
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if nxt.endswith("ing"):
            return Asked(stem(nxt), "subject")
        if nxt.endswith("ed") or nxt in IRREGULAR_PAST:
            return Asked(stem(nxt), "passive")
        return Asked()
    if low[i] in AUXILIARIES:
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if low[i] not in DO and nxt[:1].islower() and nxt.lower() not in SUBJECT_OPENERS:
            # "who will read …", "who has sharply criticized …": a modal or perfect, then the asked one's
            # own verb ("who did federal prosecutors charge" has its subject after "did")
            verb = next(
                (
                    w
                    for w in low[i + 1 :]
                    if w not in STOPWORDS and w not in AUXILIARIES and not w.endswith("ly")
                ),
                None,
            )
            return Asked(stem(verb), "subject") if verb else Asked()
        for j in range(i + 1, len(low)):
            if words[j][:1].islower() and low[j] not in STOPWORDS and low[j] not in AUXILIARIES:
                return Asked(stem(low[j]), "object")
        return Asked()
    return Asked(stem(low[_infinitive(low, i)]), "subject")


def _infinitive(low: list[str], i: int) -> int:
    """The verb a catenative one at `i` leads to: "who tried to secure a stake?" asks who would secure it,
    and a sentence says "a bid by Erik Penser to secure a stake" without "tried"; else `i` itself."""
    j = i + 2
    if j < len(low) and low[i + 1] == "to" and low[i] in CATENATIVE and low[j] not in STOPWORDS | DETERMINERS:
        return j
    return i


CATENATIVE = frozenset(
    form
    for lemma in lexicon.words("catenative_verbs")
    for forms in lexicon.inflect(lemma).values()
    for form in forms
)
"""Every form of the verbs that lead to an infinitive (catenative_verbs.txt: "tried", "decides")."""


_ROLE_QUESTION = re.compile(
    r"^who\s+(?:is|was|are|were)\s+(?:the\s+|an?\s+|(?:[\w’'.-]+\s+){0,2}[\w’'.-]+['’]s?\s+)"
    r"(?:[\w’'.-]+\s+){0,3}?([a-z][\w-]*)"
    r"\s*(?:$|\?|\b(?:who|that|of|for|at|in|on|with)\b)",
    re.IGNORECASE,
)
"""A "who is the/X's … ROLE?" question: the role noun is the last word before the end or a clause or
prepositional phrase that qualifies it ("who is Bushnell's friend who left …", "the president of …")."""


def asked_role(question: str) -> str | None:
    """Stem of the role noun a "who is the Astros' head physician?" / "who is Bushnell's friend who …?"
    question asks the holder of, else None ("who is Lynch?", "who was charged?")."""
    found = _ROLE_QUESTION.match(question.strip())
    if found is None or found.group(1).lower() in STOPWORDS or verb_like(found.group(1).lower()):
        return None
    return stem(found.group(1).lower())


def verb_like(word: str) -> bool:
    return word.endswith(("ed", "es")) or word in IRREGULAR_PAST or word in REPORTING


def parsed(article: Article, sentence: Sentence) -> list[Span]:
    """The parsed people and organisations mentioned in the sentence by name."""
    mentions = [m for p in article.people for m in p.mentions]
    mentions += [m for o in article.organisations for m in o.mentions]
    return sorted(
        (m.start, m.end) for m in mentions if m.kind != "pronoun" and sentence.start <= m.start < sentence.end
    )


def named(article: Article, sentence: Sentence) -> list[Span]:
    """Every name the sentence holds: the parsed people and organisations, then the other candidates."""
    return parsed(article, sentence) + candidates(article, sentence)


def _capitalised_only_to_open(article: Article, word: str) -> bool:
    """An everyday English word ("Plus", "Some") that the story capitalises only where it opens a sentence:
    no name. A name that is also a word ("Will Smith", "Rose") is written capitalised inside sentences too."""
    bare = word.strip(",.;:’'")
    if not bare.isalpha() or not is_common_word(bare.lower()):
        return False
    return not capitalised_inside(article.text, bare)


@lru_cache(maxsize=1024)
def capitalised_inside(text: str, word: str) -> bool:
    """Whether `text` writes `word` as it is (capitalised) anywhere but at a sentence's or line's start;
    read once per article and word, as every question's name candidates ask."""
    return bool(re.search(rf"(?<![.!?]\s)(?<!^)\b{re.escape(word)}\b", text, re.MULTILINE))


def opens_sentence_as_word(article: Article, sentence: Sentence, start: int) -> bool:
    """Whether the phrase at `start` opens the sentence with an everyday word capitalised only for that
    ("Some accounts said …"): a speaker the quotes model found, but no name."""
    if start != sentence.start:
        return False
    first = re.match(r"[\w’'-]+", article.text[start:])
    return first is not None and _capitalised_only_to_open(article, first.group())


def candidates(article: Article, sentence: Sentence) -> list[Span]:
    """Names in the sentence: capitalised runs that are not dates or places, for when the parsed people
    and organisations give none."""
    spans: list[Span] = []
    dates = [(t.start, t.end) for t in article.dates]
    places = [(m.start, m.end) for place in article.places for m in place.mentions]
    for match in CAPITALISED.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        words = match.group().split()
        while words and words[0].lower() in _LEAD | STOPWORDS | DETERMINERS:
            start += len(words[0]) + 1
            words = words[1:]
        opening = next((e for s, e in dates if s <= start < e), None)
        if opening is not None and opening < end:  # "In 2012 the Economist Intelligence Unit ranked"
            words = article.text[opening:end].split()
            start = end - len(" ".join(words))
            while words and words[0].lower() in _LEAD | STOPWORDS | DETERMINERS:
                start += len(words[0]) + 1
                words = words[1:]
        if words and start == sentence.start and _capitalised_only_to_open(article, words[0]):
            start += len(words[0]) + 1  # "Plus, …", "Some accounts said …": a word, capitalised to open
            words = words[1:]
        text = article.text[start:end].rstrip(".’'")
        end = start + len(text)
        if not words or any(s < end and start < e for s, e in dates) or len(text) < 2:
            continue
        if any(s < end and start < e and end - start <= e - s for s, e in places):
            continue  # a place; a longer name holding one is a team or firm named after it ("Chicago Bulls")
        if all(w.lower().strip(".,") in NUMBER_WORDS or w.strip(".,$").isdigit() for w in words):
            continue  # "Four" opening a sentence, or the "20" of "A 20-year-old", is a number, not a name
        spans.append((start, end))
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[Span] = []
    for span in spans:  # the longest of overlapping names
        if kept and span[0] < kept[-1][1]:
            if span[1] > kept[-1][1]:
                kept[-1] = (kept[-1][0], span[1])
            continue
        kept.append(span)
    return kept


def _clause(sentence: Sentence, at: int) -> Span:
    text, local = sentence.text, at - sentence.start
    cuts = [0, *(m.start() for m in CLAUSE.finditer(text)), len(text)]
    left = max(c for c in cuts if c <= local)
    right = min((c for c in cuts if c > local), default=len(text))
    return sentence.start + left, sentence.start + right


def _verb_at(sentence: Sentence, verb: str) -> list[int]:
    """Start offsets of the words of the sentence whose stem (or a verb form's stem) is the verb's, or that
    are its irregular past participle ("taken up by" for "who took up ...?")."""
    participles = past_participles(verb)
    return [
        sentence.start + m.start()
        for m in re.finditer(r"[\w’'-]+", sentence.text)
        if stem(m.group().lower()) == verb
        or verb in verb_stems(m.group().lower())
        or m.group().lower() in participles
    ]


_LEMMA_OF_PAST = {past: lemma for lemma, pasts in lexicon.irregular_past().items() for past in pasts}


@lru_cache(maxsize=512)
def past_participles(verb: str) -> frozenset[str]:
    """The likely past participles of an irregular verb given by its lemma or past ("take"/"took" -> taken,
    "give" -> given, "steal"/"stole" -> stolen, "write" -> written), which irregular_verbs.tsv does not
    list: English's few participle endings, matched only against the words a sentence has. Empty for a
    regular verb, whose participle is its past."""
    lemma = _LEMMA_OF_PAST.get(verb, verb)
    pasts = lexicon.irregular_past().get(lemma)
    if not pasts or len(lemma) < MIN_LEMMA:
        return frozenset()
    return frozenset(
        {lemma + "n", lemma + "en", lemma[:-1] + "en", lemma[:-1] + lemma[-2] + "en"}
        | {past + "n" for past in pasts}
    )


def verb_in(sentence: Sentence, want: Asked, forms: frozenset[str] = frozenset()) -> bool:
    """Does the sentence use the question's verb ("shot" for "who shot X?"), or one of `forms`, the stems
    that stand for it (paraphrases, "stolen" for "stole")?"""
    if not want.verb or want.role == "any":
        return False
    return bool(_verb_at(sentence, want.verb)) or any(
        stem(m.group().lower()) in forms for m in re.finditer(r"[\w’'-]+", sentence.text)
    )


def _said_before(sentence: Sentence, start: int, at: int) -> int:
    """Where the clause of the verb at `at` begins after a reporting verb and the name it opens: in "Cross,
    an analyst, said Cook is a good choice to replace Jobs" the one who would replace is Cook, not the
    speaker Cross ("criticized free-trade deals and called for ..." opens no clause: the subject stays)."""
    cut = start
    for m in re.finditer(r"[\w’'-]+", sentence.text[start - sentence.start : at - sentence.start]):
        if m.group().lower() not in REPORTING:
            continue
        end = start + m.end()
        after = _THAT.match(sentence.text, end - sentence.start)
        opens = end + (after.end() - after.start() if after else 0)
        if sentence.text[opens - sentence.start : opens - sentence.start + 1].isupper():
            cut = opens
    return cut


_RELATIVE = re.compile(r",\s+who\b")
ANTECEDENT_GAP = 2
"""How far before its ", who" a name may end ("Arthur Woolf, who patented"): the comma alone."""


def _antecedent(sentence: Sentence, spans: list[Span], start: int, at: int) -> Span | None:
    """ "... by British engineer Arthur Woolf, who patented his engine in 1805": a clause opening with
    ", who" and no name before its verb has the name just before the comma as its subject; so has a verb
    right after a parenthesis ("Braddock (with George Washington as one of his aides) led ...")."""
    text = sentence.text
    local = start - sentence.start
    if text[local : local + 1] == ")":
        opening = text.rfind("(", 0, local)
        if opening < 0 or text[local + 1 : at - sentence.start].strip():
            return None
        start = sentence.start + len(text[:opening].rstrip())
    elif not _RELATIVE.match(text, local):
        return None
    ending = [s for s in spans if sentence.start <= s[0] and 0 <= start - s[1] < ANTECEDENT_GAP]
    return ending[-1] if ending else None


INTERRUPTION_WORDS = 16
"""The longest comma-bounded interruption between a subject and its verb read (", who succeeded Marin as
commander of the French forces after the latter died on October 29,")."""


def _interrupted(article: Article, sentence: Sentence, spans: list[Span], at: int) -> Span | None:
    """ "Frank Burnet, inspired by a suggestion made by Niels Jerne, formulated the theory": a verb right
    after a comma closing an interruption (a participle phrase, a relative clause) has as its subject the
    name that ends right before the interruption's opening comma, not a name inside it."""
    text = sentence.text
    head = text[: at - sentence.start].rstrip()
    if not head.endswith(","):
        return None
    opening = head.rfind(",", 0, len(head) - 1)
    inside = head[opening + 1 : -1]
    if opening < 0 or not inside.strip() or len(inside.split()) > INTERRUPTION_WORDS or CUTS.search(inside):
        return None
    ends = sentence.start + opening  # the name runs up to the opening comma (its particled tail read too)
    ending = [s for s in spans if sentence.start <= s[0] and whole(article, s)[1] == ends]
    return ending[-1] if ending else None


CUTS = re.compile(r"[;:()“”\"]")
"""Marks no interruption between commas holds: a clause break, a parenthesis, a quote."""


def _described(article: Article, sentence: Sentence, spans: list[Span], start: int, at: int) -> Span | None:
    """ "The workers aren't part of the Service Employees International Union, but the group is backing
    them": a clause whose subject is "the <organisation noun>" speaks of the organisation its sentence
    named last before it (only in the same sentence: across sentences "the company" too often finds the
    wrong one, see `references`)."""
    if not _DESCRIPTION.search(sentence.text[start - sentence.start : at - sentence.start]):
        return None
    named = [(m.start, m.end) for o in article.organisations for m in o.mentions]
    earlier = [s for s in spans if s[1] <= start and s[0] >= sentence.start and s in named]
    return earlier[-1] if earlier else None


NAME_PARTICLES = lexicon.words("name_particles")
_NAME_TAIL = re.compile(
    r"(?:\s+(?:I{2,3}|IV|VI{1,3}|IX|XI{1,3}|XIV|XVI{0,3})\b(?![’'-])"
    r"|\s+(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r"|y)\s+)+[A-Z][\w’'-]*)+"
)
"""What a shorter mention of a name leaves off: a regnal number ("King Charles III"), particles and the
surname they lead ("Paul Marin de la Malgue", "Jerónimo de Ayanz y Beaumont")."""


def whole(article: Article, span: Span) -> Span:
    """A name span widened to the regnal number and particled surname that follow it in the text."""
    if not article.text[span[1] - 1 : span[1]].isalpha():
        return span
    tail = _NAME_TAIL.match(article.text, span[1])
    return (span[0], tail.end()) if tail else span


_OWNER = re.compile(r"['’]s?\s+")
"""A possessive after a name: the name it owns ("MMQB's Peter King") fills the argument, the owner
qualifies it."""


def by_role(article: Article, sentence: Sentence, spans: list[Span], want: Asked) -> Span | None:
    """The name in the asked argument's position (all of it), or None when the sentence has no such name."""
    found = _by_role(article, sentence, spans, want)
    if found:
        owner = _OWNER.match(article.text, found[1])
        owned = CAPITALISED.match(article.text, owner.end()) if owner else None
        if owned:  # "according to MMQB's Peter King": the one it owns
            name = article.text[owned.start() : min(owned.end(), sentence.end)]
            found = owned.start(), owned.start() + len(name.rstrip(". "))
    return whole(article, found) if found else None


def _by_role(article: Article, sentence: Sentence, spans: list[Span], want: Asked) -> Span | None:
    text = article.text
    if want.verb:
        for at in _verb_at(sentence, want.verb):
            clause = _clause(sentence, at)
            after = [s for s in spans if s[0] > at and s[1] <= clause[1]]
            before = [
                s
                for s in spans
                if s[1] <= at
                and s[0] >= _said_before(sentence, clause[0], at)
                and not _POSSESSOR.match(text, s[1])
            ]
            agent = [s for s in after if _BY.search(text[max(clause[0], s[0] - 40) : s[0]])]
            if not agent and _PASSIVE_BY.match(text, at):
                agent, before = after[:1], []  # "to be directed by 13 Going on 30 film-maker Gary Winick"
            antecedent = _antecedent(sentence, spans, clause[0], at) if want.role == "subject" else None
            interrupted = _interrupted(article, sentence, spans, at) if want.role == "subject" else None
            if interrupted is not None and not agent:
                return interrupted
            if want.role == "subject" and (agent or before):
                return agent[0] if agent else before[-1]
            if antecedent is not None:
                return antecedent
            named = _described(article, sentence, spans, clause[0], at)
            if want.role == "subject" and named is not None:
                return named
            held = _held_by(article, sentence, spans, at) if want.role == "subject" else None
            if held is not None:
                return held
            if want.role == "passive" and before:
                return before[-1]
            if want.role == "object" and after:
                return after[0]
    nominal = nominal_object(article, sentence, spans, want)
    if nominal is not None:
        return nominal
    holder = role_holder(article, sentence, spans, want) if want.verb and want.role == "subject" else None
    if holder is not None:
        return holder
    said = [
        s
        for s in spans
        if ((m := re.match(r"\s+([\w’'-]+)", text[s[1] : s[1] + 30])) and m.group(1).lower() in REPORTING)
        or re.search(r"\baccording to\s+(?:\w+\s+){0,3}$", text[max(sentence.start, s[0] - 40) : s[0]])
    ]
    return said[0] if said and want.role in {"subject", "any"} else None


NOMINAL_ENDINGS = tuple(sorted(lexicon.lower_words("nominal_endings")))
"""Endings of a noun made of a verb that takes the verb's object after "of" ("acquisition", "appointment",
"removal"; nominal_endings.txt)."""
_OF_OBJECT = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?of\s+(?:the\s+)?")
"""From such a noun to its object: "its acquisition in late December of Elgin Blenders"."""


_OF_HOLDER = re.compile(r"[\w’'-]+\s+of\s+(?:the\s+)?")


def _held_by(article: Article, sentence: Sentence, spans: list[Span], at: int) -> Span | None:
    """ "Who has custody of the freed girls?" in "the girls are in the custody of Nigeria's Department of
    State Services, according to spokesman Garba Shehu": the asked word written as a noun with "of" and a
    name after it is that name's (its holder, or who does it: "with the support of Senator Ode"), not the
    source of the report. The name is the capitalised run there (the people finder may miss it), unless
    it is a parsed name the question already names (one not among the fresh `spans`)."""
    gap = _OF_HOLDER.match(sentence.text, at - sentence.start)
    run = CAPITALISED.match(article.text, sentence.start + gap.end(), sentence.end) if gap else None
    if run is None:
        return None
    named = parsed(article, sentence)
    if any(p[0] < run.end() and run.start() < p[1] and p not in spans for p in named):
        return None
    full_stop = run.group().endswith(".") and not article.text[run.end() : sentence.end].strip()
    return run.start(), run.end() - full_stop


def nominal_object(article: Article, sentence: Sentence, spans: list[Span], want: Asked) -> Span | None:
    """ "Which company did Dean Foods acquire?" in "its acquisition in late December of Elgin Blenders Inc":
    the asked verb written as its noun (the verb's stem less its last letter opens it, it ends as a noun
    made of a verb does), whose "of" names the object, the name right after it."""
    if want.role != "object" or not want.verb or len(want.verb) < MIN_ROOT + 1:
        return None
    root = want.verb[:-1]
    for match in re.finditer(r"[\w’'-]+", sentence.text):
        word = match.group().lower()
        if not word.startswith(root) or not word.endswith(NOMINAL_ENDINGS) or len(word) <= len(want.verb) + 1:
            continue
        gap = _OF_OBJECT.match(sentence.text, match.end())
        at = sentence.start + gap.end() if gap else -1
        found = [s for s in spans if s[0] == at]
        if found:
            return found[0]
    return None


ROLE_NOUNS = lexicon.lower_words("role_nouns")
_AGENT_SUFFIXES = ("", "er", "r", "or", "man", "woman", "person")


def role_holder(article: Article, sentence: Sentence, spans: list[Span], want: Asked) -> Span | None:
    """ "Who captained India?" answered by "India captain MS Dhoni", "who founded the firm?" by "founder
    Jane Ode": the role noun of the asked verb (role_nouns.txt: the verb itself or its agent noun) right
    before a name."""
    verb = want.verb or ""  # a stem: "found" (founder), "manag" (manager)
    nouns = {lemma + suffix for lemma in (verb, verb + "e") for suffix in _AGENT_SUFFIXES} & ROLE_NOUNS
    for match in re.finditer(r"[\w’'-]+", sentence.text):
        if match.group().lower().rstrip("s") not in nouns and match.group().lower() not in nouns:
            continue
        end = sentence.start + match.end()
        following = [s for s in spans if 0 < s[0] - end <= 2]
        if following:
            return following[0]
    agents = {lemma + suffix for lemma in (verb, verb + "e") for suffix in ("er", "r", "or")}
    for match in re.finditer(r"[\w’'-]+", sentence.text):
        if match.group().lower() not in agents:
            continue
        start = sentence.start + match.start()
        apposed = [s for s in spans if s[1] < start and _APPOSED.fullmatch(article.text, s[1], start)]
        if apposed:  # "Paul Tergat, the current world record holder" for "who holds the world record?"
            return apposed[-1]
    return None


_APPOSED = re.compile(r",\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,4}")
"""The gap between a name and the agent noun ending its appositive: ", the current world record "."""


def fresh(article: Article, spans: list[Span], asked_stems: set[str], question: str = "") -> list[Span]:
    """Names the question does not name. A name is the question's when it shares a word the question
    types in lower case, or shares a word with a name the question types (capitalised) and one of the
    two holds the other's head ("Mr. Sarkozy" for "Sarkozy", "Western European" for "Western Europe",
    "US State Department" for "the US readout"); "America" is named by "Americans". Two names that share
    words but neither head are two: "European Council" is fresh for "who appoints the board of the
    European Central Bank?", "Charles Richard" for "… for Charles Porter?". A name whose initials spell an
    acronym the question types is the question's too: "British National Party" for "who is the BNP
    leader?" (`spelled_out`)."""
    runs = [(words & asked_stems, head) for words, head in typed_names(question)]
    runs += spelled_out(article, question)
    typed = asked_stems - {w for words, _ in runs for w in words}
    found = []
    for s in spans:
        text = article.text[s[0] : s[1]]
        words, head = {stem(t) for t in tokens(text)}, head_word(text)
        if any(_holds(typed, w) for w in words):
            continue
        if any(
            any(_holds(run, w) for w in words) and (_holds(run, head) or _holds(words, run_head))
            for run, run_head in runs
        ):
            continue
        found.append(s)
    return found


def spelled_out(article: Article, question: str) -> list[tuple[frozenset[str], str]]:
    """The stems and head of each run of the article's capitalised words that spells out an acronym the
    question types (`spelling.acronyms`): "BNP" -> "British National Party"."""
    typed = {word.lower() for word in TYPED_ACRONYM.findall(question)}
    if not typed:
        return []
    spelled = acronyms(article.text)
    return [(frozenset(run), run[-1]) for word in typed for run in spelled.get(word, ()) if run]


@lru_cache(maxsize=256)
def typed_names(question: str) -> tuple[tuple[frozenset[str], str], ...]:
    """The stems and head of each name the question types capitalised (not its opening word)."""
    return tuple(
        (frozenset(stem(t) for t in tokens(run.group())), head_word(run.group()))
        for run in CAPITALISED.finditer(question)
        if run.start()
    )


def _holds(stems: frozenset[str] | set[str], word: str) -> bool:
    """Does a set of stems hold the word, or a word it opens or that opens it ("America", "Americans")?"""
    return bool(word) and (
        word in stems
        or (
            len(word) >= MIN_ROOT
            and any(a.startswith(word) or (len(a) >= MIN_ROOT and word.startswith(a)) for a in stems)
        )
    )


_HEAD_TAIL = frozenset({"jr", "sr", "i"})
"""Words after a name's head ("Richard I", "Martin Luther King Jr."), with Roman numerals."""


def head_word(name: str) -> str:
    """The stem of a name's head: its last word before a lower-case connector ("Bank" of "Bank of England",
    "Emma" of "Emma of Normandy"), past a regnal number or Jr. ("Richard" of "Richard I"); the one word
    that tells two names apart when they share others ("Charles Richard" and "Charles Porter")."""
    words = re.findall(r"[\w’'&.-]+", name)
    cut = next((i for i, w in enumerate(words) if i and w[:1].islower()), len(words))
    words = words[:cut]
    while len(words) > 1 and (ROMAN_NUMERAL.match(words[-1]) or words[-1].lower().rstrip(".") in _HEAD_TAIL):
        words.pop()
    found = tokens(words[-1]) if words else []
    return stem(found[-1]) if found else ""


TITLES = frozenset(title.rstrip(".") for title in SHORT_TITLES | HONORIFICS)
"""Titles between a role noun and its holder's name ("army chief Gen Qamar Javed Bajwa")."""


def beside_noun(article: Article, sentence: Sentence, spans: list[Span], noun: str) -> Span | None:
    """ "which station …" -> "KTLA" of "television station KTLA", "Wuhan" of "the city of Wuhan", or a name
    holding the noun ("Lady Pohamba Private Hospital")."""
    found = _beside_noun(article, sentence, spans, noun)
    return whole(article, found) if found else None


NAMING_WORDS = frozenset({"of", "called", "named", "dubbed"})
"""Words between a noun and the name it classifies: "the city of Wuhan", "a firm called RadioStudio"."""
_APPOSED_KIND = re.compile(r",\s+an?\s+([\w’'-]+)\s+of\s+(?:the\s+)?$")
"""An appositive "X, a <noun> of" before a name: the name owns X ("Water Frontiers, a journal of the Royal
Hydrology Society" for "which journal?"), where "the city of Wuhan" names the city itself."""


def _beside_noun(article: Article, sentence: Sentence, spans: list[Span], noun: str) -> Span | None:
    text = article.text
    for start, end in spans:
        words = {stem(t) for t in tokens(text[start:end])}
        if noun in words and words != {noun}:  # "Ministers" alone is the asked noun again, no name
            return start, end
        window = text[max(sentence.start, start - 40) : start]
        apposed = _APPOSED_KIND.search(window)
        if apposed and stem(apposed.group(1).lower()) == noun:
            owner_at = start - len(window) + apposed.start()
            owned = [s for s in spans if s[1] == owner_at]
            if owned:
                return owned[0]
            continue
        before = re.findall(r"[\w’'-]+", text[max(sentence.start, start - 25) : start])
        if before and before[-1].lower() in NAMING_WORDS and len(before) > 1:
            before = before[:-1]  # "the city of Wuhan", "a firm called RadioStudio"
        if before and stem(TITLE_NOUNS.get(before[-1], "").lower()) == noun:  # "army Cmdr. Joe Bloggs"
            return start, end
        if len(before) > 1 and before[-1] in TITLES:  # "army chief Gen Qamar Javed Bajwa"
            before = before[:-1]
        if before and stem(before[-1].lower()) == noun:
            return start, end
    return None


_ACTOR_WORD = re.compile(r"[a-z][\w’'-]*")
_ACTOR_JOINS = frozenset({"and", "of", "other"})
"""Words inside an unnamed actor's phrase: "congresses and presidents", "the courts of member states"."""
_ACTOR_STOPS = (
    STOPWORDS | AUXILIARIES | lexicon.words("subordinators") | lexicon.words("prepositions")
) - _ACTOR_JOINS
"""Words that end an actor's phrase: function words, prepositions, subordinators ("since parties ...")."""
ACTOR_WORDS = 5
"""The longest unnamed actor phrase read ("the courts of member states")."""


def actor_phrase(article: Article, sentence: Sentence, want: Asked) -> Span | None:
    """ "Who normally instructs members how to vote?" in "political parties normally instruct members":
    the asked verb's subject (or its agent after "by", "enforced by the courts of member states") when the
    sentence gives it as a common noun phrase naming a group (a plural noun) or a person's role, no name."""
    if want.role != "subject" or not want.verb:
        return None
    text = article.text
    for at in _verb_at(sentence, want.verb):
        clause = _clause(sentence, at)
        verb = re.match(r"[\w’'-]+", text[at:])
        after = at + (verb.end() if verb else 0)
        agent = re.match(r"\s+(?:[a-z][\w’'-]*\s+)?by\s+(?:the\s+)?", text[after : clause[1]])
        agent = agent if agent and _past_form(verb.group() if verb else "") else None
        words = (
            _phrase_after(text, after + agent.end(), clause[1])
            if agent
            else _phrase_before(text, max(clause[0], sentence.start), at)
        )
        if words and (words[-1][2].endswith("s") or words[-1][2] in ROLE_NOUNS):
            return words[0][0], words[-1][1]
    return None


def _phrase_after(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The common noun phrase opening at `start` (an agent after "by"), up to a word that ends it."""
    words: list[tuple[int, int, str]] = []
    for m in _ACTOR_WORD.finditer(text, start, end):
        word = m.group().lower()
        gap = text[words[-1][1] : m.start()] if words else text[start : m.start()]
        if gap.strip() or len(words) >= ACTOR_WORDS or _stops_actor(word):
            break
        words.append((m.start(), m.end(), word))
    while words and words[-1][2] in _ACTOR_JOINS:
        words.pop()
    return words


def _phrase_before(text: str, start: int, at: int) -> list[tuple[int, int, str]]:
    """The common noun phrase right before the verb at `at`, past adverbs and auxiliaries ("congresses and
    presidents have repeatedly backed")."""
    found = [m for m in re.finditer(r"[\w’'-]+|[^\w\s]", text[start:at])]
    i = len(found) - 1
    while i >= 0 and (found[i].group().lower() in AUXILIARIES or found[i].group().endswith("ly")):
        i -= 1
    if i > 0 and found[i].group().lower() in RELATIVE_SUBJECTS:
        i -= 1  # "approved energy supplies who would compete": the relative's antecedent acts
    words: list[tuple[int, int, str]] = []
    while i >= 0 and len(words) < ACTOR_WORDS:
        word = found[i].group()
        low = word.lower()
        if not _ACTOR_WORD.fullmatch(word) or _stops_actor(low):
            break
        words.insert(0, (start + found[i].start(), start + found[i].end(), low))
        i -= 1
    while words and words[0][2] in _ACTOR_JOINS - {"other"}:
        words.pop(0)
    if i >= 0 and found[i].group().lower() in DETERMINERS:
        return []  # "the descendants replaced": a determined phrase before the verb is too often a thing
    return words


RELATIVE_SUBJECTS = frozenset({"who", "that"})
"""Relative pronouns that stand for the verb's subject right before it ("suppliers who would compete",
"firms that make chips"): the noun phrase before them is who acts."""


def _stops_actor(word: str) -> bool:
    """A word that ends an actor phrase: a function word, a preposition or subordinator, a verb form."""
    return word in _ACTOR_STOPS or _past_form(word) or word.endswith(("ly", "ing"))


def _past_form(word: str) -> bool:
    """A past or participle form ("elected", "given", "led"): a passive's verb, or no noun of a phrase."""
    low = word.lower()
    return low.endswith(("ed", "en")) or low in IRREGULAR_PAST


@dataclass(frozen=True)
class Converse:
    """A verb's converse and the preposition that marks the verb's subject after it: "buy" is answered by
    "sell ... to" ("agreed to sell its Canadian Courier unit to Onex Capital": Onex bought it)."""

    verb: str
    """The converse's lemma ("sell")."""
    preposition: str
    """The word before the asked one's name ("to")."""


@lru_cache(maxsize=1)
def _converses() -> dict[str, tuple[Converse, ...]]:
    found: dict[str, list[Converse]] = {}
    for verb, other, preposition in lexicon.rows("converse_verbs"):
        for form in verb_stems(verb):
            found.setdefault(form, []).append(Converse(other, preposition))
    return {key: tuple(dict.fromkeys(value)) for key, value in found.items()}


def converses(verb: str) -> tuple[Converse, ...]:
    """The converses of the verb given by the stem of any of its forms ("bought", "buying" -> sell ... to)."""
    return _converses().get(verb, ())


def converse_stems(verb: str) -> frozenset[str]:
    """The stems of every form of the verb's converses ("bought" -> sell, sells, sold, selling)."""
    return frozenset(form for converse in converses(verb) for form in verb_stems(converse.verb))


def by_converse(article: Article, sentence: Sentence, spans: list[Span], want: Asked) -> Span | None:
    """ "Who bought the courier unit?" in "agreed to sell its Canadian Courier unit to Onex Capital": the
    name right after the converse verb's preposition (in the verb's clause) fills the asked subject."""
    if want.role != "subject" or not want.verb:
        return None
    text = article.text
    for converse in converses(want.verb):
        forms = verb_stems(converse.verb)
        marker = re.compile(rf"\b{converse.preposition}\s+(?:the\s+)?[<“\"‘']?")
        for word in re.finditer(r"[\w’'-]+", sentence.text):
            if stem(word.group().lower()) not in forms:
                continue
            at = sentence.start + word.start()
            marks = {m.end() for m in marker.finditer(text, at, _clause(sentence, at)[1])}
            after = [s for s in spans if s[0] in marks]  # "sold the rights to the islands to Enrique …"
            if after:
                return after[0]
    return None
