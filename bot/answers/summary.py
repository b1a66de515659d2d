"""The `summary` answer: the article's gist and its summary sentences, in reading order."""

from __future__ import annotations

from bot.answers.citations import cite_sentence
from bot.answers.model import Answer, Item
from bot.article.model import Article

LEAD_SENTENCES = 3
"""Used when the summarizer produced nothing: news puts the point first, so the lead is a fair summary."""


def summary_sentences(article: Article) -> tuple[int, ...]:
    chosen = article.summary.sentences or tuple(s.index for s in article.sentences[:LEAD_SENTENCES])
    return tuple(sorted(i for i in set(chosen) if 0 <= i < len(article.sentences)))


def build_summary(article: Article, argument: str = "") -> Answer:
    indices = summary_sentences(article)
    items = tuple(Item(text=article.sentences[i].text, citations=cite_sentence(article, i)) for i in indices)
    return Answer(
        kind="summary",
        title=f"Summary: {article.title}" if article.title else "Summary",
        intro=article.summary.gist or None,
        items=items,
    )
