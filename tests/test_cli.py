"""The real CLI, run as a subprocess the way people run it: `python -m bot ...`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_afde03f68720c260.txt"
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
DATE_LIKE = re.compile(rf"\b(?:{MONTHS})\w* \d{{1,2}}\b|\b(?:19|20)\d{{2}}\b")


def clean_env(**extra: str) -> dict[str, str]:
    """The caller's environment minus Slack credentials, so the default command never tries to serve."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_") and k != "NEWSDESK_ARTICLE"}
    env.update(extra)
    return env


def newsdesk(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=clean_env(**env),
        timeout=60,
    )


def test_piped_console_prints_the_dates_answer() -> None:
    result = newsdesk(stdin="/article dates\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Newsdesk: loaded")
    assert "Key dates" in result.stdout
    assert DATE_LIKE.search("\n".join(lines[1:]))
    assert "Traceback" not in result.stderr


def test_console_quits_on_exit() -> None:
    result = newsdesk(stdin="exit\nsummary\n")
    assert result.returncode == 0
    assert "Summary" not in result.stdout


def test_ask_answers_once_in_plain_text() -> None:
    result = newsdesk("ask", "what did the MEA say?")
    assert result.returncode == 0, result.stderr
    assert "[¶" in result.stdout


def test_ask_json_is_an_answer() -> None:
    result = newsdesk("ask", "/article who", "--json", "--article", str(SEED))
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["kind"] == "who"
    assert all(item["citations"] for item in answer["items"])


def test_ask_not_understood_still_exits_zero() -> None:
    result = newsdesk("ask", "what is the meaning of life")
    assert result.returncode == 0
    assert "help" in result.stdout


def test_parse_json_has_the_export_keys() -> None:
    result = newsdesk("parse", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"published", "people", "quotes", "dates"} <= set(data)


def test_parse_reads_stdin_and_honours_published(tmp_path: Path) -> None:
    text = "Officials met on Monday to discuss the budget. The talks ended late.\n"
    result = newsdesk("parse", "-", "--published", "2024-06-05", "--json", stdin=text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["published"] == "2024-06-05"


def test_parse_plain_report_has_every_section() -> None:
    result = newsdesk("parse", str(SEED))
    assert result.returncode == 0, result.stderr
    for title in ("Source", "Quotes", "Key dates", "Summary"):
        assert title in result.stdout.splitlines()


@pytest.mark.parametrize(
    "args, stdin, needle",
    [
        (("parse", "no/such/file.txt"), "", "no/such/file.txt"),
        (("ask", "summary", "--article", "no/such/file.txt"), "", "no/such/file.txt"),
        (("parse", "-"), "   \n", "empty"),
        (("parse", "-", "--published", "28 March"), "Text.", "YYYY-MM-DD"),
    ],
)
def test_bad_input_exits_2_with_one_clear_message(args: tuple[str, ...], stdin: str, needle: str) -> None:
    result = newsdesk(*args, stdin=stdin)
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_unreadable_default_article_exits_2() -> None:
    result = newsdesk(stdin="", NEWSDESK_ARTICLE="missing-article.txt")
    assert result.returncode == 2
    assert "missing-article.txt" in result.stderr


@pytest.mark.parametrize(
    "args, env, needle",
    [
        (("serve",), {}, "SLACK_BOT_TOKEN"),
        (("serve",), {"SLACK_BOT_TOKEN": "xoxb-test"}, "SLACK_APP_TOKEN"),
        (("serve", "--http"), {"SLACK_BOT_TOKEN": "xoxb-test"}, "SLACK_SIGNING_SECRET"),
        ((), {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_APP_TOKEN": ""}, "cannot serve in HTTP"),
        (("ask", "help"), {"PORT": "not-a-port"}, "PORT"),
        (("ask", "help"), {"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
    ],
)
def test_missing_or_invalid_settings_exit_2(args: tuple[str, ...], env: dict[str, str], needle: str) -> None:
    result = newsdesk(*args, **env)
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_database_exits_2_without_a_traceback() -> None:
    env = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "s",
        "DATABASE_URL": "postgresql://n@127.0.0.1:1/x",
    }
    result = newsdesk("serve", "--http", "--port", "0", **env)
    assert result.returncode == 2
    assert "cannot reach the database" in result.stderr
    assert "Traceback" not in result.stderr


UNDATED = "JAKARTA (Reuters) - Indonesia's president said on Tuesday that the capital would move."


@pytest.mark.parametrize(
    "args",
    [
        ("parse", "-", "--json", "--published", "2024-03-07"),
        ("--published", "2024-03-07", "parse", "-", "--json"),
    ],
)
def test_published_works_before_or_after_the_command(args: tuple[str, ...]) -> None:
    result = newsdesk(*args, stdin=UNDATED)
    exported = json.loads(result.stdout)
    assert exported["published"] == "2024-03-07" and exported["published_source"] == "published"
    assert [d["value"] for d in exported["dates"]] == ["2024-03-05"]


def test_ask_and_the_console_take_a_published_date(tmp_path: Path) -> None:
    story = tmp_path / "jakarta.txt"
    story.write_text(UNDATED, encoding="utf-8")
    asked = newsdesk("ask", "key dates", "--article", str(story), "--published", "2024-03-07")
    assert "Mar 5, 2024" in asked.stdout
    console = newsdesk("--published", "2024-03-07", stdin="dates\n", NEWSDESK_ARTICLE=str(story))
    assert "Mar 5, 2024" in console.stdout
    from_settings = newsdesk(stdin="dates\n", NEWSDESK_ARTICLE=str(story), NEWSDESK_PUBLISHED="2024-03-07")
    assert "Mar 5, 2024" in from_settings.stdout


def test_the_console_sets_the_date_with_published(tmp_path: Path) -> None:
    story = tmp_path / "jakarta.txt"
    story.write_text(UNDATED, encoding="utf-8")
    result = newsdesk(stdin="source\npublished 2024-03-07\ndates\n", NEWSDESK_ARTICLE=str(story))
    before, after = result.stdout.split("read again", 1)
    assert "Publication date not known" in before and "/article published YYYY-MM-DD" in before
    assert "Mar 5, 2024" in after and "XXXX" not in result.stdout
