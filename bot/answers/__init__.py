"""Question text -> Answer with citations. Pure: knows nothing of Slack or Block Kit."""

from bot.answers.conversation import Conversation
from bot.answers.dispatch import answer_command
from bot.answers.messages import answer_message
from bot.answers.model import Answer, Citation, Item

__all__ = ["Answer", "Citation", "Conversation", "Item", "answer_command", "answer_message"]
