"""Score free-question answering: exact match / token F1 on answerable questions, abstention precision and
recall on unanswerable ones, and latency against a plain-BM25 baseline in the same run.

    python3 bench/eval_ask.py [--verbose] [--questions DIR ...]

Question sets: tests/answers/seed_questions.json (the seed), bench/questions/*.json and the *.json of every
further folder named by --questions or $NEWSDESK_QUESTIONS_DIRS (folders joined by the path separator, e.g.
another branch's bench/questions, read in place, never copied); each holds only an article id, questions
and short expected spans. A set marked `"held_out": true` was written before any
tuning against it and is reported apart from the dev-set overall, as a check on overfitting; its
questions are not printed unless asked (--show-held-out). Dev texts are read from $NEWSDESK_EVAL_DIR
(default <repo>/../shared/eval) at run time and never copied into the repo; a set whose text is absent
is skipped.

EM: the expected string occurs (case-insensitive) in the first item's text or highlighted span, i.e. the
answer cites the right sentence. span_EM: it occurs in the answer itself, the first item's highlighted span
(an item without a highlight, e.g. a person's roles, is its own answer). F1: token overlap of the expected
string with that answer span only, so a whole-sentence highlight scores low even when the sentence is right.
Questions go through `answer_message`, the path DMs and `newsdesk ask` take.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from evalkit import eval_dir  # noqa: E402

from bot.answers import Answer, answer_message  # noqa: E402
from bot.answers.retrieval import build_index  # noqa: E402
from bot.answers.synonyms import concepts, content_tokens  # noqa: E402
from bot.article import Article, parse  # noqa: E402

SETS = [
    REPO_ROOT / "tests" / "answers" / "seed_questions.json",
    *sorted((REPO_ROOT / "bench" / "questions").glob("*.json")),
]
"""The sets this branch holds; `question_sets` adds the ones in further folders."""
LATENCY_TARGET_MS = 50.0
LATENCY_REPEATS = 5
ABSTAIN_KINDS = frozenset({"abstain", "error"})
_WORD = re.compile(r"\w+")


def question_sets(folders: list[str] | None = None) -> list[Path]:
    """SETS, then the sets of each further folder (--questions, else $NEWSDESK_QUESTIONS_DIRS); a set
    whose file name is already taken (the same set on two branches) is read once, from the first folder."""
    named = (
        folders if folders is not None else os.environ.get("NEWSDESK_QUESTIONS_DIRS", "").split(os.pathsep)
    )
    paths, seen = list(SETS), {p.name for p in SETS}
    for folder in filter(None, named):
        for path in sorted(Path(folder).glob("*.json")):
            if path.name not in seen:
                seen.add(path.name)
                paths.append(path)
    return paths


def load_text(spec: dict) -> str | None:
    if "article" in spec:
        return (REPO_ROOT / spec["article"]).read_text(encoding="utf-8")
    path = eval_dir() / spec["source"]
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            if row["id"] == spec["id"]:
                return row["text"]
    return None


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def token_f1(expected: str, got: str) -> float:
    want, have = Counter(_WORD.findall(expected.lower())), Counter(_WORD.findall(got.lower()))
    common = sum((want & have).values())
    if not common:
        return 0.0
    precision, recall = common / sum(have.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def answer_span(article: Article, answer: Answer) -> str:
    """What the reader is given as the answer: the first item's highlighted span, else its text."""
    if answer.kind in ABSTAIN_KINDS or not answer.items:
        return ""
    item = answer.items[0]
    return article.text[item.highlight[0] : item.highlight[1]] if item.highlight else item.text


def score_answer(article: Article, answer: Answer, expected: str) -> tuple[bool, bool, float]:
    """(EM: the right sentence is cited, span EM: the answer holds the expected span, F1 on the answer)."""
    if answer.kind in ABSTAIN_KINDS or not answer.items:
        return False, False, 0.0
    span = answer_span(article, answer)
    em = any(_norm(expected) in _norm(t) for t in (answer.items[0].text, span) if t)
    return em, _norm(expected) in _norm(span), token_f1(expected, span)


def baseline(article: Article, question: str) -> int:
    """Plain BM25 over sentences: no routing, no synonyms, no abstention; the top sentence index."""
    index = build_index(tuple(s.text for s in article.sentences))
    words = [((s,),) for c in concepts(content_tokens(question)) for s in c[0]]
    scores = [index.score(i, words) for i in range(len(article.sentences))]
    return max(range(len(scores)), key=scores.__getitem__) if scores else -1


def _ms(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - start) * 1000


def latency(article: Article, questions: list[str]) -> tuple[list[float], list[float]]:
    ours, base = [], []
    for _ in range(LATENCY_REPEATS):
        for q in questions:
            ours.append(_ms(answer_message, q, article))
            base.append(_ms(baseline, article, q))
    return ours, base


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report_row(name: str, counts: Counter[str], f1s: list[float]) -> tuple[float, float, float, float, float]:
    """Print one row of the table (a question set, or several) and return EM, span EM, F1, abstain P and R."""
    em = counts["em"] / max(counts["answerable"], 1)
    span_em = counts["span_em"] / max(counts["answerable"], 1)
    f1 = sum(f1s) / max(len(f1s), 1)
    precision = counts["abstain_tp"] / max(counts["predicted_abstain"], 1)
    recall = counts["abstain_tp"] / max(counts["unanswerable"], 1)
    print(
        f"{name:32} {counts['answerable']:4} {em:6.3f} {span_em:7.3f} {f1:6.3f} {counts['unanswerable']:5} "
        f"{precision:6.3f} {recall:6.3f}"
    )
    return em, span_em, f1, precision, recall


@dataclass(frozen=True)
class Scored:
    """One question asked and scored."""

    question: str
    expected: str | None
    """None: the question is unanswerable."""
    answer: Answer
    em: bool = False
    span_em: bool = False
    f1: float = 0.0

    @property
    def abstained(self) -> bool:
        return self.answer.kind in ABSTAIN_KINDS

    @property
    def outcome(self) -> str:
        """What went wrong ("right" when nothing did): the four kinds of miss every scorer counts."""
        if self.expected is None:
            return "right" if self.abstained else "answered an unanswerable one"
        if self.abstained:
            return "refused an answerable one"
        if not self.em:
            return "wrong sentence"
        return "right" if self.span_em else "right sentence, wrong span"

    @property
    def mark(self) -> str:
        if self.expected is None:
            return "ok " if self.abstained else "XX "
        return "ok " if self.span_em else "~  " if self.em else "XX "


def ask(article: Article, question: str, expected: str | None) -> Scored:
    answer, _ = answer_message(question, article)
    if expected is None:
        return Scored(question, None, answer)
    return Scored(question, expected, answer, *score_answer(article, answer, expected))


def dump_row(article: Article, scored: Scored, **fields: object) -> dict[str, object]:
    """One question of a --dump file: `fields` (its set, type, question …), then what the bot gave."""
    return {
        **fields,
        "kind": scored.answer.kind,
        "got": answer_span(article, scored.answer),
        "cited": scored.answer.items[0].text if scored.answer.items else "",
        "em": scored.em,
        "span_em": scored.span_em,
        "f1": round(scored.f1, 4),
    }


def tally(scored: list[Scored]) -> tuple[Counter[str], list[float]]:
    """The counts `report_row` reads, one per `Scored.outcome`, and the answerable questions' F1s."""
    counts: Counter[str] = Counter()
    for s in scored:
        counts[s.outcome] += 1
        counts["predicted_abstain"] += s.abstained
        if s.expected is None:
            counts["unanswerable"] += 1
            counts["abstain_tp"] += s.abstained
        else:
            counts["answerable"] += 1
            counts["em"] += s.em
            counts["span_em"] += s.span_em
    return counts, [s.f1 for s in scored if s.expected is not None]


def show(article: Article, scored: Scored) -> None:
    got = answer_span(article, scored.answer) or scored.answer.title
    kind, want = scored.answer.kind, scored.expected
    print(f"  {scored.mark} [{kind}] {scored.question} -> {got[:110]!r} (want {want!r})")


def score_set(spec: dict, article: Article, *, verbose: bool) -> tuple[Counter[str], list[float]]:
    """Ask every question of one set; count hits and abstentions, collect F1s, print misses if asked."""
    scored = [ask(article, row["question"], row["answer"]) for row in spec["questions"]]
    if verbose:
        for s in scored:
            if s.mark != "ok " or not os.environ.get("ONLY_MISSES"):
                show(article, s)
    return tally(scored)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every question and answer")
    parser.add_argument(
        "--show-held-out",
        action="store_true",
        help="print held-out questions too (hidden so tuning can't peek)",
    )
    parser.add_argument(
        "--questions",
        action="append",
        metavar="DIR",
        help="a further folder of question sets (repeatable; default $NEWSDESK_QUESTIONS_DIRS)",
    )
    args = parser.parse_args()
    totals = {False: Counter(), True: Counter()}
    f1_all: dict[bool, list[float]] = {False: [], True: []}
    longest: tuple[int, Article, list[str]] | None = None
    print(f"{'set':32} {'ans':>4} {'EM':>6} {'span_EM':>7} {'F1':>6} {'unans':>5} {'abs_P':>6} {'abs_R':>6}")
    for path in question_sets(args.questions):
        spec = json.loads(path.read_text(encoding="utf-8"))
        text = load_text(spec)
        if text is None:
            print(f"{path.stem:32} skipped: article text not found under {eval_dir()}")
            continue
        article = parse(text)
        held_out = bool(spec.get("held_out"))
        counts, f1s = score_set(spec, article, verbose=args.verbose and (args.show_held_out or not held_out))
        report_row(f"{path.stem}{' (held-out)' if held_out else ''}", counts, f1s)
        totals[held_out].update(counts)
        f1_all[held_out] += f1s
        words = len(text.split())
        if longest is None or abs(words - 1000) < abs(longest[0] - 1000):
            longest = (words, article, [r["question"] for r in spec["questions"]])
    if not totals[False] and not totals[True]:
        print("no question set could be loaded")
        return 1
    em, span_em, f1, precision, recall = report_row("overall (dev sets)", totals[False], f1_all[False])
    if totals[True]:
        held = report_row("held-out", totals[True], f1_all[True])
        print("HELD-OUT EM={:.3f} span_EM={:.3f} F1={:.3f} abstain_P={:.3f} abstain_R={:.3f}".format(*held))
    assert longest is not None
    words, article, questions = longest
    ours, base = latency(article, questions)
    median, base_median = statistics.median(ours), statistics.median(base)
    print(
        f"LATENCY article={words} words questions={len(questions)}x{LATENCY_REPEATS} "
        f"ours median={median:.2f}ms p95={p95(ours):.2f}ms | plain BM25 median={base_median:.2f}ms "
        f"p95={p95(base):.2f}ms | ratio={median / base_median:.1f}x | target <= {LATENCY_TARGET_MS:.0f}ms "
        f"{'OK' if p95(ours) <= LATENCY_TARGET_MS else 'MISSED'}"
    )
    print(
        f"ASK EM={em:.3f} span_EM={span_em:.3f} F1={f1:.3f} abstain_P={precision:.3f} abstain_R={recall:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
