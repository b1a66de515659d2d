"""Anything -> Document: files, web pages, pasted text and Slack file shares become one clean document."""
