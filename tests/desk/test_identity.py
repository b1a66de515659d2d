"""One story, whatever its URL games or outlet: canonical URL keys and near-duplicate sketches."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.ingest.identity import MIN_SHINGLES, NEAR, SKETCH, similarity, sketch, url_key
from tests.desk.conftest import BANK_STORY, PORT_STORY, RAIL_STORY


@pytest.mark.parametrize(
    "variant",
    [
        "https://news.example/world/port-strike",
        "http://news.example/world/port-strike",
        "https://www.news.example/world/port-strike/",
        "https://NEWS.example:443/world/port-strike#comments",
        "https://news.example/world/port-strike?utm_source=rss&utm_medium=feed",
        "https://news.example/world/port-strike?fbclid=abc123&ref=homepage",
    ],
)
def test_tracking_scheme_host_case_and_fragment_variants_are_one_key(variant: str) -> None:
    assert url_key(variant) == "news.example/world/port-strike"


def test_parameters_that_name_the_page_are_kept_and_sorted() -> None:
    assert url_key("https://news.example/a?id=3&utm_source=x") == "news.example/a?id=3"
    assert url_key("https://news.example/a?id=3") != url_key("https://news.example/a?id=4")
    assert url_key("https://news.example/a") != url_key("https://news.example/b")


def test_wire_copy_with_an_outlets_edits_is_near_and_other_stories_are_not() -> None:
    wire = " ".join(PORT_STORY)
    edited = (
        "Strike looms at Europe's biggest port. "
        + wire.replace("Tuesday", "Tuesday evening")
        + (" Additional reporting by Jan de Vries; editing by Anna Smit.")
    )

    assert similarity(sketch(wire), sketch(edited)) >= NEAR
    for other in (BANK_STORY, RAIL_STORY):
        assert similarity(sketch(wire), sketch(" ".join(other))) < 0.1


def test_a_headline_alone_is_too_short_to_compare() -> None:
    assert sketch("Dock workers to strike at Rotterdam port next week") == ()
    assert similarity((), sketch(" ".join(PORT_STORY))) == 0.0


@given(st.text(min_size=0, max_size=400))
def test_similarity_of_a_text_with_itself_is_one_or_it_is_too_short(text: str) -> None:
    signature = sketch(text)
    assert signature == () or similarity(signature, signature) == 1.0
    assert signature == tuple(sorted(signature))
    assert signature == () or MIN_SHINGLES <= len(signature) <= SKETCH
