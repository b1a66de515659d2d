"""When and where answers on a made-up story parsed by the real extractors: a date that names a point
beats a vague one, a date keeps the words that bound or approximate it, "from when" is a question, and
"where did X rank?" asks for a position. Each case names the rule it checks.
"""

from __future__ import annotations

import pytest

from bot.answers import Conversation, answer_message
from bot.answers.ask import answer_question
from bot.answers.intents import parse_message
from bot.article import Article, parse
from tests.answers.asking import answered_span, highlighted

STORY = (
    "Ferry runs aground off Kessel harbour\n\n"
    "KESSEL — A passenger ferry ran aground late Thursday off the coast of Kessel, the coastguard said.\n\n"
    "The ferry that ran aground in Thursday's storm was towed.\n\n"
    "In the last few weeks, the ferry line cut its last crossings.\n\n"
    "The ferry line's last crossing to the island of Marn was on March 3, a spokesman for the line said "
    "after the storms that had closed the harbour for days.\n\n"
    "Divers found the hull breach at about 6 a.m. Friday, the coastguard said.\n\n"
    "The line said it would finish repairs by the end of April.\n\n"
    "A new harbour wall will open in late June of next year.\n\n"
    "Crews will work on the wall four days per week as of May 12, the council said.\n\n"
    "Delegates will meet for Kesselfest in the town hall on 14 October, the council said.\n\n"
    "The tug that towed it was en route to Tarrow, its home port.\n\n"
    "The ferry line sells tickets to Marn again now.\n\n"
    "The ferry line sold its first tickets to Marn on April 2, after storms had shut the pier for days.\n\n"
    "The ferry's captain had surgery on June 9.\n\n"
    "Doctors said the captain could return to work within eight weeks of the operation.\n\n"
    "The tug departed Kessel harbour at 4:15 p.m. with a crew of five from the coastguard station.\n\n"
    "The tug was back at 9:40 p.m.\n\n"
    "Rescue divers from Marn joined the search in Kessel.\n\n"
    "One rescue diver was cut in the hand.\n\n"
    "The ferry line ranked 12th among the country's transport firms in a survey last year.\n\n"
    "Dutch volunteers were sheltered by farmers in neighbouring Belgium after the river rose.\n\n"
    "Canadian peacekeepers remained stationed in the valley, the army said.\n\n"
    "The ferry talks were held at the Grand Hotel in Port Aster, the council said."
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(STORY)


@pytest.mark.parametrize(
    "question, span",
    [
        # a date written as a possessive ("Thursday's grounding") only refers back to the event's date
        ("When did the ferry run aground?", "late Thursday"),
        # a duration ("the past few weeks") names no point: a calendar date in as good a sentence wins
        ("When was the ferry line's last crossing?", "March 3"),
        # a reference to the present ("now") names no point either
        ("When did the ferry line sell tickets to Marn?", "April 2"),
        # "operation" is "surgery" (synonyms.tsv), and the date beats the duration
        ("When was the captain's operation?", "June 9"),
        # "leave" is "depart" (synonyms.tsv)
        ("What time did the tug leave?", "4:15 p.m."),
        # an approximation before a time of day belongs to it (figure_qualifiers.txt)
        ("What time did divers find the hull breach?", "about 6 a.m. Friday"),
        # a bound that overlaps the date's own first words ("by the end of" + "the end of April") stays,
        # though an answer's edges lose a leading preposition
        ("When will the line finish repairs?", "by the end of April"),
        # "of next year" after a month says which year it is
        ("When will the new harbour wall open?", "late June of next year"),
        # "from when …?" is a when-question, and a set ("per week") is no point in time
        ("From when will crews work on the wall four days a week?", "May 12"),
        # when a named event starts: "start" only says it takes place, the name is the event
        ("When does Kesselfest start?", "14 October"),
        # a sentence that matches better and names no place answers with its place phrase, whose
        # preposition says where relative to the thing ("in the hand", not "the hand")
        ("Where was the rescue diver cut?", "in the hand"),
        # "headed" is "en route to" (synonyms.tsv): the destination the story names with other words
        ("Where was the tug headed?", "Tarrow"),
        # "where did X rank?" asks for a position: an ordinal, not a place
        ("Where did the ferry line rank among transport firms?", "12th"),
        # a demonym is a people's adjective, no place (origins.is_demonym): the named place answers
        ("Where were the volunteers sheltered?", "Belgium"),
        # ... and where a demonym is the sentence's only name, the place a common noun names does
        ("Where did the peacekeepers remain stationed?", "in the valley"),
        # a place the sentence puts in a named place keeps it
        ("Where were the ferry talks held?", "the Grand Hotel in Port Aster"),
    ],
)
def test_when_and_where_spans(story: Article, question: str, span: str) -> None:
    assert highlighted(story, answer_question(question, story, Conversation())) == span


@pytest.mark.parametrize(
    "text", ["From when will crews work on the wall?", "Since when has the ferry been docked?"]
)
def test_a_question_word_after_a_preposition_opens_a_question(text: str) -> None:
    assert parse_message(text).kind == "ask"


def test_key_dates_still_is_the_command() -> None:
    assert parse_message("key dates").kind == "dates"


def test_rank_without_an_ordinal_is_an_ordinary_where_answer(story: Article) -> None:
    answer = answer_question("Where did the ferry finish its run?", story, Conversation())
    assert not any(ch.isdigit() for ch in answer.title), answer.title


@pytest.mark.parametrize(
    "question, span",
    [
        ("Where did the monks flee to?", "southern Italy"),
        ("Where did the rain bring flooding?", "the south-west of England"),
        ("Where do the farms still grow grapes?", "Western Cape province"),
    ],
)
def test_a_place_keeps_the_part_of_it_and_the_kind_of_place_the_story_names(question: str, span: str) -> None:
    regions = parse(
        "Weather and farms\n\n"
        "Several monks of the abbey fled to southern Italy after the fire, where they founded a school.\n\n"
        "Heavy rain brought flooding to the south-west of England, while snow closed roads.\n\n"
        "Many farms in the Western Cape province still grow grapes for wine."
    )
    assert span in answered_span(regions, question)


STREETS = (
    "Blast in the city\n\n"
    "The blast went off around 9 p.m. in front of 48 East 12th Street, according to Police Commissioner "
    "Dana Hart.\n\n"
    "The firm's new offices will be at 200 Harbour Avenue in Leeds, a spokesman said.\n\n"
    "Names of the dead will be carved on a memorial to be built in the nation's capital, Wellington.\n\n"
    "At the annual Garden Show last week, chairman Tom Ellery said ticket sales had doubled."
)


@pytest.mark.parametrize(
    "question, span",
    [
        ("Where did the blast go off?", "48 East 12th Street"),
        ("Where will the firm's new offices be?", "200 Harbour Avenue in Leeds"),
        ("Where will the memorial be built?", "in the nation's capital, Wellington"),
        # a named event is where it was said, also opening the sentence (facts.LOCATIVE)
        ("Where did Ellery speak about ticket sales?", "At the annual Garden Show"),
    ],
)
def test_a_street_address_a_named_capital_and_a_named_event_answer_where(question: str, span: str) -> None:
    assert answered_span(parse(STREETS), question) == span


@pytest.mark.parametrize(
    "question, span",
    [
        ("When will the replay be played?", "3 p.m. Saturday"),
        ("Where will the final be played?", "Brampton"),
        ("When did the fair take place?", "1998"),
    ],
)
def test_a_verb_that_only_sets_the_event_is_left_out(question: str, span: str) -> None:
    """ "be played", "be held", "take place" only say the event is set somewhere or some time: the story
    dates or places it with other words (facts._SETTING, setting_verbs.txt)."""
    article = parse(
        "Cup replay moved\n\n"
        "The county cup replay has been moved to 3 p.m. Saturday because of heavy rain.\n\n"
        "Arlo named Tom Baker in their squad for the final against Kessel in Brampton.\n\n"
        "The town's first book fair was in 1998, organisers said."
    )
    answer, _ = answer_message(question, article)
    assert highlighted(article, answer) == span


LIVES = (
    "Harbour history\n\n"
    "The harbour was mapped by the surveyors Ada Kessel (1851–1920) and Tom Marn (1855–1931).\n\n"
    "Its first master, Jon Arlo (1890–95), built the pier."
)


@pytest.mark.parametrize(
    "question, reply",
    [
        ("When was Ada Kessel born?", "1851"),
        ("When did Tom Marn die?", "1931"),
        # "(1890–95)" is as often a term of office as a life: no year of death
        ("When did Jon Arlo die?", "The article doesn't say when Jon Arlo died."),
    ],
)
def test_a_lifespan_after_the_name_gives_birth_and_death(question: str, reply: str) -> None:
    """The years in brackets after a person's name are their life (facts._lifespan, LIFESPAN)."""
    answer, _ = answer_message(question, parse(LIVES))
    assert answer.title == reply


def test_a_place_after_a_possessive_answers_where() -> None:
    """ "at its annual Harbour Expo": a named event after "its" ("their", "his") is where, as after "the"."""
    story = parse(
        "Boatmaker shows new hulls\n\n"
        "Kessel Marine unveiled three electric hulls at its annual Harbour Expo in early May.\n\n"
        "The hulls will be sold from next spring, the company said."
    )
    answer = answered_span(story, "Where did Kessel Marine unveil the electric hulls?")
    assert answer.startswith("at its annual")


def test_a_name_after_near_answers_where() -> None:
    """ "near Camp Orlo": a name after "near" (or "outside") is a place, as after "in" or "at"."""
    story = parse(
        "Marchers stopped by police\n\n"
        "Police turned the marchers back near Camp Orlo on Saturday, a spokesman said.\n\n"
        "The march had started that morning."
    )
    answer, _ = answer_message("Where were the marchers turned back?", story)
    assert answer.kind == "ask", answer.title
    assert "Camp Orlo" in answer.title


def test_a_sentence_naming_only_the_asked_places_passes_to_the_next() -> None:
    """The best sentence's only places are the question's own ("France", "Spain"): a later sentence that
    passes the gate may name where ("at Kell Park")."""
    story = parse(
        "Cup semi-final set\n\n"
        "France will play Spain again after last year's final, when France coach Ray Dunne said Spain played "
        "well and France will play better.\n\n"
        "The France squad is fit for Sunday's clash with Spain at Kell Park.\n\n"
        "Tickets are sold out."
    )
    answer, _ = answer_message("Where will France play Spain?", story)
    assert answer.kind == "ask", answer.title
    assert "Kell Park" in answer.title


def test_a_frequency_says_how_often_not_when() -> None:
    """ "discarded every year" says how often batteries are thrown away, not when the firm will act: a set
    of no particular day names no time, so the question is declined; "every Monday" names one."""
    story = parse(
        "Old batteries could light homes\n\n"
        "Millions of laptop batteries thrown away every year could still light homes in poor countries, "
        "researchers at Norell said.\n\n"
        "The team tested the packs in Pune.\n\n"
        "The market in Pune opens every Monday."
    )
    declined, _ = answer_message("When will Norell offer the batteries to poor countries?", story)
    assert declined.kind == "abstain", declined.title
    answer, _ = answer_message("When does the market in Pune open?", story)
    assert answer.kind == "ask", answer.title
    assert "Monday" in answer.title
