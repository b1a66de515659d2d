"""Log output: text or JSON lines (LOG_FORMAT), each stamped with the id of the Slack request being handled,
with credentials redacted, request bodies left out, and every record on its own line.

Why redact: slack_sdk already hides the Authorization header, but logs the full URL of each call it
retries at INFO ("A retry handler found ... for POST <url>"), and a response_url works as a password for
30 minutes; tokens and the configured secret values are masked too, in case any library prints them.
Bolt quotes whole request bodies in a few lines (a refused signature at INFO, a skipped self event at DEBUG,
an unhandled request): those are cut to their first words (`BOLT_PAYLOAD_LINES`), and `token=` fields go the
way of the tokens. No text from outside can forge a line: a message's line breaks and control characters are
escaped, and a traceback's lines are indented under the line that logged it.
The JSON formatter is a few lines of stdlib; python-json-logger would be a dependency for little more.
Kept apart from bot/slack so the console and `ask` commands do not import Bolt just to log.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, Protocol, TextIO


class Request(Protocol):
    id: str


current: ContextVar[Any] = ContextVar("newsdesk_request", default=None)
"""The request (a bot.slack.observability.RequestRecord) this thread is handling, if any."""

_STANDARD = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}
REDACTED = "[redacted]"
SEP = r"(?:/|%2F|\\/)"
"""A path separator as written plainly, URL-encoded (in a form body) or JSON-escaped."""
CREDENTIALS = (
    (re.compile(r"\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+"), REDACTED),  # Slack tokens: xoxb-, xoxp-, xapp-...
    (  # response_url paths: a password for 30 minutes
        re.compile(
            rf"(?P<sep>{SEP})(?:commands|actions)(?P=sep)[TE][A-Z0-9]+(?P=sep)[0-9]+(?P=sep)[A-Za-z0-9]+"
        ),
        rf"\g<sep>{REDACTED}",
    ),
    (  # a payload's `token` field (the verification token), as form, URL-encoded, JSON or repr
        re.compile(r"""(?<![\w-])(token(?:=|%3D|\\?"\s*:\s*\\?"|'\s*:\s*'))[^&\s"'\\]+""", re.IGNORECASE),
        rf"\g<1>{REDACTED}",
    ),
    (  # an OAuth `code` or `state` (a code is a token once exchanged): in a query, a request's repr (where
        # a query's values are lists), Bolt's warning
        re.compile(
            r"""(?<![\w-])((?:code|state)(?:=|%3D|\\?"\s*:\s*\\?"|'\s*:\s*\[?')|with code: )[^&\s"'\\]+"""
        ),
        rf"\g<1>{REDACTED}",
    ),
)
BOLT_PAYLOAD_LINES = (
    "Invalid request signature detected",
    "Skipped self event",
    "A global middleware",
    "Unhandled request",
    "Responding with",
    "request body:",
    "Request body:",
)
"""Starts of Bolt's log messages that go on to quote a request or response body: only the start is kept."""
LINE_BREAKING = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")
"""Characters that end a line for some reader (str.splitlines, terminals, log shippers) or control one."""
JSON_LINE_BREAKS = {ord(ch): f"\\u{ord(ch):04x}" for ch in "\x85\u2028\u2029"}
"""The line breaks json.dumps(ensure_ascii=False) leaves as they are."""


class RequestIdFilter(logging.Filter):
    """Stamps every record made while handling a request with its id (listener errors included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        request: Request | None = current.get()
        if request is not None and not hasattr(record, "request_id"):
            record.request_id = request.id
        return True


class RedactSecrets(logging.Filter):
    """Masks Slack tokens, response_url paths, `token` fields and the given secret values in every log
    message and in the traceback printed with it, and cuts Bolt's lines that quote a body."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.redact(_without_payload(message))
        if clean != message:
            record.msg, record.args = clean, ()
        if record.exc_info and not record.exc_text:  # formatters print the cached traceback text
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True

    def redact(self, text: str) -> str:
        clean = text
        for pattern, replacement in CREDENTIALS:
            clean = pattern.sub(replacement, clean)
        for secret in self.secrets:
            clean = clean.replace(secret, REDACTED)
        return clean


def _without_payload(message: str) -> str:
    for start in BOLT_PAYLOAD_LINES:
        if message.startswith(start):
            return f"{start} [body left out]"
    return message


def one_line(text: str) -> str:
    """`text` with every line break and control character escaped (`\\n`, `\\x1b`, `\\u2028`)."""
    if not LINE_BREAKING.search(text):
        return text
    return LINE_BREAKING.sub(lambda m: json.dumps(m.group())[1:-1].replace("\\u00", "\\x"), text)


class TextFormatter(logging.Formatter):
    """`logging.Formatter` with the message on one line and a traceback's lines indented beneath it, so a
    line that starts at the margin is always a record of ours."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = one_line(record.getMessage())
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for detail in (record.exc_text, self.formatStack(record.stack_info) if record.stack_info else None):
            if detail:
                text += "".join(f"\n    {one_line(line)}" for line in detail.splitlines())
        return text


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, any `extra` fields, and the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        data.update(
            (k, v) for k, v in record.__dict__.items() if k not in _STANDARD and not k.startswith("_")
        )
        if record.exc_info:
            data["exc"] = record.exc_text or self.formatException(record.exc_info)
        line = json.dumps(data, ensure_ascii=False, default=str)
        return line.translate(JSON_LINE_BREAKS)  # only inside strings, so the line stays valid JSON


def log_handler(
    stream: TextIO, log_format: str, text_format: str, secrets: Iterable[str] = ()
) -> logging.Handler:
    """A stream handler writing `text_format` lines, or JSON lines when `log_format` is `json`; `secrets`
    are values never to print (the signing secret, the tokens, a database URL)."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter() if log_format == "json" else TextFormatter(text_format))
    handler.addFilter(RequestIdFilter())
    handler.addFilter(RedactSecrets(secrets))
    return handler
