"""The offline studio backend: designed listing images drawn from the reference photo.

Isolation and the cutout are the expensive part and the same for all five images, so they
are computed once per reference photo and shared; the engine may call `generate` for several
image types at once, so the cache lets exactly one thread compute while the others wait.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from collections import OrderedDict
from concurrent.futures import Future

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.ports import GeneratedImage, ImageRequest, ReferencePhoto
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging.isolation import isolate_reference
from listing_genie_desktop.imaging.render import render_image
from listing_genie_desktop.imaging.render.cutout import Cutout, make_cutout
from listing_genie_desktop.imaging.render.palette import palette_for
from listing_genie_desktop.imaging.render.scenes import prepare_scene

log = logging.getLogger(__name__)
CACHE_SIZE = 4


class CutoutCache:
    """Thread-safe, bounded, compute-once cache of cutouts keyed by the photo's content hash."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, Future[Cutout]] = OrderedDict()
        self.computed = 0
        """How many cutouts were actually computed (tests check the sharing)."""

    @staticmethod
    def _key(photo: ReferencePhoto) -> str:
        return hashlib.sha256(photo.original_bytes).hexdigest()

    def in_progress(self, photo: ReferencePhoto) -> bool:
        """True while another thread is computing this photo's cutout."""
        with self._lock:
            future = self._entries.get(self._key(photo))
        return future is not None and not future.done()

    def get(self, photo: ReferencePhoto) -> Cutout:
        key = self._key(photo)
        with self._lock:
            future = self._entries.get(key)
            owner = future is None
            if future is None:
                future = Future()
                self._entries[key] = future
                while len(self._entries) > self._size:
                    self._entries.popitem(last=False)
            else:
                self._entries.move_to_end(key)
        if owner:
            try:
                self.computed += 1
                future.set_result(make_cutout(photo, isolate_reference(photo)))
            except BaseException as exc:
                with self._lock:
                    self._entries.pop(key, None)  # a failure is not cached: the next attempt retries
                future.set_exception(exc)
        return future.result()

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def _variant(request: ImageRequest) -> int:
    """An image made again gets the next alternative design after its versions so far, so it never
    repeats the version it replaces; a first version (a retry of a failed image too) keeps the
    listing's own design."""
    return request.remake


class StudioBackend:
    name = "studio"
    model: str | None = None
    renders_text = True

    def __init__(self) -> None:
        self._cache = CutoutCache()

    async def prepare(self) -> None:
        return None

    async def generate(self, request: ImageRequest) -> GeneratedImage:
        return await asyncio.to_thread(self._generate_blocking, request)

    def _generate_blocking(self, request: ImageRequest) -> GeneratedImage:
        try:
            if self._cache.in_progress(request.reference):
                # rather than idle while another thread isolates the product, draw the palette's
                # lifestyle scene (cached per process) so LIFESTYLE finds it ready
                prepare_scene(palette_for(request.product, _variant(request)))
            cutout = self._cache.get(request.reference)
            rendered = render_image(request.image_type, cutout, request.product, _variant(request))
        except GenerationError:
            raise
        except (ValueError, OSError) as exc:
            raise GenerationError(
                ErrorKind.INVALID_INPUT,
                "The reference photo could not be used by the studio renderer.",
                detail=repr(exc),
            ) from exc
        except Exception as exc:
            log.exception("studio render of %s failed", request.image_type)
            raise GenerationError(
                ErrorKind.INTERNAL, f"The studio renderer failed on {request.image_type.label}.", detail=repr(exc)
            ) from exc
        clean = request.image_type is ImageType.MAIN and cutout.isolated
        return GeneratedImage(
            image=rendered.image, warning=cutout.warning, clean=clean, texts=rendered.texts, variant=rendered.variant
        )

    async def check(self) -> GenerationError | None:
        """Offline: nothing can refuse it."""
        return None

    async def aclose(self) -> None:
        self._cache.clear()
