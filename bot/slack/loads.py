"""Loading an article runs on the load pool (bot.limits.WorkPool), never on the threads that ack and answer:
the listener posts "Reading...", hands the load over and returns; a load thread puts the result in its place.

Whatever happens to the load (refused because the pool is full, out of time in the queue, an unexpected
error), the "Reading..." message is replaced with an answer, so it never stays on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from bot.answers import Answer
from bot.answers import library as answers
from bot.limits import Deadline, WorkPool
from bot.slack.errors import GENERIC

logger = logging.getLogger(__name__)

BUSY = "I'm reading as many articles as I can right now. Please try again in a minute."


@dataclass(frozen=True)
class Loads:
    """The pool and the time one load may take from the request on (queueing included)."""

    pool: WorkPool
    seconds: float

    def later(self, load: Callable[[Deadline], Answer], show: Callable[[Answer], object]) -> None:
        """Run `load` on the pool and `show` its answer there; when the pool is full, show "busy" now."""

        def job(deadline: Deadline) -> None:
            try:
                answer = answers.problem(BUSY) if deadline.expired() else load(deadline)
            except Exception:
                logger.exception("Loading failed")
                answer = answers.problem(GENERIC)
            try:
                show(answer)
            except Exception:
                logger.exception("Could not post the result of a load")

        if self.pool.submit(job, seconds=self.seconds) is None:
            logger.warning("Load refused: all %d load threads busy and the queue full", self.pool.workers)
            show(answers.problem(BUSY))

    def deadline(self) -> Deadline:
        """A load's time limit, for a library command run on the listener's thread (`published` parses the
        article again), so that parse is bounded as a load's is."""
        return Deadline(self.seconds)
