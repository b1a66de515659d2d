"""Stopping a waitress server started on a thread by a test, the one way every test does it."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from waitress.server import BaseWSGIServer


def stop(server: BaseWSGIServer, thread: threading.Thread) -> None:
    """Close waitress from its own loop thread (closing it from here races its poll() on the socket). If
    its loop has already closed its wake-up pipe (seen once in a full CI run under load: EBADF), closing
    from here is all that is left to do."""
    try:
        server.trigger.pull_trigger(server.close)
    except OSError:
        server.close()
    thread.join(5)
    server.task_dispatcher.shutdown()
