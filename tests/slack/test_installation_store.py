"""The installation, OAuth state and assistant thread stores on both engines (SQLite and the throwaway
PostgreSQL): slack_sdk's Installation and Bot objects round-trip, the latest install wins, org-wide installs
are the org's, a state is good once, and uninstalling a workspace deletes only its rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from slack_sdk.oauth.installation_store import Installation

from bot.article.model import Article
from bot.slack.installations import DatabaseInstallationStore, DatabaseThreadContextStore, SignedStateStore
from bot.slack.oauth import bot_token_of
from bot.store import Library


@pytest.fixture
def library(library_location: Path | str) -> Library:
    return Library(library_location, lambda: Article(text="The seed."))


def installation(team: str | None, token: str, **fields: object) -> Installation:
    return Installation(
        app_id="A1",
        team_id=team,
        bot_token=token,
        bot_id=f"B{team}",
        bot_user_id=f"U{team}",
        bot_scopes="chat:write,commands",
        user_id="U0INSTALLER",
        **fields,  # type: ignore[arg-type]
    )


def test_installations_round_trip_and_the_latest_wins(library: Library) -> None:
    store = DatabaseInstallationStore(library.database)
    store.save(installation("T1", "xoxb-old", bot_refresh_token="xoxe-1", bot_token_expires_in=3600))
    store.save(installation("T1", "xoxb-new"))
    store.save(installation("T2", "xoxb-two", enterprise_id="E1"))

    found = store.find_installation(enterprise_id=None, team_id="T1")
    bot = store.find_bot(enterprise_id=None, team_id="T1")

    assert (
        found is not None and found.bot_token == "xoxb-new" and found.bot_scopes == ["chat:write", "commands"]
    )
    assert bot is not None and bot.bot_token == "xoxb-new" and bot.bot_refresh_token is None
    assert store.find_bot(enterprise_id="E1", team_id="T2").bot_token == "xoxb-two"  # type: ignore[union-attr]
    assert store.find_bot(enterprise_id=None, team_id="T3") is None
    assert bot_token_of(store)("T2") == "xoxb-two", "a workspace of an org, found by its own id"


def test_an_org_wide_install_is_the_orgs(library: Library) -> None:
    store = DatabaseInstallationStore(library.database)
    store.save(installation(None, "xoxb-org", enterprise_id="E9", is_enterprise_install=True))

    bot = store.find_bot(enterprise_id="E9", team_id="T7", is_enterprise_install=True)

    assert bot is not None and bot.bot_token == "xoxb-org" and bot.is_enterprise_install
    assert bot_token_of(store)("E9") == "xoxb-org"


def test_delete_all_removes_only_that_workspace(library: Library) -> None:
    store = DatabaseInstallationStore(library.database)
    store.save(installation("T1", "xoxb-1"))
    store.save(installation("T2", "xoxb-2"))

    store.delete_all(enterprise_id=None, team_id="T1")

    assert store.find_installation(enterprise_id=None, team_id="T1") is None
    assert store.find_bot(enterprise_id=None, team_id="T1") is None
    assert store.find_bot(enterprise_id=None, team_id="T2") is not None


def test_a_state_is_good_once_on_either_engine(library: Library) -> None:
    states = SignedStateStore(library.database, "secret")
    state = states.issue()

    assert states.consume(state) and not states.consume(state)


def test_assistant_threads_are_kept_and_forgotten_with_their_team(library: Library) -> None:
    threads = DatabaseThreadContextStore(library.database)
    threads.save(channel_id="D1", thread_ts="1.0", context={"channel_id": "C1", "team_id": "T1"})
    threads.save(channel_id="D1", thread_ts="1.0", context={"channel_id": "C2", "team_id": "T1"})

    found = threads.find(channel_id="D1", thread_ts="1.0")
    library.forget_team("T1")

    assert found is not None and found.channel_id == "C2"
    assert threads.find(channel_id="D1", thread_ts="1.0") is None
