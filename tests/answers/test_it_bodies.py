"""A sentence that opens on "It", "They" or "The company" goes on about a body the sentence before named,
and counts its name: "The port is run by the Harbour Committee. It has five members" answers how many
members the committee has (references._referred_bodies)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "New rules for the harbour\n\n"
    "The port of Kilbride is run by the Harbour Committee, set up by the county in 1990.\n\n"
    "It has five members, chosen by the county council for a term of four years.\n\n"
    "The port handled more ships than ever last year."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_it_stands_for_the_body_named_before(story: Article) -> None:
    assert answered_span(story, "How many members does the Harbour Committee have?") == "five members"


SECOND = (
    "Ferry firm adds routes\n\n"
    "Passengers on the islands welcomed the news from the Kilbride Ferry Service on Monday.\n\n"
    "The company runs twelve boats, most of them built in the 1990s.\n\n"
    "Tickets for the new routes go on sale in May."
)


def test_the_class_noun_stands_for_the_body_named_before() -> None:
    assert (
        answered_span(parse(SECOND), "How many boats does the Kilbride Ferry Service run?") == "twelve boats"
    )


FRONTED = (
    "Exiled teachers go online\n\n"
    "In 2022 the staff of the old college launched the Kilbride Open University online.\n\n"
    "So far, they have taught 1,240 students from nine countries.\n\n"
    "The college itself closed in the spring."
)


def test_they_after_a_fronted_phrase_stands_for_the_body_named_before() -> None:
    assert (
        answered_span(parse(FRONTED), "How many students has the Kilbride Open University taught?")
        == "1,240 students"
    )


NAMED_SUBJECT = (
    "Old chapel reopens\n\n"
    "The Lantern Street Chapel was founded by local weavers in 1721.\n\n"
    "It now holds 300 seats for concerts.\n\n"
    "Tickets for the first concert sold out in a day."
)


def test_it_stands_for_the_name_the_sentence_before_opens_on() -> None:
    article = parse(NAMED_SUBJECT)
    assert answered_span(article, "How many seats does the Lantern Street Chapel hold?") == "300 seats"
