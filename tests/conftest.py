"""Suite-wide isolation: no test reads the developer's .env or writes the real article library."""

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test, and every subprocess it starts, gets its own SQLite library in a temp dir."""
    db = tmp_path / "library.db"
    monkeypatch.setenv("NEWSDESK_DB", str(db))
    return db
