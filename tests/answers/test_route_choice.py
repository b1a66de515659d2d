"""Which sentence a typed route answers from (issue 16): a change figure before a level when a change is
asked, and a date before a one-word vague time ("recently") when both sentences pass the gate, on small
hand-written stories (no dev-set or seed phrasing)."""

from __future__ import annotations

import pytest

from bot.answers.numbers import measures_change
from bot.article import Article, parse
from tests.answers.asking import answered_span

BANK = """Harbour Bank profits climb

Harbour Bank, the region's largest lender, has seen a 12% jump in profits during 2023.

The lender said it would open four branches in the north next year.

Harbour Bank's profits were 3.2bn dollars in 2023, the bank said in a statement.

Its chief executive, Maria Lund, said the results showed the strength of the business.
"""

FERRY = """Night ferries return to the bay

The Kestrel ferry service had recently started to run night crossings to the islands after a two-year pause.

The crossings began on March 3 and the operator says they will run until the autumn.

Islanders welcomed the news, saying the late boats let them work on the mainland.
"""


@pytest.fixture(scope="module")
def bank() -> Article:
    return parse(BANK)


@pytest.mark.parametrize(
    "question, span",
    [
        ("How much did Harbour Bank's profits rise in 2023?", "12%"),  # "a 12% jump": the change
        ("By how much did Harbour Bank's profits grow?", "12%"),
        ("How much did the bank make in 2023?", "3.2bn dollars"),  # no change asked: the level
    ],
)
def test_a_change_question_answers_from_the_sentence_that_gives_a_change(
    bank: Article, question: str, span: str
) -> None:
    assert answered_span(bank, question) == span


def test_a_one_word_vague_time_yields_to_a_date_that_passes_the_gate() -> None:
    ferry = parse(FERRY)
    assert answered_span(ferry, "When did the night crossings start?") == "March 3"


@pytest.mark.parametrize(
    "text, figure, change",
    [
        ("Sales rose 12% to $4.5m last year.", "12%", True),
        ("Sales rose 12% to $4.5m last year.", "$4.5m", False),
        ("The bank saw an 18% jump in profits.", "18%", True),
        ("Prices were up about 3% on the month.", "3%", True),
        ("Profits were 74bn yuan in 2004.", "74bn yuan", False),
    ],
)
def test_a_figure_measures_a_change_after_by_or_a_change_verb_or_before_a_change_noun(
    text: str, figure: str, change: bool
) -> None:
    at = text.index(figure)
    assert measures_change(text, (at, at + len(figure))) is change
