"""Quote speakers on news the rules were not written from: each rule with an article written for it,
parsed whole (`bot.article.parse`), and the speaker of its quotes checked."""

from __future__ import annotations

from bot.article.parse import parse


def speakers(text: str) -> dict[str, str | None]:
    """Each quote's first four words -> its speaker."""
    return {" ".join(q.text.split()[:4]): q.speaker for q in parse(text).quotes}


def test_who_told_someone_is_the_name_before_who_not_the_listener() -> None:
    text = (
        "Harbour pilot collapses on the quay\n\n"
        "The crew gathered on the quay at the end of the shift. Captain Lena Ortiz saw that something "
        "was wrong with Piet Maas, who told the deck officer Omar Reyes, \u201cI really do not feel well "
        "at all.\u201d Minutes later Maas fell.\n"
    )
    assert speakers(text)["I really do not"] == "Piet Maas"


def test_a_list_of_links_under_a_paragraph_is_no_signature() -> None:
    text = (
        "Jobless rate falls in May\n\n"
        "The gains were broad, said Anna Berg, the chief economist at a lenders' group.\n\n"
        "\u201cThat strength comes as the province looks ahead to new talks,\u201d she says. \u201cWe are "
        "in a far better place going into them.\u201d\n\n"
        "- Province\u2019s jobless rate drops to six per cent as hiring climbs\n\n"
        "- Opinion: Keep out of the cafe chain\u2019s hiring choices\n"
    )
    found = speakers(text)
    assert found["We are in a"] == "she" or found["We are in a"] == "Anna Berg"
    assert "Province" not in (found["We are in a"] or "")


def test_she_stands_for_the_titled_name_of_the_sentence_before_not_the_last_speaker() -> None:
    text = (
        "Bank economists weigh in\n\n"
        "\u201cThings reverse just when you think the economy is crumbling,\u201d said Tom Hale of the "
        "North Bank.\n\n"
        "Rates outlook: Harbor Capital\n\n"
        "Harbor Capital senior economist Ines Varga said the strength of the labour market raises the "
        "chance of a rate rise. She said the rebound will bring relief to the central bank.\n\n"
        "\u201cWhile wage growth slowed, the labour market presents a risk to the view that rates stay "
        "on hold,\u201d she said.\n"
    )
    assert speakers(text)["While wage growth slowed,"] == "Ines Varga"


def test_a_quote_after_a_sentence_closed_by_says_name_is_that_name() -> None:
    text = (
        "Who leads on climate now\n\n"
        "With the federal government absent, Borealia will have more sway at the summit, but the world "
        "should expect a different kind of leadership, says Chen. \u201cThey cannot expect Borealia to "
        "do exactly what the others do.\u201d\n"
    )
    assert speakers(text)["They cannot expect Borealia"] == "Chen"


def test_a_name_set_off_by_commas_before_told_is_the_speaker_not_the_office_before_it() -> None:
    text = (
        "Court hears final arguments\n\n"
        "On Tuesday, the Department of Foreign Affairs director-general, Sipho Ndlovu, told the court "
        "that \u201cthe people of the territory are being starved in full view of the world.\u201d\n"
    )
    assert speakers(text)["the people of the"] == "Sipho Ndlovu"


def test_a_participle_after_a_scare_quote_takes_the_sentence_subject() -> None:
    text = (
        "Delegation accuses the council\n\n"
        "Appearing before the tribunal, the Ruritanian delegation said the council acted with "
        "\u2018impunity\u2019 in the port, arguing that \u2018it does not care to fulfil its duties as an "
        "administering power\u2019.\n"
    )
    assert speakers(text)["it does not care"] == "the Ruritanian delegation"


def test_a_user_name_in_lower_case_with_digits_is_a_speaker() -> None:
    text = (
        "What the forum posts show\n\n"
        "The posts, by a user named harbor77, began in 2019. Shortly after a post about the strike, in "
        "June, harbor77 wrote, \u201cI am staying on to the end of my contract, and then I am done.\u201d\n\n"
        "\u201cThe union is always right,\u201d harbor77 posted. \u201cIf you think otherwise, you have not "
        "worked a night shift.\u201d\n"
    )
    found = speakers(text)
    assert found["I am staying on"] == "harbor77"
    assert found["The union is always"] == "harbor77"
    assert found["If you think otherwise,"] == "harbor77"


def test_a_quote_heading_takes_the_speaker_its_section_names_not_the_last_one() -> None:
    text = (
        "Economists weigh in on the jobs report\n\n"
        "\u201cA solid report by any measure,\u201d said Tom Hale, an economist at North Bank.\n\n"
        "\u2018Hard to put much faith in one month\u2019: Harbor Capital\n\n"
        "Ines Varga, head of research at Harbor Capital, was more cautious.\n\n"
        "She said the survey swings from month to month.\n\n"
        "\u201cGiven how noisy the survey is, it is hard to trust a single reading,\u201d said Varga.\n"
    )
    found = speakers(text)
    assert found["Hard to put much"] == "Ines Varga" and found["A solid report by"] == "Tom Hale"


def test_they_stands_for_one_named_person_the_story_calls_they() -> None:
    text = (
        "What the forum posts show\n\n"
        "The posts began in 2019. Later, Robin Vale changed their profile picture. Asked about the "
        "strike, Robin Vale said, \u201cAbsolutely not, and I never will.\u201d\n\n"
        "\u201cI have made my choice about the union,\u201d they said.\n"
    )
    assert speakers(text)["I have made my"] == "Robin Vale"


def test_they_stays_a_group_for_a_named_person_the_story_never_calls_they() -> None:
    text = (
        "Workers walk out\n\n"
        "The nurses left the ward at noon. Asked about the strike, Tom Hale said, \u201cNo comment at "
        "all, not today.\u201d\n\n"
        "\u201cWe have made our choice about the union,\u201d they said.\n"
    )
    assert speakers(text)["We have made our"] != "Tom Hale"


def test_a_surname_misspelled_inside_it_is_the_named_persons() -> None:
    text = (
        "Hiring picks up\n\n"
        "Royal Bank assistant chief economist Nathan Hollenbeck said the report was strong. Employers "
        "added 88,000 jobs in May.\n\n"
        "\u201cLooking ahead, the growth backdrop still faces headwinds,\u201d Hollenbek said.\n\n"
        "\u201cWe remain cautiously optimistic about the summer,\u201d Hallenbeck added.\n"
    )
    found = speakers(text)
    assert found["Looking ahead, the growth"] == "Nathan Hollenbeck"
    assert found["We remain cautiously optimistic"] == "Nathan Hollenbeck"


def test_a_surname_with_another_last_letter_or_a_plural_is_someone_else() -> None:
    text = (
        "A state visit\n\n"
        "President Hage Mbarob welcomed the delegation at noon.\n\n"
        "\u201cWe are honoured to host our friends from the north,\u201d Mbarod said. The Mbarobs hosted "
        "a dinner later.\n"
    )
    assert speakers(text)["We are honoured to"] != "Hage Mbarob"


def test_a_cue_coordinated_in_a_clause_after_before_takes_that_clause_subject() -> None:
    text = (
        "Ferry turns back in fog\n\n"
        "A harbour spokeswoman described the delay as \u201cbrief.\u201d\n\n"
        "For Tom Ellery, a commuter on the ferry, it felt like an age before the captain came on the "
        "radio and said: \u201cWe are heading back to port.\u201d\n"
    )
    assert speakers(text)["We are heading back"] == "the captain"
