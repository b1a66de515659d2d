"""Evidence a reader takes for granted, so the sentence that holds the answer is not refused: a noun for its
verb ("founder" / "founded", "announcement" / "announced"), the description the article gives a person
before their name ("Dutch forward Pieter Vos") for a sentence that names them, a paraphrase of the lexicon
("blast" / "explosion"), the head of a closed compound ("schoolchildren" / "children"); and the questions
those don't answer still declined."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.grounding import question_concepts
from bot.article import Article, parse
from tests.answers.asking import answered_span, cited_sentence

BAKERY = parse(
    "Bakery chain opens third shop in Leeds\n\n"
    "Bakery chain Kestrel Ltd opened its third shop in Leeds on Tuesday, hiring 40 staff.\n\n"
    "Kestrel founder Ana Ruiz said sales rose 12% last year as customers returned to the high street.\n\n"
    "The city council announced on Wednesday that the road outside would be widened.\n\n"
    "Port officials in Hull said flour deliveries to the region had doubled since the spring.\n\n"
    "Rents on the street have fallen by a fifth over two years, according to a local estate agent."
)

CLUB = parse(
    "Vos fined after dispute with club\n\n"
    "Dutch forward Pieter Vos rejoined Ajax on Monday after a long dispute over his contract.\n\n"
    "Vos was fined 40,000 euros for missing training in May.\n\n"
    "The club's chairman said the matter was closed."
)

BLAST = parse(
    "Explosion outside Hamburg station\n\n"
    "The explosion went off around 9:15 p.m. outside the main station, police said on Sunday.\n\n"
    "Nobody was hurt."
)

FLOOD = parse("Flood in Galway\n\nAt least 12 people were killed in the flood on Monday, officials said.")

FERRY = parse(
    "Ferry sails again after repairs\n\n"
    "The ferry carried 300 schoolchildren from Tarbert on its first crossing since the winter.\n\n"
    "The harbour master said the weather had been calm all week."
)


def test_a_verb_question_is_answered_by_the_noun_the_article_uses() -> None:
    assert answered_span(BAKERY, "Who founded Kestrel?") == "Ana Ruiz"


def test_a_noun_question_is_answered_by_the_verb_the_article_uses_too() -> None:
    assert answered_span(BAKERY, "When did the council make its announcement?") == "Wednesday"


def test_a_capitalised_name_is_not_taken_for_a_verb() -> None:
    concepts = question_concepts("When did Porter visit Hull?", BAKERY)
    assert all(("port",) not in concept for concept in concepts)


def test_the_description_before_a_name_finds_the_sentence_that_names_them() -> None:
    assert cited_sentence(CLUB, "How much was the forward fined?").startswith("Vos was fined 40,000 euros")


def test_a_description_the_article_gives_no_one_is_still_declined() -> None:
    answer, _ = answer_message("How much was the goalkeeper fined?", CLUB)
    assert answer.kind == "abstain"


@pytest.mark.parametrize(
    ("article", "question", "found"),
    [
        (BLAST, "What time did the blast happen?", "9:15 p.m."),  # a paraphrase of the lexicon
        # a closed compound holds its head word: "schoolchildren" are children (retrieval.compound_heads)
        (FERRY, "Where were the children carried from?", "Tarbert"),
        # "died" is "killed" (synonyms.tsv)
        (FLOOD, "How many died in the flood?", "At least 12 people"),
    ],
)
def test_the_article_words_it_otherwise(article: Article, question: str, found: str) -> None:
    assert found in answered_span(article, question)


ARREST = parse(
    "Fugitive killed in Turin\n\n"
    "Police in Turin said a fugitive wanted for a bank robbery in Lyon, Marc Delorme, died on Friday.\n\n"
    "Some witnesses said Delorme screamed at officers before the shooting began.\n\n"
    "Delorme fled and was shot dead by patrol officer Paolo Rinaldi, 31, near a station.\n\n"
    "Rinaldi was treated for a wound to his arm."
)


def test_a_sentence_naming_who_did_the_act_beats_one_that_names_no_one() -> None:
    assert answered_span(ARREST, "Who shot Marc Delorme?") == "Paolo Rinaldi"
