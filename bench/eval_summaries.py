"""Score our extractive summaries against the BBC dev set, side by side with a Lead-n baseline.

    python3 bench/eval_summaries.py [--n 3]

Reads summaries_dev.jsonl from $NEWSDESK_EVAL_DIR (default: <repo>/../shared/eval) at run time: the
texts are never copied into the repo. Predictions go to bench/out/ (gitignored); the official scorer
runs on both files, and the summarizer's own time is reported in ms per 1,000 words.
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

from bot.article.sentences import segment  # noqa: E402
from bot.article.summary import summarize  # noqa: E402

_HEADLINE = re.compile(r"R1_F=([\d.]+)\s+R2_F=([\d.]+)\s+RL_F=([\d.]+)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3, help="sentences per summary (default 3)")
    args = parser.parse_args(argv)

    dev = dev_set("summaries")
    if dev is None:
        return 0
    docs = dev.docs
    ours: list[dict[str, str]] = []
    lead: list[dict[str, str]] = []
    words = 0
    elapsed = 0.0
    for doc in docs:
        paragraphs, sentences = segment(doc["text"])
        words += len(doc["text"].split())
        started = time.perf_counter()
        summary = summarize(paragraphs, sentences, title=doc.get("title"), n=args.n)
        elapsed += time.perf_counter() - started
        picked = sorted(summary.sentences)
        ours.append({"id": doc["id"], "summary": " ".join(sentences[i].text for i in picked)})
        lead.append({"id": doc["id"], "summary": " ".join(s.text for s in sentences[: args.n])})

    out = REPO_ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, predictions in ((f"newsdesk (n={args.n})", ours), (f"Lead-{args.n}", lead)):
        path = out / f"summaries_{name.split()[0].lower()}_n{args.n}.jsonl"
        path.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
        rows.append((name, *dev.score(path, _HEADLINE)))

    print(f"{'system':<20} {'R1_F':>7} {'R2_F':>7} {'RL_F':>7}")
    for name, r1, r2, rl in rows:
        print(f"{name:<20} {r1:7.3f} {r2:7.3f} {rl:7.3f}")
    rate = 1000 * elapsed / words * 1000
    print(f"{len(docs)} docs, {words} words; summarize: {rate:.2f} ms per 1,000 words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
