"""Score web-page ingestion (text, title, date, byline) on the ingestion dev set: our path beside trafilatura
alone and readability-lxml alone, in the same run, page by page (interleaved, so load hits all alike).

    python3 bench/eval_ingest.py [--verbose]

Reads ingest_dev.jsonl.gz from $NEWSDESK_EVAL_DIR (default: <repo>/../shared/eval) at run time: the pages are
never copied into the repo. "ours" is what a loaded page becomes: `bot.ingest.read(page bytes, url=...)`
then `parse`, with the Document's text and the Article's title, publication date and byline.
"trafilatura" is `bare_extraction` with its defaults (metadata on, comments off); "readability" is
readability-lxml's `summary()` through html-text, with `short_title()` (it reads no date or byline).
Predictions go to bench/out/ (gitignored) and the official scorer scores each file; ms are per page.
readability-lxml and html-text are in the `bench` extras.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from evalkit import eval_dir, run_scorer  # noqa: E402

from bot.ingest import LoadError, read  # noqa: E402

HEADLINE = re.compile(r"text_F1=([\d.]+) title_acc=([\d.]+) date_acc=([\d.]+) byline_F1=([\d.]+)")
FIELDS = ("text F1", "title acc", "date acc", "byline F1")
Prediction = dict[str, Any]


def ours(page: dict[str, Any]) -> Prediction:
    try:
        loaded = read(page["html"].encode("utf-8"), url=page["url"], content_type="text/html")
        article = loaded.article
    except LoadError:
        return {}
    published = article.published.isoformat() if article.published else None
    return {
        "text": loaded.document.text,
        "title": article.title,
        "published": published,
        "byline": article.provenance.byline,
    }


def trafilatura_alone(page: dict[str, Any]) -> Prediction:
    from trafilatura import bare_extraction

    result = bare_extraction(page["html"], url=page["url"], with_metadata=True, include_comments=False)
    info = result.as_dict() if result is not None and not isinstance(result, dict) else {}
    return {"text": info.get("text"), "title": info.get("title"), "published": info.get("date"),
            "byline": info.get("author")}  # fmt: skip


def readability_alone(page: dict[str, Any]) -> Prediction:
    import html_text
    from readability import Document

    document = Document(page["html"])
    return {"text": html_text.extract_text(document.summary()), "title": document.short_title()}


SYSTEMS: dict[str, Callable[[dict[str, Any]], Prediction]] = {
    "ours (bot.ingest + parse)": ours,
    "trafilatura 2.x alone": trafilatura_alone,
    "readability-lxml alone": readability_alone,
}


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--verbose", action="store_true", help="the scorer's list of pages with errors")
    args = options.parse_args()
    gold = eval_dir() / "ingest_dev.jsonl.gz"
    scorer = eval_dir() / "score_ingest.py"
    if not gold.is_file() or not scorer.is_file():
        print(f"ingest dev set not found in {eval_dir()} (set NEWSDESK_EVAL_DIR); skipping.")
        return 0
    with gzip.open(gold, "rt", encoding="utf-8") as lines:
        pages = [json.loads(line) for line in lines if line.strip()]
    for run in SYSTEMS.values():  # warm-up: imports and lxml's first parse are not per-page costs
        run(pages[0])
    predictions: dict[str, list[Prediction]] = {name: [] for name in SYSTEMS}
    times: dict[str, list[float]] = {name: [] for name in SYSTEMS}
    for page in pages:
        for name, run in SYSTEMS.items():
            started = time.perf_counter()
            predictions[name].append({"id": page["id"], **run(page)})
            times[name].append((time.perf_counter() - started) * 1000)
    out = REPO_ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    print(f"{len(pages)} pages; " + ", ".join(f"{f}" for f in FIELDS))
    print(f"| system | {' | '.join(FIELDS)} | ms/page (mean, median) |")
    print("|---|" + "---|" * (len(FIELDS) + 1))
    for index, (name, rows) in enumerate(predictions.items()):
        path = out / f"ingest_{index}.jsonl"
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        if args.verbose:
            print(f"--- {name}")
        figures = run_scorer(scorer, gold, path, HEADLINE, verbose=args.verbose)
        ms = times[name]
        print(
            f"| {name} | " + " | ".join(f"{f:.3f}" for f in figures)
            + f" | {statistics.mean(ms):.0f}, {statistics.median(ms):.0f} |"
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
