"""Sentence retrieval: a small BM25 over an article's sentences, built once per article and cached.

Hand-written rather than `rank-bm25`/`bm25s`: an article has tens of sentences, so a dict-based index
is built in well under a millisecond, and it scores the question's synonym concepts (best alternative
per concept) with the same stems every other router uses, which those libraries' token lists can't.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from bot import lexicon
from bot.answers.references import referred_names
from bot.answers.speakers import quote_labels
from bot.answers.synonyms import Concept, all_stems, matched, stems, tokens
from bot.answers.timex import CALENDAR_NAMES, DATE_KEY, date_keys, in_name
from bot.article.model import Article
from bot.article.people import TITLE_NOUNS
from bot.article.stems import stem

K1 = 1.2
B = 0.75
"""The usual Okapi BM25 constants."""

SYNONYM_WEIGHT = 0.8
"""A paraphrase match counts a little less than the reader's own word."""
HEADLINE_CREDIT = 0.5
"""A question word found not in the sentence but in the headline half counts towards coverage: under
"Hundreds of airport workers go on strike", "Some currently make $10.50 an hour" answers "how much do the
workers make now?". Chosen on the dev stories (0.34, 0.5, 0.67, 1.0 tried: 0.5 refused fewest answerable
questions and answered no more unanswerable ones); the sentences next to it were tried as context too and
let a figure about another subject through ("how much did retail sales rise?" from "... at 3.5 to 4.0%")."""
REFERENCE_WEIGHT = 0.5
"""A name the sentence only refers to ("He said ...", "the Ethiopian legend won ...": `references.py`)
scores at this share of the same word written in it in BM25. Swept on the union of the dev sets: 0.3 and 0.5
the same, 1.0 loses 3 cited sentences; 0 (the gate only) loses 2 answers."""
REFERENCE_CREDIT = 0.75
"""A question concept matched only through a referred name counts this much towards coverage, so a sentence
that names the subject outranks one that only refers to it when both hold the rest. Swept on the union:
1.0 answers 2 more unanswerable questions and gains 2 answerable ones; 0.75 and 0.5 the same."""

DATE_CREDIT = 0.5
"""A question's date matched only by what the sentence's time expressions mean ("last month" for "in
February", `SentenceIndex.dated`), not by its words, counts this much towards coverage: the parse's resolved
values are right for about three dates in four (dates resolved 0.754 on the dev stories, 0.784 on
validation), so a sentence that writes the asked date, or means it and holds more of the question, comes
first. Swept on the union, SQuAD, dev and validation stories (only the validation moves, two questions of one
story): 1.0 and 0.75 answer "What was Saudi crude output in February?" and lose "Why did Saudi exports fall
last month?" to a sentence that holds "February" and every other word but is about refinery throughput; 0.5
answers both; 0.25 and 0 lose the first again (its figure sentence falls below the headline)."""

PROXIMITY = 0.25
"""Among sentences of the same coverage, BM25 is scaled by 1 + PROXIMITY x `SentenceIndex.window`, so one
whose matched question words stand together ("the ferry captain retired") outranks one that holds them apart
("the ferry left ... and the captain stayed"). Swept on SQuAD dev and the union of dev sets (against 4c7daeb):
0.15 / 0.25 / 0.35 / 0.5 gave +3 / +7 / +5 / +4 SQuAD answers net; at 0.35 and above the union answers one
more unanswerable question (and at 0.5 loses one answer), so 0.25."""
NEWS = 0.3
"""Among sentences of the same coverage, BM25 is also scaled by 1 + NEWS when the sentence names something
the question does not (`SentenceIndex.tells`): an answer is mostly a name the reader has not given, so "Kisha
Rivera works as a cabin cleaner at O'Hare" outranks her quote for "what does Kisha Rivera do?". A feature, not
a gate: a sentence without a new name still wins by a clearer BM25 lead. Against 9054893: SQuAD dev 9
questions gained their cited sentence, 4 lost it; the union of dev sets +2 -1, abstentions unchanged; the dev
stories +2; validation unchanged. Swept 0.15 / 0.3 / 0.5 (before titles and months were left out): SQuAD EM
0.683 / 0.684 / 0.683, union 0.765 / 0.766 / 0.766; figures counted as news too gave SQuAD 0.683 and figures
alone 0.679 (a figure is no news to a who or what question)."""
NAME = re.compile(r"(?<=\s)[A-Z][\w'’-]*")
"""A capitalised word inside a sentence (not its first word): a name, unless it is a title or a month."""
NOT_NAMES = lexicon.words("role_words") | CALENDAR_NAMES
"""Capitalised words that name no one: titles before a name ("Chief Whip") and the calendar ("September")."""
BE_FORMS = lexicon.lower_words("be_forms")
DETERMINERS = lexicon.lower_words("determiners")


PRESENCE = re.compile(
    r"\b(?:is|are|was|were|be|been|arrived?|arrives|arriving|stays?|stayed|staying)\s+in\s+(?:the\s+)?[A-Z]"
)
"""Someone "is in India from March 25-29": being somewhere is what a reader calls a visit or trip."""
PRESENCE_MEANS = "visit"


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))


FIGURE = re.compile(
    r"[$£€¥]\s?\d|\d[\d,.]*\s?(?:%|(?:(?:"
    + _alternatives(lexicon.kind("figure_words", "magnitude"))
    + r")\s+)?(?:"
    + _alternatives(lexicon.kind("figure_words", "percent") | lexicon.lower_words("currency_words"))
    + r")\b)",
    re.IGNORECASE,
)
"""A figure as news reports one: an amount of money or a rate ("1.1%", "$31.22", "57.1 mln dlrs", "12
pct"), not a count ("15 million Africans"). A sentence that holds one gives figures, as a reader asks for
them: "who released the growth figures?" reaches "Mexico's economy grew by 1.1% ..., Mexico's National
Statistics Institute said"."""
FIGURE_MEANS = "figures"


TITLED = re.compile(rf"\b({'|'.join(map(re.escape, sorted(TITLE_NOUNS)))})\.?\s+[A-Z]")
"""An abbreviated title before a name ("army Cmdr. Constantino Chiwenga", "Sen. Ada Brill")."""


def implied_words(text: str) -> list[str]:
    """Words a reader would use for what the text says in other words: "is in India" -> "visit", "1.1%" ->
    "figures" (`FIGURE`), and an abbreviated title's noun ("Cmdr. Chiwenga" -> "commander",
    title_nouns.tsv), so "who is the army commander?" reaches "army Cmdr. Constantino Chiwenga"."""
    titles = [TITLE_NOUNS[match.group(1)] for match in TITLED.finditer(text)]
    figures = [FIGURE_MEANS] if FIGURE.search(text) else []
    return ([PRESENCE_MEANS] if PRESENCE.search(text) else []) + figures + titles


@dataclass(frozen=True)
class SentenceIndex:
    stems: tuple[tuple[str, ...], ...]
    """Per sentence, its token stems in order."""
    sets: tuple[frozenset[str], ...]
    counts: tuple[Counter[str], ...]
    idf: dict[str, float]
    average_length: float
    headline: frozenset[str] = frozenset()
    """The headline's stems: what every sentence of the story is about."""
    referred: tuple[frozenset[str], ...] = ()
    """Per sentence, the stems of the names it refers to without writing them (`references.py`)."""
    reach: tuple[frozenset[str], ...] = ()
    """Per sentence, its own stems and the referred ones: what coverage counts."""
    names: tuple[tuple[frozenset[str], ...], ...] = ()
    """Per sentence, the stems of each name it writes (`NAME`, less `NOT_NAMES`)."""
    dated: tuple[frozenset[str], ...] = ()
    """Per sentence, the dates its time expressions resolve to (`timex.date_keys`: "last month" in a story
    of March 2026 reaches "@2026-02" and "@2026"), counted among its terms: a question's "February" is one
    concept with its date key, so it is matched by what the sentence means as well as by how it is written."""

    @property
    def rarest(self) -> float:
        """The idf of a word found in one sentence only: the most a word can weigh in this text, low in a
        short one (at most 0.98 in a pasted paragraph of three sentences, 3 or more in a long story)."""
        n = len(self.stems) or 1
        return math.log(1 + (n - 0.5) / 1.5)

    def term_score(self, index: int, term: str) -> float:
        tf = self.counts[index][term]
        weight = 1.0
        if not tf:
            if term not in self.referred[index]:
                return 0.0
            tf, weight = 1, REFERENCE_WEIGHT
        length = len(self.stems[index]) or 1
        norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / self.average_length))
        return weight * self.idf.get(term, 0.0) * norm

    def concept_score(self, index: int, concept: Concept) -> float:
        """Score of the best alternative that fully occurs in the sentence (phrases: sum of their stems)."""
        best = 0.0
        have = self.reach[index]
        for rank, alternative in enumerate(concept):
            if all(s in have for s in alternative):
                score = sum(self.term_score(index, s) for s in alternative)
                best = max(best, score if rank == 0 else score * SYNONYM_WEIGHT)
        return best

    def score(self, index: int, question: list[Concept]) -> float:
        return sum(self.concept_score(index, c) for c in question)

    def defines(self, index: int, question: list[Concept]) -> bool:
        """Does the sentence say what the question's last word is? "What was Tymnet?" is answered by
        "Tymnet was an international data communications network ...": that word, a form of "be", then a
        determiner (a noun phrase follows), not by "Tymnet was also connected to ..." which only uses it."""
        last = question[-1][0][-1] if question and question[-1][0] else ""
        words = self.stems[index]
        return any(
            word == last and words[at + 1] in BE_FORMS and words[at + 2] in DETERMINERS
            for at, word in enumerate(words[:-2])
        )

    def window(self, index: int, question: list[Concept]) -> float:
        """How closely the sentence holds the question's concepts it matches: their number over the fewest
        consecutive words that hold them all (1.0 when they stand together, or match fewer than two)."""
        words = self.stems[index]
        places: list[tuple[int, int]] = []
        for number, concept in enumerate(question):
            heads = {alternative[0] for alternative in concept if alternative}
            places += [(at, number) for at, word in enumerate(words) if word in heads]
        wanted = {number for _, number in places}
        if len(wanted) < 2:
            return 1.0
        places.sort()
        best = len(words)
        seen: Counter[int] = Counter()
        left = 0
        for at, number in places:
            seen[number] += 1
            while len(seen) == len(wanted):
                best = min(best, at - places[left][0] + 1)
                seen[places[left][1]] -= 1
                if not seen[places[left][1]]:
                    del seen[places[left][1]]
                left += 1
        return len(wanted) / best

    def tells(self, index: int, asked: set[str] | frozenset[str]) -> bool:
        """Does the sentence name something none of the question's stems (`all_stems`: its words and their
        paraphrases) names?"""
        return any(not name & asked for name in self.names[index]) if self.names else False

    def coverage(self, index: int, question: list[Concept]) -> float:
        """Share of the question's concepts the sentence contains: the abstention gate."""
        if not question:
            return 0.0
        have, reach = self.sets[index], self.reach[index]
        found = 0.0
        for concept in question:
            if matched(concept, have):
                found += DATE_CREDIT if _by_date_only(concept, have) else 1.0
            elif reach is not have and matched(concept, reach):
                found += REFERENCE_CREDIT
            elif self.headline and matched(concept, self.headline):
                found += HEADLINE_CREDIT
        return found / len(question)


def _by_date_only(concept: Concept, have: frozenset[str]) -> bool:
    """Whether the sentence matches the concept only through a date key, not through its words."""
    keys = [a for a in concept if a and a[0].startswith(DATE_KEY)]
    return bool(keys) and not matched(tuple(a for a in concept if a not in keys), have)


COMPOUND_PART = 4
"""A closed compound's parts are each at least this long and both known stems (`word_vectors`' vocabulary):
"schoolgirls" is school + girls, so it holds "girls" for "what were the girls swapped for?"; English
compounds are head-final, so only the last part is credited ("firefighters" are fighters, not fire).
Shorter parts would split "weekend" (end), "airport" (port), "without" (out)."""


@lru_cache(maxsize=65536)
def compound_heads(word: str) -> frozenset[str]:
    """The stems of the heads of a closed compound ("schoolgirls" -> {"girl"}), for coverage only."""
    if not word.isalpha() or len(word) < 2 * COMPOUND_PART:
        return frozenset()
    known = lexicon.vectors("word_vectors")[0]
    return frozenset(
        stem(word[at:])
        for at in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1)
        if stem(word[:at]) in known and stem(word[at:]) in known
    )


def _compound_heads_in(words: list[str]) -> frozenset[str]:
    """The heads of a sentence's closed compounds (`compound_heads`), of its tokens."""
    return frozenset(
        head for word in set(words) if len(word) >= 2 * COMPOUND_PART for head in compound_heads(word)
    )


def build_index(
    texts: tuple[str, ...],
    headline: str = "",
    referred: tuple[tuple[str, ...], ...] = (),
    dated: tuple[frozenset[str], ...] = (),
) -> SentenceIndex:
    words = tuple(tokens(t) for t in texts)
    sentence_stems = tuple(tuple(stem(w) for w in ws) for ws in words)
    dated = dated or (frozenset(),) * len(texts)
    sets = tuple(
        frozenset(s) | _compound_heads_in(ws) | keys
        for ws, s, keys in zip(words, sentence_stems, dated, strict=True)
    )
    referred_stems = tuple(
        frozenset(stem for name in names for stem in stems(name)) - own
        for names, own in zip(referred or ((),) * len(texts), sets, strict=True)
    )
    counts = tuple(Counter(s) + Counter(keys) for s, keys in zip(sentence_stems, dated, strict=True))
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(texts) or 1
    idf = {term: math.log(1 + (n - f + 0.5) / (f + 0.5)) for term, f in df.items()}
    average = sum(len(s) for s in sentence_stems) / n or 1.0
    return SentenceIndex(
        stems=sentence_stems,
        sets=sets,
        counts=counts,
        idf=idf,
        average_length=average,
        headline=frozenset(stems(headline)),
        referred=referred_stems,
        reach=tuple(own | extra if extra else own for own, extra in zip(sets, referred_stems, strict=True)),
        names=tuple(_names(t) for t in texts),
        dated=dated,
    )


def _names(text: str) -> tuple[frozenset[str], ...]:
    """The stems of each capitalised word of the sentence that is not a title or calendar word."""
    found = (frozenset(stems(word)) for word in NAME.findall(text) if word not in NOT_NAMES)
    return tuple(name for name in found if name)


@lru_cache(maxsize=64)
def _cached(
    texts: tuple[str, ...],
    headline: str,
    referred: tuple[tuple[str, ...], ...],
    dated: tuple[frozenset[str], ...],
) -> SentenceIndex:
    return build_index(texts, headline, referred, dated)


def sentence_dates(article: Article) -> tuple[frozenset[str], ...]:
    """Per sentence, the date keys of the time expressions in it, as the parse resolved them against the
    publication date or dateline (none in a story without one: "XXXX-02" reaches no date)."""
    found: list[set[str]] = [set() for _ in article.sentences]
    for expression in article.dates:
        if 0 <= expression.sentence < len(found) and not in_name(article.text, expression.end):
            found[expression.sentence] |= date_keys(expression.value, expression.begin, expression.until)
    return tuple(frozenset(keys) for keys in found)


def indexed_texts(article: Article) -> tuple[str, ...]:
    """Each sentence plus the full names of the people it mentions by role or pronoun, and the speaker of
    any quote in it with their roles and organisation.

    "The Deputy Secretary also thanked..." then matches a question about Landau, and a quoted sentence
    matches a question about the State Department whose spokesperson is quoted; a sentence that puts
    someone in a place also reads as a visit. A link or promotion line of the page is left empty.
    """
    extra: dict[int, list[str]] = {}
    for person in article.people:
        for mention in person.mentions:
            sentence = article.sentence_at(mention.start)
            if sentence is not None and person.name not in sentence.text:
                extra.setdefault(sentence.index, []).append(person.name)
    for quote in article.quotes:
        first, last = article.sentence_at(quote.start), article.sentence_at(max(quote.start, quote.end - 1))
        if first is None or last is None:
            continue
        for index in range(first.index, last.index + 1):
            text = article.sentences[index].text
            extra.setdefault(index, []).extend(
                label for label in quote_labels(article, quote) if label not in text
            )
    for sentence in article.sentences:
        extra.setdefault(sentence.index, []).extend(implied_words(sentence.text))
    furniture = {p.index for p in article.paragraphs if p.kind == "furniture"}  # another page's headline
    return tuple(
        "" if s.paragraph in furniture else " ".join([s.text, *dict.fromkeys(extra.get(s.index, []))])
        for s in article.sentences
    )


_BY_ARTICLE: dict[int, tuple[Article, SentenceIndex]] = {}
"""id(article) -> (the article, kept alive so the id stays its own, its index): no per-question rebuild."""


def index_for(article: Article) -> SentenceIndex:
    """The article's index, built once per article object (and shared by articles with the same text)."""
    held = _BY_ARTICLE.get(id(article))
    if held is not None and held[0] is article:
        return held[1]
    texts, title = indexed_texts(article), article.title or ""
    index = _cached(texts, title, referred_names(article), sentence_dates(article))
    if len(_BY_ARTICLE) >= 64:
        _BY_ARTICLE.pop(next(iter(_BY_ARTICLE)))
    _BY_ARTICLE[id(article)] = (article, index)
    return index


def heading_sentences(article: Article) -> frozenset[int]:
    """Sentences of the headline and subheadings: the story's body says the same with its details ("hits
    bridge pylon" / "hit a supporting pillar of the A42 motorway"), so at equal coverage it is cited first."""
    headings = {p.index for p in article.paragraphs if p.kind == "heading"}
    return frozenset(s.index for s in article.sentences if s.paragraph in headings)


def rank(
    article: Article, question: list[Concept], limit: int = 5, *, definition: bool = False
) -> list[tuple[int, float, float]]:
    """`(sentence index, BM25 score, coverage)`, best first; sentences that match nothing are left out.
    With `definition` ("what is X?"), among sentences of the same coverage one that says what X is
    (`SentenceIndex.defines`) comes first."""
    index = index_for(article)
    scored = []
    for i in range(len(article.sentences)):
        score = index.score(i, question)
        if score > 0:
            scored.append((i, score, index.coverage(i, question)))
    says = {i: definition and index.defines(i, question) for i, _, _ in scored}
    asked = all_stems(question)
    lift = {
        i: (1 + PROXIMITY * index.window(i, question)) * (1 + NEWS if index.tells(i, asked) else 1.0)
        for i, _, _ in scored
    }
    heading = heading_sentences(article)
    scored.sort(key=lambda r: (-r[2], not says[r[0]], r[0] in heading, -r[1] * lift[r[0]], r[0]))
    return scored[:limit]
