"""Files shared in Slack: files.info, the private URL with the bot token, "Reading..." edited in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.pages import ENERGY_STORY, LibraryBot, Site, energy_pdf
from tests.slack import payloads
from tests.slack.fake_slack import BOT_TOKEN, FakeSlack

ENERGY_TEXT = "\n".join(ENERGY_STORY).encode()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def file_share_dm(file: dict[str, Any], text: str = "") -> dict[str, Any]:
    """A `message` event, subtype `file_share`, in a DM as Slack sends it (files carry the full object)."""
    return payloads.dm(text, subtype="file_share", files=[file], upload=True, display_as_bot=False)


def mention_with_file(file: dict[str, Any], text: str = "read this") -> dict[str, Any]:
    return {**payloads.mention(text), "files": [file], "upload": True, "display_as_bot": False}


def result_of(fake: FakeSlack) -> str:
    """The text of the "Reading..." message after it was edited in place."""
    reading = fake.wait_for("chat.postMessage")[0].body
    update = fake.wait_for("chat.update")[0].body
    assert "Reading" in reading["text"] and update["ts"].startswith("1700000000.")
    assert "Traceback" not in update["text"]
    return update["text"]


def test_a_text_file_shared_in_a_dm_becomes_the_dms_article(library_bot: Callable[..., LibraryBot]) -> None:
    bot = library_bot()  # private addresses refused: the fake's own host is allowed as the Web API host
    file = bot.fake.add_file("energy.txt", ENERGY_TEXT, "text/plain", "text")
    assert bot.slack.event(file_share_dm(file)).status == 200

    assert "energy prices" in result_of(bot.fake)
    assert "energy.txt" in bot.fake.wait_for("chat.postMessage")[0].body["text"]
    assert bot.fake.to("files.info")[0].body["file"] == file["id"]
    download = bot.fake.to("file")[0]
    assert download.path.endswith("/download/energy.txt")
    assert download.headers["Authorization"] == f"Bearer {BOT_TOKEN}"
    assert "Elisabeth Martin" in bot.library.current(payloads.DM_CHANNEL_ID).text
    assert len(bot.fake.to("chat.postMessage")) == 1  # loaded, not also answered as a question


def test_a_pdf_shared_with_a_mention_loads_for_the_channel_in_a_thread(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    file = bot.fake.add_file("energy.pdf", energy_pdf(), "application/pdf", "pdf")
    mention = mention_with_file(file)
    bot.slack.event(mention)

    assert "energy" in result_of(bot.fake)
    assert bot.fake.to("chat.postMessage")[0].body["thread_ts"] == mention["ts"]
    article = bot.library.current(payloads.CHANNEL_ID)
    assert [q.speaker for q in article.quotes] == ["Elisabeth Martin"]
    assert ENERGY_STORY[2] in article.text
    assert "Martin" not in bot.library.current(payloads.DM_CHANNEL_ID).text  # other conversations keep theirs


def test_a_markdown_snippet_without_an_extension_is_read_by_its_filetype(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    file = bot.fake.add_file("Energy notes", ENERGY_TEXT, "text/plain", "markdown", mode="snippet")
    bot.slack.event(file_share_dm(file))
    assert "energy prices" in result_of(bot.fake)


@pytest.mark.parametrize(
    "name, overrides, message, downloaded",
    [
        ("story.docx", {"filetype": "docx", "mimetype": DOCX}, "I can read .htm, .html, .markdown", False),
        ("huge.txt", {"size": 6 * 1024 * 1024}, "huge.txt is 6.0 MB; the limit is 5.0 MB", False),
        ("gone.txt", {"id": "F0MISSING"}, "wouldn't give me that file (file_not_found)", False),
        ("drive.txt", {"is_external": True, "mode": "external"}, "isn't stored in Slack", False),
        ("moved.txt", {"url_private_download": "/files-pri/T0001-F9/elsewhere.txt"}, "sign-in page", True),
    ],
)
def test_files_that_cannot_be_read_get_a_clear_message(
    library_bot: Callable[..., LibraryBot],
    name: str,
    overrides: dict[str, Any],
    message: str,
    downloaded: bool,
) -> None:
    bot = library_bot()
    if str(overrides.get("url_private_download", "")).startswith("/"):
        overrides["url_private_download"] = bot.fake.url + overrides["url_private_download"]
    file = bot.fake.add_file(name, ENERGY_TEXT, "text/plain", "text")
    bot.fake.files[file["id"]][0].update(overrides)
    bot.slack.event(file_share_dm({**file, "id": overrides.get("id", file["id"])}))

    assert message in result_of(bot.fake)
    assert bool(bot.fake.to("file")) is downloaded
    assert bot.library.current(payloads.DM_CHANNEL_ID).text.startswith("Washington/New Delhi")


def test_a_file_url_on_another_host_is_refused_and_never_contacted(
    library_bot: Callable[..., LibraryBot], site: Site
) -> None:
    bot = library_bot(fetch_allow_private=True)  # even where private hosts are allowed, only Slack's
    file = bot.fake.add_file("plain.txt", ENERGY_TEXT, "text/plain", "text")
    bot.fake.files[file["id"]][0]["url_private_download"] = site.url("/plain")
    bot.slack.event(file_share_dm(file))

    assert "only download from Slack's own file server" in result_of(bot.fake)
    assert site.hits == []


def test_a_file_bigger_than_files_info_said_is_cut_off(library_bot: Callable[..., LibraryBot]) -> None:
    bot = library_bot(fetch_max_bytes=2048)
    file = bot.fake.add_file("long.txt", ENERGY_TEXT * 10, "text/plain", "text", size=100)
    bot.slack.event(file_share_dm(file))
    assert "That file is too big" in result_of(bot.fake)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:abc/files-pri/x.txt", "https://files.slack.com:99999/x.txt"]
)
def test_a_file_url_with_a_bad_port_replaces_reading_with_a_clear_message(
    library_bot: Callable[..., LibraryBot], url: str
) -> None:
    bot = library_bot()
    file = bot.fake.add_file("port.txt", ENERGY_TEXT, "text/plain", "text")
    bot.fake.files[file["id"]][0]["url_private_download"] = url
    bot.slack.event(file_share_dm(file))

    assert "no valid port" in result_of(bot.fake)


def test_a_broken_ipv6_link_in_a_load_command_gets_a_clear_message(
    library_bot: Callable[..., LibraryBot],
) -> None:
    bot = library_bot()
    assert bot.slack.command("load http://[::1").status == 200

    reading, result = bot.fake.wait_for("response", 2)
    assert "Reading" in reading.body["text"]
    assert result.body["replace_original"] is True
    assert "not a valid address" in result.body["text"]
