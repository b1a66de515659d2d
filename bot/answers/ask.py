"""Free questions: the one place where answering anything beyond the known intents plugs in."""

from __future__ import annotations

from bot.answers.conversation import Conversation
from bot.answers.model import Answer
from bot.article.model import Article


def answer_question(question: str, article: Article, conversation: Conversation) -> Answer:
    """Answer a question no intent pattern understood.

    Free-question answering is not built yet, so this is a short, friendly pointer to what works.
    """
    return Answer(
        kind="abstain",
        title="Sorry, I didn't catch that",
        intro="I can summarise the article, list its quotes, dates and people, or tell you its source.",
        footer="Say `help` for examples, e.g. “key dates” or “what did the MEA say?”.",
    )
