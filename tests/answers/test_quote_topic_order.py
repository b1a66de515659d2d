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


HARBOUR = parse(
    "\n\n".join(
        (
            "Harbour names new pilot",
            "Marta Quell has been named the harbour's new chief pilot.",
            "The former ferry captain takes up the post in May.",
            "Port director Ivan Rusk said: “We are thrilled Marta is joining us.”",
            "Rusk said the port had waited a long time for the post to be filled.",
            "“The search took months,” he said.",
            "Quell was first asked last spring, Rusk said.",
            "“She could not come then, as she had other plans,” Rusk said.",
        )
    )
)


def test_a_quote_calling_the_asked_person_by_one_name_is_about_them() -> None:
    """ "Marta" in a quote is Marta Quell, as plainly as "Quell" before a later quote would be."""
    answer = answer_to(HARBOUR, "What did Rusk say about Quell?")
    assert "thrilled Marta" in answer.items[0].text
