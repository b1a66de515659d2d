"""Which of "he" and "she" a named speaker can be, so "she said" is not taken for Mark Addison.

The text's own word comes first: a courtesy title or a gendered noun right before the name ("Mr Addison",
"Ms. Kim", "spokeswoman Jane Hall", `gendered_words.tsv`), as the writer knows the person; a name the text
gives both ways (a husband and a wife who share a surname) says nothing. Otherwise the speaker's given name,
or the given name the text writes before the speaker's lone surname ("Mark Addison ... Addison said"),
by gender-guesser's name list (`gazetteer.given_name_gender`: a name one gender mostly bears; "Kim" or
"Jordan" alone decide nothing when the list calls them either). No word at all, or only a surname the text
never gives a first name to, leaves both pronouns possible, as before: agreement only ever rules a
speaker out, it never picks one. Hand-written because no library reads gender off a news text; the name
data is gender-guesser's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from bot import lexicon
from bot.article.gazetteer import given_name_gender

GENDERED = lexicon.table("gendered_words")
PRONOUN_GENDERS = {word: gender for word, gender in GENDERED.items() if word in {"he", "she"}}
"""The pronouns agreement reads: "he" -> m, "she" -> f."""
_NAME = r"[A-Z][\w'’-]+"


@cache
def _titled_name() -> re.Pattern[str]:
    words = sorted((w for w in GENDERED if w[:1].isupper() or w.endswith(("man", "woman"))), key=len)
    titles = "|".join(re.escape(w) for w in reversed(words))
    return re.compile(rf"\b({titles})\.?[ \t]+((?:{_NAME}[ \t]+){{0,2}}{_NAME})")


FULL_NAME = re.compile(rf"\b([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?({_NAME})")
"""A first word and a last: "Mark Addison", "Margaret H. Thatcher"."""


class Genders:
    """The genders a text gives its names, read once per text, only when a he/she speaker needs them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._titled: dict[str, str] | None = None
        self._given: dict[str, str] | None = None

    def of(self, speaker: str) -> str:
        """ "m", "f" or "" (not known) for a named speaker phrase ("Mark Addison", "Addison", "Mr Jones")."""
        words = speaker.split()
        if not words:
            return ""
        first = words[0].rstrip(".")
        if first in GENDERED:
            return GENDERED[first]
        last = words[-1].removesuffix("’s").removesuffix("'s")
        told = self.titled().get(last)
        if told is not None:
            return told
        if len(words) > 1:  # the first given name after any title: "Dr. Alan Brooks", "Sen. Amy Lane"
            for word in words:
                if (gender := given_name_gender(word.rstrip("."))) is not None:
                    return gender
        return self.given().get(last, "")

    def titled(self) -> dict[str, str]:
        if self._titled is None:
            self._titled = _consistent(
                (m.group(2).split()[-1], GENDERED[m.group(1)]) for m in _titled_name().finditer(self.text)
            )
        return self._titled

    def given(self) -> dict[str, str]:
        if self._given is None:
            self._given = _consistent(
                (m.group(2), gender)
                for m in FULL_NAME.finditer(self.text)
                if (gender := given_name_gender(m.group(1)))
            )
        return self._given


def _consistent(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each name's gender, "" for a name the text gives both ways."""
    found: dict[str, str] = {}
    for name, gender in pairs:
        found[name] = gender if found.get(name, gender) == gender else ""
    return found


def agrees(genders: Genders, speaker: str, pronoun: str) -> bool:
    """Whether "he" or "she" can stand for a named speaker: not when the text or the given name says the
    other gender; any other pronoun, or an unknown gender, agrees."""
    wanted = PRONOUN_GENDERS.get(pronoun)
    if wanted is None:
        return True
    gender = genders.of(speaker)
    return not gender or gender == wanted
