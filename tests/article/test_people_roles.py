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


def test_an_appositive_ends_before_its_organisation_s_bracketed_abbreviation() -> None:
    text = (
        "Exporters warn of a slowdown\n\n"
        "Orders fell again, said Mara Lind, director general of the Baltic Exporters Council (BEC). "
        "She expects a weak spring.\n"
    )
    assert roles_of(text)["Mara Lind"] == ("director general of the Baltic Exporters Council",)


def test_a_possessive_owner_opening_a_role_before_the_name_is_no_opener() -> None:
    text = (
        "A new chief at the mill\n\n"
        "Sales fell again in the spring. Acme's chief operating officer, Dana Cook, will lead the company "
        "from June. Cook is 52.\n"
    )
    assert roles_of(text)["Dana Cook"] == ("Acme's chief operating officer",)


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


def names_of(text: str) -> set[str]:
    return {person.name for person in parse(text).people}


def test_a_country_that_is_also_a_given_name_opens_a_name_but_a_nationality_does_not() -> None:
    text = (
        "Minister vows to keep the crossings shut\n\n"
        "Last week, Defence Minister Jordan Okoro said the country would keep the border crossings shut. "
        "German Dieter Vogel, who heads the aid group, said the decision would cost lives.\n"
    )
    names = names_of(text)
    assert "Jordan Okoro" in names
    assert "Dieter Vogel" in names and "German Dieter Vogel" not in names


def test_a_sentence_adverb_or_a_capitalised_auxiliary_is_no_part_of_a_name() -> None:
    text = (
        "The port grows\n\n"
        "Over the centuries, the port grew into the town of Marlow. Eventually Marlow absorbed the "
        "village. The harbour master, Ansel Brook, keeps a copy of \u201cAnsel Brook Is Leaving Home,\u201d "
        "a memoir, on his desk.\n"
    )
    names = names_of(text)
    assert not any(name.startswith("Eventually") for name in names)
    assert not any(" Is " in f" {name} " for name in names)
    assert "Ansel Brook" in names


def test_an_economics_research_firm_is_no_person() -> None:
    text = (
        "Economists weigh in\n\n"
        "Royce Mendes, Kessler Economics managing director and head of macro strategy, was a bit more "
        "cautious.\n\n"
        "\u201cThat said, it is difficult to have much confidence in one month,\u201d said Mendes.\n"
    )
    names = names_of(text)
    assert "Royce Mendes" in names and not any("Economics" in name for name in names)


def test_a_common_noun_inside_a_run_before_a_given_name_is_the_persons_title() -> None:
    text = (
        "Concussion payments begin\n\n"
        "Players with brain injuries, like former Denver Bronco Rickard Stoll, will be paid first. "
        "Will Harmon, a lawyer, said the fund was ready.\n"
    )
    found = roles_of(text)
    assert found["Rickard Stoll"] == ("Denver Bronco",)
    assert "Will Harmon" in found


def test_a_relatives_noun_right_before_a_given_name_introduces_a_person() -> None:
    text = (
        "Child care costs bite\n\n"
        "When Ana Ruiz went back to work, she and her husband found that sending baby Tobias to day "
        "care was out of the question. She stayed home with Tobias until March.\n"
    )
    assert roles_of(text)["Tobias"] == ("baby",)
