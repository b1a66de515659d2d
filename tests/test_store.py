"""The article library: stored once, one current article per channel, restart without re-parse, crash-safe.

Each behaviour runs on SQLite and on a real throwaway PostgreSQL server (skipped where none can run).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from bot.answers import Conversation
from bot.article import Article, parse
from bot.config import SEED_ARTICLE, Settings
from bot.store import (
    SCHEMA_VERSION,
    EventClaims,
    Library,
    SqliteConversations,
    StoreError,
    TeamCleanup,
    content_hash,
)
from bot.store import open_library as open_library_from
from bot.store.db import connect
from bot.store.schema import ensure_schema, read_version
from tests.ports import free_port
from tests.postgres import PostgresServer


def stored_version(library: Library) -> int:
    """The schema version the library's database records."""
    with library.database.read() as conn:
        return read_version(conn)


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
def open_library(library_location: Path | str, seed: Article) -> Iterator[Callable[[], Library]]:
    opened: list[Library] = []

    def make() -> Library:
        opened.append(Library(library_location, lambda: seed))
        return opened[-1]

    yield make
    for library in opened:
        library.close()


def test_same_text_is_stored_once(open_library: Callable[[], Library], other: Article) -> None:
    library = open_library()
    first = library.add(other, "a.txt")
    again = library.add(parse(OTHER.replace("\n", "\n\n")), "b.txt")
    assert again.id == first.id and again.source == "a.txt"
    assert library.article(first.id) is other  # a repeat keeps the stored model and what is cached for it
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
    library_location: Path | str,
    open_library: Callable[[], Library],
    other: Article,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = open_library()
    first.current("C2")  # stores the seed
    first.add(other, "other.txt", channel="C1")
    first.close()

    def no_parse(*args: object, **kwargs: object) -> Article:
        raise AssertionError("re-parsed on restart")

    monkeypatch.setattr(sys.modules["bot.article.parse"], "parse", no_parse)
    monkeypatch.setattr("bot.article.parse", no_parse)
    restarted = Library(library_location, no_parse)
    assert restarted.current("C1") == other
    assert restarted.current("C2").text.startswith("Washington/New Delhi")
    assert stored_version(restarted) == SCHEMA_VERSION
    restarted.close()


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
    import bot.store.library
    from bot.article import parse
    from bot.store import Library

    seed = parse(Path(sys.argv[2]).read_text(encoding="utf-8"))
    location = sys.argv[1] if "://" in sys.argv[1] else Path(sys.argv[1])
    library = Library(location, lambda: seed)
    big = parse(Path(sys.argv[3]).read_text(encoding="utf-8"))

    def hang_mid_transaction(*args):
        print("MID-WRITE", flush=True)  # the article row is written, the channel's choice next
        time.sleep(60)

    bot.store.library._set_current = hang_mid_transaction
    library.add(big, "big.txt", channel="C1")
    print("COMMITTED", flush=True)
    """
)


def test_sigkill_mid_load_leaves_the_previous_article(
    tmp_path: Path, library_location: Path | str, open_library: Callable[[], Library], other: Article
) -> None:
    library = open_library()
    previous = library.add(other, "other.txt", channel="C1")
    library.close()
    big = tmp_path / "big.txt"
    big.write_text("\n".join(f"Story line {n}: the council met on Monday to vote." for n in range(4000)))
    process = subprocess.Popen(
        [sys.executable, "-c", CRASHING_LOAD, str(library_location), str(SEED_ARTICLE), str(big)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "MID-WRITE"  # inside the transaction, not committed
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    if isinstance(library_location, Path):
        with sqlite3.connect(library_location) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    reopened = open_library()
    assert reopened.current_id("C1") == previous.id
    assert reopened.current("C1").text == other.text
    assert "Story line" not in "".join(r.title for r in reopened.recent(50))


V1_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    source TEXT NOT NULL, text TEXT NOT NULL, model TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE channel_current (channel_id TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
CREATE TABLE conversations (key TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at TEXT NOT NULL);
INSERT INTO meta(key, value) VALUES ('schema_version', '1');
"""
"""The schema as the first release wrote it, frozen here: such files must keep opening."""


def test_a_version_1_file_is_migrated_with_its_data(tmp_path: Path, seed: Article, other: Article) -> None:
    path = tmp_path / "v1.db"
    with sqlite3.connect(path) as raw:
        raw.executescript(V1_SCHEMA)
        raw.execute(
            "INSERT INTO articles VALUES (7, ?, 'Energy', 'other.txt', ?, ?, '2025-01-01T00:00:00+00:00')",
            (content_hash(other.text), other.text, other.model_dump_json()),
        )
        raw.execute("INSERT INTO channel_current VALUES ('C1', 7)")
        raw.execute(
            "INSERT INTO conversations VALUES ('D1', ?, '2025-01-01')", (Conversation().model_dump_json(),)
        )

    library = Library(path, lambda: seed)

    assert stored_version(library) == SCHEMA_VERSION == 4
    assert library.current("C1") == other and library.recent()[0].id == 7
    assert SqliteConversations(library).get("D1") == Conversation()
    assert library.for_team("T1").add(other, "again.txt", channel="C2").id == 7  # new columns written
    assert library.forget_team("T1").channels == 1
    assert library.current_id("C1") == 7  # written before teams were recorded: kept
    library.close()
    assert stored_version(Library(path, lambda: seed)) == SCHEMA_VERSION  # reopening changes nothing


def test_a_newer_schema_is_refused_with_a_clear_error(open_library: Callable[[], Library]) -> None:
    library = open_library()
    with library.database.transaction() as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")

    with pytest.raises(StoreError, match="version 99, newer than this bot's"):
        open_library()


def test_two_instances_share_one_library(
    open_library: Callable[[], Library], seed: Article, other: Article
) -> None:
    first, second = open_library(), open_library()
    record = first.add(other, "other.txt", channel="C1")

    assert [r.id for r in second.recent()] == [record.id]
    assert second.find("french government") == [record]
    assert second.current("C1").text == other.text
    assert second.set_current("C2", record.id) and first.current("C2") == other
    assert first.seed_id() == second.seed_id()
    SqliteConversations(first).put("D1", Conversation(subject="Martin"))
    assert SqliteConversations(second).get("D1") == Conversation(subject="Martin")
    assert second.forget(record.id) and first.current("C1").text == seed.text


def test_forget_team_removes_only_what_that_team_alone_stored(
    open_library: Callable[[], Library], seed: Article, other: Article
) -> None:
    library = open_library()
    mine, theirs = library.for_team("T1"), library.for_team("T2")
    only_mine = parse(
        "Rome, June 3 (AP) Italy's parliament passed the budget on Tuesday after a long debate."
    )
    shared = mine.add(other, "other.txt", channel="C1")
    mine_alone = mine.add(only_mine, "rome.txt", channel="C3")
    assert theirs.set_current("C2", shared.id)  # T2 uses T1's article too
    assert mine.set_current("C4", library.seed_id())
    SqliteConversations(library).for_team("T1").put("D1", Conversation(subject="Martin"))
    SqliteConversations(library).for_team("T2").put("D2", Conversation(subject="Misri"))

    removed = library.forget_team("T1")

    assert (removed.channels, removed.conversations, removed.articles) == (3, 1, 1)
    assert library.get(mine_alone.id) is None
    assert library.article(mine_alone.id) is None  # not served from the cache either
    assert library.get(shared.id) is not None and library.current("C2") == other
    assert library.current("C1").text == seed.text and library.get(library.seed_id()) is not None
    conversations = SqliteConversations(library)
    assert conversations.get("D1") is None and conversations.get("D2") == Conversation(subject="Misri")
    assert library.forget_team("T1") == TeamCleanup(0, 0, 0)
    assert library.forget_team("T2") == TeamCleanup(1, 1, 1)  # now the last user of `shared`


def test_an_event_is_claimed_once_across_instances_and_threads(open_library: Callable[[], Library]) -> None:
    claims = [EventClaims(open_library().database) for _ in range(2)]

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda n: claims[n % 2].claim("Ev1"), range(8)))

    assert sorted(results) == [False] * 7 + [True]
    assert claims[1].claim("Ev2") and not claims[0].claim("Ev2")


def test_old_claims_expire(open_library: Callable[[], Library]) -> None:
    database = open_library().database
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO events(event_id, claimed_at) VALUES ('EvOld', 1), ('EvRecent', ?)", (2**40,)
        )

    assert EventClaims(database, ttl=3600).claim("EvNew")  # the first claim purges expired rows

    with database.read() as conn:
        kept = {row["event_id"] for row in conn.execute("SELECT event_id FROM events").fetchall()}
    assert kept == {"EvRecent", "EvNew"}


def test_an_unreachable_database_is_one_clear_line_without_the_password(seed: Article) -> None:
    pytest.importorskip("psycopg")
    url = f"postgresql://newsdesk:hunter2@127.0.0.1:{free_port()}/newsdesk"

    with pytest.raises(StoreError) as error:
        Library(url, lambda: seed)

    assert str(error.value).startswith("cannot reach the database at 127.0.0.1:")
    assert "hunter2" not in str(error.value) and "\n" not in str(error.value)


def test_database_url_setting_opens_the_shared_library(postgres: PostgresServer, other: Article) -> None:
    url = postgres.new_database()
    library = open_library_from(Settings(_env_file=None, database_url=url, newsdesk_article=SEED_ARTICLE))
    try:
        assert library.current("C1").text.startswith("Washington/New Delhi")
        assert library.database.dialect.name == "postgresql"
    finally:
        library.close()
    with pytest.raises(ValidationError, match="must be a postgresql:// URL"):
        Settings(_env_file=None, database_url="mysql://newsdesk@db/newsdesk")


def _open_at_once(path: str, barrier: Any) -> None:
    """In a forked process: wait for the others, then open the library file the way `serve` does."""
    barrier.wait()
    try:
        ensure_schema(connect(path))
    except Exception as error:  # the exit code carries the failure to the parent
        print(error, file=sys.stderr)
        os._exit(1)
    os._exit(0)


def test_processes_starting_together_on_a_new_file_all_open_it(tmp_path: Path) -> None:
    """Switching a new file to WAL can fail at once with "database is locked" (no busy wait) when another
    process does the same: two `serve` processes started together must both come up."""
    context = multiprocessing.get_context("fork")
    for trial in range(10):
        barrier = context.Barrier(6)
        path = str(tmp_path / f"library{trial}.db")
        processes = [context.Process(target=_open_at_once, args=(path, barrier)) for _ in range(6)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(30)
        assert [p.exitcode for p in processes] == [0] * 6


def test_an_article_stored_before_origins_is_read_again_once(tmp_path: Path, seed: Article) -> None:
    """Schema 2 rows hold models without `origin` (and with the dateline inside the first sentence): the
    first read parses the text again, keeping the stored title and a date given explicitly, and stores it."""
    text = "Talks resume\n\nLONDON (Reuters) - Britain said on Tuesday it would act. It did so on Friday."
    current = parse(text, published=date(2024, 3, 7))
    legacy = current.model_dump(mode="json", exclude={"origin"})
    legacy["sentences"][1] = {**legacy["sentences"][1], "start": 14, "text": text[14:71]}  # the old split
    path = tmp_path / "v2.db"
    first = Library(path, lambda: seed)
    record = first.add(current, "talks.txt", channel="C1")
    with first.database.transaction() as conn:
        conn.execute("UPDATE articles SET model = ? WHERE id = ?", (json.dumps(legacy), record.id))
    first.close()

    library = Library(path, lambda: seed)
    article = library.article(record.id)
    assert article is not None and article.origin is not None
    assert article.title == "Talks resume" and article.published == date(2024, 3, 7)
    assert article.provenance.published_source == "published"
    assert not any("Reuters" in s.text for s in article.sentences)
    with library.database.read() as conn:
        stored = conn.execute("SELECT model FROM articles WHERE id = ?", (record.id,)).fetchone()["model"]
    assert json.loads(stored)["origin"] is not None  # stored: later reads need no parse
    library.close()
