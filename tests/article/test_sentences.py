import pytest

from bot.article.sentences import segment


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        (
            "George W. Bush spoke on Jan. 5 in Texas. Then he left.",
            ["George W. Bush spoke on Jan. 5 in Texas.", "Then he left."],
        ),
        (
            "He lives at No. 10 Downing Street. No. It is not.",
            ["He lives at No. 10 Downing Street.", "No.", "It is not."],
        ),
        ("“We will win.” She smiled. Why? Because.", ["“We will win.”", "She smiled.", "Why?", "Because."]),
        ("Prices rose 2.5 percent. Stocks fell.", ["Prices rose 2.5 percent.", "Stocks fell."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    _, sentences = segment(text)
    assert [s.text for s in sentences] == expected


def test_paragraphs_by_line_or_blank_line() -> None:
    wire = "First paragraph here.\nSecond one.\nThird."
    assert [p.text for p in segment(wire)[0]] == ["First paragraph here.", "Second one.", "Third."]
    wrapped = "A soft wrapped\nparagraph goes on.\n\nAnother one."
    assert [p.text for p in segment(wrapped)[0]] == ["A soft wrapped\nparagraph goes on.", "Another one."]
    captioned = (
        "Rates rise\n\nThe bank raised its rates on Tuesday after prices rose faster than it had expected all"
        " year.\nA trader works on the floor in London on Tuesday. (Photo: Ann Lee/Wire)\nIts governor said"
        " more increases could follow if prices do not slow down by the end of the summer holidays."
    )
    assert len(segment(captioned)[0]) == 4  # long lines are a paragraph each, a caption's bracket too
    crlf = "One.\r\n\r\nTwo."
    assert [p.text for p in segment(crlf)[0]] == ["One.", "Two."]


def test_spans_index_the_text(seed_text: str) -> None:
    paragraphs, sentences = segment(seed_text)
    for fact in (*paragraphs, *sentences):
        assert seed_text[fact.start : fact.end] == fact.text
    assert all(s.paragraph < len(paragraphs) for s in sentences)


def test_hard_wrapped_paragraphs_are_read_back_whole() -> None:
    wrapped = (
        "The central bank raised its main rate\nby half a point on Tuesday, the third\nincrease this year.\n"
        "Analysts had expected the move, which\nfollows a jump in prices."
    )
    assert [p.text.replace("\n", " ") for p in segment(wrapped)[0]] == [
        "The central bank raised its main rate by half a point on Tuesday, the third increase this year.",
        "Analysts had expected the move, which follows a jump in prices.",
    ]
    indented = "HEADLINE HERE\n    First paragraph that runs\non to a second line.\n    Second one."
    assert [p.text.split()[0] for p in segment(indented)[0]] == ["HEADLINE", "First", "Second"]
    headers = "Rates rise\nBy Jane Doe\nJAKARTA (Reuters) - The bank raised its rates."
    assert len(segment(headers)[0]) == 3  # short lines that never run on stay lines
