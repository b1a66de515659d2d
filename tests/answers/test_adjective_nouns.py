"""An adjective in "-al" matches its noun and back ("central defence" / "the centre of defence") (issue 16:
morphology the stems miss), on a small hand-written story (no dev-set or seed phrasing)."""

from __future__ import annotations

from bot.article import parse
from tests.answers.asking import answered_span

TEAM = """Rovers name side for the cup tie

Ada Brill will start alongside Jo Kent in the injury-hit centre of defence.

Rovers have lost four of their last six games.
"""


def test_an_adjective_matches_its_noun() -> None:
    assert answered_span(parse(TEAM), "Who will partner Kent in central defence?") == "Ada Brill"
