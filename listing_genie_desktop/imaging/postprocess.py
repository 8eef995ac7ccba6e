"""What every backend's output goes through before it is saved: size, white, words, checks.

`finish_image` is the one entry point (blocking; the engine calls it in a worker thread):
0. an answer under `MIN_PICTURE` px on its shorter side is no picture (an 8 x 8 placeholder, an
   icon): it is refused as `no_image`, which the engine retries like an answer without an image;
1. any image smaller than 2000 px is upscaled (Lanczos) to 2000 x 2000;
   a non-square image is fitted and padded on white for MAIN, centre-cropped to square for the others;
2. MAIN: near-white pixels connected to the border become exactly (255, 255, 255), removing
   the off-white cast and grey halo models leave; then, if the product's fill is outside
   Amazon's band and the background is clean, the product is re-framed to fill 85%. Both are
   skipped for an image its backend marks `clean` (the studio's MAIN is composed on pure white
   at 85% already: whitening would only clip the soft tail of its contact shadow);
3. when the backend does not draw text and the overlay setting is on, the exact listing words
   are drawn over INFOGRAPHIC_1, INFOGRAPHIC_2 and COMPARISON;
4. the compliance report, told the answer's own size (a 600 px answer upscaled to 2000 px does
   not meet the zoom rule) and, for MAIN, what the backend found in its cut-out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.image_types import is_main_image, spec_of
from listing_genie_desktop.core.ports import GeneratedImage
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.imaging.canvas_math import fit_size
from listing_genie_desktop.imaging.compliance import FILL_RANGE, ComplianceReport, Provenance, check_compliance
from listing_genie_desktop.imaging.measure import as_array, content_bbox, fill_ratio
from listing_genie_desktop.imaging.overlay import overlay_text
from listing_genie_desktop.imaging.raster import connected_to_border

TARGET = 2000
WHITE_THRESHOLD = 238
"""Every channel at least this, and connected to the border, counts as background on MAIN."""
WHITE_TOLERANCE = 10
"""Channel spread allowed in a "white" pixel (so a pale-coloured product edge is kept)."""
MAIN_FILL = 0.85
MIN_PICTURE = 256
"""Shorter side (px) under which an answer is not a picture of the product: refused as `no_image`."""


@dataclass(frozen=True)
class FinishedImage:
    image: Image.Image
    """RGB, 2000 x 2000 (or larger if the backend gave more)."""
    compliance: ComplianceReport
    texts: dict[str, str] | None = None
    """The words the text overlay drew, KEY -> text; None when it drew none (the backend's own are kept)."""
    scene: Image.Image | None = None
    """The squared scene before the overlay drew on it: kept so an edit of the words draws on a clean scene."""


def finish_image(
    image_type: ImageType,
    generated: GeneratedImage,
    product: ProductContext,
    *,
    backend_renders_text: bool,
    text_overlay: bool,
) -> FinishedImage:
    image = generated.image
    if min(image.size) < MIN_PICTURE:
        raise GenerationError(
            ErrorKind.NO_IMAGE,
            f"The answer was a {image.width} x {image.height} px image, too small to be a picture "
            f"(at least {MIN_PICTURE} px on each side).",
        )
    result = to_square(image_type, image if image.mode == "RGB" else image.convert("RGB"))
    clean = generated.clean
    texts = None
    scene = None
    main = is_main_image(image_type)
    if main and not clean:
        result = whiten_background(result)
        result = reframe_main(result)
    elif text_overlay and not backend_renders_text and spec_of(image_type).text_overlay:
        scene = result
        result, texts = overlay_text(image_type, scene, product)
    provenance = Provenance(
        answer_size=image.size,
        isolation_warning=generated.warning if main else None,
        cut_issues=generated.cut_issues if main else None,
        photo_size=generated.photo_size if main else None,
        product_px=generated.product_px if main else None,
    )
    return FinishedImage(result, check_compliance(image_type, result, provenance), texts, scene)


def to_square(image_type: ImageType, image: Image.Image) -> Image.Image:
    """At least TARGET px square: upscale small images, pad (MAIN) or crop (others) non-square ones."""
    width, height = image.size
    if width != height:
        if is_main_image(image_type):
            side = max(width, height)
            canvas = Image.new("RGB", (side, side), (255, 255, 255))
            canvas.paste(image, ((side - width) // 2, (side - height) // 2))
            image = canvas
        else:
            side = min(width, height)
            left, top = (width - side) // 2, (height - side) // 2
            image = image.crop((left, top, left + side, top + side))
    if image.width < TARGET:
        image = image.resize((TARGET, TARGET), Image.Resampling.LANCZOS)
    return image


def whiten_background(image: Image.Image) -> Image.Image:
    """Near-white, near-neutral pixels reachable from the frame border become pure white."""
    # per-pixel channel minimum and maximum in Pillow (C loops over planes): numpy's reductions
    # over the colour axis of a 2000 px image cost ten times as much
    red, green, blue = image.split()
    low = ImageChops.darker(ImageChops.darker(red, green), blue)
    spread = ImageChops.subtract(ImageChops.lighter(ImageChops.lighter(red, green), blue), low)
    low_values = as_array(low)
    candidate = (low_values >= WHITE_THRESHOLD) & (as_array(spread) <= WHITE_TOLERANCE)
    # one 4-connected flood fill from outside the frame marks every candidate region touching the border
    background = connected_to_border(candidate)
    if not (background & (low_values < 255)).any():
        return image  # already pure white wherever it should be
    result = image.copy()
    result.paste((255, 255, 255), (0, 0), Image.fromarray(background.view(np.uint8) * np.uint8(255)))
    return result


def reframe_main(image: Image.Image) -> Image.Image:
    """Scales the product to fill 85% when its fill is outside Amazon's band and it does not touch the frame."""
    box = content_bbox(image)
    ratio = fill_ratio(image, box)
    low, high = FILL_RANGE
    if box is None or low <= ratio <= high:
        return image
    left, top, right, bottom = box
    if left == 0 or top == 0 or right == image.width or bottom == image.height:
        return image  # cropped by the frame: scaling would cut the product
    product = image.crop(box)
    size = fit_size(product.size, (round(MAIN_FILL * image.width), round(MAIN_FILL * image.height)))
    product = product.resize(size, Image.Resampling.LANCZOS)
    canvas = Image.new("RGB", image.size, (255, 255, 255))
    canvas.paste(product, ((image.width - size[0]) // 2, (image.height - size[1]) // 2))
    return whiten_background(canvas)
