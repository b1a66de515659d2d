"""The article library: stored once, one current article per channel, restart without re-parse, crash-safe."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.answers import Conversation
from bot.article import Article, parse
from bot.config import SEED_ARTICLE
from bot.store import Library, SqliteConversations, content_hash

OTHER = (
    "Paris, May 2 (AFP) The French government on Friday announced a new plan to cut energy prices.\n"
    '"We will act before winter," said Elisabeth Martin, the energy minister.\n'
    "The measures take effect on June 1, 2025, officials said.\n"
)


@pytest.fixture(scope="module")
def seed() -> Article:
    return parse(SEED_ARTICLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def other() -> Article:
    return parse(OTHER)


@pytest.fixture
def open_library(tmp_path: Path, seed: Article) -> Callable[[], Library]:
    def make() -> Library:
        return Library(tmp_path / "library.db", lambda: seed)

    return make


def test_same_text_is_stored_once(open_library: Callable[[], Library], other: Article) -> None:
    library = open_library()
    first = library.add(other, "a.txt")
    again = library.add(parse(OTHER.replace("\n", "\n\n")), "b.txt")
    assert again.id == first.id and again.source == "a.txt"
    assert [r.id for r in library.recent()] == [first.id]
    assert content_hash("a  b\nc") == content_hash("a b c") != content_hash("a b d")


def test_each_channel_has_its_own_current_article(
    open_library: Callable[[], Library], seed: Article, other: Article
) -> None:
    library = open_library()
    assert library.current("C1").text == seed.text  # the seed, stored on first use
    record = library.add(other, "other.txt", channel="C1")
    assert library.current("C1").text == other.text
    assert library.current("C2").text == seed.text
    assert library.set_current("C2", record.id) and library.current("C2").text == other.text
    assert not library.set_current("C2", 9999)


def test_find_by_id_or_title_words_and_forget(open_library: Callable[[], Library], other: Article) -> None:
    library = open_library()
    record = library.add(other, "other.txt", channel="C1")
    assert library.find(str(record.id)) == [record] == library.find(f"#{record.id}")
    assert library.find("FRENCH government") == [record]
    assert library.find("french zebra") == []
    assert library.find("100%") == []
    assert library.forget(record.id) and not library.forget(record.id)
    assert library.get(record.id) is None
    assert library.current("C1").text.startswith("Washington/New Delhi")  # back to the seed


def test_restart_reads_the_stored_model_without_parsing(
    tmp_path: Path, open_library: Callable[[], Library], other: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_library()
    first.current("C2")  # stores the seed
    first.add(other, "other.txt", channel="C1")
    first.close()

    def no_parse(*args: object, **kwargs: object) -> Article:
        raise AssertionError("re-parsed on restart")

    monkeypatch.setattr(sys.modules["bot.article.parse"], "parse", no_parse)
    monkeypatch.setattr("bot.article.parse", no_parse)
    restarted = Library(tmp_path / "library.db", no_parse)
    assert restarted.current("C1") == other
    assert restarted.current("C2").text.startswith("Washington/New Delhi")
    assert restarted.schema_version == 1


def test_threads_share_one_library(open_library: Callable[[], Library], other: Article) -> None:
    library = open_library()
    record = library.add(other, "other.txt")
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for _ in range(20):
                library.set_current(f"C{n}", record.id)
                assert library.current(f"C{n}").text == other.text
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_conversations_persist_and_stay_bounded(open_library: Callable[[], Library]) -> None:
    library = open_library()
    store = SqliteConversations(library, limit=2)
    store.put("D1", Conversation(subject="Misri", topic="quotes"))
    store.put("D2", Conversation(subject="Landau"))
    store.put("D3", Conversation())
    assert len(store) == 2 and store.get("D1") is None
    assert SqliteConversations(open_library()).get("D2") == Conversation(subject="Landau")


CRASHING_LOAD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from bot.article import parse
    from bot.store import Library

    seed = parse(Path(sys.argv[2]).read_text(encoding="utf-8"))
    library = Library(sys.argv[1], lambda: seed)
    big = parse(Path(sys.argv[3]).read_text(encoding="utf-8"))

    def hang_mid_transaction(statement):
        if "INTO channel_current" in statement:
            print("MID-WRITE", flush=True)
            time.sleep(60)

    library.connection().set_trace_callback(hang_mid_transaction)
    library.add(big, "big.txt", channel="C1")
    print("COMMITTED", flush=True)
    """
)


def test_sigkill_mid_load_leaves_the_previous_article(
    tmp_path: Path, open_library: Callable[[], Library], seed: Article, other: Article
) -> None:
    library = open_library()
    previous = library.add(other, "other.txt", channel="C1")
    library.close()
    big = tmp_path / "big.txt"
    big.write_text("\n".join(f"Story line {n}: the council met on Monday to vote." for n in range(4000)))
    process = subprocess.Popen(
        [sys.executable, "-c", CRASHING_LOAD, str(tmp_path / "library.db"), str(SEED_ARTICLE), str(big)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "MID-WRITE"  # the article row is written, not committed
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    with sqlite3.connect(tmp_path / "library.db") as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    reopened = open_library()
    assert reopened.current_id("C1") == previous.id
    assert reopened.current("C1").text == other.text
    assert "Story line" not in "".join(r.title for r in reopened.recent(50))
