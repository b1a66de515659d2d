"""A reader wraps a question in words that are not part of it ("According to the article, …", "Can you tell
me …", "… in the story?", "…, please?", "who exactly …"), contracts it ("where's") and may type it all in
lower case: the question is answered as if asked bare. The frames are data (question_frames.tsv); an
embedded question is put back in question order."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.frames import question_order
from bot.answers.intents import clean, parse_message
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Harbour board names new chair after vote\n\n"
    "The Carrow harbour board named Ines Okafor as its chair on Tuesday after a vote of its nine members.\n\n"
    "Okafor, 52, is a former pilot who ran the port's training school for a decade.\n\n"
    "The board's new offices will open in March, a spokesman said.\n\n"
    "Dock workers in the Harbour Workers Union (HWU) had asked the board for a pay rise of 4 percent."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("According to the article, who won the seat?", "Who won the seat"),
        ("In this story, when did the vote take place?", "When did the vote take place"),
        ("Who won the seat, according to the story?", "Who won the seat"),
        ("Who won the seat in the article?", "Who won the seat"),
        ("Can you tell me who won the seat?", "Who won the seat"),
        ("According to the article, by how much did profit fall?", "By how much did profit fall"),
        ("tell me about Misri", "tell me about Misri"),
        ("According to Okafor, why was the vote held?", "Why was the vote held, according to Okafor"),
        ("Tell me the key dates", "Tell me the key dates"),
        ("I was wondering who won the seat?", "Who won the seat"),
        ("Who won the seat, please?", "Who won the seat"),
        ("Who exactly won the seat?", "Who won the seat"),
        ("How much exactly did it cost?", "How much did it cost"),
        ("What does not exactly match the plan?", "What does not exactly match the plan"),
        ("Where's the board based?", "Where is the board based"),
        ("Who's been named chair?", "Who has been named chair"),
        ("For what reason did she quit?", "Why did she quit"),
        ("What number of flights were cancelled?", "How many flights were cancelled"),
        ("What amount of money did the board pay?", "How much money did the board pay"),
        ("At what point did the talks fail?", "When did the talks fail"),
        ("Which person chairs the board?", "Who chairs the board"),
        ("About how many members voted?", "How many members voted"),
        ("Roughly how far is the port?", "How far is the port"),
        ("About the vote, who won?", "About the vote, who won"),
        (
            "According to the CDC, which children need a vaccine?",
            "Which children need a vaccine, according to the CDC",
        ),
        ("According to police, the man fled", "According to police, the man fled"),
    ],
)
def test_frames_are_dropped_only_around_a_question(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(
    "embedded, expected",
    [
        ("who the chief executive is", "who is the chief executive"),
        ("when the museum will open", "when will the museum open"),
        ("how old Havel is", "how old is Havel"),
        ("what the deal is worth", "what is the deal worth"),
        ("where Wilson is from", "where is Wilson from"),
        ("how many visas were denied", "how many visas were denied"),
        ("how much did profit fall", "how much did profit fall"),
        ("who won the seat", "who won the seat"),
    ],
)
def test_an_embedded_question_is_put_in_question_order(embedded: str, expected: str) -> None:
    assert question_order(embedded) == expected


def test_a_request_for_the_key_dates_is_still_the_command() -> None:
    """A guard: a frame is dropped only before a question word, so the request stays a command."""
    assert parse_message("Can you tell me the key dates?").kind == "dates"


@pytest.mark.parametrize(
    "question",
    [
        "According to the article, who did the harbour board name as its chair?",
        "Can you tell me who the harbour board did name as its chair?",
        "Who did the harbour board name as its chair, according to the story?",
    ],
)
def test_a_framed_question_is_answered_as_the_bare_one(story: Article, question: str) -> None:
    assert answered_span(story, question) == answered_span(
        story, "Who did the harbour board name as its chair?"
    )


def test_a_question_phrase_is_answered_as_its_question_word(story: Article) -> None:
    assert answered_span(story, "What number of members took part in the vote?") == answered_span(
        story, "How many members took part in the vote?"
    )
    assert answered_span(story, "At what point will the board's new offices open?") == "March"


def test_a_hedged_question_is_answered_as_the_plain_one(story: Article) -> None:
    assert answered_span(story, "About how many members took part in the vote?") == "nine members"


def test_an_embedded_question_is_answered(story: Article) -> None:
    assert answered_span(story, "Do you know when the board's new offices will open?") == "March"


def test_a_lower_case_question_finds_the_name_the_article_capitalises(story: Article) -> None:
    answer, _ = answer_message("what does hwu stand for?", story)
    assert answer.kind == "ask" and "Harbour Workers Union" in answer.title + answer.items[0].text
