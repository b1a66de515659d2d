""" "Who was X's brother?" is answered by a story that gives the pair the other way round: "X, sister of Y"
or "Y's sister X" (kin_converses.tsv); a relation it does not give is still refused."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

from .asking import answered_span

PARAGRAPHS = (
    "The mill family",
    "The mill passed in 1902 to Clara Wynn, sister of Thomas Wynn, who had run it for twenty years.",
    "Thomas later sold the farm to Robert Gale, and Gale's grandson Peter still lives there.",
    "The mill closed in 1954 and is now a small museum.",
)
MILL = parse("\n\n".join(PARAGRAPHS))


def test_the_converse_after_a_comma_answers() -> None:
    assert answered_span(MILL, "Who was Clara Wynn's brother?") == "Thomas Wynn"


def test_the_converse_before_the_name_answers() -> None:
    assert answered_span(MILL, "Who is Peter's grandfather?") == "Gale"


def test_an_ungiven_relation_is_refused() -> None:
    answer, _ = answer_message("Who is Peter's brother?", MILL)
    assert answer.kind == "abstain", answer.items
