"""The free-question sets (bench/questions/*.json) that bench/eval_ask.py scores hold what the brief allows:
ids, questions and short expected spans, never article text; one set per document, every expected answer
copied verbatim from its text.

The texts live outside the repository (../shared/eval or $NEWSDESK_EVAL_DIR, licences forbid copying them);
where they are absent (CI) only the checks that need no text run.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from evalkit import eval_dir, read_jsonl  # noqa: E402

SET_FILES = sorted((ROOT / "bench" / "questions").glob("*.json"))
SOURCES = {  # the shared dev file a set's text comes from -> the short name in a dev set's file name
    "summaries_dev.jsonl": "bbc",
    "quotes_dev.jsonl": "polnear",
    "people_dev.jsonl": "people",
    "dates_dev.jsonl": "te3",
}
DEV_PREFIX = "dev_"  # the many small sets on the shared dev texts; the first sets keep their names
DEV_SIZE = range(8, 13)  # questions per dev set
FIRST_SET_SIZE, FIRST_SET_UNANSWERABLE = 30, 5  # the first sets are few and long
MAX_SPAN_CHARS, MAX_SPAN_WORDS = 120, 12
"""An expected answer is a span a reader would highlight, not a copied passage."""
DEV_NAME = re.compile(r"dev_(?P<short>[a-z0-9]+)_[a-z0-9_]+")


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


SETS = {path.name: _load(path) for path in SET_FILES}


@cache
def _texts(source: str) -> dict[str, str]:
    """The texts of one shared dev file by document id ({} when the file is absent)."""
    path = eval_dir() / source
    return {row["id"]: row["text"] for row in read_jsonl(path)} if path.is_file() else {}


def _text(spec: dict[str, Any]) -> str:
    texts = _texts(spec["source"])
    if not texts:
        pytest.skip(f"{spec['source']} is not in {eval_dir()}")
    assert spec["id"] in texts, f"{spec['id']} is not a document of {spec['source']}"
    return texts[spec["id"]]


def test_a_held_out_set_exists() -> None:
    assert any(spec.get("held_out") for spec in SETS.values()), "one set is kept for checking overfitting"


@pytest.mark.parametrize("name", sorted(SETS))
def test_schema(name: str) -> None:
    spec = SETS[name]
    assert {"source", "id", "questions"} <= set(spec) <= {"source", "id", "questions", "held_out"}
    assert spec["source"] in SOURCES and isinstance(spec["id"], str) and spec["id"]
    assert spec.get("held_out", False) in (True, False)
    assert spec["questions"], "a set without questions"
    for row in spec["questions"]:
        assert set(row) == {"question", "answer"}, row
        question, answer = row["question"], row["answer"]
        assert isinstance(question, str) and question == question.strip() and question.endswith("?"), row
        if answer is not None:
            assert isinstance(answer, str) and answer and answer == answer.strip(), row
            assert len(answer) <= MAX_SPAN_CHARS and len(answer.split()) <= MAX_SPAN_WORDS, row
    asked = [row["question"].casefold() for row in spec["questions"]]
    assert len(asked) == len(set(asked)), "a question asked twice"


@pytest.mark.parametrize("name", sorted(n for n in SETS if n.startswith(DEV_PREFIX)))
def test_dev_set_name_size_and_mix(name: str) -> None:
    spec = SETS[name]
    match = DEV_NAME.fullmatch(Path(name).stem)
    assert match and match["short"] == SOURCES[spec["source"]], name
    assert not spec.get("held_out"), "a dev set is for tuning, never held out"
    assert len(spec["questions"]) in DEV_SIZE
    answers = [row["answer"] for row in spec["questions"]]
    assert None in answers and any(answer is not None for answer in answers), "both kinds in every set"


@pytest.mark.parametrize("name", sorted(n for n in SETS if not n.startswith(DEV_PREFIX)))
def test_first_sets_are_long(name: str) -> None:
    answers = [row["answer"] for row in SETS[name]["questions"]]
    assert len(answers) >= FIRST_SET_SIZE and answers.count(None) >= FIRST_SET_UNANSWERABLE


def test_one_set_per_document() -> None:
    documents = [(spec["source"], spec["id"]) for spec in SETS.values()]
    assert len(documents) == len(set(documents)), [d for d in documents if documents.count(d) > 1]


@pytest.mark.parametrize("name", sorted(SETS))
def test_answers_are_verbatim_spans_of_the_text(name: str) -> None:
    spec = SETS[name]
    text = _text(spec)
    missing = [row for row in spec["questions"] if row["answer"] is not None and row["answer"] not in text]
    assert not missing, missing
