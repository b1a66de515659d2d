"""Suite-wide isolation: no test reads the developer's .env or writes the real article library."""

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pages import library_bot, limits, site  # noqa: F401 (fixtures for every test directory)
from tests.postgres import PostgresServer, Unavailable, find_tools, running_postgres


@pytest.fixture(autouse=True)
def isolated_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test, and every subprocess it starts, gets its own SQLite library in a temp dir."""
    db = tmp_path / "library.db"
    monkeypatch.setenv("NEWSDESK_DB", str(db))
    monkeypatch.setenv("DATABASE_URL", "")  # empty wins over a .env: a shared library stays untouched
    return db


@pytest.fixture(autouse=True)
def restored_root_logging() -> Iterator[None]:
    """The CLI configures the root logger on a stream pytest then closes: undo it after each test."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server for the session; skips (saying what is missing) where none can run."""
    try:
        tools = find_tools()
    except Unavailable as reason:
        pytest.skip(f"no PostgreSQL server: {reason}")
    with running_postgres(tools) as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def library_location(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Run the test twice: on a SQLite file, and on a fresh database of the test PostgreSQL server."""
    if request.param == "sqlite":
        return tmp_path / "library.db"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_database()
