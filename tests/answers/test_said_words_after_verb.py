""" "What did X say happened to Y?", "what did X say to Z after W?": words after the reporting verb, past its
hearer, make the question a topic one (`ask._said_asked`), answered by X's quote on them rather than by the
list of X's quotes; "what did X tell investors?" names only a hearer and still lists them."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

from .asking import answer_to

PARAGRAPHS = (
    "Parrot escapes from city zoo",
    "“We open at nine every morning,” zoo spokeswoman Alma Reyes said.",
    "Keepers searched the park for two days.",
    "“The parrot was found in a tree and brought home safely,” Reyes said.",
)
ZOO = parse("\n\n".join(PARAGRAPHS))


def test_a_clause_after_say_orders_the_quotes_by_it() -> None:
    answer = answer_to(ZOO, "What did Reyes say happened to the parrot?")
    assert "found in a tree" in answer.items[0].text


def test_a_topic_after_the_hearer_orders_the_quotes_by_it() -> None:
    answer = answer_to(ZOO, "What did Reyes say to reporters after the parrot escaped?")
    assert "found in a tree" in answer.items[0].text


def test_a_hearer_alone_lists_the_quotes() -> None:
    answer, _ = answer_message("What did Reyes tell reporters?", ZOO)
    assert answer.kind == "quotes"
