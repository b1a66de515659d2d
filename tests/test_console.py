"""The terminal rendering and the console REPL, driven through in-memory streams."""

from __future__ import annotations

import io

import pytest

from bot.answers import Answer, Citation, Item
from bot.article.model import Article
from bot.console import render_answer, render_report, run_console
from tests.answers.conftest import build_tiny_article

TINY = build_tiny_article()


class TtyInput(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(lines: str, article: Article = TINY, stdin: io.StringIO | None = None) -> tuple[int, str]:
    stdout = io.StringIO()
    code = run_console(article, stdin or io.StringIO(lines), stdout)
    return code, stdout.getvalue()


def test_render_answer_is_plain_text_with_paragraph_citations() -> None:
    citation = Citation(sentence=4, paragraph=2, start=0, end=1, text="x")
    answer = Answer(
        kind="quotes",
        title="Quotes",
        intro="Two voices.",
        items=(Item(text="Inflation is sticky", label="John Smith", detail="via X", citations=(citation,)),),
        footer="Try help.",
    )
    text = render_answer(answer)
    assert text.splitlines() == [
        "Quotes",
        "Two voices.",
        "  - John Smith: Inflation is sticky [¶3]",
        "    via X",
        "Try help.",
    ]
    assert "\x1b[" not in text
    assert "\x1b[" in render_answer(answer, color=True)


def test_report_has_every_section_and_no_ansi() -> None:
    report = render_report(TINY)
    for title in ("Source", "People in this article", "Quotes", "Key dates", "Summary"):
        assert title in report.splitlines()
    assert "\x1b[" not in report


def test_welcome_then_answers_then_clean_exit_at_end_of_input() -> None:
    code, out = run("/article dates\nwho is the bank governor?\n\nand what did he say?\n")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Newsdesk: loaded “")
    assert "LONDON" in lines[0]
    assert "newsdesk>" not in out  # not a tty: no prompt
    assert out.index("Jan 3, 2025") < out.index("Mar 25-29, 2025")
    assert "We will not cut rates," in out  # the follow-up found "he"


@pytest.mark.parametrize("word", ["quit", "exit", "QUIT"])
def test_quit_stops_reading(word: str) -> None:
    code, out = run(f"help\n{word}\nsummary\n")
    assert code == 0
    assert "/article dates" in out
    assert "Summary" not in out


def test_prompt_only_on_a_tty() -> None:
    _, out = run("", stdin=TtyInput("help\n"))
    assert out.count("newsdesk> ") == 2  # before "help" and before end of input
