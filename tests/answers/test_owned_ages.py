"""An age owned by someone ("his 18-year-old daughter") is the age of the noun after it, not of its owner:
"how old is X?" is not answered by it, unless the question asks about that noun."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import Article, parse

STORY = (
    "Carrier shows streaming app\n\n"
    "Dana Okoro, the carrier's technology chief, showed the app at his home in Boston.\n\n"
    "But Okoro said his 18-year-old daughter rarely watches live television."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_an_owned_age_is_not_the_owner_s(story: Article) -> None:
    answer, _ = answer_message("How old is Dana Okoro?", story)
    assert answer.kind == "abstain"


def test_an_owned_age_answers_for_its_noun(story: Article) -> None:
    answer, _ = answer_message("How old is Okoro's daughter?", story)
    assert answer.kind == "ask" and "18" in answer.title


def test_an_age_beside_the_name_answers() -> None:
    article = parse("The 38-year-old Palmer signed a new contract with the club on Monday.")
    answer, _ = answer_message("How old is Palmer?", article)
    assert answer.kind == "ask" and "38" in answer.title
