"""Digest schedules: `daily HH:MM` / `weekly DAY HH:MM` parsed, and the latest slot at or before a moment.

Why dateutil's rrule and our own claim rather than APScheduler: APScheduler 3's job stores must not be
shared by several schedulers (each would run every job), and its 4.x that can share one is still a
pre-release; and it would bring SQLAlchemy beside the library's own database seam. What we need is small
and provable with rrule: the latest slot <= now, computed in the channel's wall-clock time (zoneinfo
resolves DST), then claimed as a (channel, slot) row. Only the latest slot is ever computed, so a bot that
was down for three days posts one digest on start, not three; the row makes it one across instances.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import DAILY, WEEKLY, rrule

from bot.store.digests import Every, Schedule

TIME = re.compile(r"^(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>am|pm)?$", re.IGNORECASE)
DAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)} | {
    name.lower(): index for index, name in enumerate(calendar.day_abbr)
}
"""Monday = 0, by full and abbreviated English name (the stdlib's C-locale names)."""
USAGE = "Use `digest daily 08:30`, `digest weekly monday 09:00`, `digest off` or `digest now`."


class ScheduleError(ValueError):
    """A schedule that cannot be read; the message says how to write one."""


@dataclass(frozen=True)
class When:
    every: Every
    weekday: int | None
    minute: int

    def describe(self) -> str:
        clock = f"{self.minute // 60:02d}:{self.minute % 60:02d}"
        if self.every == "weekly" and self.weekday is not None:
            return f"every {calendar.day_name[self.weekday]} at {clock}"
        return f"every day at {clock}"


def parse_time(text: str) -> int:
    match = TIME.match(text.strip())
    if not match:
        raise ScheduleError(f"{text!r} is not a time. {USAGE}")
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if match["half"]:
        if not 1 <= hour <= 12:
            raise ScheduleError(f"{text!r} is not a time. {USAGE}")
        hour = hour % 12 + (12 if match["half"].lower() == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ScheduleError(f"{text!r} is not a time of day. {USAGE}")
    return hour * 60 + minute


def parse_when(words: list[str]) -> When:
    """`daily 08:30` or `weekly monday 9am` (also `mon`, `every day`)."""
    words = [w.lower() for w in words if w.lower() not in ("every", "at", "on")]
    if not words:
        raise ScheduleError(USAGE)
    if words[0] in ("daily", "day") and len(words) == 2:
        return When("daily", None, parse_time(words[1]))
    if words[0] in ("weekly", "week") and len(words) == 3 and words[1] in DAYS:
        return When("weekly", DAYS[words[1]], parse_time(words[2]))
    if words[0] in DAYS and len(words) == 2:
        return When("weekly", DAYS[words[0]], parse_time(words[1]))
    raise ScheduleError(USAGE)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"{name!r} is not a time zone (e.g. Europe/London).") from None


def _rule(schedule: Schedule, start: datetime) -> rrule:
    hour, minute = divmod(schedule.minute, 60)
    if schedule.every == "weekly":
        return rrule(
            WEEKLY, dtstart=start, byweekday=schedule.weekday, byhour=hour, byminute=minute, bysecond=0
        )
    return rrule(DAILY, dtstart=start, byhour=hour, byminute=minute, bysecond=0)


def last_slot(schedule: Schedule, now: datetime) -> datetime | None:
    """The latest scheduled moment at or before `now` (aware), in UTC; None before the first."""
    tz = zone(schedule.tz)
    local = now.astimezone(tz).replace(tzinfo=None)
    before = _rule(schedule, local - timedelta(days=8)).before(local, inc=True)
    return before.replace(tzinfo=tz).astimezone(UTC) if before else None


def next_slot(schedule: Schedule, now: datetime) -> datetime:
    tz = zone(schedule.tz)
    local = now.astimezone(tz).replace(tzinfo=None)
    after = _rule(schedule, local).after(local, inc=False)
    assert after is not None  # a daily or weekly rule always has a next occurrence
    return after.replace(tzinfo=tz).astimezone(UTC)
