"""The Answers the Slack app sends, rendered as plain terminal text, and a REPL to try the bot offline."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TextIO

from bot.answers import Answer, Conversation, Item, answer_command, answer_message
from bot.answers.library_commands import parse_library_command
from bot.article.model import Article
from bot.article.provenance import headline
from bot.desk.commands import parse_desk_command
from bot.desk.library import run
from bot.desk.service import FEED_INTERVAL, Desk
from bot.ingest.web import FetchLimits
from bot.store import Library

logger = logging.getLogger(__name__)

EXIT_WORDS = frozenset({"quit", "exit", ":q"})
PROMPT = "newsdesk> "
REPORT_SECTIONS = ("source", "who", "quotes", "dates", "summary")
"""What `newsdesk parse` shows, in order: the same answers the bot gives, one after another."""
MAX_NAME = 70
CONSOLE_CHANNEL = "console"
"""The console's key in the library's per-channel current article."""

_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def _style(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color else text


def citation_ref(item: Item) -> str:
    """Cited paragraphs as `[¶3, ¶4]`, 1-based like the Slack rendering, so both read the same."""
    paragraphs = sorted({c.paragraph + 1 for c in item.citations})
    return "[" + ", ".join(f"¶{n}" for n in paragraphs) + "]" if paragraphs else ""


def emphasised(item: Item, color: bool) -> str:
    """The item's text with its marks (search hits) in bold on a terminal, else between asterisks."""
    out, at = [], 0
    for start, end in sorted(item.marks):
        if start >= at and end <= len(item.text):
            word = item.text[start:end]
            out += [item.text[at:start], _style(word, _BOLD, True) if color else f"*{word}*"]
            at = end
    return "".join(out) + item.text[at:]


def render_item(item: Item, *, color: bool = False) -> str:
    text = emphasised(item, color) if item.marks else item.text
    head = f"{item.label}: {text}" if item.label else text
    ref = citation_ref(item)
    line = f"  - {head}" + (" " + _style(ref, _DIM, color) if ref else "")
    if item.detail:
        line += "\n    " + _style(item.detail, _DIM, color)
    return line


def render_answer(answer: Answer, *, color: bool = False) -> str:
    """Plain text for a terminal; ANSI styling only when asked for (a tty)."""
    lines = [_style(answer.title, _BOLD, color)]
    if answer.intro:
        lines.append(answer.intro)
    lines.extend(render_item(item, color=color) for item in answer.items)
    if answer.footer:
        lines.append(answer.footer)
    if answer.link:
        lines.append(answer.link)
    if answer.article_id is not None:
        lines.append(_style(f"(`use {answer.article_id}` makes it the current article)", _DIM, color))
    lines.extend("\n" + render_answer(part, color=color) for part in answer.parts)
    return "\n".join(lines)


class ConsolePoster:
    """The desk's posts, printed: what a followed channel would see."""

    def __init__(self, stdout: TextIO, color: bool) -> None:
        self.stdout = stdout
        self.color = color

    def post(self, channel: str, answer: Answer, team_id: str | None = None) -> str | None:
        self.stdout.write(render_answer(answer, color=self.color) + "\n\n")
        self.stdout.flush()
        return None

    def update(self, channel: str, ts: str, answer: Answer, team_id: str | None = None) -> None:
        return None


def render_report(article: Article, *, color: bool = False) -> str:
    """A readable report of everything parsed from an article, for `newsdesk parse`."""
    return "\n\n".join(render_answer(answer_command(kind, article), color=color) for kind in REPORT_SECTIONS)


def article_name(article: Article) -> str:
    """How the welcome line names the article: its title, else its opening words."""
    return headline(article, MAX_NAME)


def _isatty(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def run_console(
    article: Article,
    stdin: TextIO,
    stdout: TextIO,
    *,
    source: str | None = None,
    open_library: Callable[[], Library] | None = None,
    limits: FetchLimits | None = None,
    feed_interval: int = FEED_INTERVAL,
    tz: str | None = None,
) -> int:
    """Read questions line by line, exactly as Slack would take them, until end of input or `quit`.

    With `open_library`, `load FILE_OR_URL`, `list`, `use` and `forget` work too, and the desk's `follow
    FEED_FILE_OR_URL [keywords]`, `feeds`, `unfollow`, `poll`, `digest now`, `search` and `timeline`; the
    library is opened on the first such command, so asking questions never touches the database.
    """
    library: Library | None = None
    desk: Desk | None = None
    interactive = _isatty(stdin)
    color = _isatty(stdout)
    where = f" from {source}" if source else ""
    stdout.write(f"Newsdesk: loaded “{article_name(article)}”{where}. Type `help` for what to ask.\n")
    conversation = Conversation()
    try:
        while True:
            if interactive:
                stdout.write(PROMPT)
                stdout.flush()
            line = stdin.readline()
            if not line:
                break
            text = line.strip()
            if not text:
                continue
            if text.lower() in EXIT_WORDS:
                break
            desk_command = parse_desk_command(text) if open_library else None
            if desk_command is not None and open_library is not None:
                library = library or open_library()
                desk = desk or Desk(
                    library,
                    ConsolePoster(stdout, color),
                    limits,
                    interval=feed_interval,
                    tz=tz,
                    allow_files=True,
                )
                if desk_command.verb == "follow":
                    followed = desk.follow(CONSOLE_CHANNEL, desk_command.argument)
                    stdout.write(render_answer(followed.answer, color=color) + "\n\n")
                    followed.deliver()
                else:
                    stdout.write(render_answer(desk.run(desk_command, CONSOLE_CHANNEL), color=color) + "\n\n")
                stdout.flush()
                continue
            command = parse_library_command(text) if open_library else None
            if command is not None and open_library is not None:
                library = library or open_library()
                answer = run(command, library, CONSOLE_CHANNEL, limits, allow_files=True)
                if library.current(CONSOLE_CHANNEL) is not article:
                    article, conversation = library.current(CONSOLE_CHANNEL), Conversation()
                stdout.write(render_answer(answer, color=color) + "\n\n")
                stdout.flush()
                continue
            answer, conversation = answer_message(text, article, conversation)
            logger.debug("answered %r with a %s answer", text, answer.kind)
            stdout.write(render_answer(answer, color=color) + "\n\n")
            stdout.flush()
    except KeyboardInterrupt:
        stdout.write("\n")
    return 0
