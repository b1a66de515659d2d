"""Digest schedules: parsing, slots in the channel's zone (DST included), missed runs posted once on start,
one digest per slot across instances, and what a digest says."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.desk.commands import DeskCommand
from bot.desk.schedule import ScheduleError, When, last_slot, next_slot, parse_when
from bot.desk.service import Desk
from bot.store.digests import Schedule
from tests.desk.conftest import (
    BANK_TITLE,
    PORT_AGAIN_TITLE,
    PORT_TITLE,
    Clock,
    Entry,
    FeedSite,
    RecordingPoster,
    rss,
)

CHANNEL = "C0DIGEST"
DAY = 24 * 3600


@pytest.mark.parametrize(
    "text, expected",
    [
        ("daily 08:30", When("daily", None, 8 * 60 + 30)),
        ("every day at 7pm", When("daily", None, 19 * 60)),
        ("weekly monday 9am", When("weekly", 0, 9 * 60)),
        ("weekly Fri 17:45", When("weekly", 4, 17 * 60 + 45)),
        ("sunday 12am", When("weekly", 6, 0)),
    ],
)
def test_schedules_are_read(text: str, expected: When) -> None:
    assert parse_when(text.split()) == expected


@pytest.mark.parametrize(
    "text", ["daily 25:00", "daily 8:75", "weekly funday 09:00", "hourly", "daily", "13pm"]
)
def test_unreadable_schedules_say_how_to_write_one(text: str) -> None:
    with pytest.raises(ScheduleError, match=r"digest daily 08:30|not a time"):
        parse_when(text.split())


def schedule(
    every: str = "daily", weekday: int | None = None, minute: int = 8 * 60, tz: str = "UTC"
) -> Schedule:
    return Schedule(CHANNEL, every, weekday, minute, tz, 0)  # type: ignore[arg-type]


def test_slots_follow_the_channels_wall_clock_across_dst() -> None:
    london = schedule(tz="Europe/London")
    before = datetime(2026, 3, 28, 9, 0, tzinfo=UTC)  # GMT: 08:00 local is 08:00 UTC
    after = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)  # BST from 01:00 UTC: 08:00 local is 07:00 UTC

    assert last_slot(london, before) == datetime(2026, 3, 28, 8, 0, tzinfo=UTC)
    assert last_slot(london, after) == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)
    assert next_slot(london, before) == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)


def test_weekly_slots_fall_on_their_day() -> None:
    monday_nine = schedule("weekly", 0, 9 * 60, "America/New_York")
    thursday = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)

    assert last_slot(monday_nine, thursday) == datetime(2026, 3, 2, 14, 0, tzinfo=UTC)  # EST, UTC-5
    assert next_slot(monday_nine, thursday) == datetime(2026, 3, 9, 13, 0, tzinfo=UTC)  # EDT from Mar 8


def follow_and_publish(desk: Desk, site: FeedSite, clock: Clock, entries: list[Entry]) -> None:
    url = site.feed("/wire.xml", rss([]))
    desk.follow(CHANNEL, url)
    site.feed("/wire.xml", rss(entries))
    clock.advance(600)
    desk.poll_due()


def test_missed_runs_are_posted_once_and_an_empty_slot_posts_nothing(
    desk: Desk, feed_site: FeedSite, clock: Clock, poster: RecordingPoster
) -> None:
    desk.run(DeskCommand("digest", "daily 08:00"), CHANNEL)
    follow_and_publish(desk, feed_site, clock, [Entry(PORT_TITLE, feed_site.story("/port", "port"))])
    stories = len(poster.posts)

    clock.advance(3 * DAY)  # the bot was down for three slots
    assert desk.run_digests() == 1
    assert desk.run_digests() == 0
    clock.advance(DAY)  # a slot with nothing new: no message
    assert desk.run_digests() == 0

    digests = [answer for _, answer in poster.posts[stories:]]
    assert len(digests) == 1 and digests[0].kind == "digest"
    assert [item.label for item in digests[0].items] == [PORT_TITLE]
    assert [state for _, state in desk.digests.runs(CHANNEL)] == ["posted", "posted"]


def test_a_digest_groups_stories_with_their_other_outlets_upcoming_dates_and_quoted_people(
    desk: Desk, feed_site: FeedSite, clock: Clock
) -> None:
    clock.now = datetime(2026, 3, 6, 12, 0, tzinfo=UTC).timestamp()  # after the stories were written
    port, bank = feed_site.story("/port", "port"), feed_site.story("/bank", "bank")
    again = feed_site.story("/b/port", "port", title=PORT_AGAIN_TITLE, tagline="Reporting by Jan de Vries.")
    follow_and_publish(
        desk,
        feed_site,
        clock,
        [
            Entry(BANK_TITLE, bank),
            Entry(PORT_AGAIN_TITLE, again.replace("127.0.0.1", "localhost")),
            Entry(PORT_TITLE, port),
        ],
    )

    digest = desk.digest(CHANNEL)

    assert digest.intro is not None and digest.intro.startswith("2 stories since")
    assert [item.label for item in digest.items] == [PORT_TITLE, BANK_TITLE]
    assert digest.items[0].detail is not None and "also in: localhost" in digest.items[0].detail
    assert all(item.article_id is not None for item in digest.items)
    coming, quoted = digest.parts
    assert coming.title == "Coming up"
    labels = [item.label for item in coming.items]
    assert labels == ["Mar 10, 2026", "Apr 16, 2026"]  # what lies after Mar 6, across both stories
    assert quoted.title == "Most quoted"
    assert {item.label for item in quoted.items} == {"Niek Stam", "Christine Lagarde"}


def test_digest_commands_schedule_show_and_stop(desk: Desk) -> None:
    scheduled = desk.run(DeskCommand("digest", "weekly monday 09:00"), CHANNEL, tz_of=lambda: "Europe/Paris")

    assert scheduled.title == "Digest every Monday at 09:00" and "Europe/Paris" in (scheduled.intro or "")
    shown = desk.run(DeskCommand("digest", ""), CHANNEL)
    assert shown.intro is not None and "Next: Mon Mar 2, 09:00" in shown.intro
    assert desk.run(DeskCommand("digest", "off"), CHANNEL).title == "Digest off"
    assert desk.run(DeskCommand("digest", "off"), CHANNEL).title == "No digest was scheduled"
    assert desk.run(DeskCommand("digest", "daily 26:00"), CHANNEL).kind == "error"
    assert desk.run(DeskCommand("digest", "now"), CHANNEL).intro == "Nothing new since Feb 24, 06:13."


def test_two_instances_post_each_digest_once(
    library_location: Path | str,
    make_desk: Callable[..., Desk],
    feed_site: FeedSite,
    clock: Clock,
) -> None:
    posters = [RecordingPoster(), RecordingPoster()]
    desks = [make_desk(library_location, poster=p) for p in posters]
    desks[0].run(DeskCommand("digest", "daily 08:00"), CHANNEL)
    follow_and_publish(desks[0], feed_site, clock, [Entry(PORT_TITLE, feed_site.story("/port", "port"))])
    before = [len(p.posts) for p in posters]
    clock.advance(DAY)

    barrier = threading.Barrier(2)

    def run(desk: Desk) -> None:
        barrier.wait()
        desk.run_digests()

    threads = [threading.Thread(target=run, args=(d,)) for d in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    digests = [a for p, n in zip(posters, before, strict=True) for _, a in p.posts[n:]]
    assert [a.kind for a in digests] == ["digest"]


def test_the_configured_zone_wins_and_without_any_zone_it_is_utc_said_so(
    make_desk: Callable[..., Desk],
) -> None:
    configured = make_desk(tz="Asia/Kolkata")
    asked = configured.run(DeskCommand("digest", "daily 09:00"), CHANNEL, tz_of=lambda: "Europe/Paris")
    assert "Asia/Kolkata" in (asked.intro or "")

    unknown = make_desk()
    answer = unknown.run(DeskCommand("digest", "daily 09:00"), "C0OTHER", tz_of=lambda: None)
    assert answer.intro is not None and answer.intro.startswith("Times are in UTC. Slack did not tell me")
