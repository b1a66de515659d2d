"""Free questions on wire copy as agencies deliver it (1980s Reuters style): an all-caps headline,
hard-wrapped lines, figures in the desk's abbreviations ("310 mln dlrs", "12 pct", "15 cts a share"), "It
said" for the company the story is about. The stories are written for these tests (no dev-set or seed
phrasing)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.grounding import contradicts
from bot.article import parse
from bot.article.model import Article
from tests.answers.asking import answered_span, highlighted

WIRE = """FENWICK <FNW> TO PAY 310 MLN DLRS FOR TARN
    DENVER, April 6 - Fenwick Holdings Corp said it agreed to
buy Tarn Valley Mills Inc for 310 mln dlrs in cash, or 42 dlrs
a share, a 12 pct premium to Friday's close.
    It said the purchase would add about 15 cts a share to its
earnings in the first year.
    Tarn reported a 27 mln dlr profit for 1986, against a 9 mln
dlr loss a year earlier.
    Fenwick made four major acquisitions last year, the company
said.
    Tarn's pipeline carried 1.2 mln barrels per day in March.
    In a poll of shareholders, the Greens with 41 pct, Labour with 35
pct and the Liberals with 21 pct backed the board.
 Reuter
"""


@pytest.fixture(scope="module")
def wire() -> Article:
    return parse(WIRE)


@pytest.mark.parametrize(
    "question, span",
    [
        # "mln dlrs" is an amount of money, answered from the body, not from the shouted headline
        ("How much is Fenwick paying for Tarn Valley Mills?", "310 mln dlrs"),
        # a rate written "pct"
        ("What premium is Fenwick paying over Friday's close?", "12 pct premium"),
        # "cts a share" keeps its rate; "It said" is Fenwick, the company the story is about
        ("How much will the purchase add to Fenwick's earnings?", "about 15 cts a share"),
        ("How much will the purchase add to Fenwick's earnings per share?", "about 15 cts"),
        # "dlr" before the measure it is the value of
        ("How much profit did Tarn make in 1986?", "27 mln dlr"),
        # a counted noun followed by a time expression still counts
        ("How many acquisitions did Fenwick make last year?", "four major acquisitions"),
        # in a list of names each with its figure, the asked name's figure
        ("What share did the Liberals get?", "21 pct"),
        ("What share did Labour get?", "35\npct"),
    ],
)
def test_wire_figures(wire, question: str, span: str) -> None:
    assert answered_span(wire, question) == span


def test_a_measure_in_millions_is_no_money(wire) -> None:
    """ "1.2 mln barrels per day" measures oil: no answer to how much the pipeline earned."""
    answer, _ = answer_message("How much did Tarn's pipeline earn?", wire)
    assert answer.kind == "abstain", highlighted(wire, answer)


def test_the_noun_after_a_wire_figure_is_what_it_measures() -> None:
    """ "a 27 mln dlr profit" is a profit: no answer to how much revenue there was."""
    story = parse(
        "Tarn Valley Mills reported a 27 mln dlr profit for 1986.\n\n"
        "The mill employs workers in three states.\n\nIts shares rose on the news."
    )
    answer, _ = answer_message("How much revenue did Tarn Valley Mills report?", story)
    assert answer.kind == "abstain", highlighted(story, answer)


IT_SAID = (
    "Harrow Foods Inc <HRW> said it expects higher sales this year.\n\n"
    "It said the first-quarter loss would be about 4 mln dlrs.\n\n"
    "The shares closed unchanged in New York."
)
SHOUTED = (
    "HARROW SALES ROSE 12 PCT IN MARCH\n"
    "    CHICAGO, April 2 - Harrow Foods Inc said its sales in March\n"
    "rose 12.4 pct to 41 mln dlrs from a year earlier.\n"
    "    The company said it would open two plants this year.\n"
    " Reuter\n"
)


@pytest.mark.parametrize(
    "text, question, span",
    [
        # a sentence that only says "It said" is about the company the lede names: it answers a question
        # that names the company
        (IT_SAID, "How big will Harrow Foods' first-quarter loss be?", "about 4 mln dlrs"),
        # a wire headline rounds its figure ("12 PCT"); the story's sentence gives it whole and is cited,
        # however well the short headline matches
        (SHOUTED, "How much did Harrow's sales rise in March?", "12.4 pct"),
    ],
)
def test_the_story_answers_not_its_shorthand(text: str, question: str, span: str) -> None:
    assert answered_span(parse(text), question) == span


LEVELS = """Tarn Valley Mills Inc said its profit for the year was 27 mln dlrs against a 9 mln dlr loss
a year earlier.

Tarn's shares closed at 38.5 dlrs on Friday, up from 35 dlrs a week earlier.

The company has 410 branch offices and made deposits of 1,880,376 dlrs last year.

Tarn's mills produced 3.5 mln tonnes of paper in February, down from 3.8 mln tonnes in January.
"""


@pytest.mark.parametrize(
    "question, span",
    [
        # "where did the shares close?" asks a price, not a place
        ("Where did Tarn's shares close on Friday?", "38.5 dlrs"),
        # of two amounts in the clause, the one written before the asked measure ("a 9 mln dlr loss")
        ("How big was Tarn's loss a year earlier?", "9 mln dlr"),
        # "last year" pins a time, not an ordinal: a sentence need not write "last"
        ("How much was Tarn's profit last year?", "27 mln dlrs"),
        # the question pins a month: the figure written with it, not the clause's first
        ("How much paper did Tarn's mills produce in January?", "3.8 mln tonnes"),
    ],
)
def test_wire_levels_and_measures(question: str, span: str) -> None:
    assert answered_span(parse(LEVELS), question) == span


def test_an_amount_of_money_counts_nothing() -> None:
    """ "1,880,376 dlrs" is money: no count of deposits."""
    story = parse(LEVELS)
    answer, _ = answer_message("How many deposits did Tarn make last year?", story)
    assert answer.kind == "abstain", highlighted(story, answer)


def test_a_wire_apostrophe_written_as_a_double_mark_opens_no_quote() -> None:
    """Some wire copy writes the possessive with a straight double mark (`Kuwait"s`): the quote after it is
    still paired right and attributed."""
    story = parse(
        'KUWAIT, March 1 - Kuwait"s oil minister, Sheikh Ali al-Sabah, denied the report.\n\n'
        '"None of the members has asked for such a meeting," the minister said.\n'
    )
    quotes = [story.text[q.start : q.end] for q in story.quotes]
    assert quotes == ["None of the members has asked for such a meeting,"] or quotes == [
        "None of the members has asked for such a meeting"
    ], quotes


@pytest.mark.parametrize(
    "sentence, pinned",
    [
        ("Tarn said its loss for the year ended December 31 was 9 mln dlrs.", False),
        ("Tarn said its loss in 1984 was 9 mln dlrs.", True),  # another year: another question
        ("Tarn said its loss last year was 9 mln dlrs.", False),
    ],
)
def test_last_year_pins_only_against_a_named_year(sentence: str, pinned: bool) -> None:
    story = parse(sentence + "\n\nThe shares were unchanged.")
    assert contradicts("How much did Tarn lose last year?", story.sentences[0]) is pinned
