"""Speed of ingestion plus parse on real news pages, against trafilatura's extraction alone in the same run,
and what a 5 MB page costs.

    python3 bench/bench_ingest.py [--passes 5]

Pages: the ingestion dev set's pages of 80-130 KB (a typical news page is ~100 KB), read from
$NEWSDESK_EVAL_DIR (default: <repo>/../shared/eval) at run time. For each page and pass, "ours"
(`bot.ingest.read(bytes, url=...).article`: decode, extraction, metadata, parse) and the baseline
(`trafilatura.bare_extraction` with metadata, what extraction alone costs) run back to back, so load on
the machine hits both alike; each page's time is its best pass, and the figure is the median over pages.
Then three 5 MB pages built from the largest of them: bloated with scripts, with a 90,000-link menu, and
with 5 MB of story text; each must be handled or refused within 1 s.
Targets: ingestion + parse of a ~100 KB page <= 50 ms median; a 5 MB page handled or refused < 1 s.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from evalkit import eval_dir  # noqa: E402

from bot.ingest import LoadError, read  # noqa: E402

TYPICAL = (80_000, 130_000)
TARGET_MS = 50.0
BIG_TARGET_S = 1.0


def ours(html: bytes, url: str) -> str:
    try:
        return f"parsed, {len(read(html, url=url).article.text):,} chars"
    except LoadError as error:
        return f"refused: {error}"


def trafilatura_alone(html: bytes, url: str) -> str:
    from trafilatura import bare_extraction

    bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    return ""


def timed(run: Callable[[bytes, str], str], html: bytes, url: str) -> tuple[float, str]:
    started = time.perf_counter()
    outcome = run(html, url)
    return (time.perf_counter() - started) * 1000, outcome


def big_pages(page: str) -> dict[str, str]:
    scripts = "".join(f'<script>var x{i} = "{"a" * 1000}";</script>' for i in range(5_000))
    links = "".join(f'<li><a href="/x{i}">Link number {i}</a></li>' for i in range(90_000))
    sentence = "The council met again on Tuesday and said the plan would cost more than expected. "
    story = "".join(f"<p>{sentence * 5}</p>" for _ in range(12_000))
    return {
        "5 MB of inline scripts": page.replace("</head>", scripts + "</head>", 1),
        "a 90,000-link menu": page.replace("</body>", f"<nav><ul>{links}</ul></nav></body>", 1),
        "5 MB of story text": f"<html><head><title>Long</title></head><body><article>{story}</article>",
    }


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--passes", type=int, default=5)
    args = options.parse_args()
    gold = eval_dir() / "ingest_dev.jsonl.gz"
    if not gold.is_file():
        print(f"ingest dev set not found in {eval_dir()} (set NEWSDESK_EVAL_DIR); skipping.")
        return 0
    with gzip.open(gold, "rt", encoding="utf-8") as lines:
        rows: list[dict[str, Any]] = [json.loads(line) for line in lines if line.strip()]
    pages = [(r["html"].encode("utf-8"), r["url"]) for r in rows]
    pages = [(html, url) for html, url in pages if TYPICAL[0] <= len(html) <= TYPICAL[1]]
    ours(*pages[0]), trafilatura_alone(*pages[0])  # warm-up: imports, lxml, caches
    best: dict[str, list[float]] = {"ours": [], "trafilatura": []}
    for html, url in pages:
        times: dict[str, list[float]] = {"ours": [], "trafilatura": []}
        for _ in range(args.passes):
            times["ours"].append(timed(ours, html, url)[0])
            times["trafilatura"].append(timed(trafilatura_alone, html, url)[0])
        for name, taken in times.items():
            best[name].append(min(taken))
    size = statistics.median(len(html) for html, _ in pages) / 1024
    median_ours, median_base = statistics.median(best["ours"]), statistics.median(best["trafilatura"])
    print(f"{len(pages)} dev pages of {TYPICAL[0] // 1000}-{TYPICAL[1] // 1000} KB (median {size:.0f} KB), "
          f"best of {args.passes} passes each")  # fmt: skip
    print("| measure | ours: ingest + parse | trafilatura alone (same run) | ratio |")
    print("|---|---|---|---|")
    for label, pick in (("median page", statistics.median), ("slowest page", max)):
        a, b = pick(best["ours"]), pick(best["trafilatura"])
        print(f"| {label} | {a:.1f} ms | {b:.1f} ms | {a / b:.2f}x |")
    verdict = "met" if median_ours <= TARGET_MS else "MISSED"
    figures = f"{median_ours:.1f} ms; extraction alone {median_base:.1f}"
    print(f"target <= {TARGET_MS:.0f} ms median: {verdict} ({figures})")
    largest = max(pages, key=lambda p: len(p[0]))
    print("\n| 5 MB page | size | time | outcome |")
    print("|---|---|---|---|")
    worst = 0.0
    for label, page in big_pages(largest[0].decode("utf-8")).items():
        data = page.encode("utf-8")
        ms, outcome = timed(ours, data, largest[1])
        worst = max(worst, ms)
        print(f"| {label} | {len(data) / 1024 / 1024:.1f} MB | {ms / 1000:.2f} s | {outcome[:90]} |")
    verdict = "met" if worst < BIG_TARGET_S * 1000 else "MISSED"
    print(f"target < {BIG_TARGET_S:.0f} s: {verdict} (slowest {worst / 1000:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
