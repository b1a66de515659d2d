"""A figure noun followed by "a"/"an" is the subject of what is asked, not the figure asked (issue 16: a
question refused by a figure route though its sentence answers it): "what are bus prices a function of?" asks
for a cause, on a small hand-written story (no dev-set or seed phrasing)."""

from __future__ import annotations

from bot.answers.questions import classify
from bot.article import parse
from tests.answers.asking import answered_span

FARES = """Bus prices go up again

Bus prices in Hallam rose by 20 cents on Monday, the third rise in two years.

The city says bus prices are a function of fuel costs, which doubled last winter.
"""


def test_a_figure_noun_before_a_predicate_is_no_figure_question() -> None:
    assert classify("What are bus prices a function of?").type == "other"
    assert classify("What are bus prices now?").type == "figure"


def test_the_predicate_question_is_answered() -> None:
    article = parse(FARES)
    assert answered_span(article, "What are bus prices a function of?") == "fuel costs"


def test_a_figure_noun_before_a_participle_and_its_stranded_preposition_is_no_figure_question() -> None:
    """ "What is most of the town's growth based on?" asks what the growth rests on, not how much it was."""
    assert classify("What is most of the town's growth based on?").type == "other"
    assert classify("What was the town's growth last year?").type == "figure"
