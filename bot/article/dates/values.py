"""TIMEX3 value arithmetic: weeks, shifted months, calendar units, ISO 8601 durations, counts and clocks.

Pure functions of their arguments (no text, no tense): what a rule has read becomes a value here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.article.dates.words import MONTHS, NUMBER_WORDS, SMALLER_UNITS, UNITS, VAGUE_UNITS


def week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def weekday_date(anchor: date, weekday: int, tense: int, rel: str = "") -> date:
    """News convention: a bare weekday is the latest one up to the anchor unless the clause is future."""
    offset = weekday - anchor.isoweekday()
    if rel == "last":
        return anchor + timedelta(days=offset - 7 if offset >= 0 else offset)
    if rel == "next":
        return anchor + timedelta(days=offset + 7 if offset <= 0 else offset)
    if tense > 0 or rel in {"this", "coming"}:
        return anchor + timedelta(days=offset % 7)
    return anchor - timedelta(days=(-offset) % 7)


def relative_ref(direction: int) -> str:
    return {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[direction]


def unit_date(anchor: date | None, unit: str, shift: int) -> str:
    """The calendar unit (day/week/month/quarter/year/decade/century) `shift` units from the anchor."""
    if anchor is None:
        return relative_ref(max(-1, min(1, shift)))
    if unit == "day":
        return (anchor + timedelta(days=shift)).isoformat()
    if unit == "week":
        return week(anchor + timedelta(weeks=shift))
    if unit == "weekend":
        return week(anchor + timedelta(weeks=shift)) + "-WE"
    if unit == "month":
        year, month = shift_month(anchor.year, anchor.month, shift)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + shift
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "year":
        return f"{anchor.year + shift:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + shift:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + shift:02d}"
    return relative_ref(max(-1, min(1, shift)))


def parse_quantity(text: str | None) -> float | None:
    """A count from digits or words; None for vague ones ("several", "a few")."""
    if text is None:
        return 1.0
    words = " ".join(text.lower().split())
    words = re.sub(r"\s+of$", "", words)
    if words in {"a", "an", "one"}:
        return 1.0
    if words in NUMBER_WORDS:
        return float(NUMBER_WORDS[words])
    if "-" in words or " " in words:
        tens, _, ones = words.replace("-", " ").partition(" ")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return float(NUMBER_WORDS[tens] + NUMBER_WORDS[ones])
    try:
        return float(words)
    except ValueError:
        return None


def duration(quantity: float | None, unit: str) -> str:
    """ISO 8601 duration: P3M, PT24H, P10Y for a decade, PXM for "several months"."""
    name = unit.lower().rstrip("s")
    name = "century" if name.startswith("centur") else name
    multiplier, letter, clock = UNITS[name]
    if quantity is None:
        if name in VAGUE_UNITS:
            return f"PX{VAGUE_UNITS[name]}"
        return f"PTX{letter}" if clock else f"PX{letter}"
    amount = quantity * multiplier
    if (
        amount != int(amount) and (letter, clock) in SMALLER_UNITS
    ):  # 2.5 years -> P2Y6M, 1.5 minutes -> PT1M30S
        smaller, per = SMALLER_UNITS[letter, clock]
        rest = (amount - int(amount)) * per
        if rest == int(rest):
            whole = f"{int(amount)}{letter}" if int(amount) else ""
            return f"PT{whole}{int(rest)}{smaller}" if clock else f"P{whole}{int(rest)}{smaller}"
    number = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return f"PT{number}{letter}" if clock else f"P{number}{letter}"


def unit_name(unit: str) -> str:
    name = unit.lower()
    if name.startswith("centur"):
        return "century"
    return name[:-1] if name.endswith("s") else name


def month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def day_number(token: str) -> int:
    return int(re.match(r"\d+", token).group())  # type: ignore[union-attr]


def year_number(token: str, base: int | None = None) -> int:
    """Four digits, or two after a first year ("2009-10")."""
    if len(token) == 2 and base is not None:
        return base // 100 * 100 + int(token)
    return int(token)


def clock_value(clock: str) -> str | None:
    text = clock.lower().replace(" ", "")
    if text == "noon":
        return "12:00"
    if text == "midnight":
        return "24:00"
    match = re.match(r"(\d{1,2})(?:[:.](\d\d))?", text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if "p" in text and hour < 12:
        hour += 12
    elif "a" in text and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"
