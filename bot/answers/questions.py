"""What a free question asks for: its type (when, who said, who is, how many, where, other) and its words.

A table of named patterns, first match wins, like `intents.MESSAGE_PATTERNS`; plus the checks that turn
unusable input (empty, huge, emoji-only, another language) into a helpful reply instead of a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from bot import lexicon

QuestionType = Literal[
    "when",
    "who_said",
    "who_is",
    "how_many",
    "how_old",
    "how_long",
    "how_often",
    "figure",
    "name",
    "where",
    "handle",
    "contact",
    "meaning",
    "other",
]

MAX_QUESTION_CHARS = 500
"""Longer than any real question; a pasted article gets a one-line reply, not a slow search."""


@dataclass(frozen=True)
class QuestionPattern:
    name: QuestionType
    pattern: re.Pattern[str]
    """A group named `arg` is the person or thing asked about; `rest` is the remaining content."""


def _q(name: QuestionType, regex: str) -> QuestionPattern:
    return QuestionPattern(name, re.compile(regex, re.IGNORECASE))


SAY = (
    "(?:"
    + "|".join(sorted(lexicon.reporting_words("question", lexicon.VERB_FORMS), key=lambda w: (-len(w), w)))
    + ")"
)
"""Verbs a reader asks about speech with: "who said", "what did X tweet" (reporting_verbs.tsv)."""


def _nouns(kinds: Iterable[str]) -> str:
    """A regex alternation of the quantity nouns of these kinds (quantity_nouns.tsv), longest first."""
    nouns = lexicon.by_kind("quantity_nouns")
    return "|".join(sorted({word for kind in kinds for word in nouns[kind]}, key=lambda w: (-len(w), w)))


FIGURE_NOUNS = _nouns(kind for kind in lexicon.by_kind("quantity_nouns") if kind != "result")
"""Nouns whose "what is the …" question asks for a figure ("what was the corrected amount?")."""
RESULT_NOUNS = _nouns(["result"])
"""A company's reported amounts ("what was Coleco's profit?"): a figure question only after "is / was",
as "what helped Comalco's earnings?" asks for a cause."""
_NOT_SPOKEN = r"(?<!\bto)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)"
"""A reporting verb after "to" or a passive "be" reports no speech of the argument's: "what do the two
countries want to add to the deal?" asks what they want, "what has the army been told to prepare for?" an
order it was given; neither is "what did X say?"."""
_NO_PREDICATE = r"(?!\s+(?:a|an)\s|\s+[\w-]+ed\s+(?:by|for|from|in|of|on|to|upon|with)\s*\??\s*$)"
"""A figure noun followed by "a"/"an", or by a participle and the preposition that ends the question, is the
subject of a predicate the question asks about, not the figure asked: "what are ticket prices a function
of?" asks what they depend on ("demand"), "what is most of the city's growth based on?" what it rests on."""
QUESTION_PATTERNS: tuple[QuestionPattern, ...] = (
    _q("who_said", rf"^who\s+(?:has\s+|had\s+)?{SAY}\b\s*(?P<rest>.*)$"),
    _q(
        "who_said",
        rf"^what\s+(?:did|does|has|have|do|is|was|were)\s+(?P<arg>.+?){_NOT_SPOKEN}\s+{SAY}\b\s*(?:about\s+)?"
        r"(?P<rest>.*)$",
    ),
    _q("who_said", r"^(?:what|which)\s+(?:was|is|were)\s+said\s+by\s+(?P<arg>.+)$"),
    _q(
        "handle",
        r"^(?:what|which)(?:['’]s|\s+is|\s+are|\s+was)\s+(?:the\s+)?(?:(?P<arg>.+?)['’]s?\s+)?"
        r"(?:handle|account|username|user name|twitter(?: handle| account)?)s?"
        r"(?:\s+(?:of|for)\s+(?P<arg2>.+?))?(?:\s+on\s+(?P<rest>.+))?$",
    ),
    _q(
        "contact",
        r"^(?:how\s+(?:can|do|should|could|would|may|might)\s+(?:i|we|you|people|readers|residents|anyone|"
        r"someone|the public|witnesses)\s+(?:contact|reach|call|phone|ring|e-?mail|write to|"
        r"get in touch with|report\s+\w+\s+to|send\s+\w+\s+to)"
        r"|(?:what|which)(?:['’]s|\s+is|\s+are|\s+was)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
        r"(?:phone|telephone|contact|hotline|tip line|tipline|e-?mail|website|web site|web address)"
        r"(?:\s+(?:number|numbers|line|details|address|addresses))?"
        r"|(?:who|where)\s+(?:can|should|do|could)\s+(?:i|we|you|people|readers|residents|anyone|witnesses)\s+"
        r"(?:call|contact|e-?mail|report))"
        r"\b\s*(?P<rest>.*)$",
    ),
    _q(
        "meaning",
        r"^what\s+(?:does|do|did)\s+(?:the\s+(?:name|term|word|acronym|abbreviation)\s+)?"
        r"(?P<arg>[“\"‘']?[\w.’'-]*[A-Z][\w.’'-]*[”\"’']?)\s+"
        r"(?:mean|stand for|translate (?:as|to))\s*$",
    ),
    _q("how_old", r"^(?:how old|(?:at )?what age)\b\s*(?P<rest>.*)$"),
    _q("how_long", r"^(?:for )?how long\b(?!\s+ago)\s*(?P<rest>.*)$"),
    _q("how_often", r"^how (?:often|frequently)\b\s*(?P<rest>.*)$"),
    _q(
        "name",
        r"^(?:what|which)(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?"
        r"(?:(?P<arg>.+?)['’]s?\s+(?:full\s+)?names?|(?:full\s+)?names?\s+of\s+(?P<rest>.+))$",
    ),
    _q(
        "when",
        r"^(?:(?:(?:by|until|since|from|as of)\s+)?when|how long ago|on what (?:day|date)"
        r"|what (?:day|date|time|month|year)|(?:(?:in|by|during)\s+)?(?:what|which)\s+year)\b"
        r"\s*(?P<rest>.*)$",
    ),
    _q(
        "how_many",
        r"^(?:(?:at|in|on|for|from|to|of|with)\s+)?"
        r"(?:how (?:many|much|big|large|fast|high|low|far|tall|deep|heavy)"
        r"|by how much"
        r"|what (?:percentage|percent|share|number|amount|figure|rate|proportion|fraction|sum)"
        r"|what (?:is|was) the (?:number|amount|rate|figure|total|size))\b"
        r"\s*(?P<rest>.*)$",
    ),
    _q(
        "figure",
        rf"^(?:(?:by|at|in|on|for|with)\s+)?what\s+(?:(?:is|was|are|were)\s+)?(?:[\w’'-]+\s+){{0,5}}?"
        rf"(?:{FIGURE_NOUNS})s?\b{_NO_PREDICATE}(?P<rest>.*)$",
    ),
    _q(
        "figure",
        rf"^(?:(?:by|at|in|on|for|with)\s+)?what\s+(?:is|was|are|were)\s+(?:[\w’'-]+\s+){{0,5}}?"
        rf"(?:{RESULT_NOUNS})s?\b{_NO_PREDICATE}(?P<rest>.*)$",
    ),
    _q(
        "where",
        r"^(?:where|in which (?:country|city|place|state|region)|in what (?:country|city|place))\b"
        r"\s*(?P<rest>.*)$",
    ),
    _q(
        "who_is",
        r"^what\s+(?:is|was)\s+(?P<arg>(?-i:[A-Z]).*?)['’]s?\s+(?:current\s+|former\s+)?"
        r"(?:job|occupation|position|profession|role|title)\W*$",
    ),
    _q(
        "who_is",
        r"^(?:who\s+(?:is|was|are|were)|who['’]s|tell me about|what (?:is|was) the role of"
        r"|what (?:is|was|does) (?P<role>.+?)(?:['’]s)? (?:role|job|position))\s+(?P<arg>.+)$",
    ),
    _q(
        "who_is",
        r"^(?:who|which (?:official|person|people|officials|minister|country|company))\b\s*(?P<rest>.*)$",
    ),
)
"""First match wins: "who said X" before "who is X", "what did X say" before anything generic."""

FOREIGN_QUESTION_WORDS = lexicon.words("foreign_question_words")
"""Opening words of questions in Spanish, French, German, Italian and Portuguese: a Latin-script
question that starts this way, and has no English question word, is answered with a language note."""

WH_WORDS = lexicon.words("question_words")
"""English question words: a sign a question is English, and never a content word of it."""

ENGLISH_HINTS = WH_WORDS | lexicon.words("stop_words")
"""Words that show a question is English even when it opens like another language ("que" sera...)."""


@dataclass(frozen=True)
class Question:
    text: str
    type: QuestionType
    argument: str = ""
    """Who or what the question names ("Landau", "the MEA"); empty if none."""
    rest: str = ""
    """The question's content once the question phrase and argument are removed."""


def classify(text: str) -> Question:
    for named in QUESTION_PATTERNS:
        match = named.pattern.match(text)
        if match:
            groups = match.groupdict()
            argument = (groups.get("arg") or groups.get("arg2") or "").strip()
            rest = (groups.get("rest") or "").strip()
            return Question(text=text, type=named.name, argument=argument, rest=rest)
    return Question(text=text, type="other", rest=text)


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


_ADDRESSING = re.compile(r"^\W*(?:[^\W\d_]+[\s,]+)?(?:<@[^>]*>[\s,:]*)+|(?:[\s,]*<@[^>]*>)+[\s?!.]*$")
"""The mentions that address the bot: first (after a greeting word: "hey @Newsdesk, who ...?") or last."""
_INNER_MENTION = re.compile(r"<@[^>]*>")
"""A person mentioned inside the question: Slack sends only their id, which no article names."""


def mentions_someone(text: str) -> bool:
    """Whether the question mentions a Slack user past the mentions that address the bot."""
    return _INNER_MENTION.search(_ADDRESSING.sub("", text.strip())) is not None


def problem(text: str) -> str | None:
    """A one-line reply for input that is no usable English question, else None."""
    stripped = text.strip()
    if not stripped:
        return "Ask me a question about the article, e.g. “when is the trade deal due?”."
    if len(stripped) > MAX_QUESTION_CHARS:
        return f"That's too long for a question ({len(stripped):,} characters); ask in a sentence or two."
    letters = _letters(stripped)
    if not letters and not any(c.isdigit() for c in stripped):
        return "I need a question in words, e.g. “who is quoted?” or “when is the deadline?”."
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    if letters and latin / len(letters) < 0.5:
        return "I can only answer questions in English for now; try asking in English."
    words = [w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", stripped)]
    if words and words[0] in FOREIGN_QUESTION_WORDS and not ENGLISH_HINTS & {w for w in words if len(w) > 1}:
        return "I can only answer questions in English for now; try asking in English."
    if stripped[0] in "¿¡":
        return "I can only answer questions in English for now; try asking in English."
    if mentions_someone(stripped):
        return "I can't tell who a Slack mention is in the story; ask with the name the article uses."
    return None
