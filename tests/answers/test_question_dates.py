"""A question's date is matched by what the story's dates mean, not how they are written: "in February"
by "last month" in a story of March, "on Tuesday" by the Tuesday it names, "in 2026" by "this year", and
the other way round; a date the story does not reach is still declined, and a story without a publication
date resolves nothing."""

from __future__ import annotations

from datetime import date

from bot.answers import answer_message
from bot.answers.timex import asked_key, date_keys
from bot.article import parse
from tests.answers.asking import answered_span, cited_sentence

STORY = (
    "Gulf crude output slips\n\n"
    "DUBAI, March 12 (Reuters) - The oil minister met refinery owners on Tuesday to discuss supply.\n\n"
    "Gulf crude oil output last month fell to an average of 3.5 mln barrels per day (bpd) from "
    "3.8 mln bpd in January, industry sources said.\n\n"
    "The state company earned 12 billion riyals from exports this year, the ministry said.\n\n"
    "Refinery throughput rose in February to 1.1 mln bpd, the sources said.\n"
)
PUBLISHED = date(2026, 3, 12)  # a Thursday: "last month" is February, "Tuesday" March 10


def _asked(question: str, published: date | None = PUBLISHED) -> tuple[str, str]:
    answer, _ = answer_message(question, parse(STORY, published=published))
    return answer.kind, answer.title


def test_a_date_key_reaches_the_dates_it_falls_inside() -> None:
    assert date_keys("2026-02-05") == {"@2026", "@2026-02", "@2026-02-05"}
    assert "@2026-02" in date_keys("2026-01/2026-03")  # "January to March" reaches February
    assert date_keys("XXXX-02") == frozenset()  # no year, no date
    assert (asked_key("2026-02"), asked_key("2004"), asked_key("2026-Q1")) == ("@2026-02", "@2004", None)


def test_an_asked_month_is_answered_by_last_month() -> None:
    article = parse(STORY, published=PUBLISHED)
    question = "what was Gulf crude output in February?"
    assert cited_sentence(article, question).startswith("Gulf crude oil output last month fell")
    assert answered_span(article, question) == "3.5 mln barrels per day"  # not January's 3.8 mln


def test_an_asked_year_is_answered_by_this_year() -> None:
    article = parse(STORY, published=PUBLISHED)
    assert (
        answered_span(article, "how much did the state company earn from exports in 2026?")
        == "12 billion riyals"
    )


def test_an_asked_weekday_is_the_day_the_story_names() -> None:
    article = parse(STORY, published=PUBLISHED)
    assert "on Tuesday" in cited_sentence(article, "who did the oil minister meet on March 10?")


def test_last_month_in_the_question_is_answered_by_the_month_written() -> None:
    article = parse(STORY, published=PUBLISHED)
    assert "in February" in cited_sentence(article, "what was refinery throughput last month?")


def test_a_date_the_story_does_not_reach_is_declined() -> None:
    assert _asked("what was Gulf crude output in June?") == ("abstain", "The article doesn't mention June.")
    assert _asked("what was Gulf crude output in 2019?")[0] == "abstain"
    assert _asked("who did the oil minister meet on Wednesday?")[0] == "abstain"


def test_a_story_without_a_publication_date_resolves_nothing() -> None:
    undated = STORY.replace("DUBAI, March 12 (Reuters)", "DUBAI (Reuters)")
    answer, _ = answer_message("what was Gulf crude output in February?", parse(undated))
    assert answer.kind == "abstain"  # "last month" is no month without the date it is counted from


def test_a_newspaper_named_after_a_day_is_no_date() -> None:
    article = parse(
        "The Sunday Express said its poll, conducted on Friday, found the Conservatives ahead.",
        published=date(2026, 3, 1),
    )
    answer, _ = answer_message("who carried out the poll for The Sunday Express on March 1?", article)
    assert answer.kind == "abstain"  # the poll was on Friday, February 27: no sentence reaches March 1


EXPORTS = (
    "Gulf exports slip\n\n"
    "DUBAI, March 12 (Reuters) - Gulf terminals exported 2.2 mln barrels per day (bpd) in January and "
    "1.9 mln bpd last month, sources said.\n\n"
    "The oil minister met refinery owners on Tuesday to discuss supply.\n\n"
    "Spot prices have fallen in recent weeks.\n"
)


def test_the_asked_months_figure_is_the_one_its_date_means() -> None:
    article = parse(EXPORTS, published=PUBLISHED)
    assert answered_span(article, "how much did the Gulf terminals export in February?") == "1.9 mln bpd"
    assert answered_span(article, "how much did the Gulf terminals export last month?") == "1.9 mln bpd"
    assert answered_span(article, "how much did the Gulf terminals export in January?").startswith("2.2 mln")


WRITTEN = (
    "Gulf oil figures\n\n"
    "DUBAI, March 12 (Reuters) - Exports from the terminals fell last month because of lower liftings by "
    "customers, sources said.\n\n"
    "Gulf refinery throughput fell in February because of cuts at the export refineries, the sources said.\n"
)


def test_a_sentence_writing_the_asked_date_is_surer_than_one_that_only_means_it() -> None:
    article = parse(WRITTEN, published=PUBLISHED)  # the Gulf of the headline is every sentence's
    assert "lower liftings" in cited_sentence(article, "why did Gulf exports fall last month?")
