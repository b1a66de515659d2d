"""A why-answer names a cause, never a bare measure: "why did profits fall?" is not answered "785m euros",
nor "why did the captain turn back?" "an hour" (spans.answer_span, widen.measure_kind)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import parse

STORY = (
    "Carmaker reports a weaker quarter\n\n"
    "The carmaker saw fourth quarter operating profits fall to 785m euros, the company said on Tuesday.\n\n"
    "The captain turned the plane back to Detroit an hour after take-off, the airline said.\n\n"
    "Sales rose in Asia, where the company opened two new plants."
)


@pytest.mark.parametrize(
    "question, measure",
    [("Why did profits fall?", "785m euros"), ("Why did the captain turn back to Detroit?", "an hour")],
)
def test_a_why_answer_is_no_bare_measure(question: str, measure: str) -> None:
    answer, _ = answer_message(question, parse(STORY))
    assert answer.title.strip(" .") != measure
    assert all(item.text.strip(" .") != measure for item in answer.items)
