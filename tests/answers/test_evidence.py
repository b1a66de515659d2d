"""Issue 16, second round: the headline as context, phrases that hold scare quotes, counted nouns that head
their phrase, and abstention from evidence, on a small hand-written story (no dev-set or seed phrasing)."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.answers.grounding import restate
from bot.article import Article, parse
from bot.article.document import Document
from tests.answers.asking import answered_span, highlighted

HEADLINE = "Harbour ferry crews walk out over pay"
STORY = (
    "PORTSEA (AP) — Crews on the island ferries stopped work on Friday.\n\n"
    "Deckhands, pursers and engineers want a raise. Many currently earn $14.20 an hour, which the union "
    "calls unfair.\n\n"
    "The mayor called the stoppage a “needless crisis” saying talks had barely begun.\n\n"
    "The port authority cancelled sailings, citing “unsafe and unstaffed” vessels.\n\n"
    "The union posted a message with: “We will sail when we are paid.”\n\n"
    "Inspectors checked 64 passengers' tickets and found 9 forged boarding passes on 3 sailings.\n\n"
    "Volunteers handed out 120 water bottles and 35 rain ponchos with hoods.\n\n"
    "Ferry captain Ana Silva averaged 11.5 crossings a day last summer.\n"
)


@pytest.fixture(scope="module")
def story() -> Article:
    return parse(Document(text=STORY, title=HEADLINE))


def test_the_headline_supplies_the_subject_a_sentence_leaves_out(story: Article) -> None:
    """ "Many currently earn ..." names no crews; the headline does, so the figure answers."""
    assert answered_span(story, "How much do the ferry crews earn now?") == "$14.20 an hour"


def test_without_a_headline_the_same_question_is_refused() -> None:
    """The credit comes from the headline: the same text without one has no crews in that sentence."""
    answer, _ = answer_message("How much do the ferry crews earn now?", parse(STORY))
    assert answer.kind == "abstain"


@pytest.mark.parametrize(
    "question, expected",
    [
        ("What did the mayor call the stoppage?", "a “needless crisis”"),
        ("Why did the port authority cancel sailings?", "“unsafe and unstaffed” vessels"),  # after "citing"
        ("What message did the union post?", "We will sail when we are paid."),
    ],
)
def test_scare_quotes_stay_inside_the_phrase(story: Article, question: str, expected: str) -> None:
    """A short quoted run is part of the answer, not its end; a reporting participle ("saying") ends it;
    a quoted sentence after a colon is the answer, with its full stop."""
    assert answered_span(story, question) == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        ("How many boarding passes were forged?", "9 forged boarding passes"),
        ("How many passengers' tickets were checked?", "64 passengers' tickets"),
        ("How many rain ponchos were handed out?", "35 rain ponchos"),
    ],
)
def test_a_count_counts_the_noun_that_heads_its_phrase(story: Article, question: str, expected: str) -> None:
    """ "9 forged boarding passes": the figure before the asked noun, across a possessive, and not a
    figure whose phrase goes on to another noun."""
    assert answered_span(story, question) == expected


def test_a_decimal_counts_nothing(story: Article) -> None:
    """ "11.5 crossings a day" is an average, not a count of crossings: "how many" gets no decimal."""
    answer, _ = answer_message("How many crossings did Ana Silva make?", story)
    assert "11.5" not in (answer.title or "")


SECOND = (
    "Lakeside clinic opens\n\n"
    "Residents phoned Medline, their health insurer, which promised to cover the visits.\n\n"
    "The clinic's director, Omar Haddad, said the doors open at 8 a.m.\n\n"
    "The regional bank has lifted its lending rate to 7.5% while prices rose 2.1%.\n\n"
    "Glenmore is a town of about 4,200 people on the lake.\n"
)


@pytest.fixture(scope="module")
def second() -> Article:
    return parse(SECOND)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Who is their health insurer?", "Medline"),
        ("Who is the clinic's director?", "Omar Haddad"),
    ],
)
def test_an_appositive_names_the_asked_noun_phrase(second: Article, question: str, expected: str) -> None:
    """ "Medline, their health insurer," and "the director, Omar Haddad,": the phrase set off by commas.
    The people rules read "the clinic's director" as Omar Haddad's role, so the `who` route may answer."""
    answer, _ = answer_message(question, second)
    assert answer.kind in ("ask", "who"), f"{question!r} -> {answer.kind}: {answer.title}"
    assert highlighted(second, answer) == expected


def test_a_rate_question_wants_a_rate_even_when_it_names_money_words(second: Article) -> None:
    """ "raised" is a money cue, but "how high has the bank raised its rate" asks for the rate."""
    assert answered_span(second, "How high has the regional bank raised its lending rate?") == "7.5%"


def test_the_counted_noun_is_not_the_verb_after_it(second: Article) -> None:
    """ "how many people live in Glenmore": "live" is the verb (it comes before "in"); people are counted."""
    assert answered_span(second, "How many people live in Glenmore?").startswith("about 4,200")


@pytest.mark.parametrize(
    "rest, clause",
    [
        ("is Dana Whitfield", "Dana Whitfield is"),
        ("has the regional bank raised its rate", "the regional bank has raised its rate"),
        ("is the suspect being held", "the suspect is being held"),
        ("was the skimming device found", "the skimming device was found"),
        ("is the trade deal due", "the trade deal is due"),
        ("is the Czech president", "the Czech president is"),  # a role ends the subject: no "Czech is"
        ("is the meeting", "the meeting is"),  # a noun after "the", not a participle
        ("years has he signed up for", "years he has signed up for"),
        ("money did investors lose", "money investors lost"),
        ("goals were scored in the final", "goals were scored in the final"),  # a clause already
        ("passengers were on board", "passengers were on board"),
        ("registered voters does Ruritania have", "registered voters Ruritania has"),
        ("does Harbourco pay Lindqvist", "Harbourco pays Lindqvist"),
        ("did Okafor throw for", "Okafor threw for"),
        ("was Brandt when he founded the firm", "Brandt was when he founded the firm"),
        ("are the fines for late filers", "the fines for late filers are"),
        ("is the harbour report due", "the harbour report is due"),  # a predicate adjective stays last
    ],
)
def test_an_abstention_restates_the_question_as_a_clause(rest: str, clause: str) -> None:
    assert restate(rest) == clause


THIRD = (
    "Council names new budget chief\n\n"
    "The city council has appointed a new budget chief after months of delay.\n\n"
    "The treasurer, who held the post until March, left for an unspecified private sector role.\n\n"
    "Mayor Rosa Lind praised the appointment.\n"
)


@pytest.fixture(scope="module")
def third() -> Article:
    return parse(THIRD)


def test_a_who_question_answered_by_no_name_abstains(third: Article) -> None:
    """The sentence about the appointment names no one: "who" gets an honest "doesn't say", with the
    question restated and the sentence shown."""
    answer, _ = answer_message("Who was appointed budget chief?", third)
    assert answer.kind == "abstain"
    assert answer.title == "The article doesn't say who was appointed budget chief."
    assert "appointed a new budget chief" in (answer.footer or "")


def test_a_who_question_still_gets_a_named_subject(third: Article) -> None:
    assert answered_span(third, "Who praised the appointment?") == "Rosa Lind"


def test_an_answer_the_story_calls_unspecified_is_no_answer(third: Article) -> None:
    """ "an unspecified private sector role": the story says it does not know, and so does the bot."""
    answer, _ = answer_message("What role did the treasurer leave for?", third)
    assert answer.kind == "abstain"
    assert "unspecified" in answer.title


@pytest.mark.parametrize(
    "question, line",
    [
        # the asked kind is kept, not turned into "who"; an object question reads as a clause
        ("Which company does the treasurer own?", "which company the treasurer owns"),
        ("Which company did the treasurer join?", "which company the treasurer joined"),
        ("Who does Rosa Lind blame?", "who Rosa Lind blames"),
        # a subject question stays as asked
        ("Who will replace the budget chief?", "who will replace the budget chief"),
    ],
)
def test_a_who_refusal_restates_the_question_as_a_clause(third: Article, question: str, line: str) -> None:
    answer, _ = answer_message(question, third)
    assert answer.kind == "abstain"
    assert answer.title == f"The article doesn't say {line}."
