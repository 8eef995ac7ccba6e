"""Amazon image rules checked on every finished image, reported in the contract's shape.

`{"compliant": bool, "issues": [str]}`: issues are sentences a seller can act on: what is wrong
and what photo to take instead. Every image gets colour mode and size, judged on the pixels the
answer really had (an answer or photo upscaled to 2000 px does not meet the zoom rule). MAIN also
gets the strict output checks (pure-white border, product fill) and the cut-out's own checks
(imaging.cut_check): the backend's findings on its cut when it made one (the studio), else what
the finished image shows (loose pieces beside the product, a product cut by the frame).
"Amazon-ready" means every one of them holds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image

from listing_genie_desktop.core.image_types import is_main_image
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging.cut_check import examine_finished
from listing_genie_desktop.imaging.measure import as_array, content_bbox, fill_ratio

MIN_LONG_SIDE = 1000
MAX_LONG_SIDE = 10000
FILL_RANGE = (0.80, 0.90)
"""Amazon asks for the product to fill about 85% of the frame; the studio hits 85% +-3%,
model output is accepted within this wider band."""
BORDER_SHARE = 0.01
"""Width of the frame border that must be pure white on MAIN, as a share of the side."""
BORDER_WHITE_MIN = 0.995
"""Share of border pixels that must be exactly (255, 255, 255)."""

NOT_RGB = QT_TR_NOOP("Image is in {mode} mode; Amazon expects RGB (sRGB).")
TOO_SMALL = QT_TR_NOOP("Image is {width} x {height} px; Amazon zoom needs at least {limit} px.")
TOO_LARGE = QT_TR_NOOP("Image is {width} x {height} px; Amazon accepts at most {limit} px.")
UPSCALED_PHOTO = QT_TR_NOOP(
    "Upscaled from {side} px: the product is {product} px across in the {width} x {height} px photo and {shown} px "
    "in this image, so Amazon's zoom will look soft. Use a photo at your camera's full resolution with the product "
    "at least {needed} px across."
)
UPSCALED_ANSWER = QT_TR_NOOP(
    "Upscaled from {side} px: the answer was {width} x {height} px, so Amazon's zoom will look soft. Ask for a "
    "larger size (2K) or use a larger photo."
)
NOT_CUT_OUT = QT_TR_NOOP(
    "The product could not be cleanly cut out of the photo ({reason}). For a compliant main image use a photo of "
    "the product alone on a plain white or light background, or a PNG with a transparent background."
)
NOT_WHITE = QT_TR_NOOP(
    "Background is not pure white: only {share} of the border is (255, 255, 255); Amazon requires pure white."
)
FILL = QT_TR_NOOP("Product fills {share} of the frame; Amazon expects about 85% ({low} to {high}).")


@dataclass(frozen=True)
class ComplianceReport:
    compliant: bool
    issues: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"compliant": self.compliant, "issues": list(self.issues)}

    @classmethod
    def from_issues(cls, issues: list[str]) -> ComplianceReport:
        return cls(not issues, tuple(issues))


@dataclass(frozen=True)
class Provenance:
    """Where a finished image's pixels came from: what its own pixels cannot tell."""

    answer_size: tuple[int, int] | None = None
    """The backend's answer's size before post-processing (None: the image as it is)."""
    isolation_warning: str | None = None
    """Why the studio could not trust its cut-out (MAIN)."""
    cut_issues: tuple[str, ...] | None = None
    """The backend's findings on its cut-out (MAIN); None when it made none: the output is examined."""
    photo_size: tuple[int, int] | None = None
    """The seller's photo's size when the product was enlarged from it (MAIN, studio)."""
    product_px: int | None = None
    """The product's longer side in that photo's pixels."""


def check_compliance(
    image_type: ImageType, image: Image.Image, provenance: Provenance | None = None
) -> ComplianceReport:
    provenance = provenance or Provenance()
    issues: list[str] = []
    if image.mode != "RGB":
        issues.append(NOT_RGB.format(mode=image.mode))
    long_side = max(image.size)
    if long_side < MIN_LONG_SIDE:
        issues.append(TOO_SMALL.format(width=image.width, height=image.height, limit=MIN_LONG_SIDE))
    if long_side > MAX_LONG_SIDE:
        issues.append(TOO_LARGE.format(width=image.width, height=image.height, limit=MAX_LONG_SIDE))
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    main_rules = is_main_image(image_type)  # the registry says which rules apply: MAIN's, or the others'
    box = content_bbox(rgb) if main_rules else None  # measured once: a full pass
    issues.extend(_resolution_issues(rgb, image_type, provenance, box))
    if main_rules:
        issues.extend(_main_issues(rgb, provenance, box))
    return ComplianceReport.from_issues(issues)


def _resolution_issues(
    image: Image.Image, image_type: ImageType, provenance: Provenance, box: tuple[int, int, int, int] | None
) -> list[str]:
    """The zoom rule on the real pixels: the product's in the seller's photo, else the answer's own.

    `box` is MAIN's product box (content_bbox)."""
    long_side = max(image.size)
    if is_main_image(image_type) and provenance.product_px and provenance.photo_size:
        shown = max(box[2] - box[0], box[3] - box[1]) if box else long_side
        if provenance.product_px * long_side / max(1, shown) >= MIN_LONG_SIDE:
            return []
        width, height = provenance.photo_size
        needed = math.ceil(MIN_LONG_SIDE * shown / long_side)
        return [
            UPSCALED_PHOTO.format(
                side=max(width, height),
                product=provenance.product_px,
                width=width,
                height=height,
                shown=shown,
                needed=needed,
            )
        ]
    if provenance.answer_size and max(provenance.answer_size) < MIN_LONG_SIDE <= long_side:
        width, height = provenance.answer_size
        return [UPSCALED_ANSWER.format(side=max(width, height), width=width, height=height)]
    return []


def _main_issues(image: Image.Image, provenance: Provenance, box: tuple[int, int, int, int] | None) -> list[str]:
    issues = []
    if provenance.isolation_warning:
        issues.append(NOT_CUT_OUT.format(reason=provenance.isolation_warning.rstrip(".")))
    white = border_white_share(image)
    if white < BORDER_WHITE_MIN:
        issues.append(NOT_WHITE.format(share=f"{white:.0%}"))
    ratio = fill_ratio(image, box)
    low, high = FILL_RANGE
    if not low <= ratio <= high:
        issues.append(FILL.format(share=f"{ratio:.0%}", low=f"{low:.0%}", high=f"{high:.0%}"))
    if provenance.cut_issues is not None:
        issues.extend(provenance.cut_issues)
    elif not provenance.isolation_warning:
        issues.extend(examine_finished(image))
    return issues


def border_white_share(image: Image.Image) -> float:
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    width, height = rgb.size
    band = max(1, round(BORDER_SHARE * min(height, width)))
    if 2 * band >= min(width, height):
        return _white_share([rgb])
    strips = [
        rgb.crop((0, 0, width, band)),
        rgb.crop((0, height - band, width, height)),
        rgb.crop((0, band, band, height - band)),
        rgb.crop((width - band, band, width, height - band)),
    ]
    return _white_share(strips)


def _white_share(strips: list[Image.Image]) -> float:
    white = total = 0
    for strip in strips:
        pixels = as_array(strip)
        white += int((pixels == 255).all(axis=2).sum())
        total += strip.width * strip.height
    return white / max(1, total)
