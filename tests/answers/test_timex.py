"""TIMEX3 values read as a newspaper would write them, and ordered for timelines."""

from __future__ import annotations

import pytest

from bot.answers.timex import UNDATED, human_date, sort_key


@pytest.mark.parametrize(
    "value, begin, until, expected",
    [
        ("2025-03-28", None, None, "Mar 28, 2025"),
        ("2025-03-25/2025-03-29", None, None, "Mar 25-29, 2025"),
        ("2025-03-25/2025-03-29", "2025-03-25", "2025-03-29", "Mar 25-29, 2025"),
        ("2025-03-30/2025-04-02", None, None, "Mar 30-Apr 2, 2025"),
        ("2024-12-30/2025-01-02", None, None, "Dec 30, 2024-Jan 2, 2025"),
        ("2025-03", None, None, "March 2025"),
        ("2025-03/2025-05", None, None, "March-May 2025"),
        ("2025", None, None, "2025"),
        ("2025-FA", None, None, "Fall 2025"),
        ("2025-Q3", None, None, "Q3 2025"),
        ("2025-W13", None, None, "Week 13, 2025"),
        ("XXXX-03-28", None, None, "Mar 28"),
        ("2025-03-28T14:30", None, None, "Mar 28, 2025, 14:30"),
        ("P3D", None, None, None),
        ("PRESENT_REF", None, None, None),
        ("2025-13-01", None, None, None),
    ],
)
def test_human_date(value: str, begin: str | None, until: str | None, expected: str | None) -> None:
    assert human_date(value, begin, until) == expected


def test_sort_key_orders_granularities_and_puts_undated_last() -> None:
    values = ["P3D", "2025-FA", "2025-03-28", "2024", "2025-03", "2025-03-25/2025-03-29", "2025-Q2"]
    ordered = sorted(values, key=sort_key)
    assert ordered == ["2024", "2025-03", "2025-03-25/2025-03-29", "2025-03-28", "2025-Q2", "2025-FA", "P3D"]
    assert sort_key("P3D") == UNDATED
