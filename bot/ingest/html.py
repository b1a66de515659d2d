"""Web pages -> Document: the story's text, title, byline, site and date, with the page furniture left out.

Why trafilatura (with htmldate, its date finder): on the dev set (`bench/eval_ingest.py`) it scores best on
text with `favor_recall` and is the only one of the two candidates that reads a date and a byline at all
(readability-lxml gives text and title only). Written by hand on top, each measured on that set:
recognising markup anywhere in a text (`looks_like_html`); the JSON-LD `articleBody` when the page shows
no story of its own (scripts draw it); a declared publication date the page also
shows, when trafilatura's date is neither declared nor shown, and the day a page shows rather than a UTC
timestamp's ("00:47Z" is the evening before in the Americas); bylines cleaned of job titles and outlets
(`bot.article.provenance.clean_byline`) and kept only when the page writes the name, else the "By Jane Doe"
line the page shows; the site's name off the title ("Talks resume | NJ.com" -> "Talks resume"); a dateline
lead trafilatura dropped (loose text after an embedded box) read back; image file names dropped.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.article.document import Document
from bot.article.provenance import (
    BYLINE_MAX_CHARS,
    CUT,
    MONTHS,
    byline_agency,
    byline_names,
    clean_byline,
    opens_with_dateline,
)
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
PUBLISHED_FIELDS = 4
"""The first paths name the publication itself (datePublished, article:published_time); the others may
hold another day (sailthru.date is often the last update)."""
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


@dataclass(frozen=True)
class _Declared:
    day: date
    published: bool
    """Declared as the publication date itself (`PUBLISHED_FIELDS`)."""


def _declared_dates(tree: Any) -> list[_Declared]:
    days: list[_Declared] = []
    for n, path in enumerate(DECLARED_DATES):
        for found in tree.xpath(path):
            values = JSONLD_PUBLISHED.findall(found.text or "") if path.startswith("//script") else [found]
            days.extend(_Declared(day, n < PUBLISHED_FIELDS) for day in map(_day, values) if day is not None)
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


TIMESTAMP = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d{1,6})?)?"
    r"(?P<zone>Z|[+-]00:?00)(?![\d:])"
)
"""A timestamp in UTC ("2016-12-23T00:47:31Z", "+00:00"); one with its own zone is the page's local time."""
ZONES_WEST, ZONES_EAST = 12, 14
"""Local clocks run from 12 hours behind UTC to 14 ahead: a UTC time is that range of local times, so at
most the day before or the day after."""


def _utc_days(day: date, page: str) -> set[date]:
    """The local days the page's UTC timestamps of `day` can be ("2016-12-23T00:47:31Z" was the evening of
    Dec. 22 in the Americas): a page declares the instant in UTC and shows its readers its own day."""
    days: set[date] = set()
    written, at = day.isoformat(), 0
    while (at := page.find(written, at)) >= 0:
        match = TIMESTAMP.match(page, at)
        at += len(written)
        if match is None:
            continue
        utc = datetime.combine(day, time(int(match.group("hour")) % 24, int(match.group("minute"))))
        try:
            days.update((utc + timedelta(hours=h)).date() for h in (-ZONES_WEST, 0, ZONES_EAST))
        except OverflowError:  # a placeholder such as 0001-01-01T00:00Z
            continue
    return days


def _published(
    found: date | None, declared: list[_Declared], visible: str, story: str, page: str = ""
) -> date | None:
    """The day the page shows its readers, surest first: trafilatura's date when the page shows it; a date
    declared as the publication's that the page shows (trafilatura took another); trafilatura's date when
    a declared field agrees; another declared date the page shows; else trafilatura's date anyway, unless
    it was only read from the story itself ("takes effect on June 1, 2025" dates an event). A day declared
    as a UTC time that the page never shows is the neighbouring day it shows when that time can be it."""

    def shown(day: date) -> bool:
        return any(form in visible for form in _written(day))

    def as_shown(day: date) -> date:
        if shown(day):
            return day
        near = [other for other in _utc_days(day, page) if other != day and shown(other)]
        return near[0] if len(near) == 1 else day

    found = as_shown(found) if found is not None else None
    days = [(as_shown(d.day), d.published) for d in declared]
    if found is not None and not days and _only_in_sentences(found, story, visible):
        found = None  # the page declares no date; this one is written only in the story's sentences
    if found is not None and shown(found):
        return found
    chosen = next((day for day, published in days if published and shown(day)), None)
    if chosen is None and found is not None and found in {day for day, _ in days}:
        chosen = found
    return chosen or next((day for day, _ in days if shown(day)), found)


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


BYLINE_START = re.compile(r"^\s*by\b", re.IGNORECASE)
BYLINE_MARKS = re.compile(r"by-?_?line|author|writer|contributor", re.IGNORECASE)
"""Class, id, itemprop or rel words that say an element holds the byline."""
BYLINE_MARK_LEVELS = 3
_NOT_SHOWN = frozenset({"script", "style", "noscript", "head", "title", "template", "option"})


@dataclass(frozen=True)
class _Shown:
    line: str
    names: str | None
    marked: bool
    agency: str | None


def _byline_lines(tree: Any) -> list[_Shown]:
    """Every "By Jane Doe, Staff Writer" line the page shows, in page order, and whether the element (or an
    ancestor) is marked as a byline or an author by its class, id, itemprop or rel. Only elements whose
    own text opens with "By" are read."""
    found: list[_Shown] = []
    for element in tree.iter("*"):
        own = element.text
        if not own or own.lstrip()[:2].lower() != "by" or not BYLINE_START.match(own):
            continue  # most elements; "Byron ...", "bypass"
        if element.tag in _NOT_SHOWN or any(a.tag in _NOT_SHOWN for a in element.iterancestors()):
            continue
        parent = element.getparent()
        alone = len(element) == 0 and len(element.text.split()) == 1  # <span>By</span> <a>Jane Doe</a>
        holder = parent if alone and parent is not None else element
        line = " ".join(holder.text_content().split())
        names = byline_names(line) if len(line) <= BYLINE_MAX_CHARS else None
        agency = byline_agency(line)
        if names or agency:
            found.append(_Shown(line, names, _marked_byline(holder), agency))
    return found


OPENING_CHARS = 60
"""How much of a paragraph's opening finds it in the page's visible text."""


def _opening(paragraph: str) -> str:
    """A paragraph's opening words, spaces folded: how it is looked up in the page's text."""
    return " ".join(paragraph.split())[:OPENING_CHARS]


def _shown_at(visible: str, paragraph: str) -> int:
    """Where the page shows a paragraph of the story (its opening), -1 where it does not."""
    first = _opening(paragraph)
    return visible.find(first) if first else -1


def _shown_byline(lines: list[_Shown], visible: str, text: str) -> str | None:
    """The byline the page shows for its story when its metadata names no author: the first line marked as
    a byline, else the first one above the story's text (below it, "By" lines sign teasers and comments)."""
    story_at = _shown_at(visible, text.split("\n\n", 1)[0])
    named = [s for s in lines if s.names]
    above = [s for s in named if story_at < 0 or 0 <= visible.find(s.line) < story_at]
    chosen = next((s for s in named if s.marked), None) or next(iter(above), None)
    return chosen.names if chosen else None


def _declared_author(tree: Any) -> str | None:
    """The page's `<meta name="author">`, also where it is written with `value=` instead of `content=` (the
    extractor reads only the standard attribute)."""
    found = tree.xpath("//meta[@name='author']/@content | //meta[@name='author']/@value")
    return next((str(value).strip() for value in found if str(value).strip()), None)


LEAD_MIN_WORDS = 12
"""The story's first paragraph this long is where it starts on the page (not its headline or byline)."""


def _page_byline(
    author: str | None, site: str | None, markup: str, lines: list[_Shown], visible: str, text: str
) -> str | None:
    """The author field's names, unless the page writes them only below the story's first words (a teaser's
    or a related story's byline that the metadata took) while a "By" line above the story names someone."""
    declared = _byline(author, site, markup)
    if declared is None:
        return _shown_byline(lines, visible, text)
    lead = next((p for p in text.split("\n\n") if len(p.split()) >= LEAD_MIN_WORDS), "")
    story_at = _shown_at(visible, lead)
    above = [s for s in lines if s.names and 0 <= visible.find(s.line) < story_at]
    if not above or visible.find(declared.split()[-1]) < story_at:
        return declared
    return next((s.names for s in above if s.marked), above[0].names)


def _credited_agency(author: str | None, lines: list[_Shown]) -> str | None:
    """The wire agency the page credits: its author field ("Associated Press"), else a "By AFP" line it
    shows marked as a byline. Pages that carry wire copy say so there, not in the story's text."""
    found = byline_agency(author) if author else None
    return found or next((s.agency for s in lines if s.agency and s.marked), None)


def _marked_byline(element: Any) -> bool:
    for node in (element, *list(element.iterancestors())[:BYLINE_MARK_LEVELS]):
        marks = " ".join(str(node.get(a) or "") for a in ("class", "id", "itemprop", "rel"))
        if BYLINE_MARKS.search(marks):
            return True
    return False


IMAGE_NAME = re.compile(r"[^\n]{1,120}\.(?:jpe?g|png|gif|webp|avif|tiff?)", re.IGNORECASE)
"""A paragraph that is an image's file name ("seized cash and cards.jpg"): an extractor's leftover."""
LOOSE_LEAD_NODES = 12
"""Text pieces (a link, a bold name) a loose lead may be made of, read back before the story's start."""


def loose_lead(nodes: list[str], text: str) -> str | None:
    """The story's dateline lead when trafilatura left it out: on some pages it is loose text after an
    embedded box, outside any paragraph ("</div>SAN FRANCISCO (AP) — Steve Jobs ... </p><p>The move ...").
    Read back from the page's text just before the story's first paragraph, it opens with a dateline."""
    paragraphs = text.split("\n\n")
    if any(opens_with_dateline(p) for p in paragraphs[:LOOSE_LEAD_NODES]):
        return None  # the story has its dateline lead
    first = _opening(paragraphs[0])
    start = next(
        (i for i, node in enumerate(nodes) if first and " ".join(node.split()).startswith(first)), None
    )
    if start is None:
        return None
    pieces: list[str] = []
    for node in reversed(nodes[max(0, start - LOOSE_LEAD_NODES) : start]):
        pieces.insert(0, node)
        lead = " ".join("".join(pieces).split())
        if opens_with_dateline(lead):
            whole = len(lead.split()) >= MIN_WORDS and not lead.endswith(CUT)  # not a teaser, cut short
            return lead if whole and lead not in text else None
    return None


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
    nodes = [str(node) for node in tree.xpath(VISIBLE_TEXT)]
    visible = " ".join(" ".join(nodes).split())
    if elements > MAX_ELEMENTS or len(visible) > MAX_VISIBLE_CHARS:
        size = f"{elements:,} elements" if elements > MAX_ELEMENTS else f"{len(visible):,} characters of text"
        raise LoadError(f"{name} is too big to be one article ({size}). Send the story itself.")
    declared = _declared_dates(tree)
    declared_body = _declared_body(tree)
    byline_lines = _byline_lines(tree)
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
    lines = (line.strip() for line in (info.get("text") or "").splitlines())
    text = "\n\n".join(line for line in lines if line and not IMAGE_NAME.fullmatch(line))
    if len(declared_body.split()) > max(MIN_WORDS, DECLARED_BODY_FACTOR * len(text.split())):
        text = "\n\n".join(line.strip() for line in declared_body.splitlines() if line.strip())
    lead = loose_lead(nodes, text)
    if lead is not None:
        text = f"{lead}\n\n{text}"
    words = len(text.split())
    if words < MIN_WORDS:
        what = f"only {words} words of text" if words else "no story text"
        raise LoadError(
            f"{name} has {what}: it looks like a login wall, a search or video page, or an empty page,"
            " not an article. Paste the story's text instead."
        )
    site = info.get("sitename") or info.get("hostname") or None
    author = info.get("author") or _declared_author(tree)
    published = _published(_day(info.get("date")), declared, visible, text, page)
    return Document(
        text=text,
        title=clean_title(info.get("title"), site, info.get("hostname")),
        byline=_page_byline(author, site, page, byline_lines, visible, text),
        agency=_credited_agency(author, byline_lines),
        site=site,
        url=url,
        language=info.get("language") or language,
        published=published,
        published_source="page" if published else "none",
    )
