"""The figures a catalogue run reports: exact, from the run's clock."""

from __future__ import annotations

from listing_genie_desktop.core.catalogue_pace import CataloguePace
from listing_genie_desktop.core.errors import ErrorKind
from listing_genie_desktop.core.events import ImageCompleted, ImageFailed
from listing_genie_desktop.core.product import ImageType


def completed(n: int) -> ImageCompleted:
    return ImageCompleted(f"s{n}", ImageType.MAIN, 1, f"/x/{n}.png", True)


def test_pace_and_eta_come_from_the_images_completed_in_the_last_five_minutes() -> None:
    pace = CataloguePace(products_total=4, images_left=20, started_at=1000.0)
    assert pace.report(1000.0).line() == "0/4 products, 0 images; pace not known yet"

    for n, at in enumerate((1030.0, 1060.0, 1090.0, 1120.0, 1150.0)):
        pace.observe(completed(n), now=at)
    pace.product_done()
    report = pace.report(now=1150.0)
    assert report.images_per_minute == 2.0  # 5 images in the 150 s since the start
    assert report.eta_s == 15 / 2.0 * 60
    assert report.line() == "1/4 products, 5 images; 2.0 images/min, about 8 min left"

    pace.observe(ImageFailed("s9", ImageType.LIFESTYLE, "failed", ErrorKind.SERVER, "503", 4), now=1200.0)
    later = pace.report(now=1400.0)  # the window is the last 300 s: only 1120 and 1150 are still in it
    assert later.images_per_minute == 0.4
    assert later.line() == "1/4 products, 5 images, 1 failed; 0.4 images/min, about 35 min left"

    stalled = pace.report(now=1800.0)
    assert (stalled.images_per_minute, stalled.eta_s) == (0.0, None)
    assert stalled.line() == "1/4 products, 5 images, 1 failed; 0.0 images/min"


def test_a_run_with_nothing_left_says_so() -> None:
    pace = CataloguePace(products_total=1, images_left=1, started_at=0.0)
    pace.observe(completed(1), now=60.0)
    assert pace.report(now=60.0).eta_s == 0.0
