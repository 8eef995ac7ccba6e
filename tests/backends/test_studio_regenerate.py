"""Regenerate with the studio renderer: a real alternative each time (another palette, scene or shadow),
named on the way out, never a pixel-identical copy of the version it replaces."""

from __future__ import annotations

import numpy as np
from PIL import Image

from listing_genie_desktop.core.events import ImageCompleted
from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging.loading import load_reference
from listing_genie_desktop.progress import ProgressPrinter
from listing_genie_desktop.services import Services
from listing_genie_desktop.settings import Settings
from listing_genie_desktop.ui.state import ImageState, apply_event
from tests.imaging.synthetic import synthetic_set

MAIN, INFO_1 = ImageType.MAIN, ImageType.INFOGRAPHIC_1


def pixels(path: str) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"))


async def test_each_regenerate_is_a_named_alternative_never_a_copy(isolated_home, product):
    photo = isolated_home.parent / "photo.png"
    synthetic_set(360, ("red",))[0].image.save(photo)
    reference = load_reference(str(photo))
    services = await Services.open()
    try:
        options = Settings(backend="studio")
        session_id, choice = await services.create_session(product, reference, options)
        events: list[ImageCompleted] = []

        def completed(event: object) -> None:
            if isinstance(event, ImageCompleted):
                events.append(event)

        outcome = await services.runner(session_id, choice, options, emit=completed, reference=reference).run()
        assert outcome.status is SessionStatus.COMPLETE
        assert {e.variant for e in events} == {None}, "a first generation is the listing's own design"
        latest = {e.image_type: e for e in events}

        again = (INFO_1, ImageType.LIFESTYLE, MAIN, INFO_1, MAIN, ImageType.COMPARISON, MAIN)
        for image_type in again:  # MAIN comes round to its first design, never to the one it replaces
            events.clear()
            runner = services.runner(
                session_id, choice, options, emit=completed, image_types=[image_type], regenerate=True
            )
            assert (await runner.run()).status is SessionStatus.COMPLETE
            (event,) = events
            assert event.variant, f"{image_type} regenerated without saying which alternative it is"
            before, after = pixels(latest[image_type].path), pixels(event.path)
            # MAIN on pure white can only change its shadow (and the framing that follows it): a smaller change
            changed = np.abs(before.astype(int) - after).mean()
            assert before.shape == after.shape and changed > (0.1 if image_type is MAIN else 0.5), image_type
            assert event.variant != latest[image_type].variant
            latest[image_type] = event

        assert "palette" in latest[ImageType.INFOGRAPHIC_1].variant
        assert "wall" in latest[ImageType.LIFESTYLE].variant and "surface" in latest[ImageType.LIFESTYLE].variant
        assert latest[MAIN].variant == "the original design"
        card = apply_event(ImageState(ImageType.MAIN), latest[ImageType.MAIN], to_local=float)
        assert card.attempt_text.endswith(f"Alternative: {latest[ImageType.MAIN].variant}")
        lines: list[str] = []
        ProgressPrinter(lines.append)(latest[ImageType.MAIN])
        assert f"(alternative: {latest[ImageType.MAIN].variant})" in lines[0]
    finally:
        await services.close()
