"""'Who designed X?' is answered by "X by <name>" (a work and its maker, creation_verbs.txt); a work the
story gives no maker for is still refused."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

from .asking import answered_span

PARAGRAPHS = (
    "Museum shows restored carriage",
    "The prize of the show is the 1820 steam carriage Comet by Alfred Lowe, restored last year.",
    "Volunteers spent four years on the work, the museum said.",
    "The show opens to the public on Saturday.",
)
MUSEUM = parse("\n\n".join(PARAGRAPHS))


def test_a_work_by_its_maker_answers_who_built_it() -> None:
    assert answered_span(MUSEUM, "Who built Comet?") == "Alfred Lowe"


def test_a_work_without_a_maker_is_refused() -> None:
    answer, _ = answer_message("Who built Rocket?", MUSEUM)
    assert answer.kind == "abstain", answer.items
