"""Tense and anchoring: which past or future date a relative expression means, from the publication date
(the anchor) and the verbs of its clause ("said Friday" looks back, "will meet Friday" ahead).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.article.dates.values import weekday_date
from bot.article.dates.words import CUES, DAY_SHIFTS, MONTHS, PAST_FORMS, PHRASE_OPENERS, WEEKDAYS, YEAR, trie
from bot.article.model import Sentence, TimexType

_FUTURE = (
    r"(?:will|shall|might|should|(?-i:may))(?:\s+not)?(?:\s+(?:be|have)(?:\s+been)?\s+\w+)?|'ll|’ll"
    r"|won[’']t|going\s+to|gonna|(?:is|are|'s|’s)\s+(?:expected|scheduled|due|set|likely)"
    r"|soon|aims?\s+to|hopes?\s+to|later"
)
_UNTIL = r"until|till|through"
"""Prepositions that look ahead ("is valid until March", "was postponed until Saturday") unless a past
state or a negated past governs them: "was education secretary until the summer", "did not search the
station until October" look back."""
_PAST_STATE = (
    r"(?:was|were)(?!\s+(?:not\s+)?\w+(?:ed|en)(?!\w))|wasn[’']t|weren[’']t|did(?:n[’']t|\s+not)"
    r"|had(?:n[’']t|\s+not)|never"
)
"""A past state ("was minister"), not a passive ("was postponed until Saturday" still looks ahead)."""
_PLAN = (
    r"plans?\s+to|planned|planning|scheduled|expected|expects?|intends?|intended|due|set\s+to|supposed\s+to"
    r"|to\s+be\s+\w+(?:ed|en)"
)
_PAST = (
    r"had\s+been\s+(?:due|scheduled|expected|set|planned|supposed)|has|have|ago|last|earlier|since"
    rf"|{trie(PAST_FORMS)}|(?-i:[a-z]{{2,}}(?<![en]e)ed)"
)
TENSE_CUES = re.compile(
    rf"(?<![\w'’])(?:(?P<future>{_FUTURE})|(?P<plan>{_PLAN})|(?P<state>{_PAST_STATE})|(?P<past>{_PAST})"
    r"|(?P<present>is|are|am|says)"
    rf"|(?P<until>{_UNTIL}))(?!\w)"
    r"|(?P<gap>[,;:()\"“”]|''|``|(?<!\w)(?:and|but)(?!\w))",
    re.I,
)
"""Verb cues for the tense of the clause around a relative date ("said Friday" vs "will meet Friday").

A plan verb looks ahead when it comes before the date ("planned a rally on Saturday") and reports the
planning when it comes after it ("On Friday, the government planned to ..."). `gap` marks clause breaks
(punctuation, and a coordinating "and"/"but": "completed in August and will be finished in spring"): a
cue beyond one counts for less than a cue in the same clause.
"""
_DIRECTION = {"future": 1, "plan": 1, "until": 1, "state": -1, "past": -1, "present": 0}
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def adjectival(text: str, match: re.Match[str]) -> bool:
    """A past form closing a hyphenated compound before a noun is an adjective, no past-tense cue: "the
    long-awaited summit", "the star-studded Paley Honors gala". A phrase opener or a date after it
    ("re-elected on Friday", "co-hosted the talks", "re-elected Friday") leaves it a verb."""
    start = match.start()
    if match.lastgroup != "past" or start < 2 or text[start - 1] != "-" or not text[start - 2].isalpha():
        return False
    following = _NEXT_WORD.match(text, match.end())
    word = following.group(1).lower() if following else ""
    return bool(word) and word not in PHRASE_OPENERS and word not in WEEKDAYS and word not in MONTHS


CONTEXT = 250
"""Tense cues and event clauses are looked for this many characters around an expression at most."""
CLAUSE_PENALTY = 40
"""Extra distance for a tense cue in another clause than the date."""

# --- results and context ---------------------------------------------------------------------------


@dataclass(slots=True)
class Found:
    """One recognized expression before it becomes a model object."""

    start: int
    end: int
    type: TimexType
    value: str
    begin: str | None = None
    until: str | None = None
    rule: str = ""
    """The name of the rule that found it (set by the scanner)."""


def consume(m: re.Match[str]) -> Found:
    """Not an expression, and nothing inside it is either ("ages 6 months", "2010 children")."""
    return Found(m.end(), m.end(), "DATE", "")


NARRATIVE_SENTENCES = 1
"""How many sentences back, in the same paragraph, a written year still dates a past clause's month ("in
the spring of 1986. However on March 6 ..." is March 6, 1986)."""
_WRITTEN_YEAR = re.compile(rf"{YEAR}")


@dataclass
class Context:
    """The document-level facts a rule needs: text, anchor and sentence bounds, and where the rule being
    tried stands (`at`, set by the scanner)."""

    text: str
    anchor: date | None
    sentences: Sequence[Sentence]
    starts: list[int]
    at: int = 0
    _years: list[tuple[int, int]] | None = None

    def narrative_year(self) -> int | None:
        """The year a story about the past last wrote out, in this sentence or the one before it in the same
        paragraph, when it is before the anchor's: HeidelTime's narrative rule, kept to past clauses near
        the year. "GCSEs were introduced in September 1986, after Sir Keith stepped down in May": May 1986."""
        if self.anchor is None:
            return None
        if self._years is None:
            self._years = [(m.start(), int(m.group())) for m in _WRITTEN_YEAR.finditer(self.text)]
        low = 0
        if self.sentences:
            here = self.sentence_index(self.at)
            first = max(0, here - NARRATIVE_SENTENCES)
            while self.sentences[first].paragraph != self.sentences[here].paragraph:
                first += 1  # a new paragraph starts afresh
            low = self.sentences[first].start
        i = bisect.bisect_left(
            self._years, (self.at,)
        )  # the last year written before `at`, found in the sorted list
        if i == 0 or self._years[i - 1][0] < low:
            return None
        year = self._years[i - 1][1]
        return year if year < self.anchor.year else None

    def sentence_index(self, offset: int) -> int:
        """The sentence holding `offset`; past a sentence's end (a wire dateline, which is in no sentence),
        the one that follows: a dateline's date belongs to the story's first sentence, not the headline."""
        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        if self.sentences and offset >= self.sentences[index].end and index + 1 < len(self.sentences):
            return index + 1
        return index

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around a span, clipped to a window so long unsegmented texts stay linear."""
        if self.sentences:
            sentence = self.sentences[self.sentence_index(start)]
            low, high = sentence.start, max(sentence.end, end)
        else:
            low, high = 0, len(self.text)
        return max(low, start - CONTEXT), min(high, end + CONTEXT)

    def tense(self, start: int, end: int) -> int:
        """-1 past, +1 future, 0 unknown/present: the nearest verb cue, in the same clause if any. "until"
        right before the date looks ahead only when its clause has no other verb cue before it."""
        low, high = self.bounds(start, end)
        best, best_distance = 0, 10**9
        cue_end, last_gap = -1, -1
        clause: list[str] = []
        for match in TENSE_CUES.finditer(self.text, low, start):
            if match.lastgroup == "gap":
                last_gap = match.end()
                clause = []
            elif match.lastgroup == "until" and "state" in clause:
                continue  # "did not search ... until October": the clause's past state decides
            elif adjectival(self.text, match):
                continue
            else:
                cue_end = match.end()
                best = _DIRECTION[match.lastgroup or "present"]
                clause.append(match.lastgroup or "")
        if cue_end >= 0:
            best_distance = start - cue_end + (CLAUSE_PENALTY if last_gap > cue_end else 0)
        gap_seen = False
        for match in TENSE_CUES.finditer(self.text, end, high):
            if match.lastgroup == "gap":
                gap_seen = True
                continue
            if adjectival(self.text, match):
                continue
            distance = match.start() - end + 5 + (CLAUSE_PENALTY if gap_seen else 0)
            if distance < best_distance:
                best = -1 if match.lastgroup == "plan" else _DIRECTION[match.lastgroup or "present"]
            break
        return best

    def scheduled(self, start: int) -> bool:
        """ "set Johnson's trial for Feb. 25", "a vote scheduled for Monday": a day after "for" is the day
        something is set for, ahead of when it was set."""
        return self.word_before(start) in CUES["schedule_preposition"]

    def word_before(self, start: int) -> str:
        match = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
        return match.group(1).lower() if match else ""

    def word_after(self, end: int) -> str:
        match = _WORD_AFTER.match(self.text, end, min(len(self.text), end + 30))
        return match.group(1).lower() if match else ""


_WORD_BEFORE = re.compile(r"([\w$£€%'’]+)[ \t\"“‘(]*$")
_WORD_AFTER = re.compile(r"[ \t]*([\w%'’]+)")


def month_year(ctx: Context, month: int, tense: int) -> int | None:
    """The year of a month named without one: the past one in past clauses, the next in future ones."""
    if ctx.anchor is None:
        return None
    narrative = ctx.narrative_year() if tense < 0 else None
    if narrative is not None:
        return narrative
    delta = month - ctx.anchor.month
    year = ctx.anchor.year
    if tense < 0 and delta > 0:
        return year - 1
    if tense > 0 and delta < 0:
        return year + 1
    if tense == 0 and delta > 6:
        return year - 1
    if tense == 0 and delta < -6:
        return year + 1
    return year


def quarter_year(ctx: Context, first_month: int, tense: int) -> int | None:
    """A reporting period named without a year ("third-quarter loss"): the latest one that has begun by the
    anchor, since results are reported after it; a later one only in a future clause or when it is near."""
    if ctx.anchor is None:
        return None
    ahead = first_month - ctx.anchor.month
    if ahead <= 0 or tense > 0 or (tense == 0 and ahead <= 3):
        return ctx.anchor.year
    return ctx.anchor.year - 1


def day_date(ctx: Context, month: int, day: int, tense: int) -> date | None:
    """Like `month_year`, but a date a few days off in the "wrong" direction keeps the anchor's year."""
    if ctx.anchor is None:
        return None
    narrative = ctx.narrative_year() if tense < 0 else None
    if narrative is not None:
        try:
            return date(narrative, month, day)
        except ValueError:
            return None
    try:
        candidate = date(ctx.anchor.year, month, day)
    except ValueError:
        return None
    delta = (candidate - ctx.anchor).days
    year = ctx.anchor.year
    if (tense < 0 and delta > 60) or (tense == 0 and delta > 183):
        year -= 1
    elif (tense > 0 and delta < -60) or (tense == 0 and delta < -183):
        year += 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_value(ctx: Context, month: int, day: int | None, year: int | None, tense: int) -> str | None:
    if day is not None:
        if year is not None:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return None
        found = day_date(ctx, month, day, tense)
        if found is not None:
            return found.isoformat()
        if ctx.anchor is None and 1 <= day <= 31:
            return f"XXXX-{month:02d}-{day:02d}"
        return None
    if year is None:
        year = month_year(ctx, month, tense)
    return f"{year:04d}-{month:02d}" if year is not None else f"XXXX-{month:02d}"


def deictic_day(ctx: Context, word: str, start: int, end: int) -> str | None:
    """The date of "today"/"Friday"/... as ISO, or an X pattern without an anchor."""
    word = word.lower()
    if word in WEEKDAYS:
        if ctx.anchor is None:
            return f"XXXX-WXX-{WEEKDAYS[word]}"
        return weekday_date(ctx.anchor, WEEKDAYS[word], ctx.tense(start, end)).isoformat()
    shift = DAY_SHIFTS[word]
    if ctx.anchor is None:
        return None
    return (ctx.anchor + timedelta(days=shift)).isoformat()
