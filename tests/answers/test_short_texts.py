"""Issue 16, short texts: a pasted paragraph is answered from its own sentences (the BM25 floor fitted to
the text's idf scale, `grounding.min_score`), and a name candidate ends before a score (`names.CAPITALISED`);
rules measured with bench/eval_short.py and the dev sets (bench/RESULTS.md), on small hand-written reports
parsed for real (no dev-set or seed phrasing)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.grounding import MIN_SCORE, min_score
from bot.article import Article, parse
from tests.answers.asking import answered_span

PARAGRAPH = (
    "Harbour United came from behind to beat Rovers 2-1 at Marsh Lane on Saturday, with the winger Tom "
    "Okafor scoring both of their goals after the break."
)
"""One sentence, as a user pastes it: every word's idf is low, the highest 0.29."""

REPORT = (
    "Rovers lost to Harbour United 2-1 on Saturday in front of a crowd of 9,000 at Marsh Lane.\n\n"
    "The home side had led at half-time through a header from Dan Price.\n\n"
    "Rovers manager Ellen Shaw said her players had tired in the last twenty minutes.\n\n"
    "Harbour United are now third in the league, two points behind the leaders.\n\n"
    "The two clubs meet again in the cup next month.\n"
)


@pytest.fixture(scope="module")
def paragraph() -> Article:
    return parse(PARAGRAPH)


def test_a_pasted_paragraph_answers_what_its_sentence_covers(paragraph: Article) -> None:
    assert answered_span(paragraph, "Who scored both goals?") == "Tom Okafor"


def test_a_pasted_paragraph_still_refuses_what_it_does_not_say(paragraph: Article) -> None:
    answer, _ = answer_message("Who refereed the match?", paragraph)
    assert answer.kind == "abstain"


def test_the_floor_is_lower_only_in_a_text_of_few_sentences(paragraph: Article) -> None:
    story = parse("\n\n".join(f"Item {n} of the council's list was about road {n}." for n in range(30)))
    assert min_score(story) == MIN_SCORE
    assert 0 < min_score(paragraph) < MIN_SCORE / 2


def test_a_name_ends_before_the_score() -> None:
    assert answered_span(parse(REPORT), "Who beat Rovers?") == "Harbour United"
