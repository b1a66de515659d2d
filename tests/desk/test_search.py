"""Search and timelines over a channel's library, on SQLite (FTS5) and PostgreSQL (tsvector) alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.article import parse
from bot.desk.commands import DeskCommand
from bot.desk.service import Desk
from bot.store.search import Search
from tests.desk.conftest import BANK_STORY, BANK_TITLE, PORT_STORY, PORT_TITLE, RAIL_STORY, RAIL_TITLE

CHANNEL = "C0SEARCH"
CONFLICT_TITLE = "Port strike set for March 11, union tells radio"
CONFLICT_STORY = (
    "Rotterdam, March 4 (ANP) Dock workers at the port of Rotterdam will strike on March 11, 2026, union"
    " officials told local radio on Wednesday, a day later than first reported.",
    "Employers said the stoppage would cost the Dutch economy millions of euros a day and asked the"
    " government to step in before the walkout.",
)


@pytest.fixture
def library_desk(library_location: Path | str, make_desk: Callable[..., Desk]) -> Desk:
    """The stories in a channel's library, on SQLite and on PostgreSQL (tests of what the engines do)."""
    return stocked(make_desk(library_location))


@pytest.fixture
def sqlite_desk(make_desk: Callable[..., Desk]) -> Desk:
    """The same on SQLite alone, for what does not depend on the engine."""
    return stocked(make_desk())


def stocked(desk: Desk) -> Desk:
    for title, story in ((PORT_TITLE, PORT_STORY), (BANK_TITLE, BANK_STORY), (RAIL_TITLE, RAIL_STORY)):
        article = parse("\n\n".join((title, *story))).model_copy(update={"title": title})
        desk.library.add(article, f"{title}.txt", channel=CHANNEL)
    desk.library.add(parse("\n\n".join(PORT_STORY)), "elsewhere.txt", channel="C0ELSE")
    return desk


def test_search_ranks_the_channels_stories_and_marks_the_matching_sentence(library_desk: Desk) -> None:
    answer = library_desk.run(DeskCommand("search", "strikes port"), CHANNEL)

    assert answer.kind == "search" and [item.label for item in answer.items] == [PORT_TITLE]
    (item,) = answer.items
    assert item.text.startswith("Dock workers at the port")  # the dateline is no part of the sentence
    assert {item.text[a:b] for a, b in item.marks} == {"port", "strike"}  # "strikes" found "strike"
    assert item.article_id is not None


def test_search_stays_in_the_channel_and_needs_every_word(library_desk: Desk) -> None:
    index = Search(library_desk.library.database)

    assert len(index.find(CHANNEL, "rotterdam")) == 1
    assert len(index.find("C0ELSE", "rotterdam")) == 1
    assert index.find("C0NOBODY", "rotterdam") == []
    assert index.find(CHANNEL, "rotterdam inflation") == []
    assert {h.title for h in index.find(CHANNEL, "said")} == {PORT_TITLE, BANK_TITLE, RAIL_TITLE}


def test_the_title_weighs_more_than_the_text(library_desk: Desk) -> None:
    hits = Search(library_desk.library.database).find(CHANNEL, "rates")

    assert hits[0].title == BANK_TITLE


QUERY_SYNTAX = (
    '"strike',
    "strike*",
    "NEAR(strike port)",
    "strike OR -port",
    "a:b ^c {d}",
    "'); DROP TABLE articles; --",
)


def test_query_syntax_cannot_be_typed_into_a_search(library_desk: Desk) -> None:
    for query in QUERY_SYNTAX:
        answer = library_desk.run(DeskCommand("search", query), CHANNEL)
        assert answer.kind == "search", query
    found = library_desk.run(DeskCommand("search", '"strike'), CHANNEL)
    assert [item.label for item in found.items] == [PORT_TITLE]
    assert library_desk.run(DeskCommand("search", "rotterdam"), CHANNEL).items  # the table is still there


def test_the_like_scan_finds_what_the_index_finds(library_desk: Desk) -> None:
    index = Search(library_desk.library.database)

    for words in ("rotterdam", "inflation lagarde", "fares"):
        assert {h.article_id for h in index.scan(CHANNEL, words)} == {
            h.article_id for h in index.find(CHANNEL, words)
        }


def test_an_empty_search_asks_for_words(sqlite_desk: Desk) -> None:
    assert sqlite_desk.run(DeskCommand("search", "  "), CHANNEL).kind == "error"


def test_timeline_merges_stories_and_flags_conflicting_dates(library_desk: Desk) -> None:
    conflict = parse("\n\n".join((CONFLICT_TITLE, *CONFLICT_STORY))).model_copy(
        update={"title": CONFLICT_TITLE}
    )
    library_desk.library.add(conflict, "anp.txt", channel=CHANNEL)

    answer = library_desk.run(DeskCommand("timeline", "rotterdam strike"), CHANNEL)

    assert answer.intro is not None and "2 events have conflicting dates" in answer.intro
    flagged = [item for item in answer.items if "conflicts with" in (item.detail or "")]
    assert {item.label for item in flagged} == {"Mar 10, 2026", "Mar 11, 2026"}
    assert any(f"conflicts with Mar 11, 2026 in “{CONFLICT_TITLE}”" in (i.detail or "") for i in flagged)


def test_timeline_without_words_covers_every_story_oldest_first(sqlite_desk: Desk) -> None:
    answer = sqlite_desk.run(DeskCommand("timeline", ""), CHANNEL)

    labels = [item.label for item in answer.items]
    assert "Mar 10, 2026" in labels and "Apr 16, 2026" in labels and "Jan 2, 2027" in labels
    assert labels.index("Mar 10, 2026") < labels.index("Apr 16, 2026") < labels.index("Jan 2, 2027")
    assert not any("conflicts" in (item.detail or "") for item in answer.items)


def test_timeline_in_a_channel_with_no_library_gives_the_current_articles_dates(sqlite_desk: Desk) -> None:
    answer = sqlite_desk.run(DeskCommand("timeline", ""), "C0EMPTY")

    assert answer.kind == "dates" and answer.title == "Key dates" and answer.items
