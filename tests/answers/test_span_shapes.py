"""Answer phrases found from the sentence's shape (the subject of a copula, ...) on a made-up story parsed by
the real extractors: text no question set was tuned on. Each case names the rule it checks, and the cases
where the rule must stay out of the way."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.questions import classify
from bot.answers.spans import focus, main_clause
from bot.answers.synonyms import stem
from bot.article import Article, parse
from tests.answers.asking import answered_span, highlighted

STORY = (
    "ORTON, June 3 (Reuters) The Harbour Authority is the main operator of the Orton docks. "
    "The town council met on Monday, and the Kestrel Pier, which is the oldest landing stage in the region, "
    "was closed for repairs. "
    "The lighthouse (built in 1802) is the tallest structure on the coast. "
    "In front of the old customs house is a bronze statue of a fisherman. "
    "A new ferry terminal is planned for the northern quay. "
    "The harbour clock tower was finished in the late 19th century, on 4 May 1891. "
    "Nine old fishing huts stand along the Orton Sands. "
    "In bad weather the ferry stops at 80% of its safety limit. "
    "The harbour's three trades are fishing, boat building and tourism. "
    "The Kestrel Pier was opened in 1850 by King Edmund III. "
    "Its bronze statue was cast by the sculptor Anna de la Torre. "
    "The deck of the pier is made from Baltic oak. "
    "Visitors also come for the Museum of the Sea, the oldest museum in the county. "
    "In winter, salt, wind, and frost are the main enemies of the old pier. "
    "The museum keeps a rebuilt fishing boat from 1890. "
    "Repairing the sea wall will take five to ten years. "
    "The harbour employs 12 to 15 full-time divers. "
    "Last winter the old jetty shut due to a mix of strong winds, heavy seas, and loose planks. "
    "Kestrel Marine Services (KMS), Orton's biggest employer, builds lifeboats. "
    "Its apprentices join the yard's Sea Ready scheme, and the BBC documentary Salt Lines followed them. "
    "Fishermen mend their nets in Het Zeehuis (the Sea House) behind the quay. "
    "Its divers train in hyperbaric (high pressure) chambers.\n\n"
    "Mayor Ruth Fenn said the docks would reopen in August."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        ("What is the main operator of the Orton docks?", "The Harbour Authority"),  # the subject of "is"
        ("What is the oldest landing stage in the region?", "the Kestrel Pier"),  # ", which is" -> before it
        ("What is the tallest structure on the coast?", "The lighthouse"),  # its parenthesis left out
        ("What is the oldest museum in the county?", "Museum of the Sea"),  # a name with "of the" apposed
        ("What are the main enemies of the old pier?", "salt, wind, and frost"),  # a listed subject, whole
        ("Which is Orton's biggest employer?", "Kestrel Marine Services"),  # apposed after its abbreviation
    ],
)
def test_copula_question_is_answered_by_the_subject(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span


@pytest.mark.parametrize(
    "question, wrong",
    [
        ("What is a bronze statue of a fisherman in front of?", "In front of the old customs house"),
        ("What is the new ferry terminal planned for?", "A new ferry terminal"),  # a passive, asked of it
    ],
)
def test_copula_subject_stays_out_of_inverted_and_passive_sentences(
    story: Article, question: str, wrong: str
) -> None:
    answer, _ = answer_message(question, story)
    assert answer.kind != "ask" or highlighted(story, answer) != wrong


@pytest.mark.parametrize("question", ["In what year was X built?", "By which year was it?", "Which year?"])
def test_a_year_question_after_a_preposition_is_a_when_question(question: str) -> None:
    assert classify(question).type == "when"


def test_a_year_question_is_answered_by_a_written_year_not_a_century(story: Article) -> None:
    assert "1891" in answered_span(story, "In what year was the harbour clock tower finished?")


@pytest.mark.parametrize(
    "question, span",
    [
        ("Along what beach do the fishing huts stand?", "the Orton Sands"),
        ("At what level of its safety limit does the ferry stop?", "80%"),  # "of its safety limit" is asked
    ],
)
def test_a_question_opening_with_a_preposition_is_answered_by_its_object(
    story: Article, question: str, span: str
) -> None:
    assert answered_span(story, question) == span


def test_a_question_opening_with_a_preposition_asks_no_subject() -> None:
    asked = focus("Under which treaty does the union ban cartels?")
    assert (asked.opening, asked.noun, asked.subject) == ("under", stem("treaty"), False)


def test_a_list_that_continues_the_answer_is_answered_whole(story: Article) -> None:
    assert (
        answered_span(story, "What are the harbour's three trades?") == "fishing, boat building and tourism"
    )


def test_a_list_continues_a_longer_phrase_but_not_into_a_clause(story: Article) -> None:
    reason = "a mix of strong winds, heavy seas, and loose planks"
    assert answered_span(story, "Why did the old jetty shut?") == reason


def test_a_question_for_one_item_gets_one_item(story: Article) -> None:
    assert answered_span(story, "What is one of the harbour's three trades?") == "fishing"


@pytest.mark.parametrize(
    "question, span",
    [
        ("Who opened the Kestrel Pier?", "King Edmund III"),  # a regnal number is part of the name
        ("Who cast the bronze statue?", "Anna de la Torre"),  # so are particles and the surname they lead
    ],
)
def test_a_name_answer_is_the_whole_name(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span


def test_a_question_word_inside_the_question_stands_where_the_answer_stands(story: Article) -> None:
    assert answered_span(story, "The deck of the pier is made from what?") == "Baltic oak"


def test_a_clause_that_sets_up_the_question_is_read_past() -> None:
    question = "Along with fishing and tourism, in what trade does the harbour work?"
    assert main_clause(question) == "in what trade does the harbour work?"
    assert focus(question).opening == "in"


def test_the_head_of_a_longer_asked_noun_phrase_is_tried_after_its_first_word(story: Article) -> None:
    asked = focus("What wooden boat does the museum keep?")
    assert (asked.noun, asked.head) == (stem("wooden"), stem("boat"))
    assert answered_span(story, "What wooden boat does the museum keep?") == "rebuilt fishing boat"


@pytest.mark.parametrize(
    "question, span",
    [
        ("How long will repairing the sea wall take?", "five to ten years"),
        ("How many divers does the harbour employ?", "12 to 15 full-time divers"),
    ],
)
def test_a_range_is_answered_from_its_first_end(story: Article, question: str, span: str) -> None:
    assert answered_span(story, question) == span


@pytest.mark.parametrize(
    "question, span",
    [
        ("What is the apprentice scheme called?", "Sea Ready"),  # the name before the asked noun
        ("What was the documentary called?", "Salt Lines"),  # the name after it comes first
    ],
)
def test_a_called_question_is_answered_by_the_name_beside_the_asked_noun(
    story: Article, question: str, span: str
) -> None:
    assert answered_span(story, question) == span


@pytest.mark.parametrize(
    "question, span",
    [
        ("What is the Sea House?", "Het Zeehuis"),  # the name a parenthesis says again
        ("What is a word that means high pressure?", "hyperbaric"),  # ... or the one word before it
    ],
)
def test_a_parenthesis_that_restates_the_question_glosses_the_answer(
    story: Article, question: str, span: str
) -> None:
    assert answered_span(story, question) == span
