"""Waiting for a listener's effect: Bolt acks first and runs listeners in its thread pool afterwards."""

from __future__ import annotations

import time
from collections.abc import Callable


def eventually(check: Callable[[], bool], timeout: float = 5.0) -> None:
    """Wait until `check()` holds; fail the test if it never does within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the listener's effect never showed"
        time.sleep(0.02)
