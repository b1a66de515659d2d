"""Extractive summary, gist and key points on small hand-written articles and the seed wire story."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import lexicon
from bot.article.model import Sentence, Summary
from bot.article.sentences import segment
from bot.article.summary import GIST_MAX_CHARS, summarize

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_afde03f68720c260.txt"

HARBOUR = """\
Port City, May 4 (PTI) The city council voted on Tuesday to rebuild the flooded harbour wall at a cost of \
$40 million, ending a two-year dispute over who should pay for the repairs.
According to a statement from the mayor's office:
"The harbour wall will be rebuilt at a cost of $40 million, ending the two-year dispute over the \
repairs," the statement said.
Engineers said the old wall had been weakened by three winter storms and could collapse within five years.
Fishing crews, who lost boats when the wall failed last winter, welcomed the decision but asked for \
faster work.
The council will borrow most of the money from a regional infrastructure fund and repay it over twenty years.
Opposition members argued that the port operator, not local taxpayers, should carry the full cost of \
the repairs.
Construction is expected to start in September and to finish before the storm season of 2027.
(Reporting by Jane Doe; Editing by John Roe)
Read the rest here.
PTI AB
"""

ELECTION = """\
Voters in the northern province chose a new governor on Sunday after a campaign dominated by water shortages.
The winner, a former irrigation engineer, promised to build two reservoirs and to repair leaking canals.
Turnout reached 61 percent, the highest level recorded in the province for more than a decade.
Farmers said the shortages had cut their harvests by a third over the last three summers.
The outgoing governor, who served two terms, congratulated his successor in a short televised address.
Analysts expect the new administration to ask the national government for emergency funding next month.
"""


def _sentences_text(text: str, indices: tuple[int, ...]) -> list[str]:
    _, sentences = segment(text)
    return [sentences[i].text for i in indices]


def _summary(text: str, **kwargs: object) -> Summary:
    paragraphs, sentences = segment(text)
    return summarize(paragraphs, sentences, **kwargs)  # type: ignore[arg-type]


def test_attribution_lines_and_signoffs_are_never_chosen() -> None:
    _, sentences = segment(HARBOUR)
    for n in range(1, len(sentences) + 1):
        summary = _summary(HARBOUR, n=n)
        chosen = _sentences_text(HARBOUR, summary.sentences) + _sentences_text(HARBOUR, summary.key_points)
        for text in chosen:
            assert not text.endswith(":")
            assert "Reporting by" not in text
            assert "Read the rest" not in text
            assert text != "PTI AB"


def test_a_short_promotion_line_is_never_chosen_by_the_page_furniture_openers() -> None:
    """The openers the parse types page furniture by (page_furniture.txt), each a whole word: "Get the app"
    and "Follow ..." are no summary material; "Shares in ..." is news."""
    text = (
        "The port operator said on Monday that profits fell by a third in the first half of the year.\n"
        "Shares in the port operator fell 4% on the news.\n"
        "Follow the Tarrow Herald on X for updates.\n"
        "Get the app for live results.\n"
        "Analysts expect the operator to cut its dividend when it reports again in September.\n"
    )
    _, sentences = segment(text)
    chosen = _sentences_text(text, _summary(text, n=len(sentences)).sentences)
    assert "Shares in the port operator fell 4% on the news." in chosen
    assert not any(line.startswith(("Follow", "Get the app")) for line in chosen)


def test_redundant_quote_repeating_the_lead_is_avoided() -> None:
    summary = _summary(HARBOUR, n=3)
    chosen = _sentences_text(HARBOUR, summary.sentences)
    assert any(text.startswith("Port City") for text in chosen)
    assert not any(text.startswith('"The harbour wall') for text in chosen)


def test_n_is_respected_and_indices_are_distinct() -> None:
    for n in (0, 1, 2, 3, 5):
        summary = _summary(ELECTION, n=n)
        assert len(summary.sentences) == n
        assert len(set(summary.sentences)) == n


def test_sentences_are_ranked_best_first_not_in_document_order() -> None:
    ranked = _summary(ELECTION, n=6).sentences
    assert ranked[0] == 0  # the lead is the best sentence here
    assert ranked != tuple(sorted(ranked))  # ...but the rest is by score, not by position


def test_title_overlap_moves_a_sentence_up() -> None:
    untitled = _summary(ELECTION, n=6).sentences
    titled = _summary(ELECTION, n=6, title="Farmers' harvests cut by a third by water shortages").sentences
    farmers = 3
    assert titled.index(farmers) < untitled.index(farmers)


def test_gist_strips_the_dateline_and_fits_one_line() -> None:
    offset = HARBOUR.index("(PTI) ") + len("(PTI) ")
    for lead_offset in (offset, 0):  # 0: the summarizer finds the wire dateline itself
        gist = _summary(HARBOUR, lead_offset=lead_offset).gist
        assert gist.startswith("The city council voted")
        assert "\n" not in gist
        assert len(gist) <= GIST_MAX_CHARS


def test_long_gist_is_cut_at_a_word_boundary() -> None:
    text = " ".join(["The committee approved the long-awaited regional transport plan"] * 8) + "."
    gist = _summary(text).gist
    assert len(gist) <= GIST_MAX_CHARS
    assert gist.endswith("...")
    assert gist[:-3].split()[-1] in text.split()


def test_key_points_are_three_to_five_in_document_order_with_a_number() -> None:
    for text in (HARBOUR, ELECTION):
        points = _summary(text).key_points
        assert 3 <= len(points) <= 5
        assert list(points) == sorted(set(points))
        assert any(any(ch.isdigit() for ch in t) for t in _sentences_text(text, points))


def test_empty_and_one_sentence_inputs() -> None:
    assert summarize((), ()) == Summary()
    one = "The bridge reopened to traffic on Friday after six months of repairs."
    summary = _summary(one)
    assert summary.sentences == (0,)
    assert summary.key_points == (0,)
    assert summary.gist == one


def test_deterministic() -> None:
    assert _summary(HARBOUR, title="Harbour wall rebuilt") == _summary(HARBOUR, title="Harbour wall rebuilt")


@pytest.fixture(scope="module")
def seed() -> tuple[str, Summary]:
    text = SEED.read_text(encoding="utf-8")
    paragraphs, sentences = segment(text)
    lead_offset = text.index("(UNI) ") + len("(UNI) ")
    return text, summarize(paragraphs, sentences, lead_offset=lead_offset)


def test_seed_gist_is_the_lead_without_dateline(seed: tuple[str, Summary]) -> None:
    _, summary = seed
    assert not summary.gist.startswith("Washington")
    assert summary.gist.startswith("Foreign Secretary")
    assert "Deputy Secretary" in summary.gist
    assert "discussed" in summary.gist
    assert "trade" in summary.gist


def test_seed_summary_skips_readout_line_and_signoff(seed: tuple[str, Summary]) -> None:
    text, summary = seed
    chosen = _sentences_text(text, summary.sentences) + _sentences_text(text, summary.key_points)
    assert len(summary.sentences) == 3
    assert 3 <= len(summary.key_points) <= 5
    for sentence in chosen:
        assert not sentence.startswith("According to a readout")
        assert "UNI RN" not in sentence
        assert not sentence.endswith(":")


_SENTENCE_TEXT = st.text(
    alphabet=st.sampled_from(list("abcdefgh ABC.,:;!?\"“”'’0123456789\n-()")), min_size=0, max_size=80
)


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(_SENTENCE_TEXT, max_size=12),
    paragraphs=st.lists(st.integers(min_value=0, max_value=3), max_size=12),
    title=st.none() | _SENTENCE_TEXT,
    lead_offset=st.integers(min_value=0, max_value=200),
    n=st.integers(min_value=0, max_value=6),
)
def test_any_sentences_give_valid_indices(
    texts: list[str], paragraphs: list[int], title: str | None, lead_offset: int, n: int
) -> None:
    sentences = []
    position = 0
    for i, text in enumerate(texts):
        paragraph = paragraphs[i] if i < len(paragraphs) else 0
        sentences.append(
            Sentence(start=position, end=position + len(text), text=text, index=i, paragraph=paragraph)
        )
        position += len(text) + 1
    summary = summarize((), sentences, title=title, lead_offset=lead_offset, n=n)
    valid = set(range(len(sentences)))
    assert set(summary.sentences) <= valid
    assert len(summary.sentences) <= n
    assert len(set(summary.sentences)) == len(summary.sentences)
    assert set(summary.key_points) <= valid
    assert list(summary.key_points) == sorted(set(summary.key_points))
    assert len(summary.key_points) <= 5
    assert "\n" not in summary.gist
    assert len(summary.gist) <= GIST_MAX_CHARS


@pytest.mark.parametrize(
    "opener", [phrase for phrase, where in lexicon.rows("signoff_phrases") if where == "start"]
)
def test_every_credit_opener_of_the_signoff_phrases_keeps_its_line_out_of_the_summary(opener: str) -> None:
    """The summary reads its credit openers from signoff_phrases.tsv, the rows the provenance's signoff
    rule reads, so a line one opens ("Edited by ...", "Source: ...") is never summary material."""
    credit = f"{opener.capitalize()} Jane Doe and the harbour desk at the Port City Times"
    text = ELECTION + credit + "\n"
    _, sentences = segment(text)
    for n in range(1, len(sentences) + 1):
        summary = _summary(text, n=n)
        chosen = _sentences_text(text, summary.sentences) + _sentences_text(text, summary.key_points)
        assert not any("Jane Doe" in sentence for sentence in chosen), opener
