"""Parse speed: ms per 1,000 words against dateparser.search_dates on the same text, and growth to 1 MB.

Run: python3 bench/bench_parse.py   (dateparser comes with `pip install -e '.[bench]'`)
     python3 bench/bench_parse.py --compare REV [--rounds 10]   this tree against git revision REV:
         the two trees are timed alternately in fresh processes (ABBA order), same articles, same run.
Texts are real news: the dev articles in ../shared/eval/ read at run time (never copied), else the seed.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evalkit import eval_dir, read_jsonl  # noqa: E402

from bot.article import parse  # noqa: E402

SEED = ROOT / "seeds" / "000_afde03f68720c260.txt"


def corpus() -> list[str]:
    """News articles to build test texts from."""
    texts: list[str] = []
    for name in ("summaries_dev.jsonl", "quotes_dev.jsonl"):
        path = eval_dir() / name
        if path.exists():
            texts += [doc["text"] for doc in read_jsonl(path)]
    if not texts:
        print(f"(no eval data at {eval_dir()}: using the seed article only)")
        texts = [SEED.read_text(encoding="utf-8")]
    return texts


def text_of(words: int, texts: list[str]) -> str:
    """Whole articles joined until the text has at least `words` words, cut at that many words' paragraph."""
    parts: list[str] = []
    count = 0
    i = 0
    while count < words:
        article = texts[i % len(texts)]
        for paragraph in article.split("\n"):
            if count >= words:
                break
            parts.append(paragraph)
            count += len(paragraph.split())
        i += 1
    return "\n".join(parts)


def best_ms(run: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        timings.append((time.perf_counter() - start) * 1000)
    return min(timings) if repeat < 5 else statistics.median(timings)


def main() -> None:
    texts = corpus()
    thousand = [text_of(1000, texts[i:]) for i in range(0, min(len(texts), 40), 4)]
    parse(thousand[0])  # warm imports and regex caches
    ours = statistics.median(best_ms(lambda t=t: parse(t), 5) for t in thousand)
    print(f"parse of a 1,000-word article: median {ours:.2f} ms over {len(thousand)} texts (target <= 20 ms)")
    try:
        import dateparser.search

        def search(text: str) -> object:
            return dateparser.search.search_dates(text, languages=["en"])

        search("warm up on March 3, 2024")
        sample = thousand[:5]
        theirs = statistics.median(best_ms(lambda t=t: search(t), 1) for t in sample)
        print(
            f"dateparser.search_dates(languages=['en']) alone, same texts: {theirs:.1f} ms"
            f" -> newsdesk is {theirs / ours:.1f}x faster"
        )
    except ImportError:
        print("dateparser not installed (pip install -e '.[bench]'): baseline skipped")

    print("\ngrowth (must stay linear):")
    print(f"{'chars':>10} {'words':>9} {'ms':>9} {'ms/1k words':>12}")
    for size in (10_000, 100_000, 1_000_000):
        words = size // 6
        text = text_of(words, texts)[:size]
        elapsed = best_ms(lambda text=text: parse(text), 3 if size < 1_000_000 else 1)
        n_words = len(text.split())
        print(f"{len(text):>10,} {n_words:>9,} {elapsed:>9.1f} {elapsed / n_words * 1000:>12.2f}")


COMPARE_ARTICLES = 60
WORKER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from bot.article import parse
texts = json.load(open(sys.argv[2], encoding="utf-8"))
parse(texts[0])
total = 0.0
for text in texts:
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        parse(text)
        best = min(best, time.perf_counter() - start)
    total += best
print(json.dumps(total * 1000 / len(texts)))
"""
"""One timing round in a fresh process: the best of 5 parses of each article, as ms per article."""


def _export(revision: str, into: Path) -> Path:
    """The tree of `revision` (any git revision) unpacked under `into`, without touching any work tree."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision], capture_output=True, check=True
    ).stdout
    target = into / "tree"
    target.mkdir()
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def compare(revision: str, rounds: int) -> None:
    """Interleaved A/B: this tree and `revision` timed alternately (ABBA ...), median of the rounds."""
    texts = corpus()[:COMPARE_ARTICLES]
    with tempfile.TemporaryDirectory() as scratch:
        base = _export(revision, Path(scratch))
        corpus_file = Path(scratch) / "texts.json"
        corpus_file.write_text(json.dumps(texts), encoding="utf-8")
        trees = {"this tree": ROOT, revision: base}
        timings: dict[str, list[float]] = {name: [] for name in trees}
        for n in range(rounds):
            order = list(trees) if n % 2 == 0 else list(reversed(trees))
            for name in order:
                command = [sys.executable, "-c", WORKER, str(trees[name]), str(corpus_file)]
                result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=scratch)
                timings[name].append(json.loads(result.stdout))
    ours, theirs = (statistics.median(timings[name]) for name in trees)
    print(f"parse, {len(texts)} articles, best of 5 each, {rounds} interleaved rounds:")
    for name, values in timings.items():
        print(
            f"  {name:>12}: median {statistics.median(values):.3f} ms/article  (rounds: "
            + " ".join(f"{v:.3f}" for v in values)
            + ")"
        )
    paired = [a / b for a, b in zip(*timings.values(), strict=True)]
    print(
        f"this tree / {revision}: {ours / theirs:.3f}x of the medians; per round (A and B back to back):"
        f" median {statistics.median(paired):.3f}x, range {min(paired):.3f}-{max(paired):.3f}"
    )


if __name__ == "__main__":
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument(
        "--compare", metavar="REV", help="time this tree against a git revision, interleaved"
    )
    options.add_argument("--rounds", type=int, default=10)
    arguments = options.parse_args()
    if arguments.compare:
        compare(arguments.compare, arguments.rounds)
    else:
        main()
