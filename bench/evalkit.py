"""What every dev-set evaluation shares: where the eval data lives and how to read a scorer's headline.

The data stays in ../shared/eval (its licences forbid copying); NEWSDESK_EVAL_DIR points elsewhere. The
real-stories texts stay in ../shared/stories (NEWSDESK_STORIES_DIR), their gold in bench/stories/.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent


def eval_dir() -> Path:
    return Path(os.environ.get("NEWSDESK_EVAL_DIR", REPO_ROOT.parent / "shared" / "eval"))


def scorer_output(scorer: Path, gold: Path, pred: Path, *, verbose: bool = False) -> str:
    """Everything an official scorer prints (its details, then the headline as the last line)."""
    command = [sys.executable, str(scorer), str(gold), str(pred), *(["--verbose"] if verbose else [])]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def headline_figures(output: str, headline: re.Pattern[str]) -> tuple[float, ...]:
    """The figures a scorer's last line (the headline) names, in order."""
    match = headline.search(output.strip().splitlines()[-1])
    if not match:
        raise RuntimeError(f"unexpected scorer output: {output[-300:]}")
    return tuple(float(figure) for figure in match.groups())


def run_scorer(
    scorer: Path, gold: Path, pred: Path, headline: re.Pattern[str], *, verbose: bool = False
) -> tuple[float, ...]:
    """Run an official scorer and return the figures its last line (the headline) names, in order."""
    output = scorer_output(scorer, gold, pred, verbose=verbose)
    if verbose:
        print(output)
    return headline_figures(output, headline)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass(frozen=True)
class DevSet:
    """One task's dev set: the gold file, the official scorer beside it, and the gold documents."""

    gold: Path
    scorer: Path
    docs: list[dict[str, Any]]

    def score(
        self, predictions: Path, headline: re.Pattern[str], *, verbose: bool = False
    ) -> tuple[float, ...]:
        return run_scorer(self.scorer, self.gold, predictions, headline, verbose=verbose)


def dev_set(task: str) -> DevSet | None:
    """`dates` -> dates_dev.jsonl and score_dates.py; None, having said so, when they are not there."""
    folder = eval_dir()
    gold, scorer = folder / f"{task}_dev.jsonl", folder / f"score_{task}.py"
    if not gold.is_file() or not scorer.is_file():
        print(f"eval set not found in {folder} (set NEWSDESK_EVAL_DIR); skipping.")
        return None
    return DevSet(gold, scorer, read_jsonl(gold))


# the real-stories set (bench/stories/) ----------------------------------------------------------------

STORIES_GOLD = REPO_ROOT / "bench" / "stories"
SPLITS = ("dev", "heldout")  # the halves the engineers work with
TEST_SPLIT = "test"  # the final test set: run once, at the end, by the lead engineer only
VALIDATION_SPLIT = "validation"  # fresh stories with free questions only: unseen news to check a change on
FRESH_SPLIT = "fresh"  # questions only, read unseen by the lead at a session's start commit and at its end
FRESH2_SPLIT = "fresh2"  # a second fresh set, other stories, read the same way: at a session's start and end
FRESH_SPLITS = (FRESH_SPLIT, FRESH2_SPLIT)  # scored and reported alike: ask figures only, misses opt-in
TUNE_SPLIT = (
    "tune"  # questions only, written to be tuned on: new stories of the kinds the unseen sets miss on
)
TUNE2_SPLIT = (
    "tune2"  # a second tuning set, other stories; read once unseen (figures only) before it is opened
)
TUNE_SPLITS = (TUNE_SPLIT, TUNE2_SPLIT)
QUESTIONS_ONLY_SPLITS = (
    VALIDATION_SPLIT,
    *FRESH_SPLITS,
    *TUNE_SPLITS,
)  # records marked "questions_only": true
ALL_SPLITS = (*SPLITS, TEST_SPLIT, VALIDATION_SPLIT, *FRESH_SPLITS, *TUNE_SPLITS)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)
_FOLDS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "\xa0": " "})


def stories_dir() -> Path:
    """Where the story texts live: outside the repo, as their licences require."""
    return Path(os.environ.get("NEWSDESK_STORIES_DIR", REPO_ROOT.parent / "shared" / "stories"))


def read_gold(split: str) -> list[dict[str, Any]]:
    return read_jsonl(STORIES_GOLD / f"{split}.jsonl")


def decode_page(data: bytes) -> str:
    """A page's characters: UTF-8, else the charset its <meta> declares, else Windows-1252."""
    declared = _CHARSET.search(data[:4096])
    for encoding in ("utf-8", declared.group(1).decode("ascii") if declared else None, "cp1252"):
        try:
            return data.decode(encoding) if encoding else ""
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skipping += tag in _SKIPPED_TAGS

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in _SKIPPED_TAGS and self.skipping > 0

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def visible_text(data: bytes, kind: str) -> str:
    """Everything a reader could see in the file (a page's text outside scripts and styles), independent
    of any extractor, so a gold span can be checked against the story without trusting the bot."""
    if kind == "text":
        return data.decode("utf-8")
    parser = _Visible()
    parser.feed(decode_page(data))
    return " ".join(parser.parts)


def fold(text: str) -> str:
    """Lower case, straight quotes and hyphens, single spaces: how gold spans are compared with texts."""
    return " ".join(text.translate(_FOLDS).lower().split())
