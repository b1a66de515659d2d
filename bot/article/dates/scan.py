"""The scanner: one pass over the text, trying the rules only where a trigger word or a digit starts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from bot.article.dates.anchoring import Context, Found
from bot.article.dates.events import EVENT_LIMIT, RELATIVE, antecedent, event_span, split_off_subject
from bot.article.dates.rules import RULES, TRIGGERS
from bot.article.dates.words import CUES, trie
from bot.article.model import Sentence, TimeExpression


def _plain(pattern: str) -> str:
    """The pattern without its named groups, so that all rules fit in one scanner."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_RULE_INDEX = {rule.name: n for n, rule in enumerate(RULES)}
SCANNER = re.compile(
    r"(?<!\w)(?=[\w'’])(?:" + "|".join(f"(?P<{rule.name}>{_plain(rule.pattern)})" for rule in RULES) + ")",
    re.I,
)
"""One pass over the text finds every candidate; the matching rule's own pattern then reads its parts."""

CANDIDATES = re.compile(rf"(?<!\w)(?:['’]?\d|(?P<word>{trie(sorted(TRIGGERS))})(?!\w))", re.I)
"""Where an expression may start: found by `re` in C, so Python only looks at these few places."""
_FREQUENT_STARTERS = CUES["frequent_starter"]
"""Frequent words ("the", "a", "this") that start an expression only before a trigger or a follower."""
_FOLLOWERS = CUES["determiner_follower"]
_NEXT_WORD = re.compile(r"[\s-]+(['’]?\w+)")


def scan(ctx: Context) -> list[Found]:
    """Every expression in the text, in order, each found by the first rule whose handler accepts it.

    A candidate its handler declines lets the later rules try at the same place, then the next word.
    """
    found: list[Found] = []
    text = ctx.text
    position = 0
    for token in CANDIDATES.finditer(text):
        if token.start() < position:
            continue
        word = token.group("word")
        if word is not None and word.lower() in _FREQUENT_STARTERS:
            following = _NEXT_WORD.match(text, token.end())
            if following is None:
                continue
            next_word = following.group(1).lower().lstrip("'’")
            if not (next_word[:1].isdigit() or next_word in TRIGGERS or next_word in _FOLLOWERS):
                continue
        match = SCANNER.match(text, token.start())
        if match is None:
            continue
        for rule in RULES[_RULE_INDEX[match.lastgroup or ""] :]:
            rule_match = rule.compiled.match(text, match.start())
            if rule_match is None:
                continue
            ctx.at = rule_match.start()
            try:
                result = rule.handler(rule_match, ctx)
            except (OverflowError, ValueError):  # an anchor at the very edge of the calendar
                result = None
            if result is not None and result.start == result.end == rule_match.end():
                position = rule_match.end()  # consumed: not an expression, nor anything inside it
                break
            if result is not None and result.value and result.start < result.end:
                result.rule = rule.name
                found.append(result)
                position = rule_match.end()
                break
    return found


GLOSS_OPEN = re.compile(r"\s*\(\s*$")
GLOSS_CLOSE = re.compile(r"\s*\)")
FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d$")
GLOSSED_RULES = frozenset({"word", "weekday"})
"""The rules of a relative day ("today", "on Tuesday") that a date in brackets may gloss."""


def _glossed(text: str, found: list[Found]) -> list[Found]:
    """A relative day glossed by its date in brackets is that date: "published today (Oct. 28)" was
    written on Oct. 28, whatever day the page was dated (often the next, in UTC); "on Tuesday (Oct. 28)"."""
    for word, gloss in pairwise(found):
        if (
            word.type == gloss.type == "DATE"
            and word.rule in GLOSSED_RULES
            and FULL_DATE.match(word.value)
            and FULL_DATE.match(gloss.value)
            and GLOSS_OPEN.match(text[word.end : gloss.start])
            and GLOSS_CLOSE.match(text, gloss.end)
        ):
            word.value = gloss.value
    return found


def extract_dates(
    text: str, sentences: Sequence[Sentence], anchor: date | None
) -> tuple[TimeExpression, ...]:
    """Every temporal expression in document order, valued on `anchor` (the publication date)."""
    ctx = Context(text=text, anchor=anchor, sentences=sentences, starts=[s.start for s in sentences])
    expressions: list[TimeExpression] = []
    for found in _glossed(text, scan(ctx)):
        event_start, event_end = event_span(ctx, found.start, found.end)
        event = text[event_start:event_end]
        low = ctx.bounds(found.start, found.end)[0]
        relative = RELATIVE.match(text, event_start)
        if relative is not None:
            subject = antecedent(text, low, event_start)
            if subject is not None:
                event_start = relative.end()
        else:
            subject = split_off_subject(text, low, event_start)
        if subject is not None:
            rest = EVENT_LIMIT - (subject[1] - subject[0]) - 1
            if event_end - event_start > rest:
                event_end = event_start + max(
                    text.rfind(" ", event_start, event_start + rest) - event_start, 0
                )
            event = f"{text[subject[0] : subject[1]]} {text[event_start:event_end]}"
            event_start = subject[0]
        expressions.append(
            TimeExpression(
                start=found.start,
                end=found.end,
                text=text[found.start : found.end],
                type=found.type,
                value=found.value,
                begin=found.begin,
                until=found.until,
                event=event,
                event_start=event_start,
                event_end=event_end,
                sentence=sentences[ctx.sentence_index(found.start)].index if sentences else 0,
            )
        )
    return tuple(expressions)
