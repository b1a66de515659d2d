"""The edges of an answer phrase inside the right sentence (issue 16): a figure whole, with both ends of a
range written with "or", the thousands of "10,000" and a unit's abbreviation with its full stop, on a
made-up wire story parsed by the real extractors."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "HALDEN, Feb 9 (Reuters) - The Halden port authority expects a quiet spring, officials said.\n\n"
    "Dealers expect the regional bank to lend about 14 or 15 billion crowns to the port this year.\n\n"
    "Port rules require shipping agents to declare to the customs office all cargo loads heavier than "
    "40,000 kg.\n\n"
    "The harbour master said three or four tugboats are out of service because of storm damage.\n\n"
    "Tankers unloaded 2.3 million bbl. of crude at the northern quay last year.\n\n"
    "Fishermen landed 300 tonnes of cod in January, or about a third of the usual catch."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        # a range written with "or" keeps its first end: the figure, not its last number
        ("How much will the regional bank lend to the port?", "about 14 or 15 billion crowns"),
        ("How many tugboats are out of service?", "three or four tugboats"),
        # the comma of a figure's thousands is no clause break
        (
            "What must shipping agents declare to the customs office?",
            "all cargo loads heavier than 40,000 kg",
        ),
        # a unit's abbreviation keeps its full stop
        ("How much crude did tankers unload at the northern quay?", "2.3 million bbl."),
        # a comma before "or" ends the figure: no range across a clause
        ("How much cod did fishermen land in January?", "300 tonnes"),
    ],
)
def test_a_figure_is_answered_whole(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span
