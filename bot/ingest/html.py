"""Web pages -> Document: the story's text, title, byline, site and date, with the page furniture left out.

Why trafilatura (with htmldate, its date finder): on the dev set (`bench/eval_ingest.py`) it scores best on
text with `favor_recall` and is the only one of the two candidates that reads a date and a byline at all
(readability-lxml gives text and title only). Written by hand on top, each measured on that set:
recognising markup anywhere in a text (`looks_like_html`); the JSON-LD `articleBody` when the page shows
no story of its own (scripts draw it); a declared publication date the page also
shows, when trafilatura's date is neither declared nor shown; bylines cleaned of job titles and outlets
(`bot.article.provenance.clean_byline`) and kept only when the page writes the name; the site's name off
the title ("Talks resume | NJ.com" -> "Talks resume").
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date
from typing import Any

from bot.article.document import Document
from bot.article.provenance import MONTHS, clean_byline
from bot.ingest.web import LoadError

logger = logging.getLogger(__name__)

HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
MARKUP = re.compile(
    r"</?(?:p|div|span|a|article|section|body|head|h[1-6]|br|meta|script|style|title|li|ul|table|img)\b[^<>]*>",
    re.IGNORECASE,
)
MARKUP_TAGS = 3
"""Tags anywhere in a text (not only in a prefix) that make it a page rather than prose quoting a tag."""
DATE_LINE_WORDS = 8
DATE_LINE_LEAD = 3
"""A paragraph this short that holds a date, or one that opens with it after at most three words, is a date
line ("Posted on May 3, 2020", "January 13, 2020 at 08:45 AM | categories: ..."), not the story's."""
MAX_ELEMENTS = 25_000
MAX_VISIBLE_CHARS = 1_000_000
"""Past either (ten times the largest news page of the dev set, a hundred-odd thousand words) a page holds
more than one article, and extracting it would take seconds: it is refused before extraction."""
MIN_WORDS = 15
"""Fewer words of story than this and the page is no article: a login wall, a search page, a video."""
DECLARED_BODY_FACTOR = 3
"""A JSON-LD `articleBody` this many times longer than the text on show is the story (scripts draw it)."""
DECLARED_DATES = (
    '//script[@type="application/ld+json"]',
    '//meta[@property="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
    '//meta[@property="og:pubdate"]/@content',
    '//meta[@name="pubdate"]/@content',
    '//meta[@name="publishdate"]/@content',
    '//meta[@name="parsely-pub-date"]/@content',
    '//meta[@name="sailthru.date"]/@content',
    '//meta[@name="dc.date.issued" or @name="DC.date.issued"]/@content',
)
"""Where pages declare their publication date (JSON-LD first), each read as the day it writes."""
JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
VISIBLE_TEXT = "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
SITE_SEPARATOR_KEPT = re.compile(r"(\s+(?:\||-|–|—|::|·|•|»)\s+)")
_MONTH_NAMES = [name for name in MONTHS if len(name) > 3 or name == "may"]


def looks_like_html(text: str) -> bool:
    """Markup wherever it starts: a doctype or <html> tag, or a few structural tags anywhere."""
    if HTML_START.search(text):
        return True
    return any(count >= MARKUP_TAGS for count, _ in enumerate(MARKUP.finditer(text), 1))


def _day(value: object) -> date | None:
    match = ISO_DAY.search(str(value or ""))
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _declared_dates(tree: Any) -> list[date]:
    days: list[date] = []
    for path in DECLARED_DATES:
        for found in tree.xpath(path):
            values = JSONLD_PUBLISHED.findall(found.text or "") if path.startswith("//script") else [found]
            days.extend(day for day in map(_day, values) if day is not None)
    return days


def _written(day: date) -> tuple[str, ...]:
    """How a page may show a day to its readers: "March 11, 2015", "Mar. 11, 2015", "11 March 2015"..."""
    month = next(name for name in _MONTH_NAMES if MONTHS[name] == day.month).title()
    short = month[:3]
    return (
        f"{month} {day.day}, {day.year}",
        f"{short} {day.day}, {day.year}",
        f"{short}. {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{day.day} {short} {day.year}",
        f"{day.day} {month}, {day.year}",
        f"{day.month:02d}/{day.day:02d}/{day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        day.isoformat(),
    )


def _only_in_sentences(day: date, story: str, visible: str) -> bool:
    """Whether every time the page writes `day` it is inside a sentence of the story ("takes effect on
    June 1, 2025": an event), not on a date line of its own ("January 22, 2014", "Posted May 3, 2020")."""
    forms = _written(day)
    in_story = [p for p in story.split("\n\n") if any(form in p for form in forms)]

    def date_line(paragraph: str) -> bool:
        at = min(paragraph.find(form) for form in forms if form in paragraph)
        return len(paragraph.split()) <= DATE_LINE_WORDS or len(paragraph[:at].split()) <= DATE_LINE_LEAD

    if not in_story or any(date_line(p) for p in in_story):
        return False
    return sum(visible.count(f) for f in forms) <= sum(p.count(f) for p in in_story for f in forms)


def _published(found: date | None, declared: list[date], visible: str, story: str) -> date | None:
    """trafilatura's date when a declared field agrees or the page shows it; else the first declared date
    the page shows (it passed over the page's own "datePublished" for another); else its date anyway,
    unless it was only read from the story itself ("takes effect on June 1, 2025" dates an event)."""

    def shown(day: date) -> bool:
        return any(form in visible for form in _written(day))

    if found is not None and not declared and _only_in_sentences(found, story, visible):
        found = None  # the page declares no date; this one is written only in the story's sentences
    if found is not None and (found in declared or shown(found)):
        return found
    return next((day for day in declared if shown(day)), found)


def _declared_body(tree: Any) -> str:
    """The longest `articleBody` the page declares in JSON-LD: some pages ship their story only there
    (the visible text is drawn by scripts)."""
    bodies: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            body = node.get("articleBody")
            if isinstance(body, str):
                bodies.append(body)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text or ""))
        except ValueError:
            continue
    return max(bodies, key=len, default="")


def _written_out(name: str, markup: str) -> bool:
    """Whether the page writes the name as words, in its text or its metadata: "Dmoran Com", made from
    "dmoran@nydailynews.com", is not."""
    words = re.findall(r"\w+", name)
    return (
        bool(words)
        and re.search(r"\b" + r"\W{1,3}".join(map(re.escape, words)) + r"\b", markup, re.I) is not None
    )


def _byline(author: str | None, site: str | None, markup: str) -> str | None:
    """The author names, cleaned of job titles, that the page also writes out."""
    names = clean_byline(author, site)
    if names is None:
        return None
    kept = [name for name in re.split(r",\s*|\s+and\s+", names) if _written_out(name, markup)]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else ", ".join(kept[:-1]) + " and " + kept[-1]


def _plain(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def clean_title(title: str | None, site: str | None, host: str | None) -> str | None:
    """The headline without the site's name: "Talks resume | NJ.com" -> "Talks resume"."""
    if not title:
        return None
    parts = SITE_SEPARATOR_KEPT.split(" ".join(title.split()))  # piece, separator, piece, ...
    host = (host or "").removeprefix("www.")
    names = {_plain(n) for n in (site, host, host.split(".")[0]) if n} - {""}

    def is_site(piece: str) -> bool:
        plain = _plain(piece)
        short = len(piece.split()) <= 4
        return plain in names or (short and any(len(n) >= 3 and plain.startswith(n) for n in names))

    while len(parts) > 1 and is_site(parts[-1]):
        del parts[-2:]
    while len(parts) > 1 and is_site(parts[0]):
        del parts[:2]
    return "".join(parts)


def extract_page(markup: str | bytes, url: str | None = None, name: str = "That page") -> Document:
    """The story of a web page as a Document; a LoadError when the page holds no article."""
    from trafilatura import bare_extraction  # heavy (lxml); loaded only when a page is actually read
    from trafilatura.utils import load_html

    tree = load_html(markup)
    page = markup if isinstance(markup, str) else markup.decode("utf-8", errors="replace")
    if tree is None:
        raise LoadError(f"{name} is not a web page I can read (no HTML in it).")
    elements = sum(1 for _ in tree.iter())
    visible = " ".join(" ".join(tree.xpath(VISIBLE_TEXT)).split())
    if elements > MAX_ELEMENTS or len(visible) > MAX_VISIBLE_CHARS:
        size = f"{elements:,} elements" if elements > MAX_ELEMENTS else f"{len(visible):,} characters of text"
        raise LoadError(f"{name} is too big to be one article ({size}). Send the story itself.")
    declared = _declared_dates(tree)
    declared_body = _declared_body(tree)
    language = (tree.get("lang") or "").split("-")[0].lower() or None
    result = bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
    )
    info: dict[str, Any] = result.as_dict() if result is not None and not isinstance(result, dict) else {}
    text = "\n\n".join(line.strip() for line in (info.get("text") or "").splitlines() if line.strip())
    if len(declared_body.split()) > max(MIN_WORDS, DECLARED_BODY_FACTOR * len(text.split())):
        text = "\n\n".join(line.strip() for line in declared_body.splitlines() if line.strip())
    words = len(text.split())
    if words < MIN_WORDS:
        what = f"only {words} words of text" if words else "no story text"
        raise LoadError(
            f"{name} has {what}: it looks like a login wall, a search or video page, or an empty page,"
            " not an article. Paste the story's text instead."
        )
    site = info.get("sitename") or info.get("hostname") or None
    published = _published(_day(info.get("date")), declared, visible, text)
    return Document(
        text=text,
        title=clean_title(info.get("title"), site, info.get("hostname")),
        byline=_byline(info.get("author"), site, page),
        site=site,
        url=url,
        language=info.get("language") or language,
        published=published,
        published_source="page" if published else "none",
    )
