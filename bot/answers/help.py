"""The `help` answer: what the bot can do, as examples people can copy."""

from __future__ import annotations

from bot.answers.model import Answer, Item
from bot.article.model import Article
from bot.article.provenance import headline

EXAMPLES: tuple[tuple[str, str], ...] = (
    ("/article summary", "the gist and the key sentences"),
    ("/article quotes [name]", "direct quotes with their speakers, e.g. `/article quotes Bruce`"),
    ("/article dates", "a timeline of the dates in the story, oldest first"),
    ("/article who", "the people in the story, their roles and how often they are quoted"),
    ("/article source", "dateline, agency and publication date, and how that date was worked out"),
    ("/article help", "this list"),
)

MAX_HEADLINE = 150
"""A headline is cut here (Slack's header limit) with an ellipsis of ours rather than Slack's."""
HOME_HINT = "Mention me in a channel or send me a DM, e.g. _who said what about trade?_"

MESSAGE_EXAMPLES = "“what did the MEA say?”, “who is Brendan Lynch?”, “key dates”, “and what did he say?”"
DESK_EXAMPLES = (
    "`/article follow <feed link> [keywords]`, `/article feeds`, `/article digest daily 08:30`,"
    " `/article search <words>`, `/article timeline [words]`"
)


def build_help(article: Article | None = None, argument: str = "") -> Answer:
    return Answer(
        kind="help",
        title="What I can tell you about this article",
        items=tuple(Item(label=command, text=what) for command, what in EXAMPLES),
        footer=f"Or just ask me in a message: {MESSAGE_EXAMPLES}. Every answer cites its sentence. "
        f"The channel's desk (feeds, digests, search): {DESK_EXAMPLES}.",
    )


def home(article: Article) -> Answer:
    """The App Home tab: the story's headline (the one `headline` every list and welcome line uses), its
    gist, and what to ask."""
    return Answer(
        kind="home",
        title=headline(article, MAX_HEADLINE) if article.text.strip() else "No article loaded",
        intro=article.summary.gist or None,
        items=tuple(Item(label=command, text=what) for command, what in EXAMPLES),
        footer=HOME_HINT,
    )
