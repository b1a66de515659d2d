"""Slack's AI-app container through bolt-python's Assistant middleware: a thread started (greeting, prompts
made from the viewed channel's article), its context changing, a person's message (status, title, the DM
answer about that article), and the same messages where the workspace has the container off."""

from __future__ import annotations

import json
from collections.abc import Callable

from bot.ingest import read
from tests.pages import ENERGY_STORY, LibraryBot
from tests.slack import payloads
from tests.slack.waiting import eventually

ENERGY_TEXT = "\n\n".join(ENERGY_STORY)
THREAD = "1700001000.000100"


def with_energy_story(library_bot: Callable[..., LibraryBot]) -> LibraryBot:
    """A bot whose channel C0CHAN01 reads the energy story (the DM keeps the seed)."""
    bot = library_bot()
    bot.library.add(read(ENERGY_TEXT).article, "energy.txt", channel=payloads.CHANNEL_ID)
    return bot


def test_a_started_thread_gets_a_greeting_and_prompts_from_the_viewed_channels_article(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = with_energy_story(library_bot)

    assert bot.slack.event(payloads.assistant_thread_started(), "EvA1").status == 200

    (greeting,) = bot.fake.wait_for("chat.postMessage")
    assert greeting.body["channel"] == payloads.DM_CHANNEL_ID and greeting.body["thread_ts"] == THREAD
    assert "French government" in greeting.body["text"]
    (prompts,) = bot.fake.wait_for("assistant.threads.setSuggestedPrompts")
    sent = (
        json.loads(prompts.body["prompts"])
        if isinstance(prompts.body["prompts"], str)
        else prompts.body["prompts"]
    )
    titles = [p["title"] for p in sent]
    assert titles[0].startswith("Summarise “The French government")
    assert {"title": "What did Elisabeth Martin say?", "message": "quotes Elisabeth Martin"} in sent
    assert prompts.body["thread_ts"] == THREAD and prompts.body["channel_id"] == payloads.DM_CHANNEL_ID


def test_a_message_in_the_thread_is_answered_about_the_viewed_channels_article(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = with_energy_story(library_bot)
    bot.slack.event(payloads.assistant_thread_started(), "EvA1")
    bot.fake.wait_for("chat.postMessage")

    question = payloads.dm("what did Elisabeth Martin say?", ts="1700001005.000100", thread_ts=THREAD)
    assert bot.slack.event(question, "EvA2").status == 200

    answer = bot.fake.wait_for("chat.postMessage", 2)[1]
    assert answer.body["thread_ts"] == THREAD and "We will act before the cold arrives" in answer.body["text"]
    (status,) = bot.fake.wait_for("assistant.threads.setStatus")
    (title,) = bot.fake.wait_for("assistant.threads.setTitle")
    assert status.body["status"] and title.body["title"] == "what did Elisabeth Martin say?"


def test_the_context_follows_the_person_to_another_channel(library_bot: Callable[..., LibraryBot]) -> None:
    bot = with_energy_story(library_bot)
    bot.slack.event(payloads.assistant_thread_started(), "EvA1")
    bot.fake.wait_for("chat.postMessage")

    assert bot.slack.event(payloads.assistant_context_changed("C0OTHER1"), "EvA3").status == 200
    eventually(lambda: _stored_context_channel(bot) == "C0OTHER1")  # Slack sends the next message later
    bot.slack.event(payloads.dm("summary", ts="1700001006.000100", thread_ts=THREAD), "EvA4")

    answer = bot.fake.wait_for("chat.postMessage", 2)[1]
    assert "French government" not in answer.body["text"], "C0OTHER1 reads the seed, not the energy story"
    assert _stored_context_channel(bot) == "C0OTHER1"


def _stored_context_channel(bot: LibraryBot) -> str | None:
    with bot.library.database.read() as conn:
        rows = conn.execute("SELECT context FROM assistant_threads").fetchall()
    return json.loads(rows[0]["context"]).get("channel_id") if len(rows) == 1 and rows[0]["context"] else None


def test_where_the_container_is_off_thread_messages_are_still_answered(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    for method in ("assistant.threads.setStatus", "assistant.threads.setTitle"):
        bot.fake.fail(method, "not_allowed_token_type")

    bot.slack.event(payloads.dm("key dates", ts="1700001007.000100", thread_ts="1700001001.000100"), "EvA5")

    (answer,) = bot.fake.wait_for("chat.postMessage")
    assert answer.body["thread_ts"] == "1700001001.000100" and "Traceback" not in answer.body["text"]
    assert answer.body["blocks"][0]["type"] == "header"


def test_a_top_level_dm_is_still_a_plain_dm(library_bot: Callable[..., LibraryBot]) -> None:
    bot = library_bot()

    bot.slack.event(payloads.dm("who"), "EvA6")

    (answer,) = bot.fake.wait_for("chat.postMessage")
    assert "thread_ts" not in answer.body or answer.body["thread_ts"] is None
    assert not bot.fake.to("assistant.threads.setStatus")
