"""The two-core upscale must give exactly Pillow's Lanczos result: a faster finish, not a different image."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from listing_genie_desktop.imaging import bands
from listing_genie_desktop.imaging.upscale import upscale_square


def noise(side: int, mode: str = "RGB") -> Image.Image:
    """Random pixels: the hardest case for banding, since Lanczos' negative lobes clip on every edge."""
    channels = len(mode)
    values = np.random.default_rng(side).integers(0, 256, (side, side, channels), dtype=np.uint8)
    return Image.fromarray(values[..., 0] if channels == 1 else values, mode)


def lanczos(image: Image.Image, side: int) -> np.ndarray:
    return np.asarray(image.resize((side, side), Image.Resampling.LANCZOS))


@pytest.mark.parametrize("mode", ["RGB", "L", "RGBA"])
@pytest.mark.parametrize("source", [1024, 1000, 777, 1536, 3])
def test_to_the_2000_px_target_the_result_is_pillows_lanczos_pixel_for_pixel(source: int, mode: str) -> None:
    image = noise(source, mode)

    result = upscale_square(image, 2000)

    assert result.mode == mode
    assert np.array_equal(np.asarray(result), lanczos(image, 2000))


@pytest.mark.parametrize("side", [1001, 1999])
def test_to_an_odd_side_no_pixel_is_more_than_one_level_off(side: int) -> None:
    image = noise(600)

    difference = np.abs(np.asarray(upscale_square(image, side)).astype(int) - lanczos(image, side))

    assert difference.max() <= 1
    assert (difference > 0).mean() < 0.001


def test_a_single_core_machine_resizes_in_one_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bands, "BANDS", 1)
    image = noise(500)

    assert np.array_equal(np.asarray(upscale_square(image, 901)), lanczos(image, 901))


def test_a_non_square_image_is_refused() -> None:
    with pytest.raises(ValueError, match="square"):
        upscale_square(Image.new("RGB", (100, 80)), 2000)


def test_an_image_not_yet_decoded_is_upscaled_whole(tmp_path) -> None:
    image = noise(700)
    image.save(tmp_path / "answer.png")

    with Image.open(tmp_path / "answer.png") as lazy:
        result = upscale_square(lazy, 2000)

    assert np.array_equal(np.asarray(result), lanczos(image, 2000))


def test_bands_within_a_band_run_in_turn_instead_of_waiting_on_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both pool threads busy with outer bands, each asking for inner bands: with no fallback, that waits forever."""
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(bands, "BANDS", 2)

    def outer(top: int, bottom: int) -> list[tuple[int, int]]:
        return bands.map_bands(lambda t, b: (top + t, top + b), bottom - top)

    with ThreadPoolExecutor(1) as watchdog:
        result = watchdog.submit(bands.map_bands, outer, 100).result(timeout=10)

    assert [pair for inner in result for pair in inner] == [(0, 25), (25, 50), (50, 75), (75, 100)]
