"""Parsers of untrusted documents (pypdf for PDFs, trafilatura/lxml for web pages) run in separate worker
processes with a wall-clock limit and an address-space limit, so no file can take the bot's CPU or memory.

Why processes: a 7 KB PDF can hold a million text operators (49 s of CPU for pypdf), and a 5 MB page took
trafilatura 21 s and 284 MB; a thread cannot be stopped, a process can. Why pebble: its ProcessPool is
made for exactly this (a timeout per task that kills and replaces the worker, kept up since 2013), where
concurrent.futures can only abandon a hung task. Workers are started with `forkserver` (never a fork of
the threaded server), import the parsers once at start, and stay warm between tasks.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import resource
import threading
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

SECONDS = 15.0
MEMORY_MB = 1024
WORKERS = 2
PRELOAD = ("pypdf", "trafilatura")
"""Imported by each worker when it starts, so a task does not wait for them."""


class SandboxError(Exception):
    """The work did not finish: `timed_out` (killed at its time limit) or the worker died (memory)."""

    def __init__(self, timed_out: bool) -> None:
        self.timed_out = timed_out
        super().__init__("time limit reached" if timed_out else "worker process died")


_lock = threading.Lock()
_pool: Any = None
_limits: dict[str, float] = {"seconds": SECONDS, "memory_mb": MEMORY_MB}


def configure(seconds: float, memory_mb: int) -> None:
    """Set the limits (from Settings: EXTRACT_SECONDS, EXTRACT_MEMORY_MB); workers started later use them."""
    global _pool
    with _lock:
        if _limits == {"seconds": seconds, "memory_mb": memory_mb}:
            return
        _limits.update(seconds=seconds, memory_mb=memory_mb)
        old, _pool = _pool, None
    if old is not None:
        old.close()


def run(function: Callable[..., T], *args: Any, seconds: float | None = None) -> T:
    """`function(*args)` in a worker, at most `seconds` (default: the configured limit, whichever is less).

    Exceptions it raises come back as they are; SandboxError when it was killed or its worker died."""
    from pebble.common import ProcessExpired

    limit = min(seconds, _limits["seconds"]) if seconds is not None else _limits["seconds"]
    future = _workers().schedule(function, args=args, timeout=max(limit, 0.01))
    try:
        return future.result()
    except FutureTimeout:
        logger.warning("%s killed after %.1f s", getattr(function, "__name__", "task"), limit)
        raise SandboxError(timed_out=True) from None
    except (ProcessExpired, MemoryError) as error:  # killed, or its address space ran out
        logger.warning("%s: out of memory or died (%r)", getattr(function, "__name__", "task"), error)
        raise SandboxError(timed_out=False) from None


def _workers() -> Any:
    global _pool
    with _lock:
        if _pool is None:
            from pebble import ProcessPool

            _pool = ProcessPool(
                max_workers=WORKERS,
                initializer=_start_worker,
                initargs=(int(_limits["memory_mb"]),),
                context=multiprocessing.get_context("forkserver"),
            )
        return _pool


def _start_worker(memory_mb: int) -> None:
    """In the worker: cap its address space, then import the parsers."""
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    for module in PRELOAD:
        __import__(module)


@atexit.register
def _stop() -> None:
    with _lock:
        pool = _pool
    if pool is not None:
        pool.stop()
        pool.join(timeout=5)
