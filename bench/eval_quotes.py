"""Score our quotes and speakers against the PolNeAR dev set, side by side with a regex baseline.

    python3 bench/eval_quotes.py [--min-words 4] [--verbose]

Reads quotes_dev.jsonl from $NEWSDESK_EVAL_DIR (default: <repo>/../shared/eval) at run time: the
texts are never copied into the repo. Ours runs through the full `bot.article.parse.parse`; the
baseline is a quote-mark regex plus the nearest capitalised name in the same paragraph. Predictions
go to bench/out/ (gitignored) and the official scorer runs on both. Gold quotes are >= 4 words, so
both systems' predictions are filtered to >= --min-words words before scoring (the product keeps all).
Timing: ms per 1,000 words for the whole parse, for `extract_quotes` alone, and for the baseline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from evalkit import dev_set  # noqa: E402

from bot.article.parse import parse  # noqa: E402
from bot.article.quotes import extract_quotes  # noqa: E402
from bot.article.sentences import segment  # noqa: E402

_HEADLINE = re.compile(r"span_F1=([\d.]+)\s+speaker_acc=([\d.]+)\s+joint_F1=([\d.]+)")
_BASELINE_QUOTE = re.compile(r"[\"“]([^\"“”\n]+)[\"”]")
_BASELINE_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
_BASELINE_SKIP = frozenset({"The", "A", "An", "In", "On", "But", "And", "He", "She", "It", "They", "We", "I"})


def baseline(text: str) -> list[dict[str, object]]:
    """Regex quotes; speaker = the capitalised name nearest the quote in the same paragraph."""
    out: list[dict[str, object]] = []
    for match in _BASELINE_QUOTE.finditer(text):
        para_start = text.rfind("\n", 0, match.start()) + 1
        para_end = text.find("\n", match.end())
        para_end = len(text) if para_end < 0 else para_end
        best, best_distance = None, None
        for name in _BASELINE_NAME.finditer(text, para_start, para_end):
            if match.start() <= name.start() < match.end() or name.group() in _BASELINE_SKIP:
                continue
            distance = (
                match.start() - name.end() if name.end() <= match.start() else name.start() - match.end()
            )
            if best_distance is None or distance < best_distance:
                best, best_distance = name.group(), distance
        out.append({"start": match.start(1), "end": match.end(1), "text": match.group(1), "speaker": best})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-words", type=int, default=4, help="drop predicted quotes shorter than this")
    parser.add_argument(
        "--verbose", action="store_true", help="print the scorer's per-quote details for ours"
    )
    args = parser.parse_args(argv)

    dev = dev_set("quotes")
    if dev is None:
        return 0
    docs = dev.docs
    words = sum(len(doc["text"].split()) for doc in docs)
    ours: list[dict[str, object]] = []
    regex: list[dict[str, object]] = []
    timings = {"parse": 0.0, "quotes": 0.0, "baseline": 0.0}

    def keep(quote_text: str) -> bool:
        return len(quote_text.split()) >= args.min_words

    for doc in docs:
        text = doc["text"]
        started = time.perf_counter()
        article = parse(text)
        timings["parse"] += time.perf_counter() - started
        paragraphs, sentences = segment(text)
        started = time.perf_counter()
        extract_quotes(text, paragraphs, sentences)
        timings["quotes"] += time.perf_counter() - started
        quotes = [
            {"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker}
            for q in article.quotes
            if keep(q.text)
        ]
        ours.append({"id": doc["id"], "quotes": quotes})
        started = time.perf_counter()
        found = baseline(text)
        timings["baseline"] += time.perf_counter() - started
        regex.append({"id": doc["id"], "quotes": [q for q in found if keep(str(q["text"]))]})

    out = REPO_ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    per_k = {name: 1000 * seconds / words * 1000 for name, seconds in timings.items()}
    rows = []
    for name, predictions, ms in (
        ("newsdesk", ours, per_k["quotes"]),
        ("regex baseline", regex, per_k["baseline"]),
    ):
        path = out / f"quotes_{name.split()[0]}.jsonl"
        path.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
        rows.append(
            (
                name,
                *dev.score(path, _HEADLINE, verbose=args.verbose and name == "newsdesk"),
                ms,
            )
        )

    print(f"{len(docs)} docs, {words:,} words; predictions filtered to >= {args.min_words} words")
    print(f"{'system':<16} {'span F1':>8} {'spk acc':>8} {'joint F1':>9} {'ms/1k words':>12}")
    for name, span, speaker, joint, ms in rows:
        print(f"{name:<16} {span:>8.3f} {speaker:>8.3f} {joint:>9.3f} {ms:>12.2f}")
    print(f"whole parse (all modules): {per_k['parse']:.2f} ms per 1,000 words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
