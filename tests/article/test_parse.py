"""The whole parse on the seed wire story (facts read by hand) and on input that is no article."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.article import Article, ArticleError, parse
from bot.article.export import to_json


def person(article: Article, name: str):
    return next(p for p in article.people if p.name == name)


def test_seed_provenance(seed: Article) -> None:
    provenance = seed.provenance
    assert provenance.dateline is not None
    assert provenance.dateline.places == ("Washington", "New Delhi")
    assert provenance.agency == "UNI"
    assert seed.published == date(2025, 3, 28)
    assert provenance.published_source == "text"  # no year in the dateline; 2025 is in the text
    assert "2025" in provenance.explanation
    assert provenance.signoff is not None and provenance.signoff.text == "UNI RN"


def test_seed_people_and_roles(seed: Article) -> None:
    names = [p.name for p in seed.people]
    assert names == ["Vikram Misri", "Christopher Landau", "Tammy Bruce", "Brendan Lynch"]
    assert "Foreign Secretary" in person(seed, "Vikram Misri").roles
    assert "US Deputy Secretary of State" in person(seed, "Christopher Landau").roles
    assert "US State Department Spokesperson" in person(seed, "Tammy Bruce").roles
    assert (
        "Assistant US Trade Representative for South and Central Asia" in person(seed, "Brendan Lynch").roles
    )
    assert person(seed, "Tammy Bruce").organisation == "US State Department"
    assert person(seed, "Brendan Lynch").country == "United States"


def test_seed_mentions_link_short_forms_roles_and_handles(seed: Article) -> None:
    misri = {m.text for m in person(seed, "Vikram Misri").mentions}
    assert {"Vikram Misri", "FS Misri", "@VikramMisri", "the Foreign Secretary"} <= misri
    landau = {m.text for m in person(seed, "Christopher Landau").mentions}
    assert {
        "Christopher Landau",
        "The Deputy Secretary",
        "Deputy Secretary Landau",
        "@DeputySecState",
    } <= landau
    for p in seed.people:
        for m in p.mentions:
            assert seed.text[m.start : m.end] == m.text


def test_seed_places_and_organisations(seed: Article) -> None:
    places = {p.name for p in seed.places}
    assert {"Washington", "New Delhi", "India", "United States"} <= places
    organisations = {o.name for o in seed.organisations}
    assert {"US State Department", "MEA"} <= organisations
    assert "UNI" not in organisations  # the agency lives in the provenance, not in the story
    assert "BTA" not in organisations  # an agreement, not an organisation


def test_seed_summary_skips_attribution_and_signoff(seed: Article) -> None:
    chosen = [seed.sentences[i].text for i in seed.summary.sentences]
    assert len(chosen) == 3
    assert not any(s.rstrip().endswith(":") or s == "UNI RN" for s in chosen)
    assert not seed.summary.gist.startswith("Washington")


def test_json_interface(seed: Article) -> None:
    data = to_json(seed)
    assert data["published"] == "2025-03-28"
    assert {"published", "people", "quotes", "dates", "summary"} <= data.keys()
    for p in data["people"]:
        assert {"name", "roles", "mentions"} <= p.keys()
        for start, end in p["mentions"]:
            assert 0 <= start < end <= len(seed.text)
    for q in data["quotes"]:
        assert seed.text[q["start"] : q["end"]] == q["text"]
    for d in data["dates"]:
        assert seed.text[d["start"] : d["end"]] == d["text"]


def test_bytes_input_decoded() -> None:
    assert parse("Café owners said prices rose.".encode()).text.startswith("Café")
    assert parse("Café owners said prices rose.".encode("cp1252")).text.startswith("Café")


@pytest.mark.parametrize(
    "data, message",
    [
        ("", "empty"),
        ("   \n\t  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("\x00\x01\x02\x03" * 100, "binary"),
        ("word " * 1_100_000, "too long"),
    ],
)
def test_bad_input_raises_article_error(data: str | bytes, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        parse(data)


def test_text_with_nothing_to_find() -> None:
    article = parse("It rained all week. Then it stopped.")
    assert article.people == () and article.quotes == () and article.dates == ()
    assert len(article.sentences) == 2


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=400), st.binary(max_size=400)))
def test_any_input_parses_or_raises_article_error(data: str | bytes) -> None:
    try:
        article = parse(data)
    except ArticleError:
        return
    text = article.text
    facts = [*article.paragraphs, *article.sentences, *article.quotes, *article.dates]
    facts += [m for p in article.people for m in p.mentions]
    for fact in facts:
        assert 0 <= fact.start <= fact.end <= len(text)
        assert text[fact.start : fact.end] == fact.text


news_words = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "'",
        "said",
        "Mr.",
        "U.S.",
        "March",
        "25-29",
        "2025",
        "today",
        "Smith",
        "John",
        ":",
        "\n",
        "\n\n",
        ".",
        ",",
        "According",
        "to",
        "the",
        "Secretary",
        "@Handle",
        "(UNI)",
        "—",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(news_words, max_size=60).map(" ".join))
def test_news_shaped_noise_never_breaks_parse(text: str) -> None:
    try:
        article = parse(text)
    except ArticleError:
        return
    for quote in article.quotes:
        assert article.text[quote.start : quote.end] == quote.text
