"""The state of one run and of each image in it: one object per image instead of parallel collections.

An image's whole life in a run (its task, its phase, its attempts and the variations they sent, its last
failure and when it arrived, how it ended) is one `ImageRun`; what the images share (the session, the
cancel token, the fatal error that stops them all) is the `RunState`.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from enum import Enum

from listing_genie_desktop.core.cancel import CancelToken
from listing_genie_desktop.core.errors import GenerationError
from listing_genie_desktop.core.outcome import ImageStatus
from listing_genie_desktop.core.ports import ReferencePhoto
from listing_genie_desktop.core.product import ImageType, ProductContext


class Phase(Enum):
    PENDING = "pending"
    """Its task is made but has not begun: a cancel or stop is noticed when it begins."""
    WORKING = "working"
    """Waiting for a slot or the rate-limit gate, requesting, or backing off: a stop or cancel interrupts it, a
    pause only while it waits (`ImageRun.sending`)."""
    SAVING = "saving"
    """Its answer has arrived (and is paid for) and is being finished and stored: a stop or cancel spares it."""
    ENDING = "ending"
    """It has ended and is recording how: left to finish."""


class Slot:
    """An image's place among the `concurrency` images at work.

    Taken before its first request and kept through its backoff waits, so each wait is exactly
    the policy's; given back as soon as an answer arrives (post-processing needs no slot) or the
    image ends.
    """

    def __init__(self, semaphore: asyncio.Semaphore) -> None:
        self._semaphore = semaphore
        self._held = False

    async def take(self) -> None:
        if not self._held:
            await self._semaphore.acquire()
            self._held = True

    def give_back(self) -> None:
        if self._held:
            self._semaphore.release()
            self._held = False


@dataclass(eq=False)
class ImageRun:
    image_type: ImageType
    slot: Slot
    earlier_version: bool = False
    """Made again (Regenerate): if this run does not complete it, the version it had stands."""
    remake: int = 0
    """0 for a first version; made again, the versions it has so far: the backend draws the next alternative."""
    task: asyncio.Task[None] | None = None
    phase: Phase = Phase.PENDING
    attempts: int = 0
    """Attempts started in this run."""
    tried: list[str] = field(default_factory=list)
    """The prompt variations sent so far, in order: no retry repeats one."""
    last_error: GenerationError | None = None
    """The last failed attempt's error: it picks the next variation."""
    rate_limited: int = 0
    """Attempts refused with 429 so far (a catalogue's pace may make some of them free: RetryPolicy)."""
    failed_at: float = 0.0
    """Clock time at which the last failed attempt ended: its backoff counts from there."""
    delay_before: float = 0.0
    """The wait before the attempt now under way (0 for the first)."""
    attempt_started: float = 0.0
    """Clock time at which the attempt now under way started: its duration counts from there."""
    sending: bool = False
    """An attempt is under way, from its request to its recorded outcome: a pause lets it finish."""
    completed: bool = False
    status: ImageStatus | None = None
    """How it ended without completing (failed, cancelled, or pending: held by a pause before its next
    request); None while at work or once complete."""
    failure: GenerationError | None = None
    """Why it ended without completing (None when held by a pause: nothing went wrong)."""
    end_order: int = 0
    """1 for the first image of the run to end without completing, 2 for the next...: the summary tells
    the failures in the order they happened."""

    @property
    def counts_complete(self) -> bool:
        """Complete, or made again and not completed: the earlier version is kept and counts."""
        return self.completed or (self.earlier_version and self.status is not None)

    @property
    def held(self) -> bool:
        """Ended pending: a pause came before its next request."""
        return self.status is ImageStatus.PENDING


@dataclass(eq=False)
class RunState:
    session_id: str
    run: int
    product: ProductContext
    reference: ReferencePhoto
    cancel: CancelToken
    images: dict[ImageType, ImageRun]
    already_complete: frozenset[ImageType] = frozenset()
    fatal: GenerationError | None = None
    """The error that stopped the session: set before any slot is given back, so no other request starts."""
    vanished: dict[ImageType, GenerationError] = field(default_factory=dict)
    """Complete images whose file was deleted meanwhile (found at the run's end): not ready, made by a retry."""
    others: tuple[ReferencePhoto, ...] = ()
    """The product's other photos, after `reference` (the main one)."""
    session_types: tuple[ImageType, ...] = ()
    """The session's own images, in order: what the outcome is counted against."""
    _endings: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def ended(self, image: ImageRun, status: ImageStatus, failure: GenerationError | None) -> None:
        image.status, image.failure, image.end_order = status, failure, next(self._endings)

    def interrupt_working(self) -> None:
        """Cancels the images still at work; those saving an answer or recording their end are left to finish."""
        for image in self.images.values():
            if image.phase is Phase.WORKING and image.task is not None:
                image.task.cancel()

    def interrupt_waiting(self) -> None:
        """A pause: cancels the images waiting for their next request (a slot, the pace, a backoff); those whose
        request is on its way, or whose answer is being saved, finish."""
        for image in self.images.values():
            if image.phase is Phase.WORKING and not image.sending and image.task is not None:
                image.task.cancel()

    def held(self) -> frozenset[ImageType]:
        """The images a pause held before their next request: pending, to be made when the run goes on."""
        return frozenset(t for t, image in self.images.items() if image.held and not image.counts_complete)

    def completed(self) -> frozenset[ImageType]:
        made = self.already_complete | {t for t, image in self.images.items() if image.counts_complete}
        return made - self.vanished.keys()

    def failures(self) -> dict[ImageType, GenerationError]:
        """In the order the images ended, then those whose file vanished."""
        ended = sorted((i for i in self.images.values() if i.failure is not None), key=lambda i: i.end_order)
        return {**{i.image_type: i.failure for i in ended if i.failure is not None}, **self.vanished}

    def kept(self) -> frozenset[ImageType]:
        """Made again and failed: the earlier version stands."""
        return frozenset(t for t, image in self.images.items() if image.earlier_version and image.failure)

    def completed_in_order(self) -> tuple[ImageType, ...]:
        completed = self.completed()
        return tuple(t for t in self.session_types if t in completed)
