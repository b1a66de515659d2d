"""`load_into`, the one way a loaded story becomes a conversation's article (links, pastes, shared files and
both shortcuts): stored and current when it reads, a problem answer and nothing stored when it does not."""

from __future__ import annotations

from pathlib import Path

from bot.article.document import Document
from bot.article.model import Article
from bot.desk.library import load_into
from bot.ingest.fetch import Loaded, from_message
from bot.ingest.web import LoadError
from bot.store import Library

STORY = (
    "Harbour to reopen in August\n\n"
    "The town council voted on Monday to reopen the old harbour in August after two years of repairs.\n\n"
    "Mayor Ruth Fenn said the ferry would run again by the autumn."
)


def library_in(tmp_path: Path) -> Library:
    return Library(tmp_path / "library.db", lambda: Article(text="The seed."))


def test_a_story_that_reads_becomes_the_channels_article(tmp_path: Path) -> None:
    library = library_in(tmp_path)
    answer = load_into(lambda: from_message(STORY), library, "C1")
    assert answer.kind != "error", answer.title
    assert library.current("C1").title == "Harbour to reopen in August"


def test_a_failed_load_or_parse_is_a_problem_answer_and_nothing_is_stored(tmp_path: Path) -> None:
    library = library_in(tmp_path)
    before = [record.id for record in library.recent()]

    def refused() -> Loaded:
        raise LoadError("That page is gone (404).")

    failed = load_into(refused, library, "C1")
    empty = load_into(lambda: Loaded(Document(text="   "), "blank.txt"), library, "C1")

    assert failed.kind == "error" and failed.intro == "That page is gone (404)."
    assert empty.kind == "error" and "empty" in (empty.intro or "")
    assert [record.id for record in library.recent()] == before
