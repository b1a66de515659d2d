"""Who said it, when a pronoun reports it ("..., they said."): the speaker of the sentence before, and a
plural noun between a name and its reporting verb is the speaker's head ("Met Office forecasters said")
(issue 16: a who-said question refused though the story says who spoke), on a small hand-written story
(no dev-set or seed phrasing)."""

from __future__ import annotations

import pytest

from bot.article import Article, parse
from tests.answers.asking import answered_span

STORM = """Storm warning for the hills

Met Office forecasters said heavy rain would reach the west of the county by Friday.

Flooding could follow in the low valleys, they said.

The council has handed out sandbags in three villages.
"""


@pytest.fixture(scope="module")
def storm() -> Article:
    return parse(STORM)


def test_a_pronoun_speaker_is_the_speaker_before(storm: Article) -> None:
    assert (
        answered_span(storm, "Who said flooding could follow in the low valleys?") == "Met Office forecasters"
    )


def test_a_named_group_speaks_whole(storm: Article) -> None:
    assert answered_span(storm, "Who said heavy rain would reach the west?") == "Met Office forecasters"
