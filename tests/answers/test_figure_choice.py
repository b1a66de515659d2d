"""Which figure of a sentence answers a count (issue 16): a count spelled out in two words, the whole that
a past participle after its noun describes, and the month a question names kept as one of its words, on
small hand-written stories (no dev-set or seed phrasing)."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

MINE = (
    "Rescue at Dunmore pit\n\n"
    "By Staff Reporter\n\n"
    "Thirty two of the 140 miners trapped in the Dunmore shaft were rescued on Monday, the company said.\n\n"
    "Crews will keep digging through the night.\n\nThe mine reopened in 2019 after a long closure."
)


def test_a_count_spelled_in_two_words_is_one_figure() -> None:
    """ "Thirty two of the 140 miners": the part is "Thirty two", not "Thirty" and "two" apart."""
    assert answered_span(parse(MINE), "How many miners were rescued?") == "Thirty two"


def test_a_past_participle_after_the_counted_noun_says_which_figure_counts_it() -> None:
    """ "the 140 miners trapped in the shaft": the whole is what the participle describes."""
    assert answered_span(parse(MINE), "How many miners were trapped?") == "140 miners"


PROVINCE = (
    "Province adds jobs\n\n"
    "TORONTO, June 6 (Staff) - The province's jobless rate fell to 5.1 per cent in May as 40,000 positions "
    "were added, the statistics agency said on Friday.\n\n"
    "Factories added some 3,000 workers over the past two years, it said.\n\n"
    "Economists had expected a smaller gain."
)


def test_the_asked_month_picks_the_figure_of_the_asked_kind() -> None:
    """ "How many jobs were added in May?": "May" is the asked month, not the verb "may", and it picks
    the count after it, not the rate ("5.1 per cent in May") that the month follows."""
    assert answered_span(parse(PROVINCE), "How many jobs were added in May?") == "40,000 positions"
