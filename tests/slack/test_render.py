"""render.message / home_view: valid Block Kit within Slack's limits, nothing from an article unescaped."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answers import Answer, Citation, Item, answer_command
from bot.article.model import Article
from bot.article.parse import parse
from bot.slack import render
from tests.slack.conftest import EVIL_ARTICLE, RAW_FORBIDDEN


def texts(block: dict[str, Any]) -> list[tuple[str, str]]:
    """(block type, text) for every text object in a block."""
    if block["type"] in ("header", "section"):
        return [(block["type"], block["text"]["text"])]
    if block["type"] == "context":
        return [("context", element["text"]) for element in block["elements"]]
    if block["type"] == "actions":
        return [("button", element["text"]["text"]) for element in block["elements"]]
    return []


LIMITS = {
    "header": render.MAX_HEADER,
    "section": render.MAX_SECTION,
    "context": render.MAX_CONTEXT,
    "button": 75,
}


def assert_valid(message: dict[str, Any]) -> None:
    """What Slack would reject (or ping with): too many blocks, over-long or empty texts, raw `<`."""
    assert isinstance(message["text"], str) and message["text"].strip()
    assert len(message["text"]) <= render.MAX_FALLBACK
    blocks = message["blocks"]
    assert 1 <= len(blocks) <= render.MAX_BLOCKS
    assert blocks[0]["type"] == "header"
    for block in blocks:
        assert block["type"] in ("header", "section", "context", "actions", "divider")
        if block["type"] == "context":
            assert 1 <= len(block["elements"]) <= 10
        for kind, text in texts(block):
            assert text.strip(), f"empty {kind}"
            assert len(text) <= LIMITS[kind], f"{kind} of {len(text)} chars"
            if kind in ("section", "context"):
                assert "<" not in re.sub(r"<@U[A-Z0-9]+>", "", text), text
        if block["type"] == "actions":
            assert len(block["elements"][0]["value"]) <= render.MAX_BUTTON_VALUE
    assert "<" not in message["text"]
    json.dumps(message)


def citation(paragraph: int) -> Citation:
    return Citation(sentence=paragraph, paragraph=paragraph, start=0, end=1, text="x")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!channel> hi", "&lt;!channel&gt; hi"),
        ("<https://evil|click>", "&lt;https://evil|click&gt;"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("&lt;", "&amp;lt;"),
        ("a\u200bb\u202ec\u2066d\ufeffe", "abcde"),
        ("line\u2028break\r\nagain", "line\nbreak\nagain"),
    ],
)
def test_escape(text: str, expected: str) -> None:
    assert render.escape(text) == expected


def test_clip_never_cuts_an_entity() -> None:
    escaped = render.escape("a" * 8 + "<")  # aaaaaaaa&lt;
    assert render.clip(escaped, 11) == "a" * 8 + "…"


def test_quotes_are_block_quotes_with_speaker_and_source_line() -> None:
    answer = Answer(
        kind="quotes",
        title="Quotes",
        items=(
            Item(
                text="We agreed.\nOn everything.",
                label="Tammy Bruce",
                detail="readout",
                citations=(citation(1),),
            ),
            Item(text="Fair trade", label="Vikram Misri", citations=(citation(3),)),
        ),
    )

    message = render.message(answer)

    body = message["blocks"][1]["text"]["text"]
    assert ">We agreed.\n>On everything.\n— *Tammy Bruce* (readout) _¶2_" in body
    assert ">Fair trade\n— *Vikram Misri* _¶4_" in body
    assert message["blocks"][-1]["elements"][0]["text"] == "Source: ¶2, ¶4"
    assert_valid(message)


def test_dates_render_as_a_timeline() -> None:
    answer = Answer(
        kind="dates",
        title="Key dates",
        items=(Item(text="talks held", label="28 Mar 2025"), Item(text="visit", label="April 2025")),
    )

    body = render.message(answer)["blocks"][1]["text"]["text"]

    assert body == "*28 Mar 2025*  —  talks held\n\n*April 2025*  —  visit"


def test_two_hundred_quotes_are_cut_with_and_n_more() -> None:
    items = tuple(
        Item(text=f"Quote number {n} " + "blah " * 100, label=f"Speaker {n}", citations=(citation(n),))
        for n in range(200)
    )
    message = render.message(Answer(kind="quotes", title="Quotes " * 40, items=items), share="quotes")

    assert_valid(message)
    more = [t for b in message["blocks"] for k, t in texts(b) if t.startswith("…and ")]
    shown = sum(t.count("\n— *Speaker") for b in message["blocks"] for k, t in texts(b) if k == "section")
    assert more == [f"…and {200 - shown} more"]
    assert message["blocks"][-1]["type"] == "actions"


def test_one_enormous_item_is_cut_not_rejected() -> None:
    message = render.message(
        Answer(kind="summary", title="", intro="<" * 5000, items=(Item(text="&" * 9000),))
    )

    assert_valid(message)


def test_oversize_article_still_valid_through_the_real_answers() -> None:
    text = "\n".join(
        f'"Point {n} is that <!channel> must act," said Minister Number{n} Smith on March {n % 28 + 1}, 2025.'
        for n in range(200)
    )
    article = parse(text)
    assert len(answer_command("quotes", article).items) >= 150
    for command in ("summary", "quotes", "dates", "who", "source", "help"):
        message = render.message(answer_command(command, article), share=command)
        assert_valid(message)
        assert "<!channel>" not in json.dumps(message)


def test_evil_article_is_escaped_in_every_answer() -> None:
    article = parse(EVIL_ARTICLE)
    for command in ("summary", "quotes", "dates", "who", "source", "help"):
        dumped = json.dumps([render.message(answer_command(command, article)), render.home_view(article)])
        for raw in RAW_FORBIDDEN:
            assert raw not in dumped, (command, raw)


def test_home_view_has_headline_gist_and_commands(seed_article: Article) -> None:
    view = render.home_view(seed_article)

    assert view["type"] == "home"
    assert len(view["blocks"][0]["text"]["text"]) <= render.MAX_HEADER
    assert "/article quotes [name]" in json.dumps(view)


def test_home_view_of_an_article_with_a_title() -> None:
    view = render.home_view(Article(text="x", title="<!here> Big <news>"))

    assert view["blocks"][0]["text"]["text"] == "‹!here› Big ‹news›"


ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("<>&*_~`>!@#|\n \u200b\u200e\u202e\u2066\ufeff\u2028"), st.characters(codec="utf-8")
    ),
    max_size=400,
)
CITATIONS = st.builds(
    Citation,
    sentence=st.integers(0, 10_000),
    paragraph=st.integers(0, 10_000),
    start=st.integers(0, 100),
    end=st.integers(0, 100),
    text=ANY_TEXT,
)
ITEMS = st.builds(
    Item,
    text=ANY_TEXT | st.text(max_size=5000),
    label=st.none() | ANY_TEXT,
    detail=st.none() | ANY_TEXT,
    citations=st.lists(CITATIONS, max_size=3).map(tuple),
)
ANSWERS = st.builds(
    Answer,
    kind=st.sampled_from(["summary", "quotes", "dates", "who", "source", "help", "ask", "abstain", "error"]),
    title=ANY_TEXT,
    intro=st.none() | ANY_TEXT | st.text(max_size=5000),
    items=st.lists(ITEMS, max_size=80).map(tuple),
    footer=st.none() | ANY_TEXT,
)


@settings(max_examples=150, deadline=None)
@given(answer=ANSWERS, share=st.none() | ANY_TEXT)
def test_any_answer_renders_valid_blocks_within_limits(answer: Answer, share: str | None) -> None:
    message = render.message(answer, share=share)

    assert_valid(message)
    for block in message["blocks"]:
        for _, text in texts(block):
            assert not set(text) & {"\u200b", "\u200e", "\u202e", "\u2066", "\ufeff"}
