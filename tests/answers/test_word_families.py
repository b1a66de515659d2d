"""A question's word matches the article's word of its family when one is the other plus a family ending
(family_endings.tsv), or is its noun of verb_nouns.tsv: "agreement" / "agreed", "paid" / "payment",
"dominance" / "domination", "grew" / "growth", or is its verb's noun of an alternating ending
(family_alternations.tsv): "decided" / "decision", "expanded" / "expansion", "admission" / "admit", on a
small hand-written story (no dev-set or seed phrasing)."""

from __future__ import annotations

from bot.answers.grounding import question_concepts
from bot.answers.synonyms import matched
from bot.article import parse
from bot.article.stems import stem
from tests.answers.asking import cited_sentence

STORY = """Port deal signed after long talks

The two harbour boards agreed that the new ferry pier would be built at Kelso Point.

A payment of 4 million crowns was made to the fishing co-operative in March.

The domination of the route by one operator worried the regulator.

The growth of the port pleased the old pilot, who died in 1990.

The boards' decision to admit visitors followed the expansion of the ferry trade.
"""


def _covers(question: str, sentence: str) -> bool:
    """Whether every concept of the question is matched by the sentence's words."""
    article = parse(STORY)
    have = frozenset(stem(w) for w in sentence.lower().replace(".", " ").split())
    return all(matched(c, have) for c in question_concepts(question, article))


def test_a_noun_matches_its_verb() -> None:
    assert _covers("agreement", "The two harbour boards agreed")
    assert "Kelso Point" in cited_sentence(parse(STORY), "Under the agreement, where will the pier be built?")


def test_a_verb_matches_its_noun_through_its_irregular_past() -> None:
    assert _covers("paid", "A payment of 4 million crowns")


def test_two_nouns_of_one_verb_match() -> None:
    assert _covers("dominance", "The domination of the route")


def test_a_short_word_is_no_base() -> None:
    assert not _covers("sentence", "They sent a letter")


def test_an_irregular_noun_matches_its_verb() -> None:
    assert _covers("grew", "The growth of the port")
    assert _covers("death", "The old pilot died")


def test_a_verb_matches_its_noun_of_an_alternating_ending() -> None:
    assert _covers("decided", "The boards' decision")
    assert _covers("expanded", "the expansion of the ferry trade")
    assert _covers("admission", "to admit visitors")
    assert "admit visitors" in cited_sentence(parse(STORY), "What did the boards decide?")


def test_a_past_in_ied_meets_its_other_forms() -> None:
    assert stem("classified") == stem("classifying") == stem("classifies")
    assert stem("died") == "died"  # too short a word to read as "dy"
