"""bench/eval_union.py reads the dev stories only: never the held-out half, the final test set, the
validation set or the two fresh sets, which must stay unseen by the union that tuning is judged on."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eval_union  # noqa: E402


def test_the_union_reads_the_dev_stories_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    read: list[str] = []

    def read_gold(split: str) -> list[dict[str, Any]]:
        read.append(split)
        return []

    monkeypatch.setattr(eval_union, "read_gold", read_gold)
    monkeypatch.setattr(eval_union, "stories_dir", lambda: tmp_path)
    assert eval_union.story_sets() == []
    assert read == ["dev"]
