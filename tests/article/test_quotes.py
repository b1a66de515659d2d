"""Direct quotes and their speakers: hand-written snippets, the seed wire story, and a property test."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.article.model import Quote
from bot.article.quotes import REPORTING_VERBS, extract_quotes
from bot.article.sentences import segment

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_afde03f68720c260.txt"


def quotes_of(text: str) -> tuple[Quote, ...]:
    paragraphs, sentences = segment(text)
    return extract_quotes(text, paragraphs, sentences)


def check_spans(text: str, quotes: tuple[Quote, ...]) -> None:
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is not None:
            assert quote.speaker_end is not None
            assert 0 <= quote.speaker_start <= quote.speaker_end <= len(text)
            assert text[quote.speaker_start : quote.speaker_end] == quote.speaker
        if quote.cue_start is not None:
            assert quote.cue_end is not None
            assert text[quote.cue_start : quote.cue_end] == quote.cue


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        # speaker after the quote
        ("“We will not back down,” said Maria Lopez.", "We will not back down,", "Maria Lopez", "said"),
        ("“We will not back down,” Maria Lopez said.", "We will not back down,", "Maria Lopez", "said"),
        (
            "“Prices will fall next year,” Tom Reed, the chief economist at Harbor Bank, said on Monday.",
            "Prices will fall next year,",
            "Tom Reed",
            "said",
        ),
        (
            '"The plant closes in June," a company spokesman said.',
            "The plant closes in June,",
            "a company spokesman",
            "said",
        ),
        (
            "“The bridge is safe to use,” Sen. Ann Cole (D-Ore.) told reporters.",
            "The bridge is safe to use,",
            "Sen. Ann Cole (D-Ore.)",
            "told",
        ),
        # speaker before the quote
        (
            "Mayor Ben Ortiz said: “The budget is balanced at last.”",
            "The budget is balanced at last.",
            "Mayor Ben Ortiz",
            "said",
        ),
        (
            "The health ministry said in a statement, “Vaccines are available in every district.”",
            "Vaccines are available in every district.",
            "The health ministry",
            "said",
        ),
        # according to
        (
            "According to the city auditor, “the accounts were never reconciled before 2020.”",
            "the accounts were never reconciled before 2020.",
            "the city auditor",
            "According to",
        ),
        # participle cue takes the sentence subject
        (
            "Governor Ellen Park vetoed the bill on Friday, saying it “would bankrupt the pension fund.”",
            "would bankrupt the pension fund.",
            "Governor Ellen Park",
            "saying",
        ),
        # the clause before a quote that ends on a full stop beats the next sentence's cue
        (
            "Ruth Adler insisted that the board “stop the merger now.” Analysts said the deal was dead.",
            "stop the merger now.",
            "Ruth Adler",
            "insisted",
        ),
    ],
)
def test_speaker_and_cue(text: str, quote: str, speaker: str, cue: str) -> None:
    quotes = quotes_of(text)
    check_spans(text, quotes)
    assert [q.text for q in quotes] == [quote]
    assert quotes[0].speaker == speaker
    assert quotes[0].cue == cue


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # pronoun -> the named speaker before it
        (
            "“We need more nurses,” said Dr. Alan Brooks.\n\n“The wards are full every night,” he added.",
            ["Dr. Alan Brooks", "Dr. Alan Brooks"],
        ),
        # pronoun -> subject earlier in the same sentence
        (
            "Nora Wells said she remembered thinking, “This cannot be the whole story.”",
            ["Nora Wells"],
        ),
        # second quote in the paragraph shares the speaker
        (
            "“The river rose fast,” said Carl Young. “By noon the road was gone.”",
            ["Carl Young", "Carl Young"],
        ),
        # no cue: the sentence subject
        (
            "Officials Jane Roe and John Poe today discussed “ways to cut the backlog of visa cases.”",
            ["Officials Jane Roe and John Poe"],
        ),
        # the source closes the quote's sentence; the phrase runs through the role to the name
        (
            "“We will win,” said Ann Cole.\n\nThe band did “everything in their powers” to stay on top,"
            " according to Q magazine editor Paul Rees.",
            ["Ann Cole", "Q magazine editor Paul Rees"],
        ),
        # a scare quote inside a noun phrase: the name and verb after it are not speaker and cue
        (
            "The head of the “failing” Child Support Agency widely reported to have resigned is in post.",
            [None],
        ),
        # a pronoun's antecedent is never a name inside the quote, nor an organisation
        (
            "The Child Support Agency was criticised.\n\n“Here comes Big Daddy,” she said, clapping.",
            ["she"],
        ),
    ],
)
def test_speaker_inference(text: str, speakers: list[str | None]) -> None:
    quotes = quotes_of(text)
    check_spans(text, quotes)
    assert [q.speaker for q in quotes] == speakers


def test_pronoun_span_points_at_antecedent() -> None:
    text = "“We need more nurses,” said Dr. Alan Brooks.\n\n“The wards are full every night,” she said."
    second = quotes_of(text)[1]
    assert second.speaker == "Dr. Alan Brooks"
    assert text[second.speaker_start : second.speaker_end] == "Dr. Alan Brooks"  # type: ignore[index]
    assert second.cue == "said"


def test_colon_block_attributes_following_paragraphs() -> None:
    text = (
        "The regional water board said in a post on X:\n"
        "“Supply will be restored by Thursday in all districts.\n"
        "“Residents should boil water until further notice.”\n"
        "Crews worked through the night.\n"
        "“Nothing to add on this,” a passer-by said."
    )
    quotes = quotes_of(text)
    check_spans(text, quotes)
    assert [q.speaker for q in quotes] == [
        "The regional water board",
        "The regional water board",
        "a passer-by",
    ]
    assert [q.channel for q in quotes[:2]] == ["post on X", "post on X"]


def test_multi_paragraph_quote_is_one_quote_per_paragraph_with_one_speaker() -> None:
    text = (
        "“We started with two trucks and a loan,” said Ida Novak.\n\n"
        "“Then the orders doubled every year, and the bank came to us\n\n"
        "“Now we employ three hundred people in this valley.”"
    )
    quotes = quotes_of(text)
    check_spans(text, quotes)
    assert [q.paragraph for q in quotes] == [0, 1, 2]
    assert quotes[1].text == "Then the orders doubled every year, and the bank came to us"
    assert {q.speaker for q in quotes} == {"Ida Novak"}


@pytest.mark.parametrize(
    ("text", "expected", "partial"),
    [
        (
            "Officials “discussed ongoing efforts to cut red tape” and boost trade.",
            "discussed ongoing efforts to cut red tape",
            True,
        ),
        ("He called the plan a so-called 'reform' of the tax code.", "reform", True),
        ("Critics called it a “disaster” for farmers.", "disaster", True),
        (
            "“The vote is final and we accept it,” said Ana Ruiz.",
            "The vote is final and we accept it,",
            False,
        ),
    ],
)
def test_partial(text: str, expected: str, partial: bool) -> None:
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == [expected]
    assert quotes[0].partial is partial


@pytest.mark.parametrize(
    "text",
    [
        "India’s exports rose in the ’90s and the players’ union didn't object.",
        "It's the company's view that rock 'n' roll's '80s era was its best.",
        "The Joneses’ house and Chris' car were sold.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert quotes_of(text) == ()


def test_straight_and_nested_quotes() -> None:
    text = "\"The sign said 'keep out' so we left,\" said Lee Wong. \"It was a 'private' road.\""
    quotes = quotes_of(text)
    check_spans(text, quotes)
    assert [q.text for q in quotes] == ["The sign said 'keep out' so we left,", "It was a 'private' road."]
    assert [q.speaker for q in quotes] == ["Lee Wong", "Lee Wong"]


def test_curly_single_quotes_outside_doubles_are_quotes() -> None:
    quotes = quotes_of("Voters say it is ‘all in their heads’ this year.")
    assert [q.text for q in quotes] == ["all in their heads"]


def test_unbalanced_quote_is_capped_at_its_paragraph() -> None:
    text = (
        "“This never closes, said Al Grey.\n\nThe next paragraph is plain.\n\n"
        "“Here is another,” said Bo Hart."
    )
    quotes = quotes_of(text)
    check_spans(text, quotes)
    assert [q.text for q in quotes] == ["This never closes, said Al Grey.", "Here is another,"]
    assert quotes[1].speaker == "Bo Hart"


def test_reopened_quote_does_not_swallow_the_rest() -> None:
    text = "“First part, he said. “Second part,” said Di Moss. Then the meeting ended."
    quotes = quotes_of(text)
    check_spans(text, quotes)
    assert [q.text for q in quotes] == ["First part, he said.", "Second part,"]


def test_no_quotes() -> None:
    assert quotes_of("A plain paragraph without any quotation.\n\nAnother one.") == ()


def test_reporting_verbs_is_a_named_constant() -> None:
    assert {"said", "told", "added", "according", "warned", "tweeted"} <= REPORTING_VERBS | {"according"}


# --------------------------------------------------------------------------- the seed wire story


@pytest.fixture(scope="module")
def seed() -> tuple[str, tuple[Quote, ...]]:
    text = SEED.read_text(encoding="utf-8")
    return text, quotes_of(text)


def test_seed_lead_partial_quote(seed: tuple[str, tuple[Quote, ...]]) -> None:
    _, quotes = seed
    lead = quotes[0]
    assert lead.paragraph == 0
    assert lead.partial
    assert lead.text.startswith("ongoing efforts to reduce barriers")
    assert lead.text.endswith("bilateral trade relationship")
    assert lead.speaker is not None and "Misri" in lead.speaker and "Landau" in lead.speaker


def test_seed_readout_block(seed: tuple[str, tuple[Quote, ...]]) -> None:
    text, quotes = seed
    readout = [q for q in quotes if q.paragraph in (2, 3)]
    assert len(readout) == 2
    assert readout[0].text.startswith("discussed ongoing efforts")
    assert readout[1].text.startswith("The Deputy Secretary also thanked")
    for quote in readout:
        assert quote.speaker is not None and quote.speaker.endswith("Tammy Bruce")
        assert quote.channel == "readout"
        assert text[quote.speaker_start : quote.speaker_end] == quote.speaker  # type: ignore[index]


def test_seed_mea_post_on_x(seed: tuple[str, tuple[Quote, ...]]) -> None:
    _, quotes = seed
    mea = [q for q in quotes if "@VikramMisri" in q.text or q.text.startswith("They spoke about")]
    assert len(mea) == 2
    for quote in mea:
        assert quote.speaker == "The MEA spokesperson"
        assert quote.channel == "post on X"
        assert quote.cue == "said"


def test_seed_has_no_apostrophe_quotes(seed: tuple[str, tuple[Quote, ...]]) -> None:
    text, quotes = seed
    assert len(quotes) == 5
    check_spans(text, quotes)


# --------------------------------------------------------------------------- robustness and speed

QUOTEY = st.lists(
    st.sampled_from([*"\"'“”‘’«» \n.,:;—-aAbZ0s", "\n\n", "said", " he said ", "Smith", "according to "]),
    max_size=120,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(QUOTEY, st.text(max_size=300)))
def test_any_text_is_safe(text: str) -> None:
    quotes = quotes_of(text)
    check_spans(text, quotes)
    starts = [q.start for q in quotes]
    assert starts == sorted(starts)


def timed_quotes(text: str, runs: int = 1) -> tuple[float, tuple[Quote, ...]]:
    """CPU seconds to extract a text's quotes (segmenting not counted; the fastest of `runs`), and the
    quotes. CPU time, not wall time, so a loaded machine does not stretch one side of a growth ratio."""
    paragraphs, sentences = segment(text)
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        quotes = extract_quotes(text, paragraphs, sentences)
        best = min(best, time.process_time() - started)
    return best, quotes


def test_linear_on_a_megabyte_of_unbalanced_marks() -> None:
    unit = "He said “ word word \"x 'y ’ said Smith, the foo, said: "
    timings = [timed_quotes(unit * 2_000, runs=3)[0], timed_quotes(unit * 16_000)[0]]  # the larger ~1 MB
    assert timings[1] < 5.0
    assert timings[1] < 8 * timings[0] * 3  # 8x the text, well under quadratic growth


def test_transcript_labels_and_roundup_signatures_name_the_speaker() -> None:
    from bot.article.parse import parse

    text = (
        "Hearing transcript, part two of the session held in the capital.\n\n"
        "MR. O'NEIL: \u201cWe never agreed to those terms at any point,\u201d he read from the letter.\n\n"
        "What readers said about the plan this week:\n\n"
        "\u201cIt is the best plan the city has had in years.\u201d\n\n"
        "\u2014 Dana Cole, The Daily Star\n\n"
        "\u201cI do not think it will work at all, frankly.\u201d\n\n"
        "\u2014 Sam Reed, Metro News"
    )
    speakers = [q.speaker for q in parse(text).quotes]
    assert speakers == ["MR. O'NEIL", "Dana Cole", "Sam Reed"]


def test_a_time_is_never_a_speaker() -> None:
    from bot.article.parse import parse

    text = "\u201cWe will win the vote and then we will govern,\u201d the past week said nothing of it."
    assert all(q.speaker != "the past week" for q in parse(text).quotes)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "he" is one person: never the plural speaker of the quote before
        (
            "Ruth Kemp said nurses told the family: \u201cWe have done all we can.\u201d\n\n"
            "Dan Abel said he had to tell the town himself.\n\n"
            "\u201cIt was the hardest thing I have ever had to say in public,\u201d he recalled.",
            "Dan Abel",
        ),
        # the subject of the sentence before, after a short opener
        (
            "Scholars disagree about the plan. However, Ines Varga doubts that it matters.\n\n"
            "\u201cThis changes very little for the people who live there,\u201d she says.",
            "Ines Varga",
        ),
        # the speaker of a speech verb inside the sentence before
        (
            "Sales are slow in many towns, including Elmira, where agent Joe Pike said buyers wait.\n\n"
            "\u201cThe prices are simply too high for most families,\u201d he said.",
            "Joe Pike",
        ),
        # "it" is an organisation, not the person nearby
        (
            "Analyst Mia Stone left early. Acme Research, a Lagos research firm, says growth will slow. "
            "\u201cA country like ours will be hurt by the falling price,\u201d it says.",
            "Acme Research",
        ),
        # "she" is a singular role before a preposition, not a heading or a plural subject
        (
            "Federal workers are not joining the strike.\n\n"
            "The workers are not aiming to disrupt travel, spokeswoman Ann Roe said.\n\n"
            "\u201cThey do want to gain public support,\u201d she said.",
            "Ann Roe",
        ),
        # the phrase runs on past "for the": a spokeswoman, not the union
        (
            "The strikers are not aiming to disrupt travel, a spokeswoman for the Bakers Union said.\n\n"
            "\u201cThey do want to win public support,\u201d she said.",
            "a spokeswoman for the Bakers Union",
        ),
        # "they" is a group: the coordination of the sentence before, not the last plural speaker
        (
            "\u201cWe were told nothing of any use at the briefing,\u201d the senators wrote.\n\n"
            "Olsen and his colleagues asked for answers by May 10.\n\n"
            "\u201cThe agency must protect the people who rely on it,\u201d they wrote.",
            "Olsen and his colleagues",
        ),
        # the subject named before an appositive and a copula, past a long quote and pronoun sentences
        (
            "Ruiz, one of the mayor's oldest friends, was one of the people who saw him last. He said they "
            "were called in at five. He said the doctors spoke first.\n\n"
            "\u201cIt gave us hope. I looked at his face. I wanted to leave with hope. I was sure of it. "
            "I told my wife. She agreed with me.\n\n"
            "\u201cI may be wrong, but it was a very difficult time for all of us,\u201d he said.",
            "Ruiz",
        ),
    ],
)
def test_pronouns_stand_for_a_compatible_earlier_speaker(text: str, speaker: str) -> None:
    quotes = [q for q in quotes_of(text) if not q.partial]
    assert quotes[-1].speaker == speaker


def test_a_role_phrase_is_not_cut_at_its_preposition() -> None:
    text = "\u201cWe will keep talking to the airport about pay,\u201d a spokeswoman for the union said."
    assert quotes_of(text)[0].speaker == "a spokeswoman for the union"


@pytest.mark.parametrize(
    "text, speaker, members",
    [
        (
            "Sens. Ada Brill, Tom Okafor and Lena Marsh wrote in a letter: \u201cWe urge the agency to "
            "act on this matter without delay.\u201d",
            "Sens. Ada Brill, Tom Okafor and Lena Marsh",
            ("Ada Brill", "Tom Okafor", "Lena Marsh"),
        ),
        (
            "Sen. Ada Brill and Sen. Tom Okafor said in a statement: \u201cThis is a great day for the "
            "families of the valley.\u201d",
            "Sen. Ada Brill and Sen. Tom Okafor",
            ("Ada Brill", "Tom Okafor"),
        ),
        # "they" after a group is the group
        (
            "Governor Ada Brill met the farmers on Monday.\n\nBrill and her aides asked for answers by "
            "May 10.\n\n\u201cFamilies cannot wait another season for this,\u201d they wrote.",
            "Brill and her aides",
            ("Ada Brill",),
        ),
        # a name before a role is one speaker, not a group
        (
            "\u201cWe will look at it closely,\u201d Brill spokesman Tom Okafor said after Ada Brill spoke.",
            "Tom Okafor",
            (),
        ),
    ],
)
def test_a_group_of_speakers_names_each_member(text: str, speaker: str, members: tuple[str, ...]) -> None:
    from bot.article.parse import parse

    quote = parse(text).quotes[0]
    assert (quote.speaker, quote.speakers) == (speaker, members)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the statement is its issuer's, named before it with an acronym
        (
            "A jet returned to the airport on Tuesday, Nordic Coastal Airways (NCA) said in a statement.\n\n"
            "\u201cThe crew learned that a passenger had boarded the wrong plane,\u201d the statement said.",
            "Nordic Coastal Airways",
        ),
        # the airline that spoke before, by its long name
        (
            "Nordic Coastal Airways (NCA) flew the jet back. NCA said it was looking into the error.\n\n"
            "\u201cWe take great pride in our service and we failed here,\u201d the airline said.",
            "Nordic Coastal Airways",
        ),
        # a person's statement is the person's
        (
            "Governor Ada Brill said in a statement that the bridge would reopen.\n\n"
            "\u201cThe repairs are finished and the bridge is safe again,\u201d the statement said.",
            "Ada Brill",
        ),
        # the issuer after the document, an email its writer's, "the company" the company that spoke
        (
            "\u201cWe regret the delay to passengers,\u201d said a statement from Nordic Coastal Airways.",
            "Nordic Coastal Airways",
        ),
        (
            "Tom Okafor, the chief executive, wrote an email to staff on Monday.\n\n"
            "\u201cWe regret the delay to our passengers,\u201d the email said.",
            "Tom Okafor",
        ),
        (
            "Acme Holdings said on Monday that sales fell.\n\n"
            "\u201cWe expect a better year for our customers,\u201d the company said in a statement.",
            "Acme Holdings",
        ),
        # no issuer in the text: the document as the text gives it, never a person nearby
        (
            "Governor Ada Brill visited the plant on Monday.\n\n"
            "\u201cThe company has made serious mistakes in its filings,\u201d lobbying disclosures show.",
            "lobbying disclosures",
        ),
        (
            "Governor Ada Brill spoke at noon.\n\n"
            "\u201cWe regret the delay to all of our passengers today,\u201d the email said.",
            "the email",
        ),
        # a class noun that fits no organisation that spoke stays as it is
        (
            "The Tolland Bakers Union said it would strike.\n\n"
            "\u201cWe take great pride in our service and we failed here,\u201d the airline said.",
            "the airline",
        ),
        # "It described X as": the document before, not X
        (
            "\u201cOnly after the report came out did the bureau take action,\u201d the letter stated.\n\n"
            "It described the sites as part of \u201cbroader efforts to undermine national security.\u201d",
            "the letter",
        ),
    ],
)
def test_documents_and_organisations_are_named_by_their_issuer(text: str, speaker: str) -> None:
    from bot.article.parse import parse

    article = parse(text)
    quote = article.quotes[-1]
    assert quote.speaker == speaker
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert article.text[quote.speaker_start : quote.speaker_end] in {speaker, "NCA"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a subject pronoun ends the phrase: not "the video he"
        (
            "Tom Okafor filmed himself at home. In the video he says, \u201cIt is nice to wake up and see "
            "all of you here.\u201d",
            "Tom Okafor",
        ),
        # a passive cue's subject heard the words: the document it opens in said them
        (
            "Ada Brill was advised to wait. In one briefing note she was warned that \u201cthe exam is one "
            "that nobody will ever fail\u201d and more.",
            "one briefing note",
        ),
        # or its agent
        (
            "She was told by Tom Okafor that \u201cthe exam is one that nobody will ever fail.\u201d",
            "Tom Okafor",
        ),
    ],
)
def test_the_speaker_is_not_the_hearer_nor_a_phrase_around_a_pronoun(text: str, speaker: str) -> None:
    from bot.article.parse import parse

    assert parse(text).quotes[-1].speaker == speaker


def test_pronoun_walks_stay_linear_on_one_long_paragraph_of_speech() -> None:
    """A speech excerpt of thousands of quoted sentences, each "he said" walking back for a subject."""
    unit = "\u201cWe will go on. We will not stop,\u201d he said. \u201cThey said so,\u201d they said. "
    small, _ = timed_quotes("Tom Okafor spoke at noon. " + unit * 500, runs=3)
    large, quotes = timed_quotes("Tom Okafor spoke at noon. " + unit * 4_000)
    timings = [small, large]
    assert quotes[0].speaker == "Tom Okafor"
    assert timings[1] < 8 * timings[0] * 3  # 8x the text, well under quadratic growth


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a pronoun subject of the same sentence is no antecedent
        (
            "Ines Varga doubted the plan all spring.\n\n"
            "She therefore had \u201cno option but to go ahead with it\u201d, she told aides.",
            "Ines Varga",
        ),
        # a cue verb before an infinitive is no cue ("She said that ...", not Okafor)
        (
            "Ada Brill, the chair, said the founder would stay on the board.\n\n"
            "She said that Tom Okafor will continue to provide "
            "\u201chis unique insights and his long experience,\u201d "
            "and that the board trusts him.",
            "Ada Brill",
        ),
        # a question above names the speaker of the quote below
        (
            "Tom Okafor shoved Ada Brill after the play.\n\n"
            "\u201cShe will say it was an accident, but we will see,\u201d Okafor said.\n\n"
            "What did Brill say after the play?\n\n"
            "\u201cI was running off the field and I did not see him at all.\u201d",
            "Brill",
        ),
        # he is never a named body (unresolved rather than "The House Committee")
        (
            "The House Committee met on Monday to hear the case.\n\n"
            "\u201cWe will not stop until the truth is known to all,\u201d he said.",
            "he",
        ),
    ],
)
def test_the_last_quote_has_the_speaker_a_reader_sees(text: str, speaker: str) -> None:
    assert quotes_of(text)[-1].speaker == speaker
