"""The library's per-request cost: PostgreSQL (DATABASE_URL) against SQLite (NEWSDESK_DB) in the same run.

Run: python3 bench/bench_store.py [--ops 2000] [--rounds 5] [--threads 4]
What a Slack request costs the store: claiming its event_id (the cross-instance retry dedupe), reading the
channel's current article (id + cached parse), and a repeated load (content-hash hit). PostgreSQL is a
throwaway local server (tests/postgres.py, durability settings as in the tests, loopback TCP), so the
figures are the driver and round-trip floor, not a networked database. Each op is timed in rounds,
alternating backends; the median round is printed per backend with the ratio PostgreSQL / SQLite, and a
threaded claim run shows the contention of `--threads` workers. Prints a table, writes nothing kept.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.article import parse  # noqa: E402
from bot.config import SEED_ARTICLE  # noqa: E402
from bot.store import EventClaims, Library  # noqa: E402
from tests.postgres import find_tools, running_postgres  # noqa: E402

ids = itertools.count()


def operations(library: Library, threads: int) -> dict[str, Callable[[], object]]:
    claims = EventClaims(library.database)
    seed = library.article(library.seed_id())
    assert seed is not None
    library.set_current("C1", library.seed_id())

    def claim_many() -> None:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(lambda _: claims.claim(f"Ev{next(ids)}"), range(threads * 10)))

    return {
        "claim event_id": lambda: claims.claim(f"Ev{next(ids)}"),
        "current article": lambda: library.article(library.current_id("C1")),
        "load again (dedupe)": lambda: library.add(seed, "again.txt", channel="C1"),
        f"claim x{threads * 10}, {threads} threads": claim_many,
    }


def per_op(op: Callable[[], object], count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        op()
    return (time.perf_counter() - started) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=2000, help="operations per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    seed = parse(SEED_ARTICLE.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp, running_postgres(find_tools()) as server:
        libraries = {
            "sqlite": Library(Path(tmp) / "library.db", lambda: seed),
            "postgresql": Library(server.new_database(), lambda: seed),
        }
        ops = {name: operations(library, args.threads) for name, library in libraries.items()}
        print(f"{'operation':<28} {'sqlite us':>10} {'postgresql us':>14} {'ratio':>6}")
        for label in ops["sqlite"]:
            count = args.ops if "threads" not in label else max(1, args.ops // (args.threads * 10))
            rounds: dict[str, list[float]] = {name: [] for name in ops}
            for round_no in range(args.rounds):  # alternate, so drift hits both alike
                for name in list(ops)[:: 1 if round_no % 2 == 0 else -1]:
                    rounds[name].append(per_op(ops[name][label], count))
            sqlite, postgres = (statistics.median(rounds[name]) * 1e6 for name in ("sqlite", "postgresql"))
            print(f"{label:<28} {sqlite:>10.0f} {postgres:>14.0f} {postgres / sqlite:>5.1f}x")
        for library in libraries.values():
            library.close()


if __name__ == "__main__":
    main()
