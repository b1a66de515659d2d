"""A throwaway PostgreSQL server for the tests: initdb in a temp dir, a free port on 127.0.0.1, gone after.

The server refuses to run as root, so as root it runs as the `postgres` account (Debian's package makes
it). Missing binaries or driver -> the tests that need it skip, saying what to install.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.ports import free_port

SERVER_USER = "postgres"
SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=300")
"""Durability off: the data dies with the test session anyway, and fsync is most of a commit's cost."""


class Unavailable(Exception):
    """Why no server can be started here (the tests skip with this reason)."""


def find_bin(name: str) -> str:
    """On PATH, else in Debian's versioned directory (the newest), which is not on PATH."""
    found = shutil.which(name) or max(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), default=None)
    if found is None:
        raise Unavailable(f"PostgreSQL's {name} is not installed (apt-get install postgresql)")
    return found


@dataclass
class PostgresServer:
    root: Path
    port: int

    @property
    def admin_url(self) -> str:
        return f"postgresql://newsdesk@127.0.0.1:{self.port}/postgres"

    def new_database(self) -> str:
        """A fresh empty database on this server; its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://newsdesk@127.0.0.1:{self.port}/{name}"


def _runner() -> list[str]:
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        raise Unavailable(
            f"running as root and there is no {SERVER_USER!r} account to run PostgreSQL"
        ) from None
    return ["runuser", "-u", SERVER_USER, "--"]


@dataclass(frozen=True)
class Tools:
    initdb: str
    pg_ctl: str
    as_user: list[str]


def find_tools() -> Tools:
    """What starting a server needs, or Unavailable saying what is missing."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise Unavailable("the psycopg driver is not installed (pip install -e '.[test]')") from None
    return Tools(find_bin("initdb"), find_bin("pg_ctl"), _runner())


@contextlib.contextmanager
def running_postgres(tools: Tools) -> Iterator[PostgresServer]:
    """Start a server (about a second), yield it, stop it and delete its files."""
    as_user = tools.as_user
    root = Path(tempfile.mkdtemp(prefix="newsdesk-pg-"))  # not under pytest's root-only temp dir
    if as_user:
        shutil.chown(root, SERVER_USER)
    data, port = root / "data", free_port()
    try:
        run(
            [
                *as_user,
                tools.initdb,
                "-D",
                str(data),
                "-U",
                "newsdesk",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
            ]
        )
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 " + " ".join(
            f"-c {s}" for s in SETTINGS
        )
        run([*as_user, tools.pg_ctl, "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start"])
        try:
            yield PostgresServer(root, port)
        finally:
            run([*as_user, tools.pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"])
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(command: list[str]) -> None:
    """Installed but failing is a real error, not a reason to skip."""
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stdout}{result.stderr}")
