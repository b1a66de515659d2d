"""Retries for Slack's Web API and response_url: slack_sdk's own retry handlers, bounded in total time.

slack_sdk counts retries but not time, and sleeps whatever Retry-After says; `Bounded` adds the missing
budget (and a log line per retry), so an outage holds a listener thread for seconds, not minutes.
Bolt builds the WebhookClient behind `respond()` itself, with no way to pass retry handlers, so
`retrying_respond` puts a `respond` that uses them in the context (Bolt only builds its own when none is
there), and one that raises when the post fails instead of dropping the answer silently.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from slack_bolt import BoltContext, Respond
from slack_sdk.http_retry import (
    BackoffRetryIntervalCalculator,
    ConnectionErrorRetryHandler,
    HttpRequest,
    HttpResponse,
    RateLimitErrorRetryHandler,
    RetryHandler,
    RetryState,
)
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler
from slack_sdk.webhook import WebhookClient, WebhookResponse

from bot.config import Settings

logger = logging.getLogger(__name__)

STARTED = "newsdesk_started"
"""Key in slack_sdk's per-call RetryState.custom_values: when the call first failed."""


class ResponseUrlError(Exception):
    """A response_url post that still failed after the retries (Bolt's respond() would return it silently)."""

    def __init__(self, status: int, body: str) -> None:
        self.status = status
        super().__init__(f"response_url answered HTTP {status}: {body[:100]}")


def _retry_after(response: HttpResponse | None) -> float:
    if response is None or response.status_code != 429:
        return 0.0
    for name, values in response.headers.items():
        if name.lower() == "retry-after" and values:
            try:
                return float(values[0])
            except ValueError:
                return 1.0
    return 1.0


def _target(url: str) -> str:
    """`chat.postMessage` for a Web API call; never a response_url's path, which works as a password."""
    path = urlsplit(url).path
    return path.rsplit("/", 1)[-1] if "/api/" in path else "response_url"


def _fault(response: HttpResponse | None, error: Exception | None) -> str:
    if response is not None:
        return f"HTTP {response.status_code}"
    return type(error).__name__ if error is not None else "unknown error"


class Bounded(RetryHandler):
    """One of slack_sdk's handlers, giving up once the next wait would take the call past `budget` s."""

    def __init__(
        self, inner: RetryHandler, budget: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(inner.max_retry_count, inner.interval_calculator)
        self.inner = inner
        self.budget = budget
        self.clock = clock

    def can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if not self.inner._can_retry(state=state, request=request, response=response, error=error):
            return False  # not a fault this handler deals with (e.g. a 200)
        values = state.custom_values = state.custom_values or {}
        now = self.clock()
        spent = now - values.setdefault(STARTED, now)
        wait = _retry_after(response) or self.interval_calculator.calculate_sleep_duration(
            state.current_attempt
        )
        method = _target(request.url)
        if state.current_attempt >= self.max_retry_count or spent + wait > self.budget:
            logger.warning(
                "Slack %s still failing (%s) after %d attempt(s) in %.1f s; giving up",
                method,
                _fault(response, error),
                state.current_attempt + 1,
                spent,
            )
            return False
        attempt = state.current_attempt + 1
        logger.warning(
            "Slack %s failed (%s); retry %d in about %.1f s", method, _fault(response, error), attempt, wait
        )
        return True

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        self.inner.prepare_for_next_attempt(state=state, request=request, response=response, error=error)


def retry_handlers(settings: Settings) -> list[RetryHandler]:
    """429 after Retry-After; 500/503 and lost connections with exponential backoff; all within the budget."""
    backoff = BackoffRetryIntervalCalculator(backoff_factor=settings.slack_retry_backoff)
    retries = settings.slack_retries
    handlers: list[RetryHandler] = [
        RateLimitErrorRetryHandler(max_retry_count=retries),
        ServerErrorRetryHandler(max_retry_count=retries, interval_calculator=backoff),
        ConnectionErrorRetryHandler(max_retry_count=retries, interval_calculator=backoff),
    ]
    return [Bounded(handler, settings.slack_retry_budget) for handler in handlers]


class RetryingRespond(Respond):
    """Bolt's `respond()` with our retry handlers and timeout; raises ResponseUrlError on a failed post."""

    def __init__(
        self, *, response_url: str | None, retry_handlers: list[RetryHandler], timeout: int, **kwargs: Any
    ) -> None:
        super().__init__(response_url=response_url, **kwargs)
        self.retry_handlers = retry_handlers
        self.timeout = timeout

    def __call__(self, text: str | dict[str, Any] = "", **fields: Any) -> WebhookResponse:  # type: ignore[override]
        if self.response_url is None:
            raise ValueError("respond is unsupported here as there is no response_url")
        message = dict(text) if isinstance(text, dict) else {"text": text, **fields}
        client = WebhookClient(
            url=self.response_url,
            timeout=self.timeout,
            proxy=self.proxy,
            ssl=self.ssl,
            retry_handlers=self.retry_handlers,
        )
        response = client.send_dict(message)
        if response.status_code != 200:
            raise ResponseUrlError(response.status_code, response.body or "")
        return response


def retrying_respond(handlers: list[RetryHandler], timeout: int) -> Callable[[BoltContext], None]:
    """A context filler: listeners' `respond` retries like the WebClient (see the module docstring)."""

    def provide_respond(context: BoltContext) -> None:
        if context.response_url is not None:
            context["respond"] = RetryingRespond(
                response_url=context.response_url,
                retry_handlers=handlers,
                timeout=timeout,
                proxy=context.client.proxy,
                ssl=context.client.ssl,
            )

    return provide_respond
