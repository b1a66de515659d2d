"""bench/eval_rephrased.py: the rewrites it asks a question again with are the ones its docstring names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eval_rephrased  # noqa: E402


@pytest.mark.parametrize(
    "name, question, expected",
    [
        ("According to the article, …", "Who won the seat?", "According to the article, who won the seat?"),
        ("… please?", "Who won the seat?", "Who won the seat, please?"),
        (
            "embedded (Can you tell me who X is?)",
            "Who is Ines Okafor?",
            "Can you tell me who Ines Okafor is?",
        ),
        ("contracted (Who's, What's)", "Where is the board based?", "Where's the board based?"),
        ("… exactly …", "How much did it cost?", "How much exactly did it cost?"),
        ("British / American spelling", "Who criticised the plan?", "Who criticized the plan?"),
        ("a count in digits / words", "Who won two of the seats?", "Who won 2 of the seats?"),
        ("Why -> For what reason", "Why did she quit?", "For what reason did she quit?"),
        ("a typo: a letter dropped", "How many customers lost power?", "How many cusomers lost power?"),
        ("a typo: two letters swapped", "How many customers lost power?", "How many cusotmers lost power?"),
        ("a country in another spelling", "What hit the UK?", "What hit the United Kingdom?"),
    ],
)
def test_a_rephrasing_rewrites_the_question(name: str, question: str, expected: str) -> None:
    assert eval_rephrased.REPHRASINGS[name](question) == expected


def test_a_rephrasing_that_does_not_apply_asks_nothing() -> None:
    assert eval_rephrased.REPHRASINGS["embedded (Can you tell me who X is?)"]("Who won the seat?") is None
    assert eval_rephrased.REPHRASINGS["a count in digits / words"]("Who won the seat?") is None


def test_a_person_is_renamed_as_a_reader_may_name_them() -> None:
    by_title = eval_rephrased.NAME_REPHRASINGS["a person as Mr. Surname"]
    assert by_title("When did Jack Boynton step down?", "Jack Boynton") == "When did Mr. Boynton step down?"
