"""A country the question calls by another of its names ("Holland" for "the Netherlands";
country_aliases.tsv) is the story's country, so the question is no question about a name the story never
mentions (spelling._in_article_countries)."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

STORY = (
    "Refugees\n\n"
    "One of the most prominent refugees in the Netherlands was the writer Pierre Bayle. "
    "Many others settled in Prussia."
)


def test_alias_of_a_country_the_story_names() -> None:
    assert answered_span(parse(STORY), "Who was a prominent refugee in Holland?") == "Pierre Bayle"
