"""Page extraction and parsing run on a small pool of their own, downloads on the caller's thread.

Why: glibc gives each thread that allocates heavily a malloc arena of its own and keeps it. When every
Bolt listener thread extracted and parsed pages, the soak benchmark's RSS grew by a fifth before levelling
off; two workers bound that memory and the CPU loads take, while a slow site still never holds up another
load (its download waits on its own listener thread, not here).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

WORKERS = 2
PREFIX = "newsdesk-parse"

_pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix=PREFIX)


def on_workers(work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run `work` on the pool and wait for it; exceptions reach the caller as if called directly."""
    if threading.current_thread().name.startswith(PREFIX):
        return work(*args, **kwargs)  # already on the pool: a nested call must not wait for itself
    return _pool.submit(work, *args, **kwargs).result()
