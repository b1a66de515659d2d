""" "Paste an article" (a global shortcut): a modal with the story's text, its link and publication date (both
optional) and the conversation to load it into. Mistakes are shown in the modal (`response_action:
errors`); a valid paste closes it, is read through the one way in (the link and date map onto the
Document's url and published) on the load pool, and its summary goes privately to the person in that
conversation, through the response_url Slack gives the conversation picker.

A submission is acted on only for a modal this app opened for that person: its `private_metadata` is a
seal (an HMAC of the workspace, user and time, keyed by the signing secret), so a view we never opened, one
opened for someone else, or one days old, is refused in the modal, statelessly, on any instance.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.answers import Answer
from bot.answers import library as answers
from bot.desk.library import load_into
from bot.ingest.fetch import Loaded, from_url, is_link, read
from bot.ingest.web import FetchLimits
from bot.limits import Deadline
from bot.slack import render
from bot.slack.listeners.shortcuts.read_message import MIN_STORY_WORDS
from bot.slack.loads import Loads
from bot.store import Library

PASTE_SHORTCUT = "paste_article"
"""The global shortcut's callback_id (both manifests)."""
SEAL_SECONDS = 24 * 3600
"""How long an opened modal may be submitted."""
STALE = (
    "This form wasn't opened by Newsdesk for you, or it is too old."
    " Close it and open “Paste an article” again."
)
NOTHING = "Paste the story here, or give its link below."
TOO_SHORT = "That's {n} words: too short to read as a story. Paste the whole article, or give its link below."
BAD_LINK = "Give a web address starting with https://"
FUTURE = "That date is in the future; leave it empty if you don't know it."
NO_CONVERSATION = "Pick the conversation to load the story into."


@dataclass(frozen=True)
class ViewSeal:
    """Seals a modal's private_metadata to the workspace and person it was opened for."""

    secret: str = field(repr=False)
    clock: Callable[[], float] = time.time

    def _mac(self, team: str, user: str, nonce: str, issued: int) -> str:
        key = hashlib.sha256(b"newsdesk view seal\0" + self.secret.encode()).digest()
        return hmac.new(key, f"{team}\0{user}\0{nonce}\0{issued}".encode(), hashlib.sha256).hexdigest()

    def seal(self, team: str, user: str) -> str:
        nonce, issued = secrets.token_hex(8), int(self.clock())
        return json.dumps({"n": nonce, "t": issued, "s": self._mac(team, user, nonce, issued)})

    def opened(self, metadata: object, team: str, user: str) -> bool:
        try:
            sealed = json.loads(str(metadata))
            nonce, issued, mac = str(sealed["n"]), int(sealed["t"]), str(sealed["s"])
        except (ValueError, TypeError, KeyError):
            return False
        fresh = 0 <= self.clock() - issued <= SEAL_SECONDS
        return fresh and hmac.compare_digest(mac, self._mac(team, user, nonce, issued))


@dataclass(frozen=True)
class Paste:
    channel: str
    text: str
    url: str | None
    published: date | None


def _value(values: dict[str, Any], ids: tuple[str, str], key: str) -> Any:
    block, action = ids
    return ((values.get(block) or {}).get(action) or {}).get(key)


def read_form(values: dict[str, Any], today: date) -> Paste | dict[str, str]:
    """The modal's values as a Paste, or the errors to show, by block id."""
    errors: dict[str, str] = {}
    channel = _value(values, render.PASTE_CONVERSATION, "selected_conversation")
    text = str(_value(values, render.PASTE_TEXT, "value") or "").strip()
    url = str(_value(values, render.PASTE_URL, "value") or "").strip() or None
    day = _value(values, render.PASTE_DATE, "selected_date")
    published: date | None = None
    if not isinstance(channel, str) or not channel:
        errors[render.PASTE_CONVERSATION[0]] = NO_CONVERSATION
    if url is not None and not is_link(url):
        errors[render.PASTE_URL[0]] = BAD_LINK
    if not text and url is None:
        errors[render.PASTE_TEXT[0]] = NOTHING
    elif text and len(text.split()) < MIN_STORY_WORDS:
        errors[render.PASTE_TEXT[0]] = TOO_SHORT.format(n=len(text.split()))
    if day:
        try:
            published = date.fromisoformat(str(day))
        except ValueError:
            errors[render.PASTE_DATE[0]] = FUTURE
        else:
            if published > today + timedelta(days=1):  # a day's grace: the person may be ahead in UTC
                errors[render.PASTE_DATE[0]] = FUTURE
    if errors:
        return errors
    assert isinstance(channel, str)
    return Paste(channel, text, url, published)


def load_paste(paste: Paste, library: Library, limits: FetchLimits, deadline: Deadline) -> Answer:
    """The pasted text (its link and date on the Document), or the link alone, as the conversation's
    article."""

    def load() -> Loaded:
        if paste.text:
            return read(paste.text, url=paste.url, published=paste.published, deadline=deadline)
        assert paste.url is not None
        return from_url(paste.url, limits, published=paste.published, deadline=deadline)

    return load_into(load, library, paste.channel, answers.read_for_you)


def paste_shortcut_callback(
    ack: Ack, shortcut: dict[str, Any], client: WebClient, context: dict[str, Any], seal: ViewSeal
) -> None:
    ack()
    user = (shortcut.get("user") or {}).get("id") or ""
    metadata = seal.seal(str(context.get("team_id") or ""), str(user))
    client.views_open(trigger_id=shortcut["trigger_id"], view=render.paste_modal(metadata))


def paste_submission_callback(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: dict[str, Any],
    seal: ViewSeal,
    library: Library | None,
    fetch_limits: FetchLimits,
    loads: Loads,
    respond: Respond | None = None,
) -> None:
    user = str((body.get("user") or {}).get("id") or "")
    if not seal.opened(view.get("private_metadata"), str(context.get("team_id") or ""), user):
        ack(response_action="errors", errors={render.PASTE_TEXT[0]: STALE})
        return
    form = read_form((view.get("state") or {}).get("values") or {}, date.today())
    if isinstance(form, dict):
        ack(response_action="errors", errors=form)
        return
    if library is None:
        ack(response_action="errors", errors={render.PASTE_TEXT[0]: "The article library is not available."})
        return
    ack()  # closes the modal; the story is read on the load pool

    def show(answer: Answer) -> None:
        if respond is not None:
            asks = render.READ_ASKS if answer.kind != "error" else ()
            respond(response_type="ephemeral", **render.message(answer, asks=asks))

    loads.later(lambda deadline: load_paste(form, library, fetch_limits, deadline), show)
