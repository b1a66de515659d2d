"""A page of signed letters or reader comments: each block is signed by a paragraph that is only its
writer's name, so "who said ...?" about a sentence that names no one is answered by the signature that
closes its block; a heading ends a block, and one name-only line alone (a byline, a credit) signs nothing."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

LETTERS = (
    "Readers on the bypass\n\n"
    "LETTERS.\n\n"
    "The new bypass has cut my drive to the hospital by twenty minutes. The council deserves credit for "
    "finishing it early.\n\n"
    "Harriet Okafor.\n\n"
    "I still cannot cross the ring road on foot. Nobody thought about the walkers.\n\n"
    "Tomasz Brell.\n\n"
    "COMMENTS.\n\n"
    "The toll booths should never have been built."
)

ONE_NAME = (
    "Council finishes the bypass\n\n"
    "The new bypass has cut drives to the hospital by twenty minutes, the council said on Monday.\n\n"
    "Nobody thought about the walkers, residents of the ring road complained.\n\n"
    "Harriet Okafor."
)


@pytest.fixture(scope="module")
def letters() -> Article:
    return parse(LETTERS)


def test_a_signed_letter_is_answered_by_its_signature(letters: Article) -> None:
    assert answered_span(letters, "Who said the council deserves credit for finishing it early?") == (
        "Harriet Okafor"
    )
    assert answered_span(letters, "Who said nobody thought about the walkers?") == "Tomasz Brell"


def test_a_heading_ends_the_block_a_signature_closes(letters: Article) -> None:
    answer, _ = answer_message("Who said the toll booths should never have been built?", letters)
    assert answer.kind == "abstain"


def test_one_name_only_line_signs_nothing() -> None:
    answer, _ = answer_message("Who said nobody thought about the walkers?", parse(ONE_NAME))
    assert "Harriet Okafor" not in answer.title
