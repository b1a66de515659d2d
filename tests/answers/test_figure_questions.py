"""Figure questions (issue 16): the asked kind of figure from the asked noun, ranges written with a
dash or "or", figures whole with their thousands and abbreviated units, counts written with a counter
noun or a fraction, and a measure of time that counts nothing, on small hand-written stories (no dev-set
or seed phrasing)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import parse
from tests.answers.asking import highlighted

FILLER = "\n\nThe council will meet next month.\n\nLocal businesses reported a busy weekend."


@pytest.mark.parametrize(
    "sentence, question, span",
    [
        (  # a payout is money: not the length of time in the same clause
            "Payouts over the next 20 years could reach $3 million, the lawyers said.",
            "How much could the payouts reach?",
            "$3 million",
        ),
        (  # the asked measure itself is answered
            "The town's unemployment rate rose to 5.2% in March, officials said.",
            "What is the town's unemployment rate?",
            "5.2%",
        ),
        (  # an "-ed" word before the measure is no other modifier
            "The bridge will be built at an estimated cost of $4 million.",
            "How much will the bridge cost?",
            "$4 million",
        ),
        (  # a range written with a dash keeps its first end, after "by" too
            "The city will cut its emissions by 20–25% by 2030, the mayor said.",
            "By how much will the city cut its emissions?",
            "20–25%",
        ),
        (  # a counter noun counts whatever is asked
            "The new team will play 38 times in its first league season.",
            "How many matches will the new team play?",
            "38 times",
        ),
        (  # the counted noun before a counter noun ("members") still counts
            "The inquiry led the port to suspend four Riverton crew members on Friday.",
            "How many crew did the port suspend?",
            "four Riverton crew members",
        ),
        (  # a counter noun before the counted noun is its modifier
            "The pact was signed by 15 member states in May.",
            "How many member states signed the pact?",
            "15 member states",
        ),
        (  # a part of a whole counts the whole's noun
            "Nine of the 40 climbers reached the summit on Sunday.",
            "How many climbers reached the summit?",
            "Nine",
        ),
        (  # "in total" asks for the whole
            "Nine of the 40 climbers who set out reached the summit on Sunday.",
            "How many climbers set out in total?",
            "40 climbers",
        ),
        (  # a bare number right after the question's verb counts what is asked
            "The blast, which killed seven, was the worst in a decade.",
            "How many people did the blast kill?",
            "seven",
        ),
        (  # ... and after "<the question's noun> of"
            "The city named a review panel of nine to study the flood.",
            "How many people are on the review panel studying the flood?",
            "nine",
        ),
        (  # a fraction counts when the asked noun follows it
            "The agency released 2.5 floors at 40 Elm Street last year.",
            "How many floors did the agency release?",
            "2.5 floors",
        ),
        (  # a range written with "or" keeps its first end
            "Dealers expect the regional bank to lend about 14 or 15 billion crowns to the port this year.",
            "How much will the regional bank lend to the port?",
            "about 14 or 15 billion crowns",
        ),
        (  # a unit's abbreviation keeps its full stop
            "Tankers unloaded 2.3 million bbl. of crude at the northern quay last year.",
            "How much crude did tankers unload at the northern quay?",
            "2.3 million bbl.",
        ),
        (  # the thousands comma of a figure is no break in an answer phrase
            "Port rules require shipping agents to declare to the customs office all cargo loads heavier "
            "than 40,000 kg.",
            "What must shipping agents declare to the customs office?",
            "all cargo loads heavier than 40,000 kg",
        ),
    ],
)
def test_the_figure_that_answers(sentence: str, question: str, span: str) -> None:
    story = parse(sentence + FILLER)
    answer, _ = answer_message(question, story)
    assert answer.kind == "ask", answer.title
    assert highlighted(story, answer) == span


@pytest.mark.parametrize(
    "sentence, question",
    [
        (  # profit is money: a rate is no answer
            "The bakery sold more loaves this year and its profit rose 8 percent.",
            "How much profit did the bakery make?",
        ),
        (  # the same measure noun with another modifier measures another thing
            "The town's unemployment rate rose to 5.2% in March, officials said.",
            "What is the town's inflation rate?",
        ),
        (  # revenue is not profit
            "The brewery reported revenues of $8 million last year.",
            "How much profit did the brewery make?",
        ),
        (  # a length of time counts no nurses
            "All nurses at the hospital will work four days per week from June.",
            "How many nurses does the hospital employ?",
        ),
    ],
)
def test_a_figure_of_another_kind_is_no_answer(sentence: str, question: str) -> None:
    story = parse(sentence + FILLER)
    answer, _ = answer_message(question, story)
    assert answer.kind == "abstain", highlighted(story, answer)


LENGTHS = (
    "The 101-meter research ship Falkor has sailed for more than a hundred years under three flags.\n\n"
    "The strike at the port lasted eight days.\n\n"
    "The bridge is 1,200 feet long and took four years to build."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How long is the ship?", "101-meter"),
        ("How long is the bridge?", "1,200 feet"),
        ("How long was the strike?", "eight days"),
        ("How long did the bridge take to build?", "four years"),
    ],
)
def test_how_long_a_thing_is_asks_its_length_and_an_event_its_duration(question: str, expected: str) -> None:
    answer, _ = answer_message(question, parse(LENGTHS))
    assert answer.kind == "ask" and answer.title == expected


def test_a_stretch_of_time_is_no_amount_unless_time_is_asked() -> None:
    article = parse(
        "Youth employment rose for the first time in the last five months.\n\n"
        "The flu season began about a month earlier than usual, doctors said."
    )
    answer, _ = answer_message("How much did youth employment rise?", article)
    assert answer.kind == "abstain"
    answer, _ = answer_message("How much earlier did the flu season begin?", article)
    assert answer.kind == "ask" and answer.title == "about a month"


def test_a_figure_written_as_a_compound_modifier_is_a_measure() -> None:
    article = parse(
        "Campaigners asked the governor to break up her family's 6,000-hectare sugar estate.\n\n"
        "The campus, a 209-acre site, lies about 3 miles from the state house."
    )
    answer, _ = answer_message("How large is the family's sugar estate?", article)
    assert answer.kind == "ask" and answer.title == "6,000-hectare"
    answer, _ = answer_message("How far is the campus from the state house?", article)
    assert answer.kind == "ask" and answer.title == "about 3 miles"


def test_a_counted_noun_ends_at_a_preposition_and_may_follow_modifiers() -> None:
    """ "How many heavy containers over 20 tonnes …" counts containers, not tonnes (a preposition ends the
    counted phrase, a plural before it is still the noun: numbers.counted_noun), and "12 unmarked rusty
    steel shipping containers" counts them across four modifiers (numbers.COUNTED_PHRASE)."""
    story = parse(
        "Port inspection\n\n"
        "Inspectors said they found 12 unmarked rusty steel shipping containers weighing over 20 tonnes "
        "at the port.\n\n"
        "The port reopened on Monday."
    )
    answer, _ = answer_message("How many heavy containers over 20 tonnes did the inspectors find?", story)
    assert answer.title == "12 unmarked rusty steel shipping containers"


def test_a_margin_over_a_level_may_be_a_rate() -> None:
    """ "How much over the market price …?" asks a margin, which a rate gives as well as an amount, like a
    change (numbers._MARGIN): the price noun asks for money, the story gives "about 15 pct"."""
    story = parse(
        "Stake sold\n\n"
        "The Kessel family paid about 15 pct over the market price for the Arlo Shipping option, "
        "traders said.\n\n"
        "Arlo Shipping runs ferries to Marn."
    )
    question = "How much over the market price did the Kessel family pay for the option?"
    answer, _ = answer_message(question, story)
    assert answer.title == "about 15 pct"


@pytest.mark.parametrize(
    "story, question, count",
    [
        # an abbreviation stands for its unit (measure_units.tsv, third column; numbers.ABBREVIATED)
        (
            "The new ferry will sail about 42 km to Marn, the council said.",
            "How many kilometres will the new ferry sail to Marn?",
            "about 42 km",
        ),
        # a noun joined to the figure by a hyphen is what it counts (numbers._JOINED_NOUN)
        (
            "The Marn ferry now has a six-berth crew cabin, the harbour board said.",
            "How many berths does the crew cabin of the Marn ferry have?",
            "six",
        ),
        # troops are soldiers (synonyms.tsv)
        (
            "The Kessel garrison has some 300 troops, the army said.",
            "How many soldiers are in the Kessel garrison?",
            "some 300 troops",
        ),
    ],
)
def test_the_counted_noun_written_otherwise(story: str, question: str, count: str) -> None:
    """The figure counts the asked noun though the story writes the noun another way."""
    article = parse(f"Harbour news\n\n{story}\n\nThe port is open on Sundays.")
    answer, _ = answer_message(question, article)
    assert answer.title == count
