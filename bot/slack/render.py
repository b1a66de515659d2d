"""Answer -> Block Kit: the only module that writes Block Kit, escapes mrkdwn and keeps within Slack's limits.

Every article or user string goes through `escape` (mrkdwn), `plain` (plain_text) or `rich` (rich_text), so
an article can never ping @channel/@here, mention a user or forge a link; mrkdwn is sent `verbatim` so Slack
does not auto-link bare URLs or names either. Quotes are `rich_text_quote`s and a timeline is a compact
`rich_text_list`, as Slack's own clients write them (rich text is styled by its elements, never parsed, so
an article's `*` or `<` stays a character). Long answers are cut with "...and N more", and only the part of
a text that can show is ever escaped, so a 100k-character line costs what a short one does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from bot.answers.model import Answer, Item

Block = dict[str, Any]

# Slack's documented limits (https://docs.slack.dev/reference/block-kit/blocks)
MAX_BLOCKS = 50
MAX_HEADER = 150
MAX_SECTION = 3000
MAX_CONTEXT = 2000
MAX_BUTTON_VALUE = 2000
MAX_FALLBACK = 3000
"""The notification text: Slack truncates at 40,000, but past a screenful it only hurts previews."""
MAX_ITEM_TEXT = 2000
"""One item's text, leaving room in its section for the speaker/date label and the citation."""
MAX_LABEL = 300
"""A speaker, date or detail beside an item's text."""
MAX_ITEMS = 25
"""Items shown in one message; the rest are counted in "...and N more" so the channel stays readable."""

MAX_SCAN = 16
"""How much more raw text than the limit is cleaned when looking for visible characters."""

RICH_KINDS = frozenset({"quotes", "dates"})
"""Answers whose items are rich text: quotes as block quotes, dates as one compact list."""
SHARE_ACTION = "share_answer"
ASK_ACTION = "ask_article"
"""A button asking the conversation's article one command (its value), answered privately; the action_id
is `ask_article:<command>`, unique within a message; ASK_ACTIONS matches."""
ASK_ACTIONS = re.compile(rf"^{ASK_ACTION}:[a-z]+$")
READ_ASKS: tuple[tuple[str, str], ...] = (("quotes", "Quotes"), ("dates", "Key dates"), ("who", "People"))
"""The buttons under a story read for someone ("Read with Newsdesk", "Paste an article")."""
PASTE_VIEW = "paste_article_view"
"""The callback_id of the "Paste an article" modal; its blocks' ids are the PASTE_* pairs below."""
PASTE_CONVERSATION = ("paste_conversation", "conversation")
PASTE_TEXT = ("paste_text", "text")
PASTE_URL = ("paste_url", "url")
PASTE_DATE = ("paste_published", "date")
MAX_PASTE = 3000
"""Slack's limit for a plain_text_input; a longer story comes as a link or a file."""
USE_ACTION = "use_article"
"""A button whose value is a library article id: make it the channel's current article. Its action_id
is `use_article:<id>`, unique within a message (several stories, several buttons); USE_ACTIONS matches."""
USE_ACTIONS = re.compile(rf"^{USE_ACTION}(?::\d+)?$")
LINK_ACTION = "open_story"
"""A link button (Slack opens the URL itself and still tells the app, which only acks)."""
MAX_URL = 3000
BUTTON_KINDS = frozenset({"search", "digest"})
"""Answers whose items are stories, each with its own "Use" button."""
ELLIPSIS = "…"
DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
"""Control, format (zero-width, bidi overrides), surrogate, private-use and unassigned code points."""
KEPT_CONTROLS = frozenset("\n\t")
LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\u0085]")
USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
BROADCAST = re.compile(r"(?<!\w)@(?=channel|here|everyone)", re.IGNORECASE)
"""The `@` of a bare @channel/@here/@everyone: inert by default, one setting (link_names) from a ping."""
BROADCAST_SPAN = len("@everyone")
FULLWIDTH_AT = "\uff20"
FORMATTING = str.maketrans({"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"})
"""mrkdwn's bold, italic, strike and code marks -> look-alikes (∗ ˍ ∼ ˋ) in text from an article or a user, so
it can never bold itself into one of our labels ("*Jane Doe*") or italicise a fake citation."""


def clean(text: str) -> str:
    """Drop invisible and direction-changing characters (zero-width, RTL overrides) that disguise text."""
    text = LINE_BREAKS.sub("\n", text)
    if text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable():
        return text
    return "".join(
        ch for ch in text if ch in KEPT_CONTROLS or unicodedata.category(ch) not in DROPPED_CATEGORIES
    )


def visible(text: str) -> str:
    """What a text shows, made harmless: `clean`, then `@channel` -> `＠channel` (a full-width at sign
    reads the same but can never broadcast). Character by character, so a prefix gives a prefix."""
    text = clean(text)
    return BROADCAST.sub(FULLWIDTH_AT, text) if "@" in text else text


def entities(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def one_line(text: str) -> str:
    """plain_text on one line: angle brackets become look-alikes, whatever Slack does with them there."""
    return " ".join(text.split()).replace("<", "‹").replace(">", "›")


def escape(text: str) -> str:
    """mrkdwn-safe text: `&`, `<`, `>` become entities, so `<!channel>` or `<https://x|y>` show literally."""
    return entities(visible(text))


def bounded(convert: Callable[[str], str], text: str, limit: int) -> str:
    """`clip(convert(visible(text)), limit)`, but only a prefix of `text` is read, grown when cleaning
    shrank it, at most to MAX_SCAN times the limit (past that it is nearly all invisible: shown as cut).
    The prefix loses its last BROADCAST_SPAN characters, which could be half of `@channel`."""
    size = limit + 1 + BROADCAST_SPAN
    while True:
        whole = size >= len(text)
        shown = visible(text[:size])
        out = convert(shown if whole else shown[:-BROADCAST_SPAN])
        if len(out) > limit or whole:
            return clip(out, limit)
        if size > limit * MAX_SCAN:
            cut = clip(out, limit - 1)
            return cut if cut.endswith(ELLIPSIS) else cut + ELLIPSIS
        size *= 4


def excerpt(text: str, limit: int) -> str:
    """`escape(text)` cut to at most `limit` characters."""
    return bounded(entities, text, limit)


def quoted_excerpt(text: str, limit: int) -> str:
    """`excerpt` for text from outside (an article, a question): with its formatting marks made inert."""
    return bounded(inert, text, limit)


def inert(text: str) -> str:
    return entities(text).translate(FORMATTING)


def plain(text: str, limit: int) -> str:
    """plain_text-safe text on one line, at most `limit` characters (never empty)."""
    return bounded(one_line, text, limit) or "Newsdesk"


def clip(text: str, limit: int) -> str:
    """Cut to `limit` characters with an ellipsis, never inside an `&amp;`-style entity."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&", max(0, len(cut) - 5))
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + ELLIPSIS


def header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": plain(text, MAX_HEADER)}}


def mrkdwn(text: str, limit: int) -> dict[str, Any]:
    """A mrkdwn text object of already escaped text; `verbatim` so Slack adds no links of its own."""
    return {"type": "mrkdwn", "text": clip(text.strip(), limit) or ELLIPSIS, "verbatim": True}


def section(text: str) -> Block:
    return {"type": "section", "text": mrkdwn(text, MAX_SECTION)}


def context(text: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(text, MAX_CONTEXT)]}


def rich(text: str, limit: int) -> str:
    """rich_text-safe text: visible, within `limit`, and angle brackets as look-alikes (rich text is never
    parsed, but a copy pasted elsewhere may be)."""
    return bounded(lambda shown: shown.replace("<", "‹").replace(">", "›"), text, limit)


def run(text: str, **style: bool) -> dict[str, Any]:
    """One rich_text `text` element of already safe text."""
    return {"type": "text", "text": text, "style": style} if style else {"type": "text", "text": text}


def rich_cite(item: Item) -> list[dict[str, Any]]:
    refs = paragraph_refs((item,))
    return [run(" " + ", ".join(f"¶{n}" for n in refs), italic=True)] if refs else []


def rich_item(kind: str, item: Item) -> list[dict[str, Any]]:
    """A quote as a `rich_text_quote` and its speaker's line; a date as one `rich_text_section` row."""
    shown_detail = rich(item.detail, MAX_LABEL) if item.detail else ""
    detail = [run(f" ({shown_detail})")] if shown_detail else []
    label = rich(item.label, MAX_LABEL) if item.label else ""  # empty too when nothing of it is visible
    if kind == "quotes":
        speaker = run(label, bold=True) if label else run("unattributed", italic=True)
        return [
            {"type": "rich_text_quote", "elements": [run(rich(item.text, MAX_ITEM_TEXT) or ELLIPSIS)]},
            {"type": "rich_text_section", "elements": [run("— "), speaker, *detail, *rich_cite(item)]},
        ]
    when = run(label or "undated", bold=True)
    row = [when, run("  "), run(rich(item.text, MAX_ITEM_TEXT) or ELLIPSIS), *detail, *rich_cite(item)]
    return [{"type": "rich_text_section", "elements": row}]


def rich_size(elements: list[dict[str, Any]]) -> int:
    return sum(len(run["text"]) for element in elements for run in element["elements"])


def rich_blocks(kind: str, items: Iterable[Item], room: int) -> tuple[list[Block], int]:
    """Items as rich_text blocks of at most MAX_SECTION characters each (a timeline's rows in one compact
    bullet list per block), within `room` blocks; how many items did not fit."""
    pending = list(items)
    blocks: list[Block] = []
    current: list[dict[str, Any]] = []
    size = 0

    def close() -> None:
        if kind == "dates":
            blocks.append(
                {
                    "type": "rich_text",
                    "elements": [{"type": "rich_text_list", "style": "bullet", "elements": current}],
                }
            )
        else:
            blocks.append({"type": "rich_text", "elements": current})

    for index, item in enumerate(pending):
        elements = rich_item(kind, item)
        grown = rich_size(elements)
        if current and size + grown > MAX_SECTION:
            close()
            current, size = [], 0
            if len(blocks) >= room:
                return blocks, len(pending) - index
        current += elements
        size += grown
    if current:
        close()
    return blocks, 0


def paragraph_refs(items: Iterable[Item]) -> list[int]:
    """1-based paragraph numbers cited by the items, in document order (Citation.paragraph is 0-based)."""
    return sorted({citation.paragraph + 1 for item in items for citation in item.citations})


def cite(item: Item) -> str:
    refs = paragraph_refs((item,))
    return " _" + ", ".join(f"¶{n}" for n in refs) + "_" if refs else ""


def body(text: str) -> str:
    """An item's own text, escaped and cut short enough to leave room for its label and citation."""
    return quoted_excerpt(text, MAX_ITEM_TEXT)


def quoted(text: str) -> str:
    """A Slack block quote: every line starts with `>` (ours; any `>` from the article is already escaped)."""
    return "\n".join(">" + line for line in body(text).split("\n"))


def marked(text: str, marks: tuple[tuple[int, int], ...]) -> str:
    """`body(text)` with the `marks` spans in bold (a search's matched words), the text itself `inert`.
    The whole text is made `visible` first, so no `@channel` can hide across a mark; if that changed its
    length (invisible characters dropped), the offsets no longer hold and the text is shown unmarked."""
    shown = visible(text[: MAX_ITEM_TEXT * 2])
    if len(shown) != min(len(text), MAX_ITEM_TEXT * 2):
        return body(text)
    pieces: list[str] = []
    at = 0
    for start, end in sorted(marks):
        if start < at or end > len(shown) or start >= end:
            continue
        pieces += [inert(shown[at:start]), "*" + inert(shown[start:end]) + "*"]
        at = end
    return clip("".join(pieces) + inert(shown[at:]), MAX_ITEM_TEXT) if pieces else body(text)


def item_line(kind: str, item: Item) -> str:
    """One item as mrkdwn: quotes as block quotes with the speaker, dates as timeline rows, else bullets."""
    detail = f" ({quoted_excerpt(item.detail, MAX_LABEL)})" if item.detail else ""
    if item.marks:
        label = f"*{quoted_excerpt(item.label, MAX_LABEL)}*\n" if item.label else ""
        return f"{label}{marked(item.text, item.marks)}{detail}"
    if kind == "quotes":
        speaker = f"*{quoted_excerpt(item.label, MAX_LABEL)}*" if item.label else "_unattributed_"
        return f"{quoted(item.text)}\n— {speaker}{detail}{cite(item)}"
    if kind == "dates":
        when = f"*{quoted_excerpt(item.label, MAX_LABEL)}*" if item.label else "*undated*"
        return f"{when}  —  {body(item.text)}{detail}{cite(item)}"
    label = f"*{quoted_excerpt(item.label, MAX_LABEL)}*: " if item.label else ""
    return f"• {label}{body(item.text)}{detail}{cite(item)}"


def pack(lines: list[str], room: int) -> tuple[list[Block], int]:
    """Lines packed into at most `room` sections of <= MAX_SECTION chars, and how many lines did not fit."""
    blocks: list[Block] = []
    current: list[str] = []
    size = 0
    for index, line in enumerate(lines):
        line = clip(line, MAX_SECTION)
        if current and size + 2 + len(line) > MAX_SECTION:
            blocks.append(section("\n\n".join(current)))
            current, size = [], 0
            if len(blocks) >= room:
                return blocks, len(lines) - index
        size += len(line) + (2 if current else 0)
        current.append(line)
    if current:
        blocks.append(section("\n\n".join(current)))
    return blocks, 0


def fallback(answer: Answer) -> str:
    """The plain `text` every message carries, for notifications, screen readers and old clients."""
    lines = [answer.title, answer.intro or ""]
    for item in answer.items[:MAX_ITEMS]:
        lines.append(f"- {item.label[:MAX_LABEL]}: {item.text}" if item.label else f"- {item.text}")
    if len(answer.items) > MAX_ITEMS:
        lines.append(f"...and {len(answer.items) - MAX_ITEMS} more")
    if answer.footer:
        lines.append(answer.footer)
    escaped = (excerpt(line, MAX_FALLBACK).strip() for line in lines)
    return clip("\n".join(line for line in escaped if line), MAX_FALLBACK) or "Newsdesk"


def share_button(command_text: str) -> Block:
    """The "Share in channel" button; its value is the command text so the action can answer it again."""
    button = {
        "type": "button",
        "action_id": SHARE_ACTION,
        "text": {"type": "plain_text", "text": "Share in channel"},
        "value": clean(command_text[:MAX_BUTTON_VALUE]).strip() or "help",
    }
    return {"type": "actions", "elements": [button]}


def ask_buttons(asks: tuple[tuple[str, str], ...]) -> Block:
    buttons = [
        {
            "type": "button",
            "action_id": f"{ASK_ACTION}:{command}",
            "text": {"type": "plain_text", "text": label},
            "value": command,
        }
        for command, label in asks
    ]
    return {"type": "actions", "elements": buttons}


def use_button(article_id: int, text: str = "Use") -> dict[str, Any]:
    return {
        "type": "button",
        "action_id": f"{USE_ACTION}:{article_id}",
        "text": {"type": "plain_text", "text": text},
        "value": str(article_id),
    }


def safe_url(url: str | None) -> str | None:
    """An http(s) link short enough for a button, with no characters that could end it early."""
    if not url or len(url) > MAX_URL or not url.startswith(("http://", "https://")):
        return None
    return None if any(ch in url for ch in ' <>|"\n\r\t') else url


def story_actions(answer: Answer) -> list[Block]:
    """A story's buttons: read it at its source, and make it the channel's article."""
    elements: list[dict[str, Any]] = []
    url = safe_url(answer.link)
    if url is not None:
        elements.append(
            {
                "type": "button",
                "action_id": LINK_ACTION,
                "text": {"type": "plain_text", "text": "Read the story"},
                "url": url,
            }
        )
    if answer.article_id is not None:
        elements.append(use_button(answer.article_id, "Make it this channel's article"))
    return [{"type": "actions", "elements": elements}] if elements else []


def story_sections(answer: Answer, room: int) -> tuple[list[Block], int]:
    """One section per story item, each with a "Use" button; how many did not fit."""
    blocks: list[Block] = []
    for index, item in enumerate(answer.items[:MAX_ITEMS]):
        if len(blocks) >= room:
            return blocks, len(answer.items) - index
        block = section(item_line(answer.kind, item))
        if item.article_id is not None:
            block["accessory"] = use_button(item.article_id)
        blocks.append(block)
    return blocks, max(0, len(answer.items) - MAX_ITEMS)


def part_blocks(parts: tuple[Answer, ...], room: int) -> list[Block]:
    """A digest's further sections: each title in bold over its items, within `room` blocks."""
    blocks: list[Block] = []
    for part in parts:
        if room - len(blocks) < 3:
            break
        title = f"*{excerpt(part.title, MAX_HEADER)}*"
        shown = part.items[:MAX_ITEMS]
        if part.kind in RICH_KINDS and shown and not any(item.marks for item in shown):
            rich_part, _ = rich_blocks(part.kind, shown, room - len(blocks) - 2)
            blocks += [{"type": "divider"}, section(title), *rich_part]
            continue
        packed, _ = pack([title, *(item_line(part.kind, item) for item in shown)], room - len(blocks) - 1)
        blocks += [{"type": "divider"}, *packed]
    return blocks[:room]


def message(
    answer: Answer,
    *,
    share: str | None = None,
    shared_by: str | None = None,
    asks: tuple[tuple[str, str], ...] = (),
) -> dict[str, Any]:
    """An Answer as `text` + `blocks` for chat.postMessage / respond; `share` adds the share button, `asks`
    a button per (command, label) that asks the conversation's article that command privately."""
    top = [header(answer.title)]
    intro = quoted_excerpt(answer.intro or "", MAX_SECTION).strip()
    if intro:
        top.append(section(intro))
    tail: list[Block] = []
    footer = excerpt(answer.footer or "", MAX_CONTEXT).strip()
    if footer:
        tail.append(context(footer))
    refs = paragraph_refs(answer.items)
    if refs:
        tail.append(context("Source: " + ", ".join(f"¶{n}" for n in refs)))
    if shared_by and USER_ID.match(shared_by):
        tail.append(context(f"Shared by <@{shared_by}>"))
    if share is not None:
        tail.append(share_button(share))
    if asks:
        tail.append(ask_buttons(asks))
    tail += story_actions(answer)

    shown = answer.items[:MAX_ITEMS]
    room = MAX_BLOCKS - len(top) - len(tail) - 1  # one spare for the "...and N more" line
    if answer.kind in BUTTON_KINDS and any(item.article_id is not None for item in shown):
        room_for_items = room - (2 * len(answer.parts) + 8 if answer.parts else 0)
        body, more = story_sections(answer, max(1, room_for_items))
    elif answer.kind in RICH_KINDS and not any(item.marks for item in shown):
        body, left_out = rich_blocks(answer.kind, shown, room)
        more = left_out + len(answer.items) - len(shown)
    else:
        body, left_out = pack([item_line(answer.kind, item) for item in shown], room)
        more = left_out + len(answer.items) - len(shown)
    if more:
        body.append(context(f"…and {more} more"))
    body += part_blocks(answer.parts, room - len(body))
    return {"text": fallback(answer), "blocks": top + body + tail}


def home_view(answer: Answer) -> dict[str, Any]:
    """The App Home tab (bot.answers.help.home): the headline and gist, then what to ask."""
    blocks: list[Block] = [header(answer.title)]
    intro = quoted_excerpt(answer.intro or "", MAX_SECTION).strip()
    if intro:
        blocks.append(section(intro))
    commands = "\n".join(
        f"• `{excerpt(item.label or '', MAX_LABEL)}`  {excerpt(item.text, MAX_LABEL)}"
        for item in answer.items
    )
    blocks += [{"type": "divider"}, section("*Ask me about this story*\n" + commands)]
    if answer.footer:
        blocks.append(context(excerpt(answer.footer, MAX_CONTEXT)))
    return {"type": "home", "blocks": blocks}


def paste_modal(metadata: str) -> dict[str, Any]:
    """The "Paste an article" modal: where to load it, the text, and (optional) its link and publication
    date. `metadata` is the seal that proves we opened it (bot.slack.listeners.shortcuts)."""

    def field(ids: tuple[str, str], label: str, element: dict[str, Any], **extra: Any) -> Block:
        block_id, action_id = ids
        return {
            "type": "input",
            "block_id": block_id,
            "label": {"type": "plain_text", "text": label},
            "element": {**element, "action_id": action_id},
            **extra,
        }

    where = {
        "type": "conversations_select",
        "default_to_current_conversation": True,
        "response_url_enabled": True,
        "filter": {"include": ["public", "private", "im", "mpim"], "exclude_bot_users": True},
    }
    text = {"type": "plain_text_input", "multiline": True, "max_length": MAX_PASTE}
    hint = "Up to 3,000 characters. For a longer story give its link below, or share the file in Slack."
    return {
        "type": "modal",
        "callback_id": PASTE_VIEW,
        "private_metadata": metadata,
        "title": {"type": "plain_text", "text": "Paste an article"},
        "submit": {"type": "plain_text", "text": "Read it"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            field(PASTE_CONVERSATION, "Make it the article of", where),
            field(PASTE_TEXT, "The story", text, optional=True, hint={"type": "plain_text", "text": hint}),
            field(PASTE_URL, "Its link", {"type": "url_text_input"}, optional=True),
            field(PASTE_DATE, "Published on", {"type": "datepicker"}, optional=True),
        ],
    }


def notice(text: str) -> dict[str, Any]:
    """A one-line message (errors, hints): same escaping, same `text` fallback."""
    safe = excerpt(text, MAX_SECTION).strip() or ELLIPSIS
    return {"text": safe, "blocks": [section(safe)]}


def unfurl(answer: Answer) -> dict[str, Any]:
    """A link preview for chat.unfurl: the title in bold over the intro (gist), then the first item (the
    key date) and the footer as context."""
    title = quoted_excerpt(answer.title, MAX_HEADER).strip() or "Newsdesk"
    gist = quoted_excerpt(answer.intro or "", MAX_SECTION - MAX_HEADER - 4).strip()
    blocks: list[Block] = [section(f"*{title}*\n{gist}" if gist else f"*{title}*")]
    notes = [
        f"*{quoted_excerpt(item.label, MAX_LABEL)}*  {quoted_excerpt(item.text, MAX_LABEL)}"
        if item.label
        else quoted_excerpt(item.text, MAX_LABEL)
        for item in answer.items[:1]
    ]
    notes.append(excerpt(answer.footer or "", MAX_LABEL))
    elements = [mrkdwn(note, MAX_CONTEXT) for note in notes if note.strip()]
    if elements:
        blocks.append({"type": "context", "elements": elements})
    return {"blocks": blocks}
