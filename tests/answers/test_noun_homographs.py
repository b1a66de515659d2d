"""A paraphrase that stems like a common noun matched that noun in every question: "stated" (a way to say
"said") stems as "state" does, so "how much state aid ...?" found half its words in every sentence with
"said" or "saying" in it, and the abstention showed one of them as "Closest I found" (synonyms.tsv)."""

from __future__ import annotations

from bot.answers import answer_message
from bot.answers.grounding import question_concepts
from bot.article import parse

STORY = (
    "Hoboken council approves budget\n\n"
    "HOBOKEN, N.J. (AP) — The Hoboken City Council approved a $120 million budget on Tuesday.\n\n"
    "Council President Jen Giattino objected to the spending plan, saying it raised taxes too quickly.\n\n"
    "The city built most of its waterfront parks in the 1970s."
)


def test_state_the_noun_is_not_a_way_to_say_said() -> None:
    alternatives = {
        stems for concept in question_concepts("Which state aid does the city get?") for stems in concept
    }
    assert ("said",) not in alternatives and ("say",) not in alternatives


def test_an_abstention_shows_no_sentence_that_shares_only_a_reporting_verb() -> None:
    answer, _ = answer_message("How much state aid does Hoboken get?", parse(STORY))
    assert answer.kind == "abstain"
    assert "Closest I found" not in (answer.footer or "")


def test_according_to_is_no_accord() -> None:
    """ "According" stems as the noun "accord" does: as a way to say "said" it is the phrase "according
    to", and "accord" is no paraphrase of "deal", or every "according to police" sentence matched a deal."""
    accord = {stems for concept in question_concepts("What does the accord cover?") for stems in concept}
    deal = {stems for concept in question_concepts("What deal did the union sign?") for stems in concept}
    assert ("said",) not in accord and ("accord",) not in deal
