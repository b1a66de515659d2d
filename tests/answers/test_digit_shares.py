"""A share written in digits, "1 in 5", answers "what share ...?" as "one in five" does (issue 16: a
figure route refused though the sentence held a figure of the asked kind), on a small hand-written story
(no dev-set or seed phrasing)."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

SURVEY = """Town survey finds more homes without cars

A survey by the Marlow council found that 1 in 5 households had no car in 2022, up from 1 in 12 in 2012.

The council said it would add two bus routes next year.
"""


def test_a_digit_share_answers_a_share_question() -> None:
    article = parse(SURVEY)
    assert answered_span(article, "What share of households had no car in 2022?") == "1 in 5"


def test_a_large_digit_share_keeps_its_whole_number() -> None:
    article = parse(
        "Rare fault found\n\nThe fault affects 1 in 10,000 engines built since 2019, the maker said."
    )
    assert answered_span(article, "What share of engines does the fault affect?") == "1 in 10,000"
