"""Paraphrase by word vectors (bot/answers/similar.py, bot/lexicon/word_vectors.npz)."""

from __future__ import annotations

import pytest

from bot import lexicon
from bot.answers import answer_message, similar
from bot.answers.synonyms import stem
from bot.article import parse
from tests.answers.asking import highlighted


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in text.lower().split())


@pytest.mark.parametrize(
    "word, text, expected",
    [
        ("company", "the firm paid a fine", "firm"),
        ("lawyer", "her attorney said", "attorney"),
        ("purchase", "they will buy the mill", "buy"),
    ],
)
def test_a_word_finds_its_paraphrase_in_the_article(word: str, text: str, expected: str) -> None:
    assert expected in similar.neighbours(stem(word), _stems(text))


def test_unrelated_and_unknown_words_find_nothing() -> None:
    assert similar.neighbours(stem("banana"), _stems("the firm paid a fine")) == []
    assert similar.neighbours("zzqxv", _stems("the firm paid a fine")) == []


def test_the_table_holds_unit_vectors() -> None:
    index, matrix = lexicon.vectors("word_vectors")
    assert str(matrix.dtype) == "int8" and len(index) == matrix.shape[0] > 10_000
    norms = (matrix.astype("float32") ** 2).sum(axis=1) ** 0.5 / 127
    assert norms.min() > 0.95 and norms.max() < 1.05


def test_a_question_in_other_words_is_answered() -> None:
    story = parse(
        "Harbour news\n\nThe ferry firm paid a £5m fine to the port.\n\n"
        "The port hopes to reopen the north quay in June.\n\nDock workers held a meeting on Friday.\n"
    )
    answer, _ = answer_message("How much did the company pay?", story)  # "firm", not "company"
    assert answer.kind == "ask", answer.title
    assert highlighted(story, answer) == "£5m"
