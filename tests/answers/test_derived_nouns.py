"""A question's word matches the article's noun made of it ("commission" / "commissioner", "rule" /
"ruler"), though the word's stem lost letters the noun keeps ("commiss" + "er" is no word)."""

from __future__ import annotations

from bot.answers.grounding import question_concepts
from bot.article import parse

STORY = (
    "Board loses members\n\n"
    "The board will be led by two appointed commissioners and one elected one, Ada Brill.\n\n"
    "The town's last ruler, a duke, left in 1850."
)


def test_a_word_matches_its_noun_whose_stem_keeps_more_letters() -> None:
    concepts = question_concepts("Who is the elected member of the commission?", parse(STORY))
    commission = next(c for c in concepts if c[0] == ("commiss",))
    assert ("commissioner",) in commission


def test_a_word_ending_in_e_matches_its_noun() -> None:
    concepts = question_concepts("When did the duke rule the town?", parse(STORY))
    rule = next(c for c in concepts if c[0] == ("rule",))
    assert ("ruler",) in rule


def test_a_verb_matches_its_agent_noun_in_or() -> None:
    article = parse("Moderator Ada Brill asked the panel about the plan.\n\nThe panel met in June.")
    concepts = question_concepts("Who moderated the panel?", article)
    moderated = next(c for c in concepts if "moderator" in {a[0] for a in c})
    assert moderated[0] != ("moderator",)  # the question's own word, matched by the noun
