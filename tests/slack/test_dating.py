"""Publication dates in Slack: a pasted or shared story that dates itself nowhere takes the day it was shared
(marked as assumed), and `/article published YYYY-MM-DD` re-reads the conversation's article with a date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot import sandbox
from bot.article import parse
from tests.pages import LibraryBot
from tests.slack import payloads
from tests.slack.test_shared_files import file_share_dm, result_of

UNDATED = (
    "JAKARTA (Reuters) - Indonesia's president said on Tuesday that the new capital would open later "
    "than planned. Ministers will meet on Friday to agree the budget for the move, officials said."
)
SHARED_TS = "1700000200.000100"  # 2023-11-14 UTC


def test_a_pasted_story_that_dates_itself_nowhere_takes_the_day_it_was_shared(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    bot.slack.event(payloads.dm(f"load {UNDATED}", ts=SHARED_TS))
    loaded = bot.fake.wait_for("chat.update")[0].body["text"]
    assert "Nov 14, 2023" in loaded and "assumed" in loaded
    article = bot.library.current(payloads.DM_CHANNEL_ID)
    assert article.published == date(2023, 11, 14) and article.provenance.published_source == "shared"

    bot.slack.event(payloads.dm("source", ts="1700000300.000100"), event_id="Ev0002")
    source = bot.fake.wait_for("chat.postMessage", 2)[-1].body["text"]
    assert "Nov 14, 2023 (assumed)" in source


def test_article_published_sets_the_date_and_reparses_for_the_channel(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    bot.slack.event(payloads.dm(f"load {UNDATED}", ts=SHARED_TS))
    bot.fake.wait_for("chat.update")
    stored = bot.library.current_id(payloads.DM_CHANNEL_ID)

    bot.slack.event(payloads.dm("published 2024-03-07", ts="1700000300.000100"), event_id="Ev0002")
    answer = bot.fake.wait_for("chat.postMessage", 2)[-1].body["text"]
    assert "Mar 7, 2024" in answer and "2 of its 2 dates are on the calendar" in answer
    article = bot.library.current(payloads.DM_CHANNEL_ID)
    assert bot.library.current_id(payloads.DM_CHANNEL_ID) == stored  # the same article, re-read
    assert article.published == date(2024, 3, 7) and article.provenance.published_source == "published"
    assert {t.value for t in article.dates} >= {"2024-03-05", "2024-03-08"}  # Tuesday and Friday

    bot.slack.event(payloads.dm("key dates", ts="1700000400.000100"), event_id="Ev0003")
    dates = bot.fake.wait_for("chat.postMessage", 3)[-1].body["text"]
    assert "Mar 5, 2024" in dates and "XXXX" not in dates


def test_the_slash_command_sets_the_channels_article_date(library_bot: Callable[..., LibraryBot]) -> None:
    bot = library_bot()
    assert bot.slack.command("published 2025-03-28").status == 200
    answer = bot.fake.wait_for("response")[-1].body
    assert answer["response_type"] == "ephemeral" and "Mar 28, 2025" in answer["text"]
    assert bot.library.current(payloads.CHANNEL_ID).provenance.published_source == "published"

    assert bot.slack.command("published next tuesday", hook="bad").status == 200  # not a date: a question
    assert bot.slack.command("published 2025-13-45", hook="bad2").status == 200
    question, refused = (call.body["text"] for call in bot.fake.wait_for("response", 3)[1:])
    assert "YYYY-MM-DD" not in question  # "published next tuesday" went to the question engine
    assert "YYYY-MM-DD" in refused and "Traceback" not in refused


def test_published_parses_again_as_a_load_does_and_past_its_time_limit_keeps_the_article(
    library_bot: Callable[..., LibraryBot],
) -> None:
    """The re-parse runs in the sandbox within a load's limit, from the slash command and from a DM alike:
    a story too long to parse in time is refused, and the stored article stays as it was."""
    bot = library_bot(extract_seconds=0.3)
    try:
        long_story = parse("\n\n".join([UNDATED] * 1000))  # about 2 s to parse here
        for channel in (payloads.CHANNEL_ID, payloads.DM_CHANNEL_ID):
            bot.library.add(long_story, "long.txt", channel=channel)

        assert bot.slack.command("published 2024-03-07").status == 200
        bot.slack.event(payloads.dm("published 2024-03-07", ts="1700000300.000100"))
        command = bot.fake.wait_for("response")[-1].body["text"]
        dm = bot.fake.wait_for("chat.postMessage")[-1].body["text"]

        assert "took too long" in command and "took too long" in dm
        for channel in (payloads.CHANNEL_ID, payloads.DM_CHANNEL_ID):
            assert bot.library.current(channel).published is None
    finally:
        sandbox.configure(sandbox.SECONDS, sandbox.MEMORY_MB)


def test_a_shared_file_that_dates_itself_nowhere_takes_the_day_it_was_shared(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    file = bot.fake.add_file("jakarta.txt", UNDATED.encode(), "text/plain", "text")
    bot.slack.event(file_share_dm(file))
    assert "assumed" in result_of(bot.fake)
    article = bot.library.current(payloads.DM_CHANNEL_ID)
    assert article.provenance.published_source == "shared"
    assert article.published == date(2023, 11, 14)  # the DM's ts
