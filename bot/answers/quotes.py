"""The `quotes` answer: direct quotations with their speakers, optionally for one speaker."""

from __future__ import annotations

from bot.answers.citations import cite_span
from bot.answers.model import Answer, Item
from bot.answers.speakers import quotes_by, speaker_of
from bot.article.model import Article, Quote
from bot.article.quotes import PRONOUNS

UNATTRIBUTED = "Unattributed"


def quote_item(article: Article, quote: Quote) -> Item:
    person = speaker_of(article, quote)
    speaker = person.name if person else quote.speaker
    if speaker and speaker.lower() in PRONOUNS:
        speaker = f"Unnamed ({speaker})"  # "she said", with no one in the story she can be
    return Item(
        text=quote.text,
        label=speaker or UNATTRIBUTED,
        detail=f"via {quote.channel}" if quote.channel else None,
        highlight=(quote.start, quote.end),
        citations=cite_span(article, quote.start, quote.end),
    )


def build_quotes(article: Article, speaker: str = "") -> Answer:
    """Every quote, or one speaker's; a fragment no one is given ("a “cromnibus” bill") is a scare quote or a
    term, not a quotation, so the full list leaves it out."""
    found = quotes_by(article, speaker)
    if not speaker:
        found = tuple(q for q in found if q.speaker or not q.partial)
    if not found:
        if speaker:
            return Answer(
                kind="abstain",
                title=f"No quotes from “{speaker}” in this article",
                footer="Try `/article who` to see who is quoted, or `/article quotes` for every quote.",
            )
        return Answer(kind="quotes", title="Quotes", intro="This article has no direct quotations.")
    title = f"Quotes from {speaker}" if speaker else "Quotes"
    return Answer(kind="quotes", title=title, items=tuple(quote_item(article, q) for q in found))
