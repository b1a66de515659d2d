"""Page furniture: link and promotion lines left in a page's text ("Related: <another headline>",
"Download our app") are typed as such, so no date, answer or summary is made of them."""

from __future__ import annotations

import pytest

from bot.answers import answer_message
from bot.article import parse
from bot.article.parse import is_furniture

STORY = (
    "Dock workers walked off the job at the Port of Tarrow on Monday, demanding higher pay.\n\n"
    "Related: Tarrow dock workers plan strike for March 3\n\n"
    "The union said the strike would last until Friday.\n\n"
    "Get the latest updates: Download the Tarrow Herald app\n\n"
    "“We have waited long enough,” union leader Mira Castell said."
)


@pytest.mark.parametrize(
    "line",
    [
        "Related: Tarrow dock workers plan strike for March 3",
        "READ MORE: Port owners warn of delays",
        "Read more",
        "Get the latest updates: Download the Tarrow Herald app",
        "Sign up for our morning newsletter",
        "Click here to subscribe to the Harbour Briefing",
        "Follow us: Facebook | Twitter",
        "Follow the Herald's full coverage of the strike at https://example.com/strike",
        "Share: Facebook | X | Email",
    ],
)
def test_link_and_promotion_lines_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Watch makers expect a slow year.",
        "Related research found the same effect in mice.",
        "Subscribers will pay $2 more a month from June, the company said.",
        "Officials said one thing was clear: download speeds had doubled.",
        "Sign up numbers fell by a third in the first quarter of the year, the report said, and they kept "
        "falling through the summer as prices rose.",
    ],
)
def test_story_sentences_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_no_date_answer_or_summary_comes_from_furniture() -> None:
    article = parse(STORY)
    kinds = [p.kind for p in article.paragraphs]
    assert kinds.count("furniture") == 2
    furniture = [p for p in article.paragraphs if p.kind == "furniture"]
    spans = [(p.start, p.end) for p in furniture]
    assert not any(s <= d.start < e for d in article.dates for s, e in spans)  # no "March 3"
    assert any(d.text == "Friday" for d in article.dates)
    answer, _ = answer_message("when do the workers plan to strike?", article)
    assert "Related" not in " ".join(i.text for i in answer.items)
    summary_text = " ".join(
        article.text[s.start : s.end] for s in article.sentences if s.index in article.summary.key_points
    )
    assert "Download" not in article.summary.gist and "Download" not in summary_text
