"""The question sets hold what the brief allows: ids, questions and short expected spans, never article
text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETS = sorted((ROOT / "bench" / "questions").glob("*.json"))
MAX_SPAN_CHARS = 120
"""An expected answer is a span a reader would highlight, not a copied passage."""


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_question_set_holds_only_ids_questions_and_spans(path: Path) -> None:
    spec = json.loads(path.read_text(encoding="utf-8"))
    assert set(spec) <= {"source", "id", "held_out", "questions"}
    questions = spec["questions"]
    assert len(questions) >= 30
    assert sum(1 for row in questions if row["answer"] is None) >= 5
    for row in questions:
        assert set(row) == {"question", "answer"}
        assert row["answer"] is None or len(row["answer"]) <= MAX_SPAN_CHARS


def test_a_held_out_set_exists() -> None:
    held_out = [p for p in SETS if json.loads(p.read_text(encoding="utf-8")).get("held_out")]
    assert held_out, "one set is kept for checking overfitting"
