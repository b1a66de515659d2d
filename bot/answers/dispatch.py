"""Intent -> Answer: one builder per answer kind, looked up in a table."""

from __future__ import annotations

from collections.abc import Callable

from bot.answers.ask import answer_question
from bot.answers.conversation import Conversation
from bot.answers.help import build_help
from bot.answers.intents import Intent, IntentKind, parse_command
from bot.answers.model import Answer
from bot.answers.people import build_people, build_person
from bot.answers.quotes import build_quotes
from bot.answers.source import build_source
from bot.answers.summary import build_summary
from bot.answers.timeline import build_dates
from bot.article.model import Article

Builder = Callable[[Article, str], Answer]

BUILDERS: dict[IntentKind, Builder] = {
    "summary": build_summary,
    "quotes": build_quotes,
    "dates": build_dates,
    "who": build_people,
    "person": build_person,
    "source": build_source,
    "help": build_help,
}
"""Intents that need no conversation; `follow_up` and `ask` are resolved before they get here."""


def build(intent: Intent, article: Article) -> Answer:
    builder = BUILDERS.get(intent.kind, build_help)
    return builder(article, intent.argument)


ASK_COMMAND = "ask"
"""`/article ask <question>`: a free question, answered by `answer_question`."""


def answer_command(text: str, article: Article) -> Answer:
    """Answer the text after `/article`. Unknown or empty text gets the help answer, never an error."""
    words = text.strip().split(maxsplit=1)
    if words and words[0].lower() == ASK_COMMAND:
        return answer_question(words[1] if len(words) > 1 else "", article, Conversation())
    return build(parse_command(text), article)
