"""Message events we don't answer (edits, bot posts, joins): acknowledged so Slack doesn't retry them."""

from __future__ import annotations


def other_message_callback() -> None:
    """Bolt acks events itself; without a listener it would log "unhandled request" and answer 404."""
