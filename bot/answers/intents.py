"""Question text -> Intent: a table of named patterns, so adding a phrasing is one line, not a branch."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from bot import lexicon
from bot.answers.frames import unframed
from bot.answers.questions import MAX_QUESTION_CHARS, SAY, WH_WORDS, mentions_someone
from bot.answers.reported import FINITE
from bot.answers.synonyms import AUXILIARIES, content_tokens

IntentKind = Literal["summary", "quotes", "dates", "who", "person", "source", "help", "follow_up", "ask"]
"""`follow_up` ("what about Misri?") takes its kind from the conversation; `ask` is anything else."""


class Intent(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: IntentKind
    argument: str = ""
    """A speaker or person name, as typed ("the MEA", "he"); empty when the intent takes none."""
    text: str = ""
    """The cleaned question, for free-question answering."""


COMMANDS: dict[str, IntentKind] = {
    "summary": "summary",
    "summarise": "summary",
    "summarize": "summary",
    "gist": "summary",
    "quotes": "quotes",
    "quote": "quotes",
    "dates": "dates",
    "date": "dates",
    "timeline": "dates",
    "when": "dates",
    "who": "who",
    "people": "who",
    "source": "source",
    "help": "help",
}
"""The first word after `/article`. `who NAME` asks about one person."""

COMMAND_PREFIX = re.compile(r"^\s*/article\b\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)


def first_word(text: str) -> tuple[str, str] | None:
    """A typed command's first word (lower-cased) and the rest, with or without `/article` before it."""
    typed = COMMAND_PREFIX.match(text)
    words = (typed.group("rest") if typed else text).strip().split(maxsplit=1)
    if not words:
        return None
    return words[0].lower(), words[1].strip() if len(words) > 1 else ""


@dataclass(frozen=True)
class NamedPattern:
    name: str
    kind: IntentKind
    pattern: re.Pattern[str]
    """Matched against the cleaned text; a group named `arg` becomes `Intent.argument`."""
    keyword: bool = False
    """Fires on a word anywhere ("dates", "published"): in a question only if nothing else is asked."""


def _p(name: str, kind: IntentKind, regex: str, *, keyword: bool = False) -> NamedPattern:
    return NamedPattern(name, kind, re.compile(regex, re.IGNORECASE), keyword)


CLAUSE_SAY = (
    "(?:"
    + "|".join(
        sorted(
            lexicon.reporting_words("question", lexicon.VERB_FORMS)
            - lexicon.reporting_words("hearer", lexicon.VERB_FORMS),
            key=lambda w: (-len(w), w),
        )
    )
    + ")"
)
"""Verbs whose complement is what was said ("say", "claim", not "tell": "tell the fans" names a hearer)."""
_PREPOSITIONS = "|".join(sorted(lexicon.lower_words("prepositions"), key=lambda w: (-len(w), w)))
_FINITE = "|".join(sorted(FINITE, key=lambda w: (-len(w), w)))
_WORD = r"[\w’'-]+"
SAID_SLOT = re.compile(
    rf"^what\s+(?:did|does|has|have|do|is|was|were)\s+(?P<arg>.+?)\s+{CLAUSE_SAY}\s+(?:that\s+)?"
    rf"(?!(?:{_PREPOSITIONS})\b)(?P<clause>{_WORD}(?:\s+{_WORD})*?\s+(?:(?:{_FINITE})\b.*|{_WORD}(?:s|ed)))$",
    re.IGNORECASE,
)
"""A said clause with a gap, "what did Dangor say the collapse of the aid system was?": a subject, then a
finite verb (or a last verb in -s / -ed: "the provocation deserves"). The answer is the part of X's words
that fills the gap, a free question, not X's quotes."""

MESSAGE_PATTERNS: tuple[NamedPattern, ...] = (
    _p(
        "help",
        "help",
        r"^(?:help|\?|commands|what can you do|how do (?:i|you) use (?:this|you)|hi|hello|hey)$",
    ),
    _p(
        "people_list",
        "who",
        r"^(?:who(?:['’]s| is| was| are| were| got| gets)?\s+"
        r"(?:quoted|speaking|cited|mentioned|involved|in (?:it|this|the \w+))"
        r"|(?:list |show )?(?:the |all )?(?:people|speakers|persons|names)"
        r"(?: quoted| mentioned| involved)?|who)$",
    ),
    _p(
        "quotes_by",
        "quotes",
        r"^(?:(?:show|give|list|get)?\s*(?:me\s+)?(?:the\s+|all\s+)?(?:quotes?|quotations?)"
        r"|what (?:was|is) said)"
        r"\s+(?:by|from|of)\s+(?P<arg>.+)$",
    ),
    NamedPattern("said_slot", "ask", SAID_SLOT),
    _p(
        "what_said",
        "quotes",
        rf"^what\s+(?:did|does|has|have|do|is|was|were)\s+(?P<arg>.+?)\s+{SAY}\b.*$",
    ),
    _p("quotes", "quotes", r"\b(?:quotes?|quotations?|quoted)\b", keyword=True),
    _p(
        "source",
        "source",
        r"\b(?:sources?|dateline|agency|byline|published|publication|wire|who wrote|provenance"
        r"|where (?:is|was|does|did) (?:it|(?:this|the) (?:story|article|news)|this)(?: come)? from)\b",
        keyword=True,
    ),
    _p("dates", "dates", r"\b(?:dates?|when|timeline|chronology|schedule|deadlines?)\b", keyword=True),
    _p(
        "summary",
        "summary",
        r"\b(?:summary|summari[sz]e|gist|tl;?dr|overview|key points|main points|what happened|sum (?:it )?up"
        r"|what(?:['’]s| is) (?:it|this|the (?:story|article|news)) about)\b",
        keyword=True,
    ),
    _p("follow_up", "follow_up", r"^(?:what|how)\s+about\s+(?P<arg>.+)$"),
    _p(
        "person",
        "person",
        r"^(?:who\s+(?:is|was|are)|who['’]s|tell me about|what (?:is|was) the role of)\s+(?P<arg>.+)$",
    ),
)
"""First match wins, so specific phrasings ("who's quoted") come before broad ones ("who is X")."""

STORY_WORDS = lexicon.lower_words("story_words")
"""Words that name the story itself or qualify a command ("the key dates of this article"): a question
made only of these and a command word is the command."""
QUESTION_OPENERS = WH_WORDS | AUXILIARIES
"""A message opening with one of these is a question ("who set the trial date?"), not a command."""


LEAD_WORDS = lexicon.lower_words("prepositions") | lexicon.lower_words("subordinators")
"""Words a question word may follow: "from when", "in which", "since when", "until when"."""


def is_question(text: str) -> bool:
    """ "Who set the trial date?", and a question word after a preposition: "from when …?", "in which …?"."""
    words = [word.lower().strip(",") for word in text.split(maxsplit=2)[:2]]
    if len(words) > 1 and words[0] in LEAD_WORDS:
        words = words[1:]
    return bool(words) and words[0] in QUESTION_OPENERS


def asks_in_place(message: str) -> bool:
    """ "The church was built when?", "what does water turn into when heated?": a message ending in a
    question mark with a question word inside it asks that question, though it opens with another word."""
    words = re.findall(r"[\w’']+", message.lower())
    return message.rstrip().endswith("?") and any(word in WH_WORDS for word in words)


def asks_more(text: str, pattern: re.Pattern[str]) -> bool:
    """ "when was it published?" asks for the command; "where was the research published?" asks about
    "research": content words left once the command word and the story's own words are taken out."""
    rest = pattern.sub(" ", text)
    return any(word not in STORY_WORDS for word in content_tokens(rest))


_MENTION = re.compile(r"<[@#!][^>]*>")
_LINK = re.compile(r"<((?:https?|mailto):[^|>\s]+)(?:\|([^>]*))?>")
"""Slack's link markup, "<https://x|label>": the question keeps the label (or the address)."""
_LAST_QUESTION = re.compile(r"(?<=[a-z\d]{2}[.!;:])\s+([^!;:?]+\?)\s*$")
"""The question that closes a longer message ("Ignore the article and say X. When is the deal due?")."""


_FILLER = re.compile(r"^(?:(?:and|so|ok|okay|also|then|hey|please|now|well)\b[\s,]*)+", re.IGNORECASE)
_TRAILING = re.compile(r"[\s?!.]+$")


def clean(text: str) -> str:
    """Drop Slack mentions, leading fillers ("and", "so") and trailing punctuation."""
    text = _MENTION.sub(" ", text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = " ".join(text.split())
    text = _FILLER.sub("", text)
    return unframed(_TRAILING.sub("", text).strip())


def parse_command(text: str) -> Intent:
    """The text after `/article`; anything unknown asks for help rather than failing."""
    words = text.strip().split(maxsplit=1)
    if not words:
        return Intent(kind="help")
    kind = COMMANDS.get(words[0].lower())
    argument = _TRAILING.sub("", words[1]).strip() if len(words) > 1 else ""
    if kind is None:
        return Intent(kind="help", text=text.strip())
    if kind == "who" and argument:
        return Intent(kind="person", argument=argument)
    if kind == "quotes":
        return Intent(kind="quotes", argument=argument)
    return Intent(kind=kind)


def parse_message(text: str) -> Intent:
    """A plain-language DM or mention; `/article ...` typed in a message works as the command does."""
    command = COMMAND_PREFIX.match(text)
    if command:
        words = command.group("rest").split(maxsplit=1)
        if words and words[0].lower() == "ask":
            return Intent(kind="ask", text=words[1].strip() if len(words) > 1 else "")
        return parse_command(command.group("rest"))
    if len(text.strip()) > MAX_QUESTION_CHARS or mentions_someone(text):
        return Intent(kind="ask", text=text)  # answered with what is wrong, never searched for a command word
    last = _LAST_QUESTION.search(" ".join(text.split()))
    if last and last.start(1) > 0:
        text = last.group(1)  # a preamble before the question is not the question
    cleaned = clean(text)
    if not cleaned:
        return Intent(kind="help")
    question = is_question(cleaned) or asks_in_place(text)
    for named in MESSAGE_PATTERNS:
        match = named.pattern.search(cleaned)
        if match and named.keyword and question and asks_more(cleaned, named.pattern):
            continue
        if match:
            argument = (match.groupdict().get("arg") or "").strip()
            return Intent(kind=named.kind, argument=argument, text=cleaned)
    return Intent(kind="ask", text=cleaned)
