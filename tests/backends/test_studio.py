"""StudioBackend: the protocol, shared isolation across concurrent calls, error kinds."""

from __future__ import annotations

import asyncio
from unittest import mock

import pytest

from listing_genie_desktop.backends.studio import StudioBackend
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.ports import ImageRequest
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType, ProductContext
from listing_genie_desktop.imaging.loading import load_reference
from listing_genie_desktop.imaging.postprocess import finish_image
from listing_genie_desktop.resources import resource_path

PRODUCT = ProductContext.create(
    "Insulated Stainless Steel Water Bottle", ["Cold for 24 hours", "Leak-proof lid"], "hikers", ["durable bottle"]
)


@pytest.fixture(scope="module")
def sample():
    return load_reference(resource_path("samples", "steel-bottle.jpg"))


def request(image_type: ImageType, photo) -> ImageRequest:
    return ImageRequest(image_type, "", PRODUCT, photo, "base", 1)


async def test_five_concurrent_images_share_one_isolation(sample):
    backend = StudioBackend()
    assert backend.name == "studio" and backend.model is None and backend.renders_text
    results = await asyncio.gather(*(backend.generate(request(t, sample)) for t in IMAGE_TYPES))
    assert backend._cache.computed == 1
    for result in results:
        assert result.image.size == (2000, 2000) and result.image.mode == "RGB"
        assert result.warning is None
    main = finish_image(ImageType.MAIN, results[0], PRODUCT, backend_renders_text=True, text_overlay=True)
    assert main.compliance.compliant, main.compliance.issues
    await backend.aclose()


async def test_bugs_map_to_internal(sample):
    backend = StudioBackend()
    patch = mock.patch("listing_genie_desktop.backends.studio.render_image", side_effect=KeyError("boom"))
    with patch, pytest.raises(GenerationError) as raised:
        await backend.generate(request(ImageType.LIFESTYLE, sample))
    assert raised.value.kind is ErrorKind.INTERNAL


async def test_unusable_photo_maps_to_invalid_input(sample):
    backend = StudioBackend()
    patch = mock.patch("listing_genie_desktop.backends.studio.isolate_reference", side_effect=ValueError("bad"))
    with patch, pytest.raises(GenerationError) as raised:
        await backend.generate(request(ImageType.MAIN, sample))
    assert raised.value.kind is ErrorKind.INVALID_INPUT
    assert backend._cache.computed == 1  # the failure was not cached: a retry computes again


async def test_a_thread_waiting_for_the_isolation_draws_the_lifestyle_scene_meanwhile(sample):
    import threading

    from listing_genie_desktop.backends import studio

    isolating, warmed = threading.Event(), threading.Event()
    real_isolate = studio.isolate_reference

    def slow_isolate(photo):
        isolating.set()
        warmed.wait(timeout=10)  # isolation "takes" until the other thread has used the wait
        return real_isolate(photo)

    backend = StudioBackend()
    with (
        mock.patch.object(studio, "isolate_reference", side_effect=slow_isolate),
        mock.patch.object(studio, "prepare_scene", side_effect=lambda palette: warmed.set()) as prepare,
    ):
        main = asyncio.ensure_future(backend.generate(request(ImageType.MAIN, sample)))
        assert await asyncio.to_thread(isolating.wait, 10)
        lifestyle = await backend.generate(request(ImageType.LIFESTYLE, sample))
        results = [await main, lifestyle]
    assert warmed.is_set() and prepare.call_count == 1
    assert backend._cache.computed == 1 and all(r.image.size == (2000, 2000) for r in results)
    await backend.aclose()
