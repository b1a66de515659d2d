"""Score our temporal-expression extractor on the TempEval-3 dev set, side by side with dateparser.

    python3 bench/eval_dates.py

Reads dates_dev.jsonl from $NEWSDESK_EVAL_DIR (default: <repo>/../shared/eval) at run time: the texts are
never copied into the repo. The anchor is each document's creation date. A range ("March 25-29") is
reported as its two endpoint dates, since TIMEX3 has no range value. Predictions go to bench/out/
(gitignored), the official scorer runs on both files, and each system's time is reported in ms per
1,000 words.
"""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from evalkit import dev_set  # noqa: E402

from bot.article.dates import extract_dates  # noqa: E402
from bot.article.model import TimeExpression  # noqa: E402
from bot.article.sentences import segment  # noqa: E402

_HEADLINE = re.compile(r"value_F1=([\d.]+)\s+strict_F1=([\d.]+)\s+relaxed_F1=([\d.]+)")
_RANGE_SEPARATOR = re.compile(
    r"\s*(?:-|–|—|/|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*", re.I
)

Timex = dict[str, Any]


def as_timexes(expression: TimeExpression) -> list[Timex]:
    """One scorer timex, or two for a range: each endpoint keeps the part of the span that names it."""
    if expression.begin is None or expression.until is None:
        return [_timex(expression.start, expression.end, expression.text, expression.type, expression.value)]
    # The separator after the first number/word is where the range splits ("March 25-29", "2009-2010").
    separator = None
    for match in _RANGE_SEPARATOR.finditer(expression.text):
        if match.start() > 0 and match.end() < len(expression.text):
            separator = match
            break
    if separator is None:
        return [_timex(expression.start, expression.end, expression.text, expression.type, expression.begin)]
    first_end = expression.start + separator.start()
    second_start = expression.start + separator.end()
    return [
        _timex(
            expression.start,
            first_end,
            expression.text[: separator.start()],
            expression.type,
            expression.begin,
        ),
        _timex(
            second_start,
            expression.end,
            expression.text[separator.end() :],
            expression.type,
            expression.until,
        ),
    ]


def _timex(start: int, end: int, text: str, kind: str, value: str) -> Timex:
    return {"start": start, "end": end, "text": text, "type": kind, "value": value}


def run_ours(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float]:
    """Our predictions, and the seconds spent in extract_dates alone (segmentation is timed elsewhere)."""
    predictions = []
    elapsed = 0.0
    for doc in docs:
        _, sentences = segment(doc["text"])
        anchor = date.fromisoformat(doc["dct"][:10])
        started = time.perf_counter()
        expressions = extract_dates(doc["text"], sentences, anchor)
        elapsed += time.perf_counter() - started
        timexes = [t for e in expressions for t in as_timexes(e)]
        predictions.append({"id": doc["id"], "timexes": timexes})
    return predictions, elapsed


def run_dateparser(
    docs: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], float] | None:
    """The baseline: dateparser.search_dates anchored on the creation date.

    Valued two ways: the found datetime's ISO date, and at the granularity dateparser itself reports
    (year/month/week/day), which is how the 0.356 in the eval README was measured. Only search_dates
    is timed.
    """
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:
        return None
    search_dates("warm up on 5 March 2013", languages=["en"])  # its first call loads locale data
    as_date, granular = [], []
    elapsed = 0.0
    for doc in docs:
        base = datetime.fromisoformat(doc["dct"][:10])
        settings = {"RELATIVE_BASE": base}
        started = time.perf_counter()
        found = search_dates(doc["text"], languages=["en"], settings=settings) or []
        elapsed += time.perf_counter() - started
        as_date.append(
            {"id": doc["id"], "timexes": [_timex_text(text, when.date().isoformat()) for text, when in found]}
        )
        periods = DateDataParser(languages=["en"], settings=settings)
        timexes = []
        for text, when in found:
            period = periods.get_date_data(text).period or "day"
            timexes.append(_timex_text(text, _granular(when, period)))
        granular.append({"id": doc["id"], "timexes": timexes})
    return as_date, granular, elapsed


def _granular(when: datetime, period: str) -> str:
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}"
    return when.date().isoformat()


def _timex_text(text: str, value: str) -> Timex:
    """A prediction without offsets: the scorer finds the text (first unused occurrence)."""
    return {"text": text, "type": "DATE", "value": value}


def main() -> int:
    dev = dev_set("dates")
    if dev is None:
        return 0
    docs = dev.docs
    words = sum(len(doc["text"].split()) for doc in docs)

    systems: list[tuple[str, list[dict[str, Any]], float]] = []
    ours, ours_seconds = run_ours(docs)
    systems.append(("newsdesk", ours, ours_seconds))
    baseline = run_dateparser(docs)
    if baseline is None:
        print("dateparser is not installed (pip install dateparser); skipping the baseline.")
    else:
        as_date, granular, seconds = baseline
        systems.append(("dateparser", as_date, seconds))
        systems.append(("dateparser*", granular, seconds))

    out = REPO_ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    print(f"{len(docs)} docs, {words} words, {sum(len(d['timexes']) for d in docs)} gold timexes")
    print(f"{'system':<12} {'strict F1':>9} {'relaxed F1':>10} {'value F1':>9} {'ms/1k words':>12}")
    for name, predictions, seconds in systems:
        path = out / f"dates_{name.replace('*', '_period')}.jsonl"
        path.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
        value, strict, relaxed = dev.score(path, _HEADLINE)
        per_k = seconds * 1000 / words * 1000
        print(f"{name:<12} {strict:>9.3f} {relaxed:>10.3f} {value:>9.3f} {per_k:>12.2f}")
    if len(systems) > 1:
        ratio = systems[1][2] / systems[0][2] if systems[0][2] else float("inf")
        print("dateparser: value = the found datetime's ISO date; dateparser*: at dateparser's own period")
        print(f"speed: newsdesk is {ratio:.0f}x faster than dateparser.search_dates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
