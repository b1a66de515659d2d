"""A light verb's -ing form ("coming", "taking") is as light as its other forms (light_verbs.txt): "when is
night mode coming?" asks about night mode, so the sentence that dates night mode answers, not one that only
shares "coming" with the question."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

STORY = parse(
    "Ferry app update\n\n"
    "This update has been a long time coming, as rival apps added a night mode last week.\n\n"
    "Nordlys Lines says it will add night mode to its app in the autumn, along with live maps."
)


def test_an_ing_light_verb_does_not_count() -> None:
    assert answered_span(STORY, "When is night mode coming?") == "the autumn"
