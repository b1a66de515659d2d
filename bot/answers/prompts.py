"""Suggested prompts for Slack's assistant container, made from the conversation's current article: what to
ask, with the story's own people and dates in it ("What did Jane Doe say?", "What happens next (3 March)?").

Each prompt's `message` is what the person sends by clicking it: a question this package answers like any
DM, so a prompt can never lead to an answer the bot would not give to the same words typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answers.desk import top_quote
from bot.answers.model import Answer
from bot.answers.timeline import TIMELINE_TYPES
from bot.answers.timex import human_date, parse_range
from bot.article.model import Article
from bot.article.provenance import headline

MAX_TITLE = 75
"""Slack's limit on a prompt's title."""
MAX_HEADLINE = 60
GREETING = "Hi! I read news articles for you and answer with the sentence each answer comes from."


@dataclass(frozen=True)
class Prompt:
    title: str
    message: str


def _cut(text: str, limit: int = MAX_TITLE) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def next_event(article: Article) -> str | None:
    """The readable date of the story's first event after its publication date (none when undated)."""
    published = article.provenance.published
    if published is None:
        return None
    today = (published.year, published.month, published.day)
    coming: list[tuple[tuple[int, int, int], str]] = []
    for timex in article.dates:
        if timex.type not in TIMELINE_TYPES:
            continue
        ends = parse_range(timex.value, timex.begin, timex.until)
        when = human_date(timex.value, timex.begin, timex.until)
        start = ends[0] if ends else None
        if start is None or start.year is None or not when:
            continue
        day = (start.year, start.month or 12, start.day or 28)  # a month or year counts once it has begun
        if day > today:
            coming.append((day, when))
    return min(coming)[1] if coming else None


def suggested_prompts(article: Article) -> tuple[Prompt, ...]:
    """Summarise, who is quoted (by name when the story names a speaker), what happens next (with the
    date when the story has one after its publication)."""
    prompts = [Prompt(_cut(f"Summarise “{headline(article, MAX_HEADLINE)}”"), "summary")]
    quote = top_quote(article)
    if quote is not None and quote.speaker and not quote.speaker.startswith("Unnamed"):
        prompts.append(Prompt(_cut(f"What did {quote.speaker} say?"), f"quotes {quote.speaker}"))
    else:
        prompts.append(Prompt("Who is quoted?", "quotes"))
    when = next_event(article)
    if when is not None:
        prompts.append(Prompt(_cut(f"What happens next ({when})?"), "key dates"))
    else:
        prompts.append(Prompt("What happens next?", "key dates"))
    return tuple(prompts)


def greeting(article: Article) -> Answer:
    """The first message of an assistant thread: what the bot does and which story it is reading."""
    return Answer(
        kind="help",
        title="Newsdesk",
        intro=GREETING,
        footer=f"Reading: {headline(article, MAX_HEADLINE * 2)}. Pick a question below, or ask your own.",
    )
