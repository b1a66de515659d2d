"""A relative pronoun between an unnamed actor and its verb ("local bakers who will bake the bread")
leaves the phrase before it the verb's subject (issue 16: a who-question refused though its sentence
says who acts), on a small hand-written story (no dev-set or seed phrasing)."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

FAIR = """School fair plans set

The school fair on Saturday will hand out free lunches to every pupil.

The organisers said local bakers who will bake the bread for the lunches have offered to help.
"""


def test_the_antecedent_of_who_is_the_actor() -> None:
    article = parse(FAIR)
    assert answered_span(article, "Who will bake the bread?") == "local bakers"
