"""Slack's signature, checked on the raw bytes before anything reads a request over HTTP: unverified -> 401
with nothing of it parsed or logged, verified but not a Slack payload -> 400, else a BoltRequest for Bolt.

Why in front of Bolt rather than trusting its RequestVerification middleware: Bolt parses the body while
building its BoltRequest, before any middleware runs, so a malformed body is a 500; its check raises on a
timestamp that is not an integer, which hands the unverified body to the app's error handler; and it logs
refused bodies at INFO. Here only the two signature headers are read until the signature is proven, so no
code path, present or future (middleware, listeners, error handlers, log lines), can act on an unverified
body. Requests that pass carry `VERIFIED` in their context, and the error handler answers only those (or
Socket Mode's, authenticated by the app token): a second lock for any caller of `App.dispatch` that skips
this gate. The HMAC is written out (four lines of hmac) because slack_sdk's SignatureVerifier decodes
the body as UTF-8 and parses the timestamp with int(), raising on exactly the inputs an attacker picks.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from slack_bolt import BoltRequest, BoltResponse

logger = logging.getLogger(__name__)

VERIFIED = "newsdesk_verified"
"""Context key set on every request whose signature this module checked."""
MAX_SKEW = 5 * 60
"""Slack's replay window: a timestamp further than this from now is refused."""
TIMESTAMP = re.compile(rb"[0-9]{1,12}")
SIGNATURE = re.compile(rb"v0=[0-9a-f]{64}")

Ref = str | dict[str, Any] | None
"""A team, user, channel or enterprise: an id, or an object with one."""


NEVER_NULL = frozenset(
    {"event", "message", "previous_message", "item", "assistant_thread", "view", "container", "state"}
    | {"function_data", "actions", "authorizations", "files", "links"}
)
"""Objects and lists Slack leaves out rather than sending as null (Bolt reads into them when present)."""


class _Loose(BaseModel):
    """Only the shape of the fields Bolt and our listeners read is checked; everything else passes."""

    model_config = ConfigDict(extra="allow", strict=True)

    @model_validator(mode="before")
    @classmethod
    def _no_null_objects(cls, data: Any) -> Any:
        if isinstance(data, dict) and any(data.get(key, ...) is None for key in NEVER_NULL):
            raise ValueError("an object field is null")
        return data


class _Authorization(_Loose):
    team_id: str | None = None
    user_id: str | None = None
    enterprise_id: str | None = None
    is_enterprise_install: bool | None = None


class _Inner(_Loose):
    """An event, or the message inside one (message_changed, message_deleted)."""

    type: str | None = None
    subtype: str | None = None
    team: Ref = None
    user: Ref = None
    channel: Ref = None
    enterprise: Ref = None
    text: str | None = None
    ts: str | None = None
    thread_ts: str | None = None
    channel_type: str | None = None
    message: _Inner | None = None
    previous_message: _Inner | None = None
    item: dict[str, Any] | None = None
    assistant_thread: dict[str, Any] | None = None
    files: list[Any] | None = None
    links: list[Any] | None = None


class _Action(_Loose):
    """A block action: Bolt's matchers index its `action_id` and match both ids as strings."""

    action_id: str | None = None
    block_id: str | None = None


class _View(_Loose):
    callback_id: str | None = None


class _Envelope(_Inner):
    """A slash command (form fields), an interaction payload or an Events API envelope."""

    authorizations: list[_Authorization] | None = None
    event: _Inner | None = None
    actions: Annotated[list[_Action], Field(min_length=1)] | None = None
    """Bolt reads `actions[0]` of every block action: an empty list is no Slack payload."""
    callback_id: str | None = None
    view: _View | None = None
    container: dict[str, Any] | None = None
    state: dict[str, Any] | None = None
    function_data: dict[str, Any] | None = None
    event_id: str | None = None
    command: str | None = None
    response_url: str | None = None
    trigger_id: str | None = None
    is_enterprise_install: bool | str | None = None

    @model_validator(mode="after")
    def _block_actions_name_their_action(self) -> _Envelope:
        if self.type == "block_actions" and any(action.action_id is None for action in self.actions or ()):
            raise ValueError("a block action without its action_id")
        return self


@dataclass(frozen=True)
class Refusal:
    """Why a request was turned away: the HTTP status and a fixed reason (never anything it contained)."""

    status: int
    reason: str

    def response(self) -> BoltResponse:
        return BoltResponse(status=self.status, body={"error": self.reason})


@dataclass
class SignedRequests:
    """Checks Slack's `v0` signature with the app's signing secret, then parses what passed."""

    secret: str = field(repr=False)
    clock: Callable[[], float] = time.time

    def admit(self, raw: bytes, headers: Mapping[str, str]) -> BoltRequest | Refusal:
        """A BoltRequest marked VERIFIED, or a Refusal (401 unverified, 400 not a Slack payload).

        `headers` are lower-case names (as in WSGI's environ, see `wsgi_headers`)."""
        problem = self._unverified(raw, headers)
        if problem is not None:
            return Refusal(401, problem)
        try:
            body = raw.decode("utf-8")
            request = BoltRequest(body=body, headers=dict(headers), context={VERIFIED: True})
            if not isinstance(request.body, dict):
                raise TypeError("not an object")
            _Envelope.model_validate(request.body)
        except (ValueError, TypeError, LookupError, AttributeError, RecursionError, ValidationError):
            # json/UTF-8 errors are ValueErrors; the others come from Bolt reading a field of the wrong shape
            return Refusal(400, "malformed payload")
        return request

    def _unverified(self, raw: bytes, headers: Mapping[str, str]) -> str | None:
        """None when signed by Slack within the replay window, else a fixed reason."""
        timestamp = headers.get("x-slack-request-timestamp", "").encode("latin-1", "replace")
        signature = headers.get("x-slack-signature", "").encode("latin-1", "replace")
        if not timestamp or not signature:
            return "unsigned"
        if not TIMESTAMP.fullmatch(timestamp) or not SIGNATURE.fullmatch(signature):
            return "malformed signature headers"
        if abs(self.clock() - int(timestamp)) > MAX_SKEW:
            return "stale timestamp"
        digest = hmac.new(self.secret.encode(), b"v0:" + timestamp + b":" + raw, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(b"v0=" + digest.encode(), signature):
            return "bad signature"
        return None


def wsgi_headers(environ: Mapping[str, Any]) -> dict[str, str]:
    """Request headers from a WSGI environ, names lower-case with dashes (`x-slack-signature`)."""
    headers = {
        key[5:].lower().replace("_", "-"): value for key, value in environ.items() if key.startswith("HTTP_")
    }
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.lower().replace("_", "-")] = environ[key]
    return headers


def is_verified(context: Mapping[str, Any], mode: str) -> bool:
    """Whether a request reaching the app may be acted on: signed (checked here) or over Socket Mode."""
    return mode == "socket_mode" or context.get(VERIFIED) is True
