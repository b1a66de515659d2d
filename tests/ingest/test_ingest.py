"""One way in: pages recognised by their markup wherever it starts, page furniture left out, metadata read,
labels that lie corrected, and every page that holds no article refused with a plain reason."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

import pytest

from bot.article.model import Article
from bot.ingest import LoadError, read
from bot.ingest.html import clean_title, looks_like_html, loose_lead
from tests.pages import LibraryBot, Site
from tests.slack import payloads

PARAGRAPHS = (
    "PARIS (AFP) - Trade Minister Rosa Albescu said on Monday that talks & trade would resume next week "
    "after a pause of almost two months, easing fears of a lasting split between the two partners.",
    "\u201cWe are ready,\u201d Albescu told reporters at the ministry, adding that both sides had agreed "
    "to keep the agenda narrow and to report back to their governments before the summer.",
    "Officials from both delegations said the first round would focus on farm tariffs and on the rules "
    "for steel, the two issues that had stalled the previous talks in the spring.",
)
FURNITURE = (
    "Home | World | Business | Sport | Subscribe now",
    "We use cookies to improve your experience. Accept all cookies",
    "Related stories: Ten recipes for a summer picnic",
    "You can change the location at any time.",
    "Sign up for our newsletter and never miss a story",
)


def page(*, head: str = "", meta: str = "", title: str = "Talks resume | Daily Planet") -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in PARAGRAPHS)
    nav, cookies, related, location, newsletter = (html.escape(f) for f in FURNITURE)
    return (
        f"<!doctype html><html lang='en-GB'><head><title>{title}</title>{meta}{head}</head><body>"
        f"<header><nav><a href='/'>{nav}</a></nav>"
        f"<div class='location-picker'><p>{location}</p></div></header>"
        f"<div id='cookie-banner' class='cookie-notice'><p>{cookies}</p><button>OK</button></div>"
        f"<main><article><h1>Talks resume</h1>{body}"
        f"<figure><img src='a.jpg'><figcaption>Rosa Albescu in Paris. Photo: Agency</figcaption></figure>"
        f"</article><aside class='related'><h3>Related</h3>"
        f"<ul><li><a href='/x'>{related}</a></li></ul></aside>"
        f"<div class='newsletter-signup'><p>{newsletter}</p></div></main>"
        f"<footer><p>Copyright 2024 Daily Planet. All rights reserved.</p></footer></body></html>"
    )


META = (
    "<meta property='og:site_name' content='Daily Planet'>"
    "<meta property='article:published_time' content='2024-05-06T09:30:00+02:00'>"
    "<meta name='author' content='By Jane Doe, Senior Political Writer'>"
)


def article_of(data: str | bytes, **where: str) -> Article:
    return read(data, **where).article


def test_a_page_is_read_as_its_story_with_its_metadata_and_without_its_furniture() -> None:
    article = article_of(page(meta=META).encode(), url="https://planet.example/talks")
    assert article.title == "Talks resume"  # the site's name is off the title
    assert "talks & trade would resume" in article.text
    for furniture in (*FURNITURE, "Copyright 2024", "Photo: Agency"):
        assert furniture not in article.text
    assert article.published == date(2024, 5, 6)  # the day the page writes, not converted to UTC
    assert article.provenance.published_source == "page"
    assert article.provenance.byline == "Jane Doe"
    assert article.origin is not None and article.origin.site == "Daily Planet"
    assert article.origin.language == "en"
    assert [p.name for p in article.people] == ["Rosa Albescu"]
    assert article.summary.gist.startswith("Trade Minister Rosa Albescu said")  # no dateline in the gist


def test_markup_is_recognised_after_a_head_longer_than_twenty_thousand_characters() -> None:
    script = (
        "<script>var config = {" + ", ".join(f'"k{i}": "<p>v{i}</p>"' for i in range(2_000)) + "};</script>"
    )
    styles = "<style>" + "".join(f".c{i} {{ color: red }}\n" for i in range(1_000)) + "</style>"
    big_head = script + styles
    assert len(big_head) > 20_000
    markup = page(head=big_head, meta=META)
    assert looks_like_html(markup)
    article = article_of(markup)  # pasted as text: no name, no content type
    assert "<" not in article.text and "var config" not in article.text
    assert article.title == "Talks resume" and article.published == date(2024, 5, 6)
    assert all("<" not in q.text for q in article.quotes)
    assert all(not t.text.startswith("<") for t in article.dates)


@pytest.mark.parametrize(
    "text, is_html",
    [
        ("Plain prose that mentions a <p> tag once.", False),
        ("A story.\n\nIt quotes the code <br> and <div> in passing.", False),
        ("<p>One</p><p>Two</p>", True),
        ("Some notes first\n" * 5000 + "<html><body><p>late page</p></body></html>", True),
    ],
)
def test_markup_anywhere_in_a_text_makes_it_a_page(text: str, is_html: bool) -> None:
    assert looks_like_html(text) is is_html


def test_an_html_file_holding_plain_text_is_read_as_text_and_says_so() -> None:
    text = "\n\n".join(PARAGRAPHS)
    loaded = read(text.encode(), name="story.html")
    assert loaded.article.text == text
    assert loaded.note is not None and "story.html" in loaded.note and "plain text" in loaded.note


def test_a_text_file_holding_a_page_is_read_as_a_page_and_says_so() -> None:
    loaded = read(page(meta=META).encode(), name="story.txt")
    assert "Subscribe now" not in loaded.article.text and loaded.article.title == "Talks resume"
    assert loaded.note is not None and "web page" in loaded.note


def test_a_page_in_windows_1252_without_a_charset_reads_right() -> None:
    markup = page().replace("Albescu", "Albescú").replace("<html lang='en-GB'>", "<html>")
    loaded = read(markup.encode("cp1252"), name="story.html")
    assert "Albescú" in loaded.article.text and "\u201cWe are ready,\u201d" in loaded.article.text
    assert "\ufffd" not in loaded.article.text


def test_a_truncated_page_keeps_what_arrived() -> None:
    markup = page(meta=META)
    cut = markup[: markup.index(PARAGRAPHS[2][:30])]
    article = article_of(cut.encode(), name="story.html")
    assert "talks & trade would resume" in article.text and "<" not in article.text


@pytest.mark.parametrize(
    "body",
    [
        "<form action='/login'><h1>Sign in</h1><input name='email'><input type='password'>"
        "<button>Log in</button></form><p>Subscribe to keep reading.</p>",
        "<h1>Search results for 'budget'</h1><ul><li><a href='/1'>Budget passes</a></li>"
        "<li><a href='/2'>Budget fails</a></li><li><a href='/3'>Budget talks</a></li></ul>",
        "",
        "<video src='clip.mp4' controls></video><p>Watch: the summit in 60 seconds</p>",
    ],
    ids=["login wall", "search page", "empty body", "video only"],
)
def test_a_page_without_an_article_is_refused_in_plain_words(body: str) -> None:
    markup = f"<!doctype html><html><head><title>Planet</title></head><body>{body}</body></html>"
    with pytest.raises(LoadError) as refused:
        read(markup.encode(), name="page.html")
    message = str(refused.value)
    assert "not an article" in message and "<" not in message and len(message) < 250


def test_an_address_in_the_author_field_is_no_byline() -> None:
    meta = "<meta name='author' content='dmoran@nydailynews.com'>"
    article = article_of(page(meta=meta).encode(), name="story.html")
    assert article.provenance.byline is None
    assert not any("com" in p.name.lower().split() for p in article.people)


def test_a_date_only_written_in_the_story_is_not_the_publication_date() -> None:
    story = page().replace("next week", "on June 1, 2025")  # no declared date: htmldate would take this one
    article = article_of(story.encode(), name="story.html")
    assert article.provenance.published_source != "page"


@pytest.mark.parametrize(
    "title, site, host, expected",
    [
        ("Talks resume | \u21e5\u21e5\u21e5NJ.com", None, "www.nj.com", "Talks resume"),
        ("Daily Planet - Talks resume", "Daily Planet", "planet.example", "Talks resume"),
        ("Injury time | Sport", "NJ.com", "nj.com", "Injury time | Sport"),
        ("BBC News - Talks - a new hope", "BBC News", "bbc.co.uk", "Talks - a new hope"),
    ],
)
def test_the_site_name_comes_off_the_title(title: str, site: str | None, host: str, expected: str) -> None:
    assert clean_title(title, site, host) == expected


def test_pasted_slack_text_reads_as_the_same_story_as_the_file() -> None:
    from bot.ingest import from_message

    text = "\n\n".join(PARAGRAPHS)
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert from_message(escaped).article == read(text.encode(), name="story.txt").article


def test_a_pdf_labelled_as_text_is_read_by_its_signature() -> None:
    from tests.pages import ENERGY_STORY, energy_pdf

    loaded = read(energy_pdf(), name="energy.txt")
    assert ENERGY_STORY[0] in loaded.article.text


def test_binary_bytes_are_refused() -> None:
    with pytest.raises(LoadError, match="binary"):
        read(b"\x00\x01\x02PK\x03\x04" * 100, name="story.txt")


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"<!doctype html><html><body><form><h1>Sign in</h1><input type='password'></form></body></html>",
         "text/html"),
        (b"<html><body><div><p>Unclosed <b>tags <<< and >>> garbage</div></span></html", "text/html"),
        ("\n\n".join(PARAGRAPHS).encode("cp1252"), "text/html"),  # says HTML, holds plain text
    ],
    ids=["login wall", "broken markup", "labelled html, holds text"],
)  # fmt: skip
def test_a_bad_page_through_slack_gets_a_short_answer_and_stores_nothing_half(
    body: bytes, content_type: str, library_bot: Callable[..., LibraryBot], site: Site
) -> None:
    from tests.pages import send

    bot = library_bot(fetch_allow_private=True)
    site.routes["/bad"] = lambda handler: send(handler, body, content_type)
    bot.library.seed_id()  # the default article is stored on first use: not part of what this load adds
    before = [record.id for record in bot.library.recent()]
    bot.slack.command(f"load {site.url('/bad')}")
    answer = bot.fake.wait_for("response", 2)[-1].body["text"]
    assert "Traceback" not in answer and "<b>" not in answer and "<html" not in answer
    stored = [record.id for record in bot.library.recent()]
    if "Couldn't do that" in answer:
        assert stored == before and len(answer) < 600
    else:  # read as what it holds: a whole article, without markup, and said so
        article = bot.library.current(payloads.CHANNEL_ID)
        assert "<" not in article.text and "holds plain text" in answer


def _story_page(top: str = "", meta: str = "", aside: str = "", loose: str = "") -> bytes:
    """A page whose metadata names no author: what it shows above the story is `top`."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in PARAGRAPHS[1:])
    return (
        f"<!doctype html><html lang='en'><head><title>Talks resume | Daily Planet</title>{meta}</head><body>"
        f"<main><article><h1>Talks resume</h1>{top}<div class='story'>{loose}"
        f"<p>{html.escape(PARAGRAPHS[0])}</p>{body}</div></article>{aside}</main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "top, byline",
    [
        ("<div class='by_line_date'>by Jane Doe, Staff Writer | May 6, 2024 07:38am ET</div>", "Jane Doe"),
        ("<div class='x1'>By <span>Jane Doe</span></div>", "Jane Doe"),  # no telling class at all
        ("<p class='credit'>by <a href='/jd'>Jane Doe</a>, Planetnews Writer</p>", "Jane Doe"),
        ("<p>By the river, the talks went on.</p>", None),  # prose, not a byline
    ],
)
def test_a_byline_the_page_shows_when_its_metadata_names_no_author(top: str, byline: str | None) -> None:
    teasers = (
        "<aside><ul><li><a href='/b'>Budget passes</a><div class='x2'>By Ann Lee</div></li></ul></aside>"
    )
    article = article_of(_story_page(top, aside=teasers), name="story.html")
    assert article.provenance.byline == byline  # a "By" line below the story signs a teaser


def test_a_utc_time_the_page_shows_as_the_evening_before_is_that_day() -> None:
    """The page declares the instant in UTC (00:47 on May 7) and shows its readers their own day (May 6)."""
    meta = "<meta property='article:published_time' content='2024-05-07T00:47:31Z'>"
    shown = "<div class='dateline'>Published: May 6, 2024, 8:47 p.m.</div>"
    assert article_of(_story_page(shown, meta), name="story.html").published == date(2024, 5, 6)
    noon = meta.replace("00:47:31Z", "12:47:31Z")  # noon UTC cannot be the evening before anywhere
    assert article_of(_story_page(shown, noon), name="story.html").published != date(2024, 5, 6)
    local = meta.replace("Z", "-04:00")  # a time with its own zone is the page's local day
    assert article_of(_story_page(shown, local), name="story.html").published == date(2024, 5, 7)


def test_a_dateline_lead_left_loose_in_the_page_is_read_back() -> None:
    """Some pages leave the story's lead as loose text after an embedded box, outside any paragraph, and
    the extractor drops it: the page's text just before the story's first paragraph opens with a dateline."""
    story = "\n\n".join(PARAGRAPHS[1:])
    lead = PARAGRAPHS[0]
    nodes = [
        "Related Content",
        "Article: ten facts",
        "AFP - 39 mins ago",
        lead[:40],
        lead[40:],
        *PARAGRAPHS[1:],
    ]
    assert loose_lead(nodes, story) == lead
    assert loose_lead(nodes, "\n\n".join(PARAGRAPHS)) is None  # the story has its lead
    teaser = [
        "NEW DELHI: Home Minister said the service would resume as soon as officials feel it is...",
        *nodes[5:],
    ]
    assert loose_lead(teaser, story) is None  # a teaser cut short
    plain = ["Officials said the talks would go on for another week at least, in a new round.", *nodes[5:]]
    assert loose_lead(plain, story) is None  # no dateline: anything could stand above a story


def test_hard_wrapped_wire_copy_reads_as_whole_paragraphs() -> None:
    """Old wire copy wraps its lines at a fixed width and indents each paragraph: loaded, every paragraph is
    one line again, so a sentence, a quote or a summary never shows a line break in the middle."""
    wrapped = (
        "TRADE TALKS TO RESUME NEXT WEEK\n"
        "    PARIS, March 3 - Trade Minister Rosa Albescu said talks\n"
        "would resume next week after a pause of almost two months,\n"
        "easing fears of a lasting split between the two partners.\n"
        '    "We are ready," Albescu told reporters at the ministry,\n'
        "adding that both sides had agreed to keep the agenda narrow.\n"
        " Reuter\n"
    )
    article = read(wrapped.encode(), name="story.txt").article
    assert article.title == "TRADE TALKS TO RESUME NEXT WEEK"
    assert [p.kind for p in article.paragraphs] == ["heading", "body", "body", "signoff"]
    assert all("\n" not in s.text for s in article.sentences)
    assert article.summary.gist.startswith("Trade Minister Rosa Albescu said talks would resume next week")
    assert [(q.speaker, q.text) for q in article.quotes] == [("Rosa Albescu", "We are ready,")]
    assert article.provenance.agency == "Reuters"
    assert read(wrapped, name=None).article.text == article.text  # pasted, the same text


def test_an_image_file_name_left_in_the_text_is_dropped() -> None:
    article = article_of(_story_page("<p>talks resume in paris.jpg</p>"), name="story.html")
    assert ".jpg" not in article.text and article.text.startswith("Talks resume")


def _undated_wire_page(top: str = "", meta: str = "") -> bytes:
    """`_story_page` with no "(AFP)" in its dateline: any agency has to come from the page around it."""
    return _story_page(top, meta).replace(b"PARIS (AFP) - ", b"PARIS - ")


@pytest.mark.parametrize(
    "top, meta, agency",
    [
        ("", "<meta name='author' content='Associated Press'>", "AP"),
        ("", "<meta name='author' content='Jane Doe | Reuters'>", "Reuters"),
        ("<div class='byline'>By AFP</div>", "", "AFP"),
        ("<div class='byline'>By Jane Doe</div>", "<meta name='author' content='Jane Doe'>", None),
        ("<p>By the river, the talks went on.</p>", "", None),
    ],
    ids=["author field", "name and agency", "shown byline", "staff byline", "prose"],
)
def test_a_page_carrying_wire_copy_credits_its_agency(top: str, meta: str, agency: str | None) -> None:
    """Pages that carry wire copy name the agency in their author field or byline, not in the story."""
    article = article_of(_undated_wire_page(top, meta), name="story.html")
    assert article.provenance.agency == agency
    assert article.provenance.byline in (None, "Jane Doe")  # an agency is no author


def test_an_author_meta_written_with_value_is_the_byline() -> None:
    """Some pages write `<meta name="author" value=...>`, which the extractor does not read."""
    article = article_of(_story_page(meta="<meta name='author' value='Jane Doe'>"), name="story.html")
    assert article.provenance.byline == "Jane Doe"


def test_a_teasers_author_in_the_metadata_loses_to_the_byline_above_the_story() -> None:
    """The metadata took the author of a related story listed below this one; the page shows its own
    story's byline above it."""
    meta = "<meta name='author' content='Ann Lee'>"
    teasers = (
        "<aside><ul><li><a href='/b'>Budget passes</a> <a class='byline' href='/al'>Ann Lee</a></li></ul>"
        "</aside>"
    )
    page = _story_page("<div class='info'>By <a href='/jd'>Jane Doe</a></div>", meta).replace(
        b"</main>", teasers.encode() + b"</main>"
    )
    assert article_of(page, name="story.html").provenance.byline == "Jane Doe"
    alone = _story_page("", meta).replace(b"</main>", teasers.encode() + b"</main>")
    assert article_of(alone, name="story.html").provenance.byline == "Ann Lee"  # no byline above: the field
