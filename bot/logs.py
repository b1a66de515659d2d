"""Log output: text or JSON lines (LOG_FORMAT), each stamped with the id of the Slack request being handled,
with credentials redacted.

Why redact: slack_sdk already hides the Authorization header, but logs the full URL of each call it
retries at INFO ("A retry handler found ... for POST <url>"), and a response_url works as a password for
30 minutes; tokens and the configured secret values are masked too, in case any library prints them.
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
CREDENTIALS = re.compile(
    r"\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+"  # Slack tokens: xoxb-, xoxp-, xapp-...
    r"|(?<=/)(?:commands|actions)/T[A-Z0-9]+/[0-9]+/[A-Za-z0-9]+"  # response_url paths
)


class RequestIdFilter(logging.Filter):
    """Stamps every record made while handling a request with its id (listener errors included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        request: Request | None = current.get()
        if request is not None and not hasattr(record, "request_id"):
            record.request_id = request.id
        return True


class RedactSecrets(logging.Filter):
    """Masks Slack tokens, response_url paths and the given secret values in every log message and in
    the traceback printed with it."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        if record.exc_info and not record.exc_text:  # formatters print the cached traceback text
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True

    def redact(self, text: str) -> str:
        clean = CREDENTIALS.sub(REDACTED, text)
        for secret in self.secrets:
            clean = clean.replace(secret, REDACTED)
        return clean


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
        return json.dumps(data, ensure_ascii=False, default=str)


def log_handler(
    stream: TextIO, log_format: str, text_format: str, secrets: Iterable[str] = ()
) -> logging.Handler:
    """A stream handler writing `text_format` lines, or JSON lines when `log_format` is `json`; `secrets`
    are values never to print (the signing secret, the tokens, a database URL)."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter() if log_format == "json" else logging.Formatter(text_format))
    handler.addFilter(RequestIdFilter())
    handler.addFilter(RedactSecrets(secrets))
    return handler
