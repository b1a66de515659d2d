"""Install flow to first answer in a new workspace, on the fake Slack: GET /slack/install (the state and its
cookie), Slack's consent (a code from the fake), GET /slack/oauth_redirect (state checked, code exchanged
with oauth.v2.access, installation stored), then the new workspace's first mention until its answer
reaches chat.postMessage with that workspace's own token.

Run: python3 bench/bench_install.py [--workspaces 20]
The bot runs in this process on the real HTTP stack (waitress) and the library's database (SQLite in a temp
dir); each round installs a workspace never seen before.
Prints a table, writes nothing. Target: <= 1 s per install flow.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.article.parse import parse  # noqa: E402
from bot.config import SEED_ARTICLE  # noqa: E402
from tests.slack.fake_slack import FakeSlack  # noqa: E402
from tests.slack.oauthkit import serve_oauth  # noqa: E402

TARGET = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workspaces", type=int, default=20)
    args = parser.parse_args()
    fake = FakeSlack().start()
    seed = parse(SEED_ARTICLE.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        bot, server = serve_oauth(fake, seed, Path(tmp) / "library.db")
        install, first, total = [], [], []
        try:
            for n in range(args.workspaces):
                team = f"TB{n:04d}"
                started = time.perf_counter()
                token = bot.install(team)
                installed = time.perf_counter()
                assert bot.mention(team, f"EvBench{n}").status == 200
                (call,) = [c for c in fake.wait_for("chat.postMessage", n + 1) if c.body.get("channel")][n:]
                done = time.perf_counter()
                assert call.headers["Authorization"] == f"Bearer {token}", "answered with its own token"
                install.append(installed - started)
                first.append(done - installed)
                total.append(done - started)
        finally:
            server.close()
            fake.stop()
    print(f"{args.workspaces} new workspaces, each: install page -> consent -> callback -> first answer")
    print(f"{'step':<28}{'median ms':>11}{'max ms':>9}")
    for name, values in (("install (3 requests)", install), ("first answer", first), ("whole flow", total)):
        print(f"{name:<28}{statistics.median(values) * 1000:>11.1f}{max(values) * 1000:>9.1f}")
    worst = max(total)
    print(
        f"target: whole flow <= {TARGET:.0f} s:"
        f" {'met' if worst <= TARGET else 'MISSED'} (worst {worst:.3f} s)"
    )


if __name__ == "__main__":
    main()
