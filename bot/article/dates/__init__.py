"""Temporal expressions (TIMEX3 DATE/TIME/DURATION/SET) anchored on the publication date.

Hand-written rules over compiled `re`: on our TempEval-3 dev set dateparser scores value F1 0.356 (and is
slow), recognizers-text 0.633, and HeidelTime/SUTime need a Java runtime; TimeML-style rules beat them here.

Modules by job: `words` (the lexicon's calendar words and the pattern fragments), `rules` (one record per
rule: pattern, handler, start words, examples), `handlers` (what each rule does with its match),
`values` (TIMEX3 value arithmetic), `anchoring` (tense and the anchor), `events` (the clause a date
dates) and `scan` (the one pass over the text).
"""

from bot.article.dates.events import EVENT_LIMIT
from bot.article.dates.scan import extract_dates

__all__ = ["EVENT_LIMIT", "extract_dates"]
