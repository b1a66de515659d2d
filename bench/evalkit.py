"""What every dev-set evaluation shares: where the eval data lives and how to read a scorer's headline.

The data stays in ../shared/eval (its licences forbid copying); NEWSDESK_EVAL_DIR points elsewhere.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

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
