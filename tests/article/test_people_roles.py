"""People's roles on news the rules were not written from: each rule with an article written for it,
parsed whole (`bot.article.parse`), and the roles of its people checked."""

from __future__ import annotations

from bot.article.parse import parse


def roles_of(text: str) -> dict[str, tuple[str, ...]]:
    return {person.name: person.roles for person in parse(text).people}


def test_an_appositive_ends_at_a_relative_clause() -> None:
    text = (
        "Coach recovers after fall\n\n"
        "Once Moreno reached the clinic, he was joined by Dr. Helen Marsh, a team physician who did not "
        "attend the match and lives near the hospital.\n"
    )
    assert roles_of(text)["Helen Marsh"] == ("a team physician",)


def test_an_appositive_keeps_an_abbreviation_and_may_open_with_an_owner() -> None:
    text = (
        "Two voices from the harbour\n\n"
        "Tomas Brandt, the retired U.S. Navy engineer who built the dock, spoke first. \u201cThe water is "
        "rising faster than anyone planned for,\u201d said Ada Quinn, Oceanwatch\u2019s coastal campaigner.\n"
    )
    found = roles_of(text)
    assert found["Tomas Brandt"] == ("the retired U.S. Navy engineer",)
    assert found["Ada Quinn"] == ("Oceanwatch\u2019s coastal campaigner",)


def test_a_role_set_off_by_commas_before_the_name() -> None:
    text = (
        "Court hears final day of arguments\n\n"
        "\u201cThese duties are clear,\u201d the council\u2019s deputy secretary for legal affairs, Mara "
        "Lindqvist, told the court.\n\n"
        "The jobs report ends the debate, said Harbour Bank\u2019s chief economist, Paul Okafor.\n"
    )
    found = roles_of(text)
    assert found["Mara Lindqvist"] == ("the council\u2019s deputy secretary for legal affairs",)
    assert any("chief economist" in role for role in found["Paul Okafor"])


def test_an_opener_before_a_name_is_no_role() -> None:
    text = (
        "Family firm changes hands\n\n"
        "Like his father, Ivo Petrak said he would run the mill himself. After the sale, Ivo Petrak "
        "thanked the workers.\n"
    )
    assert roles_of(text)["Ivo Petrak"] == ()
