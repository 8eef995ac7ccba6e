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
from dataclasses import dataclass

from PIL import Image

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.image_types import is_main_image
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.ports import GeneratedImage, ImageRequest, ReferencePhoto
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.cut_check import examine_cut
from listing_genie_desktop.imaging.isolation import Isolation, isolate_reference
from listing_genie_desktop.imaging.render import render_image
from listing_genie_desktop.imaging.render.cutout import Cutout, make_cutout
from listing_genie_desktop.imaging.render.palette import palette_for
from listing_genie_desktop.imaging.render.scenes import prepare_scene

log = logging.getLogger(__name__)
CACHE_SIZE = 4
PHOTO_UNUSABLE = QT_TR_NOOP("The reference photo could not be used by the studio renderer.")
RENDERER_FAILED = QT_TR_NOOP("The studio renderer failed on {image}.")


@dataclass(frozen=True)
class PreparedCut:
    """A photo's cutout with what MAIN's compliance needs to know about the cut behind it."""

    cutout: Cutout
    issues: tuple[str, ...]
    """imaging.cut_check's findings on the cut (empty when clean or when isolation was not trusted)."""
    product_px: int
    """The product's longer side in the photo's own pixels."""
    photo_size: tuple[int, int]
    """The photo's own (width, height)."""
    trust: tuple[bool, float] = (False, 0.0)
    """How well the photo isolates: (the isolation is trustworthy, its confidence); higher is better."""
    box: tuple[int, int, int, int] | None = None
    """The part of the photo the cut-out shows (left, top, right, bottom in photo pixels): where a mask
    painted on the cut-out belongs in the photo."""


def prepare_cut(photo: ReferencePhoto) -> PreparedCut:
    isolation: Isolation = isolate_reference(photo)
    left, top, right, bottom = isolation.bbox
    return PreparedCut(
        make_cutout(photo, isolation),
        examine_cut(isolation),
        max(right - left, bottom - top),
        photo.size,
        (isolation.trustworthy, isolation.confidence),
        isolation.bbox if isolation.trustworthy else (0, 0, *photo.size),  # an untrusted cut shows the whole photo
    )


def photo_mask(prepared: PreparedCut, alpha: Image.Image) -> Image.Image:
    """A mask painted on the prepared cut-out (its size, mode L) put back where it belongs in the photo: the
    photo's size, nothing kept outside the cut-out's box."""
    if alpha.size != prepared.cutout.image.size:
        raise ValueError(f"a mask of {alpha.size} does not fit a cut-out of {prepared.cutout.image.size}")
    left, top, right, bottom = prepared.box or (0, 0, *prepared.photo_size)
    full = Image.new("L", prepared.photo_size, 0)
    full.paste(alpha.convert("L").resize((right - left, bottom - top), Image.Resampling.BILINEAR), (left, top))
    return full


class CutoutCache:
    """Thread-safe, bounded, compute-once cache of prepared cutouts keyed by the photo's content hash."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, Future[PreparedCut]] = OrderedDict()
        self._trusts: dict[str, tuple[bool, float]] = {}
        self.computed = 0
        """How many cutouts were actually computed (tests check the sharing)."""

    @staticmethod
    def _key(photo: ReferencePhoto) -> str:
        """The photo's content, and its transparency (a seller's corrected cut-out is a different cut)."""
        digest = hashlib.sha256(photo.original_bytes)
        if photo.alpha is not None:
            digest.update(photo.alpha.tobytes())
        return digest.hexdigest()

    def in_progress(self, photo: ReferencePhoto) -> bool:
        """True while another thread is computing this photo's cutout."""
        with self._lock:
            future = self._entries.get(self._key(photo))
        return future is not None and not future.done()

    def get(self, photo: ReferencePhoto) -> PreparedCut:
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
                future.set_result(prepare_cut(photo))
            except BaseException as exc:
                with self._lock:
                    self._entries.pop(key, None)  # a failure is not cached: the next attempt retries
                future.set_exception(exc)
        return future.result()

    def trust(self, photo: ReferencePhoto) -> tuple[bool, float]:
        """How well `photo` isolates (PreparedCut.trust), from its cutout when one is made, else from the
        isolation alone (about half a cutout's cost on a 12-MP photo: measured 0.13-0.19 s against 0.24-0.29 s),
        remembered: a photo that loses the comparison never has its cutout made."""
        key = self._key(photo)
        with self._lock:
            future = self._entries.get(key)
            known = self._trusts.get(key)
        if future is not None and future.done() and future.exception() is None:
            return future.result().trust
        if known is None:
            isolation = isolate_reference(photo)
            known = (isolation.trustworthy, isolation.confidence)
            with self._lock:
                self._trusts[key] = known
                while len(self._trusts) > self._size:
                    self._trusts.pop(next(iter(self._trusts)))
        return known

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._trusts.clear()


def draw_from_cut(
    image_type: ImageType,
    prepared: PreparedCut,
    product: ProductContext,
    variant: int,
    texts: dict[str, str] | None = None,
) -> GeneratedImage:
    """One studio image drawn from a prepared cut, with what MAIN's compliance needs to know about it.
    Blocking: a generation calls it from a worker thread, and so does a touch-up of the cut-out (the
    seller's corrected mask re-drawing the session's images without any request, with the texts the version
    it replaces has, edits included)."""
    cutout = prepared.cutout
    rendered = render_image(image_type, cutout, product, variant, texts or None)
    drawn = {"texts": rendered.texts, "variant": rendered.variant}
    if not is_main_image(image_type):
        return GeneratedImage(image=rendered.image, warning=cutout.warning, **drawn)
    return GeneratedImage(
        image=rendered.image,
        warning=cutout.warning,
        clean=cutout.isolated,
        cut_issues=prepared.issues,
        photo_size=prepared.photo_size,
        product_px=prepared.product_px,
        **drawn,
    )


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
            _photo, prepared = self._photo_for(request)
            return draw_from_cut(request.image_type, prepared, request.product, _variant(request))
        except GenerationError:
            raise
        except (ValueError, OSError) as exc:
            raise GenerationError(
                ErrorKind.INVALID_INPUT,
                PHOTO_UNUSABLE,
                detail=repr(exc),
            ) from exc
        except Exception as exc:
            log.exception("studio render of %s failed", request.image_type)
            raise GenerationError(
                ErrorKind.INTERNAL, RENDERER_FAILED.format(image=request.image_type.label), detail=repr(exc)
            ) from exc

    def _photo_for(self, request: ImageRequest) -> tuple[ReferencePhoto, PreparedCut]:
        """MAIN is the product alone on white, so it is drawn from the photo that isolates best (a back shot on
        plain white beats a front shot on a busy table; the main photo wins ties); the other images show the
        main photo. Another photo that cannot be cut out is passed over: the main one still carries MAIN."""
        main = self._cache.get(request.reference)
        if not is_main_image(request.image_type):
            return request.reference, main
        best, best_trust = request.reference, main.trust
        for photo in request.others:
            try:
                trust = self._cache.trust(photo)
            except (ValueError, OSError) as exc:
                log.warning("another photo of the product could not be isolated: %r", exc)
                continue
            if trust > best_trust:
                best, best_trust = photo, trust
        return (request.reference, main) if best is request.reference else (best, self._cache.get(best))

    async def check(self) -> GenerationError | None:
        """Offline: nothing can refuse it."""
        return None

    async def aclose(self) -> None:
        self._cache.clear()
