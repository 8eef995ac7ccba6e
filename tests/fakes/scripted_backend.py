"""A backend whose answers a test scripts per image type, for engine tests without a network."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from PIL import Image

from listing_genie_desktop.core.clock import Clock
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.ports import GeneratedImage, ImageRequest
from listing_genie_desktop.core.product import ImageType

OK = "ok"
HANG = "hang"


def fail(kind: ErrorKind, message: str = "", *, status: int | None = None, retry_after: float | None = None):
    return GenerationError(kind, message or f"{kind.value} failure", http_status=status, retry_after=retry_after)


@dataclass(frozen=True)
class Slow:
    """`then` (OK or an error) after `seconds` on the backend's clock; `math.inf`: only a timeout ends it."""

    seconds: float
    then: object = OK


@dataclass
class Call:
    image_type: ImageType
    attempt: int
    variation: str
    at: float
    prompt: str
    photo_sizes: tuple[tuple[int, int], ...] = ()
    """The (width, height) of every photo the request carried, the main one first."""


@dataclass
class ScriptedBackend:
    """`script[image_type]` is consumed one answer per call; an exhausted script answers OK.

    An answer is OK, HANG (waits until cancelled, whatever the clock), `Slow(seconds)` (OK after that long on
    `clock`), or a GenerationError to raise.
    """

    clock: Clock
    script: dict[ImageType, list[object]] = field(default_factory=dict)
    name: str = "scripted"
    model: str | None = "scripted-1"
    renders_text: bool = True
    calls: list[Call] = field(default_factory=list)
    on_call: Callable[[Call], None] | None = None
    size: int = 1024

    async def generate(self, request: ImageRequest) -> GeneratedImage:
        call = Call(
            request.image_type,
            request.attempt,
            request.variation,
            self.clock.monotonic(),
            request.prompt,
            tuple(p.size for p in request.photos),
        )
        self.calls.append(call)
        if self.on_call:
            self.on_call(call)
        answers = self.script.get(request.image_type, [])
        answer = answers.pop(0) if answers else OK
        await asyncio.sleep(0)
        if answer == HANG:
            await asyncio.Event().wait()
        if isinstance(answer, Slow):
            await self.clock.sleep(answer.seconds)
            answer = answer.then
        if isinstance(answer, GenerationError):
            raise answer
        return GeneratedImage(Image.new("RGB", (self.size, self.size), (250, 250, 250)))

    async def prepare(self) -> None:
        return None

    async def check(self) -> GenerationError | None:
        return None

    async def aclose(self) -> None:
        return None

    def calls_for(self, image_type: ImageType) -> list[Call]:
        return [c for c in self.calls if c.image_type is image_type]
