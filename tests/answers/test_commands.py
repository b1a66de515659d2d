"""`/article ...` answers over the hand-built tiny article: right facts, right order, every item cited."""

from __future__ import annotations

import pytest

from bot.answers import Answer, answer_command
from bot.article.model import Article
from bot.article.parse import parse


def assert_cited(answer: Answer, article: Article) -> None:
    """Each citation is a real sentence, and each highlight lies inside a cited sentence."""
    for item in answer.items:
        assert item.citations, item
        for citation in item.citations:
            sentence = article.sentences[citation.sentence]
            assert citation.text == sentence.text == article.text[citation.start : citation.end]
            assert citation.paragraph == sentence.paragraph
        if item.highlight:
            start, end = item.highlight
            assert item.citations[0].start <= start and end <= item.citations[-1].end


@pytest.mark.parametrize("command", ["summary", "quotes", "dates", "who", "source", "who Jane Doe"])
def test_every_item_is_cited(tiny: Article, command: str) -> None:
    answer = answer_command(command, tiny)
    assert answer.items
    assert_cited(answer, tiny)


@pytest.mark.parametrize("text", ["", "   ", "help", "nonsense", "quotes-by", "/article", "¿qué?"])
def test_unknown_or_empty_text_is_help(tiny: Article, text: str) -> None:
    answer = answer_command(text, tiny)
    assert answer.kind == "help"
    labels = [item.label or "" for item in answer.items]
    assert any(label.startswith("/article dates") for label in labels)
    assert any(label.startswith("/article quotes") for label in labels)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", ["Prices will fall by March,", "Inflation is sticky,", "We will not cut rates,"]),
        ("Jane Doe", ["Prices will fall by March,"]),
        ("doe", ["Prices will fall by March,"]),
        ("@janedoemp", ["Prices will fall by March,"]),
        ("finance minister", ["Prices will fall by March,"]),
        ("Smith", ["Inflation is sticky,", "We will not cut rates,"]),
        ("JOHN", ["Inflation is sticky,", "We will not cut rates,"]),
        ("bank governor", ["Inflation is sticky,", "We will not cut rates,"]),
    ],
)
def test_quotes_filter_by_name_surname_handle_role(tiny: Article, query: str, expected: list[str]) -> None:
    answer = answer_command(f"quotes {query}", tiny)
    assert answer.kind == "quotes"
    assert [item.text for item in answer.items] == expected


def test_quote_items_name_the_resolved_speaker(tiny: Article) -> None:
    items = answer_command("quotes smith", tiny).items
    assert {item.label for item in items} == {"John Smith"}
    assert answer_command("quotes doe", tiny).items[0].detail == "via a post on X"


def test_a_speaker_known_only_as_a_pronoun_is_shown_as_unnamed() -> None:
    article = parse("The vote was close on Monday.\n\n“We did it,” she said, smiling at the crowd.")
    assert [item.label for item in answer_command("quotes", article).items] == ["Unnamed (she)"]
    assert "she" not in {item.label.lower() for item in answer_command("who", article).items}


def test_quotes_from_an_unknown_speaker_abstain_with_a_hint(tiny: Article) -> None:
    answer = answer_command("quotes Napoleon", tiny)
    assert answer.kind == "abstain"
    assert "Napoleon" in answer.title
    assert answer.footer


def test_dates_are_a_timeline_oldest_first(tiny: Article) -> None:
    answer = answer_command("dates", tiny)
    assert answer.kind == "dates"
    assert [item.label for item in answer.items] == ["Jan 3, 2025", "Jan 5, 2025", "Mar 25-29, 2025"]
    assert [item.text for item in answer.items] == [
        "Smith told reporters",
        "Finance Minister Jane Doe said",
        "A trade summit runs",
    ]


def test_who_lists_roles_and_quote_counts(tiny: Article) -> None:
    answer = answer_command("who", tiny)
    by_name = {item.label: item for item in answer.items}
    assert list(by_name) == ["John Smith", "Jane Doe"]  # most quoted first
    assert by_name["John Smith"].text == "Bank governor"
    assert "quoted 2 times" in (by_name["John Smith"].detail or "")
    assert "quoted once" in (by_name["Jane Doe"].detail or "")


def test_who_one_person_shows_profile_then_their_quotes(tiny: Article) -> None:
    answer = answer_command("who smith", tiny)
    assert answer.title == "John Smith"
    assert answer.items[0].text == "Bank governor"
    assert [item.text for item in answer.items[1:]] == ["Inflation is sticky,", "We will not cut rates,"]


def test_source_reports_dateline_agency_and_how_the_date_was_found(tiny: Article) -> None:
    answer = answer_command("source", tiny)
    items = {item.label: item for item in answer.items}
    assert items["Dateline"].text == "London"
    assert items["Agency"].text == "Reuters"
    assert items["Byline"].text == "Ann Lee"
    assert items["Published"].text == "Jan 5, 2025"
    assert items["Published"].detail == tiny.provenance.explanation
    assert items["Published"].citations[0].sentence == 0


def test_summary_uses_summary_sentences_in_reading_order(tiny: Article) -> None:
    answer = answer_command("summary", tiny)
    assert answer.intro == tiny.summary.gist
    assert [item.citations[0].sentence for item in answer.items] == [0, 2]


def test_summary_falls_back_to_the_lead(tiny: Article) -> None:
    bare = tiny.model_copy(update={"summary": type(tiny.summary)()})
    answer = answer_command("summary", bare)
    assert [item.citations[0].sentence for item in answer.items] == [0, 1, 2]


def test_an_empty_model_gives_friendly_empty_answers(tiny: Article) -> None:
    bare = Article(text=tiny.text, paragraphs=tiny.paragraphs, sentences=tiny.sentences)
    for command in ("quotes", "dates", "who", "source"):
        answer = answer_command(command, bare)
        assert answer.items == ()
        assert answer.intro


def test_a_date_event_cut_at_the_length_limit_is_marked_as_cut() -> None:
    clause = "ministers from eleven coastal states and three landlocked neighbours debated " * 3
    article = parse(f"On Jan 3, 2025 {clause}the shared fisheries budget for the coming decade.")
    (item,) = answer_command("dates", article).items
    assert item.text.endswith("…") and len(item.text) <= 142
    short = parse("On Jan 3, 2025 ministers met.")
    assert not answer_command("dates", short).items[0].text.endswith("…")


GROUP_STORY = (
    "Sens. Ada Brill, Tom Okafor and Lena Marsh wrote to the agency on Monday.\n\n"
    "\u201cWe urge the agency to act on this matter without delay,\u201d Sens. Ada Brill, Tom Okafor "
    "and Lena Marsh wrote.\n\n"
    "\u201cThe rules have to change before the winter,\u201d Okafor said.\n\n"
    "Brill and her colleagues asked for answers by May 10.\n\n"
    "\u201cFamilies cannot wait another season for this,\u201d they wrote."
)


def test_who_credits_a_group_quote_to_each_named_member() -> None:
    article = parse(GROUP_STORY)
    by_name = {item.label: item for item in answer_command("who", article).items}
    assert set(by_name) == {"Ada Brill", "Tom Okafor", "Lena Marsh"}  # no "Quoted speaker" for the group
    assert "quoted 2 times" in (by_name["Tom Okafor"].detail or "")  # the group's quote and his own
    assert "quoted 2 times" in (by_name["Ada Brill"].detail or "")  # the group's, and "they" (her group)
    assert "quoted once" in (by_name["Lena Marsh"].detail or "")
    marsh = answer_command("who Marsh", article).items[1:]
    assert [item.text for item in marsh] == ["We urge the agency to act on this matter without delay,"]
    assert marsh[0].label == "Sens. Ada Brill, Tom Okafor and Lena Marsh"  # the group, as the story names it
    assert len(answer_command("quotes Marsh", article).items) == 1


def test_who_credits_a_role_reference_to_the_person_given_that_role() -> None:
    article = parse(
        "Trade Minister Rosa Albescu met the farmers on Monday.\n\n"
        "\u201cWe will sign the deal before the end of the year,\u201d the minister said."
    )
    assert article.quotes[0].speaker == "the minister"  # the text's phrase, linked by its role mention
    by_name = {item.label: item for item in answer_command("who", article).items}
    assert set(by_name) == {"Rosa Albescu"}
    assert "quoted once" in (by_name["Rosa Albescu"].detail or "")
    assert [item.label for item in answer_command("quotes", article).items] == ["Rosa Albescu"]


VOICES_STORY = (
    "Dock workers at the Port of Tarrow went on strike on Monday over pay.\n\n"
    "Tarrow Shipping Corp. and Harbour Freight Group both said they had plans to avoid delays.\n\n"
    "\u201cWe are working with our partners to keep cargo moving,\u201d Tarrow said in a statement.\n\n"
    "\u201cThe strike will not last long,\u201d a spokeswoman for the port authority said.\n\n"
    "\u201cTalks are under way with every union,\u201d the memo said.\n\n"
    "Dock workers also marched in Paris on Tuesday. \u201cWe are watching closely,\u201d Paris said."
)


def test_who_says_what_a_quoted_voice_is_when_it_is_no_person() -> None:
    by_label = {item.label: item.text for item in answer_command("who", parse(VOICES_STORY)).items}
    assert by_label["Tarrow"] == "Organisation: Tarrow Shipping Corp"
    assert by_label["a spokeswoman for the port authority"] == "Unnamed speaker"
    assert by_label["the memo"] == "Document"
    assert by_label["Paris"].startswith("Place")


def test_quotes_leaves_out_a_scare_quote_no_one_said() -> None:
    story = (
        "The bill, sometimes called a \u201ccromnibus\u201d by staff, passed on Tuesday.\n\n"
        "\u201cThis is a good day for the agency and its people,\u201d Senator Ada Brill said."
    )
    answer = answer_command("quotes", parse(story))
    assert [item.label for item in answer.items] == ["Ada Brill"]
    alone = answer_command("quotes", parse(story.split("\n\n")[0]))
    assert not alone.items and alone.intro == "This article has no direct quotations."


def test_who_shows_no_neighbouring_words_as_a_role() -> None:
    story = (
        "Rahane failed to get on top of a cut shot off Johnson that flew to Chris Rogers at point.\n\n"
        "With his second delivery Ryan Harris dismissed Shikhar Dhawan.\n\n"
        "Emergency management coordinator Dale Robinson said the roads were closed.\n\n"
        "Brendan Lynch, along with a team of officials, is in India this week."
    )
    roles = {item.label: item.text for item in answer_command("who", parse(story)).items}
    assert roles["Ryan Harris"] == "No role given"
    assert roles["Dale Robinson"] == "Emergency management coordinator"
    assert "along" not in roles["Brendan Lynch"]
    assert all("cut shot" not in role for role in roles.values())
