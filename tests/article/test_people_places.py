"""Names a story also uses as a place or a company are no one's: each rule with an article written for
it, parsed whole (`bot.article.parse`), and the people it yields checked."""

from __future__ import annotations

from bot.article.parse import parse
from tests.article.test_people_roles import names_of


def test_a_name_written_only_after_in_or_at_is_a_place() -> None:
    text = (
        "Ports race to build wind farms\n\n"
        "The study was led by Renata Quadros, an engineer, and funded by a think tank based in "
        "Porto Verde. Its authors met at Vila Serrana dos Campos last May. Renata Quadros said the "
        "coast could host dozens of turbines.\n"
    )
    names = names_of(text)
    assert "Renata Quadros" in names
    assert not names & {"Porto Verde", "Vila Serrana"}


def test_a_possessive_after_in_names_the_owner_of_a_place() -> None:
    text = (
        "A game of heroes\n\n"
        "Players begin in Dorian Vale's manor, where a lift drops them into a cave. The demo ends "
        "with a chase across the rooftops.\n"
    )
    assert "Dorian Vale" in names_of(text)


def test_a_name_written_once_after_in_is_a_place_wherever_else_it_stands() -> None:
    text = (
        "Police hunt a gunman near Milan\n\n"
        "Officers stopped the man in the suburb of Cinisello Marzotto on Friday. What happened in "
        "Cinisello Marzotto clearly shows the need for patrols, said the mayor, Lucia Ferrante.\n"
    )
    names = names_of(text)
    assert "Lucia Ferrante" in names
    assert "Cinisello Marzotto" not in names


def test_a_participle_opening_the_sentence_opens_no_name() -> None:
    text = (
        "Probe falls back to Earth\n\n"
        "A probe bound for Mars failed in orbit. Named Tarsis-Vane, the craft weighed four tonnes, "
        "said Fred Ahlberg, who tracked it. Ahed Marouf, an engineer, said it broke up.\n"
    )
    names = names_of(text)
    assert {"Fred Ahlberg", "Ahed Marouf"} <= names
    assert not any("Tarsis" in name for name in names)


def test_a_near_spelling_of_a_surname_is_that_persons_only_as_a_reported_speaker() -> None:
    text = (
        "Hiring picks up\n\n"
        "Royal Bank economist Nathan Hollenbeck said the report was strong. Shops in Hallenbeck "
        "hired most. \u201cIt was a good month,\u201d Hollenbek said.\n"
    )
    person = next(p for p in parse(text).people if p.name == "Nathan Hollenbeck")
    assert [m.text for m in person.mentions] == ["Nathan Hollenbeck", "Hollenbek"]
