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
    """The sentences a fact's `[start, end)` span touches, in document order: found by bisection over the
    parse's sentence spans, so citing costs O(log n) plus the sentences cited, not a pass over the article.

    A quote can run over several sentences, so all overlapping sentences are cited; an empty span
    cites the sentence holding its offset.
    """
    if end <= start:
        sentence = article.sentence_at(start)
        return (_citation(sentence),) if sentence else ()
    first = article.sentence_at(start) or article.sentence_after(start)
    if first is None:
        return ()
    sentences = article.sentences
    cited = []
    i = first.index  # the parse's sentences, in order, from the first the span touches
    while i < len(sentences) and sentences[i].start < end:
        cited.append(_citation(sentences[i]))
        i += 1
    return tuple(cited)


def cite_sentence(article: Article, index: int) -> tuple[Citation, ...]:
    """Cite a sentence by its index; an out-of-range index (stale extractor output) cites nothing."""
    if 0 <= index < len(article.sentences):
        return (_citation(article.sentences[index]),)
    return ()
