"""A clipped word a reader types matches the article's full one: "app" is "application" (synonyms.tsv), so
"why is the tablet good for the app?" finds "a fine device for the application because of its size"."""

from __future__ import annotations

from bot.article import parse

from .asking import cited_sentence

PARAGRAPHS = (
    "Bank shows tablet banking",
    "The bank showed its new tablet banking service to reporters on Tuesday.",
    "Chief executive Lena Ortiz said the tablet is a fine device for the application because of its size.",
    "Ortiz said the service would open to all customers in May.",
)
BANK = parse("\n\n".join(PARAGRAPHS))


def test_app_matches_application() -> None:
    cited = cited_sentence(BANK, "Why does Ortiz think the tablet suits the app?")
    assert "because of its size" in cited
