"""The Answers the Slack app sends, rendered as plain terminal text, and a REPL to try the bot offline."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TextIO

from bot.answers import Answer, Conversation, Item, answer_command, answer_message
from bot.answers.library_commands import parse_library_command
from bot.article.model import Article
from bot.article.provenance import headline
from bot.desk import run
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


def render_item(item: Item, *, color: bool = False) -> str:
    head = f"{item.label}: {item.text}" if item.label else item.text
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
    return "\n".join(lines)


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
) -> int:
    """Read questions line by line, exactly as Slack would take them, until end of input or `quit`.

    With `open_library`, `load FILE_OR_URL`, `list`, `use` and `forget` work too; the library is opened on
    the first such command, so asking questions never touches the database.
    """
    library: Library | None = None
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
            command = parse_library_command(text) if open_library else None
            if command is not None and open_library is not None:
                library = library or open_library()
                answer = run(command, library, CONSOLE_CHANNEL, allow_files=True)
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
