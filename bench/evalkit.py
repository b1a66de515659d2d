"""What every dev-set evaluation shares: where the eval data lives and how to read a scorer's headline.

The data stays in ../shared/eval (its licences forbid copying); NEWSDESK_EVAL_DIR points elsewhere.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent


def eval_dir() -> Path:
    return Path(os.environ.get("NEWSDESK_EVAL_DIR", REPO_ROOT.parent / "shared" / "eval"))


def run_scorer(
    scorer: Path, gold: Path, pred: Path, headline: re.Pattern[str], *, verbose: bool = False
) -> tuple[float, ...]:
    """Run an official scorer and return the figures its last line (the headline) names, in order."""
    command = [sys.executable, str(scorer), str(gold), str(pred), *(["--verbose"] if verbose else [])]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    if verbose:
        print(result.stdout)
    match = headline.search(result.stdout.strip().splitlines()[-1])
    if not match:
        raise RuntimeError(f"unexpected scorer output: {result.stdout[-300:]}")
    return tuple(float(figure) for figure in match.groups())


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
