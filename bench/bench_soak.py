"""Soak: the served bot under minutes of mixed Slack traffic, checking every request gets exactly one answer.

Run: python3 bench/bench_soak.py [--seconds 300] [--rate 20] [--loads 1] [--page-delay 4] [--stories 10]
`python -m bot serve --http`'s code path (bench_slack's child process: serve() on waitress, with the SQLite
library) against the in-process fake Slack. Open-loop at `--rate` requests/s, in every 20 the same mix: 9
`/article <sub>` (answered in the HTTP response), 5 @mentions and 5 DMs (answered by chat.postMessage in
their thread) and `--loads` (1) `/article load <url>` of a local page that takes `--page-delay` s to
arrive (the lazy path: ack at once, "Reading..." and the answer later on response_url). Loads cycle
through `--stories` pages, so the library reaches a steady size (`--stories 0`: a new page every time).
Counted: lost answers (a request without exactly one answer), 5xx, acks over Slack's 3 s; ack and answer
p50/p99 and RSS for the first and the last minute. Same-run baseline: the bare echo Bolt app
(bench_slack's) at the same rate. A warm-up runs first, unmeasured: lazy imports, every story loaded once,
each worker thread's own SQLite connection opened (the RSS trajectory is printed). Exits 1 when a target
is missed. Writes nothing but a temporary library database, deleted at exit.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_slack import Child, percentile, rss_mb, start
from slackkit import (
    Ledger,
    Request,
    command_body,
    dm_body,
    is_answer,
    mention_body,
    post,
    slow_pages,
)

from tests.slack import payloads
from tests.slack.fake_slack import FakeSlack


def traffic_mix(loads: int) -> tuple[str, ...]:
    """One second's worth of traffic at 20/s (interleaved below so no surface comes in a burst); loads
    take the place of slash commands."""
    return ("command",) * (10 - loads) + ("mention",) * 5 + ("dm",) * 5 + ("load",) * loads


SUBCOMMANDS = ("summary", "quotes", "dates", "who", "source", "help")
QUESTIONS = ("who said what?", "what happened when?", "summarize this", "who is quoted?", "key dates")
LOAD_CHANNEL = "C0LOAD01"
"""Loads change a channel's article: kept out of the channel the other commands ask in."""
DM_CHANNELS = 25
ACK_DEADLINE = 3.0
MAX_RSS_GROWTH = 0.10
DRAIN_SECONDS = 30.0
FORM = payloads.FORM
JSON = "application/json"


def interleave(mix: tuple[str, ...]) -> list[str]:
    """The mix spread evenly: the i-th of n copies of a surface goes at (i + 0.5) / n of the cycle."""
    counts = {surface: mix.count(surface) for surface in dict.fromkeys(mix)}
    slots = [((i + 0.5) / n, surface) for surface, n in counts.items() for i in range(n)]
    return [surface for _, surface in sorted(slots)]


@dataclass
class Traffic:
    """Sends request number `n` of a surface and records its ack (and, for commands, the answer in it)."""

    child: Child
    fake: FakeSlack
    ledger: Ledger
    page_url: Callable[[str], str]
    phase: str
    stories: int
    """Distinct pages loads cycle through (0: a new page every time, so the library keeps growing)."""

    def send(self, n: int, surface: str) -> None:
        key = f"{self.phase}{n}"
        ts = f"{1_700_000_000 + n}.{ord(self.phase):06d}"  # unique per phase and request: the thread key
        question, event_id = QUESTIONS[n % len(QUESTIONS)], f"Ev{key}"
        if surface == "command":
            text = SUBCOMMANDS[n % len(SUBCOMMANDS)]
            body, kind = command_body(text, self.fake.response_url(key), payloads.CHANNEL_ID), FORM
        elif surface == "load":
            text = f"load {self.page_url(f'story{n % self.stories}' if self.stories else key)}"
            body, kind = command_body(text, self.fake.response_url(key), LOAD_CHANNEL), FORM
        elif surface == "mention":
            key, body, kind = ts, mention_body(question, ts, event_id), JSON
        else:
            channel = f"D0SOAK{n % DM_CHANNELS:03d}"
            key, body, kind = ts, dm_body(question, channel, ts, ts, event_id), JSON
        request = self.ledger.open(key, surface)
        request.status, answer = post(self.child.url, body, kind)
        request.ack_seconds = time.perf_counter() - request.sent
        if surface == "command" and request.status == 200 and is_answer(answer):
            self.ledger.answer(key)


def drive(
    send: Callable[[int, str], None], seconds: float, rate: float, mix: list[str]
) -> tuple[float, float]:
    """Open loop: request n is due at start + n / rate whether or not earlier ones were answered."""
    total = int(seconds * rate)
    with ThreadPoolExecutor(max_workers=128) as pool:
        began = time.perf_counter()
        for n in range(total):
            delay = began + n / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            pool.submit(send, n, mix[n % len(mix)])
        ended = time.perf_counter()
    return began, ended


class RssSampler(threading.Thread):
    """RSS of the bot once a second; also empties the fake Slack's call list so the bench stays flat."""

    def __init__(self, pid: int, fake: FakeSlack) -> None:
        super().__init__(daemon=True)
        self.pid, self.fake = pid, fake
        self.samples: list[tuple[float, float]] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(1.0):
            self.samples.append((time.perf_counter(), rss_mb(self.pid)[0]))
            self.fake.reset()

    def every(self, seconds: float) -> list[float]:
        return [rss for n, (_, rss) in enumerate(self.samples) if n % int(seconds) == 0]

    def mean(self, start: float, end: float) -> float:
        values = [rss for at, rss in self.samples if start <= at < end]
        return sum(values) / len(values) if values else float("nan")


def wait_answered(ledger: Ledger, requests: list[Request], timeout: float) -> None:
    """Give late answers (slow loads, queued events) time to arrive before counting the lost ones."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline and any(not r.answers for r in requests):
        time.sleep(0.2)
    time.sleep(0.5)  # a duplicate answer would come shortly after the first


@dataclass
class Row:
    name: str
    requests: list[Request]
    rss: float
    slow: bool = False
    """Answer latency of slow loads counted too (else left out: they measure the page server's delay)."""

    def cells(self) -> dict[str, float]:
        acks = [r.ack_seconds for r in self.requests if r.ack_seconds is not None]
        latencies = [
            r.latency for r in self.requests if r.latency is not None and (self.slow or r.surface != "load")
        ]
        return {
            "requests": len(self.requests),
            "lost": sum(1 for r in self.requests if not r.answers),
            "dup": sum(1 for r in self.requests if len(r.answers) > 1),
            "5xx": sum(1 for r in self.requests if (r.status or 599) >= 500),
            "ack>3s": sum(1 for a in acks if a > ACK_DEADLINE),
            "ack p50": percentile(acks, 50),
            "ack p99": percentile(acks, 99),
            "ack max": max(acks, default=0.0) * 1000,
            "ans p50": percentile(latencies, 50),
            "ans p99": percentile(latencies, 99),
            "RSS MB": self.rss,
        }


COLUMNS = ("requests", "lost", "dup", "5xx", "ack>3s", "ack p50", "ack p99", "ack max", "ans p50", "ans p99")


def print_table(rows: list[Row]) -> list[dict[str, float]]:
    print(f"{'':<22}" + "".join(f"{c:>9}" for c in COLUMNS) + f"{'RSS MB':>9}")
    table = [row.cells() for row in rows]
    for row, cells in zip(rows, table, strict=True):
        counts = "".join(f"{int(cells[c]):>9}" for c in COLUMNS[:5])
        times = "".join(f"{cells[c]:>9.1f}" for c in COLUMNS[5:])
        print(f"{row.name:<22}{counts}{times}{cells['RSS MB']:>9.1f}")
    return table


def run_baseline(fake: FakeSlack, ledger: Ledger, seconds: float, rate: float) -> Row:
    """The bare echo Bolt app (answers `/article <text>` in its ack) at the same rate: the stack's floor."""
    child = start("bare", fake)
    try:

        def send(n: int, surface: str) -> None:
            key = f"b{n}"
            request = ledger.open(key, surface)
            body = command_body(
                SUBCOMMANDS[n % len(SUBCOMMANDS)], fake.response_url(key), payloads.CHANNEL_ID
            )
            request.status, answer = post(child.url, body, FORM)
            request.ack_seconds = time.perf_counter() - request.sent
            if request.status == 200 and b'"text"' in answer:
                ledger.answer(key)

        began, ended = drive(send, seconds, rate, ["command"])
        rss = rss_mb(child.process.pid)[0]
    finally:
        child.process.terminate()
        child.process.wait(10)
    return Row(f"bare echo ({seconds:.0f} s)", list(ledger.between(began, ended + 1)), rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300.0, help="measured soak duration")
    parser.add_argument("--rate", type=float, default=20.0, help="requests per second")
    parser.add_argument("--page-delay", type=float, default=4.0, help="seconds the slow page server waits")
    parser.add_argument("--warmup", type=float, default=60.0, help="unmeasured seconds first")
    parser.add_argument("--loads", type=int, default=1, choices=range(11), help="loads per 20 requests")
    parser.add_argument(
        "--stories", type=int, default=10, help="distinct pages loads cycle through (0: always a new one)"
    )
    parser.add_argument("--baseline-seconds", type=float, default=30.0, help="bare echo app run (0: skip)")
    args = parser.parse_args()

    ledger = Ledger()
    fake = FakeSlack(on_call=ledger.on_call).start()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="newsdesk-soak-") as workdir,
            slow_pages(args.page_delay) as url,
        ):
            os.environ.update(NEWSDESK_DB=str(Path(workdir) / "library.db"), FETCH_ALLOW_PRIVATE="true")
            ok = soak(args, fake, ledger, url)
    finally:
        fake.stop()
    raise SystemExit(0 if ok else 1)


def soak(args: argparse.Namespace, fake: FakeSlack, ledger: Ledger, page_url: Callable[[str], str]) -> bool:
    """Baseline, then the bot: warm-up, the measured run, and the wait for late answers; then the report."""
    mix = interleave(traffic_mix(args.loads))
    baseline = run_baseline(fake, ledger, args.baseline_seconds, args.rate) if args.baseline_seconds else None
    child = start("bot", fake)
    sampler = RssSampler(child.process.pid, fake)
    sampler.start()
    try:
        warm = drive(
            Traffic(child, fake, ledger, page_url, "w", args.stories).send, args.warmup, args.rate, mix
        )
        traffic = Traffic(child, fake, ledger, page_url, "s", args.stories)
        began, ended = drive(traffic.send, args.seconds, args.rate, mix)
        wait_answered(ledger, list(ledger.between(warm[0], ended + 1)), DRAIN_SECONDS)
    finally:
        sampler.stopped.set()
        child.process.terminate()
        child.process.wait(10)
    warmup = Row("warm-up (not measured)", list(ledger.between(warm[0], warm[1] + 1)), 0)
    return report(args, ledger, sampler, baseline, warmup, child, began, ended)


def report(
    args: argparse.Namespace,
    ledger: Ledger,
    sampler: RssSampler,
    baseline: Row | None,
    warmup: Row,
    child: Child,
    began: float,
    ended: float,
) -> bool:
    window = min(60.0, (ended - began) / 3)
    first = Row(f"newsdesk first {window:.0f} s", list(ledger.between(began, began + window)), 0)
    last = Row(f"newsdesk last {window:.0f} s", list(ledger.between(ended - window, ended + 1)), 0)
    first.rss = sampler.mean(began, began + window)
    last.rss = sampler.mean(ended - window, ended + 1)
    peak = max(rss for _, rss in sampler.samples)
    everything = Row("newsdesk whole run", list(ledger.between(began, ended + 1)), peak)
    loads = Row("  of which slow loads", [r for r in everything.requests if r.surface == "load"], peak, True)
    warmup.rss = sampler.mean(0, began)
    mix = traffic_mix(args.loads)
    print(
        f"Soak: {args.seconds:.0f} s at {args.rate:g} requests/s after {args.warmup:.0f} s warm-up; per "
        f"{len(mix)} requests {mix.count('command')} /article <sub>, {mix.count('mention')} mentions, "
        f"{mix.count('dm')} DMs, {mix.count('load')} /article load <page taking {args.page_delay:g} s, "
        f"{args.stories or 'always new'} distinct stories>; "
        f"bot cold start {child.cold_start:.2f} s"
    )
    print(
        "times in ms; ans = request sent -> visible answer (ack body, response_url or chat.postMessage),"
        " slow loads only in their own row; RSS = mean over the window (whole run: peak)"
    )
    rows = ([baseline] if baseline else []) + [warmup, first, last, everything, loads]
    table = dict(zip((r.name for r in rows), print_table(rows), strict=True))
    a, b = table[first.name], table[last.name]
    ratio = "".join(f"{b[c] / a[c] if a[c] else float('nan'):>8.2f}x" for c in COLUMNS[5:])
    growth = b["RSS MB"] / a["RSS MB"] - 1
    print(f"{'last / first':<22}{'':>45}{ratio}{growth:>+8.1%}")
    if baseline:
        base = table[baseline.name]
        ratio = "".join(f"{a[c] / base[c] if base[c] else float('nan'):>8.2f}x" for c in COLUMNS[5:])
        print(f"{'first / bare echo':<22}{'':>45}{ratio}")
    whole = table[everything.name]
    lost_warm = table[warmup.name]["lost"] + table[warmup.name]["dup"] + table[warmup.name]["5xx"]
    print(f"answers matching no request: {len(ledger.stray)}")
    print(
        "RSS MB every 30 s from the start of the warm-up: "
        + " ".join(f"{rss:.0f}" for rss in sampler.every(30))
    )
    checks = {
        "0 lost answers": whole["lost"] == 0 and not lost_warm,
        "0 duplicate answers": whole["dup"] == 0 and not ledger.stray,
        "0 5xx": whole["5xx"] == 0,
        f"0 acks over {ACK_DEADLINE:g} s (max {whole['ack max']:.0f} ms)": whole["ack>3s"] == 0,
        f"RSS growth <= {MAX_RSS_GROWTH:.0%} ({growth:+.1%})": growth <= MAX_RSS_GROWTH,
    }
    print(
        "targets: " + ", ".join(f"{name} {'ok' if passed else 'MISSED'}" for name, passed in checks.items())
    )
    return all(checks.values())


if __name__ == "__main__":
    main()
