"""A said clause with a gap, "what did X say Y was / is doing / has done?": the answer is the part of X's
quote or reported speech that fills the gap, not X's whole quote, while "what did X say?" alone still lists
X's quotes and "quotes by X" is still the command."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.intents import parse_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Port strike enters its second week\n\n"
    "Dock workers in Harwick stayed off the job on Monday as the strike entered its second week.\n\n"
    "“The shutdown of the harbour is deliberate. We are now considering legal action against the port "
    "authority,” said Mara Lindqvist, who leads the dockers' union.\n\n"
    "The port authority said the strike, long and costly, had cost shippers about $4 million.\n\n"
    "Lindqvist said the talks would resume on Friday."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_gap_after_the_asked_verb_is_filled_from_the_quote(story: Article) -> None:
    assert answered_span(story, "What did Lindqvist say the union is considering?") == (
        "legal action against the port authority"
    )


def test_what_the_subject_is_comes_from_the_clause_the_subject_heads(story: Article) -> None:
    assert answered_span(story, "What did Lindqvist say the shutdown of the harbour was?") == "deliberate"


def test_reported_speech_fills_the_gap_past_an_aside(story: Article) -> None:
    assert answered_span(story, "What did the port authority say the strike has done?") == (
        "cost shippers about $4 million"
    )


def test_the_slot_question_is_a_question_and_the_bare_one_a_quotes_request(story: Article) -> None:
    assert parse_message("What did Lindqvist say the union is considering?").kind == "ask"
    assert parse_message("What did Lindqvist say?").kind == "quotes"
    assert parse_message("What did Lindqvist tell the workers?").kind == "quotes"
    answer, _ = answer_message("quotes by Lindqvist", story)
    assert answer.kind == "quotes" and answer.items[0].text.startswith("The shutdown of the harbour")


def test_a_gap_the_speaker_never_fills_is_declined_in_the_question_s_words(story: Article) -> None:
    answer, _ = answer_message("What did Lindqvist say the council is planning?", story)
    assert answer.kind == "abstain"
    assert answer.title.startswith("The article doesn't say what Lindqvist said the council is planning")
