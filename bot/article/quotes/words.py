"""The quote rules' vocabulary (from the lexicon), limits and patterns: what `marks`, `phrases` and
`attribution` read, kept apart from their logic."""

from __future__ import annotations

import re

from bot import lexicon
from bot.article.gazetteer import DOTTED_TITLES
from bot.article.gazetteer import ROLE_NOUNS as PERSON_ROLE_NOUNS

REPORTING_VERBS = lexicon.reporting_words()
"""Cue verbs that introduce speech, inflected (reporting_verbs.tsv: lemmas, and the forms that count)."""
PASSIVE_CUES = lexicon.reporting_words("passive", ("past",))
"""Past forms whose subject, after a form of "be", heard the words: "she was warned that “...”"."""
BE_FORMS = lexicon.words("be_forms")
DOCUMENT_NOUNS = lexicon.words("document_nouns")
"""Heads of a document speaker ("the statement", "one briefing note", "lobbying disclosures")."""
HEARER_CUES = lexicon.reporting_words("hearer")
"""Cue verbs whose object heard the words ("told the coach"): what follows them is never the speaker."""
INFINITIVE_CUES = lexicon.reporting_words("infinitive")
"""Cue verbs that are no cue before "to": "Jobs will continue to provide “...”" quotes no one's speech."""

PHRASAL_CUES = {"according": "to", "went": "on", "pointed": "out", "quoted": "as", "put": "it"}
"""Two-word cues: first word -> the word that must follow it."""

SUBJECT_AFTER_CUE = frozenset({"according"})
"""Cues whose speaker follows them ("according to X") rather than preceding them."""

NP_CONNECTORS = frozenset({"of", "for", "and", "at"})
"""Lower-case words allowed inside a name when a capitalised word follows ("Secretary of State")."""
NP_PREPOSITIONS = frozenset({"in", "at", "from", "with", "on"})
"""Allowed inside a speaker phrase where the syntax already says "speaker" ("a lawyer at X said")."""
NP_BREAKERS = frozenset({"who", "speaking", "adding", "noting", "referring", "according"})
RELATIVE_SUBJECTS = frozenset({"who"})
"""A cue's subject that stands for the name before its comma: `with Dauer, who told the coach, “...”`."""

_SUBJECTS = [row for row in lexicon.rows("pronouns") if row[2] == "subject" and row[1] != "2"]
PRONOUNS = frozenset(row[0] for row in _SUBJECTS)
"""Subject pronouns a quote can be attributed to: "he said", "they said"."""
PERSON_PRONOUNS = frozenset(row[0] for row in _SUBJECTS if row[3] == "person")
SINGULAR_PERSON_PRONOUNS = frozenset(row[0] for row in _SUBJECTS if row[3] == "person" and row[1] == "3")
""""he", "she": one person, never "doctors" or "the company"."""
THING_PRONOUNS = frozenset(row[0] for row in _SUBJECTS if row[3] == "thing")
""""it": an organisation or a document, never a person."""
GROUP_PRONOUNS = frozenset(row[0] for row in _SUBJECTS if row[3] == "people" and row[1] == "3")
""""they": a group ("Gallagher and his colleagues", "the lawmakers"), never one named person."""
GROUP_REFERENCES = frozenset(
    row[0] for row in lexicon.rows("pronouns") if row[3] == "people" and row[1] == "3"
)
""""they", "their", "them": a group's words, which a story may also use for one person (singular they)."""
AGREEING_PRONOUNS = SINGULAR_PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS
"""Pronouns whose antecedent must agree with them in number and kind."""
HEAD_ENDS = frozenset({"of", "for", "at", "with", "from", "in", "on"})
"""Words after a noun phrase's head: "a spokeswoman [for the union]"."""

DETERMINERS = lexicon.words("determiners")


def _plural(noun: str) -> str:
    """ "spokesman" -> "spokesmen", "secretary" -> "secretaries", "witness" -> "witnesses"."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


_CALENDAR = lexicon.by_kind("calendar")
CALENDAR_WORDS = frozenset(_CALENDAR["weekday"]) | frozenset(_CALENDAR["month"])
"""Weekday and full month names (lower-case)."""

FUNCTION_WORDS = (
    lexicon.words("stop_words")
    - {row[0] for row in lexicon.rows("pronouns") if row[3] != "thing"}
    - lexicon.words("determiners")
    | lexicon.words("question_words")
    | frozenset(_CALENDAR["day"])
    | frozenset({"yes"})
    | frozenset(
        word for v in lexicon.reporting_verbs() if v.lemma in {"say", "tell", "ask"} for word in v.words()
    )
)
"""Capitalised at a sentence start, these never begin a speaker's name."""

TIME_HEADS = frozenset(
    word for kind in ("weekday", "month", "season", "part_of_day", "day") for word in _CALENDAR[kind]
) | lexicon.lower_words("time_heads")
"""Words that end a time phrase, not a speaker's: "Monday", "the past", "last week"."""

SKIP_BEFORE_CUE = lexicon.words("cue_adverbs") | frozenset(_CALENDAR["weekday"])
"""Words that may stand between a speaker and the cue ("Trump also said", "Smith on Monday said")."""

ROLE_NOUNS = (
    PERSON_ROLE_NOUNS
    | frozenset(_plural(noun) for noun in PERSON_ROLE_NOUNS)
    | lexicon.words("speaker_nouns")
)
"""Lower-case heads that make a determiner phrase a plausible speaker ("a campaign spokesman")."""
PLURAL_ROLE_NOUNS = (
    frozenset(_plural(noun) for noun in PERSON_ROLE_NOUNS)
    | frozenset(noun for noun in lexicon.words("speaker_nouns") if noun.endswith("s"))
    | lexicon.words("plural_nouns")
)
"""The plural speaker heads ("spokesmen", "investigators", "the police"), not "the letter" or "the agency"."""

CHANNEL_NOUNS = tuple(sorted(lexicon.words("channel_nouns"), key=lambda c: (-len(c), c)))
"""Media a statement was made through, longest first so "post on X" wins over "post"."""

CUE_CHANNELS = {
    "tweeted": "tweet",
    "tweets": "tweet",
    "tweet": "tweet",
    "wrote": "written",
    "testified": "testimony",
}
"""Cue verbs that name their own channel."""

MAX_REGION = 320
"""Characters searched for an attribution on either side of a quote; keeps the work per quote bounded."""
MAX_AFTER_TOKENS = 32
"""Tokens after a closing mark within which the cue must start ("...,” Rep. Jim Jordan (R-Ohio) said")."""
MAX_SPEAKER_TOKENS = 14
MAX_LISTED_NAME_TOKENS = 5
"""Tokens of one name in a list of speakers ("Sens. Tom Carper, Dianne Feinstein and Ben Cardin")."""
SCARE_QUOTE_WORDS = 3
"""Quotes of this many words or fewer are scare quotes or fragments: always partial."""
RECENT_PARAGRAPHS = 2
"""How far back an unattributed quote may borrow the last speaker."""
PRONOUN_LOOKBACK = 600
"""Characters searched backwards for a capitalised name to stand for "he"/"she"."""
NAMED_WALK = 24
"""How many earlier named speakers a look-up walks past (bounded, so many quotes stay linear)."""
PRONOUN_PARAGRAPHS = 3
"""How many paragraphs back a named speaker may be the antecedent of a pronoun."""
SUBJECT_WALK = 6
"""How many sentences back a pronoun's antecedent may be the subject of a sentence without a quote."""
SUBJECT_VISITS = 30
"""Sentences a pronoun's walk back may pass in all, quoted ones included (a long speech excerpt)."""
SUBJECT_AUXILIARIES = lexicon.words("auxiliaries")
"""Verbs that follow a subject's head ("Federal workers are ...")."""
MAX_OPENER_WORDS = 4
"""Words of an opener before a sentence's subject ("However, Melber ...", "In a statement, Smith ...")."""

COORDINATORS = frozenset({"and", "but", "then"})
"""`X did Y and said “...”`: a cue after these takes the sentence subject as its speaker."""
SUBORDINATORS = lexicon.lower_words("subordinators")
"""Words opening a clause whose own subject a coordinated cue takes: "it felt like an hour before the
captain came back on the intercom and said: “...”" is the captain's (subordinators.txt)."""

MARK = re.compile("[\"'“”‘’«»]")
HANDLE_WORD = re.compile(r"[a-z]{3,}[a-z_]*\d+")
"""A user name written in lower case with digits ("acebush1"): a name, though not capitalised."""
TOKEN = re.compile(r"[\w@#$]+(?:[-’'.&/][\w@#$]+)*|[^\w\s]")
ELISION = re.compile(r"(?:\d0s|\d\d\b|em\b|til\b|cause\b|n\b|n’\s|n'\s)", re.IGNORECASE)
CHANNEL = re.compile(
    r"\b(?:in|via|through|during|at|on|with)\s+(?:(?:an?|the|his|her|their|its|a\s+separate)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(" + "|".join(re.escape(c) for c in CHANNEL_NOUNS) + r")s?\b"
    r"|\b(told\s+reporters)\b|\b(?:an?|the)\s+(readout|statement)\s+(?:by|from)\b"
    r"|\bon\s+(Twitter|X|Facebook|Instagram)\b(?!\s*\w)",
)
PERSON_NAME = re.compile(
    rf"\b(?:(?:{'|'.join(DOTTED_TITLES)})\.\s+[A-Z][\w’'-]+|[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+)+)"
)

OPEN_DOUBLE = "“«"
OPEN_MARKS = "“«\"‘'"
"""Marks a quoted sentence opens with."""
CLOSE_DOUBLE = "”»"
OPENER_BEFORE = "([{—–-/\u2015"
CLOSER_AFTER = ".,;:!?)]}—–-\u2015…"
