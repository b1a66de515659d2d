"""Loading links against a local server: extraction, and every refusal with a message a person can act on."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from bot.config import SEED_ARTICLE
from bot.ingest.fetch import FetchLimits, LoadError, from_url, load, read, read_file
from bot.ingest.web import check_url
from tests.pages import AD, COMMENT, NAV, STORY_TITLE, Site, story_html


def test_extraction_keeps_the_story_and_drops_the_chrome(site: Site, limits: FetchLimits) -> None:
    loaded = from_url(site.url("/story"), limits)
    text = loaded.article.text
    assert "Foreign Secretary Vikram Misri" in text
    assert "Bilateral Trade Agreement (BTA)" in text
    for chrome in (NAV, AD, COMMENT, "All rights reserved"):
        assert chrome not in text
    assert loaded.article.title == STORY_TITLE
    assert loaded.article.published == date(2025, 3, 28)
    assert loaded.article.provenance.byline == "Jane Reporter"
    assert loaded.site == "Daily Wire Service"
    assert any(p.name == "Christopher Landau" for p in loaded.article.people)


def test_redirect_is_followed_and_the_final_url_kept(site: Site, limits: FetchLimits) -> None:
    loaded = from_url(site.url("/moved"), limits)
    assert loaded.source == site.url("/story")
    assert "Misri" in loaded.article.text


def test_plain_text_page_is_parsed_as_is(site: Site, limits: FetchLimits) -> None:
    assert "Landau" in from_url(site.url("/plain"), limits).article.text


@pytest.mark.parametrize(
    "path, needle",
    [
        ("/nowhere", "404"),
        ("/image.png", "image/png"),
        ("/loop-a", "redirects in a loop"),
        ("/huge", "too big (20.0 MB; the limit is 5.0 MB)"),
        ("/huge-chunked", "too big (more than 5.0 MB"),
    ],
)
def test_refusals_say_why(site: Site, limits: FetchLimits, path: str, needle: str) -> None:
    with pytest.raises(LoadError) as error:
        from_url(site.url(path), limits)
    assert needle in str(error.value)


def test_a_slow_server_times_out_quickly_with_a_clear_message(site: Site, limits: FetchLimits) -> None:
    started = time.monotonic()
    with pytest.raises(LoadError, match=r"took too long to answer \(over 1 s\)"):
        from_url(site.url("/slow"), limits)
    assert time.monotonic() - started < 3


def test_loopback_links_are_refused_unless_allowed(site: Site) -> None:
    with pytest.raises(LoadError, match="private or local"):
        from_url(site.url("/story"), FetchLimits(timeout=1.0))
    assert site.hits == []


def test_a_redirect_to_a_private_host_is_refused() -> None:
    with pytest.raises(LoadError, match="private or local"):
        check_url("http://169.254.169.254/latest/meta-data/")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "javascript:alert(1)"])
def test_only_http_links(url: str) -> None:
    with pytest.raises(LoadError, match="only load http"):
        check_url(url, allow_private=True)


def test_files_txt_and_html(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(story_html(), encoding="utf-8")
    from_html = read_file(page)
    assert from_html.article.title == STORY_TITLE and NAV not in from_html.article.text
    assert "Landau" in load(str(SEED_ARTICLE)).article.text
    with pytest.raises(LoadError, match="can read"):
        read_file(tmp_path / "story.docx")
    with pytest.raises(LoadError, match="can't read"):
        read_file(tmp_path / "missing.txt")


def test_pasted_text_and_a_slack_wrapped_link(site: Site, limits: FetchLimits) -> None:
    assert "Misri" in read(SEED_ARTICLE.read_text(encoding="utf-8")).article.text
    with pytest.raises(LoadError, match="doesn't read as an article"):
        read("   ")
    wrapped = f"<{site.url('/story')}|{site.url('/story')}>"
    assert load(wrapped, limits).article.title == STORY_TITLE
