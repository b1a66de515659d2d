"""Where a story comes from: title, byline, wire dateline, agency, signoff and publication date.

Wire copy says all of it in a few conventional lines: a headline, "By Jane Doe, Staff Writer" or
"Jane Doe | Reuters", a dateline ("JAKARTA (Reuters) -", "New Delhi [India], March 15 (ANI):") and a
closing credit ("(Reporting by ...; Editing by ...)", "-- Jane Doe", "UNI RN", " Reuter"). Pages and
pasted stories add furniture the summary must skip: kickers above the headline, photo captions and their
credits. Written by hand: no maintained library reads these from plain text (trafilatura and its kin read
them from page markup). The words the rules need (agencies, job titles, credit phrases, shouted labels)
are in `bot.lexicon`.

The publication date is taken, surest first, from an explicit date, the page's metadata, the dateline,
the story's own latest day written with its weekday and year (a wire caption's), or the day the text was
shared; a dateline rarely carries a year, so the year is inferred (from the story's weekdays, then its
text) and the inference is recorded: a reader asking "when?" deserves to know how sure we are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot import lexicon
from bot.article.dates.anchoring import Context
from bot.article.dates.words import MONTHS, WEEKDAYS, WEEKDAYS_WRITTEN
from bot.article.document import Origin
from bot.article.gazetteer import country_names, place_phrases
from bot.article.model import Article, Dateline, Fact, Paragraph, Provenance, YearSource
from bot.article.sentences import sentence_spans

AGENCIES = {written.casefold(): name for written, name in lexicon.table("wire_agencies").items()}
"""Every way an agency is written ("The Associated Press", "AP") -> its short name ("AP")."""
ROLE_WORDS = lexicon.lower_words("byline_roles")
BYLINE_OPENERS = sorted(lexicon.lower_words("byline_openers"), key=len, reverse=True)
SIGNOFF_STARTS = tuple(p for p, where in lexicon.rows("signoff_phrases") if where == "start")
SIGNOFF_ENDS = tuple(p for p, where in lexicon.rows("signoff_phrases") if where == "end")

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PLACE = r"[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){0,3}"
_DAY_DATE = rf"(?i:{_MONTH})\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?i:{_MONTH})(?:,?\s+\d{{4}})?"
DATELINE = re.compile(
    rf"(?P<places>{_PLACE}(?:\s*/\s*{_PLACE})*)"
    r"(?:\s*\[(?P<bracket>[A-Z][\w .'-]{1,30})\])?"
    rf"(?:,\s*(?P<region>{_PLACE})(?=\s*(?:\(|,\s*(?:{_DAY_DATE})|--|[-–—_:]\s)))?"
    rf"(?:(?:,\s*|\s+)(?P<date>{_DAY_DATE})(?![\w]))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&'/-]{1,30})\))?"
    r"(?P<separator>\s*(?:--|[-–—:]|_(?=\s))\s*|\s+)"
)
"""`CITY (Agency) -`, `CITY, Country (Agency) —`, `City [Country] Month Day (Agency):`, `CITY, May 3 -`."""
AGENCY_DATELINE = re.compile(
    r"\((?P<agency>[A-Za-z][\w .&'/-]{1,30})\)(?P<separator>\s*(?:--|[-–—:]|_(?=\s))\s*)"
)
"""`(Reuters) -`: a wire story its outlet re-dated, the place cut off; only with an agency it knows."""
LEAD_SEARCH = 12
"""Paragraphs a page's dateline may stand below the top (breadcrumbs, a standfirst, captions, highlights
come first): past the first one, only a dateline that cannot be prose counts (`_strong`)."""
NOT_PLACES = lexicon.lower_words("shouted_labels")
"""Upper-case labels that open a paragraph like a dateline's place but are none ("UPDATE:", "WATCH:")."""
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
"""Bounded, so a long run of symbols costs linear time, not cubic."""
_OPENER = re.compile(r"^(?:" + "|".join(re.escape(o) for o in BYLINE_OPENERS) + r")\s+", re.IGNORECASE)
_BYLINE_SPLIT = re.compile(r"\s*(?:[;|,/•·]|\s-\s|\s–\s|\s—\s|\band\b|&)\s*", re.IGNORECASE)
_NOT_A_NAME_ANY_MORE = re.compile(r"\s+(?:is|was|has|says|said|writes|wrote|reports|covers)\b.*$")
"""Author fields that run on into a sentence: "Phil Helsel is a reporter for ...", "Art Edwards says"."""
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:de|del|van|von|der|da|di|al|el|bin|le|la|du)\b)$")
DASH_SIGNOFF = re.compile(
    r"^[-–—]+\s*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})(?:\s*,\s*[^,]{1,40})?\s*$"
)
INITIALS_SIGNOFF = re.compile(r"^\(?[A-Z]{2,6}\)?(?:[ /-][A-Za-z]{1,6}){0,4}$")
YEAR = re.compile(r"(?<![\d$£€.,])(19[5-9]\d|20\d\d)(?![\d%])")
_WEEKDAY = "|".join(WEEKDAYS)
WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{_WEEKDAY})\s*,?\s+(?:\(\s*)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?!\d)(?!,?\s+\d{{4}})",
    re.IGNORECASE,
)
"""An explicit weekday with a date and no year ("Thursday, March 15"): it pins the year down."""
BARE_WEEKDAY = re.compile(rf"\b(?:on\s+)?(?P<wd>{_WEEKDAY})\b", re.IGNORECASE)
TERMINAL = '.!?:"”’)'
BYLINE_MAX_WORDS = 16
BYLINE_MAX_CHARS = 200
SIGNOFF_MAX_WORDS = 30
SIGNOFF_SHORT_WORDS = 6
"""A line of initials and credited agencies is this short ("jm/dm (AFP, dpa)")."""
TRAILING_SIGNOFFS = 3
"""Closing credit lines read from the end: a story may end "(Reporting by ...)" then "Copyright ..."."""
YEARS_BACK = 60
SET_DATE_HINT = "set it with `/article published YYYY-MM-DD` (or `--published` on the command line)"


CUT = ("...", "…")
"""How a headline cut to the wire's length ends ("Israel indicts teenage Palestinian girl who slapped...")."""


def _title(paragraphs: Sequence[Paragraph]) -> Paragraph | None:
    """A short first paragraph without final punctuation (or cut off), followed by the story, is a
    headline."""
    if len(paragraphs) < 2:
        return None
    first = paragraphs[0]
    words = first.text.split()
    ending = first.text.rstrip()
    if (
        len(words) <= 20
        and (ending[-1:] not in TERMINAL or ending.endswith(CUT) or _title_case(words))
        and not DATELINE.fullmatch(first.text + " ")
        and byline_names(first.text) is None
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


# bylines ---------------------------------------------------------------------------------------------


def agency_named(text: str) -> str | None:
    """The agency `text` is (any case, "The Associated Press" -> "AP"), else None."""
    return AGENCIES.get(" ".join(text.split()).strip(" .()").casefold())


def _is_role(words: Sequence[str]) -> bool:
    """A job title, desk or outlet: role words and agencies, with an outlet's initials ("CNN Business")."""
    roles = [w for w in words if w.lower().strip(".") in ROLE_WORDS or agency_named(w)]
    initials = [w for w in words if w.isupper() and len(w) > 1]
    return bool(roles) and len(roles) + len([w for w in initials if w not in roles]) == len(words)


def _person(part: str, site: str | None) -> str | None:
    """One piece of a byline as a name, or None when it is a job title, an outlet or an address."""
    part = _OPENER.sub("", part.strip(" .:()[]")).strip()
    part = _NOT_A_NAME_ANY_MORE.sub("", part).strip(" .")
    words = part.split()
    if not words or any(ch.isdigit() for ch in part) or EMAIL.search(part) or part.startswith("@"):
        return None
    if agency_named(part) or _is_role(words):
        return None
    for i, word in enumerate(words):  # "Ben Silverman Games Editor": the name ends before the job title
        if i >= 2 and word.lower().strip(".") in ROLE_WORDS:
            middle = (
                len(words[1].rstrip(".")) == 1 or not words[1][:1].isupper()
            )  # "Jane Q. Doe", "Ana de Sa"
            words = words[: min(i, 3 if middle else 2)]
            break
    if len(words) > 4 or not all(_NAME_WORD.match(w) for w in words):
        return None
    name = " ".join(words)
    return name.title() if name.isupper() and len(name) > 3 else name


def _title_after_name(part: str) -> bool:
    """ "SpaceNews Writer" in "Jeff Foust, SpaceNews Writer": after a name, a short piece ending in a job
    word is the name's title (an outlet's own word before it), not a second author."""
    words = part.split()
    return 0 < len(words) <= 3 and words[-1].lower().strip(".") in ROLE_WORDS


def clean_byline(raw: str | None, site: str | None = None) -> str | None:
    """The author names in a byline or an author field, without "By", job titles, outlets or e-mail
    addresses: "By Tia Ghose, Staff Writer" -> "Tia Ghose"; "Tom Krisher; AP Auto Writer" -> "Tom Krisher";
    "By JANE DOE and JOHN ROE" -> "Jane Doe and John Roe". None when no name is left."""
    if not raw:
        return None
    text = " ".join(EMAIL.sub(" ", raw).split())
    text = _OPENER.sub("", text)
    parts = [p for p in _BYLINE_SPLIT.split(text) if p and p.strip()]
    parts = parts[:1] + [p for p in parts[1:] if not _title_after_name(p)]
    names = list(dict.fromkeys(n for n in (_person(p, site) for p in parts) if n))
    if len(names) > 1:
        names = [n for n in names if " " in n] or names  # "Kevin-R" beside real names is a handle
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def byline_names(line: str) -> str | None:
    """The names when a line is a byline: "By X", "By X and Y", "By X, Staff Writer", "X | Reuters", "X,
    Associated Press", "By X (x@paper.com)". A line that reads as a sentence is no byline."""
    text = " ".join(line.split())
    if not text or len(text) > BYLINE_MAX_CHARS or len(text.split()) > BYLINE_MAX_WORDS:
        return None
    opener = _OPENER.match(text)
    bare = EMAIL.sub("", text).strip(" ()<>")
    if opener is None:
        parts = [p for p in _BYLINE_SPLIT.split(bare) if p.strip()]
        credited = len(parts) > 1 and any(agency_named(p) or _is_role(p.split()) for p in parts[1:])
        if not credited or bare.rstrip()[-1:] in ".!?":
            return None
    elif not text[opener.end() :][:1].isupper():
        return None  # "by the river", "by 2030": not names
    return clean_byline(text)


_WEEKDAY_WRITTEN = "|".join(sorted(WEEKDAYS_WRITTEN, key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th)?"
FULL_DATE = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY_WRITTEN})\.?,?\s+)?"
    rf"(?:\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>(?:19|20)\d\d)"
    rf"|\b(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?P<month2>{_MONTH}),?\s+(?P<year2>(?:19|20)\d\d)"
    r"|\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))(?![\d-])",
    re.IGNORECASE,
)
"""A day written whole, with its year: "Mon Mar 3, 2014", "3 March 2014", "March 3rd, 2014", "2014-03-03"."""
DATE_LINE_CUES = sorted(lexicon.lower_words("date_line_cues"), key=len, reverse=True)
_DATE_LINE_CUE = re.compile(r"^(?:" + "|".join(map(re.escape, DATE_LINE_CUES)) + r")\b", re.IGNORECASE)
_CLOCK_OR_ZONE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\b\.?)?|\b\d{1,2}\s*[aApP]\.?[mM]\b\.?"
    r"|\b(?:GMT|UTC)(?:[+-]\d{1,2})?\b|\b[A-Z]{1,3}[SD]?T\b"
)
"""A time of day and its zone on a date line: "4:54pm EST", "16:45 GMT", "2:14 p.m. ET"."""
DATE_LINE_WORDS = lexicon.lower_words("date_line_words") | {w for cue in DATE_LINE_CUES for w in cue.split()}


def _only_date_words(rest: str) -> bool:
    """What a date line holds besides its date and time is only counts and date-line words ("at", "/
    UPDATED 20 MINUTES AGO", "• 2 min read"), punctuation stripped."""
    words = re.sub(r"[/|,:;•·()\[\]—–-]+", " ", rest).split()
    return all(w.isdigit() or w.lower().strip(".") in DATE_LINE_WORDS for w in words)


def date_line(line: str) -> date | None:
    """The day a short line at a story's head gives as its date: a line that is only a date and time
    ("March 3, 2014", "2014-03-03 16:45 GMT"), one that opens with a cue ("Published: Mon Mar 3, 2014
    4:54pm EST", "Updated 2:14 pm ET, March 3, 2014": date_line_cues.txt), or a byline with a date ("By
    Jane Doe, Associated Press | March 3, 2014"). A weekday that does not fit the day makes it no date."""
    text = " ".join(line.split())
    if not text or len(text.split()) > BYLINE_MAX_WORDS:
        return None
    found = FULL_DATE.search(text)
    if found is None:
        return None
    if found.group("iso"):
        year, month, day = map(int, found.group("iso").split("-"))
    else:
        year = int(found.group("year") or found.group("year2"))
        month = MONTHS[(found.group("month") or found.group("month2")).lower().rstrip(".")]
        day = int(found.group("day") or found.group("day2"))
    written = _safe_date(year, month, day)
    weekday = found.group("wd")
    if written is None or (weekday and written.isoweekday() != WEEKDAYS_WRITTEN[weekday.lower().rstrip(".")]):
        return None
    rest = _CLOCK_OR_ZONE.sub(" ", (text[: found.start()] + " " + text[found.end() :]))
    rest = " ".join(re.sub(r"[|,:;•·()\[\]—–-]+", " ", rest).split())
    if _only_date_words(rest) or _DATE_LINE_CUE.match(text) or byline_names(rest) or byline_agency(rest):
        return written
    return None


def _email_only(line: str) -> bool:
    return bool(EMAIL.fullmatch(line.strip(" ()<>")))


# datelines -------------------------------------------------------------------------------------------


def _match(text: str, start: int) -> re.Match[str] | None:
    """A dateline at `start`: `CITY ... -`, or only a known agency's `(Reuters) -`."""
    match = DATELINE.match(text, start)
    if match is None:
        match = AGENCY_DATELINE.match(text, start)
        if match is not None and agency_named(match.group("agency")) is None:
            return None
    return match


def _dateline(text: str, start: int) -> Dateline | None:
    match = _match(text, start)
    if not match:
        return None
    if "places" not in match.re.groupindex:
        agency = match.group("agency")
        end = match.end("agency") + 1
        return Dateline(
            start=match.start(), end=end, text=text[match.start() : end], agency=agency_named(agency)
        )
    places = match.group("places")
    if places.casefold() in NOT_PLACES:
        return None
    separated = match.group("separator").strip() != ""
    shouting = places.isupper() and separated
    if not (match.group("date") or match.group("agency") or shouting or (separated and _known(places))):
        return None
    unknown_agency = match.group("agency") and not (
        match.group("date") or agency_named(match.group("agency"))
    )
    if unknown_agency and not (places.isupper() or match.group("separator").strip()):
        return None  # "Obama (D) said": a party, not an agency
    end = (
        match.end("agency") + 1
        if match.group("agency")
        else match.end("date")
        if match.group("date")
        else match.end("places")
    )
    agency = match.group("agency")
    return Dateline(
        start=match.start(),
        end=end,
        text=text[match.start() : end],
        places=_places(places, match.group("region") or match.group("bracket")),
        date_text=match.group("date"),
        agency=(agency_named(agency) or agency.strip()) if agency else None,
    )


def _known(places: str) -> bool:
    """ "Mumbai:", "Washington —": a dateline in lower case names places the gazetteer knows."""
    names = place_phrases()
    return all(p in names or p in country_names() for p in re.split(r"\s*/\s*", places))


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
    match = _match(text, dateline.start)
    return match.end() if match else dateline.end


def _strong(dateline: Dateline, text: str) -> bool:
    """A dateline no sentence starts with: it names an agency or a date, or its place is in capitals and
    a dash or colon follows it ("BEIJING:", "SAN FRANCISCO (AP) —"), and the story runs on after it."""
    if dateline.agency or dateline.date_text:
        return True
    after = text[dateline.end : dateline.end + 3].lstrip(" ")
    return dateline.text.isupper() and after[:1] in "-–—:_" and len(dateline.text) > 2


def opens_with_dateline(paragraph: str) -> bool:
    """Whether a paragraph opens with a dateline no sentence could start with ("SAN FRANCISCO (AP) —")."""
    found = _dateline(paragraph, 0)
    return found is not None and _strong(found, paragraph)


def _lead(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Paragraph | None, Dateline | None]:
    """The story's first paragraph and its dateline: the first paragraph, or on a page with furniture on
    top, the first of the next few that opens with a strong dateline."""
    if not paragraphs:
        return None, None
    first = _dateline(text, paragraphs[0].start)
    if first is not None:
        return paragraphs[0], first
    for paragraph in paragraphs[1:LEAD_SEARCH]:
        found = _dateline(text, paragraph.start)
        if found is not None and _strong(found, text) and paragraph.end - found.end > BYLINE_MAX_CHARS // 2:
            return paragraph, found
    return paragraphs[0], None


# signoffs --------------------------------------------------------------------------------------------


def _is_signoff(paragraph: str) -> bool:
    text = " ".join(paragraph.split())
    if not text or len(text.split()) > SIGNOFF_MAX_WORDS:
        return False
    lower = text.lower().lstrip("([ ").rstrip(".)] ")
    if lower.startswith(SIGNOFF_STARTS) or lower.endswith(SIGNOFF_ENDS):
        return True
    return bool(
        DASH_SIGNOFF.match(text)
        or INITIALS_SIGNOFF.match(text)
        or agency_named(text)
        or _agencies_credited(text)
    )


_CREDITED = re.compile(r"\(([^()]{2,60})\)\s*$")


def _agencies_credited(text: str) -> bool:
    """A short line that ends by crediting agencies only: "jm/dm (AFP, dpa)", "(Reuters, AP)"."""
    found = _CREDITED.search(text)
    if found is None or len(text.split()) > SIGNOFF_SHORT_WORDS:
        return False
    return all(agency_named(part) for part in re.split(r"\s*(?:,|/|\band\b)\s*", found.group(1)) if part)


def _signoffs(paragraphs: Sequence[Paragraph], first_allowed: int) -> list[Paragraph]:
    found: list[Paragraph] = []
    for paragraph in reversed(paragraphs[first_allowed:]):
        if len(found) == TRAILING_SIGNOFFS or not _is_signoff(paragraph.text):
            break
        found.append(paragraph)
    return found[::-1]


def _signoff_agency(signoffs: Sequence[Paragraph]) -> str | None:
    for paragraph in signoffs:
        for word in re.findall(r"[A-Za-z][\w-]+", paragraph.text):
            name = agency_named(word)
            if name and (word.isupper() or word[0].isupper()):
                return name
    return None


# the publication date --------------------------------------------------------------------------------


def _month_day(date_text: str) -> tuple[int, int, int | None]:
    words = re.findall(r"[A-Za-z]+|\d+", date_text)
    month = next(MONTHS[w.lower()] for w in words if w.lower() in MONTHS)
    numbers = [int(w) for w in words if w.isdigit()]
    day = numbers[0]
    year = numbers[1] if len(numbers) > 1 else None
    return month, day, year


def _year_from_text(text: str, latest: date) -> tuple[int, str] | None:
    """The latest year the story mentions that is not in the future, nor in a clause that looks ahead
    ("output will rise by 1990"): stories talk about the past and now."""
    clauses = Context(text=text, anchor=None, sentences=(), starts=[])
    years = [(int(m.group(1)), m) for m in YEAR.finditer(text)]
    plausible = [(y, m) for y, m in years if y <= latest.year and clauses.tense(m.start(), m.end()) <= 0]
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


def _fits(year: int, month: int, weekday: int, pair_month: int, pair_day: int) -> bool:
    """Whether the story's "Thursday, March 15" falls on a Thursday when the dateline is in `year` (a date
    in January named in a December story is next year's, and the reverse)."""
    pair_year = year + (pair_month < 3 and month > 10) - (pair_month > 10 and month < 3)
    found = _safe_date(pair_year, pair_month, pair_day)
    return found is not None and found.isoweekday() == weekday


def _year_from_weekdays(text: str, month: int, day: int, latest: date) -> tuple[int, str] | None:
    """The latest year, not after `latest`, in which the story's explicit weekday dates fall on their
    weekdays; None when it names none or no year fits them all."""
    pairs = [
        (
            WEEKDAYS[m.group("wd").lower()],
            MONTHS[m.group("month").lower().rstrip(".")],
            int(m.group("day")),
            m,
        )
        for m in WEEKDAY_DATE.finditer(text)
    ]
    if not pairs:
        return None
    year = _latest_year(month, day, latest, lambda y, _: all(_fits(y, month, *pair[:3]) for pair in pairs))
    return (year, pairs[0][3].group(0)) if year is not None else None


def _year_from_lead(lead: str, month: int, day: int, latest: date) -> int | None:
    """The latest year in which the dateline's day is the weekday the lead names, or the day after it
    ("said on Thursday" in a story filed on Thursday or Friday); None when the lead names no weekday."""
    named = {WEEKDAYS[m.group("wd").lower()] for m in BARE_WEEKDAY.finditer(lead)}
    if not named:
        return None
    return _latest_year(month, day, latest, lambda _, d: bool({d.isoweekday(), _eve(d)} & named))


def _eve(day: date) -> int:
    return (day - timedelta(days=1)).isoweekday()


def _latest_year(month: int, day: int, latest: date, fits: Callable[[int, date], bool]) -> int | None:
    """The latest year, at most YEARS_BACK before `latest`, whose `month`/`day` is not after `latest` and
    `fits`."""
    for year in range(latest.year, latest.year - YEARS_BACK, -1):
        dated = _safe_date(year, month, day)
        if dated is not None and dated <= latest and fits(year, dated):
            return year
    return None


@dataclass(frozen=True)
class _Dated:
    published: date | None
    source: YearSource
    explanation: str


def _from_dateline(text: str, dateline: Dateline, lead: str, anchor: date, shared: bool) -> _Dated | None:
    assert dateline.date_text is not None
    month, day, year = _month_day(dateline.date_text)
    said = f"dateline '{dateline.date_text}'"
    if year is not None:
        found = _safe_date(year, month, day)
        return _Dated(found, "dateline", said) if found else None
    by_weekday = _year_from_weekdays(text, month, day, anchor)
    if by_weekday is not None:
        year, pair = by_weekday
        return _Dated(
            date(year, month, day), "weekday", f"{said}; year {year}, when '{pair}' falls on that day"
        )
    from_text = _year_from_text(text, anchor)
    if from_text is not None:
        year, context = from_text
        found = _safe_date(year, month, day)
        if found:
            return _Dated(found, "text", f"{said}; year {year} from the text ('{context}')")
    by_lead = _year_from_lead(lead, month, day, anchor)
    if by_lead is not None:
        return _Dated(
            date(by_lead, month, day), "weekday", f"{said}; year {by_lead}, when the lead's weekday fits"
        )
    year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    found = _safe_date(year, month, day)
    if found is None:
        return None
    before = "the day it was shared" if shared else "today"
    return _Dated(
        found, "shared" if shared else "today", f"{said}; no year in the text, assumed {year} ({before})"
    )


def _published(
    text: str,
    dateline: Dateline | None,
    lead: str,
    origin: Origin,
    published: date | None,
    today: date,
    head: date | None = None,
) -> _Dated:
    """`head` is the earliest day the story's date lines give (`date_line`): "Published ..., Updated ..."
    was filed the first day."""
    if published is not None:
        return _Dated(published, "published", f"given as the publication date ({published.isoformat()})")
    if origin.published is not None and origin.published_source in ("published", "page"):
        how = "given as the publication date" if origin.published_source == "published" else "the page's date"
        return _Dated(origin.published, origin.published_source, f"{how} ({origin.published.isoformat()})")
    if head is not None:
        return _Dated(head, "head", f"the date line at the top of the story ({head.isoformat()})")
    shared = origin.published if origin.published_source == "shared" else None
    if dateline is not None and dateline.date_text is not None:
        found = _from_dateline(text, dateline, lead, shared or today, shared is not None)
        if found is not None:
            return found
    inferred = _from_story(text, lead, shared or today)
    if inferred is not None:
        return inferred
    if shared is not None:
        return _Dated(
            shared,
            "shared",
            f"assumed: the day it was shared ({shared.isoformat()}); the story dates itself nowhere, "
            f"so {SET_DATE_HINT}",
        )
    return _Dated(None, "none", f"The publication date is not known: {SET_DATE_HINT}.")


_CASED_WEEKDAY = "|".join(f(w) for w in WEEKDAYS for f in (str.capitalize, str.upper))
WEEKDAY_FULL_DATE = re.compile(
    rf"\b(?P<wd>{_CASED_WEEKDAY}),?\s+(?:(?P<month>(?i:{_MONTH}))\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+"
    rf"(?P<month2>(?i:{_MONTH}))),?\s+(?P<year>(?:19|20)\d\d)(?!\d)"
)
"""A day written out with its weekday and year ("Tuesday, Dec. 26, 2017"), as wire captions date photos."""
FILE_PHOTO = re.compile(r"\b(?:file|archive)\b", re.IGNORECASE)
"""A caption of an older photo ("FILE - In this Thursday, Dec. 28, 2017 file photo"): the story is later."""
STORY_DAYS = 7
"""How many days after a story's latest dated day its lead's weekday may fall."""


def _sentence_of(text: str, start: int) -> str:
    """The sentence around `start`, its paragraph being the text between blank or line breaks."""
    low = text.rfind("\n", 0, start) + 1
    high = text.find("\n", start)
    high = len(text) if high < 0 else high
    for s_start, s_end in sentence_spans(text, low, high):
        if s_start <= start < s_end:
            return text[s_start:s_end]
    return text[low:high]


def _from_story(text: str, lead: str, latest: date) -> _Dated | None:
    """A story with no date of its own may still write out a recent day with its weekday and year (wire
    captions: "Tuesday, Dec. 26, 2017"). The latest such day whose weekday is right, not after `latest`,
    is the earliest the story can be; it was filed that day, or the first day after it that the lead's
    weekday fits (the day named or the next), and after it when that day's photo is a file photo. Marked
    as an assumption: relative dates then land on the calendar, and the reader is told how to set it."""
    days: list[tuple[date, bool, str]] = []
    for match in WEEKDAY_FULL_DATE.finditer(text):
        month = MONTHS[(match.group("month") or match.group("month2")).lower().rstrip(".")]
        day = _safe_date(int(match.group("year")), month, int(match.group("day") or match.group("day2")))
        if day is None or day > latest or day.isoweekday() != WEEKDAYS[match.group("wd").lower()]:
            continue
        days.append((day, bool(FILE_PHOTO.search(_sentence_of(text, match.start()))), match.group(0)))
    if not days:
        return None
    day, filed, written = max(days)
    named = {WEEKDAYS[m.group("wd").lower()] for m in BARE_WEEKDAY.finditer(lead)}
    first = 1 if filed else 0
    if named:
        fits = [day + timedelta(n) for n in range(first, first + STORY_DAYS)]
        found = next((d for d in fits if {d.isoweekday(), _eve(d)} & named and d <= latest), None)
        why = f"the first day the lead's weekday fits {'after' if filed else 'from'}"
    else:
        found = None if filed else day
        why = "taken as the day it was filed:"
    if found is None:
        return None
    shown = f"{found:%b} {found.day}, {found.year}"
    photo = "the file photo of " if filed else ""
    return _Dated(
        found,
        "story",
        f"assumed: {shown}, {why} the story's latest day written with its weekday ({photo}'{written}'); "
        f"the story gives no publication date, so {SET_DATE_HINT}",
    )


# the whole provenance --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """The provenance and the paragraphs it took up: the headline (and a page's kickers above it), the
    byline lines, the signoffs, and the photo captions."""

    provenance: Provenance
    title: str | None
    heading: Paragraph | None
    bylines: tuple[Paragraph, ...]
    signoffs: tuple[Paragraph, ...]
    kickers: tuple[Paragraph, ...] = ()
    captions: tuple[Paragraph, ...] = ()


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).strip(BULLETS).casefold() == " ".join(b.split()).strip(BULLETS).casefold()


BULLETS = "-–•·* "


def _heading(paragraphs: Sequence[Paragraph], title: str | None) -> tuple[Paragraph | None, int]:
    """The headline paragraph and its place: the page's title where the page repeats it near the top
    (below a section label or breadcrumbs: "Business·Updated"), else a headline-like first paragraph; date
    lines above it ("March 3, 2014 • 2 min read") are furniture, not the headline."""
    if title:
        for n, paragraph in enumerate(paragraphs[:LEAD_SEARCH]):
            if _same(paragraph.text, title):
                return paragraph, n
    dated = 0
    while dated < min(len(paragraphs), LEAD_SEARCH) and date_line(paragraphs[dated].text) is not None:
        dated += 1
    found = _title(paragraphs[dated:])
    return (found, dated) if found is not None else (None, 0)


PHOTO_CREDIT = re.compile(
    r"\((?:[^()]{0,80}\b(?:photos?|photograph|pictures?|images?|file)\b[^()]{0,80}|[A-Z][^()/]{1,60}/[^()]{2,80})\)"
    r"\s*$",
    re.IGNORECASE,
)
"""A photo credit closing a caption: "(AP Photo/Mahmoud Illean, File)", "(Greg Wohlford/Erie Times-News via
AP)", alone on its line too: "(Mike Cason/mcason@al.com)"."""
CAPTION_START = re.compile(
    r"^(?:file\s*[-–—:]|file photo\b|in this\b[^.]{0,120}\b(?:photo|picture|image)\b"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+\s?/\s?for\s)",
    re.IGNORECASE,
)
"""How captions open: "FILE - In this ... file photo", "File photo of ...", "Kevin Doe/for The Daily News"."""
CREDIT_ALONE_WORDS = 12


def _captions(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """Photo captions, which restate or preview the story and are no part of its summary: a paragraph that
    opens like one or ends with a photo credit, and one that a credit alone on the next line signs."""
    found: list[Paragraph] = []
    for n, paragraph in enumerate(paragraphs):
        text = " ".join(paragraph.text.split())
        credit = PHOTO_CREDIT.search(text) if text.endswith(")") else None
        alone = credit is not None and credit.start() == 0 and len(text.split()) <= CREDIT_ALONE_WORDS
        if credit is not None or CAPTION_START.match(text):
            found.append(paragraph)
        if alone and n > 0 and paragraphs[n - 1] not in found:
            found.append(paragraphs[n - 1])
    return found


def find_provenance(
    text: str,
    paragraphs: Sequence[Paragraph],
    *,
    origin: Origin | None = None,
    published: date | None = None,
    today: date | None = None,
) -> Found:
    """The provenance, with the headline (the source's title, else a headline-like first paragraph)."""
    origin = origin or Origin()
    today = today or date.today()
    heading, at = _heading(paragraphs, origin.title)
    kickers = list(paragraphs[:at])
    rest = [p for p in paragraphs[at:] if p is not heading]
    bylines: list[Paragraph] = []
    names: str | None = None
    for paragraph in rest[:3]:
        found = byline_names(paragraph.text)
        furniture = _email_only(paragraph.text) or date_line(paragraph.text) is not None
        if found is None and not furniture and byline_agency(paragraph.text) is None:
            break
        bylines.append(paragraph)
        names = names or found
    lead, dateline = _lead(text, [p for p in rest if p not in bylines])
    first_body = rest.index(lead) + 1 if lead is not None else len(rest)
    signoffs = _signoffs(rest, first_body) if len(paragraphs) > 1 else []
    if names is None and signoffs:
        dash = DASH_SIGNOFF.match(" ".join(signoffs[0].text.split()))
        names = clean_byline(dash.group("name")) if dash else None
    byline = clean_byline(origin.byline, origin.site) or names
    lead_text = text[body_start(text, dateline) : lead.end] if lead else ""
    head_days = [d for d in (date_line(p.text) for p in (*kickers, *bylines)) if d is not None and d <= today]
    dated = _published(text, dateline, lead_text, origin, published, today, min(head_days, default=None))
    agency = dateline.agency if dateline and dateline.agency else None
    if agency is None:
        in_bylines = next((a for a in map(byline_agency, (p.text for p in bylines)) if a), None)
        agency = in_bylines or _signoff_agency(signoffs) or origin.agency
    signoff = (
        Fact(start=signoffs[0].start, end=signoffs[-1].end, text=text[signoffs[0].start : signoffs[-1].end])
        if signoffs
        else None
    )
    provenance = Provenance(
        dateline=dateline,
        agency=agency,
        byline=byline,
        signoff=signoff,
        published=dated.published,
        published_source=dated.source,
        explanation=dated.explanation,
    )
    title = origin.title or (heading.text if heading else None)
    taken = {id(p) for p in (heading, *bylines, *signoffs) if p is not None}
    captions = [p for p in _captions(paragraphs) if id(p) not in taken]
    return Found(provenance, title, heading, tuple(bylines), tuple(signoffs), tuple(kickers), tuple(captions))


def byline_agency(line: str) -> str | None:
    """The wire agency a byline line or an author field credits ("By AFP", "Associated Press", "Jane Doe |
    Reuters", "AP Auto Writer"), else None; a line that reads as a sentence credits nobody, nor does a short
    lead after its dateline ("(Reuters) - Shares of Acme fell on Monday.")."""
    text = " ".join(line.split())
    if not text or len(text) > BYLINE_MAX_CHARS or len(text.split()) > BYLINE_MAX_WORDS:
        return None
    opening = _dateline(text, 0)
    if opening is not None and _strong(opening, text) and text[opening.end :].strip(" -–—_:"):
        return None
    for part in _BYLINE_SPLIT.split(_OPENER.sub("", text)):
        words = part.split()
        lead = agency_named(words[0]) if words and _is_role(words) else None
        name = agency_named(part) or lead
        if name:
            return name
    return None


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
