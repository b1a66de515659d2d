"""The stable `--json` interface of `newsdesk parse`: a plain dict whose top-level keys never change.

Kept apart from the model so the model can grow while the public shape stays put; extra keys are
only ever added.
"""

from __future__ import annotations

from typing import Any

from bot.article.model import Article


def to_json(article: Article) -> dict[str, Any]:
    provenance = article.provenance
    dateline = provenance.dateline
    return {
        "published": article.published.isoformat() if article.published else None,
        "published_source": provenance.published_source,
        "published_explanation": provenance.explanation,
        "title": article.title,
        "dateline": dateline.model_dump() if dateline else None,
        "agency": provenance.agency,
        "byline": provenance.byline,
        "people": [
            {
                "name": person.name,
                "roles": list(person.roles),
                "organisation": person.organisation,
                "country": person.country,
                "handles": list(person.handles),
                "mentions": [[m.start, m.end] for m in person.mentions],
                "mention_kinds": [m.kind for m in person.mentions],
            }
            for person in article.people
        ],
        "organisations": [_entity(e) for e in article.organisations],
        "places": [_entity(e) for e in article.places],
        "quotes": [quote.model_dump() for quote in article.quotes],
        "dates": [date.model_dump() for date in article.dates],
        "summary": [article.sentences[i].text for i in sorted(article.summary.sentences)],
        "summary_ranked": list(article.summary.sentences),
        "gist": article.summary.gist,
        "key_points": [article.sentences[i].text for i in article.summary.key_points],
        "paragraphs": [[p.start, p.end] for p in article.paragraphs],
        "sentences": [[s.start, s.end, s.paragraph] for s in article.sentences],
    }


def _entity(entity: Any) -> dict[str, Any]:
    return {
        "name": entity.name,
        "kind": entity.kind,
        "mentions": [[m.start, m.end] for m in entity.mentions],
    }
