""" "Who is the army commander?" of "army Cmdr. Joe Bloggs": an abbreviated title reads as its noun
(title_nouns.tsv), both in the sentence index (`retrieval.implied_words`) and beside the name it titles
(`names.beside_noun`), so the named holder answers rather than the name beside "the army commander"."""

from __future__ import annotations

from bot.article import parse

from .asking import answered_span

PARAGRAPHS = (
    "Talks go on in the capital",
    "State television showed photos of President Ada Brill meeting army Cmdr. Joe Bloggs as talks went on.",
    "The photos appear to show Brill and the army commander meeting at the palace.",
)
TALKS = parse("\n\n".join(PARAGRAPHS))


def test_the_name_an_abbreviated_title_precedes_holds_the_role() -> None:
    assert answered_span(TALKS, "Who is the army commander?") == "Joe Bloggs"
