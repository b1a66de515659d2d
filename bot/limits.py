"""Bounds on slow work: a wall-clock `Deadline` shared by every step of one job, a `Cutoff` that ends blocked
socket reads when it passes, and a `WorkPool` of its own threads for jobs that may be slow (loading an
article; later feeds and digests), so they never hold the threads that ack and answer requests.

Why by hand: urllib's (and urllib3's, httpx's) timeouts are per socket operation, so a server sending one
byte per few seconds never trips them; no library bounds a whole exchange on blocking sockets. Shutting
the sockets down from a timer is the stdlib's own way to end a blocked read from another thread.
`concurrent.futures` supplies the threads; the pool adds the admission limit and the saturation that
`/healthz` reports.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class Deadline:
    """`seconds` from now on the monotonic clock; every step of a job asks it how long it may still take."""

    seconds: float
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    at: float = field(init=False)

    def __post_init__(self) -> None:
        self.at = self.clock() + self.seconds

    def remaining(self) -> float:
        return max(0.0, self.at - self.clock())

    def expired(self) -> bool:
        return self.clock() >= self.at

    def within(self, seconds: float) -> Deadline:
        """This deadline, or one `seconds` from now if that comes first (a step's own, smaller budget)."""
        return self if self.remaining() <= seconds else Deadline(seconds, self.clock)


class Cutoff:
    """While entered, shuts down every watched socket when `deadline` passes: a read blocked on it returns at
    once (end of file or an error) and `fired` says why. A closed socket is left alone (its fd may be reused).
    """

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._done = False
        self._timer: threading.Timer | None = None

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if self.fired:
                _shut(sock)
            elif not self._done:
                self._sockets.append(sock)

    def __enter__(self) -> Cutoff:
        self._timer = threading.Timer(self.deadline.remaining(), self._fire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._done = True
            self._sockets.clear()

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.fired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    # the plain socket's shutdown, also for an SSLSocket (whose own drops its TLS state first); a socket
    # already closed or never connected raises OSError
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class WorkPool:
    """`workers` threads and room for `queue` more jobs waiting; past that `submit` refuses (returns None)
    and the pool is `saturated`. Each job gets its Deadline (counted from submission, so time spent queued
    counts) and runs in a copy of the submitter's contextvars (the request id stamped on log lines)."""

    def __init__(self, name: str, workers: int, queue: int) -> None:
        self.name = name
        self.workers = workers
        self.queue = queue
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix=name)
        self._lock = threading.Lock()
        self._admitted = 0
        self._running = 0

    def submit(self, job: Callable[[Deadline], T], *, seconds: float) -> Future[T] | None:
        """Run `job(deadline)` on the pool, or None when it is saturated (the caller says "busy")."""
        with self._lock:
            if self._admitted >= self.workers + self.queue:
                return None
            self._admitted += 1
        deadline = Deadline(seconds)
        context = contextvars.copy_context()

        def run() -> T:
            with self._lock:
                self._running += 1
            try:
                return context.run(job, deadline)
            finally:
                with self._lock:
                    self._running -= 1
                    self._admitted -= 1

        try:
            return self._executor.submit(run)
        except RuntimeError:  # shut down
            with self._lock:
                self._admitted -= 1
            return None

    @property
    def saturated(self) -> bool:
        with self._lock:
            return self._admitted >= self.workers + self.queue

    def status(self) -> dict[str, Any]:
        """For /healthz: `ok` is false while saturated."""
        with self._lock:
            running, admitted = self._running, self._admitted
        return {
            "ok": admitted < self.workers + self.queue,
            "running": running,
            "queued": admitted - running,
            "workers": self.workers,
            "queue": self.queue,
        }

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
