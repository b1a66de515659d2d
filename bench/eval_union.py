"""Score free questions on the union of every dev question set: the dev stories, eval_ask's dev sets and any
further folder of sets, per set, all together and per question type, so a change is judged on all of them.

    python3 bench/eval_union.py [--questions DIR ...] [--verbose] [--dump FILE]

Sets: the dev half of bench/stories (texts from $NEWSDESK_STORIES_DIR) as one set, and every set
`eval_ask.question_sets` finds (this branch's, then the folders of --questions or $NEWSDESK_QUESTIONS_DIRS),
except those marked held-out; held-out stories and sets are never read here, nor the final test set, the
validation set (bench/stories/validation.jsonl, kept unseen so a change can be checked on it) or the fresh
sets (bench/stories/fresh.jsonl and fresh2.jsonl, read unseen at a session's start and end).
Scoring is eval_ask's (EM, span EM, F1 on the answer span, abstention P/R). A question's type comes from
its opening words, for the per-type table only. --verbose prints every miss; --dump writes one JSON line
per question (set, type, marks, answer kind) for threshold sweeps.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from eval_ask import Scored, ask, dump_row, load_text, question_sets, report_row, show, tally  # noqa: E402
from eval_stories import load_story  # noqa: E402
from evalkit import eval_dir, read_gold, stories_dir  # noqa: E402

from bot.answers.questions import SAY  # noqa: E402
from bot.article import Article, parse  # noqa: E402

STORIES = "stories dev"
TYPES = (
    "who said",
    "what did X say",
    "who",
    "when",
    "where",
    "how much",
    "how many",
    "why",
    "which",
    "other",
)
_TYPE_PATTERNS = (
    ("who said", rf"^who\s+(?:has\s+|had\s+)?{SAY}\b"),
    ("what did X say", rf"^what\s+(?:did|does|has|have|do|is|was|were)\s+.+?\s+{SAY}\b"),
    ("who", r"^(?:who|whom|whose)\b"),
    ("when", r"^(?:when|by when|since when|until when|what (?:day|date|time|month|year))\b|^on what date"),
    ("where", r"^(?:where|in which (?:country|city|place|state|region)|in what (?:country|city|place))\b"),
    ("how many", r"^(?:\w+\s+)?how many\b"),
    (
        "how much",
        r"^(?:\w+\s+)?(?:how (?:much|old|long|far|big|large|tall|high|low|fast|deep|heavy)|by how much"
        r"|what (?:percentage|percent|share|amount|number|rate|proportion|sum|age))\b",
    ),
    ("why", r"^why\b"),
    ("which", r"^(?:\w+\s+)?which\b"),
)


def question_type(question: str) -> str:
    low = " ".join(question.lower().split())
    return next((name for name, pattern in _TYPE_PATTERNS if re.search(pattern, low)), "other")


def story_sets() -> list[tuple[str, Article, list[dict]]]:
    """(story id, article, questions) for each dev story whose text is there."""
    if not stories_dir().is_dir():
        print(f"story texts not found in {stories_dir()} (set NEWSDESK_STORIES_DIR); stories skipped")
        return []
    found = []
    for story in read_gold("dev"):
        path = stories_dir() / story["file"]
        if path.is_file():
            found.append((story["id"], load_story(path, story["kind"]), story["questions"]))
    return found


def question_set_articles(folders: list[str] | None) -> list[tuple[str, Article, list[dict]]]:
    """(set name, article, questions) for each dev question set whose text is there."""
    found = []
    for path in question_sets(folders):
        spec = json.loads(path.read_text(encoding="utf-8"))
        if spec.get("held_out"):
            continue
        text = load_text(spec)
        if text is None:
            print(f"{path.stem:32} skipped: article text not found under {eval_dir()}")
            continue
        found.append((path.stem, parse(text), spec["questions"]))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", action="append", metavar="DIR", help="a further folder of sets")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("--dump", type=Path, help="write one JSON line per question here")
    args = parser.parse_args()
    groups: dict[str, list[tuple[str, Scored]]] = defaultdict(list)
    timings: list[float] = []
    rows = []
    sets = [(STORIES, *s) for s in story_sets()] + [(s[0], *s) for s in question_set_articles(args.questions)]
    for group, name, article, questions in sets:
        for row in questions:
            start = time.perf_counter()
            scored = ask(article, row["question"], row.get("answer"))
            timings.append((time.perf_counter() - start) * 1000)
            groups[group].append((question_type(row["question"]), scored))
            if args.verbose and scored.mark != "ok ":
                print(f"[{name}]", end="")
                show(article, scored)
            rows.append(
                dump_row(
                    article,
                    scored,
                    set=group,
                    doc=name,
                    type=question_type(row["question"]),
                    question=row["question"],
                    expected=scored.expected,
                )
            )
    if not groups:
        print("no question set could be loaded")
        return 1
    print(f"{'set':32} {'ans':>4} {'EM':>6} {'span_EM':>7} {'F1':>6} {'unans':>5} {'abs_P':>6} {'abs_R':>6}")
    for group in sorted(groups, key=lambda g: (g != STORIES, g)):
        report_row(group, *tally([s for _, s in groups[group]]))
    everything = [s for group in groups.values() for s in group]
    union = report_row(f"UNION ({len(groups)} sets)", *tally([s for _, s in everything]))
    others = [s for g, group in groups.items() if g != STORIES for s in group]
    report_row("union without the stories", *tally([s for _, s in others]))
    print(
        f"\n{'type':32} {'ans':>4} {'EM':>6} {'span_EM':>7} {'F1':>6} {'unans':>5} {'abs_P':>6} {'abs_R':>6}"
    )
    by_type: dict[str, list[Scored]] = defaultdict(list)
    for kind, scored in everything:
        by_type[kind].append(scored)
    for kind in TYPES:
        if by_type[kind]:
            report_row(kind, *tally(by_type[kind]))
    mistakes = Counter(s.outcome for _, s in everything if s.outcome != "right")
    print("\nmisses: " + ", ".join(f"{reason} {n}" for reason, n in mistakes.most_common()))
    print(
        f"latency: median {statistics.median(timings):.2f} ms a question, p95 "
        f"{sorted(timings)[int(0.95 * (len(timings) - 1))]:.2f} ms ({len(timings)} questions, first ask)"
    )
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print("UNION EM={:.3f} span_EM={:.3f} F1={:.3f} abstain_P={:.3f} abstain_R={:.3f}".format(*union))
    return 0


if __name__ == "__main__":
    sys.exit(main())
