"""Extractive summary, gist and key points: TextRank-style centrality in O(n), plus news priors.

Hand-written, stdlib only: sumy's TextRank/LexRank (with nltk tokenisation) build an O(n^2) sentence graph
and are far too slow for our 20 ms per 1,000 words parse budget; degree centrality gives the same ranking.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot import lexicon
from bot.article.model import Paragraph, Sentence, Summary
from bot.article.stems import fold_plural

STOP_WORDS = lexicon.words("stop_words")
"""Function words: they carry no topic, so they neither link sentences nor match the title."""

NEWS_STOP_WORDS = frozenset(w.lower().rstrip(".") for w in lexicon.words("honorifics")) | {"according"}
"""Honorifics and attribution glue that link sentences by style, not topic. Reporting verbs ("said") stay:
on the dev set attributed sentences are summary material more often than not."""

MIN_WORDS = 6
"""Shorter sentences are fragments (credits, captions, "He declined."): not summary material."""
LONG_WORDS = 60
"""Longer sentences are usually run-ons or mis-segmented lists: scored down proportionally."""
HEADING_WORDS = 12
"""A line this short, alone in its paragraph and without final punctuation, is a heading."""
GIST_MAX_CHARS = 200

CENTRALITY_WEIGHT = 1.0
"""TextRank-like degree centrality: how much of the story's vocabulary a sentence shares."""
POSITION_WEIGHT = 0.1
"""News is written inverted-pyramid: the lead carries the story."""
POSITION_DECAY = 0.3
"""Position prior of the k-th eligible sentence is POSITION_DECAY ** k."""
TITLE_WEIGHT = 0.1
"""Share of the title's content words a sentence repeats."""
QUOTE_PENALTY = 0.9
"""Multiplier for sentences that open with a quotation: reactions, rarely the news itself."""
QUESTION_PENALTY = 0.6
"""Multiplier for questions: they raise a point rather than report one."""
REDUNDANCY_WEIGHT = 0.3
"""MMR: score minus this times the similarity to the most similar already-chosen sentence."""
DUPLICATE_SIMILARITY = 0.6
"""Above this cosine similarity a candidate repeats a chosen sentence and is skipped outright."""
KEY_POINT_REDUNDANCY_WEIGHT = 1.0
"""Key points should cover different content, so redundancy costs more than in the summary."""
MMR_POOL = 64
"""Only the best-scored candidates enter the (quadratic in picks) MMR loop; keeps 1 MB texts linear."""
GIST_WINDOW = 3
"""The gist is taken from the first few eligible sentences: the lead."""

WIRE_AGENCIES = tuple(sorted(set(lexicon.table("wire_agencies").values())))
"""Agencies (their short names, wire_agencies.tsv) whose "(AGENCY)" marks the end of a wire dateline when
the caller gives no `lead_offset`."""

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
_CREDIT_OPENERS = "|".join(
    re.escape(phrase).replace(r"\ ", r"\s+") + (r"\b" if phrase[-1].isalnum() else "")
    for phrase, where in sorted(lexicon.rows("signoff_phrases"), key=lambda row: (-len(row[0]), row[0]))
    if where == "start"
)
_SIGNOFF = re.compile(
    rf"""^[(\[]?\s*(?:
        (?:{_CREDIT_OPENERS})
        | read\s+(?:the\s+rest|more|the\s+full\s+(?:story|article|report))\b
        | (?:click|tap)\s+here\b
        | all\s+rights\s+reserved
        | (?:photo|image|picture|video)s?(?:\s+credits?)?\s*:
        | (?:source|sources|credit|credits)\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
"""Lines that credit, sign off or advertise rather than report: the credit openers of signoff_phrases.tsv
(the provenance's signoff rule reads the same rows), and links and photo credits."""
_FURNITURE_OPENERS = "|".join(
    re.escape(o).replace(r"\ ", r"\s+")
    for o in sorted(lexicon.lower_words("page_furniture"), key=lambda o: (-len(o), o))
)
_SHORT_SIGNOFF = re.compile(rf"^(?:[-–—(\[]|(?:{_FURNITURE_OPENERS})\b)", re.IGNORECASE)
"""A dash or bracket, or an opener of the page's link and promotion lines (page_furniture.txt, as the
parse's furniture rule reads it): words that are also ordinary ("Watch makers..."), only trusted on short
lines."""
SHORT_SIGNOFF_WORDS = 12
_ALL_CAPS_LINE = re.compile(r"^[A-Z0-9#/&.\- ]{2,30}$")
"""Wire signoffs such as "UNI RN" or "AP SK KM"."""
_DATELINE = re.compile(
    r"""^\s*(?:
        [A-Z][\w.'’/&-]*(?:[ /,][A-Z][\w.'’/&-]*){0,5}          # place(s): "Washington/New Delhi"
        (?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?      # date: ", Mar 28"
        \s*\((?:{agencies})\)\s*[-–—:]?                            # agency: "(UNI)", "(Reuters) -"
      | [A-Z][A-Z.'’/-]+(?:\s[A-Z][A-Z.'’/-]+){0,3}\s*[-–—]       # "NEW YORK —"
    )\s*""".replace("{agencies}", "|".join(map(re.escape, WIRE_AGENCIES))),
    re.VERBOSE,
)
"""Fallback when the caller gives no `lead_offset`: a wire dateline at the start of the story."""
_CALENDAR = lexicon.by_kind("calendar")
_FACT_WORDS = [
    *(w for kind in ("month", "month_abbreviation", "weekday", "day") for w in _CALENDAR[kind]),
    *("hundred", "thousand", "million", "billion", "trillion", "dozen", "half"),
]
_DATE_OR_NUMBER = re.compile(
    r"\d|\b(?:" + "|".join(sorted(_FACT_WORDS, key=lambda w: (-len(w), w))) + r")\b", re.IGNORECASE
)
"""Key points should include a concrete fact: a date, an amount, a count."""
_QUOTE_OPENERS = "\"“‘'"
_TERMINAL = '.!?"”’)]…'


@dataclass
class _Candidate:
    index: int
    order: int
    words: list[str]
    n_words: int
    text: str
    terms: frozenset[str] = field(default_factory=frozenset)
    score: float = 0.0


_SKIPPED_WORDS = STOP_WORDS | NEWS_STOP_WORDS


def _content_words(text: str, cache: dict[str, str]) -> tuple[list[str], int]:
    """Stemmed content words (with repeats) and the total word count."""
    tokens = _WORD.findall(text.lower().replace("’", "'"))
    words = []
    for lower in tokens:
        if lower in _SKIPPED_WORDS or (len(lower) < 2 and not lower.isdigit()):
            continue
        stem = cache.get(lower)  # the cache is read here: a call per word costs more than the stem
        if stem is None:
            stem = cache[lower] = fold_plural(lower)
        words.append(stem)
    return words, len(tokens)


def dateline_end(text: str) -> int:
    """Offset where the story starts after a wire dateline at the start of `text` (0 when none)."""
    match = _DATELINE.match(text[:120])
    if not match or match.end() >= len(text.rstrip()):
        return 0
    return match.end()


def _is_excluded(text: str, alone_in_paragraph: bool) -> bool:
    """Attribution-only lines, signoffs, credits and headings are never summary material."""
    stripped = text.strip()
    if not stripped or stripped.endswith(":"):
        return True
    if _SIGNOFF.match(stripped) or _ALL_CAPS_LINE.match(stripped):
        return True
    n_words = len(stripped.split())
    if n_words <= SHORT_SIGNOFF_WORDS and _SHORT_SIGNOFF.match(stripped):
        return True
    # A heading: a short line standing alone with no sentence-final punctuation.
    return alone_in_paragraph and stripped[-1] not in _TERMINAL and n_words <= HEADING_WORDS


def _cosine(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def _mmr(
    pool: list[_Candidate], k: int, redundancy: float, *, forced: _Candidate | None = None
) -> list[_Candidate]:
    """Maximal marginal relevance: best score, minus the overlap with what is already chosen."""
    chosen: list[_Candidate] = [forced] if forced is not None else []
    remaining = [c for c in pool if c is not forced]
    while len(chosen) < k and remaining:
        best: _Candidate | None = None
        best_value = -math.inf
        for candidate in remaining:
            overlap = max((_cosine(candidate.terms, c.terms) for c in chosen), default=0.0)
            if overlap > DUPLICATE_SIMILARITY:
                continue
            value = candidate.score - redundancy * overlap
            if value > best_value:
                best, best_value = candidate, value
        if best is None:
            break
        chosen.append(best)
        remaining.remove(best)
    return chosen


def _one_line(text: str, limit: int = GIST_MAX_CHARS) -> str:
    """Collapse whitespace; cut at a word boundary with '...' when over `limit`."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 3].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return cut + "..."


def _key_point_count(n_eligible: int) -> int:
    """Longer stories get more key points, within 3-5."""
    if n_eligible < 12:
        return 3
    return 4 if n_eligible < 25 else 5


def summarize(
    paragraphs: Sequence[Paragraph],
    sentences: Sequence[Sentence],
    *,
    title: str | None = None,
    lead_offset: int = 0,
    n: int = 3,
) -> Summary:
    """Rank sentences for a news summary; pick the gist from the lead and diverse key points."""
    if not sentences:
        return Summary()
    if lead_offset <= 0 or lead_offset >= sentences[-1].end:
        first = sentences[0]
        relative = dateline_end(first.text)
        lead_offset = first.start + relative if relative else 0

    kinds = {p.index: p.kind for p in paragraphs}
    per_paragraph = Counter(s.paragraph for s in sentences)
    cache: dict[str, str] = {}
    eligible: list[_Candidate] = []
    fragments: list[_Candidate] = []
    for sentence in sentences:
        if sentence.end <= lead_offset or kinds.get(sentence.paragraph, "body") != "body":
            continue  # the dateline itself, or a paragraph already typed as heading/attribution/signoff
        text = sentence.text
        if sentence.start < lead_offset:
            text = text[lead_offset - sentence.start :]
        if _is_excluded(text, per_paragraph[sentence.paragraph] == 1):
            continue
        words, n_words = _content_words(text, cache)
        bucket = eligible if n_words >= MIN_WORDS and words else fragments
        bucket.append(_Candidate(sentence.index, len(bucket), words, n_words, text.strip(), frozenset(words)))
    if not eligible:
        eligible = fragments  # nothing better: a very short story is its own summary
    if not eligible:
        return Summary()

    _score(eligible, title, cache)
    pool = heapq.nlargest(max(MMR_POOL, 4 * n), eligible, key=lambda c: (c.score, -c.index))
    chosen = _mmr(pool, n, REDUNDANCY_WEIGHT) if n > 0 else []
    return Summary(
        sentences=tuple(c.index for c in chosen),
        gist=_gist(eligible),
        key_points=_key_points(eligible, pool),
    )


def _score(candidates: list[_Candidate], title: str | None, cache: dict[str, str]) -> None:
    """Centrality + position + title overlap, each in 0..1, with length and quote adjustments.

    Centrality is the weighted degree of sumy's TextRank graph (edge = shared words / (log|a| + log|b|)),
    whose PageRank is close to proportional to degree; summed per word it costs O(words), not O(n^2).
    """
    frequency: Counter[str] = Counter()
    for candidate in candidates:
        frequency.update(candidate.words)
    mean_log = sum(math.log(max(c.n_words, 2)) for c in candidates) / len(candidates)
    centrality = []
    for candidate in candidates:
        own = Counter(candidate.words)
        shared = sum(count * (frequency[word] - count) for word, count in own.items())
        centrality.append(shared / (math.log(max(candidate.n_words, 2)) + mean_log))
    top = max(centrality) or 1.0
    title_terms = frozenset(_content_words(title, cache)[0]) if title else frozenset()
    for candidate, central in zip(candidates, centrality, strict=True):
        score = CENTRALITY_WEIGHT * central / top + POSITION_WEIGHT * POSITION_DECAY**candidate.order
        if title_terms:
            score += TITLE_WEIGHT * len(title_terms & candidate.terms) / len(title_terms)
        if candidate.n_words > LONG_WORDS:
            score *= LONG_WORDS / candidate.n_words
        opening = candidate.text.lstrip()
        if opening[:1] in _QUOTE_OPENERS:
            score *= QUOTE_PENALTY
        if _is_question(opening):
            score *= QUESTION_PENALTY
        candidate.score = score


def _gist(eligible: list[_Candidate]) -> str:
    """The lead sentence (dateline already cut off); a quote or question lead gives way to the next one."""
    lead = eligible[:GIST_WINDOW]
    best = next((c for c in lead if c.text[:1] not in _QUOTE_OPENERS and not _is_question(c.text)), lead[0])
    return _one_line(best.text)


def _is_question(text: str) -> bool:
    return text.rstrip("\"”’'").endswith("?")


def _key_points(eligible: list[_Candidate], pool: list[_Candidate]) -> tuple[int, ...]:
    """3-5 diverse sentences in document order, one of them with a date or a number when there is one."""
    k = _key_point_count(len(eligible))
    chosen = _mmr(pool, k, KEY_POINT_REDUNDANCY_WEIGHT)
    if not any(_DATE_OR_NUMBER.search(c.text) for c in chosen):
        factual = [c for c in eligible if _DATE_OR_NUMBER.search(c.text)]
        if factual:
            forced = max(factual, key=lambda c: (c.score, -c.index))
            chosen = _mmr(pool, k, KEY_POINT_REDUNDANCY_WEIGHT, forced=forced)
    return tuple(sorted(c.index for c in chosen))
