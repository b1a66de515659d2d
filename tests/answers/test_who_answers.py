"""A who-answer names someone: not the inside of a word ("Bay" of "eBay"), not a number, and a role's
holder ("South Korea's president") only by a name."""

from __future__ import annotations

from bot.answers import answer_message, names
from bot.article import parse

FILLER = "\n\n".join(
    [
        "The council will meet again next month to discuss the budget.",
        "Local businesses reported a busy weekend after the fair.",
        "Schools reopened after the holiday with new timetables.",
    ]
)


def test_no_name_inside_a_word_nor_a_number_is_a_candidate() -> None:
    article = parse("A 20-year-old man is selling space to the highest bidder on website eBay.\n\n" + FILLER)
    found = [article.text[a:b] for a, b in names.candidates(article, article.sentences[0])]
    assert "Bay" not in found and "20" not in found


def test_the_holder_of_a_role_is_named_or_the_bot_abstains() -> None:
    article = parse(
        "The report comes after North and South Korea exchanged artillery fire yesterday.\n\n" + FILLER
    )
    answer, _ = answer_message("Who is South Korea's president?", article)
    assert answer.kind == "abstain"


def test_a_role_holder_named_in_the_story_is_the_answer() -> None:
    article = parse(
        "South Korea's president, Lee Jae-myung, called for calm after the exchange of fire.\n\n" + FILLER
    )
    answer, _ = answer_message("Who is South Korea's president?", article)
    assert answer.kind == "ask" and "Lee Jae-myung" in answer.title


def test_a_word_capitalised_only_to_open_a_sentence_is_no_name() -> None:
    article = parse(
        "Plus, only one person is known to have been hit by space debris.\n\n"
        "Rose Byrne thanked the crew, and later Rose Byrne left.\n\n" + FILLER
    )
    assert names.candidates(article, article.sentences[0]) == []
    second = [article.text[a:b] for a, b in names.candidates(article, article.sentences[1])]
    assert second[0] == "Rose Byrne"  # a name that is also a word is written capitalised inside sentences too


def test_the_agent_after_by_may_carry_capitalised_modifiers() -> None:
    article = parse(
        "The long vessel, owned by the Swiss shipping company Alpenfluss, sails out of Basel.\n\n" + FILLER
    )
    answer, _ = answer_message("Who owns the vessel?", article)
    assert answer.kind == "ask" and answer.title == "Alpenfluss"


def test_a_speaker_that_opens_the_sentence_with_an_everyday_word_is_no_name() -> None:
    article = parse(
        "A rookie officer shot the suspect during a routine stop.\n\n"
        "Some accounts said that the suspect screamed “God is great” during the shooting.\n\n" + FILLER
    )
    answer, _ = answer_message("Who shot the suspect?", article)
    assert "Some accounts" not in answer.title


def test_the_role_noun_of_the_asked_verb_before_a_name_answers() -> None:
    article = parse(
        "India captain Rohan Mehta won the toss and chose to bat.\n\n"
        "Club owner Piet Vander watched from the stands.\n\n" + FILLER
    )
    for question, name in (("Who captained India?", "Rohan Mehta"), ("Who owns the club?", "Piet Vander")):
        answer, _ = answer_message(question, article)
        assert answer.kind == "ask" and answer.title == name


def _role(text: str, question: str) -> str:
    article = parse(text + "\n\n" + FILLER)
    answer, _ = answer_message(question, article)
    item = answer.items[0]
    assert item.highlight is not None
    return article.text[item.highlight[0] : item.highlight[1]]


def test_a_role_after_an_age_is_the_persons_role() -> None:
    text = (
        "Investigators asked whether he had exploited Marie Lenoir, 91, the heiress to a cosmetics fortune."
    )
    assert _role(text, "Who is Marie Lenoir?") == "the heiress to a cosmetics fortune"


def test_a_title_holds_the_acronym_in_brackets_of_its_organisation() -> None:
    text = "Hong Kong Rugby Football Union (HKRFU) chairman John Molloy wants the city to host the final."
    assert _role(text, "Who is John Molloy?") == "Hong Kong Rugby Football Union (HKRFU) chairman"


def test_a_title_set_off_by_a_comma_before_the_name_is_the_persons_role() -> None:
    text = "Mr. Duval's lawyer, Thierry Morel, called the decision unjust."
    assert _role(text, "Who is Thierry Morel?") == "Mr. Duval's lawyer"
