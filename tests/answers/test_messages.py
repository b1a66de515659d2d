"""Plain-language messages and follow-ups carried by the Conversation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answers import Conversation, answer_message
from bot.article.model import Article
from tests.answers.conftest import build_tiny_article


@pytest.mark.parametrize(
    "text, kind",
    [
        ("summary", "summary"),
        ("key dates", "dates"),
        ("when", "dates"),
        ("who's quoted", "who"),
        ("source", "source"),
        ("help", "help"),
        ("/article dates", "dates"),
        ("what did Smith say?", "quotes"),
        ("who is Jane Doe?", "who"),
    ],
)
def test_message_kinds(tiny: Article, text: str, kind: str) -> None:
    answer, _ = answer_message(text, tiny)
    assert answer.kind == kind


def test_follow_up_pronoun_uses_the_last_person(tiny: Article) -> None:
    first, conversation = answer_message("who is the bank governor?", tiny)
    assert first.title == "John Smith"
    assert conversation.subject == "John Smith"
    answer, _ = answer_message("and what did he say?", tiny, conversation)
    assert [item.text for item in answer.items] == ["Inflation is sticky,", "We will not cut rates,"]


def test_what_about_repeats_the_last_topic(tiny: Article) -> None:
    _, conversation = answer_message("quotes by Smith", tiny)
    answer, conversation = answer_message("what about Doe?", tiny, conversation)
    assert answer.kind == "quotes"
    assert [item.label for item in answer.items] == ["Jane Doe"]
    assert conversation.subject == "Jane Doe"


def test_a_miss_keeps_the_previous_subject(tiny: Article) -> None:
    _, conversation = answer_message("who is Jane Doe", tiny)
    answer, conversation = answer_message("what did Napoleon say", tiny, conversation)
    assert answer.kind == "abstain"
    assert conversation.subject == "Jane Doe"


def test_not_understood_is_a_friendly_pointer_to_help(tiny: Article) -> None:
    conversation = Conversation(subject="Jane Doe", topic="quotes")
    answer, after = answer_message("is it raining in Delhi", tiny, conversation)
    assert answer.kind == "abstain"
    assert "help" in (answer.footer or "")
    assert after == conversation


def test_conversation_is_immutable() -> None:
    conversation = Conversation(subject="x")
    with pytest.raises(ValueError):
        conversation.subject = "y"  # type: ignore[misc]


TINY = build_tiny_article()


@settings(max_examples=150)
@given(st.text(max_size=120))
def test_any_message_answers_with_valid_citations(text: str) -> None:
    article = TINY
    answer, _ = answer_message(text, article)
    assert answer.title
    for item in answer.items:
        for citation in item.citations:
            assert article.text[citation.start : citation.end] == citation.text
