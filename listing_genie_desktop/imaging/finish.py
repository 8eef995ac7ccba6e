"""The engine's finisher: post-processing and compliance (imaging.postprocess), then PNG encoding."""

from __future__ import annotations

import io

from listing_genie_desktop.backends.base import GeneratedImage
from listing_genie_desktop.core.pipeline import EncodedImage
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.postprocess import finish_image


def finish_and_encode(
    image_type: ImageType,
    generated: GeneratedImage,
    product: ProductContext,
    *,
    backend_renders_text: bool,
    text_overlay: bool,
) -> EncodedImage:
    finished = finish_image(
        image_type,
        generated.image,
        product,
        backend_renders_text=backend_renders_text,
        text_overlay=text_overlay,
        isolation_warning=generated.warning,
    )
    buffer = io.BytesIO()
    finished.image.save(buffer, format="PNG", compress_level=3)
    return EncodedImage(buffer.getvalue(), finished.compliance.to_json())
