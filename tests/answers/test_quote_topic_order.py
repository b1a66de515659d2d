""" "What did X say about Y?": of X's quotes on the topic, the one whose own words hold most of it comes first
(`ask._topic_held`), the story's order among equals."""

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
