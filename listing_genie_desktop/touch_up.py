"""Touching up a studio session's cut-out: the seller's corrected mask re-draws its images.

The studio draws all five images from one cut-out of the reference photo; when isolation kept a piece
of the table or lost part of the product, the seller paints the mask in the window (ui/cutout_editor.py)
and every finished image is drawn again from it, in the design of the version it replaces, as new
versions in the history (variation "touch-up"). No backend is asked and no request is sent. It sits one
layer above services.py (it composes the services' store, clock and settings with the studio's drawing).

The correction is kept with the session (storage.records.CUTOUT_MASK_NAME, at the photo's size) and is the
photo's transparency from then on: an edit of the texts, a Regenerate, a retry, the brush opened again, all
after a restart too, draw from it, never from the automatic cut-out it replaced.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import TYPE_CHECKING

from listing_genie_desktop.backends.studio import PreparedCut, draw_from_cut, photo_mask, prepare_cut
from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.ports import EncodedImage
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.core.session_records import TOUCH_UP_VARIATION
from listing_genie_desktop.editing import BEING_GENERATED
from listing_genie_desktop.imaging.finish import finish_and_encode
from listing_genie_desktop.imaging.photo_set import load_corrected, mask_png
from listing_genie_desktop.services import Services, retry_settings
from listing_genie_desktop.storage.leases import SessionLease

if TYPE_CHECKING:
    from PIL import Image


TOUCH_UP = TOUCH_UP_VARIATION
NOT_FROM_A_CUT = QT_TR_NOOP("Only images drawn by the studio renderer come from a cut-out that can be touched up.")
"""The variation of an attempt drawn again from the seller's corrected cut-out (no request to any backend)."""


async def studio_cut(services: Services, session_id: str) -> PreparedCut:
    """The studio's cut-out of the session's reference photo, as its images were drawn from it (the seller's
    last correction when there is one; blocking isolation in a worker thread). Raises `InvalidInput` for a
    session the studio did not make."""
    stored = await services.store.load_stored(session_id)
    if stored.backend != "studio":
        raise InvalidInput(NOT_FROM_A_CUT)
    reference = await load_corrected(str(stored.reference_path), stored.cutout_mask)
    return await asyncio.to_thread(prepare_cut, reference)


async def touch_up(
    services: Services, session_id: str, alpha: Image.Image, shown: PreparedCut | None = None
) -> list[ImageType]:
    """Keeps the seller's corrected mask `alpha` (painted on the cut-out `shown`, that of `studio_cut`) with
    the session and draws every finished image of it again from the corrected cut-out, each as a new version
    in the history (variation "touch-up") in the design of the version it replaces; no backend is asked.
    MAIN's compliance examines the corrected cut. Returns the images re-drawn."""
    lease = SessionLease(services.paths.locks, session_id)
    if not lease.acquire():
        raise InvalidInput(BEING_GENERATED)
    try:
        shown = shown or await studio_cut(services, session_id)
        stored = await services.store.load_stored(session_id)
        reference = await load_corrected(str(stored.reference_path), stored.cutout_mask)
        full = await asyncio.to_thread(photo_mask, shown, alpha)
        png = await asyncio.to_thread(mask_png, full)
        await services.store.save_cutout_mask(session_id, stored.reference_path, png)
        cut = await asyncio.to_thread(prepare_cut, replace(reference, alpha=full))
        session = await services.store.load_session(session_id)
        settings = retry_settings(stored, {})
        product = stored.product.with_language(settings.language)
        run = 1 + max((a.run for i in session.images for a in i.attempt_log), default=0)
        known = [image for image in session.images if image.image_type.known]  # known: it has a layout
        done = [image for image in known if image.image_type in stored.complete]
        for image in done:
            image_type, started, clock = image.image_type, utc_now_iso(), services.clock.monotonic()
            design = image.design
            texts = dict(image.texts) or None  # a text edit is kept

            def draw(
                image_type: ImageType = image_type, design: int = design, texts: dict[str, str] | None = texts
            ) -> EncodedImage:
                generated = draw_from_cut(image_type, cut, product, design, texts)
                return finish_and_encode(
                    image_type, generated, product, backend_renders_text=True, text_overlay=settings.text_overlay
                )

            encoded = await asyncio.to_thread(draw)
            attempt = await services.store.attempt_started(
                session_id, image_type, run=run, started_at=started, delay_before_s=0.0, variation=TOUCH_UP, prompt=""
            )
            duration_ms = round(1000 * (services.clock.monotonic() - clock))
            await services.store.image_completed(
                session_id, image_type, attempt, ended_at=utc_now_iso(), duration_ms=duration_ms, finished=encoded
            )
        return [image.image_type for image in done]
    finally:
        lease.release()
