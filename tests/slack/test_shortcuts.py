""" "Read with Newsdesk" (a message shortcut) and "Paste an article" (a global shortcut and its modal),
through the real Bolt app with signed requests, the fake Web API and a real local web server for links."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any
from urllib.parse import parse_qs

from bot.slack import render
from bot.slack.listeners.shortcuts.paste import NOTHING, STALE, TOO_SHORT
from bot.slack.listeners.shortcuts.read_message import NOTHING_READABLE
from tests.pages import ENERGY_STORY, LibraryBot, Site, energy_html, send
from tests.slack import payloads
from tests.slack.blockkit import assert_valid_message

ENERGY_TEXT = "\n\n".join(ENERGY_STORY)


def ask_buttons(message: dict[str, Any]) -> list[str]:
    return [
        element["value"]
        for block in message["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"].startswith(render.ASK_ACTION)
    ]


def read(bot: LibraryBot, message: dict[str, Any], hook: str = "shortcut") -> dict[str, Any]:
    """Run the shortcut on `message`; the private answer that replaced "Reading..."."""
    response = bot.slack.post(payloads.message_shortcut(message, bot.fake.response_url(hook)), payloads.FORM)
    assert response.status == 200 and not response.body  # acked at once, empty
    reading, result = bot.fake.wait_for("response", 2)[:2]
    assert reading.body["response_type"] == "ephemeral" and "Reading" in reading.body["text"]
    assert result.body["replace_original"] is True and result.body["response_type"] == "ephemeral"
    return result.body


def test_a_pasted_story_in_a_message_becomes_the_channels_article(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()

    result = read(bot, {"text": ENERGY_TEXT})

    assert result["blocks"][0]["text"]["text"].startswith("The French government on Friday announced")
    assert ask_buttons(result) == ["quotes", "dates", "who"]
    assert "Published" in result["text"] and "is now this conversation's article" in result["text"]
    assert_valid_message(result)
    article = bot.library.current(payloads.CHANNEL_ID)
    assert "energy prices" in article.text
    assert bot.library.recent()[0].source == "pasted text"


def test_a_message_with_a_link_loads_the_page(library_bot: Callable[..., LibraryBot], site: Site) -> None:
    site.routes["/story"] = lambda handler: send(handler, energy_html().encode(), "text/html")
    bot = library_bot(fetch_allow_private=True)

    result = read(bot, {"text": f"worth a read <{site.url('/story')}|energy plan>"})

    assert "energy" in result["text"].lower() and site.hits == ["/story"]
    assert bot.library.recent()[0].source == site.url("/story")
    assert any(e.get("url") == site.url("/story") for b in result["blocks"] for e in b.get("elements", []))


def test_a_message_with_a_file_loads_the_file_with_the_workspace_token(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    file = bot.fake.add_file("energy.txt", ENERGY_TEXT.encode(), "text/plain", "text")

    result = read(bot, {"text": "", "files": [file]})

    assert "energy" in result["text"].lower()
    (download,) = bot.fake.to("file")
    assert download.headers["Authorization"] == "Bearer xoxb-test-token"


def test_a_message_with_nothing_readable_gets_a_clear_private_message(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    before = bot.library.current_id(payloads.CHANNEL_ID)

    response = bot.slack.post(
        payloads.message_shortcut({"text": "👍 nice"}, bot.fake.response_url("s")), payloads.FORM
    )

    assert response.status == 200
    (reply,) = bot.fake.wait_for("response")
    assert reply.body["response_type"] == "ephemeral" and reply.body["text"] == render.escape(
        NOTHING_READABLE
    )
    assert bot.library.current_id(payloads.CHANNEL_ID) == before, "nothing loaded, nothing changed"


def test_an_unreadable_link_is_said_in_place_of_reading(
    library_bot: Callable[..., LibraryBot], site: Site
) -> None:
    site.routes["/gone"] = lambda handler: send(handler, b"no", "text/plain", status=404)
    bot = library_bot(fetch_allow_private=True)

    result = read(bot, {"text": f"<{site.url('/gone')}>"})

    assert "404" in result["text"] and not ask_buttons(result) and "Traceback" not in result["text"]


def test_an_ask_button_answers_privately_about_the_channels_article(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    read(bot, {"text": ENERGY_TEXT})
    bot.fake.reset()
    form = parse_qs(payloads.share_action("quotes", bot.fake.response_url("ask")))
    payload = json.loads(form["payload"][0])
    payload["actions"][0] |= {"action_id": f"{render.ASK_ACTION}:quotes", "value": "quotes"}

    assert bot.slack.post(payloads.interaction(payload), payloads.FORM).status == 200

    (reply,) = bot.fake.wait_for("response")
    assert reply.body["response_type"] == "ephemeral" and reply.body["replace_original"] is False
    assert "Elisabeth Martin" in reply.body["text"]


def open_modal(bot: LibraryBot) -> dict[str, Any]:
    assert bot.slack.post(payloads.global_shortcut(), payloads.FORM).status == 200
    (opened,) = bot.fake.wait_for("views.open")
    assert opened.body["trigger_id"] == "1.2.5"
    return opened.body["view"]


def values(
    text: str = "", url: str | None = None, day: str | None = None, channel: str | None = payloads.CHANNEL_ID
) -> dict:
    return {
        "paste_conversation": {
            "conversation": {"type": "conversations_select", "selected_conversation": channel}
        },
        "paste_text": {"text": {"type": "plain_text_input", "value": text or None}},
        "paste_url": {"url": {"type": "url_text_input", "value": url}},
        "paste_published": {"date": {"type": "datepicker", "selected_date": day}},
    }


def submit(bot: LibraryBot, view: dict[str, Any], form: dict, **kwargs: Any) -> Any:
    response = bot.slack.post(
        payloads.view_submission(view, form, bot.fake.response_url("paste"), **kwargs), payloads.FORM
    )
    assert response.status == 200
    return json.loads(response.body) if response.body else None


def test_the_paste_modal_opens_with_text_link_date_and_conversation(
    library_bot: Callable[..., LibraryBot],
) -> None:
    view = open_modal(library_bot())

    assert view["type"] == "modal" and view["callback_id"] == render.PASTE_VIEW
    kinds = {block["block_id"]: block["element"]["type"] for block in view["blocks"]}
    assert kinds == {
        "paste_conversation": "conversations_select",
        "paste_text": "plain_text_input",
        "paste_url": "url_text_input",
        "paste_published": "datepicker",
    }
    assert view["blocks"][0]["element"]["response_url_enabled"] is True
    assert view["blocks"][1]["element"]["max_length"] == render.MAX_PASTE


def test_mistakes_are_shown_in_the_modal_and_nothing_is_loaded(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    view = open_modal(bot)
    tomorrow_but_one = (date.today() + timedelta(days=3)).isoformat()
    before = len(bot.library.recent())

    empty = submit(bot, view, values())
    short = submit(bot, view, values("Two words"))
    wrong = submit(
        bot, view, values(ENERGY_TEXT, url="ftp://example.com/x", day=tomorrow_but_one, channel=None)
    )

    assert empty == {"response_action": "errors", "errors": {"paste_text": NOTHING}}
    assert short["errors"] == {"paste_text": TOO_SHORT.format(n=2)}
    assert set(wrong["errors"]) == {"paste_url", "paste_published", "paste_conversation"}
    assert not bot.fake.to("response") and len(bot.library.recent()) == before


def test_a_view_we_never_opened_is_refused_in_the_modal(library_bot: Callable[..., LibraryBot]) -> None:
    bot = library_bot()
    view = open_modal(bot)
    forged = {**view, "private_metadata": json.dumps({"n": "00", "t": 1, "s": "0" * 64})}

    assert submit(bot, forged, values(ENERGY_TEXT)) == {
        "response_action": "errors",
        "errors": {"paste_text": STALE},
    }
    assert submit(bot, {**view, "private_metadata": ""}, values(ENERGY_TEXT))["errors"] == {
        "paste_text": STALE
    }
    someone_else = submit(bot, view, values(ENERGY_TEXT), user="U0OTHER9")  # opened for another person
    assert someone_else["errors"] == {"paste_text": STALE}
    assert not bot.fake.to("response")


def test_a_valid_paste_closes_the_modal_and_loads_with_its_link_and_date(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    view = open_modal(bot)

    closed = submit(bot, view, values(ENERGY_TEXT, url="https://news.example.com/energy", day="2025-05-02"))

    assert closed is None  # an empty ack closes the modal
    (posted,) = bot.fake.wait_for("response")
    assert posted.body["response_type"] == "ephemeral" and ask_buttons(posted.body) == [
        "quotes",
        "dates",
        "who",
    ]
    article = bot.library.current(payloads.CHANNEL_ID)
    assert article.document.url == "https://news.example.com/energy"
    assert article.provenance.published == date(2025, 5, 2)
    assert any(
        e.get("url") == "https://news.example.com/energy"
        for b in posted.body["blocks"]
        for e in b.get("elements", [])
    ), "a link to the source"


def test_a_submission_of_a_view_of_another_app_is_a_4xx(library_bot: Callable[..., LibraryBot]) -> None:
    bot = library_bot()
    foreign = {
        "id": "V0FOREIGN",
        "type": "modal",
        "callback_id": "someone_elses_form",
        "private_metadata": "",
    }

    response = bot.slack.post(
        payloads.view_submission(foreign, values(ENERGY_TEXT), bot.fake.response_url("x")), payloads.FORM
    )

    assert response.status == 404 and not bot.fake.to("response")
