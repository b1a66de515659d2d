"""A when-question is not answered by a word that names no time ("now", "recently"): the bot says it
doesn't know rather than offer it as the date."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

from .asking import answered_span

CONSOLE = parse(
    "Console delay feared\n\n"
    "The console went on sale in Japan on 12 December and has sold well.\n\n"
    "Sony wanted to launch the console in Europe at the same time as the US, but gamers now fear a delay.\n\n"
    "Retailers say demand is strong."
)


def test_now_is_no_date() -> None:
    answer, _ = answer_message("When will the console launch in Europe?", CONSOLE)
    assert answer.kind == "abstain", answer.items


def test_a_date_answers() -> None:
    assert answered_span(CONSOLE, "When did the console go on sale in Japan?") == "12 December"
