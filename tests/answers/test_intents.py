"""Message and command text -> Intent, through the named-pattern table."""

from __future__ import annotations

from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.answers.intents import MESSAGE_PATTERNS, IntentKind, clean, parse_command, parse_message


@pytest.mark.parametrize(
    "text, kind, argument",
    [
        ("summary", "summary", ""),
        ("Can you summarise this?", "summary", ""),
        ("what's the story about", "summary", ""),
        ("what did the MEA say?", "quotes", "the MEA"),
        ("What did Tammy Bruce say about trade?", "quotes", "Tammy Bruce"),
        ("quotes by Bruce", "quotes", "Bruce"),
        ("show me quotes from @VikramMisri", "quotes", "@VikramMisri"),
        ("quotes", "quotes", ""),
        ("key dates", "dates", ""),
        ("when", "dates", ""),
        ("When is the visit?", "ask", ""),
        ("what are the key dates?", "dates", ""),
        ("when was this story published?", "source", ""),
        ("who set the trial date?", "ask", ""),
        ("where was the research published?", "ask", ""),
        ("which journal published the paper?", "ask", ""),
        ("who was minister when the law was passed?", "person", "minister when the law was passed"),
        ("what was the score when the game ended?", "ask", ""),
        ("are there any quotes?", "quotes", ""),
        ("which quotes mention the budget?", "ask", ""),
        ("tell me the key dates of the trial", "dates", ""),
        ("can you summarise this?", "summary", ""),
        ("who is Brendan Lynch?", "person", "Brendan Lynch"),
        ("tell me about Misri", "person", "Misri"),
        ("who's quoted", "who", ""),
        ("Who is quoted?", "who", ""),
        ("who", "who", ""),
        ("people", "who", ""),
        ("source", "source", ""),
        ("when was it published?", "source", ""),
        ("where is this story from", "source", ""),
        ("help", "help", ""),
        ("", "help", ""),
        ("and what did he say?", "quotes", "he"),
        ("<@U123ABC> what did she say", "quotes", "she"),
        ("what about Landau?", "follow_up", "Landau"),
        ("/article dates", "dates", ""),
        ("/article quotes bruce", "quotes", "bruce"),
        ("/article nonsense", "help", ""),
        ("is the weather nice in Delhi", "ask", ""),
        ("The church in Portarlington was built when?", "ask", ""),
        ("In the cycle, what does water turn into when heated?", "ask", ""),
        ("tell me the key dates of the trial?", "dates", ""),
        ("Key dates?", "dates", ""),
    ],
)
def test_parse_message(text: str, kind: str, argument: str) -> None:
    intent = parse_message(text)
    assert (intent.kind, intent.argument) == (kind, argument)


@pytest.mark.parametrize(
    "text, kind, argument",
    [
        ("summary", "summary", ""),
        ("  SUMMARY  ", "summary", ""),
        ("quotes", "quotes", ""),
        ("quotes Tammy Bruce", "quotes", "Tammy Bruce"),
        ("dates", "dates", ""),
        ("who", "who", ""),
        ("who Brendan Lynch?", "person", "Brendan Lynch"),
        ("source", "source", ""),
        ("help", "help", ""),
        ("", "help", ""),
        ("frobnicate now", "help", ""),
        ("dates extra words", "dates", ""),
    ],
)
def test_parse_command(text: str, kind: str, argument: str) -> None:
    intent = parse_command(text)
    assert (intent.kind, intent.argument) == (kind, argument)


@pytest.mark.parametrize(
    "text, expected",
    [("  and so what did he say??  ", "what did he say"), ("<@U1> hi!", "hi"), ("ok, summary.", "summary")],
)
def test_clean(text: str, expected: str) -> None:
    assert clean(text) == expected


def test_pattern_names_are_unique() -> None:
    names = [p.name for p in MESSAGE_PATTERNS]
    assert len(names) == len(set(names))


@given(st.text(max_size=200))
def test_any_text_parses_to_a_known_intent(text: str) -> None:
    intent = parse_message(text)
    assert intent.kind in get_args(IntentKind)
    assert parse_command(text).kind != "ask"
