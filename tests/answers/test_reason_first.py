""""Why ...?" is answered by a candidate sentence that gives a reason (a marker of reason_markers.txt) before
one that only restates the asked fact (`ask._reason_first`)."""

from __future__ import annotations

from bot.article import parse

from .asking import cited_sentence

PARAGRAPHS = (
    "Council delays bridge vote",
    "Only nine members will vote on the bridge, five of them elected last year.",
    "The vote on the bridge falls to nine members because the tenth has stepped aside.",
    "The vote is due in March.",
)
COUNCIL = parse("\n\n".join(PARAGRAPHS))


def test_the_sentence_with_a_reason_answers_why() -> None:
    cited = cited_sentence(COUNCIL, "Why will only nine members vote on the bridge?")
    assert "because the tenth has stepped aside" in cited
