"""Score free questions on short pasted texts: each dev story's, validation story's and dev question set's
first one, two and three body paragraphs, parsed on their own as a user's paste would be.

    python3 bench/eval_short.py [--paragraphs 1,2,3] [--verbose]

A text is the body paragraphs joined by blank lines, cut from the article at run time (never stored). Asked
on it: each answerable question whose expected answer occurs in the text (case-insensitive), and every
unanswerable question of its set (still unanswerable on a part of the story). Scoring is eval_ask's.
Users paste a paragraph or two as often as a whole story: with few sentences every word's idf is low, so
this is where a score floor fitted to whole stories refuses answers it should give.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from eval_ask import Scored, ask, report_row, show, tally  # noqa: E402
from eval_stories import load_story  # noqa: E402
from eval_union import question_set_articles  # noqa: E402
from evalkit import VALIDATION_SPLIT, read_gold, stories_dir  # noqa: E402

from bot.article import Article, parse  # noqa: E402


def opening(article: Article, count: int) -> str | None:
    """The article's first `count` body paragraphs as one pasted text; None when it has fewer."""
    body = [p.text for p in article.paragraphs if p.kind == "body"]
    return "\n\n".join(body[:count]) if len(body) >= count else None


def sources() -> list[tuple[str, Article, list[dict]]]:
    """(group, article, questions): dev and validation stories, then the dev question sets."""
    found = []
    for split, group in (("dev", "stories dev"), (VALIDATION_SPLIT, "stories validation")):
        for story in read_gold(split):
            path = stories_dir() / story["file"]
            if path.is_file() and story.get("questions"):
                found.append((group, load_story(path, story["kind"]), story["questions"]))
    found += [("question sets", article, questions) for _, article, questions in question_set_articles(None)]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", default="1,2,3", help="how many opening paragraphs, comma-separated")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    counts = [int(n) for n in args.paragraphs.split(",")]
    everything: list[Scored] = []
    print(
        f"{'texts':32} {'ans':>4} {'EM':>6} {'span_EM':>7} {'F1':>6} {'unans':>5} {'abs_P':>6} {'abs_R':>6}"
    )
    loaded = sources()
    for group in dict.fromkeys(g for g, _, _ in loaded):
        for count in counts:
            scored = []
            for _, article, questions in (s for s in loaded if s[0] == group):
                text = opening(article, count)
                if text is None:
                    continue
                short = parse(text)
                low = text.lower()
                for row in questions:
                    expected = row.get("answer")
                    if expected is not None and expected.lower() not in low:
                        continue
                    result = ask(short, row["question"], expected)
                    scored.append(result)
                    if args.verbose and result.mark != "ok ":
                        print(f"[{group} {count}p]", end="")
                        show(short, result)
            report_row(f"{group}, {count} paragraph(s)", *tally(scored))
            everything += scored
    total = report_row("SHORT (all)", *tally(everything))
    print("SHORT EM={:.3f} span_EM={:.3f} F1={:.3f} abstain_P={:.3f} abstain_R={:.3f}".format(*total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
