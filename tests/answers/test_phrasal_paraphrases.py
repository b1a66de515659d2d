"""A phrasal verb of the question matches its one-word paraphrase in the story (synonyms.tsv): "come out"
is "release", "run out" is "expire", "based" is "headquartered"."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Band's new record tops the charts\n\n"
    "The Harbour Lights, a folk band from Galway, topped the charts on Sunday.\n\n"
    "Since the record's release last month, it has sold 40,000 copies.\n\n"
    "The band's contract with its label will expire on March 3, its manager said."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_come_out_is_release(story: Article) -> None:
    assert answered_span(story, "When did the record come out?") == "last month"


def test_run_out_is_expire(story: Article) -> None:
    assert answered_span(story, "When does the band's contract run out?") == "March 3"
