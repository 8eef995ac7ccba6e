"""Editing the words on an image already made: re-drawn from what it was drawn from, no generation.

The studio's layouts are drawn again from the session's stored reference photo (with the seller's corrected
cut-out when there is one, storage.records.cutout_mask_path; its cut-out kept in memory for the next edit)
with the design of the version being edited; a model's scene that a text
overlay wrote on is drawn again from its clean copy, kept beside that version's file, so the new
words never land on the old ones. Either way no backend is built and no request leaves the machine.
The result is a new version of the image (storage.versions): attempts + 1, variation `edit`.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from listing_genie_desktop.backends.studio import PreparedCut, prepare_cut
from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.image_types import REGISTRY, registered
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging.finish import encode_png, encode_preview
from listing_genie_desktop.imaging.loading import load_reference
from listing_genie_desktop.imaging.overlay import overlay_text
from listing_genie_desktop.imaging.photo_set import with_mask
from listing_genie_desktop.imaging.render import render_image
from listing_genie_desktop.storage.history import HistoryStore
from listing_genie_desktop.storage.leases import SessionLease
from listing_genie_desktop.storage.records import cutout_mask_path
from listing_genie_desktop.storage.versions import EditBase, NothingToEdit

CUT_CACHE_SIZE = 4
"""Reference photos whose cut-out is kept between edits (one per session being edited, in practice)."""


@dataclass(frozen=True)
class EditResult:
    image_type: ImageType
    path: Path
    texts: dict[str, str]
    render_ms: int
    """Time spent re-drawing and encoding the image (the worker's part, without the database)."""


def image_type_named(name: str) -> ImageType:
    """`--image TYPE`: one of the registry's types, by its contract name (only those have a layout to redraw)."""
    try:
        image_type = ImageType(name)
    except ValueError:
        image_type = None
    if image_type is None or image_type not in REGISTRY:
        valid = ", ".join(t.value for t in registered())
        raise InvalidInput(f"Unknown image type {name!r}; valid types: {valid}.", field="image")
    return image_type


def parse_pairs(pairs: Iterable[str]) -> dict[str, str]:
    """`--text KEY=VALUE` items as a mapping (the last of a repeated key wins)."""
    changes: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"--text {pair!r} is not KEY=VALUE.", field="text")
        changes[key.strip()] = value
    return changes


def edited_texts(image_type: ImageType, current: Mapping[str, str], changes: Mapping[str, str]) -> dict[str, str]:
    """The image's texts with `changes` applied; invalid input names the keys the image has."""
    if not current:
        reason = "Amazon allows no text on it" if image_type is ImageType.MAIN else "no text was drawn on it"
        raise InvalidInput(f"The {image_type.label} image has no texts to edit ({reason}).", field="text")
    valid = ", ".join(current)
    unknown = [key for key in changes if key not in current]
    if unknown:
        raise InvalidInput(
            f"The {image_type.label} image has no text {unknown[0]!r}; valid keys: {valid}.", field="text"
        )
    if not changes:
        raise InvalidInput(f"Give at least one --text KEY=VALUE; valid keys: {valid}.", field="text")
    texts = dict(current)
    for key, value in changes.items():
        if not value.strip():
            raise InvalidInput(f"The text {key!r} cannot be empty.", field="text")
        texts[key] = value.strip()
    return texts


class TextEditor:
    """Re-draws images with edited texts, in a worker thread; keeps recent cut-outs for the next edit."""

    def __init__(self, store: HistoryStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._cuts: OrderedDict[tuple[str, int, int, int | None], PreparedCut] = OrderedDict()

    async def texts_of(self, session_id: str, image_type: ImageType) -> dict[str, str]:
        """The texts drawn on the image's current version."""
        return (await self._base(session_id, image_type)).texts

    async def prepare(self, session_id: str, image_type: ImageType) -> None:
        """Cuts the product out ahead of an edit (the window calls it when Edit texts opens), so the
        edit itself only draws; nothing to do for an overlay, whose clean scene is a file."""
        base = await self._base(session_id, image_type)
        if base.scene_path is None and base.backend == "studio":
            await asyncio.to_thread(self._cut, base.reference_path)

    async def edit(self, session_id: str, image_type: ImageType, changes: Mapping[str, str]) -> EditResult:
        """A new version of the image with `changes` applied to its texts. Refused while the session runs."""
        lease = SessionLease(self.store.paths.locks, session_id)
        if not await asyncio.to_thread(lease.acquire):
            raise InvalidInput("This session is being generated by another Listing Genie window or command.")
        try:
            base = await self._base(session_id, image_type)
            texts = edited_texts(image_type, base.texts, changes)
            started_at = utc_now_iso()
            started = time.perf_counter()
            png, preview = await asyncio.to_thread(self._redraw, base, texts)
            render_ms = round((time.perf_counter() - started) * 1000)
            path = await self.store.add_edited_version(
                base, png, texts, started_at=started_at, duration_ms=render_ms, preview_jpeg=preview
            )
        finally:
            await asyncio.to_thread(lease.release)
        return EditResult(image_type, path, texts, render_ms)

    async def _base(self, session_id: str, image_type: ImageType) -> EditBase:
        try:
            return await self.store.edit_base(session_id, image_type)
        except NothingToEdit as exc:
            raise InvalidInput(str(exc), field="image") from exc

    def _redraw(self, base: EditBase, texts: dict[str, str]) -> tuple[bytes, bytes]:
        """Blocking: the image drawn again with `texts`, as PNG bytes, and its preview (JPEG)."""
        product = base.product.with_language(str(base.settings.get("language") or ""))
        if base.scene_path is not None:
            with Image.open(base.scene_path) as scene:
                image, _ = overlay_text(base.image_type, scene.convert("RGB"), product, texts)
        elif base.backend == "studio":
            cut = self._cut(base.reference_path)
            image = render_image(base.image_type, cut.cutout, product, base.design, texts).image
        else:
            raise InvalidInput(
                f"The {base.image_type.label} image kept no clean scene (the model drew its words, or it was made "
                "before edits were possible): its words can only change by making it again.",
                field="image",
            )
        return encode_png(image), encode_preview(image)

    def _cut(self, reference: Path) -> PreparedCut:
        try:
            stat = reference.stat()
        except OSError as exc:
            raise InvalidInput(
                f"The reference photo of this session ({reference}) was deleted: the studio image cannot be "
                "drawn again without it.",
                field="image",
            ) from exc
        mask = cutout_mask_path(reference)
        try:
            corrected: int | None = mask.stat().st_mtime_ns  # a new correction is a new cut
        except OSError:
            corrected = None
        key = (str(reference), stat.st_mtime_ns, stat.st_size, corrected)
        with self._lock:
            cached = self._cuts.get(key)
            if cached is not None:
                self._cuts.move_to_end(key)
                return cached
        photo = load_reference(str(reference))
        prepared = prepare_cut(photo if corrected is None else with_mask(photo, mask))
        with self._lock:
            self._cuts[key] = prepared
            while len(self._cuts) > CUT_CACHE_SIZE:
                self._cuts.popitem(last=False)
        return prepared
