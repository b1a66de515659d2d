"""Bad input for the people rules: capitals, team sheets, many people, diacritics, handles, e-mails."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.article.parse import parse
from bot.article.people import extract_entities


def names(text: str) -> set[str]:
    return {p.name for p in extract_entities(text)[0]}


def test_all_caps_text_gives_no_junk() -> None:
    text = (
        "SENATE PASSES BUDGET AFTER LONG NIGHT\n\n"
        "THE SENATE PASSED THE BUDGET ON FRIDAY AFTER A LONG NIGHT OF VOTES, THE LEADER SAID.\n\n"
        "MEMBERS OF THE HOUSE WILL VOTE NEXT WEEK."
    )
    assert names(text) == set()


def test_hundreds_of_people_in_bounded_time() -> None:
    first = ["Ana", "Bilal", "Chen", "Dara", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jonas"]
    last = [
        "Okafor",
        "Lindqvist",
        "Nakamura",
        "Petrov",
        "Quispe",
        "Rahimi",
        "Szabo",
        "Tanaka",
        "Uribe",
        "Wojcik",
    ]
    people = [f"{f} {s}" for f in first for s in last]
    text = (
        "Squad list for the season.\n\n"
        + ", ".join(people)
        + ".\n\n"
        + " ".join(f"{p} scored in the {n}th minute." for n, p in enumerate(people))
    )
    started = time.perf_counter()
    found = names(text)
    assert time.perf_counter() - started < 5
    assert found == set(people)


def test_apostrophes_diacritics_handles_and_emails() -> None:
    text = (
        "Kevin O'Neil met Ngũgĩ Thiong'o and Łukasz Šefčovič in Nairobi on Monday.\n\n"
        "Write to news.desk@example.com or follow @NewsDesk_Bot for updates."
    )
    found = names(text)
    assert {"Kevin O'Neil", "Ngũgĩ Thiong'o", "Łukasz Šefčovič"} <= found
    assert not any("@" in n or "example" in n.lower() or "Desk" in n for n in found)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "Cc")), max_size=400))
def test_any_text_parses_without_an_exception(text: str) -> None:
    if text.strip():
        article = parse(text)
        for person in article.people:
            assert all(article.text[m.start : m.end] == m.text for m in person.mentions)
