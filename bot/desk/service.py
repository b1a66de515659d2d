"""The desk's work for a channel or the console: follow/unfollow/list feeds, digests, search, timelines,
and the background duties (poll due feeds, post due digests). Time comes from an injected clock and
posts go through a `Poster`, so tests, the console and Slack run the same code.

A poll round: claim the due feeds, fetch each (conditional GET), take its new items (not yet done for
the feed), decide per following channel by keywords, load the wanted items in a small thread pool (the
page fetches overlap), then claim each (channel, story) and post the new ones, oldest first. An item is
marked done for the feed only after every channel had it, so a process killed mid-round redoes only the
unfinished part, and the claims make that redo post nothing twice.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit
from urllib.request import url2pathname

from bot.answers import Answer
from bot.answers import desk as answers
from bot.answers.dispatch import answer_command
from bot.desk.commands import DeskCommand, KeywordError, keyword_pattern, keywords, words_of
from bot.desk.schedule import ScheduleError, When, last_slot, next_slot, parse_when, zone
from bot.ingest.feeds import Feed, FeedItem, Validators, fetch_feed, load_item, read_feed_file
from bot.ingest.fetch import Loaded, is_link, unwrap_link
from bot.ingest.identity import sketch, url_key
from bot.ingest.web import FetchLimits, LoadError
from bot.limits import Deadline
from bot.store import Library
from bot.store.digests import Digests, Schedule
from bot.store.feeds import FeedRecord, Feeds, Follow
from bot.store.search import Search, terms
from bot.store.stories import Stories, Story

logger = logging.getLogger(__name__)

FEED_INTERVAL = 600
FOLLOW_BACKLOG = 3
"""Newest matching items posted when a channel starts following a feed (the rest count as had)."""
MAX_FEEDS_PER_ROUND = 500
MAX_FEEDS_PER_CHANNEL = 200
ITEM_ATTEMPTS = 3
"""An item whose page cannot be read is tried in this many polls, then given up."""
ITEM_SECONDS = 45.0
"""One feed item's load (page, extraction, parse) may take this long; its reading runs in a worker process."""
MAX_BACKOFF = 24 * 3600
SHORT_TEXT_WORDS = 30
"""An item with less text of its own than this is loaded before its keywords are checked."""
SEARCH_LIMIT = 10
TIMELINE_STORIES = 20
DIGEST_STORIES = 200
DEFAULT_DIGEST_WINDOW = 24 * 3600
"""`digest now` in a channel with no schedule: the last day."""


class PostError(Exception):
    """Slack would not take the post (not in the channel, rate limits exhausted...)."""


class Poster(Protocol):
    def post(self, channel: str, answer: Answer, team_id: str | None = None) -> str | None:
        """Post `answer` in `channel` (of the Slack team `team_id`, whose token a multi-workspace app
        posts with); the message's id (ts) when there is one. Raises PostError."""
        ...

    def update(self, channel: str, ts: str, answer: Answer, team_id: str | None = None) -> None: ...


Clock = Callable[[], float]
TimeZoneOf = Callable[[], str | None]


@dataclass
class RoundReport:
    feeds: int = 0
    posted: int = 0
    errors: int = 0


@dataclass
class Followed:
    """A follow's answer, and the delivery of its backlog (run after the answer is shown)."""

    answer: Answer
    deliver: Callable[[], int] = field(default=lambda: 0)


def item_key(item: FeedItem) -> str:
    if item.link:
        return url_key(item.link)
    digest = hashlib.sha256(f"{item.title}\n{item.text[:2000]}".encode()).hexdigest()[:24]
    return f"text:{digest}"


def outlet_of(link: str | None, site: str | None) -> str | None:
    host = (urlsplit(link).hostname or "") if link else ""
    return site or host.removeprefix("www.") or None


class Desk:
    def __init__(
        self,
        library: Library,
        poster: Poster,
        limits: FetchLimits | None = None,
        *,
        interval: int = FEED_INTERVAL,
        tz: str | None = None,
        clock: Clock = time.time,
        allow_files: bool = False,
        workers: int = 4,
    ) -> None:
        self.library = library
        self.poster = poster
        self.limits = limits or FetchLimits()
        self.interval = interval
        self.tz = tz
        """NEWSDESK_TZ: the zone of every schedule when set; else the scheduling user's, else UTC."""
        self.clock = clock
        self.allow_files = allow_files
        self.workers = workers
        db = library.database
        self.feeds = Feeds(db)
        self.stories = Stories(db)
        self.digests = Digests(db)
        self.search_index = Search(db)

    def now(self) -> int:
        return int(self.clock())

    # commands --------------------------------------------------------------------------------------

    def run(
        self,
        command: DeskCommand,
        channel: str,
        *,
        team_id: str | None = None,
        tz_of: TimeZoneOf | None = None,
    ) -> Answer:
        """A desk command's answer; mistakes come back as error Answers. (`follow` here posts its backlog
        before answering: a front end that shows the answer first calls `follow` itself.)"""
        try:
            if command.verb == "feeds":
                return self.list_feeds(channel)
            if command.verb == "unfollow":
                return self.unfollow(channel, command.argument)
            if command.verb == "digest":
                return self.digest_command(channel, command.argument, team_id, tz_of)
            if command.verb == "search":
                return self.search(channel, command.argument)
            if command.verb == "timeline":
                return self.timeline(channel, command.argument)
            if command.verb == "poll":
                report = self.poll_due(force=True)
                return answers.polled(report.feeds, report.posted)
            followed = self.follow(channel, command.argument, team_id)
            followed.deliver()
            return followed.answer
        except (LoadError, KeywordError, ScheduleError) as error:
            return answers.problem(str(error))

    def _read(self, source: str) -> Feed:
        source = unwrap_link(source)
        if is_link(source):
            feed = fetch_feed(source, self.limits)
            assert feed is not None  # no validators sent: never a 304
            return feed
        if self.allow_files and source and Path(source).expanduser().is_file():
            return read_feed_file(source, self.limits.max_bytes)
        raise LoadError("Follow what? Give a feed's link: `follow https://example.com/rss [keywords]`.")

    def _fetch(self, record: FeedRecord) -> Feed | None:
        if record.url.startswith("file://"):
            if not self.allow_files:
                raise LoadError("This feed is a local file, which only the console may read.")
            return read_feed_file(Path(url2pathname(urlsplit(record.url).path)), self.limits.max_bytes)
        return fetch_feed(record.url, self.limits, Validators(record.etag, record.last_modified))

    def follow(self, channel: str, argument: str, team_id: str | None = None) -> Followed:
        try:
            source, *rest = words_of(argument) or [""]
            words = keywords(rest)
            if len(self.feeds.of_channel(channel)) >= MAX_FEEDS_PER_CHANNEL:
                raise LoadError(
                    f"This channel follows {MAX_FEEDS_PER_CHANNEL} feeds already; unfollow one first."
                )
            feed = self._read(source)
        except (LoadError, KeywordError) as error:
            return Followed(answers.problem(str(error)))
        now = self.now()
        fresh = not self.feeds.exists(feed.url)
        keys = [item_key(item) for item in feed.items]
        follow, created = self.feeds.follow(
            channel,
            feed.url,
            title=feed.title,
            kind=feed.kind,
            keywords=words,
            now=now,
            next_poll=now + self.interval_for(feed.ttl),
            seen=keys if fresh else (),
            team_id=team_id,
        )
        if fresh:  # this fetch is the feed's first check: keep its validators for the next conditional GET
            self.feeds.checked(
                follow.feed.id,
                now=now,
                next_poll=now + self.interval_for(feed.ttl),
                title=feed.title,
                etag=feed.etag,
                last_modified=feed.last_modified,
                ttl=feed.ttl,
            )
        pattern = keyword_pattern(words)
        backlog = [
            item for item in feed.items if pattern is None or pattern.search(f"{item.title} {item.text}")
        ]
        backlog = backlog[:FOLLOW_BACKLOG]
        answer = answers.followed(
            feed.title, feed.url, words, again=not created, total=feed.total, posting=len(backlog)
        )
        return Followed(answer, lambda: self._deliver(follow.feed.id, backlog, [follow]).posted)

    def list_feeds(self, channel: str) -> Answer:
        lines = [
            answers.FeedLine(f.feed.title, f.feed.url, f.keywords, f.feed.checked_at, f.feed.error)
            for f in self.feeds.of_channel(channel)
        ]
        return answers.feed_list(lines, self.now())

    def unfollow(self, channel: str, argument: str) -> Answer:
        follows = self.feeds.of_channel(channel)
        ref = unwrap_link(argument.strip()).lstrip("#")
        chosen: Follow | None = None
        if ref.isdigit() and 1 <= int(ref) <= len(follows):
            chosen = follows[int(ref) - 1]
        elif ref:
            chosen = next(
                (f for f in follows if f.feed.url == ref or url_key(f.feed.url) == url_key(ref)), None
            )
        if chosen is None:
            return answers.problem(f"This channel follows no feed {argument.strip()!r}; see `feeds`.")
        self.feeds.unfollow(chosen.id)
        return answers.unfollowed(chosen.feed.title)

    def digest_command(
        self, channel: str, argument: str, team_id: str | None, tz_of: TimeZoneOf | None
    ) -> Answer:
        words = argument.split()
        if not words:
            schedule = self.digests.get(channel)
            if schedule is None:
                return answers.problem("No digest is scheduled here. " + "Use `digest daily 08:30`.")
            when = When(schedule.every, schedule.weekday, schedule.minute)
            coming = next_slot(schedule, datetime.fromtimestamp(self.now(), UTC)).astimezone(
                zone(schedule.tz)
            )
            return answers.scheduled(when.describe(), schedule.tz, f"Next: {coming:%a %b %-d, %H:%M}.")
        if words[0].lower() == "off":
            return answers.digest_off(self.digests.off(channel))
        if words[0].lower() == "now":
            return self.digest(channel)
        when = parse_when(words)
        tz = self.tz or (tz_of() if tz_of is not None else None)
        note = None if tz else "Slack did not tell me your time zone (set NEWSDESK_TZ to choose one)."
        tz = tz or "UTC"
        zone(tz)
        self.digests.set(Schedule(channel, when.every, when.weekday, when.minute, tz, self.now(), team_id))
        return answers.scheduled(when.describe(), tz, note)

    def digest(self, channel: str, *, until: int | None = None, since: int | None = None) -> Answer:
        """The digest of the channel's stories in (since, until]: by default since the last digest."""
        now = self.now()
        schedule = self.digests.get(channel)
        if since is None:
            since = schedule.since if schedule else now - DEFAULT_DIGEST_WINDOW
        until = now if until is None else until
        hits = self.search_index.recent(channel, DIGEST_STORIES, since=since, until=until)
        refs = self._refs(channel, [hit.article_id for hit in hits], with_also=True)
        refs.reverse()  # oldest first, as they came
        tz = zone(schedule.tz if schedule else self.tz or "UTC")
        local_until = datetime.fromtimestamp(until, UTC).astimezone(tz)
        return answers.digest(
            refs,
            since=datetime.fromtimestamp(since, UTC).astimezone(tz),
            today=local_until.date(),
            label=f"Digest for {local_until:%a %b %-d}",
        )

    def _refs(
        self, channel: str, article_ids: Sequence[int], *, with_also: bool = False
    ) -> list[answers.StoryRef]:
        refs = []
        for article_id in article_ids:
            article = self.library.article(article_id)
            record = self.library.get(article_id)
            if article is None or record is None:
                continue
            story = self.stories.of_article(channel, article_id) if with_also else None
            refs.append(answers.StoryRef(article_id, record.title, article, story.also_in if story else ()))
        return refs

    def search(self, channel: str, text: str) -> Answer:
        words = terms(text)
        if not words:
            return answers.problem("Search for what? `search <words>`, e.g. `search energy prices`.")
        hits = self.search_index.find(channel, text, SEARCH_LIMIT)
        return answers.search_results(text.strip(), self._refs(channel, [h.article_id for h in hits]), words)

    def timeline(self, channel: str, text: str) -> Answer:
        if terms(text):
            hits = self.search_index.find(channel, text, TIMELINE_STORIES)
        else:
            hits = self.search_index.recent(channel, TIMELINE_STORIES)
            if not hits:  # nothing loaded here yet: the current article's dates, as `timeline` always gave
                return answer_command("dates", self.library.current(channel))
        return answers.timeline(self._refs(channel, [h.article_id for h in hits]), text.strip())

    # background duties -----------------------------------------------------------------------------

    def interval_for(self, ttl: int | None) -> int:
        return max(self.interval, (ttl or 0) * 60)

    def tick(self) -> RoundReport:
        """One pass of the background loop: due feeds, then due digests."""
        report = self.poll_due()
        report.posted += self.run_digests()
        return report

    def poll_due(self, *, force: bool = False) -> RoundReport:
        now = self.now()
        report = RoundReport()
        due = self.feeds.take_due(now + (10**9 if force else 0), now + self.interval, MAX_FEEDS_PER_ROUND)
        for record in due:
            report.feeds += 1
            try:
                report.posted += self.poll(record)
            except Exception:  # one feed's surprise must not stop the round (or the loop)
                logger.exception("Polling feed %s failed", record.url)
                report.errors += 1
                self.feeds.checked(
                    record.id,
                    now=self.now(),
                    next_poll=self.now() + self.interval,
                    error="An internal error; it was logged.",
                    keep_validators=True,
                    failed=True,
                )
        return report

    def poll(self, record: FeedRecord) -> int:
        """Fetch one feed and post its new items; the number of posts."""
        started = self.now()
        try:
            feed = self._fetch(record)
        except LoadError as error:
            wait = min(MAX_BACKOFF, self.interval_for(record.ttl) * 2 ** min(record.failures + 1, 8))
            logger.info("Feed %s: %s (next try in %s s)", record.url, error, wait)
            self.feeds.checked(
                record.id,
                now=started,
                next_poll=started + wait,
                error=str(error),
                keep_validators=True,
                failed=True,
            )
            return 0
        if feed is None:  # 304 Not Modified
            self.feeds.checked(
                record.id,
                now=started,
                next_poll=started + self.interval_for(record.ttl),
                keep_validators=True,
            )
            return 0
        follows = self.feeds.followers(record.id)
        keys = {item_key(item): item for item in feed.items}
        pending = self.feeds.pending(record.id, list(keys))
        new_items = [item for key, item in keys.items() if key in pending]
        outcome = self._deliver(record.id, new_items, follows, mark_done=True)
        note = (
            f"{outcome.failed} items could not be read (last: {outcome.last_error})"
            if outcome.failed
            else None
        )
        self.feeds.checked(
            record.id,
            now=self.now(),
            next_poll=started + self.interval_for(feed.ttl),
            error=note,
            title=feed.title,
            etag=feed.etag,
            last_modified=feed.last_modified,
            ttl=feed.ttl,
        )
        return outcome.posted

    def _deliver(
        self, feed_id: int, items: Sequence[FeedItem], follows: Sequence[Follow], *, mark_done: bool = False
    ) -> Delivery:
        """Post each item to the follows that want it, once per (channel, story); oldest item first."""
        outcome = Delivery()
        wanted: list[tuple[FeedItem, str, list[Follow]]] = []
        for item in reversed(items):  # feeds list newest first
            key = item_key(item)
            takers = [f for f in follows if not self.stories.known(f.channel, key) and _may_want(f, item)]
            if takers:
                wanted.append((item, key, takers))
            elif mark_done:
                self.feeds.done(feed_id, [key], self.now())
        with ThreadPoolExecutor(max_workers=max(1, min(self.workers, len(wanted) or 1))) as pool:
            loads = list(pool.map(self._load, [item for item, _, _ in wanted]))
        for (item, key, takers), loaded in zip(wanted, loads, strict=True):
            if isinstance(loaded, LoadError):
                outcome.failed += 1
                outcome.last_error = str(loaded)
                if mark_done:
                    self.feeds.failed(feed_id, key, self.now(), ITEM_ATTEMPTS)
                continue
            complete = True
            for follow in takers:
                if not _wants(follow, item, loaded):
                    continue
                try:
                    outcome.posted += self._post(follow, item, key, loaded)
                except PostError as error:
                    logger.warning("Could not post to %s: %s", follow.channel, error)
                    complete = False
            if mark_done and complete:
                self.feeds.done(feed_id, [key], self.now())
        return outcome

    def _load(self, item: FeedItem) -> Loaded | LoadError:
        try:
            return load_item(item, self.limits, Deadline(ITEM_SECONDS))
        except LoadError as error:
            logger.info("Feed item %s unreadable: %s", item.link or item.title, error)
            return error

    def _post(self, follow: Follow, item: FeedItem, key: str, loaded: Loaded) -> int:
        """Claim the (channel, story) and post it when it is new; 1 for a post."""
        channel = follow.channel
        record = self.library.for_team(follow.team_id).add(loaded.article, loaded.source)
        keys = (
            [key]
            if key == url_key(loaded.source) or not is_link(loaded.source)
            else [key, url_key(loaded.source)]
        )
        title = item.title or record.title
        claim = self.stories.claim(
            channel,
            keys,
            sketch(loaded.article.text),
            title=title,
            link=item.link,
            outlet=outlet_of(item.link, loaded.site) or follow.feed.title,
            article_id=record.id,
            now=self.now(),
            team_id=follow.team_id,
        )
        if claim.verdict == "duplicate":
            self._refresh(claim.story, follow.team_id)
            return 0
        if claim.verdict == "seen":
            return 0
        story = claim.story
        answer = answers.story(
            loaded.article,
            title=title,
            article_id=record.id,
            link=item.link,
            outlet=story.outlet,
            also_in=story.also_in,
        )
        try:
            ts = self.poster.post(channel, answer, follow.team_id)
        except PostError:
            self.stories.release(story.id)
            raise
        self.stories.posted(story.id, ts, self.now())
        return 1

    def _refresh(self, story: Story, team_id: str | None) -> None:
        """Another outlet carried a posted story: add it to the post's "also in"."""
        if story.state != "posted" or not story.message_ts or story.article_id is None:
            return
        article = self.library.article(story.article_id)
        if article is None:
            return
        answer = answers.story(
            article,
            title=story.title,
            article_id=story.article_id,
            link=story.link,
            outlet=story.outlet,
            also_in=story.also_in,
        )
        try:
            self.poster.update(story.channel, story.message_ts, answer, team_id)
        except PostError as error:
            logger.info("Could not add 'also in' to %s in %s: %s", story.message_ts, story.channel, error)

    def run_digests(self) -> int:
        """Post every digest whose latest slot has not been posted; one per channel, however many slots
        passed while the bot was down. The number posted."""
        now = self.now()
        posted = 0
        for schedule in self.digests.all():
            try:
                slot_time = last_slot(schedule, datetime.fromtimestamp(now, UTC))
            except ScheduleError:
                continue
            if slot_time is None:
                continue
            slot = int(slot_time.timestamp())
            if slot <= schedule.since or not self.digests.claim(schedule.channel, slot, now):
                continue
            answer = self.digest(schedule.channel, since=schedule.since, until=slot)
            if not answer.items:  # nothing new: no message, but the slot is done
                self.digests.finished(schedule.channel, slot, self.now())
                continue
            try:
                self.poster.post(schedule.channel, answer, schedule.team_id)
            except PostError as error:
                logger.warning("Digest for %s not posted: %s", schedule.channel, error)
                self.digests.released(schedule.channel, slot)
                continue
            self.digests.finished(schedule.channel, slot, self.now())
            posted += 1
        return posted


@dataclass
class Delivery:
    posted: int = 0
    failed: int = 0
    last_error: str = ""


def _text_of(item: FeedItem) -> str:
    return f"{item.title} {item.text}"


def _may_want(follow: Follow, item: FeedItem) -> bool:
    """Before loading: keywords in the title or the feed's text, or too little text to tell yet."""
    pattern = keyword_pattern(follow.keywords)
    return pattern is None or bool(pattern.search(_text_of(item))) or item.words < SHORT_TEXT_WORDS


def _wants(follow: Follow, item: FeedItem, loaded: Loaded) -> bool:
    pattern = keyword_pattern(follow.keywords)
    if pattern is None or pattern.search(_text_of(item)):
        return True
    return bool(pattern.search(loaded.article.text))
