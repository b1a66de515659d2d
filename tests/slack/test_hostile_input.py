"""End to end through the App: hostile article text and huge answers reach Slack escaped and within limits."""

from __future__ import annotations

from collections.abc import Callable

from slack_bolt import App

from bot.article.parse import parse
from tests.slack import payloads
from tests.slack.conftest import EVIL_ARTICLE, RAW_FORBIDDEN, Driver
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_render import assert_valid

COMMANDS = ("summary", "quotes", "dates", "who", "source", "help", "quotes Jane Doe")


def test_article_text_never_reaches_slack_raw(make_app: Callable[..., App], fake_slack: FakeSlack) -> None:
    slack = Driver(make_app(parse(EVIL_ARTICLE)), fake_slack)

    for n, command in enumerate(COMMANDS):
        slack.command(command, hook=f"cmd{n}")
    slack.share("quotes")
    slack.event(payloads.mention("<!channel> who said <https://evil|click>?"), event_id="Ev1")
    slack.event(payloads.dm("what happened on March 3? <@U123>"), event_id="Ev2")
    slack.event(payloads.home_opened(), event_id="Ev3")
    fake_slack.wait_for("response", len(COMMANDS) + 1)
    fake_slack.wait_for("chat.postMessage", 3)
    fake_slack.wait_for("views.publish")

    sent = fake_slack.payloads()
    assert "&lt;!channel&gt;" in sent, "the hostile text should be there, escaped"
    for raw in RAW_FORBIDDEN:
        assert raw not in sent, raw


def test_an_article_with_200_quotes_gets_a_valid_cut_answer(
    make_app: Callable[..., App], fake_slack: FakeSlack
) -> None:
    text = "\n".join(f'"Point {n} matters," said Minister Number{n} Smith on Monday.' for n in range(200))
    slack = Driver(make_app(parse(text)), fake_slack)

    slack.command("quotes")

    (reply,) = fake_slack.wait_for("response")
    message = {"text": reply.body["text"], "blocks": reply.body["blocks"]}
    assert_valid(message)
    assert any(
        element["text"].startswith("…and ") and element["text"].endswith(" more")
        for block in message["blocks"]
        if block["type"] == "context"
        for element in block["elements"]
    )
