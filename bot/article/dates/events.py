"""The event clause a date belongs to ("Lynch is in India" for "March 25-29"), for timelines.

The clause around the expression, widened while short, with a wire dateline left out, an aside's
subject put back and a relative clause's antecedent named.
"""

from __future__ import annotations

import re

from bot.article.dates.anchoring import Context
from bot.article.dates.words import MONTH, WEEKDAY

DATELINE = re.compile(
    rf"^[A-Z][^\n,()]{{0,60}},\s+(?:{MONTH}\s*\d{{1,2}}(?:,?\s+\d{{4}})?|{WEEKDAY})\s*(?:\([^)\n]{{1,20}}\)\s*[-–—:]?\s*)?"
    r"|^[A-Z][A-Z ./,]{1,40}\s*\([^)\n]{1,20}\)\s*[-–—:]\s*",
    re.I,
)
"""Wire-copy openers ("Washington/New Delhi, Mar 28 (UNI)", "LONDON (Reuters) -") to keep out of events."""

CLAUSE_BREAK = re.compile(r"[;:()\[\]—]|,(?!\d)|\s–\s|\s-\s")
EVENT_LIMIT = 140
# --- events ----------------------------------------------------------------------------------------


def event_span(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The clause an expression dates: its comma/semicolon clause, widened while under six words.

    A wire dateline ("Washington, Mar 28 (UNI)") is left out; its own date dates the story's first clause.
    """
    low, high = ctx.bounds(start, end)
    if low == 0 or ctx.text[low - 1] == "\n":
        opener = DATELINE.match(ctx.text, low, high)
        if opener is not None:
            if opener.end() > start:
                start = end = max(end, opener.end())
            low = opener.end()
    cuts = [low, *(b.start() for b in CLAUSE_BREAK.finditer(ctx.text, low, high)), high]
    cuts = sorted({b for b in cuts if b <= start or b >= end})
    left = max((b for b in cuts if b <= start), default=low)
    right = min((b for b in cuts if b >= end and b > left), default=high)
    while len(ctx.text[left:right].split()) < 6:
        previous = max((b for b in cuts if b < left), default=None)
        following = min((b for b in cuts if b > right), default=None)
        if following is not None and (previous is None or following - right < left - previous):
            if following - left > EVENT_LIMIT:
                break
            right = following
        elif previous is not None and right - previous <= EVENT_LIMIT:
            left = previous
        else:
            break
    left, right = _trim(ctx.text, left, right)
    if right - left > EVENT_LIMIT:
        # Keep the clause's start when the expression is near it, else 40 characters before it.
        if end - left > EVENT_LIMIT - 20:
            space = ctx.text.find(" ", start - 40, start)
            left = space + 1 if space != -1 else start
        if left + EVENT_LIMIT < right:
            space = ctx.text.rfind(" ", end, left + EVENT_LIMIT)
            right = space if space != -1 else max(end, left + EVENT_LIMIT)
        left, right = _trim(ctx.text, left, right)
    return left, right


VERB_FIRST = re.compile(r"(?:is|are|was|were|will|would|has|have|had|can|could|should|must)\b")
SUBORDINATOR = re.compile(r"^.*\b(?:as|that|while|when|because|after|before|since|if|where)\s+", re.DOTALL)


def split_off_subject(text: str, low: int, event_start: int) -> tuple[int, int] | None:
    """The subject an aside cut off: "Lynch, along with officials, is in India" -> "Lynch" for "is in India".

    Only when the event opens on its verb; the subject is the clause before the aside, minus any
    leading "The talks come as".
    """
    if not VERB_FIRST.match(text, event_start):
        return None
    head = text[low:event_start].rstrip(" ,")
    aside = head.rfind(",")
    if aside <= 0:
        return None
    clause_start = head.rfind(",", 0, aside) + 1
    clause = head[clause_start:aside]
    opener = SUBORDINATOR.match(clause)
    offset = opener.end() if opener else len(clause) - len(clause.lstrip())
    start, end = low + clause_start + offset, low + aside
    words = text[start:end].split()
    if not 1 <= len(words) <= 12 or not words[0][:1].isupper():
        return None
    if len(words) > 4 and all(w[:1].isupper() for w in words[-2:]):
        start = end - len(
            " ".join(words[-2:])
        )  # "Assistant US Trade Representative ... Brendan Lynch" -> the name
    return start, end


RELATIVE = re.compile(r"(?:which|who)\s+(?=" + VERB_FIRST.pattern + ")")
CONNECTORS = frozenset({"of", "and", "for", "on", "de"})


def antecedent(text: str, low: int, relative_start: int) -> tuple[int, int] | None:
    """What ", which would be ready by fall" is about: the capitalised name just before the comma
    ("... a multi-sector Bilateral Trade Agreement (BTA), which" -> "Bilateral Trade Agreement (BTA)")."""
    head = text[low:relative_start].rstrip()
    if not head.endswith(","):
        return None
    words = list(re.finditer(r"\S+", head.rstrip(",")))
    kept: list[re.Match[str]] = []
    for word in reversed(words):
        token = word.group()
        named = token[:1].isupper() or (token.startswith("(") and token[1:2].isupper())
        if named or (token in CONNECTORS and kept):
            kept.append(word)
        else:
            break
    while kept and kept[-1].group() in CONNECTORS:
        kept.pop()
    if not kept or len(kept) > 8:
        return None
    return low + kept[-1].start(), low + kept[0].end()


def _trim(text: str, left: int, right: int) -> tuple[int, int]:
    """Strip spaces, clause punctuation and quote marks from both ends of an event span."""
    junk = " \t\n,;:.()[]—–-\"“”'‘’"
    while left < right and text[left] in junk:
        left += 1
    while right > left and text[right - 1] in junk:
        right -= 1
    return left, right
