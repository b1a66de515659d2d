"""Citations are built from a fact's span via the article's sentences."""

from __future__ import annotations

from bot.answers.citations import cite_sentence, cite_span
from bot.article.model import Article
from tests.answers.conftest import span


def test_span_inside_one_sentence_cites_it(tiny: Article) -> None:
    (citation,) = cite_span(tiny, *span("Inflation is sticky"))
    assert citation.sentence == 4
    assert citation.paragraph == 2
    assert citation.text == tiny.text[citation.start : citation.end]
    assert "Inflation is sticky" in citation.text


def test_span_over_two_sentences_cites_both_in_order(tiny: Article) -> None:
    start = span("disagreed")[0]
    end = span("Inflation")[1]
    assert [c.sentence for c in cite_span(tiny, start, end)] == [3, 4]


def test_empty_span_cites_the_sentence_holding_it(tiny: Article) -> None:
    at = span("briefing")[0]
    assert [c.sentence for c in cite_span(tiny, at, at)] == [1]


def test_out_of_range_cites_nothing(tiny: Article) -> None:
    assert cite_sentence(tiny, 99) == ()
    assert cite_sentence(tiny, -1) == ()
    assert cite_span(tiny, len(tiny.text) + 5, len(tiny.text) + 5) == ()
