"""Poll rounds against a real local feed site, with the test's clock: each story is posted once per
channel whatever its GUID, date, tracking parameters or outlet; keywords filter; intervals, ttl and 304
are honoured; failures are retried, then given up; a restart posts nothing twice."""

from __future__ import annotations

from collections.abc import Callable

from bot.desk.service import FOLLOW_BACKLOG, ITEM_ATTEMPTS, Desk
from bot.store.stories import CLAIM_LEASE
from tests.desk.conftest import (
    BANK_TITLE,
    PORT_AGAIN_TITLE,
    PORT_TITLE,
    RAIL_TITLE,
    Clock,
    Entry,
    FeedSite,
    RecordingPoster,
    rss,
)

CHANNEL = "C0DESK01"
OTHER = "C0DESK02"


def empty_feed(site: FeedSite, path: str = "/wire.xml", **options: object) -> str:
    return site.feed(path, rss([]), **options)  # type: ignore[arg-type]


def publish(site: FeedSite, path: str, entries: list[Entry], **options: object) -> None:
    site.feed(path, rss(entries), **options)  # type: ignore[arg-type]


def test_new_items_are_posted_once_each_oldest_first(
    desk: Desk, feed_site: FeedSite, clock: Clock, poster: RecordingPoster
) -> None:
    url = empty_feed(feed_site)
    assert desk.follow(CHANNEL, url).deliver() == 0
    port, bank = feed_site.story("/port", "port"), feed_site.story("/bank", "bank")
    publish(feed_site, "/wire.xml", [Entry(BANK_TITLE, bank, "g2"), Entry(PORT_TITLE, port, "g1")])

    assert desk.poll_due().posted == 0  # not due before the interval
    clock.advance(600)
    report = desk.poll_due()

    assert (report.feeds, report.posted) == (1, 2)
    assert poster.titles(CHANNEL) == [PORT_TITLE, BANK_TITLE]
    story = poster.posts[0][1]
    assert story.kind == "story" and story.link == port and story.article_id is not None
    assert [item.label for item in story.items] == ["Key date", "Niek Stam"]
    assert story.intro and "Dock workers" in story.intro

    clock.advance(600)
    assert desk.poll_due().posted == 0 and len(poster.posts) == 2


def test_guid_date_and_tracking_games_do_not_post_a_story_again(
    desk: Desk, feed_site: FeedSite, clock: Clock, poster: RecordingPoster
) -> None:
    url = empty_feed(feed_site)
    desk.follow(CHANNEL, url)
    port = feed_site.story("/port", "port")
    publish(
        feed_site,
        "/wire.xml",
        [Entry(PORT_TITLE, port + "?utm_source=rss", "guid-1", published=1_772_000_100)],
    )
    clock.advance(600)
    assert desk.poll_due().posted == 1

    for n, variant in enumerate(
        [port + "?utm_source=twitter&fbclid=x", port + "#top", port.replace("http:", "HTTP:")]
    ):
        publish(
            feed_site,
            "/wire.xml",
            [Entry(PORT_TITLE + " (updated)", variant, f"guid-{n + 2}", published=1_772_000_900 + n)],
        )
        clock.advance(600)
        assert desk.poll_due().posted == 0

    assert poster.titles() == [PORT_TITLE]


def test_the_same_wire_story_from_two_outlets_is_posted_once_with_also_in(
    desk: Desk, feed_site: FeedSite, clock: Clock, poster: RecordingPoster
) -> None:
    first, second = empty_feed(feed_site, "/a.xml"), empty_feed(feed_site, "/b.xml")
    desk.follow(CHANNEL, first)
    desk.follow(CHANNEL, second)
    feed_site.story("/a/port", "port")
    feed_site.story(
        "/b/strike", "port", title=PORT_AGAIN_TITLE, tagline="Additional reporting by Jan de Vries."
    )
    publish(feed_site, "/a.xml", [Entry(PORT_TITLE, feed_site.url("/a/port"))])
    clock.advance(600)
    assert desk.poll_due().posted == 1
    publish(
        feed_site,
        "/b.xml",
        [Entry(PORT_AGAIN_TITLE, feed_site.url("/b/strike").replace("127.0.0.1", "localhost"))],
    )

    clock.advance(600)
    assert desk.poll_due().posted == 0

    assert poster.titles() == [PORT_TITLE]
    ((channel, ts, updated),) = poster.updates
    assert channel == CHANNEL and ts == "1700000000.000001"
    assert updated.footer is not None and "also in: localhost" in updated.footer


def test_keywords_filter_on_title_and_text_and_channels_are_separate(
    desk: Desk, feed_site: FeedSite, clock: Clock, poster: RecordingPoster
) -> None:
    url = empty_feed(feed_site)
    desk.follow(CHANNEL, url + ' strike "interest rates"')
    desk.follow(OTHER, url)
    port, bank, rail = (feed_site.story(f"/{n}", n) for n in ("port", "bank", "rail"))
    publish(
        feed_site,
        "/wire.xml",
        [
            Entry(RAIL_TITLE, rail),
            Entry("Markets wrap", bank, text="A long teaser " * 10),
            Entry(PORT_TITLE, port),
        ],
    )
    clock.advance(600)
    desk.poll_due()

    assert poster.titles(CHANNEL) == [PORT_TITLE]  # "interest rates" is in the bank story, not its teaser
    assert sorted(poster.titles(OTHER)) == sorted([PORT_TITLE, "Markets wrap", RAIL_TITLE])


def test_keywords_are_matched_in_the_story_when_the_feed_gives_only_a_title(
    desk: Desk, feed_site: FeedSite, clock: Clock, poster: RecordingPoster
) -> None:
    url = empty_feed(feed_site)
    desk.follow(CHANNEL, url + " Lagarde")
    publish(feed_site, "/wire.xml", [Entry("Frankfurt decision", feed_site.story("/bank", "bank"))])
    clock.advance(600)

    assert desk.poll_due().posted == 1 and poster.titles() == ["Frankfurt decision"]


def test_following_posts_only_the_newest_few_and_later_only_new_items(
    desk: Desk, feed_site: FeedSite, clock: Clock, poster: RecordingPoster
) -> None:
    links = [feed_site.story(f"/s{n}", name) for n, name in enumerate(["port", "bank", "rail", "energy"])]
    titles = [f"Story {n} of the wire today" for n in range(4)]
    publish(feed_site, "/wire.xml", [Entry(t, link) for t, link in zip(titles, links, strict=True)])

    followed = desk.follow(CHANNEL, feed_site.url("/wire.xml"))
    assert followed.answer.title.startswith("Following") and "latest 3" in (followed.answer.intro or "")
    assert followed.deliver() == FOLLOW_BACKLOG
    clock.advance(600)

    assert desk.poll_due().posted == 0  # the fourth was there before: had, not new
    assert poster.titles() == titles[:3][::-1]


def test_the_interval_honours_ttl_and_a_304_costs_no_items(
    desk: Desk, feed_site: FeedSite, clock: Clock, poster: RecordingPoster
) -> None:
    url = feed_site.feed("/ttl.xml", rss([], ttl=30), etag='"e1"')
    desk.follow(CHANNEL, url)  # the first fetch

    clock.advance(600)  # past the global minimum, inside the feed's 30-minute ttl
    assert desk.poll_due().feeds == 0
    clock.advance(1200)
    assert desk.poll_due().feeds == 1

    assert feed_site.count("/ttl.xml") == 2
    assert feed_site.hits[-1][1].get("If-None-Match") == '"e1"'  # answered 304
    (follow,) = desk.feeds.of_channel(CHANNEL)
    assert follow.feed.error is None and follow.feed.checked_at == int(clock.now)


def test_a_failing_feed_backs_off_and_shows_its_error(desk: Desk, feed_site: FeedSite, clock: Clock) -> None:
    url = empty_feed(feed_site, "/flaky.xml")
    desk.follow(CHANNEL, url)
    feed_site.feed("/flaky.xml", b"<html>down</html>", status=502, content_type="text/html")
    clock.advance(600)
    desk.poll_due()

    listing = desk.list_feeds(CHANNEL)
    assert (
        listing.items[0].detail is not None
        and "error: The site answered with an error (502" in listing.items[0].detail
    )
    clock.advance(600)
    assert desk.poll_due().feeds == 0  # backed off: twice the interval after one failure
    clock.advance(600)
    assert desk.poll_due().feeds == 1


def test_an_unreadable_item_is_retried_then_given_up(
    desk: Desk, feed_site: FeedSite, clock: Clock, poster: RecordingPoster
) -> None:
    url = empty_feed(feed_site)
    desk.follow(CHANNEL, url)
    publish(feed_site, "/wire.xml", [Entry("Missing page story", feed_site.url("/gone"))])

    clock.advance(600)
    desk.poll_due()
    detail = desk.list_feeds(CHANNEL).items[0].detail or ""
    assert "1 items could not be read (last: That page doesn't exist (404" in detail
    for _ in range(ITEM_ATTEMPTS + 1):
        clock.advance(600)
        assert desk.poll_due().feeds == 1  # an unreadable item is no reason to poll the feed less

    assert feed_site.count("/gone") == ITEM_ATTEMPTS
    assert poster.posts == []
    assert desk.list_feeds(CHANNEL).items[0].detail == "every item; checked just now"  # given up


def test_a_failed_post_is_tried_again_next_poll(
    desk: Desk, feed_site: FeedSite, clock: Clock, poster: RecordingPoster
) -> None:
    url = empty_feed(feed_site)
    desk.follow(CHANNEL, url)
    publish(feed_site, "/wire.xml", [Entry(PORT_TITLE, feed_site.story("/port", "port"))])
    poster.fail.append("not_in_channel")
    clock.advance(600)
    assert desk.poll_due().posted == 0

    clock.advance(600)
    assert desk.poll_due().posted == 1 and poster.titles() == [PORT_TITLE]


def test_a_restart_on_the_same_library_posts_nothing_twice(
    make_desk: Callable[..., Desk], feed_site: FeedSite, clock: Clock, poster: RecordingPoster
) -> None:
    first = make_desk()
    url = empty_feed(feed_site)
    first.follow(CHANNEL, url)
    publish(feed_site, "/wire.xml", [Entry(PORT_TITLE, feed_site.story("/port", "port"), "g1")])
    clock.advance(600)
    first.poll_due()
    first.library.close()

    restarted = make_desk()
    publish(
        feed_site,
        "/wire.xml",
        [
            Entry(BANK_TITLE, feed_site.story("/bank", "bank"), "g2"),
            Entry(PORT_TITLE, feed_site.url("/port"), "g1-new"),
        ],
    )
    clock.advance(600)

    assert restarted.poll_due().posted == 1
    assert poster.titles() == [PORT_TITLE, BANK_TITLE]


def test_a_claim_left_pending_by_a_dead_instance_is_taken_over_after_its_lease(
    desk: Desk, clock: Clock
) -> None:
    args = {"title": "T", "link": None, "outlet": None, "article_id": None}
    dead = desk.stories.claim(CHANNEL, ["k"], (), now=int(clock.now), **args)
    assert dead.verdict == "new"

    assert desk.stories.claim(CHANNEL, ["k"], (), now=int(clock.now) + 10, **args).verdict == "seen"
    taken = desk.stories.claim(CHANNEL, ["k"], (), now=int(clock.now) + CLAIM_LEASE + 1, **args)
    assert taken.verdict == "retry" and taken.story.id == dead.story.id
    assert (
        desk.stories.claim(CHANNEL, ["k"], (), now=int(clock.now) + CLAIM_LEASE + 2, **args).verdict == "seen"
    )
