"""A role question ("who is the governor of ...?") is not answered by a name that owns another's role in
its sentence ("Governor Tom Harker's chief of staff"): the sentence is about the one who holds that role."""

from __future__ import annotations

from bot.answers import answer_message
from bot.article import parse

FILLER = "\n\n".join(
    [
        "Shops along the high street reported a busy weekend after the fair.",
        "Schools reopened after the holiday with new timetables.",
        "Rain is expected to return on Thursday, forecasters said.",
    ]
)


def test_a_name_owning_another_role_is_not_the_asked_role_holder() -> None:
    article = parse(
        "Maria Vell, Governor Tom Harker’s chief of staff, told the board of the Linton Reserve that the"
        " plan would go ahead.\n\n" + FILLER
    )
    answer, _ = answer_message("Who is the governor of the Linton Reserve?", article)
    assert "Harker" not in answer.title
