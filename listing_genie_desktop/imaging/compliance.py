"""Amazon image rules checked on every finished image, reported in the contract's shape.

`{"compliant": bool, "issues": [str]}`: issues are sentences a seller can act on. MAIN gets
the strict checks (pure-white border, product fill); every image gets size and colour mode.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging.measure import as_array, fill_ratio

MIN_LONG_SIDE = 1000
MAX_LONG_SIDE = 10000
FILL_RANGE = (0.80, 0.90)
"""Amazon asks for the product to fill about 85% of the frame; the studio hits 85% +-3%,
model output is accepted within this wider band."""
BORDER_SHARE = 0.01
"""Width of the frame border that must be pure white on MAIN, as a share of the side."""
BORDER_WHITE_MIN = 0.995
"""Share of border pixels that must be exactly (255, 255, 255)."""


@dataclass(frozen=True)
class ComplianceReport:
    compliant: bool
    issues: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"compliant": self.compliant, "issues": list(self.issues)}

    @classmethod
    def from_issues(cls, issues: list[str]) -> ComplianceReport:
        return cls(not issues, tuple(issues))


def check_compliance(
    image_type: ImageType, image: Image.Image, *, isolation_warning: str | None = None
) -> ComplianceReport:
    issues: list[str] = []
    if image.mode != "RGB":
        issues.append(f"Image is in {image.mode} mode; Amazon expects RGB (sRGB).")
    long_side = max(image.size)
    if long_side < MIN_LONG_SIDE:
        issues.append(f"Image is {image.width} x {image.height} px; Amazon zoom needs at least {MIN_LONG_SIDE} px.")
    if long_side > MAX_LONG_SIDE:
        issues.append(f"Image is {image.width} x {image.height} px; Amazon accepts at most {MAX_LONG_SIDE} px.")
    if image_type is ImageType.MAIN:
        issues.extend(_main_issues(image if image.mode == "RGB" else image.convert("RGB"), isolation_warning))
    return ComplianceReport.from_issues(issues)


def _main_issues(image: Image.Image, isolation_warning: str | None) -> list[str]:
    issues = []
    if isolation_warning:
        issues.append(
            f"The product could not be cleanly cut out of the photo ({isolation_warning.rstrip('.')}). "
            "For a compliant main image use a photo of the product alone on a plain white or light background, "
            "or a PNG with a transparent background."
        )
    white = border_white_share(image)
    if white < BORDER_WHITE_MIN:
        issues.append(
            f"Background is not pure white: only {white:.0%} of the border is (255, 255, 255); "
            "Amazon requires pure white."
        )
    ratio = fill_ratio(image)
    low, high = FILL_RANGE
    if not low <= ratio <= high:
        issues.append(f"Product fills {ratio:.0%} of the frame; Amazon expects about 85% ({low:.0%} to {high:.0%}).")
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
