"""A span that restates the asked noun gives way to the title in quotes after it ("his landmark paper,
“Reducibility ...”"), but not a span that counts it: "at least two tracks, “Low Tide” and ..." answers "how
many?" with its count, as the answer's title says (widen.named_after, widen._CARDINAL_COUNT)."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

STORY = parse(
    "Singer's new album praised\n\n"
    "Fans say at least two tracks, “Low Tide” and “Harbour Lights,” are about her home town."
)


def test_a_count_keeps_its_number() -> None:
    assert answered_span(STORY, "How many tracks are about her home town?") == "at least two tracks"
