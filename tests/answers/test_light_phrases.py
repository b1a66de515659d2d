"""A verb and object that say no more than a light verb ("take place", "take effect") need not be in the
answer sentence (issue 16: question words that the story words differently): "when does the ban take
effect?" is answered by "the ban begins on 1 March", on a small hand-written story (no dev-set or seed
phrasing)."""

from __future__ import annotations

from bot.answers.synonyms import content_tokens
from bot.article import parse
from tests.answers.asking import answered_span

LORRIES = """Wexford bars lorries from its centre

Wexford council has agreed to keep lorries out of the town centre after a year of complaints.

The ban begins on 1 March, the council said.

Traders said the change would hurt small shops.
"""


def test_take_effect_is_no_content() -> None:
    assert content_tokens("When do the new parking rules take effect?") == ["new", "parking", "rules"]


def test_a_take_effect_question_is_answered_by_when_it_begins() -> None:
    article = parse(LORRIES)
    assert answered_span(article, "When does the ban take effect?") == "1 March"


def test_place_alone_is_content() -> None:
    assert content_tokens("Which place did the team visit?") == ["place", "team", "visit"]
