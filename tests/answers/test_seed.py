"""Answers over the parsed seed article, checked against facts read from the text by hand.

Paragraph numbers are 0-based as in `Citation.paragraph`: ¶2-3 are the State Department readout
(Tammy Bruce), ¶9-10 the MEA spokesperson's post on X, ¶11 introduces Brendan Lynch.
"""

from __future__ import annotations

import pytest

from bot.answers import Answer, answer_command, answer_message
from bot.article import parse
from bot.config import SEED_ARTICLE

SEED = parse(SEED_ARTICLE.read_text(encoding="utf-8"))

needs_dates = pytest.mark.skipif(not SEED.dates, reason="the date extractor has not landed yet")


def cited_paragraphs(answer: Answer) -> set[int]:
    return {c.paragraph for item in answer.items for c in item.citations}


@pytest.mark.parametrize(
    "question, paragraphs",
    [
        ("what did the MEA say?", {9, 10}),
        ("quotes by Bruce", {2, 3}),
        ("/article quotes tammy bruce", {2, 3}),
        ("quotes from the State Department spokesperson", {2, 3}),
    ],
)
def test_quotes_cite_the_speakers_paragraphs(question: str, paragraphs: set[int]) -> None:
    answer, _ = answer_message(question, SEED)
    assert answer.kind == "quotes"
    assert cited_paragraphs(answer) == paragraphs


def test_who_is_brendan_lynch_then_what_did_he_say() -> None:
    answer, conversation = answer_message("who is Brendan Lynch?", SEED)
    assert answer.kind == "who"
    assert answer.items[0].citations[0].paragraph == 11
    assert "Brendan Lynch" in answer.items[0].citations[0].text
    follow_up, _ = answer_message("and what did he say?", SEED, conversation)
    # Lynch is only described, never quoted: the honest answer is that there is nothing to show.
    assert follow_up.kind == "abstain"
    assert "Brendan Lynch" in follow_up.title


def test_source_names_both_dateline_places_and_the_agency() -> None:
    items = {item.label: item for item in answer_command("source", SEED).items}
    assert "Washington" in items["Dateline"].text
    assert "New Delhi" in items["Dateline"].text
    assert items["Agency"].text == "UNI"
    assert items["Published"].text == "Mar 28, 2025"
    assert items["Published"].detail


def test_summary_starts_from_the_lead() -> None:
    answer = answer_command("summary", SEED)
    assert answer.items
    assert answer.items[0].citations[0].paragraph == 0
    paragraphs = [item.citations[0].paragraph for item in answer.items]
    assert paragraphs == sorted(paragraphs)


@needs_dates
def test_dates_timeline_has_the_visit_range_before_the_fall_deadline() -> None:
    labels = [item.label for item in answer_command("dates", SEED).items]
    assert "Mar 25-29, 2025" in labels
    fall = next(i for i, label in enumerate(labels) if label and "2025" in label and "Fall" in label)
    assert labels.index("Mar 25-29, 2025") < fall


@pytest.mark.parametrize("command", ["summary", "quotes", "dates", "who", "source"])
def test_every_seed_item_cites_a_real_sentence(command: str) -> None:
    for item in answer_command(command, SEED).items:
        assert item.citations or item.label == "Published"
        for citation in item.citations:
            assert SEED.text[citation.start : citation.end] == citation.text
