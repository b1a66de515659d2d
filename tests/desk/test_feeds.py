"""Feeds from a real local server: RSS 2.0, Atom, broken XML, a page that is no feed, a redirect, a 304,
a 5xx, huge feeds, entries without link or title."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest

from bot.ingest.feeds import MAX_ITEMS, Validators, fetch_feed, load_item, read_feed
from bot.ingest.web import FetchLimits, LoadError
from tests.desk.conftest import BANK_TITLE, LIMITS, PORT_STORY, PORT_TITLE, Entry, FeedSite, atom, rss


def test_rss_items_newest_first_with_links_text_dates_and_ttl(feed_site: FeedSite) -> None:
    url = feed_site.feed(
        "/rss",
        rss(
            [
                Entry(
                    PORT_TITLE,
                    "https://news.example/port?utm_source=rss",
                    "g1",
                    "Dock workers <b>will</b> strike.",
                    1_772_100_000,
                ),
                Entry(BANK_TITLE, "https://news.example/bank", "g2"),
            ],
            title="Wire & Co",
            ttl=45,
        ),
    )

    feed = fetch_feed(url, LIMITS)

    assert feed is not None and feed.kind == "rss" and feed.title == "Wire & Co" and feed.ttl == 45
    assert [item.title for item in feed.items] == [PORT_TITLE, BANK_TITLE]
    first = feed.items[0]
    assert first.link == "https://news.example/port?utm_source=rss"
    assert first.text == "Dock workers will strike."  # markup gone
    assert first.published is not None and int(first.published.timestamp()) == 1_772_100_000


def test_atom_entries(feed_site: FeedSite) -> None:
    url = feed_site.feed(
        "/atom",
        atom([Entry("Atom story one", "https://news.example/a1", text="Short.")]),
        content_type="application/atom+xml",
    )

    feed = fetch_feed(url, LIMITS)

    assert feed is not None and feed.kind == "atom" and feed.title == "Atom Wire"
    assert [(i.title, i.link) for i in feed.items] == [("Atom story one", "https://news.example/a1")]


def test_slightly_broken_xml_is_read_leniently(feed_site: FeedSite) -> None:
    body = rss([Entry("Fish & chips shop closes", "https://news.example/fish")]).replace(b"&amp;", b"&")
    url = feed_site.feed("/broken", body)

    feed = fetch_feed(url, LIMITS)

    assert feed is not None and feed.lenient
    assert [i.link for i in feed.items] == ["https://news.example/fish"]


def test_xml_that_is_no_feed_is_refused_in_words(feed_site: FeedSite) -> None:
    url = feed_site.feed("/junk", b"<?xml version='1.0'?><config><a>1</b></config>", content_type="text/xml")

    with pytest.raises(LoadError, match="isn't a feed I can read"):
        fetch_feed(url, LIMITS)


def test_a_page_that_advertises_its_feed_is_followed_to_it(feed_site: FeedSite) -> None:
    feed_url = feed_site.feed("/real.xml", rss([Entry(PORT_TITLE, "https://news.example/port")]))
    page = b'<html><head><link rel="alternate" type="application/rss+xml" href="/real.xml"></head></html>'
    url = feed_site.feed("/home", page, content_type="text/html")

    feed = fetch_feed(url, LIMITS)

    assert feed is not None and feed.url == feed_url and feed.items[0].title == PORT_TITLE


def test_a_news_page_without_a_feed_gives_its_article_links(feed_site: FeedSite) -> None:
    page = (
        "<html><head><title>Front page</title></head><body>"
        '<a href="/">Home</a><a href="/tag/world/">World news and more stories</a>'
        f'<a href="/2026/03/03/port-strike">{PORT_TITLE}</a>'
        f'<a href="https://elsewhere.example/x/y">An external link with many words</a>'
        f'<a href="/2026/03/05/ecb">{BANK_TITLE}</a></body></html>'
    ).encode()
    url = feed_site.feed("/front", page, content_type="text/html")

    feed = fetch_feed(url, LIMITS)

    assert feed is not None and feed.kind == "page" and feed.title == "Front page"
    assert [item.link for item in feed.items] == [
        feed_site.url("/2026/03/03/port-strike"),
        feed_site.url("/2026/03/05/ecb"),
    ]


@pytest.mark.parametrize(
    "body, content_type, message",
    [
        (b"<html><body><p>Just a page.</p></body></html>", "text/html", "neither a feed nor a news page"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png", "isn't a feed or a web page"),
        (b"", "application/rss+xml", "isn't a feed"),
    ],
)
def test_what_is_no_feed_gets_a_clear_message(
    feed_site: FeedSite, body: bytes, content_type: str, message: str
) -> None:
    url = feed_site.feed("/nofeed", body, content_type=content_type)

    with pytest.raises(LoadError, match=message):
        fetch_feed(url, LIMITS)


def test_a_redirect_is_followed_and_the_final_url_kept(feed_site: FeedSite) -> None:
    final = feed_site.feed("/new.xml", rss([Entry(PORT_TITLE, "https://news.example/port")]))
    feed_site.feed("/old.xml", b"", status=301, location="/new.xml")

    feed = fetch_feed(feed_site.url("/old.xml"), LIMITS)

    assert feed is not None and feed.url == final


def test_conditional_get_sends_the_validators_and_a_304_is_unchanged(feed_site: FeedSite) -> None:
    url = feed_site.feed("/etag.xml", rss([Entry(PORT_TITLE, "https://news.example/port")]), etag='"v1"')

    first = fetch_feed(url, LIMITS)
    assert first is not None and first.etag == '"v1"'
    again = fetch_feed(url, LIMITS, Validators(first.etag, "Tue, 03 Mar 2026 10:00:00 GMT"))

    assert again is None
    headers = feed_site.hits[-1][1]
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == "Tue, 03 Mar 2026 10:00:00 GMT"


def test_a_server_error_is_a_load_error(feed_site: FeedSite) -> None:
    url = feed_site.feed("/down.xml", b"<html>oops</html>", status=503, content_type="text/html")

    with pytest.raises(LoadError, match="503"):
        fetch_feed(url, LIMITS)


def test_a_feed_of_10000_items_reads_only_the_newest(feed_site: FeedSite) -> None:
    entries = [Entry(f"Story number {n} of the day", f"https://news.example/{n}") for n in range(10_000)]
    url = feed_site.feed("/huge.xml", rss(entries))

    feed = fetch_feed(url, FetchLimits(max_bytes=5 * 1024 * 1024, timeout=5, allow_private=True))

    assert feed is not None and feed.total == 10_000 and len(feed.items) == MAX_ITEMS
    assert feed.items[0].title == "Story number 0 of the day"
    assert (
        feed.items[-1].title == f"Story number {MAX_ITEMS - 1} of the day"
    )  # whole, though the rest was cut
    assert not feed.lenient  # the cut is ours, not the feed's fault


def test_a_50_mb_feed_is_refused_by_the_size_cap(feed_site: FeedSite) -> None:
    def endless(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()
        chunk = b"<item><title>x</title></item>" * 4000
        try:
            for _ in range(50 * 1024 * 1024 // len(chunk)):
                handler.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    feed_site.resources["/50mb.xml"] = endless

    with pytest.raises(LoadError, match="too big"):
        fetch_feed(feed_site.url("/50mb.xml"), LIMITS)


def test_entries_without_link_or_title() -> None:
    long_text = " ".join(PORT_STORY) * 2
    body = rss(
        [
            Entry("", None, "g-empty"),  # nothing to read: skipped
            Entry(
                "", "https://news.example/untitled", "g-untitled", "Dock workers strike in Rotterdam today."
            ),
            Entry("Whole story in the feed", None, "g-full", long_text),
        ]
    )

    feed = read_feed(body, "https://news.example/rss")

    assert not isinstance(feed, str)
    assert feed.skipped == 1
    untitled, full = feed.items
    assert untitled.title == "Dock workers strike in Rotterdam today."  # its text's opening words
    assert full.link is None and full.words >= 150
    assert load_item(full, LIMITS).article.text.startswith("Rotterdam, March 3")


def test_a_guid_that_is_a_permalink_is_the_link() -> None:
    body = rss([Entry("Permalink story", None)]).replace(
        b"<title>Permalink story</title>",
        b"<title>Permalink story</title><guid>https://news.example/p/1</guid>",
    )

    feed = read_feed(body, "https://news.example/rss")

    assert not isinstance(feed, str) and feed.items[0].link == "https://news.example/p/1"


def test_an_item_is_loaded_from_its_page(feed_site: FeedSite) -> None:
    link = feed_site.story("/port", "port")
    url = feed_site.feed("/one.xml", rss([Entry(PORT_TITLE, link, text="Short teaser.")]))
    feed = fetch_feed(url, LIMITS)
    assert feed is not None

    loaded = load_item(feed.items[0], LIMITS)

    assert loaded.source == link and "Niek Stam" in loaded.article.text
    assert loaded.article.title == PORT_TITLE


def test_private_addresses_stay_refused_without_the_setting(feed_site: FeedSite) -> None:
    url = feed_site.feed("/rss", rss([]))

    with pytest.raises(LoadError, match="private or local"):
        fetch_feed(url, FetchLimits())
