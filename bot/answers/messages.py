"""Plain-language messages (DMs, mentions): intent, follow-up resolution, then the `/article` builders."""

from __future__ import annotations

from bot.answers.ask import answer_question, follow_conversation, takes_over
from bot.answers.conversation import Conversation
from bot.answers.dispatch import build
from bot.answers.intents import Intent, parse_message
from bot.answers.model import Answer
from bot.answers.speakers import find_person, is_pronoun
from bot.article.model import Article

SUBJECT_KINDS = frozenset({"quotes", "person"})
"""Intents whose argument names someone, and so can be a pronoun or become the next subject."""


def resolve(intent: Intent, conversation: Conversation) -> Intent:
    """Fill in what a follow-up leaves out: "he" is the last subject, "what about X" the last topic."""
    kind = intent.kind
    if kind == "follow_up":
        kind = "quotes" if conversation.topic == "quotes" else "person"
    argument = intent.argument
    if kind in SUBJECT_KINDS and is_pronoun(argument) and conversation.subject:
        argument = conversation.subject
    return intent.model_copy(update={"kind": kind, "argument": argument})


def _subject(intent: Intent, article: Article, answer: Answer, previous: str | None) -> str | None:
    """The new subject is whoever was just found; a miss ("the Pope"?) keeps the old one."""
    if intent.kind not in SUBJECT_KINDS or not intent.argument or answer.kind == "abstain":
        return previous
    person = find_person(article, intent.argument)
    return person.name if person else intent.argument


def answer_message(
    text: str, article: Article, conversation: Conversation | None = None
) -> tuple[Answer, Conversation]:
    """Answer a message and return the conversation to pass with the next one."""
    conversation = conversation or Conversation()
    intent = resolve(parse_message(text), conversation)
    if intent.kind == "ask" or takes_over(intent, article):
        answer = answer_question(intent.text, article, conversation)
        return answer, follow_conversation(intent.text, article, answer, conversation)
    answer = build(intent, article)
    subject = _subject(intent, article, answer, conversation.subject)
    return answer, Conversation(subject=subject, topic=intent.kind)
