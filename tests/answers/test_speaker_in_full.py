""" "Who said ...?" of a quote whose speaker is written by first name or role only ("..., Maria said") is
shown by the last mention that writes the name in full; one written by surname ("Lopez added") names the
speaker as news does and stays as written."""

from __future__ import annotations

import pytest

from bot.article import parse

from .asking import answered_span

PARAGRAPHS = (
    "Festival adds late shows",
    "Festival director Maria Lopez announced three late shows on Friday.",
    "The shows start at midnight in the old mill.",
    "“It feels like a dream come true,” Maria said.",
    "“Tickets are selling fast,” Lopez added.",
)
FESTIVAL = parse("\n\n".join(PARAGRAPHS))


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("Who said it felt like a dream?", "Maria Lopez"),
        ("Who said tickets are selling fast?", "Lopez"),
    ],
)
def test_a_speaker_without_surname_is_named_in_full(question: str, speaker: str) -> None:
    assert answered_span(FESTIVAL, question) == speaker
