"""The same bytes give the same Article whichever way they come in: NEWSDESK_ARTICLE, `newsdesk parse FILE`,
`newsdesk parse -`, the console's `load FILE`, `/article load URL`, a story pasted in a DM and a file
shared in Slack. Everything runs for real: the CLI's main, the console loop, the Bolt app with signed
requests, the fake Web API, a local web server and a SQLite library."""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.__main__ import main
from bot.article import Article
from bot.article.export import to_json
from bot.config import Settings
from bot.console import CONSOLE_CHANNEL, run_console
from bot.ingest import read
from bot.store import Library, default_article
from tests.ingest.test_ingest import META, page
from tests.pages import LibraryBot, Site, send
from tests.slack import payloads
from tests.slack.test_shared_files import file_share_dm

WIRE = (
    "Rates rise again\n\nBy Jane Doe, Staff Writer\n\nJAKARTA, March 3, 2025 (Reuters) - Indonesia's central "
    "bank raised interest rates on Monday for the third time this year, saying prices were still rising "
    "& spreading. \u201cWe will act again if needed,\u201d Governor Ann Lee told reporters.\n\n"
    "The rupiah rose after the decision, which most economists had expected.\n\n"
    "(Reporting by Bob Ray; Editing by Al Fox)"
)
STORIES = {"wire copy": ("story.txt", "text/plain", WIRE.encode()), "web page": ("story.html", "text/html",
           page(meta=META).encode())}  # fmt: skip


def comparable(article: Article) -> dict[str, Any]:
    """Everything but the URL, which only a fetched page has."""
    data = article.model_dump(mode="json")
    if data["origin"]:
        data["origin"].pop("url")
    return data


def via_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        assert main(argv) == 0
    finally:  # main logs to this test's captured stderr: later log lines must not go there
        root.handlers[:], root.level = handlers, level
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("kind", list(STORIES))
def test_the_same_bytes_give_the_same_article_every_way_in(
    kind: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    library_bot: Callable[..., LibraryBot],
    site: Site,
) -> None:
    name, content_type, data = STORIES[kind]
    path = tmp_path / name
    path.write_bytes(data)
    reference = read(data, name=name).article
    expected_json = json.loads(json.dumps(to_json(reference), default=str))
    articles: dict[str, Article] = {}

    articles["NEWSDESK_ARTICLE"] = default_article(Settings(_env_file=None, newsdesk_article=path))
    assert via_cli(["parse", str(path), "--json"], capsys) == expected_json
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert via_cli(["parse", "-", "--json"], capsys) == expected_json

    console_library = Library(tmp_path / "console.db", lambda: reference)
    out = io.StringIO()
    run_console(reference, io.StringIO(f"load {path}\n"), out, open_library=lambda: console_library)
    assert "now this conversation's article" in out.getvalue()
    articles["console load FILE"] = console_library.current(CONSOLE_CHANNEL)

    bot = library_bot(fetch_allow_private=True)
    site.routes["/story"] = lambda handler: send(handler, data, f"{content_type}; charset=utf-8")
    bot.slack.command(f"load {site.url('/story')}")
    bot.fake.wait_for("response", 2)
    articles["/article load URL"] = bot.library.current(payloads.CHANNEL_ID)

    file = bot.fake.add_file(name, data, content_type, name.rsplit(".", 1)[1])
    bot.slack.event(file_share_dm(file))
    bot.fake.wait_for("chat.update")
    articles["Slack file share"] = bot.library.current(payloads.DM_CHANNEL_ID)

    escaped = data.decode().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    other = library_bot()
    other.slack.event(payloads.dm(f"load {escaped}"), event_id="Ev0100")
    other.fake.wait_for("chat.update")
    articles["pasted in a DM"] = other.library.current(payloads.DM_CHANNEL_ID)

    for way, article in articles.items():
        assert comparable(article) == comparable(reference), way
    assert reference.published is not None and reference.provenance.byline == "Jane Doe"
