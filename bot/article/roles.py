"""A person's role as the text gives it around the name: a pre-modifier ("opener Murali Vijay", "Arizona
Cardinals quarterback Carson Palmer"), an appositive ("Jeff Gamet, managing editor of The Mac Observer,"),
a copula or "who is" clause ("Smith is the chief executive of Acme").

Hand-written because the phrase is read from the words next to a name the people rules already found; a
parser (spaCy) would cost 20x our parse for these few words. A role is a noun phrase whose head is an
English dictionary noun (english-words' web2, as the people rules use); never a verb phrase ("beat
Rafael Nadal", "told Smith"), a time word ("Friday Smith"), or a clause ("said on Friday that").
"""

from __future__ import annotations

import re

from bot import lexicon
from bot.article.gazetteer import ROLE_NOUNS, ROLE_WORDS, is_dictionary_word

_CALENDAR = lexicon.by_kind("calendar")
NOT_ROLE_WORDS = (
    lexicon.words("stop_words")
    | lexicon.words("prepositions")
    | lexicon.words("auxiliaries")
    | lexicon.words("determiners")
    | lexicon.words("light_verbs")
    | lexicon.words("cue_adverbs")
    | lexicon.reporting_words()
    | frozenset(form for row in lexicon.rows("irregular_verbs") for form in (row[0], *row[1].split()))
    | frozenset(
        word for kind in ("weekday", "month", "day", "season", "part_of_day") for word in _CALENDAR[kind]
    )
)
"""Lower-case words that are no role's head: function words, verbs the lexicon knows, time words."""
_SPEECH_WORDS = lexicon.reporting_words()
_DETERMINERS = lexicon.words("determiners")
VERB_BEFORE = frozenset({"to", "will", "would", "can", "could", "should", "must", "may", "might", "did"})
"""A word after these is a verb ("will face Nadal"), not a role."""
MAX_ROLE_WORDS = 10

_WORDS_BEFORE = re.compile(r"((?:[\w’'&.-]+[ \t]+){1,7})$")
_APPOSITIVE = re.compile(
    r"\s*,\s+((?:(?:the|a|an|his|her|their|its|another|who\s+is|who\s+was)\s+)?[^,;:“”\"()\n]{3,120}?)"
    r"\s*(?=[,;]|(?<!\.[A-Z])\.(?:\s|$)|\s+(?:said|says|told|who|whose)\b|\([A-Z][A-Za-z&.]{1,9}\)[,;.\s])"
)
"""The phrase after a name's comma, up to a comma, a full stop (not an abbreviation's: "U.S. Air Force"),
a speech verb, a relative clause ("Dr. Ames, an Astros physician who did not attend") or the bracketed
abbreviation of the organisation it ends with ("Director General of the British Chambers of Commerce
(BCC).")."""
_COPULA = re.compile(r"\s+(?:is|was)\s+((?:the|a|an)\s+[^,;:“”\"()\n]{3,100}?)(?=[,;]|\.(?:\s|$))")
_OPENERS = re.compile(r"^(?:who\s+is|who\s+was)\s+", re.IGNORECASE)
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
_DETERMINED = ("the", "a", "an", "his", "her", "their", "its", "another")


AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ess", "ee", "back", "ive")
"""How English names a person by what they do: "opener", "realtor", "analyst", "quarterback", "executive"."""


def is_role_head(word: str, *, agent: bool = False) -> bool:
    """A lower-case noun that can head a role ("opener", "quarterback", "coordinator"); with `agent`, only
    one that names a doer by its ending (before a name, "second delivery Ryan Harris" is no role)."""
    if word in ROLE_NOUNS:
        return True
    if len(word) < 3 or not word.replace("-", "").isalpha() or not word.islower() or word in NOT_ROLE_WORDS:
        return False
    if word.endswith(("ed", "ing", "ly")) or (word.endswith("s") and not word.endswith("ss")):
        return False
    if agent and not word.endswith(AGENT_ENDINGS):
        return False
    return is_dictionary_word(word.rsplit("-", 1)[-1])


def _modifier(word: str) -> bool:
    """A word that may stand before a role's head: "star defensive", "managing", "alleged", "Cardinals"."""
    if word[:1].isupper():
        return word.rstrip(".") not in NOT_ROLE_WORDS and word.lower() not in NOT_ROLE_WORDS
    return word not in NOT_ROLE_WORDS and word.replace("-", "").isalpha() and not word.endswith("ly")


def role_before(text: str, start: int) -> str | None:
    """The noun phrase right before a name, when it is a role: "captain Steve Smith" -> "captain"."""
    match = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    if match is None:
        return None
    words = match.group(1).split()
    if not words or not is_role_head(words[-1], agent=True):
        return None
    if len(words) > 1 and words[-2].lower() in VERB_BEFORE:
        return None
    k = len(words) - 1
    while k > 0 and _modifier(words[k - 1]) and len(words) - k < MAX_ROLE_WORDS:
        k -= 1
    while k < len(words) - 1 and words[k][:1].islower() and words[k].endswith(("ed", "ing")):
        if words[k] in {"managing", "alleged", "noted", "acting", "leading", "retired"}:
            break
        k += 1  # "defeated captain X": the verb is not part of the role
    return " ".join(words[k:])


def _core(phrase: str) -> list[str]:
    """The words up to the head: before "of", "at", "for", "with", "from", "in", "on"."""
    core: list[str] = []
    for word in phrase.split():
        if word.lower() in {"of", "at", "for", "with", "from", "in", "on"} and core:
            break
        core.append(word)
    return core


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]  # "another of her private secretaries", "Lions defensive tackles"
    return word


def _is_role_phrase(phrase: str) -> bool:
    """A noun phrase whose head (`_core`) is a noun, with no verb the lexicon knows in it: "managing editor
    of The Mac Observer", not "who said it"."""
    words = phrase.split()
    if not words or len(words) > MAX_ROLE_WORDS:
        return False
    core = _core(phrase)
    if any(w.lower() in ROLE_NOUNS or w in ROLE_WORDS for w in core):
        return True
    if not is_role_head(singular(core[-1].lower())):
        return False
    body = [w for w in core[:-1] if w.lower() not in _DETERMINED]
    return not any(w.lower() in NOT_ROLE_WORDS and w.lower() not in {"of", "and"} for w in body)


def ends_with_a_doer(word: str) -> bool:
    """A lower-case word that names a doer by itself or by its ending ("captains", "coordinator"), even one
    no dictionary lists: what the last word of a title before a name must be ("a cut shot off Johnson" no)."""
    head = singular(word.lower())
    if head in ROLE_NOUNS:
        return True
    return head.endswith(AGENT_ENDINGS) and head not in NOT_ROLE_WORDS and not head.endswith(("ed", "ing"))


def names_a_person(phrase: str) -> bool:
    """Whether a role phrase's head names a person ("managing editor", "its chief rival" no: "an airborne
    telescope", "its main rival" are things' descriptions as often as people's)."""
    core = _core(phrase)
    if any(w.lower() in ROLE_NOUNS or w in ROLE_WORDS for w in core):
        return True
    return bool(core) and is_role_head(singular(core[-1].lower()), agent=True)


def appositive(text: str, end: int) -> str | None:
    """ "Jeff Gamet, managing editor of The Mac Observer," -> the phrase between the commas."""
    match = _APPOSITIVE.match(text, end)
    if match is None:
        return None
    phrase = _OPENERS.sub("", match.group(1).strip())
    words = phrase.split()
    if words and words[0].lower() in _RELATIVES:
        return None  # "Bajwa, who met the premier,": a clause about what they did, not what they are
    determined = bool(words) and (words[0].lower() in _DETERMINED or words[0].endswith(("’s", "'s")))
    capitalised_role = any(w in ROLE_WORDS for w in words)
    if not (determined or capitalised_role or (words and words[0][:1].islower())):
        return None  # "Smith, Jones and Brown": a list of names, not a role
    return phrase if _is_role_phrase(phrase) else None


_AFTER_SET_OFF_NAME = re.compile(r"\s*[,.;]|\s+(?:said|says|told)\b")
_CLAUSE_MARKS = frozenset('.,;:!?“”"‘’()[]—–')


def role_before_comma(text: str, start: int, end: int) -> str | None:
    """ "Palestinian Ambassador to the Netherlands, Ammar Hijazi, told": a role phrase set off before the
    name by a comma, the name set off after it. The phrase runs back to the clause's start (a mark, or a
    speech verb: "said Acme's chief economist, Dana Lee."); after a possessive, only the part after it
    ("Acme's [chief economist]") is read for the role's head."""
    if not _AFTER_SET_OFF_NAME.match(text, end):
        return None
    before = text[max(0, start - 160) : start]
    before = before[before.rfind("\n") + 1 :]  # a paragraph's start is the clause's
    if not re.search(r",[ \t]+$", before):
        return None
    words = before.rstrip()[:-1].split()
    phrase: list[str] = []
    for word in reversed(words):
        if word[-1:] in _CLAUSE_MARKS or word[:1] in _CLAUSE_MARKS or word.lower() in _SPEECH_WORDS:
            break
        phrase.insert(0, word)
        if len(phrase) > MAX_ROLE_WORDS + 2:
            return None
    if not phrase:
        return None
    owner = phrase[0].endswith(("’s", "'s"))  # "Apple's chief operating officer, Tim Cook,": its owner
    opener = phrase[0][:1].isupper() and phrase[0].lower() not in _DETERMINERS and not owner
    if opener and not any(word[:1].isupper() for word in phrase[1:]):
        return None  # "Like his father, Dana Lee ...": an opener capitalised by the sentence, not a title
    owned = [n for n, word in enumerate(phrase) if word.endswith(("’s", "'s"))]
    head_part = " ".join(phrase[owned[-1] + 1 :] if owned else phrase)
    if not head_part or not _is_role_phrase(head_part) or not names_a_person(head_part):
        return None
    return " ".join(phrase)


def copula(text: str, end: int) -> str | None:
    """ "Smith is the chief executive of Acme." -> "the chief executive of Acme"."""
    match = _COPULA.match(text, end)
    if match is None:
        return None
    phrase = match.group(1).strip()
    return phrase if _is_role_phrase(phrase) else None
