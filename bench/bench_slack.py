"""Slack HTTP latency: Newsdesk against a bare echo Bolt app on one stack (waitress + Bolt's WSGI adapter).

Run: python3 bench/bench_slack.py [--requests 60] [--rounds 6] [--concurrency 8]
Both apps run as child processes pointed at an in-process fake Slack Web API; 8 clients send signed
`/article <sub>` requests (cycling summary/quotes/dates/who/source). Both apps answer the way Newsdesk does,
in the slash command's HTTP response body (ephemeral), so latency to the visible answer is request sent ->
that response read, and each response is checked to be the answer (Newsdesk: Block Kit with a header and
the Share button; bare: the echoed text). Both run Bolt's default mode, whose request thread polls for
`ack()` every 10 ms, so both floors are ~10 ms; the CPU each app spent per command (from /proc, listener
threads included) is printed so our own work stays visible under that floor. Also printed: cold start
(process start -> GET /healthz 200, including imports, article load and auth.test) and the RSS (current and
peak) of each process. Prints a table, writes nothing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.ports import free_port  # noqa: E402
from tests.slack import payloads  # noqa: E402
from tests.slack.fake_slack import BOT_TOKEN, FakeSlack  # noqa: E402

SUBCOMMANDS = ("summary", "quotes", "dates", "who", "source")
TARGETS = "targets: p50/p99 <= 1.2x bare, cold start <= 1.5 s, RSS <= 100 MB"


def serve_child(kind: str, port: int) -> None:
    """Child process: the real bot via serve(), or a bare echo App on the same server stack."""
    from bot.config import Settings

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "Task queue depth is 1" under full load
    settings = Settings()
    if kind == "bot":
        from bot.slack.serve import serve

        serve(settings, http=True, port=port)
        return
    from slack_bolt import Ack, App
    from slack_sdk import WebClient

    from bot.slack.serve import make_server
    from bot.slack.verify import SignedRequests

    credentials = settings.slack_credentials()
    os.environ.pop("SLACK_BOT_TOKEN")  # read above; else Bolt warns that `client` wins over it
    app = App(
        name="bare",
        client=WebClient(token=credentials.bot_token, base_url=settings.slack_api_url),
        signing_secret=credentials.signing_secret,
    )

    @app.command("/article")
    def echo(ack: Ack, command: dict) -> None:
        ack(text=command["text"], response_type="ephemeral")

    signed = SignedRequests(credentials.signing_secret)  # the same signature gate in front of both apps
    make_server(app, host="127.0.0.1", port=port, threads=settings.http_threads, signed=signed).run()


@dataclass
class Child:
    kind: str
    process: subprocess.Popen[bytes]
    url: str
    cold_start: float
    latencies: list[float] = field(default_factory=list)
    cpu: float = 0.0
    """CPU seconds the process spent during the measured rounds (warm-up excluded)."""


def start(kind: str, fake: FakeSlack, base: Path | None = None) -> Child:
    """`kind` "base" is the bot of another source tree (`--base DIR`, e.g. `git archive main`), served by that
    tree's own copy of this script: the before of a change, measured in the same run."""
    port = free_port()
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": BOT_TOKEN,  # the fake serves shared files to this token
        "SLACK_SIGNING_SECRET": payloads.SIGNING_SECRET,
        "SLACK_APP_TOKEN": "",
        "SLACK_API_URL": fake.api_url,
        "HOST": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
        "NEWSDESK_DB": str(Path(tempfile.mkdtemp(prefix=f"bench-slack-{kind}-")) / "library.db"),
        "DATABASE_URL": "",  # each app its own library: never the user's, nor one app's schema for another
    }
    url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    tree = base if kind == "base" and base is not None else ROOT
    serves = "bot" if kind == "base" else kind
    process = subprocess.Popen(
        [sys.executable, str(tree / "bench" / "bench_slack.py"), "--serve", serves, "--port", str(port)],
        cwd=tree,
        env={**env, "PYTHONPATH": str(tree)},
    )
    while True:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1) as response:
                if response.status == 200:
                    return Child(kind, process, url, time.perf_counter() - started)
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None:
                raise SystemExit(f"{kind} exited with {process.returncode} before becoming healthy") from None
            time.sleep(0.005)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, all its threads, from /proc/PID/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def check_answer(kind: str, text: str, body: bytes) -> None:
    """A response counts only if it is the answer itself, shown privately, not an empty ack."""
    message = json.loads(body)
    assert message.get("response_type") == "ephemeral", message
    if kind == "bare":
        assert message.get("text") == text, message
        return
    blocks = message.get("blocks") or []
    assert message.get("text") and blocks[0]["type"] == "header", message
    assert blocks[-1]["elements"][0]["value"] == text, "the Share button carries the command"


def rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident set size from /proc, in MB."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line
    )
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def load(child: Child, fake: FakeSlack, round_id: str, requests: int, concurrency: int) -> None:
    counter = itertools.count()

    def client(worker: int) -> None:
        for n in range(requests):
            key = f"{child.kind}-{round_id}-{worker}-{n}"
            text = SUBCOMMANDS[next(counter) % len(SUBCOMMANDS)]
            body = payloads.command(text, fake.response_url(key))
            headers = payloads.signed_headers(body, payloads.FORM)
            request = urllib.request.Request(child.url + "/slack/events", body.encode(), headers)
            sent = time.perf_counter()
            with urllib.request.urlopen(request, timeout=10) as response:
                answer = response.read()
            child.latencies.append(time.perf_counter() - sent)
            check_answer(child.kind, text, answer)

    cpu = cpu_seconds(child.process.pid)
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(client, range(concurrency)))
    child.cpu += cpu_seconds(child.process.pid) - cpu


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000 if len(values) > 1 else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=60, help="requests per client per round")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=6, help="rounds per app, in ABBA order, pooled")
    parser.add_argument(
        "--base", type=Path, help="also serve the bot of this source tree (the before of a change), same run"
    )
    parser.add_argument(
        "--cold",
        type=int,
        default=0,
        metavar="N",
        help="with --base: only start each bot N times, in alternating order, for cold start and RSS",
    )
    parser.add_argument("--serve", choices=("bot", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve_child(args.serve, args.port)
        return

    fake = FakeSlack().start()
    if args.cold and args.base:
        try:
            cold_starts(fake, args.base, args.cold)
        finally:
            fake.stop()
        return
    kinds = ["bot", "base", "bare"] if args.base else ["bot", "bare"]
    children = []
    for kind in kinds:  # started one after another, so each cold start has the machine to itself
        children.append(start(kind, fake, args.base))
    try:
        for child in children:  # warm-up: first requests pay for lazy imports and connection setup
            load(child, fake, "warm", 5, args.concurrency)
            child.latencies.clear()
            child.cpu = 0.0
        for round_no in range(args.rounds):  # ABBA: drift and neighbours' load hit every app alike
            for child in children if round_no % 2 == 0 else children[::-1]:
                load(child, fake, str(round_no), args.requests, args.concurrency)
        report(children, args)
        if any(call.method == "response" for call in fake.calls):
            raise SystemExit("an app posted to response_url: the answer should be in the HTTP response")
    finally:
        for child in children:
            child.process.terminate()
            child.process.wait(10)
        fake.stop()


def cold_starts(fake: FakeSlack, base: Path, times: int) -> None:
    """Each bot started `times` times, one at a time, the order alternating (whoever starts first pays for
    a colder page cache): process start -> /healthz 200, and RSS once healthy; medians and the ratio."""
    seen: dict[str, list[tuple[float, float]]] = {"bot": [], "base": []}
    for n in range(times):
        for kind in ("bot", "base") if n % 2 == 0 else ("base", "bot"):
            child = start(kind, fake, base)
            try:
                seen[kind].append((child.cold_start, rss_mb(child.process.pid)[0]))
            finally:
                child.process.terminate()
                child.process.wait(10)
    medians = {
        kind: [statistics.median(v[i] for v in values) for i in (0, 1)] for kind, values in seen.items()
    }
    print(f"cold start and RSS, {times} starts each, alternating order (medians)")
    print(f"{'app':<10}{'cold s':>8}{'RSS MB':>8}")
    for kind, (cold, rss) in medians.items():
        print(f"{'newsdesk' if kind == 'bot' else 'base':<10}{cold:>8.3f}{rss:>8.1f}")
    ratio = [medians["bot"][i] / medians["base"][i] for i in (0, 1)]
    print(f"{'vs base':<10}{ratio[0]:>7.2f}x{ratio[1]:>7.2f}x   target: within 10%")


def report(children: list[Child], args: argparse.Namespace) -> None:
    total = args.requests * args.concurrency * args.rounds
    print(
        f"Slack HTTP bench: {args.concurrency} concurrent clients, {total} signed /article commands per app "
        f"({'/'.join(SUBCOMMANDS)}); latency = request sent -> answer read from the HTTP response body"
    )
    rows = []
    for child in children:
        rss, peak = rss_mb(child.process.pid)
        p50, p99 = percentile(child.latencies, 50), percentile(child.latencies, 99)
        cpu = child.cpu / len(child.latencies) * 1000
        rows.append((child.kind, p50, p99, cpu, child.cold_start, rss, peak))
    columns = ("p50 ms", "p99 ms", "CPU ms/cmd")
    print(f"{'app':<10}" + "".join(f"{c:>11}" for c in columns) + f"{'cold s':>8}{'RSS MB':>8}{'peak MB':>9}")
    names = {"bot": "newsdesk", "base": "base", "bare": "bare echo"}
    for kind, p50, p99, cpu, cold, rss, peak in rows:
        print(f"{names[kind]:<10}{p50:>11.2f}{p99:>11.2f}{cpu:>11.3f}{cold:>8.2f}{rss:>8.1f}{peak:>9.1f}")
    by_kind = {row[0]: row for row in rows}
    bot, bare = by_kind["bot"], by_kind["bare"]
    ratios = [bot[i] / bare[i] if bare[i] else float("nan") for i in range(1, 4)]
    print(f"{'vs bare':<10}" + "".join(f"{r:>10.2f}x" for r in ratios))
    if "base" in by_kind:
        base = by_kind["base"]
        changed = [bot[i] / base[i] if base[i] else float("nan") for i in range(1, 7)]
        print(
            f"{'vs base':<10}"
            + "".join(f"{r:>10.2f}x" for r in changed[:3])
            + "".join(f"{r:>7.2f}x" for r in changed[3:])
        )
    print(TARGETS + ("; vs base: cold start and RSS within 10%" if "base" in by_kind else ""))


if __name__ == "__main__":
    main()
