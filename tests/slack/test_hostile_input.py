"""End to end through the App: hostile article text and huge answers reach Slack escaped and within limits."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_bolt import App

from bot.article.parse import parse
from tests.slack import payloads
from tests.slack.conftest import EVIL_ARTICLE, RAW_FORBIDDEN, Driver
from tests.slack.fake_slack import FakeSlack
from tests.slack.test_render import assert_valid
from tests.slack.test_render_properties import HOSTILE, TEXT

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
    messages = [c.body for c in fake_slack.to("response") + fake_slack.to("chat.postMessage")]
    shown = [m for m in messages if not m.get("delete_original")]  # the Share button clears its message
    assert len(shown) >= len(COMMANDS) + 3
    for message in shown:
        assert_valid({"text": message["text"], "blocks": message["blocks"]})


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


EVENT_IDS = itertools.count()
QUESTIONS = st.one_of(
    TEXT,
    st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=8).map(" ".join),
    st.builds(lambda a: f"who said what about {a}?", TEXT),
    st.sampled_from(HOSTILE).map(lambda piece: piece * (3000 // len(piece))),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=QUESTIONS)
def test_hostile_questions_get_one_valid_inert_answer_on_every_surface(
    question: str, make_app: Callable[..., App], fake_slack: FakeSlack
) -> None:
    """A DM, a mention and `/article <text>` with hostile text: each answered once, valid and inert."""
    slack = Driver(make_app(parse(EVIL_ARTICLE)), fake_slack)
    fake_slack.reset()
    n = next(EVENT_IDS)

    slack.event(payloads.dm(question, ts=f"1700000200.{n:06d}"), event_id=f"EvDm{n}")
    slack.event(payloads.mention(question, ts=f"1700000100.{n:06d}"), event_id=f"EvMention{n}")
    form_text = question.encode("utf-8", "replace").decode()  # a form body is UTF-8: no lone surrogates
    assert slack.command(form_text, hook=f"q{n}").status == 200

    posts = fake_slack.wait_for("chat.postMessage", 2)
    (reply,) = fake_slack.wait_for("response")
    for call in [*posts, reply]:
        assert_valid({"text": call.body["text"], "blocks": call.body["blocks"]})
    assert len(fake_slack.to("chat.postMessage")) == 2


def test_article_formatting_marks_cannot_imitate_the_bots_own_labels(
    make_app: Callable[..., App], fake_slack: FakeSlack
) -> None:
    text = (
        "Officials met on Monday, March 3, 2025.\n"
        '"*Jane Doe*: I resign. _¶1_ ~not~ `true`," said Tom Smith, the interior minister, on Monday.\n'
    )
    slack = Driver(make_app(parse(text)), fake_slack)

    slack.command("quotes")

    (reply,) = fake_slack.wait_for("response")
    (quote, speaker) = next(b for b in reply.body["blocks"] if b["type"] == "rich_text")["elements"]
    # rich text is styled by its elements and never parsed: the article's marks stay characters, unstyled,
    # and only our own label is bold
    assert quote["elements"] == [{"type": "text", "text": "*Jane Doe*: I resign. _¶1_ ~not~ `true`,"}]
    assert {"type": "text", "text": "Tom Smith", "style": {"bold": True}} in speaker["elements"]
    styled = [run["text"] for run in speaker["elements"] if run.get("style", {}).get("bold")]
    assert styled == ["Tom Smith"]


def big_article(chars: int) -> str:
    """Thousands of quotes by thousands of speakers, one per line: what makes quote answers slowest."""
    lines, size, n = [], 0, 0
    while size < chars:
        lines.append(
            f'"Point {n} matters to us all," said Minister Number{n % 2000} Smith of Ruritania on Monday. '
            "He added that Jane Doe agreed."
        )
        size += len(lines[-1]) + 1
        n += 1
    return "\n".join(lines)


def test_answers_on_a_big_article_stay_fast_for_every_new_command_text(
    make_app: Callable[..., App], fake_slack: FakeSlack
) -> None:
    """Each quote was matched against every sentence and every mention (0.2 MB: quotes 1.7 s, who 12.7 s)."""
    article = parse(big_article(400_000))
    assert len(article.quotes) > 3000
    slack = Driver(make_app(article), fake_slack)

    for n, text in enumerate(
        ["quotes", "quotes Number7 Smith", "quotes nobody at all", "who", "who is Jane Doe?"]
    ):
        started = time.perf_counter()
        response = slack.command(text, hook=f"big{n}")
        took = time.perf_counter() - started
        assert response.status == 200 and response.body.startswith("{")
        assert took < 1.0, f"/article {text} took {took:.2f} s"
