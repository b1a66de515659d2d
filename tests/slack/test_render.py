"""render.message / home_view: valid Block Kit within Slack's limits, nothing from an article unescaped."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.answers import Answer, Citation, Item, answer_command
from bot.answers.help import home
from bot.article.model import Article
from bot.article.parse import parse
from bot.slack import render
from tests.slack.blockkit import BlockKitError, assert_valid_home_view, assert_valid_message
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


def assert_valid(message: dict[str, Any]) -> None:
    """Valid, inert Block Kit (tests/slack/blockkit.py), plus the renderer's own shape: a header first,
    a short fallback and context lines within the renderer's tighter limit."""
    assert_valid_message(message, fallback_limit=render.MAX_FALLBACK)
    assert message["blocks"][0]["type"] == "header"
    for block in message["blocks"]:
        if block["type"] == "context":
            assert all(len(text) <= render.MAX_CONTEXT for _, text in texts(block))


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
        ("@channel look", "＠channel look"),  # bare broadcasts: a full-width at sign, never a ping
        ("Hi @HERE and @everyone!", "Hi ＠HERE and ＠everyone!"),
        ("@chan\u200bnel", "＠channel"),
        ("mail me at desk@here.example", "mail me at desk@here.example"),
        ("@channels", "＠channels"),
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

    quote, speaker, second, _ = message["blocks"][1]["elements"]
    assert quote == {
        "type": "rich_text_quote",
        "elements": [{"type": "text", "text": "We agreed.\nOn everything."}],
    }
    assert speaker["elements"] == [
        {"type": "text", "text": "— "},
        {"type": "text", "text": "Tammy Bruce", "style": {"bold": True}},
        {"type": "text", "text": " (readout)"},
        {"type": "text", "text": " ¶2", "style": {"italic": True}},
    ]
    assert second["elements"][0]["text"] == "Fair trade"
    assert message["blocks"][-1]["elements"][0]["text"] == "Source: ¶2, ¶4"
    assert "Tammy Bruce" in message["text"]  # the plain fallback as before
    assert_valid(message)


def test_rich_text_is_never_parsed_and_never_forged() -> None:
    answer = Answer(kind="quotes", title="Q", items=(Item(text="<!channel> *bold* @here", label="<@U1>"),))

    runs = json.dumps(render.message(answer)["blocks"][1], ensure_ascii=False)

    assert "‹!channel› *bold* ＠here" in runs and "‹@U1›" in runs


def test_dates_render_as_a_timeline() -> None:
    answer = Answer(
        kind="dates",
        title="Key dates",
        items=(Item(text="talks held", label="28 Mar 2025"), Item(text="visit", label="April 2025")),
    )

    (timeline,) = render.message(answer)["blocks"][1]["elements"]

    assert timeline["type"] == "rich_text_list" and timeline["style"] == "bullet"
    rows = [[run["text"] for run in row["elements"]] for row in timeline["elements"]]
    assert rows == [["28 Mar 2025", "  ", "talks held"], ["April 2025", "  ", "visit"]]


def test_two_hundred_quotes_are_cut_with_and_n_more() -> None:
    items = tuple(
        Item(text=f"Quote number {n} " + "blah " * 100, label=f"Speaker {n}", citations=(citation(n),))
        for n in range(200)
    )
    message = render.message(Answer(kind="quotes", title="Quotes " * 40, items=items), share="quotes")

    assert_valid(message)
    more = [t for b in message["blocks"] for k, t in texts(b) if t.startswith("…and ")]
    shown = sum(
        1
        for b in message["blocks"]
        if b["type"] == "rich_text"
        for e in b["elements"]
        if e["type"] == "rich_text_quote"
    )
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
        dumped = json.dumps(
            [render.message(answer_command(command, article)), render.home_view(home(article))]
        )
        for raw in RAW_FORBIDDEN:
            assert raw not in dumped, (command, raw)


def test_home_view_has_headline_gist_and_commands(seed_article: Article) -> None:
    view = render.home_view(home(seed_article))

    assert view["type"] == "home"
    assert len(view["blocks"][0]["text"]["text"]) <= render.MAX_HEADER
    assert "/article quotes [name]" in json.dumps(view)


def test_home_view_of_an_article_with_a_title() -> None:
    view = render.home_view(home(Article(text="x", title="<!here> Big <news>")))

    assert view["blocks"][0]["text"]["text"] == "‹!here› Big ‹news›"


def test_home_view_is_valid_block_kit(seed_article: Article) -> None:
    assert_valid_home_view(render.home_view(home(seed_article)))
    assert_valid_home_view(render.home_view(home(parse(EVIL_ARTICLE))))


def test_plain_text_is_one_defused_line() -> None:
    assert render.plain("Hi @HERE\n <b>\u202e", 150) == "Hi ＠HERE ‹b›"


def test_mrkdwn_is_verbatim_so_slack_adds_no_links() -> None:
    message = render.message(
        Answer(kind="summary", title="t", intro="see https://evil.example", footer="#general"),
        shared_by="U0USER01",
    )

    mrkdwn = [b["text"] for b in message["blocks"] if b["type"] == "section"]
    mrkdwn += [e for b in message["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert len(mrkdwn) == 3
    assert all(obj["verbatim"] is True for obj in mrkdwn)
    assert mrkdwn[-1]["text"] == "Shared by <@U0USER01>", "our own mention still works (manual parsing)"


def test_a_100k_character_line_is_cut_at_the_limit() -> None:
    line = "<@U1> " * 20_000

    cut = render.excerpt(line, 3000)

    assert len(cut) == 3000 and cut.endswith(render.ELLIPSIS)
    assert cut.startswith("&lt;@U1&gt; &lt;@U1&gt;")


def test_nearly_invisible_text_is_shown_as_cut() -> None:
    assert render.excerpt("\u200b" * 100_000 + "hidden", 100) == render.ELLIPSIS
    assert render.excerpt("\u200b" * 1000 + "found", 100) == "found"


def test_share_value_is_cleaned_and_bounded() -> None:
    (button,) = render.share_button("quotes \u202eJane\ud800" + "x" * 5000)["elements"]

    assert button["value"].startswith("quotes Jane")
    assert len(button["value"]) <= render.MAX_BUTTON_VALUE
    button["value"].encode("utf-8")


def test_the_validator_rejects_what_slack_would() -> None:
    good = render.message(Answer(kind="summary", title="t", intro="i"))
    bad_cases = [
        {**good, "blocks": good["blocks"] * 30},
        {**good, "blocks": [{"type": "header", "text": {"type": "plain_text", "text": "x" * 151}}]},
        {**good, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "<!channel>"}}]},
        {**good, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "hi"}}]},
        {**good, "blocks": [{"type": "fancy"}]},
        {**good, "text": "@here"},
    ]
    for bad in bad_cases:
        with pytest.raises(BlockKitError):
            assert_valid_message(bad)


def test_a_digests_timeline_part_is_a_compact_list_too() -> None:
    coming = Answer(kind="dates", title="Coming up", items=(Item(text="vote", label="3 Mar 2025"),))
    digest = Answer(kind="digest", title="Digest", items=(Item(text="story", article_id=1),), parts=(coming,))

    message = render.message(digest)

    (timeline,) = [b for b in message["blocks"] if b["type"] == "rich_text"]
    assert timeline["elements"][0]["type"] == "rich_text_list"
    assert_valid(message)
