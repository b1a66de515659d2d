"""A small Block Kit validator for tests: the shapes and limits Slack documents, and "renders inert" checks.

Written by hand because slack_sdk's `slack_sdk.models.blocks` builds blocks but does not validate a dict
(parsing one back ignores unknown keys and most limits), and Slack's Block Kit Builder is online only.
Limits are from https://docs.slack.dev/reference/block-kit/ (blocks, block elements, composition objects):
lengths are in characters (code points), as documented.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_BLOCK_ID = 255
MAX_TEXT = 3000
"""Any text object."""
MAX_HEADER = 150
MAX_FIELDS = 10
MAX_FIELD = 2000
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTIONS_ELEMENTS = 25
MAX_BUTTON_TEXT = 75
MAX_ACTION_ID = 255
MAX_BUTTON_VALUE = 2000
MAX_URL = 3000
MAX_ALT_TEXT = 2000
MAX_MESSAGE_TEXT = 40_000
"""Slack truncates the top-level `text` past this; the renderer keeps it far shorter."""

TEXT_TYPES = frozenset({"plain_text", "mrkdwn"})
BUTTON_STYLES = frozenset({"primary", "danger"})
BLOCK_KEYS = {
    "header": {"type", "block_id", "text"},
    "section": {"type", "block_id", "text", "fields", "accessory", "expand"},
    "context": {"type", "block_id", "elements"},
    "actions": {"type", "block_id", "elements"},
    "divider": {"type", "block_id"},
    "rich_text": {"type", "block_id", "elements"},
}
RICH_CONTAINERS = {
    "rich_text_section": {"type", "elements"},
    "rich_text_quote": {"type", "elements", "border"},
    "rich_text_preformatted": {"type", "elements", "border"},
    "rich_text_list": {"type", "elements", "style", "indent", "offset", "border"},
}
RICH_STYLES = frozenset({"bold", "italic", "strike", "code"})
ELEMENT_KEYS = {
    "button": {"type", "text", "action_id", "value", "url", "style", "confirm", "accessibility_label"},
    "image": {"type", "image_url", "alt_text", "slack_file"},
}

OUR_MENTION = re.compile(r"<@[UW][A-Z0-9]{2,}>")
"""The one control sequence the renderer itself writes ("Shared by <@U…>"), never from article text."""
QUOTE_MARK = re.compile(r"^>", re.MULTILINE)
"""The renderer's own block-quote marks at line starts (article `>` is escaped to `&gt;`)."""
BROADCAST = re.compile(r"(?<![\w＠])@(?:channel|here|everyone)\b", re.IGNORECASE)
"""Bare broadcast words: inert in Slack's default parsing, but one setting (link_names) away from a ping."""
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]")
"""Zero-width and bidi controls that disguise text."""
UNSAFE_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
"""C0/C1 controls other than tab and newline, and lone surrogates (not encodable as UTF-8)."""


class BlockKitError(AssertionError):
    """What Slack would reject (`invalid_blocks`) or render unsafely, with the path to the bad part."""


def check(condition: object, where: str, problem: str) -> None:
    if not condition:
        raise BlockKitError(f"{where}: {problem}")


def check_keys(obj: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = set(obj) - allowed
    check(not unknown, where, f"unknown fields {sorted(unknown)}")


def check_text(obj: Any, where: str, *, limit: int = MAX_TEXT, types: frozenset[str] = TEXT_TYPES) -> None:
    """A text object: a known type, 1..limit characters, `emoji` only on plain_text, `verbatim` on mrkdwn."""
    check(isinstance(obj, dict), where, "text object must be an object")
    check(obj.get("type") in types, where, f"text type {obj.get('type')!r} not in {sorted(types)}")
    allowed = {"type", "text", "emoji"} if obj["type"] == "plain_text" else {"type", "text", "verbatim"}
    check_keys(obj, allowed, where)
    text = obj.get("text")
    check(isinstance(text, str), where, "text must be a string")
    check(text.strip(), where, "text is empty (Slack requires at least 1 visible character)")
    check(len(text) <= limit, where, f"text of {len(text)} chars, limit {limit}")
    for flag in ("emoji", "verbatim"):
        check(isinstance(obj.get(flag, False), bool), where, f"{flag} must be a boolean")


def check_element(element: Any, where: str, action_ids: set[str]) -> None:
    check(isinstance(element, dict), where, "element must be an object")
    kind = element.get("type")
    check(kind in ELEMENT_KEYS, where, f"unknown element type {kind!r}")
    check_keys(element, ELEMENT_KEYS[kind], where)
    if kind == "image":
        check(element.get("image_url") or element.get("slack_file"), where, "image without a source")
        check(0 < len(element.get("alt_text", "")) <= MAX_ALT_TEXT, where, "image alt_text 1..2000")
        return
    check_text(element.get("text"), where + ".text", limit=MAX_BUTTON_TEXT, types=frozenset({"plain_text"}))
    action_id = element.get("action_id", "")
    check(isinstance(action_id, str) and len(action_id) <= MAX_ACTION_ID, where, "action_id over 255")
    if action_id:
        check(action_id not in action_ids, where, f"duplicate action_id {action_id!r}")
        action_ids.add(action_id)
    value = element.get("value", "")
    check(isinstance(value, str) and len(value) <= MAX_BUTTON_VALUE, where, "value over 2000 chars")
    check(len(element.get("url", "")) <= MAX_URL, where, "url over 3000 chars")
    check(element.get("style", "primary") in BUTTON_STYLES, where, "style must be primary or danger")


def check_block(block: Any, where: str, block_ids: set[str], action_ids: set[str]) -> None:
    check(isinstance(block, dict), where, "block must be an object")
    kind = block.get("type")
    check(kind in BLOCK_KEYS, where, f"unknown block type {kind!r}")
    check_keys(block, BLOCK_KEYS[kind], where)
    if "block_id" in block:
        block_id = block["block_id"]
        check(isinstance(block_id, str) and 0 < len(block_id) <= MAX_BLOCK_ID, where, "block_id 1..255")
        check(block_id not in block_ids, where, f"duplicate block_id {block_id!r}")
        block_ids.add(block_id)
    if kind == "header":
        check_text(block.get("text"), where + ".text", limit=MAX_HEADER, types=frozenset({"plain_text"}))
    elif kind == "section":
        check("text" in block or "fields" in block, where, "section needs text or fields")
        if "text" in block:
            check_text(block["text"], where + ".text")
        fields = block.get("fields", [])
        check(len(fields) <= MAX_FIELDS, where, f"{len(fields)} fields, limit {MAX_FIELDS}")
        for n, field in enumerate(fields):
            check_text(field, f"{where}.fields[{n}]", limit=MAX_FIELD)
        if "accessory" in block:
            check_element(block["accessory"], where + ".accessory", action_ids)
    elif kind == "rich_text":
        elements = block.get("elements")
        check(isinstance(elements, list) and elements, where, "rich_text needs elements")
        for n, element in enumerate(elements):
            check_rich(element, f"{where}.elements[{n}]", top=True)
    elif kind in ("context", "actions"):
        elements = block.get("elements")
        limit = MAX_CONTEXT_ELEMENTS if kind == "context" else MAX_ACTIONS_ELEMENTS
        check(isinstance(elements, list) and 0 < len(elements) <= limit, where, f"elements 1..{limit}")
        for n, element in enumerate(elements):
            if kind == "context" and isinstance(element, dict) and element.get("type") in TEXT_TYPES:
                check_text(element, f"{where}.elements[{n}]")
            else:
                check_element(element, f"{where}.elements[{n}]", action_ids)


def check_rich(element: Any, where: str, *, top: bool = False) -> None:
    """A rich_text container (section, quote, list of sections) or, inside one, a styled text run."""
    check(isinstance(element, dict), where, "rich text element must be an object")
    kind = element.get("type")
    if top or kind in RICH_CONTAINERS:
        check(kind in RICH_CONTAINERS, where, f"unknown rich text container {kind!r}")
        check_keys(element, RICH_CONTAINERS[kind], where)
        children = element.get("elements")
        check(isinstance(children, list) and children, where, "empty rich text container")
        if kind == "rich_text_list":
            check(element.get("style") in ("bullet", "ordered"), where, "list style bullet or ordered")
            for n, child in enumerate(children):
                check(child.get("type") == "rich_text_section", f"{where}.elements[{n}]", "list of sections")
        for n, child in enumerate(children):
            check_rich(child, f"{where}.elements[{n}]")
        return
    check(kind in ("text", "link"), where, f"unexpected rich text run {kind!r} (we write text and links)")
    check_keys(element, {"type", "text", "style", "url"}, where)
    check(isinstance(element.get("text"), str) and element["text"], where, "a run needs text")
    style = element.get("style", {})
    check(isinstance(style, dict) and set(style) <= RICH_STYLES, where, f"bad style {style!r}")
    if kind == "link":
        check(str(element.get("url", "")).startswith(("https://", "http://")), where, "link needs a URL")


def rich_runs(element: dict[str, Any]) -> Iterator[str]:
    if element.get("type") in ("text", "link"):
        yield element["text"]
    for child in element.get("elements", []):
        yield from rich_runs(child)


def check_blocks(blocks: Any, limit: int) -> None:
    check(isinstance(blocks, list), "blocks", "must be a list")
    check(0 < len(blocks) <= limit, "blocks", f"{len(blocks)} blocks, limit {limit}")
    block_ids: set[str] = set()
    action_ids: set[str] = set()
    for n, block in enumerate(blocks):
        check_block(block, f"blocks[{n}]", block_ids, action_ids)


def text_objects(blocks: list[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, text object) for every text object in the blocks, buttons included."""
    for n, block in enumerate(blocks):
        if isinstance(block.get("text"), dict):
            yield f"blocks[{n}].text", block["text"]
        for m, field in enumerate(block.get("fields", [])):
            yield f"blocks[{n}].fields[{m}]", field
        for m, element in enumerate(block.get("elements", [])):
            if block.get("type") == "rich_text":
                continue
            if element.get("type") in TEXT_TYPES:
                yield f"blocks[{n}].elements[{m}]", element
            elif isinstance(element.get("text"), dict):
                yield f"blocks[{n}].elements[{m}].text", element["text"]


def check_inert(text: str, where: str) -> None:
    """No control sequence Slack would parse (`<!channel>`, `<@U…>`, `<url|x>`), no bare @channel-style
    broadcast, no invisible or direction-changing characters, nothing that is not valid UTF-8."""
    ours = QUOTE_MARK.sub("", OUR_MENTION.sub("", text))
    check("<" not in ours, where, f"raw '<' would be parsed by Slack: {text[:200]!r}")
    check(">" not in ours, where, f"raw '>' outside a block quote: {text[:200]!r}")
    check(not BROADCAST.search(text), where, f"bare broadcast mention: {text[:200]!r}")
    check(not INVISIBLE.search(text), where, f"invisible/bidi character: {text[:200]!r}")
    check(not UNSAFE_CONTROL.search(text), where, f"control character or lone surrogate: {text[:200]!r}")


def assert_valid_message(message: dict[str, Any], *, fallback_limit: int = MAX_MESSAGE_TEXT) -> None:
    """A chat.postMessage / response_url payload: `text` fallback + blocks, valid and inert."""
    text = message.get("text")
    check(isinstance(text, str) and text.strip(), "text", "every message needs a non-empty fallback text")
    check(len(text) <= fallback_limit, "text", f"fallback of {len(text)} chars, limit {fallback_limit}")
    check_inert(text, "text")
    check_blocks(message.get("blocks"), MAX_MESSAGE_BLOCKS)
    check_all_inert(message["blocks"])
    json.dumps(message, ensure_ascii=False).encode("utf-8")


def assert_valid_home_view(view: dict[str, Any]) -> None:
    """A views.publish `view` for the App Home tab."""
    check(view.get("type") == "home", "view", "App Home views have type home")
    check_keys(view, {"type", "blocks", "private_metadata", "callback_id", "external_id"}, "view")
    check_blocks(view.get("blocks"), MAX_VIEW_BLOCKS)
    check_all_inert(view["blocks"])
    json.dumps(view, ensure_ascii=False).encode("utf-8")


def check_all_inert(blocks: list[dict[str, Any]]) -> None:
    for n, block in enumerate(blocks):
        if block.get("type") == "rich_text":
            for run in rich_runs(block):
                check_inert(run, f"blocks[{n}] (rich text)")
    for where, obj in text_objects(blocks):
        check_inert(obj["text"], where)
        if obj["type"] == "mrkdwn":
            check(obj.get("verbatim") is True, where, "mrkdwn without verbatim: Slack would auto-link text")
