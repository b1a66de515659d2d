"""TIMEX3 values for people: "2025-03-25/2025-03-29" -> "Mar 25-29, 2025", plus a sort key for timelines, and
the dates a value reaches as keys ("@2026-02"), by which a question's date finds a sentence that means it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot import lexicon

SEASONS = {
    "SP": ("Spring", 3),
    "SU": ("Summer", 6),
    "FA": ("Fall", 9),
    "AU": ("Fall", 9),
    "WI": ("Winter", 12),
}
"""TIMEX3 season codes: display name and the month a season starts, for ordering."""

_POINT = re.compile(
    r"^(?P<year>\d{4}|XXXX)"
    r"(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>\d{2}:\d{2}))?)?"
    r"|(?P<season>SP|SU|FA|AU|WI)|Q(?P<quarter>[1-4])|W(?P<week>\d{2})))?$"
)
_MONTH_NUMBERS = lexicon.by_kind("calendar")["month"]
_FULL_MONTHS = tuple(
    name.capitalize() for name in sorted(_MONTH_NUMBERS, key=lambda m: int(_MONTH_NUMBERS[m]))
)
_MONTHS = tuple(name[:3] for name in _FULL_MONTHS)
"""Month names for display, January first: "March", and its three letters "Mar"."""

UNDATED = (10_000, 0, 0, "")
"""Sort key of values that name no point in time (durations, "PRESENT_REF"): after everything dated."""


@dataclass(frozen=True)
class Point:
    """One end of a TIMEX3 date value, at whatever granularity it was written."""

    year: int | None
    month: int | None = None
    day: int | None = None
    time: str | None = None
    season: str | None = None
    quarter: int | None = None
    week: int | None = None

    @property
    def sort_key(self) -> tuple[int, int, int, str]:
        month = self.month or 0
        if self.season:
            month = SEASONS[self.season][1]
        elif self.quarter:
            month = (self.quarter - 1) * 3 + 1
        elif self.week and self.year:
            month = date.fromisocalendar(self.year, self.week, 1).month
        return (self.year or 9_999, month, self.day or 0, self.time or "")

    def month_day(self) -> str:
        return f"{_MONTHS[self.month - 1]} {self.day}" if self.month and self.day else ""

    def label(self) -> str:
        year = str(self.year) if self.year else ""
        if self.month and self.day:
            text = ", ".join(part for part in (self.month_day(), year) if part)
            return f"{text}, {self.time}" if self.time else text
        if self.month:
            return " ".join(part for part in (_FULL_MONTHS[self.month - 1], year) if part)
        if self.season:
            return " ".join(part for part in (SEASONS[self.season][0], year) if part)
        if self.quarter:
            return " ".join(part for part in (f"Q{self.quarter}", year) if part)
        if self.week:
            return ", ".join(part for part in (f"Week {self.week}", year) if part)
        return year


def parse_point(value: str) -> Point | None:
    match = _POINT.match(value.strip())
    if not match:
        return None
    year = None if match["year"] == "XXXX" else int(match["year"])
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    if match["week"] and (year is None or not 1 <= int(match["week"]) <= 53):
        return None
    return Point(
        year=year,
        month=month,
        day=day,
        time=match["time"],
        season=match["season"],
        quarter=int(match["quarter"]) if match["quarter"] else None,
        week=int(match["week"]) if match["week"] else None,
    )


def parse_range(value: str, begin: str | None = None, until: str | None = None) -> tuple[Point, Point] | None:
    """The two ends of a value; a single date is a range from itself to itself."""
    if begin and until:
        first, last = parse_point(begin), parse_point(until)
    elif "/" in value:
        left, _, right = value.partition("/")
        first, last = parse_point(left), parse_point(right)
    else:
        first = last = parse_point(value)
    if first is None or last is None:
        return None
    return first, last


def format_range(first: Point, last: Point) -> str:
    """Say a range the way a newspaper would: "Mar 25-29, 2025", "Mar 30-Apr 2, 2025"."""
    if first == last:
        return first.label()
    both_days = first.month and first.day and last.month and last.day
    if both_days and first.year == last.year and not first.time and not last.time:
        year = f", {first.year}" if first.year else ""
        if first.month == last.month:
            return f"{first.month_day()}-{last.day}{year}"
        return f"{first.month_day()}-{last.month_day()}{year}"
    if first.month and last.month and not first.day and not last.day and first.year == last.year:
        year = f" {first.year}" if first.year else ""
        return f"{_FULL_MONTHS[first.month - 1]}-{_FULL_MONTHS[last.month - 1]}{year}"
    return f"{first.label()}-{last.label()}"


def human_date(value: str, begin: str | None = None, until: str | None = None) -> str | None:
    """A readable date for a TIMEX3 value, or None when it names no calendar date."""
    ends = parse_range(value, begin, until)
    return format_range(*ends) if ends else None


def sort_key(value: str, begin: str | None = None, until: str | None = None) -> tuple[int, int, int, str]:
    ends = parse_range(value, begin, until)
    return ends[0].sort_key if ends else UNDATED


DATE_KEY = "@"
"""What a date key starts with ("@2026-02"): no word the stemmer makes does, so a key matches only a key."""


def _key(year: int, month: int | None = None, day: int | None = None) -> str:
    """The key of a year, a month of it or a day of that: "@2026", "@2026-02", "@2026-02-05"."""
    return DATE_KEY + "-".join([str(year), *(f"{part:02d}" for part in (month, day) if part)])


def _point_keys(point: Point) -> set[str]:
    """A point's year, month and day as keys, each a date it falls inside: "2026-02-05" is in "@2026-02"."""
    if point.year is None:
        return set()
    keys = {_key(point.year)}
    if point.month:
        keys.add(_key(point.year, point.month))
        if point.day:
            keys.add(_key(point.year, point.month, point.day))
    return keys


def date_keys(value: str, begin: str | None = None, until: str | None = None) -> frozenset[str]:
    """The dates a resolved value reaches, as keys: its ends' year, month and day, and the months between
    ends in one year ("January to March" reaches February). A value with no year reaches nothing."""
    ends = parse_range(value, begin, until)
    if ends is None:
        return frozenset()
    first, last = ends
    keys = _point_keys(first) | _point_keys(last)
    if first.year and first.year == last.year and first.month and last.month:
        keys |= {_key(first.year, month) for month in range(first.month, last.month + 1)}
    return frozenset(keys)


def asked_key(value: str) -> str | None:
    """The one date a question's value names, at the granularity asked: "2026-02" (a month), "2004" (a
    year), "2026-03-10" (a day); None for a range, a season, quarter or week, or a date without a year."""
    point = parse_point(value) if "/" not in value else None
    if point is None or point.year is None or point.season or point.quarter or point.week:
        return None
    return _key(point.year, point.month, point.day if point.month else None)


_NAME_GOES_ON = re.compile(r"\s+(?P<word>[A-Z][a-z]+)")
CALENDAR_NAMES = frozenset(
    word.title() for kind in ("month", "weekday") for word in lexicon.kind("calendar", kind)
)
"""The calendar's capitalised words ("September", "Sunday")."""


def in_name(text: str, end: int) -> bool:
    """Whether a date word ending at `end` begins a name that goes on in a capitalised word: "The Sunday
    Express", "the Sunday Times" name a newspaper, not a day; "Tuesday March 3" is still a date."""
    goes_on = _NAME_GOES_ON.match(text, end)
    return goes_on is not None and goes_on["word"] not in CALENDAR_NAMES
