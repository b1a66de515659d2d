"""Which figure of a sentence answers a count (issue 16): a count spelled out in two words, the whole that
a past participle after its noun describes, and the month a question names kept as one of its words, on
small hand-written stories (no dev-set or seed phrasing)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import parse
from tests.answers.asking import answered_span

MINE = (
    "Rescue at Dunmore pit\n\n"
    "By Staff Reporter\n\n"
    "Thirty two of the 140 miners trapped in the Dunmore shaft were rescued on Monday, the company said.\n\n"
    "Crews will keep digging through the night.\n\nThe mine reopened in 2019 after a long closure."
)

PROVINCE = (
    "Province adds jobs\n\n"
    "TORONTO, June 6 (Staff) - The province's jobless rate fell to 5.1 per cent in May as 40,000 positions "
    "were added, the statistics agency said on Friday.\n\n"
    "Factories added some 3,000 workers over the past two years, it said.\n\n"
    "Economists had expected a smaller gain."
)

PLANT = (
    "Mill output climbs\n\n"
    "By Staff Reporter\n\n"
    "Apprentice jobs at the Larkfield mill jumped by 1,250 in the spring, the owners said.\n\n"
    "The owners expect a 15 pct improvement in profit from the new kiln alone.\n\n"
    "Engineers recovered 6,000 or so gallons of fuel from the old tanks, about 40% of what was stored.\n\n"
    "Striking staff will have lost a combined six weeks of pay by the end of the dispute.\n\n"
    "The mill opened in 1961."
)

MARKETS = (
    "Harbour shares slip\n\n"
    "By Staff Reporter\n\n"
    "Harbour Foods shares fell 40 cents to $12.30 after the results were announced.\n\n"
    "In March, northern stores raised $8.2million to $5.1million at the southern ones.\n\n"
    "Frozen sales dropped from 90 mln dlrs to 55 mln dlrs after the recall, the company said."
)

CASES = [
    # "Thirty two of the 140 miners": the part is "Thirty two", not "Thirty" and "two" apart
    (MINE, "How many miners were rescued?", "Thirty two"),
    # "the 140 miners trapped in the shaft were": the whole is what the past participle describes
    (MINE, "How many miners were trapped?", "140 miners"),
    # "in May" is the asked month, not the verb "may", and it picks the count after it, not the rate
    # ("5.1 per cent in May") that the month follows
    (PROVINCE, "How many jobs were added in May?", "40,000 positions"),
    # "jumped by 1,250": a change of a count, a bare number with no unit of its own
    (PLANT, "How much did apprentice jobs jump?", "1,250"),
    # "a 15 pct improvement in profit": a change of an amount given as a rate ("improve" asks for a
    # change, change_words.txt)
    (PLANT, "How much will the new kiln improve profit?", "15 pct"),
    # "6,000 or so gallons" is a measure of fuel, not the share after it
    (PLANT, "How much fuel did engineers recover?", "6,000 or so gallons"),
    # "a combined six weeks of pay": money counted in time, with its qualifier
    (PLANT, "How much pay will striking staff lose?", "a combined six weeks of pay"),
    # "fell 40 cents to $12.30": a change in cents and the level in dollars, no range
    (MARKETS, "How much did Harbour Foods shares fall?", "40 cents"),
    # "$8.2million to $5.1million": a range runs up, a larger figure then a smaller one compares two
    (MARKETS, "How much did northern stores raise in March?", "$8.2million"),
    # "from 90 mln dlrs to 55 mln dlrs": the level after the move is the second
    (MARKETS, "What were frozen sales after the recall?", "55 mln dlrs"),
]
"""(story, question, the span that answers it), one case a rule."""


@pytest.mark.parametrize("story, question, span", CASES)
def test_the_figure_that_answers(story: str, question: str, span: str) -> None:
    assert answered_span(parse(story), question) == span


def test_a_per_share_figure_is_no_revenue() -> None:
    """ "How much revenue?": "2.10 dlrs per share", and "0.85 dlrs" written after it with its rate left
    out, are amounts for each share; a story that gives no revenue has no answer (total_nouns.txt)."""
    story = parse(
        "Tarnfield results\n\nBy Staff Reporter\n\n"
        "In 2023 Tarnfield earned 2.10 dlrs per share for the full year, and 0.85 dlrs in the fourth "
        "quarter.\n\n"
        "The company will open a plant in Leeds."
    )
    answer, _ = answer_message("How much revenue did Tarnfield have in 2023?", story)
    assert answer.kind == "abstain", answer.title


def test_a_date_moved_to_another_gives_way_to_the_new_one() -> None:
    """ "the vote planned for June 4 ... has been postponed until the end of July": the vote is at the
    end of July now (postpone_verbs.txt), however near "vote" the old date is."""
    story = parse(
        "Harbour budget vote moved\n\nBy Staff Reporter\n\n"
        "The vote planned for June 4 on the harbour budget has been postponed until the end of July, the "
        "council said.\n\nThe harbour opened in 1901."
    )
    assert "July" in answered_span(story, "When will the council vote on the harbour budget?")


def test_a_bare_magnitude_after_a_measure_is_that_measure_not_money() -> None:
    """ "output fell to 2.4 mln bpd from 2.6 mln in May": "2.6 mln" is barrels a day, its unit left out, no
    amount of money; a story that gives no earnings has no answer."""
    story = parse(
        "Refinery output falls\n\nBy Staff Reporter\n\n"
        "Norland's refinery output fell to 2.4 mln bpd from 2.6 mln in May because of repairs.\n\n"
        "The refinery opened in 1974."
    )
    answer, _ = answer_message("How much did Norland earn from its refinery?", story)
    assert answer.kind == "abstain", answer.title


def test_the_count_whose_noun_carries_the_asked_modifier() -> None:
    fleet = parse(
        "Harbour fleet grows\n\n"
        "The harbour now has 6 steel trawlers and 4 wooden trawlers, each with a crew of five.\n\n"
        "More boats are due in the spring."
    )
    assert answered_span(fleet, "How many wooden trawlers does the harbour have?") == "4 wooden trawlers"
    assert answered_span(fleet, "How many steel trawlers does the harbour have?") == "6 steel trawlers"


def test_the_share_followed_by_the_asked_noun() -> None:
    poll = parse(
        "Town votes on harbour plan\n\n"
        "In the survey, 61% backed the plan, 30% opposed it and 9% were undecided, the council said.\n\n"
        "Of the 2,400 households asked, 55% owners and 12% renters had a boat.\n\n"
        "The council meets again in May."
    )
    assert answered_span(poll, "What percentage of renters had a boat?") == "12%"


@pytest.mark.parametrize(
    "question, span",
    [
        ("How far is the town from the Baltic coast?", "about 40 kilometres"),
        ("How far is the town from the border?", "120 kilometres"),
    ],
)
def test_the_distance_to_the_asked_place(question: str, span: str) -> None:
    town = parse(
        "Town guide\n\n"
        "The town lies inland, about 40 kilometres (25 mi) from the Baltic coast and 120 kilometres "
        "(75 mi) from the border, the guide said.\n\n"
        "Trains run every hour."
    )
    assert answered_span(town, question) == span
