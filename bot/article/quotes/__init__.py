"""Direct quotations and their speakers, with exact spans.

Hand-written rules over compiled `re`: textacy's `direct_quotations` needs spaCy plus a model download
and runs ~50x over our 4 ms per 1,000 words budget, and no other library attributes speakers at all.
Modules by job: `words` (vocabulary and patterns), `marks` (pairing quote marks), `phrases` (tokens,
cues, speaker phrases), `attribution` (who said each quote) and `sources` (a document's or an
organisation's issuer, once the article's people and organisations are known).
"""

from bot.article.quotes.attribution import extract_quotes
from bot.article.quotes.words import PRONOUNS, REPORTING_VERBS

__all__ = ["PRONOUNS", "REPORTING_VERBS", "extract_quotes"]
