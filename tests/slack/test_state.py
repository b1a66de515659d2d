"""The in-memory state behind the listeners: bounded, and safe to share between request threads."""

from __future__ import annotations

from bot.answers import Conversation, answer_command
from bot.article.model import Article
from bot.slack.command_answers import CommandAnswers
from bot.slack.conversations import MemoryConversations
from bot.slack.middleware import RecentEvents


def test_recent_events_remember_a_bounded_number_of_ids() -> None:
    recent = RecentEvents(limit=3)

    assert [recent.seen(e) for e in ("a", "b", "a", "c", "d")] == [False, False, True, False, False]
    assert recent.seen("b") is False, "the oldest id is forgotten past the limit"
    assert recent.seen("d") is True


def test_conversations_drop_the_least_recently_used() -> None:
    store = MemoryConversations(limit=2)
    store.put("D1", Conversation(subject="A"))
    store.put("D2", Conversation(subject="B"))
    assert store.get("D1") == Conversation(subject="A")

    store.put("D3", Conversation(subject="C"))

    assert store.get("D2") is None
    assert len(store) == 2


def test_command_answers_match_answer_command_and_repeat_for_free(seed_article: Article) -> None:
    answers = CommandAnswers(seed_article)

    first = answers("quotes  Landau ")

    assert first == answer_command("quotes Landau", seed_article)
    assert answers("quotes Landau") is first
    assert answers("x" * 500) == answer_command("x" * 500, seed_article)
