"""Sentence retrieval alone, before any answer route: for each answerable question of the dev union (and of
SQuAD 2.0 dev with --squad), where `retrieval.rank` puts the first sentence that holds the expected answer.

    python3 bench/eval_retrieval.py [--squad] [--limit N] [--dump FILE]

Per set: how many answerable questions have their answer inside one sentence, the share whose answer
sentence `rank` puts first (top-1) and among the first three (top-3), the share where that first sentence
also clears the gate (`grounding.accept`: the question would be answered from it), and for the unanswerable
questions the share whose first sentence clears the gate (the gate opening where it must not). The
question's concepts are `question_concepts(question, article)`, as the generic routes read them; routes that
read another part of the question (`Question.rest`) see somewhat other figures. Run it in two trees
(PYTHONPATH) to compare a ranking change with its base. Texts as eval_union / eval_squad read them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from eval_ask import _norm  # noqa: E402
from eval_squad import groups_of, squad_path  # noqa: E402
from eval_union import question_set_articles, story_sets  # noqa: E402

from bot.answers.grounding import accept, min_score, question_concepts  # noqa: E402
from bot.answers.questions import classify  # noqa: E402
from bot.answers.retrieval import rank  # noqa: E402
from bot.article import Article, parse  # noqa: E402


def place(article: Article, question: str, answers: list[str]) -> dict[str, object]:
    """Where the ranking puts the first sentence holding an answer (None: not ranked; -1: in no sentence),
    and whether the first-ranked sentence clears the gate."""
    q = classify(question)
    concepts = question_concepts(q.text, article)
    ranked = rank(article, concepts, limit=len(article.sentences)) if concepts else []
    opens = bool(ranked) and accept(ranked[0][2], concepts, q.type) and ranked[0][1] >= min_score(article)
    wanted = [_norm(a) for a in answers]
    holding = {s.index for s in article.sentences if any(w in _norm(s.text) for w in wanted)}
    at: int | None = -1 if answers and not holding else None
    for position, (index, _, _) in enumerate(ranked):
        if index in holding:
            at = position
            break
    return {"question": question, "answerable": bool(answers), "at": at, "opens": opens}


def summary(name: str, rows: list[dict[str, object]]) -> None:
    """One line: answerable questions whose answer is in a sentence, top-1, top-3, answered from the top
    sentence, unanswerable questions, and the share of those whose top sentence opens the gate."""
    places = [r["at"] for r in rows if r["answerable"] and r["at"] != -1]
    unanswerable = [r for r in rows if not r["answerable"]]
    held = max(len(places), 1)
    top1 = sum(at == 0 for at in places) / held
    top3 = sum(isinstance(at, int) and at < 3 for at in places) / held
    answered = sum(r["at"] == 0 and bool(r["opens"]) for r in rows if r["answerable"]) / held
    opened = sum(bool(r["opens"]) for r in unanswerable) / max(len(unanswerable), 1)
    shares = f"{top1:6.3f} {top3:6.3f} {answered:8.3f}"
    print(f"{name:28} {len(places):5} {shares} {len(unanswerable):6} {opened:7.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--squad", action="store_true", help="SQuAD 2.0 dev too ($NEWSDESK_SQUAD)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N SQuAD articles")
    parser.add_argument("--dump", type=Path, help="write one JSON line per question here")
    args = parser.parse_args()
    print(f"{'set':28} {'held':>5} {'top1':>6} {'top3':>6} {'answered':>8} {'unans':>6} {'opened':>7}")
    everything: list[dict[str, object]] = []
    union: list[dict[str, object]] = []
    for name, article, questions in [*story_sets(), *question_set_articles(None)]:
        for row in questions:
            answer = row.get("answer")
            union.append({"set": name, **place(article, row["question"], [answer] if answer else [])})
    summary("union", union)
    everything += union
    if args.squad:
        path = squad_path(None)
        groups = groups_of(json.loads(path.read_text(encoding="utf-8")), 6)
        squad = [
            {"set": name, **place(article, row["question"], row["answers"])}
            for name, text, questions in groups[: args.limit or None]
            for article in (parse(text),)
            for row in questions
        ]
        summary("squad", squad)
        everything += squad
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in everything), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
