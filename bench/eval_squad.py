"""Score free questions on SQuAD 2.0 (Wikipedia, crowd questions, half of them unanswerable): a large
external check, from another domain and other writers, for rules and thresholds tuned on the news dev sets.

    python3 bench/eval_squad.py [--squad FILE] [--paragraphs N] [--limit N] [--dump FILE] [--verbose]

The set is read at run time from $NEWSDESK_SQUAD (default <repo>/../shared/squad/dev-v2.0.json: the
16-article, 6,078-question dev file of chrischute/squad @ 85623ad, `data/dev-v2.0.json`, sha256 e67e5969…;
CC BY-SA 4.0, never copied into this repository; with that repository as a bare mirror, `git -C MIRROR show
85623ad:data/dev-v2.0.json > ../shared/squad/dev-v2.0.json` brings it back). Each "article" is N consecutive
paragraphs of one Wikipedia page (default 6, ~650 words, the length of a news story) joined by blank lines,
so retrieval picks among as many sentences as in a story; a question is asked of the group that holds its
paragraph. SQuAD's unanswerable questions were written to look answerable from their paragraph ("plausible
answers"), the kind issue 16 asks the bot to decline.

Scoring is eval_ask's, against any of the question's gold answers: EM (the cited sentence or the answer holds
a gold answer), span EM (the answer holds one), F1 (best token overlap with the answer), abstention P/R.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from eval_ask import Scored, dump_row, report_row, score_answer, show, tally  # noqa: E402
from eval_union import TYPES, question_type  # noqa: E402

from bot.answers import answer_message  # noqa: E402
from bot.article import Article, parse  # noqa: E402

DEFAULT_SQUAD = REPO_ROOT.parent / "shared" / "squad" / "dev-v2.0.json"


def squad_path(given: Path | None) -> Path:
    return given or Path(os.environ.get("NEWSDESK_SQUAD", DEFAULT_SQUAD))


def groups_of(data: dict, size: int) -> list[tuple[str, str, list[dict]]]:
    """(name, text, questions) per run of `size` paragraphs of a page; a question's answers are its texts."""
    found = []
    for page in data["data"]:
        paragraphs = page["paragraphs"]
        for start in range(0, len(paragraphs), size):
            chunk = paragraphs[start : start + size]
            text = "\n\n".join(p["context"].strip() for p in chunk)
            questions = [
                {
                    "question": q["question"].strip(),
                    "answers": [] if q.get("is_impossible") else sorted({a["text"] for a in q["answers"]}),
                }
                for p in chunk
                for q in p["qas"]
            ]
            found.append((f"{page['title']}#{start // size}", text, questions))
    return found


def ask_squad(article: Article, question: str, answers: list[str]) -> Scored:
    answer, _ = answer_message(question, article)
    if not answers:
        return Scored(question, None, answer)
    best = max((score_answer(article, answer, gold) for gold in answers), key=lambda s: (s[1], s[0], s[2]))
    return Scored(question, answers[0], answer, *best)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--squad", type=Path, help="a SQuAD 2.0 json file")
    parser.add_argument("--paragraphs", type=int, default=6, help="paragraphs per article")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--dump", type=Path, help="write one JSON line per question here")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    path = squad_path(args.squad)
    if not path.is_file():
        print(f"SQuAD file not found: {path} (set NEWSDESK_SQUAD); skipped")
        return 1
    groups = groups_of(json.loads(path.read_text(encoding="utf-8")), args.paragraphs)
    if args.limit:
        groups = groups[: args.limit]
    by_type: dict[str, list[Scored]] = defaultdict(list)
    everything: list[Scored] = []
    timings: list[float] = []
    rows = []
    for name, text, questions in groups:
        article = parse(text)
        for row in questions:
            start = time.perf_counter()
            scored = ask_squad(article, row["question"], row["answers"])
            timings.append((time.perf_counter() - start) * 1000)
            kind = question_type(row["question"])
            by_type[kind].append(scored)
            everything.append(scored)
            if args.verbose and scored.mark != "ok ":
                print(f"[{name}]", end="")
                show(article, scored)
            if args.dump:
                rows.append(
                    dump_row(
                        article, scored, doc=name, type=kind, question=row["question"], answers=row["answers"]
                    )
                )
    print(f"{'type':32} {'ans':>4} {'EM':>6} {'span_EM':>7} {'F1':>6} {'unans':>5} {'abs_P':>6} {'abs_R':>6}")
    for kind in (*TYPES,):
        if by_type[kind]:
            report_row(kind, *tally(by_type[kind]))
    report_row(f"SQUAD ({len(groups)} articles)", *tally(everything))
    misses = Counter(s.outcome for s in everything)
    print("outcomes:", ", ".join(f"{k} {v}" for k, v in misses.most_common()))
    print(f"median answer {statistics.median(timings):.2f} ms over {len(timings)} questions")
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
