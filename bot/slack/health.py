"""Readiness for `GET /healthz`: the article is loaded, the library answers, Slack's Web API is reachable,
and the load pool can take another load (a saturated pool is a 503, so a load balancer sends loads elsewhere).

The Web API check (auth.test, or api.test for an app installed through OAuth, which has no one token; one
attempt, short timeout, no retries) is cached for a few seconds, and only one runs at a time, so a busy load
balancer cannot turn its probes into a flood of calls to Slack.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.article.model import Article
from bot.limits import WorkPool
from bot.store import Library, title_of

logger = logging.getLogger(__name__)

PROBE_TIMEOUT = 2
"""Seconds the auth.test probe may take: a load balancer's own probe timeout is usually a few seconds."""


@dataclass
class _ApiCheck:
    ok: bool
    detail: str
    at: float


@dataclass
class Readiness:
    """Checks behind `/healthz`; `client` should be a WebClient without retries (see `probe_client`)."""

    client: WebClient
    article: Article | None = None
    library: Library | None = None
    cache_seconds: float = 5.0
    clock: Callable[[], float] = time.monotonic
    loads: WorkPool | None = None
    _last: _ApiCheck | None = field(default=None, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def report(self) -> tuple[bool, dict[str, Any]]:
        """(ready, report): a JSON-able dict with one entry per check and the reasons for not being ready."""
        checks: dict[str, dict[str, Any]] = {}
        if self.article is not None:
            loaded = bool(self.article.sentences)
            checks["article"] = {"ok": loaded, "title": title_of(self.article)}
        if self.library is not None:
            checks["library"] = self._library(checks.get("article"))
        if self.loads is not None:
            checks["loads"] = status = self.loads.status()
            if not status["ok"]:
                status["detail"] = (
                    f"all {status['workers']} load threads busy, {status['queued']} loads waiting"
                )
        api = self._api()
        checks["slack_api"] = {"ok": api.ok, "detail": api.detail, "age_s": round(self.clock() - api.at, 1)}
        reasons = [
            f"{name}: {check.get('detail') or 'not ready'}"
            for name, check in checks.items()
            if not check["ok"]
        ]
        return not reasons, {"ready": not reasons, **checks, "reasons": reasons}

    def _library(self, article: dict[str, Any] | None) -> dict[str, Any]:
        assert self.library is not None
        try:
            article_id = self.library.seed_id()  # a primary-key probe once the seed is stored
        except Exception as error:  # any database failure means "not ready", never a 500
            return {"ok": False, "detail": f"{type(error).__name__}: {error}"[:200]}
        if article is not None:
            article["id"] = article_id
        return {"ok": True}

    def _api(self) -> _ApiCheck:
        with self._lock:  # one probe at a time; the others wait and reuse its answer
            last = self._last
            if last is not None and self.clock() - last.at < self.cache_seconds:
                return last
            self._last = self._probe()
            return self._last

    def _probe(self) -> _ApiCheck:
        try:
            if not self.client.token:  # installed through OAuth: no one token to test; is the API there?
                self.client.api_test()
                return _ApiCheck(True, "api.test", self.clock())
            response = self.client.auth_test()
            return _ApiCheck(True, f"team {response.get('team_id') or '?'}", self.clock())
        except SlackApiError as error:
            detail = f"HTTP {error.response.status_code}: {error.response.get('error') or 'error'}"[:200]
        except Exception as error:  # unreachable: refused, reset, timed out, DNS
            detail = f"{type(error).__name__}: {error}"[:200]
        logger.warning("Slack Web API not reachable for /healthz: %s", detail)
        return _ApiCheck(False, detail, self.clock())


def probe_client(client: WebClient) -> WebClient:
    """A copy of `client` (same token and API URL) that tries once, briefly: readiness must answer fast."""
    return WebClient(
        token=client.token, base_url=client.base_url, timeout=PROBE_TIMEOUT, retry_handlers=[], ssl=client.ssl
    )
