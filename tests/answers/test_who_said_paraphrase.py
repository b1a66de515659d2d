""" "Who said the chance of a strike is real?": the question paraphrases the quote ("the potential of a
walkout is real"), and synonyms.tsv's rows ("chance" / "potential", "strike" / "walkout") let it find the
speaker."""

from __future__ import annotations

from bot.article import parse

from .asking import answer_to

DOCKS = parse(
    "\n\n".join(
        (
            "Dockers vote on pay offer",
            "Dock workers in Rotterdam will vote on a new pay offer next week.",
            "“The potential of a walkout is real,” said union organiser Pieter Vos.",
            "Port owners said the offer was fair.",
        )
    )
)


def test_a_paraphrased_quote_names_its_speaker() -> None:
    answer = answer_to(DOCKS, "Who said the chance of a strike is real?")
    assert "Pieter Vos" in answer.title
