"""Who did the asked act: the antecedent of a relative clause ("Mara Quint, who patented the valve"), a
name written after a date that opens its sentence ("In 2019 the Regional Water Authority ranked ..."),
and the agent of an irregular verb's past participle ("taken up by" for "who took up ...?"). A sentence with
the asked act and no one doing it is still declined."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.names import past_participles
from bot.article import Article, parse
from tests.answers.asking import answered_span

STORY = (
    "Valve maker opens a second plant\n\n"
    "The firm's first pump was designed in 2011 by the engineer Mara Quint, who patented the twin valve "
    "in 2014.\n\n"
    "In 2019 the Harlow Green Index ranked the plant as the cleanest in the province.\n\n"
    "The path of reform was then taken up by the Harlow Works Circle, formed after the death of Pieter "
    "Vance in 1981.\n\n"
    "The second plant was flooded in March, and the night shift was sent home."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


def test_the_antecedent_of_a_relative_clause_did_its_act(story: Article) -> None:
    assert answered_span(story, "Who patented the twin valve?") == "Mara Quint"


def test_a_name_after_an_opening_date_is_a_name(story: Article) -> None:
    assert answered_span(story, "Who ranked the plant as the cleanest in the province?") == (
        "Harlow Green Index"
    )


def test_the_agent_of_an_irregular_participle_did_the_asked_act(story: Article) -> None:
    assert answered_span(story, "Who took up the path of reform?") == "Harlow Works Circle"


def test_an_act_with_no_actor_is_declined(story: Article) -> None:
    answer, _ = answer_message("Who flooded the second plant?", story)
    assert answer.kind == "abstain"


def test_participles_are_guessed_only_for_irregular_verbs() -> None:
    assert "taken" in past_participles("took")
    assert "given" in past_participles("give")
    assert "written" in past_participles("wrote")
    assert past_participles("ranked") == frozenset()


GROUPS = (
    "Council reforms its voting\n\n"
    "The outcome of most votes is known beforehand, since party whips normally instruct members which way "
    "to vote.\n\n"
    "The new rules can be enforced by the courts of member states.\n\n"
    "The descendants replaced the old families as the ruling class.\n\n"
    "The hall was repainted in May."
)


@pytest.fixture(scope="module")
def groups() -> Article:
    return parse(GROUPS)


def test_an_unnamed_group_before_the_asked_verb_is_who_did_it(groups: Article) -> None:
    assert answered_span(groups, "Who normally instructs members how to vote?") == "party whips"


def test_an_unnamed_agent_after_by_is_who_did_it(groups: Article) -> None:
    assert answered_span(groups, "Who can enforce the new rules?") == "courts of member states"


def test_a_determined_phrase_before_the_verb_is_no_actor(groups: Article) -> None:
    answer, _ = answer_message("Who replaced the old families as the ruling class?", groups)
    assert answer.kind == "abstain"
    answer, _ = answer_message("Who repainted the hall?", groups)
    assert answer.kind == "abstain"


def test_the_name_an_agent_noun_appositive_describes_holds_the_asked_act() -> None:
    story = parse(
        "Ostrova to race in Berlin\n\n"
        "Lena Ostrova will face the Olympic champion Ada Brenner and her old rival Mira Tan, the current "
        "world record holder.\n\n"
        "The race starts at nine."
    )
    assert answered_span(story, "Who holds the world record?") == "Mira Tan"


def test_the_name_before_a_parenthesis_is_the_subject_of_the_verb_after_it() -> None:
    story = parse(
        "Strike rules\n\n"
        "The Harlow Works Circle (led at the time by the engineer Ines Marlow) drew up the rules for the "
        "strike.\n\n"
        "The strike lasted a week."
    )
    assert answered_span(story, "Who drew up the rules for the strike?") == "Harlow Works Circle"


def test_the_name_before_a_comma_interruption_is_the_subject_of_the_verb_after_it() -> None:
    story = parse(
        "Pump prize awarded\n\n"
        "Mara Quint, helped by an early sketch drawn by Ines Marlow, designed the twin valve.\n\n"
        "Tom Vale, who had replaced Pieter Vance as head of the board after the spring vote, opened the "
        "plant in May.\n\n"
        "The plant employs forty people."
    )
    assert answered_span(story, "Who designed the twin valve?") == "Mara Quint"
    assert answered_span(story, "Who opened the plant?") == "Tom Vale"


SEATS = (
    "Greens gain in the city vote\n\n"
    "The Greens took nine seats from Labour, with many of its councillors not returned, although Labour "
    "leader Ana Ruiz held Leith by 151 votes.\n\n"
    "Turnout was low."
)


def test_a_question_ending_in_a_preposition_asks_for_its_object() -> None:
    assert answered_span(parse(SEATS), "Who did the Greens take nine seats from?") == "Labour"


CUSTODY = (
    "Freed hostages are safe\n\n"
    "The freed workers, the first to be released by the talks, are in the custody of Westmark’s Office of "
    "Home Security, according to spokesman Tom Vale.\n\n"
    "They will meet their families on Monday."
)


def test_the_holder_written_after_the_asked_noun_and_of_is_no_reporter() -> None:
    assert answered_span(parse(CUSTODY), "Who has custody of the freed workers?") == (
        "Westmark’s Office of Home Security"
    )
