"""Ask an article a question as a person would, and read back what the answer cites: its sentence, or the
exact span it highlights. One way for every answer test, so each reads an answer, and fails, alike."""

from __future__ import annotations

from bot.answers import Answer, answer_message
from bot.article import Article


def answer_to(article: Article, question: str) -> Answer:
    """The answer to `question`, which must be one found in the article (kind "ask")."""
    answer, _ = answer_message(question, article)
    assert answer.kind == "ask", f"{question!r} -> {answer.kind}: {answer.title}"
    return answer


def highlighted(article: Article, answer: Answer) -> str:
    """The text of the span the answer's first item highlights."""
    assert answer.items, f"not answered: {answer.title}"
    item = answer.items[0]
    assert item.highlight is not None, f"no span highlighted in {item.text!r}"
    return article.text[item.highlight[0] : item.highlight[1]]


def answered_span(article: Article, question: str) -> str:
    """The span highlighted in answer to `question`."""
    return highlighted(article, answer_to(article, question))


def cited_sentence(article: Article, question: str) -> str:
    """The sentence cited in answer to `question`."""
    return answer_to(article, question).items[0].text
