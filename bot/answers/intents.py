"""Question text -> Intent: a table of named patterns, so adding a phrasing is one line, not a branch."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from bot import lexicon
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


def _frames() -> tuple[str, str, str, str]:
    """question_frames.tsv as alternations: requests, story frames (each {story} filled), closing words
    and emphasis words."""
    frames = lexicon.by_kind("question_frames")
    stories = sorted(frames["story"])
    story_frames = [frame.format(story=noun) for frame in frames["story_frame"] for noun in stories]

    def alternation(phrases: Iterable[str]) -> str:
        return "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=lambda p: (-len(p), p))
        )

    return (
        alternation(frames["request"]),
        alternation(story_frames),
        alternation(frames["closing"]),
        alternation(frames["emphasis"]),
    )


_REQUESTS, _STORY_FRAMES, _CLOSINGS, _EMPHASES = _frames()
_QUESTION_NEXT = (
    r"(?=(?:(?:"
    + "|".join(sorted(lexicon.lower_words("prepositions")))
    + r")\s+)?(?:"
    + "|".join(sorted(WH_WORDS | AUXILIARIES))
    + r")\b)"
)
"""What must follow a lead frame: a question word, after a preposition or not ("by how much", "in which")."""
_STORY_LEAD = re.compile(rf"^(?:{_STORY_FRAMES})\s*,?\s*{_QUESTION_NEXT}", re.IGNORECASE)
"""A story frame before the question word ("According to the article, who …")."""
_SOURCE_LEAD = re.compile(
    rf"^(?P<source>according to [^,]{{1,80}}),\s*(?P<rest>{_QUESTION_NEXT}.+)$", re.IGNORECASE
)
"""A source before the question word ("According to the CDC, which children …"): it goes after the question,
where the routes read it ("Which children …, according to the CDC")."""
_REQUEST_LEAD = re.compile(rf"^(?:{_REQUESTS})\s*,?\s+{_QUESTION_NEXT}", re.IGNORECASE)
"""A request before the question word ("Can you tell me when …"); the question after it is embedded."""
_TAIL_FRAME = re.compile(rf"\s*,?\s*\b(?:{_STORY_FRAMES}|{_CLOSINGS})\s*$", re.IGNORECASE)
"""A story frame or a closing word after the question ("Who won, according to the story", "…, please")."""
_EMPHASIS = re.compile(
    rf"^((?:{'|'.join(sorted(WH_WORDS))})(?:\s+[\w’'-]+)?)\s+(?:{_EMPHASES})\b|\s+(?:{_EMPHASES})$",
    re.IGNORECASE,
)
"""A word that only stresses the question, after its question word ("who exactly is she", "how much
exactly did it cost") or closing it; "does not exactly capture" keeps it."""
_CONTRACTED = re.compile(r"^(who|what|where|when|why|how)['’]s\s+(been\b)?", re.IGNORECASE)
"""A question word contracted with "is" ("where's", "what's") or, before "been", with "has"."""
_PREPOSITION_WORDS = lexicon.lower_words("prepositions")
_NOUN_PHRASE_OPENERS = lexicon.lower_words("determiners") | frozenset(
    row[0] for row in lexicon.rows("pronouns")
)
_HEADED = frozenset({"how", "what", "which", "whose"})
"""Question words that may take a word of their own before the subject ("how old", "what time")."""
_CLOSING = _PREPOSITION_WORDS | {"worth"}
"""A word that may close an embedded question after its verb: "where X is from", "what the deal is worth"."""
MAX_EMBEDDED_SUBJECT = 8


def question_order(embedded: str) -> str:
    """An embedded question in question order: "who the chief executive is" -> "who is the chief executive",
    "when the museum will open" -> "when will the museum open", "how old Havel is" -> "how old is Havel".
    It is embedded when its first auxiliary closes it (or comes before only "from", "worth" …), or when a
    determiner or pronoun opens a subject before that auxiliary; "how many visas were denied" (the question
    word's phrase is the subject) and a question already in question order are left as they are."""
    words = embedded.split()
    at = 1 if len(words) > 1 and words[0].lower() in _PREPOSITION_WORDS else 0
    if len(words) < at + 3 or words[at].lower() not in WH_WORDS or words[at + 1].lower() in AUXILIARIES:
        return embedded
    verb = next((k for k in range(at + 2, len(words)) if words[k].lower() in AUXILIARIES), None)
    if verb is None:
        return embedded
    closing = all(word.lower() in _CLOSING for word in words[verb + 1 :]) and len(words) - verb <= 2
    first = at + 2 if words[at].lower() == "how" else at + 1  # "how many …": "many" is how's own word
    opener = next((k for k in (first, at + 2) if k < verb and words[k].lower() in _NOUN_PHRASE_OPENERS), None)
    if opener == at + 2 and words[at].lower() not in _HEADED:
        opener = None
    if opener is None and not closing:
        return embedded
    if opener is None:  # "how old Havel is": the question word's own word comes first
        headed = words[at].lower() in _HEADED and words[at + 1][:1].islower() and verb > at + 2
        opener = at + 1 + headed
    if verb - opener > MAX_EMBEDDED_SUBJECT:
        return embedded
    return " ".join([*words[:opener], words[verb].lower(), *words[opener:verb], *words[verb + 1 :]])


QUESTION_PHRASES = {
    phrase: word for word, phrases in lexicon.by_kind("question_phrases").items() for phrase in phrases
}
"""Phrase -> the question word it stands for ("for what reason" -> "why"), question_phrases.tsv."""
_QUESTION_PHRASE = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted(QUESTION_PHRASES, key=lambda p: (-len(p), p))) + r")\b",
    re.IGNORECASE,
)


def plain_question_word(question: str) -> str:
    """ "For what reason did she quit" -> "why did she quit", "What number of flights …" -> "how many
    flights …": a question phrase that opens the question, as its plain question word."""
    return _QUESTION_PHRASE.sub(
        lambda m: QUESTION_PHRASES[" ".join(m.group().lower().split())], question, count=1
    )


@lru_cache(maxsize=1024)
def unframed(text: str) -> str:
    """The question without the frames a reader wraps around it (question_frames.tsv): "According to the
    article, who won the seat?" and "Can you tell me who won the seat?" ask "who won the seat?"; a
    question embedded in a request is put back in question order (`question_order`), a source before
    the question goes after it ("According to the CDC, who …" -> "Who …, according to the CDC")."""
    bare = _SOURCE_LEAD.sub(
        lambda m: f"{m.group('rest')}, {m.group('source')[:1].lower()}{m.group('source')[1:]}",
        _STORY_LEAD.sub("", text, count=1),
    )
    asked = _REQUEST_LEAD.sub("", bare, count=1)
    embedded = asked != bare
    asked = _EMPHASIS.sub(lambda m: m.group(1) or "", _STORY_LEAD.sub("", asked, count=1))
    asked = _CONTRACTED.sub(
        lambda m: f"{m.group(1)} {'has' if m.group(2) else 'is'} {m.group(2) or ''}", asked
    )
    bare = plain_question_word(
        _TAIL_FRAME.sub("", question_order(asked.strip()) if embedded else asked.strip())
    )
    if bare == text or not bare:
        return text
    return bare[:1].upper() + bare[1:]


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
