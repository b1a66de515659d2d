"""Both manifests declare every scope, event, shortcut and command the code uses, and nothing it does not:
read from the listeners as registered on the real App and from the Web API calls in bot/slack/."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from slack_bolt import App, Assistant

from bot.slack.listeners.shortcuts.paste import PASTE_SHORTCUT
from bot.slack.listeners.shortcuts.read_message import READ_SHORTCUT
from bot.slack.oauth import BOT_SCOPES

ROOT = Path(__file__).resolve().parents[2]
MANIFESTS = ("manifest.json", "manifest.http.json")
SLACK_CODE = ROOT / "bot" / "slack"
WEB_API_CALL = re.compile(r"\bclient\.([a-z]+_[A-Za-z_]+)\(")
ASSISTANT_CALLS = re.compile(r"\b(set_status|set_title|set_suggested_prompts)\b")
METHOD_SCOPES = {
    "chat_postMessage": "chat:write",
    "chat_update": "chat:write",
    "chat_unfurl": "links:write",
    "files_info": "files:read",
    "users_info": "users:read",
    "views_open": None,  # a trigger_id is the permission
    "views_publish": None,
    "auth_test": None,
    "api_test": None,
    "set_status": "assistant:write",
    "set_title": "assistant:write",
    "set_suggested_prompts": "assistant:write",
}
EVENT_SUBSCRIPTIONS = {  # what a listener's event type is subscribed as, and the scope it needs
    "app_mention": ("app_mention", "app_mentions:read"),
    "message": ("message.im", "im:history"),  # our message listeners answer DMs only
    "app_home_opened": ("app_home_opened", None),
    "link_shared": ("link_shared", "links:read"),
    "app_uninstalled": ("app_uninstalled", None),
    "tokens_revoked": ("tokens_revoked", None),
    "assistant_thread_started": ("assistant_thread_started", "assistant:write"),
    "assistant_thread_context_changed": ("assistant_thread_context_changed", "assistant:write"),
}


def manifest(name: str) -> dict[str, Any]:
    return json.loads((ROOT / name).read_text(encoding="utf-8"))


def registered_events(app: App) -> set[str]:
    """The event types of every listener the App holds (Bolt keeps each `app.event(type)` as a matcher
    closure over the type) and of the Assistant middleware."""
    types: set[str] = set()
    for listener in app._listeners:  # reading, not patching: the registry Bolt dispatches from
        for matcher in listener.matchers:
            func = getattr(matcher, "func", None)
            for cell in getattr(func, "__closure__", None) or ():
                value = cell.cell_contents
                if isinstance(value, dict) and isinstance(value.get("type"), str):
                    types.add(value["type"])
                elif isinstance(value, str) and value in EVENT_SUBSCRIPTIONS:
                    types.add(value)
    if any(isinstance(m, Assistant) for m in app._middleware_list):
        types |= {"assistant_thread_started", "assistant_thread_context_changed", "message"}
    return types


def used_methods() -> set[str]:
    found: set[str] = set()
    for path in SLACK_CODE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(WEB_API_CALL.findall(text)) | set(ASSISTANT_CALLS.findall(text))
    found.discard("send_dict")  # Socket Mode's own client, not the Web API
    return found


def test_every_web_api_method_the_code_calls_has_a_known_scope() -> None:
    unknown = used_methods() - set(METHOD_SCOPES)
    assert not unknown, f"add these to METHOD_SCOPES with the scope they need: {unknown}"


def test_the_listeners_are_found(app: App) -> None:
    events = registered_events(app)
    assert {"app_mention", "message", "link_shared", "app_uninstalled", "assistant_thread_started"} <= events


@pytest.mark.parametrize("name", MANIFESTS)
def test_the_manifest_declares_every_scope_and_event_and_no_more(name: str, app: App) -> None:
    declared = manifest(name)
    scopes = set(declared["oauth_config"]["scopes"]["bot"])
    events = set(declared["settings"]["event_subscriptions"]["bot_events"])
    used = registered_events(app)

    needed = {METHOD_SCOPES[m] for m in used_methods()} | {EVENT_SUBSCRIPTIONS[e][1] for e in used}
    needed |= {"commands"}  # the slash command and the shortcuts
    assert needed - {None} <= scopes, f"{name} lacks {needed - {None} - scopes}"
    assert scopes == set(BOT_SCOPES), "an OAuth install asks for exactly the manifest's scopes"
    assert events == {EVENT_SUBSCRIPTIONS[e][0] for e in used}, f"{name}: events the code does not handle"
    assert declared["settings"]["interactivity"]["is_enabled"] is True
    assert declared["settings"]["org_deploy_enabled"] is True, "org-wide installs"


@pytest.mark.parametrize("name", MANIFESTS)
def test_the_manifest_declares_the_shortcuts_the_command_and_the_assistant(name: str) -> None:
    features = manifest(name)["features"]
    shortcuts = {(s["callback_id"], s["type"]) for s in features["shortcuts"]}
    assert shortcuts == {(READ_SHORTCUT, "message"), (PASTE_SHORTCUT, "global")}
    assert all(len(s["description"]) <= 80 and len(s["name"]) <= 24 for s in features["shortcuts"])
    assert [c["command"] for c in features["slash_commands"]] == ["/article"]
    assert features["assistant_view"]["assistant_description"]


def test_the_http_manifest_points_oauth_at_the_redirect_path() -> None:
    from bot.slack.oauth import REDIRECT_PATH

    urls = manifest("manifest.http.json")["oauth_config"]["redirect_urls"]
    assert urls and all(url.endswith(REDIRECT_PATH) for url in urls)
