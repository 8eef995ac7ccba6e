import pytest
from PIL import Image

from listing_genie_desktop.core.clock import FakeClock
from listing_genie_desktop.core.product import ProductContext
from listing_genie_desktop.imaging.loading import ReferencePhoto, encode_for_model
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage.history import HistoryStore


@pytest.fixture
def product() -> ProductContext:
    return ProductContext.create(
        "Insulated Steel Bottle",
        ["Keeps drinks cold 24 h", "Leak-proof lid", "BPA free"],
        "hikers",
        ["durable water bottle"],
    )


@pytest.fixture
def reference() -> ReferencePhoto:
    image = Image.new("RGB", (600, 600), (30, 90, 160))
    return ReferencePhoto(image, None, b"\xff\xd8fake", "jpg", (), encode_for_model(image), "image/png")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def store(isolated_home):
    history = HistoryStore(AppPaths.from_environment())
    await history.open()
    yield history
    await history.close()
