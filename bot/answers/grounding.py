"""What every free-question route shares: the abstention gate, honest one-line abstentions with the closest
fact, restating a question as a clause, and items that cite their sentence and highlight their span.

Every answer is copied from the article, never composed, so it cannot name a person, date or number the
story lacks; `missing_names` catches a question about someone the story never mentions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from datetime import date
from functools import lru_cache

from wordfreq import zipf_frequency

from bot import lexicon
from bot.answers import similar
from bot.answers.citations import cite_sentence
from bot.answers.model import Answer, Item
from bot.answers.questions import WH_WORDS
from bot.answers.retrieval import NOT_NAMES, index_for, rank
from bot.answers.spans import IRREGULAR_PAST
from bot.answers.speakers import find_person
from bot.answers.spelling import (
    TYPED_ACRONYM,
    acronyms,
    article_forms,
    article_names,
    count_value,
    lower_spellings,
)
from bot.answers.synonyms import (
    AUXILIARIES,
    STOPWORDS,
    Concept,
    all_stems,
    cased_tokens,
    concepts,
    content_tokens,
    matched,
    stem,
    tokens,
    verb_stems,
)
from bot.answers.timex import asked_key, in_name
from bot.answers.widen import measured_from, named_after, with_infinitive, with_venue_head
from bot.article.dates import extract_dates
from bot.article.model import Article, Person, Sentence
from bot.lexicon import VerbForm

PREPOSITIONS = lexicon.lower_words("prepositions")
HONORIFICS = lexicon.with_dots(lexicon.words("honorifics"))
"""Courtesy titles (honorifics.txt): "Mr", "Sir", "Mrs"; no name of their own."""
MIN_COVERAGE = 0.6
"""Share of the question's concepts a sentence must contain to answer; below, abstain."""
MIN_COVERAGE_MULTI = 0.5
"""...or this share, when at least three concepts match (long questions rarely match every word; two of
four is too little: "how much money did Chinese investors lose" shares only "Chinese investors")."""
MIN_HITS_MULTI = 3
MIN_SCORE = 1.0
"""BM25 floor: a sentence matching only very common words is no answer."""
MIN_SCORE_SHARE = 0.5
"""...or, in a text so short that no word weighs much (`min_score`), this share of the heaviest word."""
MAX_ITEMS = 3
MAX_FOOTER_CHARS = 220
HELP_HINT = "Say `help` for what I can do."
QUOTE_MARKS = " “”\"'‘’"
NAME_LIST = re.compile(
    r"(?:(?:,\s+|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)+"
)
"""More capitalised names listed after one: ", William Stenger", " and the Las Vegas Strip"."""
_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
NAMES_BEFORE = re.compile(rf"(?<![\w’'-])(?:{_NAME}(?:,\s+))*{_NAME},?\s+(?:and|or)\s+$")
"""Capitalised names listed before the last one: "Andy Johnson and ", "Holmes, Kluft and "."""
_FIRST_WORD = re.compile(r"(?:the\s+)?([\w.’'-]+)\s+")
CLAUSE_BREAK = re.compile(r"[,;:()“”\"—–]|\s-\s|\b(?:while|but|which|who|because|although|after|before)\b")
BE = frozenset({"is", "are", "was", "were"})
PREDICATE_ADJECTIVES = lexicon.lower_words("predicate_adjectives")
SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
SUBORDINATORS = lexicon.lower_words("subordinators")
RELATIVE_PRONOUNS = lexicon.lower_words("relative_pronouns")
DO = frozenset({"do", "does", "did"})
DETERMINED = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})
"""Words that open a noun phrase: "is the suspect" asks about the suspect, with no predicate after it."""
MODALS = AUXILIARIES - BE - DO - {"has", "have", "had"}
CUE_ADVERBS = lexicon.lower_words("cue_adverbs")
NAME_PARTICLES = lexicon.words("name_particles")
MIN_PAST_ZIPF = -1.0
"""How much rarer (wordfreq's Zipf scale) a word's past tense may be than the word, for it to read as a
verb: "reached" is about as common as "reach", "officed" five points rarer than "office"."""


def sentence_of(article: Article, offset: int) -> Sentence | None:
    return article.sentence_at(offset)


def restate(rest: str) -> str:
    """The question's rest as a clause for "The article doesn't say how much ...": "is the trade deal due"
    -> "the trade deal is due"; "do the talks end" -> "the talks end"; "did Abbas take office" -> "Abbas
    took office"; "flights were delayed" stays; "was Presley when he recorded" -> "Presley was when ...";
    "is the leader that was arrested" -> "the leader that was arrested is" (the relative clause is the
    subject's)."""
    words = rest.split()
    relative = next((i for i, w in enumerate(words) if i > 1 and w.lower() in RELATIVE_PRONOUNS), None)
    if relative and words[0].lower() in BE and not any(participle(w) for w in words[1:relative]):
        return " ".join([*words[1:], words[0].lower()])  # "the leader that was arrested is", clause and all
    cut = next((i for i, w in enumerate(words) if i and w.lower() in SUBORDINATORS), None)
    if cut is not None:
        return " ".join([restate(" ".join(words[:cut])), *words[cut:]])  # the clause before "when ..."
    lead = next((i for i, w in enumerate(words) if w.lower() in AUXILIARIES), None)
    if lead and lead + 1 < len(words):  # "years has he signed", "registered players does Hong Kong have"
        aux, after = words[lead].lower(), words[lead + 1]
        inverted = (
            aux in DO
            or opens_subject(after)
            or (aux in MODALS and _plural_noun(after))
            or (aux in BE and _plural_subject_before_participle(words[lead + 1 :]))
        )
        return " ".join([*words[:lead], restate(" ".join(words[lead:]))]) if inverted else rest
    if not words or words[0].lower() not in AUXILIARIES:
        return rest
    aux, body = words[0].lower(), words[1:]
    if body and (body[0].lower() == "not" or (aux in BE and _passive_opening(body))):
        return rest  # a subject question: "what is used to figure ...", "who did not have ..."
    verb = next(
        (i for i, w in enumerate(body) if w.lower() in {"be", "been", "have"} and body[i - 1 : i] != ["to"]),
        None,
    )  # not "to be": "has the United Nations claimed ISIL to be"
    if aux not in BE | DO and verb:
        return " ".join([*body[:verb], aux, *body[verb:]])  # "the next meeting will be held"
    verb_at = max(
        (
            i
            for i, w in enumerate(body)
            if i and participle(w) and body[i - 1].lower() not in DETERMINED | PREPOSITIONS
        ),
        default=None,
    )  # "the meeting", "the building": a noun after a determiner; "of adding": a gerund, not a verb
    if verb_at and body[verb_at - 1].lower() in {"being", "been"} and verb_at > 1:
        verb_at -= 1  # "is Johnson being held" -> "Johnson is being held"
    while verb_at and verb_at > 1 and _adverb(body[verb_at - 1]):
        verb_at -= 1  # "were the tribes not originally located" -> "the tribes were not originally located"
    if aux not in DO and verb_at:
        return " ".join([*body[:verb_at], aux, *body[verb_at:]])  # "the bank has raised rates"
    negated = next((i for i, w in enumerate(body[:4]) if w.lower() == "not"), None)
    if aux in DO and negated:
        return " ".join([*body[:negated], aux, *body[negated:]])  # "does one not need" -> "one does not need"
    if aux == "does" and len(body) > 1:
        return " ".join(_in_present(body))  # "does Petrov have" -> "Petrov has"
    if aux == "did" and len(body) > 1:
        return " ".join(_in_past(body))  # "did it happen" -> "it happened"
    if aux in DO or not body:
        return " ".join(body)
    if aux in BE:
        return " ".join(_with_copula(body, aux))
    cut = _main_verb(body) or _subject_end(body)
    return " ".join([*body[:cut], aux, *body[cut:]])


def _passive_opening(body: list[str]) -> bool:
    """ "used to figure", "commonly believed to be": "be" is followed by its participle, so the question's
    own word was the subject ("what is used to ...") and the clause reads as asked."""
    first = 1 if len(body) > 1 and _adverb(body[0]) else 0
    return participle(body[first])


def _with_copula(body: list[str], aux: str) -> list[str]:
    """An inverted "be" put back after its subject: "Gebrselassie from" -> "Gebrselassie is from", "there
    between ..." -> "there is between ...", "the trade deal due" -> "the trade deal is due", "debates open
    to" -> "debates are open to"; else at the end: "the Czech president" -> "the Czech president is"."""
    at = 1 if body[0].lower() == "there" else _known_subject(body)
    if at is not None and at < len(body) and _after_copula(body[at]):
        return [*body[:at], aux, *body[at:]]
    predicate = _predicate_noun(body)
    if predicate is not None:
        return [*body[:predicate], aux, *body[predicate:]]
    last = body[-1].lower()
    if len(body) > 2 and last in PREPOSITIONS and body[-2].lower() in PREDICATE_ADJECTIVES:
        return [*body[:-2], aux, *body[-2:]]
    if len(body) > 1 and (last in PREDICATE_ADJECTIVES or last in PREPOSITIONS):
        return [*body[:-1], aux, body[-1]]
    return [*body, aux]


ARTICLES = frozenset({"a", "an"})
"""An indefinite article after a subject of plain words opens what "be" says of it ("are ticket prices a
function of" -> "ticket prices are a function of"): a subject's own words never take "a" in mid-phrase."""


def _predicate_noun(body: list[str]) -> int | None:
    """Where an indefinite noun phrase after a subject of lower-case words opens the predicate ("ticket
    prices | a function of"); None when "a" follows a preposition or a determiner ("the result of a vote")
    or opens the body."""
    for i, word in enumerate(body[1:], start=1):
        before = body[i - 1].lower()
        if word.lower() in ARTICLES:
            plain = all(w.isalpha() and w.islower() for w in body[:i])
            return i if plain and before not in PREPOSITIONS | DETERMINED | STOPWORDS else None
    return None


def _after_copula(word: str) -> bool:
    """A word that opens what "be" says of a subject: a preposition, a determiner, "not", an adverb, a
    predicate adjective ("from", "the first", "due"), not a noun that would still be the subject's."""
    low = word.lower()
    return low in PREPOSITIONS | DETERMINED | PREDICATE_ADJECTIVES or _adverb(low)


def _adverb(word: str) -> bool:
    """A word between a subject and its verb: "just", "first", "originally" (cue_adverbs.txt, or -ly)."""
    low = word.lower()
    if not word[:1].islower():
        return False  # "Monthly" in "The Cape Monthly" is a name
    return (low in CUE_ADVERBS and low not in AUXILIARIES) or (len(low) > 4 and low.endswith("ly"))


def opens_subject(word: str) -> bool:
    """A word after an auxiliary that opens its subject ("has he", "is the", "is Rene", "are there"): the
    question is inverted; "were delayed", "were on board" read as a clause already."""
    return word.lower() in SUBJECT_PRONOUNS | DETERMINED | {"there"} or word[:1].isupper()


def _plural_noun(word: str) -> bool:
    """ "undergraduates", "members": a plural noun, never the bare verb a modal takes ("must maintain")."""
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _plural_subject_before_participle(after: list[str]) -> bool:
    """ "are foreign ministers attending": a plural noun, then the participle "be" belongs to, so the words
    after "be" are its subject ("how many countries are ..." asks about ministers); not "were hurt in"."""
    at = next((i for i, w in enumerate(after) if participle(w)), None)
    if not at or after[0].lower() in PREPOSITIONS | STOPWORDS:
        return False
    return _plural_noun(after[at - 1])


def _known_subject(body: list[str]) -> int | None:
    """Where a subject that is surely whole ends: a pronoun or a capitalised run not ending in a possessive
    ("Petrov", "Hong Kong"; not "California's ...", whose noun follows)."""
    if body[0].lower() in SUBJECT_PRONOUNS:
        return 1
    if not body[0][:1].isupper():
        return None
    cut = _subject_end(body)
    return None if any(w.endswith(("'s", "’s")) for w in body[:cut]) else cut


SAY_VERBS = lexicon.reporting_words("question", ("base",))
"""Bare reporting verbs ("say", "tell"): stop words to the matcher, still the verb after "did" in a restated
question ("did the federal report say was gone" -> "the federal report said was gone", not "the federal
reported say")."""


def _verbness(word: str) -> float | None:
    """How much a word reads as a verb's bare form: how common its past tense (irregular_verbs.tsv, else the
    regular one) is beside it, on wordfreq's Zipf scale ("reach" / "reached" about 0, "office" / "officed"
    -5); None for a plural noun ("prices"), an adverb or a function word, never a bare verb."""
    if not word.isalpha() or not word.islower() or _plural_noun(word) or _adverb(word):
        return None
    if word in {"have", "do"} or word in SAY_VERBS:
        return 0.0  # main verbs too: "does Petrov have", "what does the dollar value do", "did ... say"
    if word in STOPWORDS | PREPOSITIONS | DETERMINED | AUXILIARIES:
        return None
    past = lexicon.inflect(word)["past"][0]
    return zipf_frequency(past, "en") - zipf_frequency(word, "en")


def _bare_verb(word: str) -> bool:
    found = _verbness(word)
    return found is not None and found >= MIN_PAST_ZIPF


def _main_verb(body: list[str]) -> int | None:
    """Where the verb after "did", "does" or a modal stands in `body`, its subject first: right after a
    subject that is surely whole ("Abbas take office", "Chile just sign"); else the first word that reads
    as a verb ("the oil company pay in fines", "home prices fall") or, of it and the next, the one more
    used as a verb ("Tarrant's show start", "filming take place"). None when no word does: the question
    then stays as asked."""
    words = [w.rstrip("?.!,") for w in body]
    at = _known_subject(body)
    if at is not None:
        while at < len(words) - 1 and _adverb(words[at]):
            at += 1
        if at < len(words) and (_bare_verb(words[at]) or _verb_follows(words, at)):
            return at
    found = [
        i
        for i in range(1, len(words))
        if _bare_verb(words[i])
        and words[i - 1].lower() not in DETERMINED | PREPOSITIONS
        and not words[i - 1].endswith(("'s", "’s"))
        and not (i > 1 and words[i - 1][:1].isdigit() and words[i - 2].lower() in DETERMINED)
    ]  # a noun follows a determiner, a preposition, a possessive or a number: "the oil company", "the 2011 …"
    if len(found) > 1 and found[1] == found[0] + 1:  # the one whose past tense is the more common
        return max(found[:2], key=lambda i: zipf_frequency(lexicon.inflect(words[i])["past"][0], "en"))
    return found[0] if found else None


def _verb_follows(words: list[str], at: int) -> bool:
    """A plain word after a whole subject, followed as a verb is (nothing, a function word, a name, a
    determiner): "Korea border Kublai's territory", "Germany found their first settlement"."""
    if _verbness(words[at]) is None:
        return False
    after = words[at + 1 : at + 2]
    return not after or after[0].lower() in STOPWORDS | PREPOSITIONS | DETERMINED or after[0][:1].isupper()


def _inflected(body: list[str], form: VerbForm) -> list[str]:
    """`body` with its verb (`_main_verb`) in `form`: "Petrov have" -> "Petrov has", "the company pay" ->
    "the company paid"; as asked when no verb is found."""
    at = _main_verb(body)
    if at is None:
        return body
    word = body[at].rstrip("?.!,")
    changed = "has" if word == "have" and form == "s" else lexicon.inflect(word)[form][0]
    return [*body[:at], changed + body[at][len(word) :], *body[at + 1 :]]


def _in_present(body: list[str]) -> list[str]:
    """ "Petrov have" -> "Petrov has", "Celtic pay Petrov" -> "Celtic pays Petrov", "a temporary tattoo
    cost" -> "... costs"."""
    return _inflected(body, "s")


def _in_past(body: list[str]) -> list[str]:
    """The subject's verb in the past tense: "the company pay" -> "the company paid"."""
    return _inflected(body, "past")


def _subject_end(body: list[str]) -> int:
    """Where the subject at the start of `body` ends: a capitalised run, a determiner and its noun or its
    capitalised run ("the Lib Dems"), a word."""
    cut = 1
    if body[0].lower() in DETERMINED and len(body) > 2:
        cut = 2
    while (
        cut < len(body)
        and (body[cut - 1][:1].isupper() or body[cut - 1] in NAME_PARTICLES)
        and _in_name(body, cut)
    ):
        cut += 1
    return cut


def _in_name(body: list[str], at: int) -> bool:
    """A capitalised word, or a name particle before one ("Otto von Bismarck"), continues a name."""
    word = body[at]
    if word in NAME_PARTICLES:
        return at + 1 < len(body) and body[at + 1][:1].isupper()
    return word[:1].isupper()


def restated(question: str) -> str:
    """A whole question as a clause, its question words kept: "What price did Fox shares reach?" -> "what
    price Fox shares reached", "From how many countries are ..." -> "from how many countries ..."."""
    words = question.strip().rstrip("?.! ").split()
    at = next((i for i, w in enumerate(words[:3]) if w.lower() in WH_WORDS), None)
    if at is None:
        return restate(" ".join(words))
    return " ".join([*(w.lower() for w in words[: at + 1]), restate(" ".join(words[at + 1 :]))]).strip()


def participle(word: str) -> bool:
    """ "raised", "being", "taken": a verb form that ends the subject before it."""
    low = word.lower()
    return (
        word[:1].islower()
        and ((len(low) > 3 and low.endswith(("ed", "ing", "en"))) or low in IRREGULAR_PAST)
        and low not in STOPWORDS
    )


def copula(question: str) -> str:
    """ "who is the Indian ambassador" -> "is", to restate it as "who the Indian ambassador is"."""
    words = question.split()
    return words[1].lower() if len(words) > 1 and words[1].lower() in BE else ""


def oneline(text: str, limit: int = MAX_FOOTER_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def index_for_words(article: Article) -> frozenset[str]:
    index = index_for(article)
    return frozenset().union(*index.sets) if index.sets else frozenset()


@lru_cache(maxsize=1)
def _named_places() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """(a place of several words, its demonym's stems) from the demonym tables: "Saudi Arabia" and "saudi",
    "United States" and "american"."""
    return tuple(
        (re.compile(rf"\b{re.escape(place)}\b"), tuple(stem(w) for w in demonym.lower().split()))
        for table in ("demonyms", "region_demonyms")
        for demonym, place in lexicon.table(table).items()
        if " " in place
    )


def _by_demonym(question: str, have: frozenset[str]) -> str:
    """The question with each place of several words the article names only by its demonym put as that
    demonym's stems: "how much crude did Saudi Arabia produce?" of "Saudi crude oil output fell"."""
    for place, demonym in _named_places():
        if all(w in have for w in demonym) and place.search(question):
            question = place.sub(" ".join(demonym), question)
    return question


ABBREVIATIONS = frozenset(word for word in lexicon.lower_words("abbreviations") if "." not in word) - {
    word.lower()
    for kind in ("month_abbreviation", "weekday_abbreviation")
    for word in lexicon.kind("calendar", kind)
}
"""Words written shortened with or without their full stop (abbreviations.txt): "Corp", "Dept", "Univ";
not a month's or weekday's ("Sept 1760" is a date the question's dates resolve, or fail to)."""
MIN_ABBREVIATION = 3
"""Shorter abbreviations ("Co", "St", "Mt") open too many other names to stand for one."""


def _abbreviates(word: str, names: Mapping[str, str]) -> bool:
    """Is the question's name word an abbreviation of one of the article's capitalised words: "Corp" of
    "News Corporation", "Dept" of "Department"?"""
    low = word.lower()
    if len(low) < MIN_ABBREVIATION or low not in ABBREVIATIONS:
        return False
    return any(len(name) > len(low) and name.startswith(low) for name in names.values())


def missing_names(question: str, article: Article) -> list[str]:
    """Capitalised words and numbers in the question that occur nowhere in the article (nor a paraphrase)."""
    question = undated(question, article)  # "February" in a story that says "last month"
    have = index_for_words(article)
    have = have | {w.replace(".", "") for w in have}
    question = _by_demonym(question, have)
    names = article_names(article.text)
    missing: list[str] = []
    previous = -2
    words = re.findall(r"[\w’'.-]+", question)
    for position, word in enumerate(words):
        bare = re.sub(r"['’]s$", "", word.strip(".’'-")).strip(".’'-")
        if not bare:
            continue
        is_name = bare[0].isupper() and position > 0 and bare.lower() not in STOPWORDS and bare != "I"
        is_number = bare[0].isdigit()
        if not (is_name or is_number):
            continue
        if is_number and bare.lower() in question.lower() and bare in article.text:
            continue
        named = " ".join(part for part in bare.split("-") if part[:1].isupper() or part[:1].isdigit())
        parts = [t.replace(".", "") for t in tokens(named)]  # "Chinese-style": the name is "Chinese"
        if not parts or all(
            p in have or stem(p) in have or article_forms(p, have, names) or _abbreviates(p, names)
            for p in parts
        ):
            continue
        if bare.isupper() and (
            bare.lower() in acronyms(article.text) or lower_spellings(article.text, bare.lower())
        ):
            continue  # "CPA" for the "Chartered Professional Accountants" the story spells out
        if not any(matched(c, have) for c in concepts([bare.lower()])):
            if missing and previous == position - 1:
                missing[-1] = f"{missing[-1]} {bare}"  # "Donald Trump", not "Donald, Trump"
            else:
                missing.append(bare)
            previous = position
    return missing


def question_concepts(text: str, article: Article | None = None) -> list[Concept]:
    """The question's concepts; with the article, a person's first and last name are one concept ("Ariel
    Quiros"), matched by the surname alone, so a name doesn't count twice towards coverage."""
    found = [_with_verb_forms(c) for c in concepts(content_tokens(text))]
    if article is None:
        return found
    vocabulary = index_for_words(article)
    capitalised = article_names(article.text)
    named = {stem(t) for t in tokens(" ".join(INNER_CAPITALS.findall(text)))}
    found = [_with_paraphrases(_with_article_forms(c, vocabulary, capitalised), vocabulary) for c in found]
    found = _with_closed_compounds(found, text, vocabulary)
    written = {stem(t): t for t in content_tokens(text)}
    found = [c if c[0][0] in named else _with_derived(c, vocabulary, written.get(c[0][0], "")) for c in found]
    found = _with_expansions(found, text, article)
    names = [frozenset(stem(t) for t in tokens(p.name)) for p in article.people]
    merged: list[Concept] = []
    for concept in found:
        if merged and len(concept) == 1 == len(concept[0]) and len(merged[-1][0]) >= 1:
            previous = merged[-1][0]
            together = (*previous, concept[0][0])
            if any(len(together) > 1 and set(together) <= name for name in names):
                merged[-1] = (together, (concept[0][0],))
                continue
        merged.append(concept)
    return _with_dates(merged, text, article)


@lru_cache(maxsize=256)
def _resolved(text: str, published: date | None) -> tuple[tuple[int, int, str], ...]:
    """(start, end, date key) of each date the question names that resolves against the publication date
    the way the story's own dates do: "in February", "last month", "on Tuesday", "in 2004"."""
    if published is None:
        return ()
    found = ((t.start, t.end, asked_key(t.value)) for t in extract_dates(text, (), published))
    return tuple((start, end, key) for start, end, key in found if key and not in_name(text, end))


def asked_dates(text: str, article: Article) -> tuple[tuple[int, int, str], ...]:
    """The question's dates as spans of `text` with their keys (`timex.asked_key`); none in a story without
    a publication date, whose own relative dates resolve to nothing."""
    return _resolved(text, article.published)


def _with_dates(found: list[Concept], text: str, article: Article) -> list[Concept]:
    """A question's date ("February", "last month", "March 5") is one concept, matched by its words or by a
    sentence whose time expressions resolve to that date or fall inside it (its key, `sentence_dates`):
    "what was output in February?" is answered by "output last month fell ..." in a story of March. A date
    whose word the question's concepts dropped as a stop word ("how many jobs were added in May?": "may")
    is added as its own concept, so a sentence of May covers the question better than one of no month."""
    for start, end, key in asked_dates(text, article):
        words = {stem(t) for t in tokens(text[start:end])}
        part = [at for at, concept in enumerate(found) if concept[0] and set(concept[0]) <= words]
        if not part:
            if words and not words & {s for c in found for s in c[0]}:  # "in May": a stop word, still a date
                found = [*found, (tuple(sorted(words)), (key,))]
            continue
        phrase = tuple(s for at in part for s in found[at][0])
        date_concept: Concept = (phrase, (key,))  # not "October" as a paraphrase of "November"
        rest = (c for at, c in enumerate(found) if at > part[0] and at not in part)
        found = [*found[: part[0]], date_concept, *rest]
    return found


def undated(text: str, article: Article, sentence: int | None = None) -> str:
    """The question without the dates the sentence (or, with None, any sentence) reaches by what its time
    expressions mean: "March 5" is not a figure "on Thursday" lacks, "February" no other month than the one
    "last month" means. A date the story does not reach stays, to be found missing or contradicted."""
    index = index_for(article)
    reached = index.dated[sentence] if sentence is not None else frozenset().union(*index.dated)
    for start, end, key in reversed(asked_dates(text, article)):
        if key in reached:
            text = text[:start] + " " * (end - start) + text[end:]
    return text


_WORD_PAIR = re.compile(r"(?=\b([a-z]{2,}) ([a-z]{2,})\b)")
"""Two adjacent lower-case words (each pair, overlapping): "pay cuts", "web site"."""


def _with_closed_compounds(found: list[Concept], text: str, vocabulary: frozenset[str]) -> list[Concept]:
    """ "How much in pay cuts …?" matches "paycuts totalling $800m": two adjacent question words the
    article writes as one word match that word, each of them ("web site" / "website")."""
    closed: dict[str, str] = {}
    for pair in _WORD_PAIR.finditer(text):
        compound = stem(pair.group(1) + pair.group(2))
        if compound in vocabulary:
            closed.setdefault(stem(pair.group(1)), compound)
            closed.setdefault(stem(pair.group(2)), compound)
    if not closed:
        return found
    return [
        (*c, (closed[c[0][0]],))
        if len(c[0]) == 1 and c[0][0] in closed and (closed[c[0][0]],) not in c
        else c
        for c in found
    ]


def _with_paraphrases(concept: Concept, vocabulary: frozenset[str]) -> Concept:
    """ "how much did the oil company pay" matches "the firm paid": a one-word concept also matches the
    article's words closest to it in meaning (`similar.neighbours`), as its last, weakest alternatives."""
    if len(concept[0]) != 1 or not concept[0][0].isalpha():
        return concept
    have = {a[0] for a in concept if len(a) == 1}
    extra = [(w,) for w in similar.neighbours(concept[0][0], vocabulary) if w not in have]
    return (*concept, *extra) if extra else concept


NOUN_SUFFIXES = lexicon.lower_words("noun_suffixes")
INNER_CAPITALS = re.compile(r"(?<=\w )[A-Z]\w*")
"""A capitalised word past the question's first: a name, not a verb to make a noun of ("Porter" is no
"port" + "er")."""


MIN_ADJECTIVE_BASE = 4
"""The shortest noun an adjective in "-al" is read as made of: "central" / "centre", "coastal" / "coast";
not "metal" / "met"."""


def _of_adjective(word: str) -> set[str]:
    """An adjective in "-al" and its noun, both ways: "central" -> "centr" ("centre"), "region" ->
    "regional"."""
    if word.endswith("al") and len(word) - 2 >= MIN_ADJECTIVE_BASE:
        return {word[:-2]}
    return {word + "al"} if len(word) >= MIN_ADJECTIVE_BASE else set()


FAMILY_ENDINGS = tuple((stem("xxx" + end)[3:], int(base)) for end, base in lexicon.rows("family_endings"))
"""family_endings.tsv's endings as the question stemmer leaves them at a word's end ("-ance" -> "anc"),
with their shortest base."""


FAMILY_ALTERNATIONS = tuple(
    (stem("xxx" + noun)[3:], stem("xxx" + verb)[3:], int(base))
    for noun, verb, base in lexicon.rows("family_alternations")
)
"""family_alternations.tsv's noun and verb endings as the question stemmer leaves them ("-ision" -> "is",
"-ide" -> "id"), with their shortest base."""


VERB_NOUNS = {stem(noun): verb for noun, verb in lexicon.table("verb_nouns").items()}
"""A noun's stem -> its verb, for nouns of no family ending ("growth" -> "grow")."""


@lru_cache(maxsize=65536)
def _family_of(word: str) -> frozenset[str]:
    """The stems a stem stands for in its word family: itself, and for a word of a family ending its base
    and the base's verb forms ("agreement" -> "agre"; "payment" -> "pay", "paid"; "growth" -> "grew"), for
    a noun of an alternating ending its verb's stem ("decision" -> "decid": family_alternations.tsv)."""
    if word in VERB_NOUNS:
        return frozenset({word, *verb_stems(VERB_NOUNS[word])})
    for ending, base in FAMILY_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= base:
            root = word[: -len(ending)]
            return frozenset({word, stem(root), *verb_stems(root)})
    for noun, verb, base in FAMILY_ALTERNATIONS:
        if word.endswith(noun) and len(word) - len(noun) >= base:
            return frozenset({word, word[: -len(noun)] + verb})
    return frozenset({word})


@lru_cache(maxsize=64)
def _families(vocabulary: frozenset[str]) -> Mapping[str, frozenset[str]]:
    """Family stem -> the article's words of that family that carry a family ending (`_family_of`)."""
    found: dict[str, set[str]] = {}
    for word in vocabulary:
        for member in _family_of(word) - {word}:
            found.setdefault(member, set()).add(word)
    return {member: frozenset(words) for member, words in found.items()}


def _kin(word: str, vocabulary: frozenset[str]) -> set[str]:
    """The article's words of the word's family, both ways: "agreed" finds "agreement", "agreement"
    "agreed"."""
    families = _families(vocabulary)
    members = _family_of(word)
    return {w for m in members for w in families.get(m, ())} | (members & vocabulary)


PARTICIPLE_LEMMAS = {
    stem(participle): lemma for lemma, participle in lexicon.table("irregular_participles").items()
}
"""An irregular participle's stem -> its lemma (irregular_participles.tsv): "chosen" -> "choose"."""


def _with_derived(concept: Concept, vocabulary: frozenset[str], written: str = "") -> Concept:
    """ "who founded the firm" matches "the firm's founder": a one-word concept also matches the article's
    word that is its noun (the word and an ending of noun_suffixes.txt: "founder", "payment"), made of the
    word as the question `written` it too, whose stem may have lost letters ("commission" ->
    "commissioner", not "commiss" + "er"; "rule" -> "ruler"), and the article's words of its family
    (`_kin`: "agreement" / "agreed")."""
    if len(concept[0]) != 1 or not concept[0][0].isalpha():
        return concept
    word = concept[0][0]
    have = {a[0] for a in concept if len(a) == 1}
    bases = {word, written, written.removesuffix("e")} - {""}
    derived = {stem(base + suffix) for base in bases for suffix in NOUN_SUFFIXES} | _of_adjective(word)
    derived |= _kin(word, vocabulary)
    if word in PARTICIPLE_LEMMAS:  # "chosen": the family of "choose" ("choice")
        derived |= _kin(stem(PARTICIPLE_LEMMAS[word]), vocabulary)
    extra = sorted(derived & vocabulary - have)
    return (*concept, *((w,) for w in extra)) if extra else concept


def _with_article_forms(concept: Concept, vocabulary: frozenset[str], names: Mapping[str, str]) -> Concept:
    """ "what did the Irish government say" matches "Ireland's government": a one-word concept the article
    never writes also matches the article's own form of it (`spelling.article_forms`)."""
    if len(concept[0]) != 1 or matched(concept, vocabulary):
        return concept
    extra = [a for a in article_forms(concept[0][0], vocabulary, names) if a not in concept]
    return (*concept, *extra) if extra else concept


def _with_expansions(found: list[Concept], text: str, article: Article) -> list[Concept]:
    """ "Who is CPA Canada's chief economist?" matches "Chartered Professional Accountants of Canada's chief
    economist": a question's acronym also matches the article's capitalised words whose initials spell it
    (`spelling.acronyms`), or lower-case ones ("VP" / "vice president": `spelling.lower_spellings`)."""
    asked = {stem(word.lower()): word.lower() for word in TYPED_ACRONYM.findall(text)}
    if not asked:
        return found
    spelled = acronyms(article.text)
    extended: list[Concept] = []
    for concept in found:
        word = asked.get(concept[0][0]) if len(concept[0]) == 1 else None
        spellings = (*spelled.get(word, ()), *lower_spellings(article.text, word)) if word else ()
        extra = [a for a in spellings if a not in concept]
        extended.append((*concept, *extra) if extra else concept)
    return extended


def _with_verb_forms(concept: Concept) -> Concept:
    """ "when did the plane fly" matches "flew", "when did he die" "died": a one-word concept also matches
    the word's verb forms (irregular pasts from the lexicon), as extra alternatives; an irregular participle
    its lemma's ("when was the car stolen" matches "stole", "why was Louisiana chosen" "the choice")."""
    if len(concept[0]) != 1 or not concept[0][0].isalpha():
        return concept
    word = concept[0][0]
    lemma = PARTICIPLE_LEMMAS.get(word)
    stems = verb_stems(word) | (verb_stems(lemma) | {stem(lemma)} if lemma else frozenset())
    forms = {(form,) for form in stems} - set(concept)
    return (*concept, *sorted(forms)) if forms else concept


CLOSE_ENOUGH = 0.5
"""Coverage from which the best sentence is shown beside an abstention as "Closest I found": below, it
shares a word or two with the question and would only mislead."""


def closest(article: Article, question: list[Concept], near: Sentence | None = None) -> str:
    """The footer of an abstention: the nearest thing the article does say, with its paragraph, when it
    really is near (the route's own sentence, or the best one covering half the question)."""
    ranked = rank(article, question, limit=1)
    if near is not None:
        sentence = near
    elif ranked and ranked[0][2] >= CLOSE_ENOUGH:
        sentence = article.sentences[ranked[0][0]]
    else:
        return f"Nothing in the article comes close. {HELP_HINT}"
    fact = oneline(sentence.text.strip(QUOTE_MARKS))
    return f"Closest I found [¶{sentence.paragraph + 1}]: “{fact}” {HELP_HINT}"


def abstain(line: str, article: Article, question: list[Concept], near: Sentence | None = None) -> Answer:
    line = line if line.endswith((".", "?", "!")) else line + "."
    return Answer(kind="abstain", title=line, footer=closest(article, question, near))


ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last"}
)
_LAST_AFTER = r"\s+(?:year|month|week)\b(?!['’]s)"
"""After "last", a dated event ("did X lose last year?"); "last year's season" names which season."""
_LAST_TIME = re.compile(rf"\blast{_LAST_AFTER}", re.IGNORECASE)
_SPECIFIC = re.compile(
    r"\b(?:\d[\d,.]*|" + "|".join(sorted(ORDINALS)) + rf")\b(?<!last)|\blast\b(?!{_LAST_AFTER})",
    re.IGNORECASE,
)
"""A figure or an ordinal a question pins; a dated "last year" is pinned only against a sentence's years."""


def contradicts(question_text: str, sentence: Sentence) -> bool:
    """The question pins a figure, year or ordinal ("in the fourth quarter of 2022") that the sentence
    lacks: that sentence answers another question, however many other words it shares. A count is there
    in digits or words ("2" / "two", "3rd" / "third"). "Last year" is lacking only where the sentence
    names a year instead ("the 2009-2010 season"), not "the year ended"."""
    have = sentence.text.lower()
    if (
        _LAST_TIME.search(question_text)
        and not _LAST_TIME.search(have)
        and re.search(r"\b(?:1[89]|20)\d\d\b", have)
    ):
        return True
    pinned = [m.group().lower() for m in _SPECIFIC.finditer(question_text)]
    lacking = [figure for figure in pinned if not re.search(rf"\b{re.escape(figure)}\b", have)]
    if not lacking:
        return False
    counts = {count_value(word) for word in re.findall(r"\w+", have)} - {None}
    return any(count_value(figure) not in counts for figure in lacking)


NEGATIONS = lexicon.kind("negations", "negation")
REFUSALS = frozenset(stem(word) for word in lexicon.kind("negations", "refusal"))
DENIALS = REFUSALS | {stem(word) for word in lexicon.kind("negations", "denial")}
CONTRASTED = frozenset(stem(word) for word in lexicon.kind("negations", "contrast"))
"""A sentence that denies something of one thing "unlike" another says it of the other."""
NEGATIVE_PREFIXES = tuple(sorted(lexicon.kind("negations", "prefix"), key=lambda p: (-len(p), p)))
MIN_NEGATED = 4
"""The shortest word a negative prefix makes negative ("un" + "able")."""


def _opposites() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for word, opposite in lexicon.table("contrasts").items():
        pairs.setdefault(word, set()).add(opposite)
        pairs.setdefault(opposite, set()).add(word)
    return {word: frozenset(others) for word, others in pairs.items()}


OPPOSITES = _opposites()
"""contrasts.tsv in both directions: "largest" <-> "smallest", "rose" <-> "fell"."""
CALENDAR_WORDS = {kind: lexicon.kind("calendar", kind) for kind in ("month", "weekday")}
"""The months and the weekdays, each a kind a question may pin."""
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
"""A year a question may pin ("in 2019"); the sentence giving only other years answers another question."""
DATE_CONTEXT = PREPOSITIONS | {"last", "next", "this", "every", "early", "late", "mid"}
"""Words before a month or weekday that make it a date ("on Wednesday"), not a name ("Sheffield
Wednesday"); a day's number after it does too ("July 4")."""


def _years(words: list[str]) -> list[str]:
    """The years `words` name, a decade's as its first year ("1950s" and "1950's" -> "1950")."""
    return [w.removesuffix("s") for w in words if _YEAR.fullmatch(w.removesuffix("s"))]


def _within(year: str, other: str) -> bool:
    """Whether `other` is `year` or, for a round year that may stand for its decade or century ("the
    1950's", "the 1700s"), one of its years."""
    if year.endswith("00"):
        return other.startswith(year[:2])
    return other.startswith(year[:3]) if year.endswith("0") else other == year


def _dates(words: list[str], names: frozenset[str]) -> list[str]:
    """The months or weekdays (`names`) `words` use as dates."""
    found = []
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if word in names and ((i and words[i - 1] in DATE_CONTEXT) or after.isdigit()):
            found.append(word)
    return found


def _beside(words: list[str], at: int, after_only: bool = False) -> set[str]:
    """The stems of the content words next to `words[at]`, one each side, skipping function words; with
    `after_only` the one after it only (a preposition's object: "before the bill" / "after the bill", not
    "the week before" / "one week after the suspension")."""
    found = set()
    before = range(at - 1, max(-1, at - 3), -1)
    for side in (() if after_only else before, range(at + 1, min(len(words), at + 3))):
        word = next((words[k] for k in side if words[k] not in STOPWORDS), None)
        if word is not None:
            found.add(stem(word))
    return found


_CALENDAR_NAMES = lexicon.phrase_pattern(CALENDAR_WORDS["month"] | CALENDAR_WORDS["weekday"])
_COMPARED_DATE = re.compile(
    rf"\b(?:{lexicon.phrase_pattern(lexicon.lower_words('comparison_bases'))})\b"
    rf"(?:[^,;:.]|(?<=\d)\.(?=\d)){{0,60}}?\b(?:{_CALENDAR_NAMES})\b",
    re.IGNORECASE,
)
"""A month or weekday inside the phrase a figure is compared with (comparison_bases.txt): "from a revised
0.6% increase in October", "than on Monday"."""


def compared_only(article: Article, sentence: Sentence) -> str:
    """The sentence's text without the phrases that date only what its figure is compared with, when those
    hold all its dates ("rose 0.3% ... from a revised 0.6% increase in October": its own month is the
    story's, told before); as written when it dates itself ("last month fell ... from 3.8 mln bpd in
    January" tells of last month, which may not be the asked one)."""
    phrases = [
        (sentence.start + m.start(), sentence.start + m.end()) for m in _COMPARED_DATE.finditer(sentence.text)
    ]
    if not phrases:  # most sentences: no comparison, nothing to read in the article's dates
        return sentence.text
    own = any(
        sentence.start <= t.start < sentence.end and not any(s <= t.start < e for s, e in phrases)
        for t in article.dates
    )
    return sentence.text if own else _COMPARED_DATE.sub(" ", sentence.text)


def conflict(question_text: str, sentence_text: str) -> tuple[str, str] | None:
    """(what the sentence says, what the question says) when the question pins something the sentence
    states otherwise: another month or weekday ("in July" / "in June"), another count or ordinal of the
    same thing ("three identical fermions" / "two identical fermions"), or the opposite word beside the
    same word ("a weak response" / "a strong response"). That sentence answers another question. The caller
    leaves out the months a figure is only compared with (`compared_only`)."""
    asked, said = tokens(question_text), tokens(sentence_text)
    for names in CALENDAR_WORDS.values():
        pinned, given = _dates(asked, names), _dates(said, names)
        if pinned and given and not set(pinned) & set(given):
            return given[0], pinned[0]
    pinned, given = _years(asked), _years(said)
    if pinned and given and not any(_within(year, other) for year in pinned for other in given):
        return given[0], pinned[0]
    have = set(said)
    said_counts = [count_value(w) for w in said]
    said_values = set(said_counts) - {None}
    for i, word in enumerate(asked):
        value = count_value(word)
        if word in have or (value is not None and value in said_values):
            continue
        others = OPPOSITES.get(word, frozenset())
        if value is None and not others:
            continue
        placed = word in PREPOSITIONS | SUBORDINATORS
        beside = _beside(asked, i, after_only=placed)
        for j, (other, counted) in enumerate(zip(said, said_counts, strict=True)):
            another_count = value is not None and counted is not None and counted[0] == value[0]
            if other not in others and not another_count:
                continue
            if beside & _beside(said, j, after_only=placed):
                return other, word
    return None if states_negative(sentence_text, question_text) else _unprefixed(asked, have)


MIN_NAME_PREFIX = 4
"""Letters two names share at the start when one is a form of the other ("Asia" / "Asian", "O'Neill" /
"O’Neill"), not another name."""


def replaced_name(text: str, article: Article, index: int) -> tuple[str, str] | None:
    """(the sentence's name, the question's) when the sentence says what is asked of another name in the
    asked name's place: "how many Huguenots were killed in Bordeaux?" of "Catholics killed thousands of
    Huguenots in Paris" (a word of the question beside its name, "in", stands beside another name in the
    sentence, on the same side). That sentence answers another question. A name the sentence has, or
    refers to ("the city", "he": `SentenceIndex.reach`), is no such case."""
    held = index_for(article).reach[index]
    asked = cased_tokens(text)
    if not any(w[:1].isupper() and w not in HONORIFICS and stem(w.lower()) not in held for w in asked[1:]):
        return None  # every name the question writes is there: no need to read its concepts
    lacking = {s for c in question_concepts(text, article) if not matched(c, held) for s in c[0]}
    said = cased_tokens(article.sentences[index].text)
    asked_stems = {stem(w.lower()) for w in asked}
    said_stems = [stem(w.lower()) for w in said]

    def unmatched_name(at: int) -> bool:  # a title is no name: "Mr" of "Mr. Key", who is "John Key"
        return asked[at][:1].isupper() and asked[at] not in HONORIFICS and stem(asked[at].lower()) in lacking

    for at, word in enumerate(asked):
        if not at or not unmatched_name(at):
            continue
        for step in (-1, 1):
            beside = at + step
            while 0 < beside < len(asked) and unmatched_name(beside):
                beside += step  # past the rest of the name: "the Lower Saxony territory"
            if not 0 <= beside < len(asked) or not _context_word(asked[beside].lower()):
                continue
            for k, found in enumerate(said_stems):
                other = k - step
                placed = found == stem(asked[beside].lower()) and 0 < other < len(said)
                named = placed and _another_name(said[other], word, asked_stems)
                if named and not _one_person(article, said[other], word):
                    return said[other], word
    return None


def _one_person(article: Article, said: str, asked: str) -> bool:
    """Whether two names are words of one person's name in the article: "Sir Keir" for "Starmer" is the
    same Keir Starmer, not another name put in the asked one's place."""
    wanted = {stem(said.lower()), stem(asked.lower())}
    return any(wanted <= {stem(t) for t in tokens(person.name)} for person in article.people)


def _context_word(word: str) -> bool:
    """A word that places a name: a content word or a preposition ("in Paris"), not "the" or "and"."""
    return word not in STOPWORDS or word in PREPOSITIONS


def _another_name(word: str, asked: str, asked_stems: set[str]) -> bool:
    """Whether a capitalised word of the sentence is a name the question doesn't have: not one of its
    words, not a title or a month (`NOT_NAMES`, `HONORIFICS`), not a form of the asked name ("Asian" for
    "Asia")."""
    low, name = word.lower().replace("’", "'"), asked.lower().replace("’", "'")
    return (
        word[:1].isupper()
        and low not in STOPWORDS
        and word not in NOT_NAMES | HONORIFICS
        and stem(low) not in asked_stems
        and low[:MIN_NAME_PREFIX] != name[:MIN_NAME_PREFIX]
    )


def _unprefixed(asked: list[str], have: set[str]) -> tuple[str, str] | None:
    """(the word, the question's negative form of it): "what became uncommon?" asked of a sentence where it
    "became common" (the word without its negative prefix, negations.tsv, and not the negative form); the
    caller leaves alone a sentence that states a negative of its own ("it is not known" for "unknown")."""
    for word in asked:
        base = _without_negative_prefix(word)
        if base and base in have and word not in have:
            return base, word
    return None


def _without_negative_prefix(word: str) -> str | None:
    """ "unable" -> "able", "inactive" -> "active": the word a negative prefix (negations.tsv) makes negative,
    if what follows the prefix is long enough to be one ("in" + "to" is none)."""
    prefix = next((p for p in NEGATIVE_PREFIXES if word.startswith(p)), "")
    rest = word[len(prefix) :]
    return rest if prefix and len(rest) >= MIN_NEGATED and rest not in STOPWORDS else None


def _negates(word: str) -> bool:
    """ "not", "never", "no" (negations.tsv) or a contracted "n't"."""
    return word in NEGATIONS or word.endswith(("n't", "n’t"))


def negation(question_text: str) -> str | None:
    """The word by which the question asks about what is not so ("not", "never", "didn't", "non-", a refusal
    such as "rejected"), else None."""
    return next(
        (t for t in tokens(question_text) if _negates(t) or stem(t) in REFUSALS),
        None,
    )


def states_negative(sentence_text: str, question_text: str) -> bool:
    """Whether the sentence says something is not so: a negation, a denial in any form ("refused", "lacked",
    "failure"), or a question word with a negative prefix ("unable" for "able", "non-Catholics")."""
    asked = {stem(t) for t in tokens(question_text)}
    for word in tokens(sentence_text):
        if _negates(word) or stem(word) in DENIALS:
            return True
        base = _without_negative_prefix(word)
        if base and stem(base) in asked:
            return True
    return False


def unnegated(question_text: str, sentence_text: str) -> str | None:
    """The question's negation when its sentence states nothing negative: "who did not vote for the bill?"
    is not answered by "Smith voted for the bill", which answers the opposite question. A why-question is
    left alone: the reason for a refusal may be given without restating it ("she concluded that to
    intervene would amount to a contradiction")."""
    if tokens(question_text)[:1] == ["why"]:
        return None
    word = negation(question_text)
    return word if word and not states_negative(sentence_text, question_text) else None


NEGATED_SKIPPED = lexicon.kind("negations", "skipped")
"""Words between a negation and the word it denies: "is not being held"."""
NEGATION_LIFTED = lexicon.kind("negations", "lifted")
"""Words that make a negation no denial: "not only X but Y", "not completed until 1769" (it was, then)."""
NEGATION_REACH = 8
"""Words after a negation in which an "until" lifts it."""


HEDGES = lexicon.kind("negations", "hedge")
"""Modals whose "not" leaves the thing possible ("operators may not tamper with it"): no denial."""


def _denies_verb(said: list[str], at: int) -> bool:
    """A negation of a verb: "never", "cannot", "didn't", or "not" after an auxiliary ("did not", "could
    not"); not "no" or "non-", which deny a noun ("no algorithm"), a bare "(not votes)", nor a hedge's
    "may not"."""
    word = said[at]
    if word == "not":
        return at > 0 and said[at - 1] in AUXILIARIES - HEDGES
    return word in {"never", "cannot"} or word.endswith(("n't", "n’t"))


def _denied_word(said: list[str], at: int) -> int | None:
    """Where the word a verb's negation at `at` denies stands, past "be" and adverbs; None after a copula
    when it is no participle: "was not official" says what a thing is not, seldom what a question takes
    for so ("what is official?")."""
    after = next(
        (k for k in range(at + 1, len(said)) if said[k] not in NEGATED_SKIPPED and not _adverb(said[k])),
        None,
    )
    copular = (at > 0 and said[at - 1] in BE) or "be" in said[at + 1 : after]
    return None if after is None or (copular and not participle(said[after])) else after


def denied(question_text: str, sentence_text: str) -> str | None:
    """The sentence's denial of what the question takes for so ("did not justify" for "what did the court
    justify?" of "the court did not justify a label"): a verb's negation right before a word of the
    question, past "be" and adverbs. None when the question asks about a negation or a denial itself
    ("what does HT avoid?"), asks yes or no or how long, or the negation is lifted ("not only", "not ...
    until"), or the sentence sets the denial against another ("unlike the western khanates")."""
    asked = tokens(question_text)
    if not asked or asked[0] in AUXILIARIES or asked[:2] == ["how", "long"] or negation(question_text):
        return None
    stems = {stem(t) for t in asked if t not in STOPWORDS}
    said = tokens(sentence_text)
    if stems & DENIALS or {stem(t) for t in said} & CONTRASTED:
        return None
    for at in range(len(said)):
        if not _denies_verb(said, at):
            continue
        after = _denied_word(said, at)
        if after is None or NEGATION_LIFTED & set(said[at + 1 : at + 1 + NEGATION_REACH]):
            continue
        if stem(said[after]) in stems:
            return " ".join(said[at - (at > 0 and said[at - 1] in AUXILIARIES) : after + 1])
    return _negative_form(asked, said, question_text)


MIN_PREFIXED_BASE = 5
"""The shortest question word whose negative form (negations.tsv prefixes) in a sentence denies it:
"solved" / "unsolved", not "come" / "income"."""


VERB_NOUN_ENDINGS = tuple(e for e in lexicon.lower_words("nominal_endings") if not e.startswith("al"))
"""Endings of a noun made of a verb ("employment", "action"; nominal_endings.txt, less "-al", as often an
adjective's: "formal"): its negative form names another thing ("the unemployment rate"), denying nothing."""


def _negative_form(asked: list[str], said: list[str], question_text: str) -> str | None:
    """A sentence word that is the negative form of the question's own ("unsolved" for "what is a solved
    problem?", "nonconservative" for "conservative forces"), when the question has not that form (nor
    written "un-elected"), the word is no noun made of a verb ("employment" / "unemployment") and the
    sentence does not say the word itself as well ("liked by 36 percent and disliked by 24 percent")."""
    have, written, both = set(asked), question_text.lower().replace("-", ""), set(said)
    for word in said:
        base = _without_negative_prefix(word)
        if not base or len(base) < MIN_PREFIXED_BASE or base.endswith(VERB_NOUN_ENDINGS):
            continue
        if base in have and base not in both and word not in have and word not in written:
            return word
    return None


MIN_COVERAGE_BY_TYPE: dict[str, float] = {"how_old": 0.5, "how_long": 0.5, "score": 0.5}
"""Per question type, a gate other than MIN_COVERAGE, where the answer's own pattern is strong evidence: an
age ("Isinbayeva, 22,") or a length of time beside half the question's words answers. Swept over 0.4 /
0.5 / 0.6 / 0.67 / 0.75 per type on the union of dev sets (bench/RESULTS.md): only these two gained (+3
and +2 answers) without answering an unanswerable one; every other type is best at 0.6 or loses
abstentions below it. A score ("30-20") is such a pattern too: "by what score did the Cardinals win?" is
answered by "The Cardinals beat the Rams 30-20" (union and SQuAD unchanged by it)."""


def min_score(article: Article) -> float:
    """The BM25 floor fitted to the text: `MIN_SCORE`, or less in a text of a few sentences, where idf is
    low for every word (a pasted paragraph's answer covers the question but weighs under 1.0): a share of
    what a word found in one sentence only weighs there (`SentenceIndex.rarest`)."""
    return min(MIN_SCORE, MIN_SCORE_SHARE * index_for(article).rarest)


def accept(coverage: float, question: list[Concept], kind: str = "other") -> bool:
    hits = round(coverage * len(question))
    least = MIN_COVERAGE_BY_TYPE.get(kind, MIN_COVERAGE)
    return coverage >= least or (hits >= MIN_HITS_MULTI and coverage >= min(least, MIN_COVERAGE_MULTI))


def passes_gate(article: Article, question: list[Concept], coverage: float, score: float, kind: str) -> bool:
    """The abstention gate for one candidate sentence, as every route applies it: enough of the question
    (`accept`) and a BM25 score at the text's floor (`min_score`) or above."""
    return accept(coverage, question, kind) and score >= min_score(article)


Span = tuple[int, int]


def best_holding(
    article: Article, question: list[Concept], find: Callable[[Sentence], Span | None]
) -> tuple[float, Sentence, Span] | None:
    """Of the sentences in which `find` finds its answer (article offsets: a score, a phone number, "Flight
    175"), the one covering the question best, then by BM25, the earlier on a tie; with its coverage."""
    index = index_for(article)
    best: tuple[float, float, Sentence, Span] | None = None
    for sentence in article.sentences:
        span = find(sentence)
        if span is None:
            continue
        key = (index.coverage(sentence.index, question), index.score(sentence.index, question))
        if best is None or key > best[:2]:
            best = (*key, sentence, span)
    return None if best is None else (best[0], best[2], best[3])


def positions(sentence: Sentence, question: list[Concept]) -> list[int]:
    """Absolute offsets of the sentence's words that match the question, to find the nearest answer."""
    wanted = all_stems(question)
    return [
        sentence.start + m.start()
        for m in re.finditer(r"\w+", sentence.text)
        if stem(m.group().lower()) in wanted
    ]


def nearest(spans: list[tuple[int, int]], anchors: list[int]) -> tuple[int, int]:
    if not anchors:
        return spans[0]
    return min(spans, key=lambda s: (min(abs(s[0] - a) for a in anchors), s[0]))


def clause_span(sentence: Sentence, question: list[Concept]) -> tuple[int, int]:
    """The clause of the sentence that holds most question words and some new words: the answer span."""
    cuts = [0, *(m.start() for m in CLAUSE_BREAK.finditer(sentence.text)), len(sentence.text)]
    wanted = all_stems(question)
    best, best_score = (sentence.start, sentence.end), -1.0
    for left, right in itertools.pairwise(cuts):
        # a clause and its successor: the answer usually follows the words that match the question
        for end in (right, cuts[min(cuts.index(right) + 1, len(cuts) - 1)]):
            part = sentence.text[left:end]
            words = [stem(t) for t in tokens(part)]
            hits = sum(1 for w in set(words) if w in wanted)
            new = sum(1 for w in words if w not in wanted and w not in STOPWORDS)
            if hits == 0 or new == 0:
                continue
            score = hits - 0.02 * len(words)
            if score > best_score:
                best, best_score = (sentence.start + left, sentence.start + end), score
    start, end = best
    text = article_slice = sentence.text[start - sentence.start : end - sentence.start]
    lead = len(article_slice) - len(article_slice.lstrip(' ,;:“”"—–-('))
    trail = len(text) - len(text.rstrip(' ,;:“”"—–-().'))
    return start + lead, end - trail


EDGE_WORDS = PREPOSITIONS | AUXILIARIES | {"and", "but", "or", "that", "which", "who"}
"""Words an answer phrase never starts or ends with: "of $17.65 billion", "was $349 billion"."""
_EDGE = re.compile(r"[\w’']+|\S")
FIGURE_QUALIFIERS = lexicon.lower_words("figure_qualifiers") | {"at", "up"}
"""Qualifiers that keep their figure ("about 120"), and the first words of "at least" and "up to"."""
QUALIFIED = frozenset(
    {"least", "most", "to", "a", "an", "one", "two", "three", "four", "five", "six", "seven"}
)


def clean_edges(article: Article, span: tuple[int, int], keep_lead: bool = False) -> tuple[int, int]:
    """Trim leading and trailing prepositions, auxiliaries, conjunctions and punctuation from an answer
    span; a span that would be emptied stays as it was. With `keep_lead` a leading preposition that says
    where stays ("in the shoulder")."""
    start, end = span
    pieces = [(m.start() + start, m.end() + start) for m in _EDGE.finditer(article.text[start:end])]
    left, right = 0, len(pieces)

    def word(i: int) -> str:
        return article.text[pieces[i][0] : pieces[i][1]]

    def edge(i: int) -> bool:
        text = word(i)  # "May 2001" is a month: only a lower-case word is a function word here
        return (text in EDGE_WORDS) or (not text[0].isalnum() and text not in '$£€#@“"')

    def qualifies(i: int) -> bool:
        """ "about 120", "at least 10", "up to 20", "as much as $5": a qualifier of the figure after it
        (figure_qualifiers.txt) stays."""
        for size in (1, 2, 3):
            phrase = " ".join(word(k) for k in range(i, min(i + size, right))).lower()
            if i + size < right and phrase in FIGURE_QUALIFIERS:
                following = word(i + size)
                if following[:1].isdigit() or following in "$£€" or following.lower() in QUALIFIED:
                    return True
        return False

    while not keep_lead and left < right - 1 and edge(left) and not qualifies(left):
        left += 1

    def closes(i: int) -> bool:
        """A closing parenthesis whose opening one the span holds: "Article 101(1)", "(TEU)"."""
        return word(i) == ")" and "(" in article.text[pieces[left][0] : pieces[i][0]]

    while right - 1 > left and edge(right - 1) and word(right - 1) not in '.%”"' and not closes(right - 1):
        right -= 1
    return (pieces[left][0], pieces[right - 1][1]) if pieces else span


_CAPITAL_THE = re.compile(r"(?<![\w.!?])The\s+$")
"""A capitalised "The" just before a name, not opening its sentence: the name's own ("The Sunday Times")."""


def with_capital_the(article: Article, sentence: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """A span naming "Sunday Times" after a capitalised "The" mid-sentence is widened over it: a "The"
    inside a sentence is capitalised only as part of a name ("for The Sunday Times", "in The Hague");
    the sentence's own opening "The" is not."""
    before = article.text[sentence.start : span[0]]
    found = _CAPITAL_THE.search(before)
    named = article.text[span[0] : span[0] + 1].isupper()
    if found is None or not before[: found.start()].strip() or not named:
        return span
    return sentence.start + found.start(), span[1]


_VERSUS = re.compile(r"\s+v(?:s?\.)?$")
_PARTY = re.compile(r"\.?\s+[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*")


def _whole_case_name(article: Article, span: tuple[int, int]) -> tuple[int, int]:
    """ "Commission v" -> "Commission v Austria", "Roe v." -> "Roe v. Wade": a span that stops at the "v" of a
    case name (the question named the other party) runs on to that party's name."""
    if not _VERSUS.search(article.text, span[0], span[1]):
        return span
    party = _PARTY.match(article.text, span[1])
    return (span[0], party.end()) if party else span


def sentence_item(
    article: Article,
    sentence: Sentence,
    span: tuple[int, int],
    label: str | None = None,
    asked: str = "",
    keep_lead: bool = False,
) -> Item:
    """The sentence as an answer item, its span cleaned at the edges; given the question (`asked`), a
    figure or time is widened over the reference it is measured from (`widen.measured_from`), a
    why-answer over its infinitive's "to" (`widen.with_infinitive`)."""
    span = _whole_case_name(article, clean_edges(article, span, keep_lead))
    if asked:
        span = with_infinitive(article, sentence, measured_from(article, sentence, span, asked), asked)
        span = named_after(article, sentence, span, asked)
    span = with_venue_head(article, with_capital_the(article, sentence, span))
    return Item(
        text=sentence.text,
        label=label or article.text[span[0] : span[1]],
        highlight=span,
        citations=cite_sentence(article, sentence.index),
    )


def person_arg(article: Article, argument: str) -> Person | None:
    return find_person(article, argument) if argument else None


_TITLE_WORDS = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=lambda h: (-len(h), h)))
_TITLED = re.compile(rf"(?:^|[\s(“\"])(?:{_TITLE_WORDS})\s+$")
"""A courtesy title just before a name (honorifics.txt): "Sir Phil Watts", "Mr. Bush"."""


def _listed_before(article: Article, start: int) -> int:
    """Where a list of names that ends with the one at `start` begins ("Andy Johnson and Stewart Downing");
    a capitalised function word opening it is the sentence's, not a name ("But Smith and Jones")."""
    sentence = sentence_of(article, start)
    listed = NAMES_BEFORE.search(article.text, max(sentence.start if sentence else 0, start - 120), start)
    first = _FIRST_WORD.match(article.text, listed.start()) if listed else None
    if listed and first and first.group(1).lower() in STOPWORDS:
        listed = NAMES_BEFORE.search(article.text, first.end(), start)
    return listed.start() if listed else start


def with_list(article: Article, span: tuple[int, int]) -> tuple[int, int]:
    """ "Manhattan" -> "Manhattan and the Las Vegas Strip": a name listed with others comes with them;
    "Phil Watts" -> "Sir Phil Watts": a courtesy title before the name is part of it."""
    sentence = sentence_of(article, span[0])  # the list ends with its sentence, before its full stop
    limit = len(article.text[: sentence.end].rstrip().rstrip(".")) if sentence else len(article.text)
    listed = NAME_LIST.match(article.text, span[1], limit)
    start = _listed_before(article, span[0])
    titled = _TITLED.search(article.text[max(0, start - 8) : start])
    if titled:
        start -= len(titled.group()) - (titled.group()[:1] in ' (“"')
    return start, listed.end() if listed else span[1]
