"""Where a story comes from: title, byline, wire dateline, agency, signoff and publication date.

The dateline rarely carries a year ("Washington, Mar 28 (UNI)"), so the year is inferred and the
inference is recorded, because a reader asking "when?" deserves to know how sure we are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from bot.article.model import Article, Dateline, Fact, Paragraph, Provenance, YearSource

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PLACE = r"[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){0,3}"
DATELINE = re.compile(
    rf"(?P<places>{_PLACE}(?:\s*/\s*{_PLACE})*)"
    rf"(?:,\s*(?P<region>{_PLACE})(?=\s*(?:\(|,\s*(?i:{_MONTH})|--|[-–—_]\s)))?"
    rf"(?:,\s*(?P<date>(?i:{_MONTH})\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?i:{_MONTH})(?:,?\s+\d{{4}})?))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&'-]{1,30})\))?"
    r"(?P<separator>\s*(?:--|[-–—:]|_(?=\s))\s*|\s+)"
)
BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]+(?:\s+(?:and\s+)?[A-Z][\w.'’-]+){0,5}\s*$")
SIGNOFF = re.compile(
    r"^(?:\(?(?:Reporting|Writing|Editing|Additional reporting)\s+by\b.*"
    r"|[-–—]+\s*\w+|[A-Z]{2,6}(?:\s+[A-Z]{1,6}){0,4}"
    r"|\((?:AP|Reuters|AFP|PTI|IANS|UNI|ANI)\))$"
)
YEAR = re.compile(r"(?<![\d$£€.,])(19[5-9]\d|20\d\d)(?![\d%])")
TERMINAL = '.!?:"”’)'


def _title(paragraphs: Sequence[Paragraph]) -> Paragraph | None:
    """A short first paragraph without final punctuation, followed by the story, is a headline."""
    if len(paragraphs) < 2:
        return None
    first = paragraphs[0]
    words = first.text.split()
    if (
        len(words) <= 20
        and (first.text.rstrip()[-1:] not in TERMINAL or _title_case(words))
        and not DATELINE.fullmatch(first.text + " ")
        and not BYLINE.match(first.text)
    ):
        return first
    return None


SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs",
        "with",
    ]
)
"""Words a Title Case headline leaves in lower case."""


def _title_case(words: Sequence[str]) -> bool:
    """ "Gold Star Mom Corners Obama On His Refusal To Use The Words ‘Islamic Terrorist.’": a headline,
    though it ends like a sentence. Every word capitalised but the small ones, at least four of them."""
    lettered = [w.strip("‘’'\"“”.,:;!?()") for w in words]
    lettered = [w for w in lettered if w[:1].isalpha()]
    big = [w for w in lettered if w.lower() not in SMALL_WORDS]
    return len(big) >= 4 and all(w[0].isupper() for w in big)


def _dateline(text: str, start: int) -> Dateline | None:
    match = DATELINE.match(text, start)
    if not match:
        return None
    places = match.group("places")
    shouting = places.isupper() and match.group("separator").strip() != ""
    if not (match.group("date") or match.group("agency") or shouting):
        return None
    end = (
        match.end("agency") + 1
        if match.group("agency")
        else match.end("date")
        if match.group("date")
        else match.end("places")
    )
    return Dateline(
        start=match.start(),
        end=end,
        text=text[match.start() : end],
        places=_places(places, match.group("region")),
        date_text=match.group("date"),
        agency=match.group("agency"),
    )


def _places(places: str, region: str | None) -> tuple[str, ...]:
    """ "WASHINGTON/NEW DELHI" -> two places; "MANILA, Philippines" -> one, ("Manila, Philippines",)."""
    names = [p.strip().title() if p.isupper() else p.strip() for p in re.split(r"\s*/\s*", places)]
    if region:
        names[-1] = f"{names[-1]}, {region.strip()}"
    return tuple(names)


def body_start(text: str, dateline: Dateline | None) -> int:
    """Where the story's first sentence begins once the dateline is stripped."""
    if dateline is None:
        return 0
    match = DATELINE.match(text, dateline.start)
    return match.end() if match else dateline.end


def _month_day(date_text: str) -> tuple[int, int, int | None]:
    words = re.findall(r"[A-Za-z]+|\d+", date_text)
    month = next(MONTHS[w.lower()] for w in words if w.lower() in MONTHS)
    numbers = [int(w) for w in words if w.isdigit()]
    day = numbers[0]
    year = numbers[1] if len(numbers) > 1 else None
    return month, day, year


def _year_from_text(text: str, today: date) -> tuple[int, str] | None:
    """The latest year the story mentions that is not in the future: stories talk about the past and now."""
    years = [(int(m.group(1)), m) for m in YEAR.finditer(text)]
    plausible = [(y, m) for y, m in years if y <= today.year]
    if not plausible:
        return None
    year, match = max(plausible, key=lambda pair: pair[0])
    context = text[max(0, match.start() - 20) : match.end()].split("\n")[-1].strip()
    return year, context


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _published(
    text: str, dateline: Dateline | None, published: date | None, today: date
) -> tuple[date | None, YearSource, str]:
    if published is not None:
        return published, "published", f"given as the publication date ({published.isoformat()})"
    if dateline is None or dateline.date_text is None:
        return None, "none", "no publication date given and no dated dateline"
    month, day, year = _month_day(dateline.date_text)
    if year is not None:
        found = _safe_date(year, month, day)
        return found, ("dateline" if found else "none"), f"dateline '{dateline.date_text}'"
    from_text = _year_from_text(text, today)
    if from_text is not None:
        year, context = from_text
        found = _safe_date(year, month, day)
        if found:
            return found, "text", f"dateline '{dateline.date_text}'; year {year} from the text ('{context}')"
    year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    found = _safe_date(year, month, day)
    return (
        found,
        "today",
        f"dateline '{dateline.date_text}'; no year in the text, assumed the latest past {year}",
    )


def find_provenance(
    text: str, paragraphs: Sequence[Paragraph], *, published: date | None = None, today: date | None = None
) -> tuple[Provenance, str | None]:
    """The provenance, and the title when the first paragraph is a headline."""
    today = today or date.today()
    title = _title(paragraphs)
    rest = [p for p in paragraphs if p is not title]
    byline = next((p for p in rest[:2] if BYLINE.match(p.text)), None)
    lead = next((p for p in rest if p is not byline), None)
    dateline = _dateline(text, lead.start) if lead else None
    last = paragraphs[-1] if len(paragraphs) > 1 else None
    signoff = last if last is not None and len(last.text.split()) <= 8 and SIGNOFF.match(last.text) else None
    found, source, explanation = _published(text, dateline, published, today)
    agency = dateline.agency if dateline and dateline.agency else None
    if agency is None and signoff is not None:
        agency = next(
            (w for w in re.findall(r"[A-Z]{2,6}", signoff.text) if w in {"AP", "AFP", "PTI", "IANS", "UNI"}),
            None,
        )
    provenance = Provenance(
        dateline=dateline,
        agency=agency,
        byline=byline.text[3:].strip() if byline else None,
        signoff=Fact(start=signoff.start, end=signoff.end, text=signoff.text) if signoff else None,
        published=found,
        published_source=source,
        explanation=explanation,
    )
    return provenance, title.text if title else None


def headline(article: Article, limit: int) -> str:
    """What to call an article in a list or a welcome line: its title, else its opening up to the end of the
    story's first sentence (a dateline alone, "UNITED NATIONS (AP) _", names no story), cut to `limit`."""
    if article.title:
        name = article.title
    else:
        start = body_start(article.text, article.provenance.dateline)
        opening = next((s for s in article.sentences if s.end > start), None)
        first = article.sentences[0].start if article.sentences else 0
        name = article.text[first : opening.end] if opening else article.text
    name = " ".join(name.split()) or "the article"
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
