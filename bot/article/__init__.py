"""The article engine: pure, Slack-free. `parse(text)` turns any English news article into an `Article`."""

from bot.article.model import Article, ArticleError
from bot.article.parse import parse

__all__ = ["Article", "ArticleError", "parse"]
