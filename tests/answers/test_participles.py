""" "When was the truce broken?" of "Rebels broke the truce ...": an irregular participle in the question
(irregular_participles.tsv) matches its verb's other forms in the story, and the noun of its family
("why was Geneva chosen?" of "the choice of Geneva")."""

from __future__ import annotations

from bot.article import parse

from .asking import answered_span, cited_sentence

PARAGRAPHS = (
    "Truce collapses",
    "Rebels broke the truce near the border on March 3.",
    "The choice of Geneva for the talks surprised diplomats, who had expected Vienna.",
    "Aid groups have asked both sides to return to the table.",
)
TRUCE = parse("\n\n".join(PARAGRAPHS))


def test_a_participle_matches_the_past() -> None:
    assert answered_span(TRUCE, "When was the truce broken?") == "March 3"


def test_a_participle_matches_its_family_noun() -> None:
    assert "choice of Geneva" in cited_sentence(TRUCE, "Why was Geneva chosen?")
