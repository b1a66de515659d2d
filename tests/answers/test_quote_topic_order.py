""" "What did X say about Y?": of X's quotes on the topic, the one whose own words (and the words framing it,
"Wells said the knee surgery “...”") hold most of it comes first (`ask._topic_order`), a framed one first
among equals, then the story's order."""

from __future__ import annotations

from bot.article import parse

from .asking import answer_to

PARAGRAPHS = (
    "Keeper recovers after fall",
    "“The keeper felt some pain in the night,” zoo spokeswoman Alma Reyes said on Monday.",
    "“Since then the keeper's health has improved a lot,” Reyes said.",
)
ZOO = parse("\n\n".join(PARAGRAPHS))


def test_the_quote_holding_most_of_the_topic_comes_first() -> None:
    answer = answer_to(ZOO, "What did Reyes say about the keeper's health?")
    assert "improved a lot" in answer.items[0].text


CLINIC = parse(
    "\n\n".join(
        (
            "Runner back on track after knee surgery",
            "Dana Wells said the first weeks were hard.",
            "“My coach told me the knee surgery was the only way back, and I said no at first,” Wells said.",
            "Wells said the knee surgery “was the best choice I ever made.”",
        )
    )
)


def test_a_quote_its_sentence_frames_with_the_topic_comes_first() -> None:
    answer = answer_to(CLINIC, "What did Wells say about the surgery?")
    assert "best choice" in answer.items[0].text
