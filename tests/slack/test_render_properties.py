"""Property tests: whatever an article or a question contains, Slack gets valid Block Kit that renders inert.

Hostile pieces (mentions, links, mrkdwn specials, bidi and zero-width controls, lone surrogates,
100k-character lines, hundreds of quotes and dates) are mixed into answers, articles and questions; every
rendered message is checked with tests/slack/blockkit.py (Slack's documented limits, no parsable `<...>`,
no bare @channel).
"""

from __future__ import annotations

import html
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.answers import Answer, Citation, Item, answer_command, answer_message
from bot.answers.help import home
from bot.article.model import Article, ArticleError
from bot.article.parse import parse
from bot.slack import render
from tests.slack.blockkit import (
    MAX_MESSAGE_BLOCKS,
    assert_valid_home_view,
    assert_valid_message,
    check_all_inert,
    check_blocks,
    check_inert,
    text_objects,
)

HOSTILE = (
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<!channel|@channel>",
    "@channel",
    "@here",
    "@Everyone",
    "<@U123>",
    "<@W0ABC|bob>",
    "<https://evil.example|click>",
    "<https://evil.example>",
    "<mailto:a@evil.example|mail>",
    "<#C1|x>",
    "<#C999>",
    "<!subteam^S1>",
    "<!subteam^S1|@editors>",
    "<!date^1392734382^{date}|Feb 18>",
    "https://evil.example/x",
    "www.evil.example",
    "#general",
    ":rotating_light:",
    "*",
    "_",
    "~",
    "`",
    "```",
    ">",
    ">>>",
    "&",
    "&amp;",
    "&lt;",
    "&#60;",
    "<",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u2060",
    "\ufeff",
    "\u061c",
    "\u2028",
    "\u2029",
    "\r\n",
    "\r",
    "\x00",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\ud800",
    "\udfff",
    "\ufffd",
    "\ue000",
    "e\u0301",
    "👨\u200d👩\u200d👧",
    "🇮🇳",
    "Ω",
    "ﷺ",
    '"',
    "“",
    "”",
    "\n",
    "\t",
    " ",
)
LONG_LINES = st.sampled_from(
    ["a", "<", "&", "\u200b", "é", "@here ", "<@U1>", "\u202e", "x" * 99 + "\n"]
).map(lambda piece: piece * (100_000 // len(piece)))
"""100k-character lines of one piece: cut, never rejected, never slow."""
PIECES = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=12),
    st.characters(categories=["Cc", "Cf", "Cs", "Co", "Zs", "Zl", "Zp", "Mn"]),
)
TEXT = st.lists(PIECES, max_size=30).map("".join)
ANY_TEXT = TEXT | LONG_LINES
USER_IDS = st.none() | st.sampled_from(["U0USER01", "W0ABC", "U1|x>", "<!channel>", "U"]) | TEXT

CITATIONS = st.builds(
    Citation,
    sentence=st.integers(0, 10_000),
    paragraph=st.integers(0, 10_000),
    start=st.integers(0, 100),
    end=st.integers(0, 100),
    text=TEXT,
)
ITEMS = st.builds(
    Item,
    text=ANY_TEXT,
    label=st.none() | ANY_TEXT,
    detail=st.none() | TEXT,
    citations=st.lists(CITATIONS, max_size=3).map(tuple),
)
KINDS = st.sampled_from(
    ["summary", "quotes", "dates", "who", "source", "help", "ask", "abstain", "error", "library"]
)
ANSWERS = st.builds(
    Answer,
    kind=KINDS,
    title=ANY_TEXT,
    intro=st.none() | ANY_TEXT,
    # many items as a few repeated: more than one message shows, without Hypothesis drawing each one
    items=st.lists(ITEMS, max_size=12).map(tuple)
    | st.builds(
        lambda items, n: tuple(items) * n, st.lists(ITEMS, min_size=1, max_size=3), st.integers(9, 100)
    ),
    footer=st.none() | ANY_TEXT,
)

SENTENCES = st.one_of(
    st.builds(lambda a, b: f'"{a} is what {b} means," said Jane Doe, a minister, on Monday.', TEXT, TEXT),
    st.builds(lambda a, n: f"On March {n}, 2025, {a} met the press.", TEXT, st.integers(1, 28)),
    st.builds(lambda a: f"{a} told reporters that “{a}” was over.", TEXT),
    TEXT,
    LONG_LINES,
)
ARTICLES = st.lists(SENTENCES, min_size=1, max_size=12).map("\n".join)
MANY_QUOTES = st.builds(
    lambda n, fill: "\n".join(
        f'"Point {k} {fill}," said Minister Number{k} Smith on March {k % 28 + 1}, 2025.' for k in range(n)
    ),
    st.integers(60, 400),
    st.sampled_from(HOSTILE),
)
"""Hundreds of quotes, each with a date: more items than any message can show."""
COMMANDS = ("summary", "quotes", "dates", "who", "source", "help", "quotes Jane Doe", "")
QUESTIONS = st.one_of(
    TEXT,
    st.builds(lambda a: f"who said what about {a}?", TEXT),
    st.builds(lambda a: f"what happened on March 3? {a}", TEXT),
    LONG_LINES,
)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse_or_none(text: str) -> Article | None:
    try:
        return parse(text)
    except ArticleError:
        return None  # empty or binary-looking: the listeners answer with a notice, tested below


@FAST
@given(text=ANY_TEXT)
def test_escape_leaves_nothing_slack_would_parse_and_loses_nothing_visible(text: str) -> None:
    escaped = render.escape(text)

    check_inert(escaped, "escape")
    assert html.unescape(escaped) == render.visible(text)
    assert re.sub(r"&(amp|lt|gt);", "", escaped).count("&") == 0


@FAST
@given(text=ANY_TEXT, limit=st.integers(2, 3000))
def test_excerpt_is_a_cut_of_the_escaped_text_never_splitting_an_entity(text: str, limit: int) -> None:
    cut = render.excerpt(text, limit)

    assert len(cut) <= limit
    full = render.escape(text)
    assert full.startswith(cut.removesuffix(render.ELLIPSIS))
    assert not re.search(r"&[a-z]{0,3}$", cut.removesuffix(render.ELLIPSIS))


@FAST
@given(text=ANY_TEXT, limit=st.integers(1, 150))
def test_plain_text_is_one_safe_line_within_the_limit(text: str, limit: int) -> None:
    flat = render.plain(text, limit)

    assert 0 < len(flat) <= max(limit, len("Newsdesk"))
    assert "\n" not in flat and "<" not in flat and ">" not in flat
    check_inert(flat, "plain")
    full = render.one_line(render.visible(text))
    assert full.startswith(flat.removesuffix(render.ELLIPSIS)) or (flat == "Newsdesk" and not full)


@FAST
@given(answer=ANSWERS, share=st.none() | ANY_TEXT, shared_by=USER_IDS)
@example(  # a label with nothing visible in it (an unassigned code point) once gave an empty rich text run
    answer=Answer(kind="quotes", title="", items=(Item(text="", label="\ua7da"),)), share=None, shared_by=None
)
@example(
    answer=Answer(kind="dates", title="", items=(Item(text="x", label="\u200b"),)), share=None, shared_by=None
)
def test_any_answer_renders_valid_inert_block_kit(
    answer: Answer, share: str | None, shared_by: str | None
) -> None:
    message = render.message(answer, share=share, shared_by=shared_by)

    assert_valid_message(message, fallback_limit=render.MAX_FALLBACK)
    shown = " ".join(obj["text"] for _, obj in text_objects(message["blocks"]))
    mentions = re.findall(r"<@([A-Z0-9]+)>", shown)
    assert mentions == ([shared_by] if shared_by in ("U0USER01", "W0ABC") else [])


@FAST
@given(answer=ANSWERS)
def test_any_answer_unfurls_as_valid_inert_block_kit(answer: Answer) -> None:
    blocks = render.unfurl(answer)["blocks"]

    check_blocks(blocks, MAX_MESSAGE_BLOCKS)
    check_all_inert(blocks)


@FAST
@given(text=ANY_TEXT)
def test_any_notice_renders_valid_inert_block_kit(text: str) -> None:
    assert_valid_message(render.notice(text), fallback_limit=render.MAX_SECTION)


@SLOW
@given(text=ARTICLES | MANY_QUOTES)
def test_any_article_gives_valid_inert_answers_to_every_command(text: str) -> None:
    article = parse_or_none(text)
    if article is None:
        return
    assert_valid_home_view(render.home_view(home(article)))
    for command in COMMANDS:
        assert_valid_message(render.message(answer_command(command, article), share=command))


@SLOW
@given(text=ARTICLES, questions=st.lists(QUESTIONS, min_size=1, max_size=3))
def test_any_question_about_any_article_gives_valid_inert_answers(text: str, questions: list[str]) -> None:
    article = parse_or_none(text) or parse("Nothing happened on Monday, said Jane Doe.")
    conversation = None
    for question in questions:  # follow-ups carry hostile subjects from one question to the next
        answer, conversation = answer_message(question, article, conversation)
        assert_valid_message(render.message(answer))
        assert_valid_message(render.message(answer_command(question, article), share=question))
