"""`/article load|list|use|forget` and DM loading: the real Bolt app, the fake Web API, a local site."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_bolt import App, BoltResponse

from bot.article import Article, parse
from bot.config import SEED_ARTICLE, Settings
from bot.slack.app import build_app
from bot.store import Library
from tests.pages import ENERGY_STORY, ENERGY_TITLE, Site
from tests.slack import payloads
from tests.slack.conftest import Driver
from tests.slack.fake_slack import FakeSlack

OTHER_CHANNEL = "C0OTHER2"
LONG_PASTE = (
    " ".join(ENERGY_STORY)
    + " "
    + " ".join(
        f"Officials added detail number {n} about the plan and its costs for households." for n in range(14)
    )
)


@pytest.fixture(scope="module")
def seed() -> Article:
    return parse(SEED_ARTICLE.read_text(encoding="utf-8"))


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def library(tmp_path: Path, seed: Article) -> Library:
    return Library(tmp_path / "library.db", lambda: seed)


@pytest.fixture
def app(fake: FakeSlack, library: Library, seed: Article) -> App:
    settings = Settings(
        _env_file=None,
        slack_bot_token="xoxb-test-token",
        slack_signing_secret=payloads.SIGNING_SECRET,
        slack_api_url=fake.api_url,
        fetch_timeout=1.0,
        fetch_allow_private=True,
    )
    return build_app(settings, seed, store=library)


@pytest.fixture
def slack(app: App, fake: FakeSlack) -> Driver:
    return Driver(app, fake)


def command_in(slack: Driver, channel: str, text: str, hook: str) -> BoltResponse:
    body = payloads.command(text, slack.fake.response_url(hook))
    body = body.replace(f"channel_id={payloads.CHANNEL_ID}", f"channel_id={channel}")
    return slack.post(body, payloads.FORM)


def test_load_then_dates_answers_from_the_new_article_in_that_channel_only(
    slack: Driver, fake: FakeSlack, site: Site
) -> None:
    assert slack.command(f"load <{site.url('/energy')}>").status == 200
    reading, result = fake.wait_for("response", 2)
    assert "Reading" in reading.body["text"] and reading.body["response_type"] == "in_channel"
    assert result.body["replace_original"] is True
    assert result.body["blocks"][0]["text"]["text"] == ENERGY_TITLE
    assert "cut household energy prices" in result.body["text"] or "energy prices" in result.body["text"]

    slack.command("dates", hook="dates")
    dates = fake.wait_for("response", 3)[-1].body["text"]
    assert "Jun 1, 2025" in dates and "March 25" not in dates

    command_in(slack, OTHER_CHANNEL, "dates", hook="other")
    other = fake.wait_for("response", 4)[-1].body["text"]
    assert "Jun 1, 2025" not in other and "Mar 25" in other


def test_load_acks_before_a_slow_site_answers(slack: Driver, fake: FakeSlack, site: Site) -> None:
    started = time.monotonic()
    assert slack.command(f"load {site.url('/slow')}").status == 200
    assert time.monotonic() - started < 0.8  # the fetch alone takes the 1 s timeout
    result = fake.wait_for("response", 2)[-1].body
    assert result["replace_original"] is True and "took too long" in result["text"]
    slack.command("source", hook="src")
    assert "UNI" in fake.wait_for("response", 3)[-1].body["text"]  # still the seed


def test_list_use_and_forget(slack: Driver, fake: FakeSlack, site: Site, library: Library) -> None:
    slack.command(f"load {site.url('/energy')}")
    fake.wait_for("response", 2)
    energy = library.find("energy")[0]

    command_in(slack, OTHER_CHANNEL, "list", hook="list")
    listing = fake.wait_for("response", 3)[-1].body
    assert f"#{energy.id}" in listing["text"] and ENERGY_TITLE in listing["text"]
    assert listing["response_type"] == "ephemeral"

    command_in(slack, OTHER_CHANNEL, "use France energy", hook="use")
    assert "Now using article" in fake.wait_for("response", 4)[-1].body["text"]
    assert library.current(OTHER_CHANNEL).title == ENERGY_TITLE

    slack.command(f"forget {energy.id}", hook="forget")
    assert f"Forgot article #{energy.id}" in fake.wait_for("response", 5)[-1].body["text"]
    assert library.current(OTHER_CHANNEL).text.startswith("Washington/New Delhi")

    slack.command("use 9999", hook="bad")
    assert "No article matches" in fake.wait_for("response", 6)[-1].body["text"]


def test_slack_users_cannot_load_server_files(slack: Driver, fake: FakeSlack) -> None:
    slack.command("load /etc/passwd")
    result = fake.wait_for("response", 2)[-1].body["text"]
    assert "Give a link" in result and "root" not in result


def test_a_long_pasted_dm_is_loaded_and_the_reading_message_updated(
    slack: Driver, fake: FakeSlack, library: Library
) -> None:
    slack.event(payloads.dm(LONG_PASTE))
    reading = fake.wait_for("chat.postMessage")[0]
    assert "Reading" in reading.body["text"]
    update = fake.wait_for("chat.update")[0].body
    assert update["channel"] == payloads.DM_CHANNEL_ID and update["ts"].startswith("1700000000.")
    assert "energy prices" in update["text"]
    assert "Martin" in library.current(payloads.DM_CHANNEL_ID).text

    slack.event(payloads.dm("quotes", ts="1700000300.000100"), event_id="Ev0002")
    answer = fake.wait_for("chat.postMessage", 2)[-1].body["text"]
    assert "Elisabeth Martin" in answer


def test_a_short_dm_question_is_still_answered_not_loaded(slack: Driver, fake: FakeSlack) -> None:
    slack.event(payloads.dm("what did Landau say?"))
    assert "Landau" in fake.wait_for("chat.postMessage")[0].body["text"]
    assert fake.to("chat.update") == []
