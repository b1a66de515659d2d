"""Citations: every answer item points back to the sentence(s) its fact came from."""

from __future__ import annotations

from bot.answers.model import Citation
from bot.article.model import Article, Sentence


def _citation(sentence: Sentence) -> Citation:
    return Citation(
        sentence=sentence.index,
        paragraph=sentence.paragraph,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
    )


def cite_span(article: Article, start: int, end: int) -> tuple[Citation, ...]:
    """The sentences a fact's `[start, end)` span touches, in document order.

    A quote can run over several sentences, so all overlapping sentences are cited; an empty span
    cites the sentence holding its offset.
    """
    if end <= start:
        sentence = article.sentence_at(start)
        return (_citation(sentence),) if sentence else ()
    return tuple(_citation(s) for s in article.sentences if s.start < end and start < s.end)


def cite_sentence(article: Article, index: int) -> tuple[Citation, ...]:
    """Cite a sentence by its index; an out-of-range index (stale extractor output) cites nothing."""
    if 0 <= index < len(article.sentences):
        return (_citation(article.sentences[index]),)
    return ()
