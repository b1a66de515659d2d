"""A story that dates itself nowhere: the source answer says so in one line, with how to set the date, and
the timeline shows its unresolved dates after the dated ones, by their words, never as `XXXX`."""

from __future__ import annotations

from datetime import date

from bot.answers import answer_command
from bot.article import parse

UNDATED = (
    "JAKARTA (Reuters) - Indonesia's president said on Tuesday that the new capital would open in "
    "March 2024, a year later than planned. Ministers will meet on Friday to agree the budget."
)


def test_the_source_says_in_one_line_that_the_date_is_unknown_and_how_to_set_it() -> None:
    answer = answer_command("source", parse(UNDATED))
    assert answer.footer is not None and "\n" not in answer.footer
    assert "not known" in answer.footer and "/article published YYYY-MM-DD" in answer.footer
    assert [item.label for item in answer.items] == ["Dateline", "Agency"]


def test_unresolved_dates_come_last_by_their_words() -> None:
    answer = answer_command("dates", parse(UNDATED))
    labels = [item.label for item in answer.items]
    assert labels == ["March 2024", "Tuesday", "Friday"]
    rendered = " ".join(f"{item.label} {item.text} {item.detail}" for item in answer.items)
    assert "XXXX" not in rendered and "WXX" not in rendered
    assert "publication date is not known" in (answer.items[1].detail or "")


def test_with_a_publication_date_the_same_days_are_on_the_calendar() -> None:
    article = parse(UNDATED, published=date(2024, 3, 7))  # a Thursday
    labels = [item.label for item in answer_command("dates", article).items]
    assert labels == ["March 2024", "Mar 5, 2024", "Mar 8, 2024"]  # Tuesday and Friday of that week
    assert answer_command("source", article).footer is None
