"""A touch-up of the cut-out: the correction kept with the session for every later drawing (the design it
draws is the image record's: tests/core/test_session_records.py)."""

from __future__ import annotations

import numpy as np
from PIL import Image

from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.editing import TextEditor
from listing_genie_desktop.imaging.loading import load_reference
from listing_genie_desktop.services import Services
from listing_genie_desktop.settings import Settings
from listing_genie_desktop.touch_up import studio_cut, touch_up

MAIN, INFOGRAPHIC = ImageType.MAIN, ImageType.INFOGRAPHIC_1


# --- the correction persists -------------------------------------------------------------------------


def _centre(path: str) -> np.ndarray:
    """The central 2 % of an image: where the cut-out's centre is drawn on MAIN."""
    pixels = np.asarray(Image.open(path).convert("RGB"))
    side = pixels.shape[0]
    middle = slice(side // 2 - side // 100, side // 2 + side // 100 + 1)
    return pixels[middle, middle]


async def _paths(services: Services, session_id: str) -> dict[ImageType, str]:
    session = await services.store.load_session(session_id)
    return {i.image_type: str(i.path) for i in session.images}


async def test_the_corrected_cut_out_is_used_by_every_later_drawing_and_after_a_restart(isolated_home, product):
    photo = isolated_home.parent / "box.png"
    image = Image.new("RGB", (640, 640), (232, 232, 228))
    image.paste((30, 60, 150), (200, 170, 440, 470))  # a dark blue box on a light grey table
    image.save(photo)
    reference = load_reference(str(photo))
    options = Settings(backend="studio")
    services = await Services.open()
    try:
        session_id, choice = await services.create_session(product, reference, options)
        await services.runner(session_id, choice, options, reference=reference).run()
        first = await _paths(services, session_id)
        assert _centre(first[MAIN]).max() < 200  # the box's blue
        shown = await studio_cut(services, session_id)
        alpha = np.array(shown.cutout.alpha())
        height, width = alpha.shape
        alpha[height // 3 : 2 * height // 3, width // 3 : 2 * width // 3] = 0  # the seller erases the middle
        await touch_up(services, session_id, Image.fromarray(alpha, "L"), shown)
        touched = await _paths(services, session_id)
        assert (await services.store.load_stored(session_id)).cutout_mask is not None

        # Regenerate MAIN: drawn from the correction, not from a new automatic cut of the photo
        await services.runner(session_id, choice, options, image_types=[MAIN], regenerate=True).run()
        regenerated = await _paths(services, session_id)
        assert regenerated[MAIN] not in (first[MAIN], touched[MAIN])
        assert _centre(regenerated[MAIN]).min() >= 250

        # Edit texts of a secondary image (its words unchanged): the same picture as the touched-up version
        editor = TextEditor(services.store)
        texts = await editor.texts_of(session_id, INFOGRAPHIC)
        key = next(iter(texts))
        edited = await editor.edit(session_id, INFOGRAPHIC, {key: texts[key]})
        after_edit = np.asarray(Image.open(edited.path).convert("RGB"), np.int16)
        versus_touched = np.abs(after_edit - np.asarray(Image.open(touched[INFOGRAPHIC]).convert("RGB"), np.int16))
        versus_first = np.abs(after_edit - np.asarray(Image.open(first[INFOGRAPHIC]).convert("RGB"), np.int16))
        assert versus_touched.mean() < 0.5 and versus_first.mean() > 2 * max(versus_touched.mean(), 0.1)
    finally:
        await services.close()

    services = await Services.open()  # a restart: the brush opens on the corrected cut-out
    try:
        reopened = np.asarray((await studio_cut(services, session_id)).cutout.alpha())
        h, w = reopened.shape
        assert reopened[h // 2, w // 2] == 0 and reopened[h // 10, w // 10] == 255
    finally:
        await services.close()
