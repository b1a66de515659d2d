"""Ingestion: anything (a file, a page, pasted text, a feed) -> text the article engine can parse."""
