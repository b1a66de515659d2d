"""Entity-aware retrieval: a sentence that refers to a person by pronoun or description is found by their
name, below a sentence that names them, and the cited sentence stays the literal one."""

from __future__ import annotations

from bot.answers import Conversation
from bot.answers.ask import answer_question
from bot.answers.grounding import question_concepts
from bot.answers.references import referred_names
from bot.answers.retrieval import REFERENCE_CREDIT, index_for
from bot.article import Article, parse

STORY = (
    "Marta Kowalczyk, the festival director, opened the new hall in Gdynia on Monday.\n\n"
    "The crowd was larger than expected.\n\n"
    "She said the hall would host forty concerts a year.\n\n"
    "The veteran organiser added that tickets would go on sale in March.\n\n"
    "Tomasz Nowak, a local councillor, praised the building. He called it a gift to the city."
)


def _article() -> Article:
    return parse(STORY)


def _sentence(article: Article, words: str) -> int:
    return next(s.index for s in article.sentences if words in s.text)


def test_a_pronoun_refers_to_the_person_named_before_it() -> None:
    article = _article()
    referred = referred_names(article)
    assert "Marta Kowalczyk" in referred[_sentence(article, "She said the hall")]
    assert "Marta Kowalczyk" not in referred[_sentence(article, "The crowd was")]


def test_the_nearest_person_of_the_same_sentence_wins() -> None:
    article = _article()
    said = referred_names(article)[_sentence(article, "He called it")]
    assert "Tomasz Nowak" in said and "Marta Kowalczyk" not in said


def test_a_description_chains_from_a_resolved_pronoun() -> None:
    article = _article()
    assert "Marta Kowalczyk" in referred_names(article)[_sentence(article, "The veteran organiser")]


def test_a_sentence_that_names_the_person_gets_nothing_added() -> None:
    article = parse("Ann Lee won. Ann Lee said she was happy.")
    assert "Ann Lee" not in referred_names(article)[1]


def test_no_person_before_means_no_reference() -> None:
    article = parse("He arrived late on Monday. The meeting had started.")
    assert referred_names(article) == ((), ())


def test_a_referred_name_covers_the_question_below_a_literal_one() -> None:
    article = _article()
    index = index_for(article)
    question = question_concepts("How many concerts will Kowalczyk host?", article)
    referred = _sentence(article, "She said the hall")
    assert index.coverage(referred, question) < 1.0
    assert index.coverage(referred, question) >= 1 - (1 - REFERENCE_CREDIT) / len(question)


def test_a_question_by_name_is_answered_from_the_pronoun_sentence_it_cites() -> None:
    article = _article()
    answer = answer_question("How many concerts a year will Kowalczyk's hall host?", article, Conversation())
    assert answer.kind == "ask"
    assert answer.items[0].text.startswith("She said the hall")
    assert "forty" in answer.title


def test_a_pronoun_passes_over_a_person_the_article_titles_otherwise() -> None:
    article = parse(
        "Mrs Helen Ward chaired the inquiry. Mr David Price wrote to the board on Monday. "
        "Later she said the board had not replied."
    )
    said = referred_names(article)[2]
    assert "Helen Ward" in said and "David Price" not in said


LEAD_BY_AGE = (
    "A 52-year-old ferry captain who ran his boat aground near Oban admitted negligence on Tuesday.\n\n"
    "Callum Reid faces a fine of up to 5,000 pounds.\n\n"
    "Sheriff Anne Walsh set sentencing for June 3."
)


def test_an_age_in_a_lead_that_names_no_one_introduces_the_person_named_next() -> None:
    article = parse(LEAD_BY_AGE)
    assert "Callum Reid" in referred_names(article)[0]
    answer = answer_question("How old is Callum Reid?", article, Conversation())
    assert answer.kind != "abstain" and "52-year-old" in answer.title


def test_an_age_after_someone_is_named_introduces_no_one() -> None:
    article = parse(
        "Callum Reid was arrested on Monday.\n\n"
        "Police said they had detained a 52-year-old man.\n\n"
        "Anne Walsh, a neighbour, said the street was quiet."
    )
    referred = referred_names(article)[1]
    assert "Anne Walsh" not in referred and "Callum Reid" not in referred


def test_a_description_someone_holds_stands_for_another_than_its_holder() -> None:
    article = parse(
        "Nina Hartley on Tuesday called on Paul Brennan to apologise to the union.\n\n"
        "“That was unfair,” Brennan's former campaign adviser said in an interview with the Courier.\n\n"
        "The union has not commented."
    )
    referred = referred_names(article)[1]
    assert "Nina Hartley" in referred and "Paul Brennan" not in referred
