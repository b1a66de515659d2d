"""Text -> Article: the one entry point of the article engine. Pure: no I/O, no global state."""

from __future__ import annotations

from datetime import date

from bot.article.dates import extract_dates
from bot.article.model import Article, ArticleError
from bot.article.quotes import extract_quotes
from bot.article.sentences import segment
from bot.article.summary import summarize


def parse(text: str | bytes, *, published: date | None = None) -> Article:
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    if not text.strip():
        raise ArticleError("The article is empty.")
    paragraphs, sentences = segment(text)
    return Article(
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        quotes=extract_quotes(text, paragraphs, sentences),
        dates=extract_dates(text, sentences, published),
        summary=summarize(paragraphs, sentences),
    )
