""" "Why ...?" is answered by a candidate sentence that gives a reason (a marker of reason_markers.txt) before
one that only restates the asked fact (`ask._reason_first`), or by the sentence beside it that opens with
one (`ask._reason_beside`)."""

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


BESIDE = parse(
    "\n\n".join(
        (
            "Singer plans front-row tour",
            "Mara Voss said she would spend the summer at other bands' concerts. "
            "Because I love live music, I go to every show I can. "
            "I want to watch the shows from the front row.",
            "Her own tour starts in October.",
        )
    )
)


def test_a_neighbouring_sentence_that_opens_with_a_reason_answers_why() -> None:
    cited = cited_sentence(BESIDE, "Why does Voss want to watch the shows from the front row?")
    assert cited.startswith("Because I love live music")
