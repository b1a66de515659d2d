"""What a DM thread remembers between messages, so follow-ups like "and what did he say?" work."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from bot.answers.intents import IntentKind


class Conversation(BaseModel):
    model_config = ConfigDict(frozen=True)

    subject: str | None = None
    """The person or speaker last discussed; pronouns in the next question stand for it."""
    topic: IntentKind | None = None
    """The last kind of question, so "what about Misri?" after quotes asks for Misri's quotes."""
