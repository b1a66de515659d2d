"""bench/eval_retrieval.py: where the ranking puts the sentence that holds a question's expected answer."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eval_retrieval  # noqa: E402

from bot.article import parse  # noqa: E402

STORY = """Harbour council fines ferry operator

The harbour council fined the ferry operator 40,000 pounds on Monday for running late crossings.

The operator said it would appeal. Its crossings to the island resume next week.
"""


def test_the_answer_sentence_ranked_first_is_found_at_the_top() -> None:
    placed = eval_retrieval.place(parse(STORY), "How much was the ferry operator fined?", ["40,000 pounds"])
    assert placed["at"] == 0
    assert placed["opens"] is True


def test_an_answer_in_no_sentence_is_told_apart_from_one_ranked_low() -> None:
    placed = eval_retrieval.place(parse(STORY), "How much was the ferry operator fined?", ["a warning"])
    assert placed["at"] == -1
    assert placed["answerable"] is True


def test_an_unanswerable_question_reports_whether_the_gate_opens() -> None:
    article = parse(STORY)
    assert eval_retrieval.place(article, "When do the crossings to the island resume?", [])["opens"] is True
    placed = eval_retrieval.place(article, "What did the mayor say about the new bridge?", [])
    assert placed == {"question": placed["question"], "answerable": False, "at": None, "opens": False}
