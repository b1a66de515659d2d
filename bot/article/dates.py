"""Temporal expressions (TIMEX3 DATE/TIME/DURATION/SET) anchored on the publication date.

Hand-written rules over compiled `re`: on our TempEval-3 dev set dateparser scores value F1 0.356 (and is
slow), recognizers-text 0.633, and HeidelTime/SUTime need a Java runtime; TimeML-style rules beat them here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.article.model import Sentence, TimeExpression, TimexType


def _words(spaced: str) -> list[str]:
    """Word lists are written as text blocks to keep the constants readable."""
    return spaced.split()


MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
"""Month names and their abbreviations (lower-case, without the dot)."""

AMBIGUOUS_MONTHS = frozenset({"may", "march", "april", "june", "august"})
"""Full month names that are also verbs, nouns or first names: a bare one needs a temporal cue."""

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}  # fmt: skip
"""ISO weekday numbers. Abbreviations ("Sun", "Sat", "Wed") are words too often to be used alone."""

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTH: dict[str, int] = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
"""A month inside each season, to choose the season's year the way a month's year is chosen."""

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}  # fmt: skip
"""Spelled-out decades ("the nineties"), read as the 1900s."""

PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31),
}  # fmt: skip
"""Fixed-date holidays (month, day); movable feasts are left out."""

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "couple of": 2, "a couple": 2,
}  # fmt: skip
"""Spelled-out quantities; vague ones ("several", "a few") give the TIMEX3 unknown quantity X."""

VAGUE_QUANTITIES = _words("several few many some numerous dozens hundreds thousands")

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
}  # fmt: skip

UNITS: dict[str, tuple[int, str, bool]] = {
    "second": (1, "S", True), "minute": (1, "M", True), "hour": (1, "H", True), "day": (1, "D", False),
    "week": (1, "W", False), "fortnight": (2, "W", False), "month": (1, "M", False),
    "quarter": (3, "M", False), "year": (1, "Y", False), "decade": (10, "Y", False),
    "century": (100, "Y", False),
}  # fmt: skip
"""Duration unit -> (multiplier, ISO 8601 letter, whether it goes after the T)."""

SMALLER_UNITS: dict[tuple[str, bool], tuple[str, int]] = {
    ("Y", False): ("M", 12), ("H", True): ("M", 60), ("M", True): ("S", 60),
}  # fmt: skip
"""Where a half goes when a count is not whole: (letter, after the T) -> (smaller letter, how many)."""

COUNT_MODIFIERS = _words(
    "more additional further extra straight consecutive trading business working calendar"
)
"""Words between a count and its unit that keep it a duration: "20 more years", "eight trading days"."""

VAGUE_UNITS: dict[str, str] = {"decade": "DE", "century": "CE"}
"""Plural decades/centuries with no count keep their own TIMEX3 unit: "decades" -> PXDE."""

SET_ADVERBS: dict[str, str] = {
    "hourly": "XXXX-XX-XXTXX", "daily": "XXXX-XX-XX", "nightly": "XXXX-XX-XXTNI", "weekly": "XXXX-WXX",
    "fortnightly": "P2W", "monthly": "XXXX-XX", "quarterly": "XXXX-QX", "annually": "XXXX",
    "yearly": "XXXX",
}  # fmt: skip
"""Frequency adverbs, valued as the calendar pattern they repeat on (TempEval-3 style)."""

SET_UNITS: dict[str, str] = {
    "hour": "XXXX-XX-XXTXX", "day": "XXXX-XX-XX", "night": "XXXX-XX-XXTNI", "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX",
    "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV",
}  # fmt: skip

COUNT_NOUNS = frozenset(
    _words(
        """
    people persons men women children kids babies adults residents citizens voters votes soldiers troops
    police officers workers employees jobs staff students teachers members patients cases deaths dead
    victims families households homes houses buildings cars vehicles flights passengers units shares
    tons tonnes barrels acres hectares miles km kilometres kilometers metres meters feet ft yards pounds
    euros dollars yuan rupees yen points calories words pages companies firms banks schools beds
    copies items species rounds games seats delegates troops refugees migrants prisoners inmates
    percent per cent mph kph mw megawatts
    """
    )
)
"""Nouns after which a 1500-2099 number is a count, not a year ("2010 children")."""

MONTH_CUES = frozenset(
    _words(
        """
    in on of since until till by through throughout during before after from to last next this that
    early late mid end beginning start middle between and or each every until,
    """
    )
)
"""Words that make a bare ambiguous month name ("in May", "last March") a month."""

CLOCK_CUES = frozenset(
    _words("at by until till before after from to around since about approximately shortly")
)
"""Words that make a bare "15:30" or "noon" a time of day rather than a score or a lap time."""

DURATION_PREPOSITIONS = frozenset(_words("over for during within throughout across"))
"""Before "the next decade"/"the last week" these make the phrase a stretch of time, not a date."""

TIME_ZONES = _words("GMT UTC BST CET CEST EET EST EDT CST CDT MST MDT PST PDT ET PT IST JST HKT AEST AEDT")

# --- pattern fragments -----------------------------------------------------------------------------


def _cased(words: Sequence[str]) -> str:
    """Capitalised and upper-case forms only, so "may", "march" and "sun" never look like dates."""
    forms = sorted({f(w) for w in words for f in (str.capitalize, str.upper)}, key=len, reverse=True)
    return "(?-i:" + "|".join(forms) + ")"


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in {"may", "june", "july"}]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
_MONTH = rf"(?:{_cased(_FULL_MONTHS)}|{_cased(_ABBR_MONTHS)}\.?)(?![\w'’-])"
_WEEKDAY = rf"(?:{_alt(list(WEEKDAYS))})"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:.,]\d|\w)"
_YEAR = r"(?<![\w$£€#.,/:])(?:1[5-9]\d\d|20\d\d)(?![\w%]|[.,:]\d)"
_DASH = r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*"
_ONE_WORD_NUMBERS = _alt([w for w in NUMBER_WORDS if " " not in w])
_DIGIT_WORDS = _alt([w for w in NUMBER_WORDS if NUMBER_WORDS[w] < 10])
_NUMBER = (
    rf"(?:(?<![\w.,/$£€])\d+(?:\.\d+)?(?![\d,./]\d)|(?:{_ONE_WORD_NUMBERS})(?:(?:-|(?<=ty)\s+)(?:{_DIGIT_WORDS})(?!\w))?"
    rf"|{_alt([w for w in NUMBER_WORDS if ' ' in w])})"
)
_QUANTITY = rf"(?:{_NUMBER}|{_alt(VAGUE_QUANTITIES)}(?:\s+of)?)"
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
)
_SEASON = rf"(?:{_alt(list(SEASONS))})"
_PART = r"(?:morning|afternoon|evening|night)"
_CLOCK = (
    r"(?:(?<![\w:.,$])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\b\.?)?"
    r"|(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*[ap]\.?m\b\.?)|noon|midnight)"
)
_ZONE = rf"(?:\s*(?-i:{'|'.join(TIME_ZONES)})(?!\w)|\s+local\s+time)"
_DEICTIC_DAY = r"(?:today|tomorrow|yesterday|tonight)"
_ORDINAL = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_alt(list(ORDINAL_WORDS))})"

# Rules, tried in this order at each position (the first that matches wins, so longer forms go first).
# Named groups are for the handlers; the combined scanner strips them.
RULES: dict[str, str] = {
    "iso": r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?(?![\w-])"
    r"|(?<![\w/.,-])(?P<um>1[0-2]|0?[1-9])/(?P<ud>3[01]|[12]\d|0?[1-9])/(?P<uy>\d{4}|\d{2})(?![\w/])",
    "time": rf"(?:(?P<pday>{_WEEKDAY}|{_DEICTIC_DAY})(?:\s+(?P<ppart>{_PART}))?,?\s+(?:at\s+)?)?"
    rf"(?P<clock>{_CLOCK}){_ZONE}?"
    rf"(?:,?\s+(?:on\s+)?(?:(?P<aday>{_WEEKDAY}|{_DEICTIC_DAY})|(?P<amonth>{_MONTH})\s*(?P<aday2>{_DAY})))?",
    "range": rf"(?P<m1>{_MONTH})\s*(?P<d1>{_DAY})(?P<sep>{_DASH})(?:(?P<m2>{_MONTH})\s*)?(?P<d2>{_DAY})"
    rf"(?:,?\s+(?P<y>{_YEAR}))?"
    rf"|(?<![\w.,$£€])(?P<d3>{_DAY})(?P<sep2>{_DASH})(?P<d4>{_DAY})\s+(?:of\s+)?(?P<m3>{_MONTH})"
    rf"(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<y3>{_YEAR})(?P<sep3>\s*(?:-|–|—|/|to|through|until|and)\s*)"
    r"(?P<y4>(?:1[5-9]|20)\d\d|\d\d)(?![\w%]|[.,]\d)"
    rf"|(?P<m5>{_MONTH})(?P<sep4>\s*(?:-|–|to|through|until|and)\s*)(?P<m6>{_MONTH})(?:,?\s+(?P<y5>{_YEAR}))?",
    "date": rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?P<m>{_MONTH})\s*(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"
    rf"|(?:the\s+)?(?<![\w.,$£€])(?P<d2>{_DAY})(?:\s+of)?\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<m3>{_MONTH}),?\s+(?:of\s+)?(?P<y3>{_YEAR}))",
    "relmonth": rf"(?P<rel>last|next|this)\s+(?P<m>{_MONTH})",
    "part": rf"(?:(?P<mod>early|late)\s+)?(?P<day>this|yesterday|tomorrow|last|{_WEEKDAY})\s+"
    rf"(?P<part>{_PART})(?!\w)"
    r"|(?P<tonight>tonight)(?!\w)",
    "modified": r"(?:the\s+)?(?:(?:very\s+)?"
    r"(?P<pos>end|beginning|start|middle|rest|remainder|close|turn)\s+of\s+"
    r"|(?P<edge>early|late|mid-?|earlier|later)\s*)"
    rf"(?:(?P<rel>(?:this|last|next|the)\s+)?(?P<unit>year|month|week|decade|century|quarter)(?!\w)"
    rf"|(?P<m>{_MONTH})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?|(?P<y2>{_YEAR})|(?P<wd>{_WEEKDAY})(?!\w))",
    "decade": r"(?:the\s+)?(?:(?P<edge>early|mid-?|late)\s*)?"
    r"(?:(?P<dec>(?:1[5-9]|20)\d0)s|['’](?P<short>\d0)s"
    rf"|(?<=the\s)(?P<word>{_alt(list(DECADE_WORDS))}))(?!\w)",
    "century": rf"(?:(?P<edge>early|mid-?|late)\s*)?(?P<ord>{_ORDINAL})[\s-]+century(?!\w)",
    "season": rf"(?:(?P<det>this|last|next|the|that|early|late|mid-?)\s+)?(?P<s>{_SEASON})"
    rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?(?!\w)",
    "ago": rf"(?:(?P<q>{_QUANTITY}|an?)\s+)?(?P<unit>{_UNIT})(?P<sep>\s+|-)"
    r"(?P<dir>ago|from\s+now|hence|earlier)(?!\w)",
    "relative": rf"(?:the\s+)?(?P<rel>last|past|next|coming|previous|following|this|current|upcoming)\s+"
    rf"(?:(?P<q>{_QUANTITY})\s+)?(?P<unit>{_UNIT}|weekends?)(?!\w)",
    "set": rf"(?:every|each)\s+(?P<month>{_MONTH})(?:\s*(?P<day>{_DAY}))?"
    rf"|(?P<adv>{_alt(list(SET_ADVERBS))})(?![\w-])"
    rf"|(?:(?P<freq>once|twice|thrice|{_NUMBER}\s+times)\s+)?(?P<each>every|each|per|an?)\s+(?:other\s+)?"
    rf"(?:(?P<q>{_NUMBER})\s+)?(?P<unit>{_UNIT}|{_PART}|weekend|{_WEEKDAY})(?!\w)",
    "duration": r"(?:(?P<det>an?|the|another)\s+"
    r"(?:(?:mere|full|whole|additional|further|extra|good|remaining|entire)\s+)?)?"
    rf"(?:(?P<q>{_QUANTITY})(?P<frac>\s+and\s+a\s+half|\s+1/2|\s*½)?(?:\s+(?:{_alt(COUNT_MODIFIERS)}))?(?P<hy>\s+|-)"
    rf"|(?P<half>half\s+an?\s+|half-))?"
    rf"(?P<unit>{_UNIT})(?P<frac2>\s+and\s+a\s+half)?(?![\w])",
    "word": r"(?P<w>today|yesterday|tomorrow|now|currently|nowadays|presently|recently|lately|at\s+present"
    r"|these\s+days|the\s+(?:near\s+|distant\s+|recent\s+)?(?:future|past)"
    r"|recent\s+(?:years|months|weeks|days|decades)"
    r"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?!\w)",
    "weekend": r"the\s+weekend(?!\w)",
    "holiday": rf"(?P<h>{_alt(list(HOLIDAYS))})(?:\s+(?P<y>{_YEAR}))?(?!\w)",
    "weekday": rf"(?:(?P<rel>last|next|this|coming|past|early|late)\s+)?(?P<wd>{_WEEKDAY})(?P<pl>s)?(?!\w)",
    "quarter": r"(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|[1-4](?:st|nd|rd|th))\s+"
    r"(?P<what>quarter|half)"
    rf"(?:\s+of\s+(?:(?P<y>{_YEAR})|(?:the\s+|this\s+)?(?P<rel>last\s+|next\s+)?year))?(?!\w)"
    rf"|(?P<adj>first|second|third|fourth)-quarter(?!\w)"
    rf"|(?-i:Q(?P<q>[1-4])|H(?P<h>[12]))(?:\s+(?P<y2>{_YEAR}))?(?!\w)",
    "year": rf"(?:(?-i:FY)\s?)?(?P<y>{_YEAR})",
    "month": rf"(?P<m>{_MONTH})",
}


def _plain(pattern: str) -> str:
    """The pattern without its named groups, so that all rules fit in one scanner."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_RULE_ORDER = list(RULES)
RULE_PATTERNS: dict[str, re.Pattern[str]] = {name: re.compile(p, re.I) for name, p in RULES.items()}
SCANNER = re.compile(
    r"(?<!\w)(?=[\w'’])(?:" + "|".join(f"(?P<{name}>{_plain(p)})" for name, p in RULES.items()) + ")", re.I
)
"""One pass over the text finds every candidate; the matching rule's own pattern then reads its parts."""

TRIGGERS = frozenset(
    [
        *MONTHS,
        *WEEKDAYS,
        *SEASONS,
        *SET_ADVERBS,
        *VAGUE_QUANTITIES,
        *ORDINAL_WORDS,
        *PARTS_OF_DAY,
        *DECADE_WORDS,
    ]
    + [w.split()[0].split("-")[0].removesuffix("'s") for w in [*NUMBER_WORDS, *HOLIDAYS]]
    + [f"{word}{suffix}" for word in [*UNITS, *WEEKDAYS] for suffix in ("", "s")]
    + _words(
        """
    centuries weekend weekends a an the another half last past next coming previous following this current
    upcoming early late mid earlier later very end beginning start middle rest remainder close turn every
    each per once twice thrice today yesterday tomorrow tonight now currently nowadays presently recently
    lately at these recent noon midnight final fy q1 q2 q3 q4 h1 h2
    """
    )
)
"""Lower-case words an expression can start with; digits always can. The scanner runs only at these."""

FUNCTION_TRIGGERS = frozenset(_words("the a an at this these another half"))
DETERMINER_FOLLOWERS = frozenset(
    _words("mere full whole additional further extra good remaining entire present near distant future")
)
"""A frequent function word only starts an expression when a trigger or one of these follows it."""


TrieNode = dict[str, "TrieNode"]


def _trie(words: Sequence[str]) -> str:
    """A regex alternation factored on shared prefixes, so `re` tries one branch per letter, not each word."""
    root: TrieNode = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: TrieNode) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


CANDIDATES = re.compile(rf"(?<!\w)(?:['’]?\d|(?P<word>{_trie(sorted(TRIGGERS))})(?!\w))", re.I)
"""Where an expression may start: found by `re` in C, so Python only looks at these few places."""
_NEXT_WORD = re.compile(r"[\s-]+(['’]?\w+)")

_FUTURE = (
    r"(?:will|shall|might|should|(?-i:may))(?:\s+not)?(?:\s+(?:be|have)(?:\s+been)?\s+\w+)?|'ll|’ll"
    r"|won[’']t|going\s+to|gonna|(?:is|are|'s|’s)\s+(?:expected|scheduled|due|set|likely)|until|till|through"
    r"|soon|aims?\s+to|hopes?\s+to|later"
)
_PLAN = (
    r"plans?\s+to|planned|planning|scheduled|expected|expects?|intends?|intended|due|set\s+to|supposed\s+to"
    r"|to\s+be\s+\w+(?:ed|en)"
)
_PAST = (
    r"had\s+been\s+(?:due|scheduled|expected|set|planned|supposed)|said|told|was|were|had|has|have|did|ago|last|came|went|met|began|took|gave|made|saw|found|held|left"
    r"|lost|won|fell|rose|got|spoke|wrote|sent|ran|became|brought|bought|sold|paid|built|kept|struck|earlier"
    r"|since|(?-i:[a-z]{2,}(?<![en]e)ed)"
)
TENSE_CUES = re.compile(
    rf"(?<![\w'’])(?:(?P<future>{_FUTURE})|(?P<plan>{_PLAN})|(?P<past>{_PAST})|(?P<present>is|are|am|says))(?!\w)"
    r"|(?P<gap>[,;:()\"“”]|''|``)",
    re.I,
)
"""Verb cues for the tense of the clause around a relative date ("said Friday" vs "will meet Friday").

A plan verb looks ahead when it comes before the date ("planned a rally on Saturday") and reports the
planning when it comes after it ("On Friday, the government planned to ..."). `gap` marks clause breaks:
a cue beyond one counts for less than a cue in the same clause.
"""

DATELINE = re.compile(
    rf"^[A-Z][^\n,()]{{0,60}},\s+(?:{_MONTH}\s*\d{{1,2}}(?:,?\s+\d{{4}})?|{_WEEKDAY})\s*(?:\([^)\n]{{1,20}}\)\s*[-–—:]?\s*)?"
    r"|^[A-Z][A-Z ./,]{1,40}\s*\([^)\n]{1,20}\)\s*[-–—:]\s*",
    re.I,
)
"""Wire-copy openers ("Washington/New Delhi, Mar 28 (UNI)", "LONDON (Reuters) -") to keep out of events."""

CLAUSE_BREAK = re.compile(r"[;:()\[\]—]|,(?!\d)|\s–\s|\s-\s")
EVENT_LIMIT = 140
CONTEXT = 250
CLAUSE_PENALTY = 40
"""Extra distance for a tense cue in another clause than the date."""
"""Tense cues and event clauses are looked for this many characters around an expression at most."""

# --- results and context ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """One recognized expression before it becomes a model object."""

    start: int
    end: int
    type: TimexType
    value: str
    begin: str | None = None
    until: str | None = None


def _consume(m: re.Match[str]) -> Found:
    """Not an expression, and nothing inside it is either ("ages 6 months", "2010 children")."""
    return Found(m.end(), m.end(), "DATE", "")


@dataclass
class Context:
    """The document-level facts a rule needs: text, anchor and sentence bounds."""

    text: str
    anchor: date | None
    sentences: Sequence[Sentence]
    starts: list[int]

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around a span, clipped to a window so long unsegmented texts stay linear."""
        if self.sentences:
            sentence = self.sentences[self.sentence_index(start)]
            low, high = sentence.start, max(sentence.end, end)
        else:
            low, high = 0, len(self.text)
        return max(low, start - CONTEXT), min(high, end + CONTEXT)

    def tense(self, start: int, end: int) -> int:
        """-1 past, +1 future, 0 unknown/present: the nearest verb cue, in the same clause if any."""
        low, high = self.bounds(start, end)
        best, best_distance = 0, 10**9
        cue_end, last_gap = -1, -1
        for match in TENSE_CUES.finditer(self.text, low, start):
            if match.lastgroup == "gap":
                last_gap = match.end()
            else:
                cue_end = match.end()
                best = 1 if match.lastgroup in {"future", "plan"} else -1 if match.lastgroup == "past" else 0
        if cue_end >= 0:
            best_distance = start - cue_end + (CLAUSE_PENALTY if last_gap > cue_end else 0)
        gap_seen = False
        for match in TENSE_CUES.finditer(self.text, end, high):
            if match.lastgroup == "gap":
                gap_seen = True
                continue
            distance = match.start() - end + 5 + (CLAUSE_PENALTY if gap_seen else 0)
            if distance < best_distance:
                best = 1 if match.lastgroup == "future" else -1 if match.lastgroup in {"past", "plan"} else 0
            break
        return best

    def word_before(self, start: int) -> str:
        match = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
        return match.group(1).lower() if match else ""

    def word_after(self, end: int) -> str:
        match = _WORD_AFTER.match(self.text, end, min(len(self.text), end + 30))
        return match.group(1).lower() if match else ""


_WORD_BEFORE = re.compile(r"([\w$£€%'’]+)[ \t\"“‘(]*$")
_WORD_AFTER = re.compile(r"[ \t]*([\w%'’]+)")

# --- calendar helpers ------------------------------------------------------------------------------


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _month_year(ctx: Context, month: int, tense: int) -> int | None:
    """The year of a month named without one: the past one in past clauses, the next in future ones."""
    if ctx.anchor is None:
        return None
    delta = month - ctx.anchor.month
    year = ctx.anchor.year
    if tense < 0 and delta > 0:
        return year - 1
    if tense > 0 and delta < 0:
        return year + 1
    if tense == 0 and delta > 6:
        return year - 1
    if tense == 0 and delta < -6:
        return year + 1
    return year


def _quarter_year(ctx: Context, first_month: int, tense: int) -> int | None:
    """A reporting period named without a year ("third-quarter loss"): the latest one that has begun by the
    anchor, since results are reported after it; a later one only in a future clause or when it is near."""
    if ctx.anchor is None:
        return None
    ahead = first_month - ctx.anchor.month
    if ahead <= 0 or tense > 0 or (tense == 0 and ahead <= 3):
        return ctx.anchor.year
    return ctx.anchor.year - 1


def _day_date(ctx: Context, month: int, day: int, tense: int) -> date | None:
    """Like `_month_year`, but a date a few days off in the "wrong" direction keeps the anchor's year."""
    if ctx.anchor is None:
        return None
    try:
        candidate = date(ctx.anchor.year, month, day)
    except ValueError:
        return None
    delta = (candidate - ctx.anchor).days
    year = ctx.anchor.year
    if (tense < 0 and delta > 60) or (tense == 0 and delta > 183):
        year -= 1
    elif (tense > 0 and delta < -60) or (tense == 0 and delta < -183):
        year += 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_date(anchor: date, weekday: int, tense: int, rel: str = "") -> date:
    """News convention: a bare weekday is the latest one up to the anchor unless the clause is future."""
    offset = weekday - anchor.isoweekday()
    if rel == "last":
        return anchor + timedelta(days=offset - 7 if offset >= 0 else offset)
    if rel == "next":
        return anchor + timedelta(days=offset + 7 if offset <= 0 else offset)
    if tense > 0 or rel in {"this", "coming"}:
        return anchor + timedelta(days=offset % 7)
    return anchor - timedelta(days=(-offset) % 7)


def _date_value(ctx: Context, month: int, day: int | None, year: int | None, tense: int) -> str | None:
    if day is not None:
        if year is not None:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return None
        found = _day_date(ctx, month, day, tense)
        if found is not None:
            return found.isoformat()
        if ctx.anchor is None and 1 <= day <= 31:
            return f"XXXX-{month:02d}-{day:02d}"
        return None
    if year is None:
        year = _month_year(ctx, month, tense)
    return f"{year:04d}-{month:02d}" if year is not None else f"XXXX-{month:02d}"


def _relative_ref(direction: int) -> str:
    return {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[direction]


def _unit_date(anchor: date | None, unit: str, shift: int) -> str:
    """The calendar unit (day/week/month/quarter/year/decade/century) `shift` units from the anchor."""
    if anchor is None:
        return _relative_ref(max(-1, min(1, shift)))
    if unit == "day":
        return (anchor + timedelta(days=shift)).isoformat()
    if unit == "week":
        return _week(anchor + timedelta(weeks=shift))
    if unit == "weekend":
        return _week(anchor + timedelta(weeks=shift)) + "-WE"
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, shift)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + shift
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "year":
        return f"{anchor.year + shift:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + shift:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + shift:02d}"
    return _relative_ref(max(-1, min(1, shift)))


def _quantity(text: str | None) -> float | None:
    """A count from digits or words; None for vague ones ("several", "a few")."""
    if text is None:
        return 1.0
    words = " ".join(text.lower().split())
    words = re.sub(r"\s+of$", "", words)
    if words in {"a", "an", "one"}:
        return 1.0
    if words in NUMBER_WORDS:
        return float(NUMBER_WORDS[words])
    if "-" in words or " " in words:
        tens, _, ones = words.replace("-", " ").partition(" ")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return float(NUMBER_WORDS[tens] + NUMBER_WORDS[ones])
    try:
        return float(words)
    except ValueError:
        return None


def _duration(quantity: float | None, unit: str) -> str:
    """ISO 8601 duration: P3M, PT24H, P10Y for a decade, PXM for "several months"."""
    name = unit.lower().rstrip("s")
    name = "century" if name.startswith("centur") else name
    multiplier, letter, clock = UNITS[name]
    if quantity is None:
        if name in VAGUE_UNITS:
            return f"PX{VAGUE_UNITS[name]}"
        return f"PTX{letter}" if clock else f"PX{letter}"
    amount = quantity * multiplier
    if (
        amount != int(amount) and (letter, clock) in SMALLER_UNITS
    ):  # 2.5 years -> P2Y6M, 1.5 minutes -> PT1M30S
        smaller, per = SMALLER_UNITS[letter, clock]
        rest = (amount - int(amount)) * per
        if rest == int(rest):
            whole = f"{int(amount)}{letter}" if int(amount) else ""
            return f"PT{whole}{int(rest)}{smaller}" if clock else f"P{whole}{int(rest)}{smaller}"
    number = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return f"PT{number}{letter}" if clock else f"P{number}{letter}"


def _unit_name(unit: str) -> str:
    name = unit.lower()
    if name.startswith("centur"):
        return "century"
    return name[:-1] if name.endswith("s") else name


# --- rule handlers ---------------------------------------------------------------------------------

Handler = Callable[[re.Match[str], Context], Found | None]


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _day_number(token: str) -> int:
    return int(re.match(r"\d+", token).group())  # type: ignore[union-attr]


def _year_number(token: str, base: int | None = None) -> int:
    """Four digits, or two after a first year ("2009-10")."""
    if len(token) == 2 and base is not None:
        return base // 100 * 100 + int(token)
    return int(token)


def _iso(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("y"):
        year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        year, month, day = int(m.group("uy")), int(m.group("um")), int(m.group("ud"))
        year += 2000 if year < 100 and year < 50 else 1900 if year < 100 else 0
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return None
    if m.group("hh"):
        return Found(m.start(), m.end(), "TIME", f"{value}T{m.group('hh')}:{m.group('mm')}")
    return Found(m.start(), m.end(), "DATE", value)


def _clock_value(clock: str) -> str | None:
    text = clock.lower().replace(" ", "")
    if text == "noon":
        return "12:00"
    if text == "midnight":
        return "24:00"
    match = re.match(r"(\d{1,2})(?:[:.](\d\d))?", text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if "p" in text and hour < 12:
        hour += 12
    elif "a" in text and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _deictic_day(ctx: Context, word: str, start: int, end: int) -> str | None:
    """The date of "today"/"Friday"/... as ISO, or an X pattern without an anchor."""
    word = word.lower()
    if word in WEEKDAYS:
        if ctx.anchor is None:
            return f"XXXX-WXX-{WEEKDAYS[word]}"
        return _weekday_date(ctx.anchor, WEEKDAYS[word], ctx.tense(start, end)).isoformat()
    shift = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[word]
    if ctx.anchor is None:
        return None
    return (ctx.anchor + timedelta(days=shift)).isoformat()


def _time(m: re.Match[str], ctx: Context) -> Found | None:
    clock = _clock_value(m.group("clock"))
    if clock is None:
        return None
    day_word = m.group("pday") or m.group("aday")
    day: str | None = None
    if day_word:
        day = _deictic_day(ctx, day_word, m.start(), m.end())
    elif m.group("amonth"):
        day = _date_value(ctx, _month_number(m.group("amonth")), _day_number(m.group("aday2")), None, 0)
    elif ctx.anchor is not None:
        day = ctx.anchor.isoformat()
    bare = m.group("clock").lower() in {"noon", "midnight"} or not re.search(
        r"[apAP]\.?[mM]", m.group("clock")
    )
    alone = not day_word and not m.group("amonth") and m.group() == m.group("clock")
    if bare and alone and ctx.word_before(m.start()) not in CLOCK_CUES:
        return None  # "ran the mile in 3:59"
    return Found(m.start(), m.end(), "TIME", f"{day or 'XXXX-XX-XX'}T{clock}")


def _range(m: re.Match[str], ctx: Context) -> Found | None:
    sep = m.group("sep") or m.group("sep2") or m.group("sep3") or m.group("sep4") or ""
    if sep.strip().lower() == "and" and ctx.word_before(m.start()) != "between":
        return None
    tense = ctx.tense(m.start(), m.end())
    if m.group("m1"):
        m1 = _month_number(m.group("m1"))
        m2 = _month_number(m.group("m2")) if m.group("m2") else m1
        year = int(m.group("y")) if m.group("y") else None
        d1, d2 = _day_number(m.group("d1")), _day_number(m.group("d2"))
        if m2 == m1 and d2 <= d1:
            return None
        begin = _date_value(ctx, m1, d1, year, tense)
        until = _date_value(ctx, m2, d2, year, tense)
        kind: TimexType = "DATE"
    elif m.group("d3"):
        month = _month_number(m.group("m3"))
        year = int(m.group("y2")) if m.group("y2") else None
        d1, d2 = _day_number(m.group("d3")), _day_number(m.group("d4"))
        if d2 <= d1:
            return None
        begin = _date_value(ctx, month, d1, year, tense)
        until = _date_value(ctx, month, d2, year, tense)
        kind = "DATE"
    elif m.group("y3"):
        first = int(m.group("y3"))
        second = _year_number(m.group("y4"), first)
        if ctx.word_after(m.end()) in COUNT_NOUNS:
            return _consume(m)
        if second <= first or second - first > 200:
            return None
        if "/" in sep and second != first + 1:
            return None
        begin, until, kind = f"{first:04d}", f"{second:04d}", "DATE"
    else:
        year = int(m.group("y5")) if m.group("y5") else None
        m1, m2 = _month_number(m.group("m5")), _month_number(m.group("m6"))
        if m1 == m2:
            return None
        y1 = year if year is not None else _month_year(ctx, m1, tense)
        y2 = year if year is not None else y1
        if y1 is not None and y2 is not None and m2 < m1 and year is None:
            y2 = y1 + 1
        begin = f"{y1:04d}-{m1:02d}" if y1 is not None else f"XXXX-{m1:02d}"
        until = f"{y2:04d}-{m2:02d}" if y2 is not None else f"XXXX-{m2:02d}"
        kind = "DATE"
    if begin is None or until is None:
        return None
    return Found(m.start(), m.end(), kind, f"{begin}/{until}", begin, until)


def _date(m: re.Match[str], ctx: Context) -> Found | None:
    tense = ctx.tense(m.start(), m.end())
    if m.group("m"):
        month, day, year = _month_number(m.group("m")), _day_number(m.group("d")), m.group("y")
    elif m.group("m2"):
        month, day, year = _month_number(m.group("m2")), _day_number(m.group("d2")), m.group("y2")
        if day < 1:
            return None
    else:
        month, day, year = _month_number(m.group("m3")), None, m.group("y3")
    if m.group("wd") and ctx.anchor is not None and day is not None and year is None:
        tense = 0
    value = _date_value(ctx, month, day, int(year) if year else None, tense)
    if value is None:
        return None
    return Found(m.start(), m.end(), "DATE", value)


def _relmonth(m: re.Match[str], ctx: Context) -> Found | None:
    month = _month_number(m.group("m"))
    if m.group("m").lower().rstrip(".") not in _FULL_MONTHS:
        return None
    rel = m.group("rel").lower()
    if ctx.anchor is None:
        return Found(m.start(), m.end(), "DATE", f"XXXX-{month:02d}")
    year = ctx.anchor.year
    if rel == "last" and month >= ctx.anchor.month:
        year -= 1
    elif rel == "next" and month <= ctx.anchor.month:
        year += 1
    return Found(m.start(), m.end(), "DATE", f"{year:04d}-{month:02d}")


def _part(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("tonight"):
        day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
        return Found(m.start(), m.end(), "TIME", f"{day}TNI")
    word = m.group("day").lower()
    part = PARTS_OF_DAY[m.group("part").lower()]
    if word == "this":
        day = ctx.anchor.isoformat() if ctx.anchor else None
    elif word == "last":
        if m.group("part").lower() not in {"night", "evening"}:
            return None
        day = (ctx.anchor - timedelta(days=1)).isoformat() if ctx.anchor else None
    else:
        day = _deictic_day(ctx, word, m.start(), m.end())
    return Found(m.start(), m.end(), "TIME", f"{day or 'XXXX-XX-XX'}T{part}")


def _modified(m: re.Match[str], ctx: Context) -> Found | None:
    edge = (m.group("edge") or "").lower()
    tense = ctx.tense(m.start(), m.end())
    if m.group("unit"):
        unit = m.group("unit").lower()
        rel = (m.group("rel") or "").strip().lower()
        if edge in {"earlier", "later"} and rel not in {"this", "last", "next"}:
            return None
        if not rel and not m.group("pos"):
            return None
        shift = {"last": -1, "next": 1}.get(rel, 0)
        if rel in {"", "the"} and unit in {"year", "month"} and ctx.anchor is not None:
            # "the end of the year" in a past clause early in the year is last year's end.
            pos = (m.group("pos") or "").lower()
            late_part = pos in {"end", "close", "rest", "remainder"} or edge == "late"
            if late_part and tense < 0 and unit == "year" and ctx.anchor.month < 10:
                shift = -1
        return Found(m.start(), m.end(), "DATE", _unit_date(ctx.anchor, unit, shift))
    if edge in {"earlier", "later"}:
        return None
    if m.group("m"):
        month = _month_number(m.group("m"))
        year = int(m.group("y")) if m.group("y") else None
        return Found(m.start(), m.end(), "DATE", _date_value(ctx, month, None, year, tense) or "")
    if m.group("y2"):
        if ctx.word_after(m.end()) in COUNT_NOUNS:
            return None
        return Found(m.start(), m.end(), "DATE", m.group("y2"))
    value = _deictic_day(ctx, m.group("wd"), m.start(), m.end())
    return Found(m.start(), m.end(), "DATE", value or "XXXX-XX-XX")


def _decade(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("word"):
        return Found(m.start(), m.end(), "DATE", f"19{DECADE_WORDS[m.group('word').lower()]}")
    if m.group("dec"):
        value = m.group("dec")[:3]
    else:
        short = int(m.group("short"))
        value = f"{20 if short <= 20 and ctx.anchor and ctx.anchor.year % 100 >= short else 19}{short // 10}"
    return Found(m.start(), m.end(), "DATE", value)


def _century(m: re.Match[str], ctx: Context) -> Found | None:
    token = m.group("ord").lower()
    number = ORDINAL_WORDS.get(token) or int(re.match(r"\d+", token).group())  # type: ignore[union-attr]
    if not 1 <= number <= 30:
        return None
    return Found(m.start(), m.end(), "DATE", f"{number - 1:02d}")


_SEASON_PREPOSITIONS = frozenset(_words("in during by until till since through over before after from"))


def _season(m: re.Match[str], ctx: Context) -> Found | None:
    code = SEASONS[m.group("s").lower()]
    det = (m.group("det") or "").lower()
    start = m.start()
    if m.group("s")[0].isupper() and (det or ctx.word_after(m.end())[:1].isupper() or not m.group("y")):
        return None  # "the Winter Olympics", "Arab Spring"
    if m.group("y"):
        return Found(start, m.end(), "DATE", f"{m.group('y')}-{code}")
    if not det:
        return None
    # "the fall of the government", "the spring of water": only after a temporal preposition.
    if (
        det in {"the", "that"}
        and code in {"SP", "FA"}
        and (ctx.word_before(m.start()) not in _SEASON_PREPOSITIONS or ctx.word_after(m.end()) == "of")
    ):
        return None
    if det == "that":
        return None
    if ctx.anchor is None:
        return Found(start, m.end(), "DATE", f"XXXX-{code}")
    year = ctx.anchor.year
    current = SEASON_MONTH[code] <= ctx.anchor.month + 1
    if det == "last":
        year = year if current and code != "WI" and ctx.anchor.month > SEASON_MONTH[code] + 2 else year - 1
    elif det == "next":
        year = year + 1 if current else year
    elif det in {"the", "early", "late", "mid", "mid-"}:
        found = _month_year(ctx, SEASON_MONTH[code], ctx.tense(m.start(), m.end()))
        year = found if found is not None else year
    return Found(start, m.end(), "DATE", f"{year:04d}-{code}")


def _ago(m: re.Match[str], ctx: Context) -> Found | None:
    quantity = _quantity(m.group("q"))
    unit = _unit_name(m.group("unit"))
    word = m.group("dir").lower()
    direction = -1 if word in {"ago", "earlier"} else 1
    if word == "earlier" and (unit != "year" or ctx.word_after(m.end()) == "than"):
        return None  # "a year earlier than planned": how much sooner; "two days earlier": before an event
    adjective = m.group("sep") == "-"  # "the year-ago quarter", "a year-earlier loss": one unit back
    if m.group("q") is None and not m.group("unit").lower().endswith("s") and not adjective:
        return None
    if adjective and m.group("q") is None:
        quantity = 1.0
    if quantity is None or (m.group("q") is None and not adjective) or ctx.anchor is None:
        return Found(m.start(), m.end(), "DATE", _relative_ref(direction))
    amount = int(quantity) if quantity == int(quantity) else None
    if amount is None or unit in {"second", "minute", "hour"}:
        return Found(m.start(), m.end(), "DATE", _relative_ref(direction))
    if unit == "fortnight":
        unit, amount = "week", amount * 2
    return Found(m.start(), m.end(), "DATE", _unit_date(ctx.anchor, unit, direction * amount))


def _relative(m: re.Match[str], ctx: Context) -> Found | None:
    rel = m.group("rel").lower()
    raw_unit = m.group("unit").lower()
    unit = "weekend" if raw_unit.startswith("weekend") else _unit_name(raw_unit)
    plural = (raw_unit.endswith("s") and unit != "century") or raw_unit == "centuries"
    if m.group("q") or plural:
        if unit == "weekend":
            return None
        if rel in {"this", "current"} and not m.group("q"):
            return None
        return Found(m.start(), m.end(), "DURATION", _duration(_quantity(m.group("q")), raw_unit))
    if rel in {"following", "previous"} or unit in {"second", "minute", "hour", "day", "fortnight"}:
        return None  # anaphoric ("the following day") or not a calendar unit ("this hour")
    over = ctx.word_before(m.start()) in DURATION_PREPOSITIONS
    if rel == "past" or (over and rel in {"last", "next", "coming", "upcoming"}):
        if unit == "weekend":
            return Found(m.start(), m.end(), "DATE", _unit_date(ctx.anchor, unit, -1 if rel != "next" else 1))
        return Found(m.start(), m.end(), "DURATION", _duration(1.0, raw_unit))
    shift = {"last": -1, "next": 1, "coming": 1, "upcoming": 1}.get(rel, 0)
    return Found(m.start(), m.end(), "DATE", _unit_date(ctx.anchor, unit, shift))


_QUANTITY_WORDS = frozenset(
    _words(
        """
    billion million thousand hundred dollars euros pounds yuan percent times once twice thrice cents
    hours days nights weeks shifts meals
    """
    )
)


_ADVERB_FOLLOWERS = frozenset(
    _words("in on at by for to from throughout and or but since until over with as than while during across")
)


def _quantity_word(word: str) -> bool:
    """Whether a word before "a year"/"a day" makes it a rate ("$5 billion a year", "twice a day")."""
    return word in _QUANTITY_WORDS or word[:1].isdigit() or (word[:1] != "" and word[:1] in "$£€")


def _set(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("month"):
        month = _month_number(m.group("month"))
        day = f"-{_day_number(m.group('day')):02d}" if m.group("day") else ""
        return Found(m.start(), m.end(), "SET", f"XXXX-{month:02d}{day}")
    if m.group("adv"):
        word = m.group("adv")
        if (
            word[0].isupper()
            and m.start() > 0
            and ctx.text[m.start() - 1] not in '\n"“'
            and ctx.text[max(0, m.start() - 2) : m.start()].strip() not in {"", ".", "!", "?"}
        ):
            return None  # "China Daily", "Publishers Weekly"
        following = ctx.word_after(m.end())
        if (
            word.lower() != "annually"
            and following.isalpha()
            and following.islower()
            and (following not in _ADVERB_FOLLOWERS)
        ):
            return None  # adjectival: "quarterly dividend", "daily newspaper"
        return Found(m.start(), m.end(), "SET", SET_ADVERBS[word.lower()])
    each = m.group("each").lower()
    token = m.group("unit").lower()
    if each in {"a", "an"}:
        before = ctx.word_before(m.start())
        if not m.group("freq") and not _quantity_word(before):
            return None
        if m.group("q"):
            return None
    if token.rstrip("s") in WEEKDAYS:
        return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{WEEKDAYS[token.rstrip('s')]}")
    if token in PARTS_OF_DAY:
        return Found(m.start(), m.end(), "SET", SET_UNITS[token])
    unit = _unit_name(token)
    if m.group("q"):
        return Found(m.start(), m.end(), "SET", _duration(_quantity(m.group("q")), token))
    if unit not in SET_UNITS:
        return None
    return Found(m.start(), m.end(), "SET", SET_UNITS[unit])


_AGE_WORDS = frozenset(_words("age ages aged"))


def _duration_rule(m: re.Match[str], ctx: Context) -> Found | None:
    raw_unit = m.group("unit")
    unit = _unit_name(raw_unit)
    plural = raw_unit.lower() != unit
    det = (m.group("det") or "").lower()
    q = m.group("q")
    after = ctx.text[m.end() : m.end() + 12].lower()
    if re.match(r"-?\s*olds?\b|\s+of\s+age\b|\s+(?:and|or)\s+(?:older|younger|over|under)\b", after) or (
        ctx.word_before(m.start()) in _AGE_WORDS
    ):
        return _consume(m)
    if m.group("hy") == "-" and plural:
        return None
    if q is None and not m.group("half"):
        if det in {"a", "an", "another"}:
            if unit in {"second", "quarter"}:
                return None  # "a second time", "a quarter of voters"
            quantity: float | None = 1.5 if m.group("frac2") else 1.0
        elif plural and unit not in {"second", "minute", "quarter"}:
            quantity = None
        else:
            return None
    elif m.group("half"):
        quantity = 0.5
    else:
        quantity = _quantity(q)
        if quantity is not None and m.group("frac"):
            quantity += 0.5
        if quantity is not None and quantity > 1 and not plural and m.group("hy") != "-" and q[:1].isdigit():
            return None  # "2 day" is a typo or a score; "a five year plan" is a duration
        if unit == "second" and quantity == 2 and q.lower() == "second":
            return None
    start = m.start("q") if m.group("hy") == "-" else m.start()
    if det == "the" and q is None:
        start = m.start("unit") if m.group("unit") else start
    if det in {"a", "an"} and unit in SET_UNITS and q is None and _quantity_word(ctx.word_before(m.start())):
        return Found(m.start(), m.end(), "SET", SET_UNITS[unit])
    if unit == "quarter" and (q is None or _quantity(q) is None):
        return None
    return Found(start, m.end(), "DURATION", _duration(quantity, raw_unit))


_GENERIC_TODAY = re.compile(r"\b(?:than\b[^\d.;,]{0,40}|of\s+)$", re.I)


def _word(m: re.Match[str], ctx: Context) -> Found | None:
    word = " ".join(m.group("w").lower().split())
    if word in {"today", "yesterday", "tomorrow"}:
        if word == "today" and (
            ctx.anchor is None or _GENERIC_TODAY.search(ctx.text, max(0, m.start() - 45), m.start())
        ):
            return Found(m.start(), m.end(), "DATE", "PRESENT_REF")  # "faster than can be done today"
        value = _deictic_day(ctx, word, m.start(), m.end())
        return Found(
            m.start(), m.end(), "DATE", value or _relative_ref({"yesterday": -1, "tomorrow": 1}[word])
        )
    if word == "the day before yesterday" or word == "the day after tomorrow":
        shift = -2 if "before" in word else 2
        return Found(m.start(), m.end(), "DATE", _unit_date(ctx.anchor, "day", shift))
    if word.endswith("past") or word.startswith("recent") or word in {"recently", "lately"}:
        return Found(m.start(), m.end(), "DATE", "PAST_REF")
    if word.endswith("future"):
        return Found(m.start(), m.end(), "DATE", "FUTURE_REF")
    if word == "now" and ctx.text[m.end() : m.end() + 1] == "-":
        return None  # "now-defunct"
    return Found(m.start(), m.end(), "DATE", "PRESENT_REF")


def _weekend(m: re.Match[str], ctx: Context) -> Found | None:
    """ "(over) the weekend": the one just gone, unless the clause looks ahead."""
    if ctx.anchor is None:
        return Found(m.start(), m.end(), "DATE", "XXXX-WXX-WE")
    saturday = _weekday_date(ctx.anchor, 6, ctx.tense(m.start(), m.end()))
    return Found(m.start(), m.end(), "DATE", _week(saturday) + "-WE")


def _holiday(m: re.Match[str], ctx: Context) -> Found | None:
    month, day = HOLIDAYS[" ".join(m.group("h").lower().replace("’", "'").split())]
    if m.group("h")[0].islower():
        return None
    year = int(m.group("y")) if m.group("y") else None
    value = _date_value(ctx, month, day, year, ctx.tense(m.start(), m.end()))
    return Found(m.start(), m.end(), "DATE", value) if value else None


def _weekday(m: re.Match[str], ctx: Context) -> Found | None:
    weekday = WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    if m.group("pl"):
        if rel:
            return None
        return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday}")
    start = m.start()
    if rel == "past":  # "the past Monday" is rare; "past Monday" usually "(walked) past Monday's ..."
        start, rel = m.start("wd"), ""
    if ctx.anchor is None:
        return Found(start, m.end(), "DATE", f"XXXX-WXX-{weekday}")
    tense = ctx.tense(m.start(), m.end())
    day = _weekday_date(ctx.anchor, weekday, tense, rel)
    return Found(start, m.end(), "DATE", day.isoformat())


def _quarter(m: re.Match[str], ctx: Context) -> Found | None:
    if m.group("adj"):  # "third-quarter profit": the latest such quarter in a past clause
        number = ORDINAL_WORDS[m.group("adj").lower()]
        year = _quarter_year(ctx, number * 3 - 2, ctx.tense(m.start(), m.end()))
        return Found(m.start(), m.end(), "DATE", f"{year if year is not None else 'XXXX'}-Q{number}")
    if m.group("q") or m.group("h"):
        year = m.group("y2") or (str(ctx.anchor.year) if ctx.anchor else "XXXX")
        part = f"Q{m.group('q')}" if m.group("q") else f"H{m.group('h')}"
        return Found(m.start(), m.end(), "DATE", f"{year}-{part}")
    token = m.group("ord").lower()
    number = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(token) or (
        int(token[0]) if token[0].isdigit() else 0
    )
    what = m.group("what").lower()
    explicit = m.group("y") or (m.group("rel") is not None or "year" in m.group().lower())
    if what == "half" and not explicit:
        return None  # "the first half" of a match
    if token in {"final", "last"}:
        number = 4 if what == "quarter" else 2
    if not number or (what == "half" and number > 2):
        return None
    code = f"Q{number}" if what == "quarter" else f"H{number}"
    if m.group("y"):
        year: int | None = int(m.group("y"))
    elif ctx.anchor is None:
        year = None
    else:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get((m.group("rel") or "").strip().lower(), 0)
        if not explicit:
            month = (number - 1) * (3 if what == "quarter" else 6) + 1
            year = _quarter_year(ctx, month, ctx.tense(m.start(), m.end()))
    return Found(m.start(), m.end(), "DATE", f"{year if year is not None else 'XXXX'}-{code}")


def _year(m: re.Match[str], ctx: Context) -> Found | None:
    if ctx.word_after(m.end()) in COUNT_NOUNS:
        return _consume(m)
    after = ctx.text[m.end() : m.end() + 2]
    if after[:1] in {"-", "–"} and after[1:2].isalpha():
        return None  # "2010-strong"
    return Found(m.start(), m.end(), "DATE", m.group("y"))


def _month(m: re.Match[str], ctx: Context) -> Found | None:
    token = m.group("m")
    name = token.lower().rstrip(".")
    if name not in _FULL_MONTHS:
        return None  # "Mar", "Jan" alone are words or initials
    before = ctx.word_before(m.start())
    if name in AMBIGUOUS_MONTHS and before not in MONTH_CUES:
        return None
    after = ctx.text[m.end() : m.end() + 2]
    if after[:1] == " " and after[1:2].isupper():
        return None  # "January Jones", "June Carter"
    value = _date_value(ctx, MONTHS[name], None, None, ctx.tense(m.start(), m.end()))
    return Found(m.start(), m.end(), "DATE", value or "")


HANDLERS: dict[str, Handler] = {
    "iso": _iso, "time": _time, "range": _range, "date": _date, "relmonth": _relmonth, "part": _part,
    "modified": _modified, "decade": _decade, "century": _century, "season": _season, "ago": _ago,
    "relative": _relative, "set": _set, "duration": _duration_rule, "word": _word, "weekend": _weekend,
    "holiday": _holiday, "weekday": _weekday, "quarter": _quarter, "year": _year, "month": _month,
}  # fmt: skip


# --- events ----------------------------------------------------------------------------------------


def _event(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The clause an expression dates: its comma/semicolon clause, widened while under six words.

    A wire dateline ("Washington, Mar 28 (UNI)") is left out; its own date dates the story's first clause.
    """
    low, high = ctx.bounds(start, end)
    if low == 0 or ctx.text[low - 1] == "\n":
        opener = DATELINE.match(ctx.text, low, high)
        if opener is not None:
            if opener.end() > start:
                start = end = max(end, opener.end())
            low = opener.end()
    cuts = [low, *(b.start() for b in CLAUSE_BREAK.finditer(ctx.text, low, high)), high]
    cuts = sorted({b for b in cuts if b <= start or b >= end})
    left = max((b for b in cuts if b <= start), default=low)
    right = min((b for b in cuts if b >= end and b > left), default=high)
    while len(ctx.text[left:right].split()) < 6:
        previous = max((b for b in cuts if b < left), default=None)
        following = min((b for b in cuts if b > right), default=None)
        if following is not None and (previous is None or following - right < left - previous):
            if following - left > EVENT_LIMIT:
                break
            right = following
        elif previous is not None and right - previous <= EVENT_LIMIT:
            left = previous
        else:
            break
    left, right = _trim(ctx.text, left, right)
    if right - left > EVENT_LIMIT:
        # Keep the clause's start when the expression is near it, else 40 characters before it.
        if end - left > EVENT_LIMIT - 20:
            space = ctx.text.find(" ", start - 40, start)
            left = space + 1 if space != -1 else start
        if left + EVENT_LIMIT < right:
            space = ctx.text.rfind(" ", end, left + EVENT_LIMIT)
            right = space if space != -1 else max(end, left + EVENT_LIMIT)
        left, right = _trim(ctx.text, left, right)
    return left, right


VERB_FIRST = re.compile(r"(?:is|are|was|were|will|would|has|have|had|can|could|should|must)\b")
SUBORDINATOR = re.compile(r"^.*\b(?:as|that|while|when|because|after|before|since|if|where)\s+", re.DOTALL)


def _split_off_subject(text: str, low: int, event_start: int) -> tuple[int, int] | None:
    """The subject an aside cut off: "Lynch, along with officials, is in India" -> "Lynch" for "is in India".

    Only when the event opens on its verb; the subject is the clause before the aside, minus any
    leading "The talks come as".
    """
    if not VERB_FIRST.match(text, event_start):
        return None
    head = text[low:event_start].rstrip(" ,")
    aside = head.rfind(",")
    if aside <= 0:
        return None
    clause_start = head.rfind(",", 0, aside) + 1
    clause = head[clause_start:aside]
    opener = SUBORDINATOR.match(clause)
    offset = opener.end() if opener else len(clause) - len(clause.lstrip())
    start, end = low + clause_start + offset, low + aside
    words = text[start:end].split()
    if not 1 <= len(words) <= 12 or not words[0][:1].isupper():
        return None
    if len(words) > 4 and all(w[:1].isupper() for w in words[-2:]):
        start = end - len(
            " ".join(words[-2:])
        )  # "Assistant US Trade Representative ... Brendan Lynch" -> the name
    return start, end


RELATIVE = re.compile(r"(?:which|who)\s+(?=" + VERB_FIRST.pattern + ")")
CONNECTORS = frozenset({"of", "and", "for", "on", "de"})


def _antecedent(text: str, low: int, relative_start: int) -> tuple[int, int] | None:
    """What ", which would be ready by fall" is about: the capitalised name just before the comma
    ("... a multi-sector Bilateral Trade Agreement (BTA), which" -> "Bilateral Trade Agreement (BTA)")."""
    head = text[low:relative_start].rstrip()
    if not head.endswith(","):
        return None
    words = list(re.finditer(r"\S+", head.rstrip(",")))
    kept: list[re.Match[str]] = []
    for word in reversed(words):
        token = word.group()
        named = token[:1].isupper() or (token.startswith("(") and token[1:2].isupper())
        if named or (token in CONNECTORS and kept):
            kept.append(word)
        else:
            break
    while kept and kept[-1].group() in CONNECTORS:
        kept.pop()
    if not kept or len(kept) > 8:
        return None
    return low + kept[-1].start(), low + kept[0].end()


def _trim(text: str, left: int, right: int) -> tuple[int, int]:
    """Strip spaces, clause punctuation and quote marks from both ends of an event span."""
    junk = " \t\n,;:.()[]—–-\"“”'‘’"
    while left < right and text[left] in junk:
        left += 1
    while right > left and text[right - 1] in junk:
        right -= 1
    return left, right


# --- entry point -----------------------------------------------------------------------------------


def _scan(ctx: Context) -> list[Found]:
    """One pass over the words: the scanner only runs where a word can start an expression.

    A candidate its handler declines lets the later rules try at the same place, then the next word.
    """
    found: list[Found] = []
    text = ctx.text
    position = 0
    for token in CANDIDATES.finditer(text):
        if token.start() < position:
            continue
        word = token.group("word")
        if word is not None and word.lower() in FUNCTION_TRIGGERS:
            following = _NEXT_WORD.match(text, token.end())
            if following is None:
                continue
            next_word = following.group(1).lower().lstrip("'’")
            if not (next_word[:1].isdigit() or next_word in TRIGGERS or next_word in DETERMINER_FOLLOWERS):
                continue
        match = SCANNER.match(text, token.start())
        if match is None:
            continue
        # The scanner's rule first; if its handler declines, the later rules get a try at the same place.
        for name in _RULE_ORDER[_RULE_ORDER.index(match.lastgroup or "") :]:
            rule_match = RULE_PATTERNS[name].match(text, match.start())
            if rule_match is None:
                continue
            try:
                result = HANDLERS[name](rule_match, ctx)
            except (OverflowError, ValueError):  # an anchor at the very edge of the calendar
                result = None
            if result is not None and result.start == result.end == rule_match.end():
                position = rule_match.end()  # consumed by `_consume`
                break
            if result is not None and result.value and result.start < result.end:
                found.append(result)
                position = rule_match.end()
                break
    return found


def extract_dates(
    text: str, sentences: Sequence[Sentence], anchor: date | None
) -> tuple[TimeExpression, ...]:
    """Every temporal expression in document order, valued on `anchor` (the publication date)."""
    ctx = Context(text=text, anchor=anchor, sentences=sentences, starts=[s.start for s in sentences])
    expressions: list[TimeExpression] = []
    for found in _scan(ctx):
        event_start, event_end = _event(ctx, found.start, found.end)
        event = text[event_start:event_end]
        low = ctx.bounds(found.start, found.end)[0]
        relative = RELATIVE.match(text, event_start)
        if relative is not None:
            subject = _antecedent(text, low, event_start)
            if subject is not None:
                event_start = relative.end()
        else:
            subject = _split_off_subject(text, low, event_start)
        if subject is not None:
            rest = EVENT_LIMIT - (subject[1] - subject[0]) - 1
            if event_end - event_start > rest:
                event_end = event_start + max(
                    text.rfind(" ", event_start, event_start + rest) - event_start, 0
                )
            event = f"{text[subject[0] : subject[1]]} {text[event_start:event_end]}"
            event_start = subject[0]
        expressions.append(
            TimeExpression(
                start=found.start,
                end=found.end,
                text=text[found.start : found.end],
                type=found.type,
                value=found.value,
                begin=found.begin,
                until=found.until,
                event=event,
                event_start=event_start,
                event_end=event_end,
                sentence=sentences[ctx.sentence_index(found.start)].index if sentences else 0,
            )
        )
    return tuple(expressions)
