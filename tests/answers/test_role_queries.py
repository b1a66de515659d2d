"""A question names a person by a role ("what did the rector say?"): the role it asks is the one a person
holds, not a longer role that contains its word."""

from __future__ import annotations

import pytest

from bot.answers.speakers import matches


@pytest.mark.parametrize(
    "query, labels, expected",
    [
        ("the rector", ["Anna Roth", "vice-rector"], False),  # a vice-rector is no rector
        ("the vice-rector", ["Anna Roth", "vice-rector"], True),
        ("the rector", ["Paul Weiss", "rector of the university"], True),
        ("the deputy-chief", ["Ola Berg", "deputy-chief"], True),
        ("the minister", ["Ola Berg", "ex-minister"], True),  # other hyphens part words
        ("Luc", ["Jean-Luc Picard"], True),
    ],
)
def test_a_role_query_matches_the_role_held(query: str, labels: list[str], expected: bool) -> None:
    assert matches(query, labels) is expected
