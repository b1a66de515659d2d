"""The desk's messages are valid Block Kit within Slack's limits and inert, whatever a feed puts in them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answers.desk import StoryRef, digest, search_results, story, timeline
from bot.article import parse
from bot.slack import render
from tests.slack.blockkit import assert_valid_message
from tests.slack.conftest import EVIL_ARTICLE, RAW_FORBIDDEN

EVIL = parse(EVIL_ARTICLE)


def refs(count: int, title: str = "<!channel> Story") -> list[StoryRef]:
    return [StoryRef(n + 1, f"{title} {n}", EVIL, ("<@U123> outlet", "other.example")) for n in range(count)]


def test_a_story_post_has_its_link_and_use_buttons_and_stays_inert() -> None:
    message = render.message(
        story(
            EVIL,
            title="<!here> Title",
            article_id=7,
            link="https://news.example/a?x=1",
            outlet="<b>x</b>",
            also_in=("<!channel>",),
        )
    )

    assert_valid_message(message)
    link, use = message["blocks"][-1]["elements"]
    assert link["url"] == "https://news.example/a?x=1" and use["value"] == "7"


def test_a_link_that_could_break_out_gets_no_button() -> None:
    for bad in ("javascript:alert(1)", "https://x.example/a b", "https://x.example/<!channel>", "x" * 4000):
        message = render.message(story(EVIL, title="T", article_id=1, link=bad, outlet=None, also_in=()))
        assert [e.get("url") for e in message["blocks"][-1]["elements"]] == [None]


def test_a_full_digest_and_a_full_search_fit_one_message() -> None:
    today = date(2025, 1, 1)
    for answer in (
        digest(refs(60), since=datetime(2025, 1, 1, tzinfo=UTC), today=today, label="Digest"),
        search_results("vote", refs(10), ["vote"]),
        timeline(refs(40), "vote"),
    ):
        message = render.message(answer)
        assert_valid_message(message)
        for raw in RAW_FORBIDDEN:
            assert raw not in str(message)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300), st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=5))
def test_search_marks_on_any_text_stay_valid(text: str, spans: list[tuple[int, int]]) -> None:
    answer = search_results("q", refs(1), ["q"])
    item = answer.items[0].model_copy(update={"text": text or "x", "marks": tuple(spans)})
    message = render.message(answer.model_copy(update={"items": (item,)}))

    assert_valid_message(message)
