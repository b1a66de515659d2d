"""Command line: the console (default), `serve`, `parse` and `ask`. The only module that starts I/O."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pydantic import SecretStr, ValidationError

from bot.answers import answer_message
from bot.article import Article
from bot.config import Settings, SettingsError
from bot.console import render_answer, render_report, run_console
from bot.ingest import LoadError, read, read_file
from bot.logs import log_handler
from bot.store import StoreError, open_library

logger = logging.getLogger("bot")

EXIT_OK = 0
EXIT_USAGE = 2
"""Bad settings or unreadable input: the user has to fix something, as with argparse's own errors."""

STDIN = "-"
TEXT_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
"""LOG_FORMAT=text; LOG_FORMAT=json writes one JSON object per line instead."""


class CliError(Exception):
    """A problem the user can fix; printed as one line on stderr, exit code 2, no traceback."""


def configure_logging(settings: Settings) -> None:
    level = logging.getLevelName(settings.log_level.upper())
    if not isinstance(level, int):
        raise CliError(f"invalid setting LOG_LEVEL={settings.log_level!r}: use DEBUG, INFO, WARNING or ERROR")
    secrets = [v.get_secret_value() for v in settings.model_dump().values() if isinstance(v, SecretStr)]
    handler = log_handler(sys.stderr, settings.log_format, TEXT_LOG_FORMAT, secrets)
    logging.basicConfig(level=level, handlers=[handler], force=True)


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in e['loc']).upper()}: {e['msg']}" for e in error.errors()
        )
        raise CliError(f"invalid settings: {problems}") from None


def load_article(path: str | Path, published: date | None = None) -> Article:
    """Read and parse an article file (`-` is stdin) through the same ingestion as every other way in,
    turning every input problem into a CliError."""
    try:
        if str(path) == STDIN:
            return read(sys.stdin.buffer.read(), published=published).article
        return read_file(path, published=published).article
    except OSError as error:
        raise CliError(f"cannot read article file {path}: {error.strerror or error}") from None
    except LoadError as error:
        raise CliError(f"bad article {path}: {error}") from None


def published(args: argparse.Namespace, settings: Settings | None = None) -> date | None:
    """`--published`, else (for NEWSDESK_ARTICLE, whose date it is: pass `settings`) NEWSDESK_PUBLISHED."""
    given: date | None = getattr(args, "published", None)
    return given or (settings.newsdesk_published if settings else None)


def _serve(settings: Settings, *, http: bool, port: int | None) -> int:
    """Serving checks its own settings (Settings.slack_credentials) before any I/O; we only word the error."""
    from bot.slack.serve import serve

    try:
        serve(settings, http=http, port=port or settings.port)
    except SettingsError as error:
        mode = "HTTP" if http else "Socket Mode"
        raise CliError(f"cannot serve in {mode}: {error}") from None
    return EXIT_OK


def command_default(args: argparse.Namespace, settings: Settings) -> int:
    """With Slack tokens, serve (Socket Mode when there is an app token); without, the offline console."""
    if settings.has_slack_tokens:
        return _serve(settings, http=not settings.socket_mode, port=None)
    path = settings.newsdesk_article
    article = load_article(path, published(args, settings))
    from bot.desk.library import fetch_limits

    return run_console(
        article,
        sys.stdin,
        sys.stdout,
        source=Path(path).name,
        open_library=lambda: open_library(settings),
        limits=fetch_limits(settings),
        feed_interval=settings.newsdesk_feed_interval,
        tz=settings.newsdesk_tz or None,
    )


def command_serve(args: argparse.Namespace, settings: Settings) -> int:
    if published(args):
        settings = settings.model_copy(update={"newsdesk_published": published(args)})
    return _serve(settings, http=args.http, port=args.port)


def command_ask(args: argparse.Namespace, settings: Settings) -> int:
    default = args.article is None
    path = settings.newsdesk_article if default else args.article
    article = load_article(path, published(args, settings if default else None))
    answer, _ = answer_message(args.text, article)
    if args.json:
        print(answer.model_dump_json())
    else:
        print(render_answer(answer, color=sys.stdout.isatty()))
    return EXIT_OK


def command_parse(args: argparse.Namespace, settings: Settings) -> int:
    article = load_article(args.file, published(args))
    if args.json:
        from bot.article.export import to_json

        print(json.dumps(to_json(article), ensure_ascii=False, indent=2, default=str))
    else:
        print(render_report(article, color=sys.stdout.isatty()))
    return EXIT_OK


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


Command = Callable[[argparse.Namespace, Settings], int]


def build_parser() -> argparse.ArgumentParser:
    dated = argparse.ArgumentParser(add_help=False)
    dated.add_argument(
        "--published",
        type=_iso_date,
        default=argparse.SUPPRESS,  # `newsdesk --published D parse F` and `parse F --published D` both work
        metavar="YYYY-MM-DD",
        help="publication date of the article (default: what the article says; for NEWSDESK_ARTICLE, "
        "NEWSDESK_PUBLISHED when set)",
    )
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        parents=[dated],
        description="Newsdesk reads a news article and answers questions about it, citing its sentences. "
        "Without a subcommand: serve Slack if tokens are set, else an interactive console.",
    )
    parser.set_defaults(command=command_default)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    serve = commands.add_parser(
        "serve", parents=[dated], help="run the Slack app (Socket Mode unless --http)"
    )
    serve.add_argument("--http", action="store_true", help="serve HTTP events instead of Socket Mode")
    serve.add_argument("--port", type=int, help="HTTP port (default: PORT setting)")
    serve.set_defaults(command=command_serve)

    ask = commands.add_parser(
        "ask", parents=[dated], help="answer one question, as a DM or `/article ...` would, and exit"
    )
    ask.add_argument("text", help='e.g. "key dates", "what did the MEA say?", "/article quotes Bruce"')
    ask.add_argument("--article", type=Path, help="article file (default: NEWSDESK_ARTICLE, the seed)")
    ask.add_argument("--json", action="store_true", help="print the Answer as JSON")
    ask.set_defaults(command=command_ask)

    parse_cmd = commands.add_parser("parse", parents=[dated], help="show what was parsed from an article")
    parse_cmd.add_argument("file", help="article text file, or - for stdin")
    parse_cmd.add_argument("--json", action="store_true", help="print the stable JSON export")
    parse_cmd.set_defaults(command=command_parse)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of `newsdesk` and `python -m bot`; returns the exit code."""
    args = build_parser().parse_args(argv)
    command: Command = args.command
    try:
        settings = load_settings()
        configure_logging(settings)
        return command(args, settings)
    except (CliError, StoreError) as error:  # StoreError: DATABASE_URL unreachable, newer schema
        print(f"newsdesk: {error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
