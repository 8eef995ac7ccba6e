"""Draws the Listing Genie app icon and writes every format the installers need into packaging/icons/.

    .venv/bin/python packaging/make_icons.py

Outputs (committed, so Windows and macOS runners need not regenerate them):
  listing-genie.svg                  the scalable source for Linux (hicolor/scalable)
  hicolor/<N>x<N>/listing-genie.png  N = 16 32 48 64 128 256 512 (Linux hicolor theme)
  listing-genie.ico                  Windows (16 to 256 px)
  listing-genie.icns                 macOS (16 to 1024 px)

The design: a white photo card (a product photo's frame with a hill and a sun) on an indigo-to-violet
rounded square, with a gold four-point sparkle for the genie. Same geometry in the SVG and the bitmaps.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "icons"
NAME = "listing-genie"
CANVAS = 1024
SUPERSAMPLE = 2
TOP, BOTTOM = (79, 70, 229), (147, 51, 234)  # indigo-600 -> purple-600
CARD, INK, SUN, GOLD = (255, 255, 255), (99, 102, 241), (251, 191, 36), (253, 224, 71)
HILL_FAR = (165, 180, 252)
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)

# Geometry on a 1024 canvas.
BG = (64, 64, 960, 960, 200)  # x0, y0, x1, y1, corner radius
CARD_BOX = (224, 288, 736, 800, 56)
PHOTO_BOX = (272, 336, 688, 672)  # clipped picture area inside the card
SUN_C, SUN_R = (592, 432), 48
HILL_NEAR = [(272, 672), (272, 560), (400, 448), (520, 568), (600, 512), (688, 592), (688, 672)]
HILL_BACK = [(400, 672), (560, 520), (688, 624), (688, 672)]
CAPTION = [(272, 704, 560, 736, 16)]  # a "text line" under the photo
SPARKLE_C, SPARKLE_R, SPARKLE_W = (768, 272), 150, 44


def sparkle_points(cx: float, cy: float, r: float, w: float) -> list[tuple[float, float]]:
    """A four-point star: long points on the axes, narrow waist of half-width w."""
    return [
        (cx, cy - r),
        (cx + w, cy - w),
        (cx + r, cy),
        (cx + w, cy + w),
        (cx, cy + r),
        (cx - w, cy + w),
        (cx - r, cy),
        (cx - w, cy - w),
    ]


def draw(size: int) -> Image.Image:
    scale = size * SUPERSAMPLE / CANVAS
    big = size * SUPERSAMPLE

    def s(values):
        return [round(v * scale) for v in values]

    gradient = Image.new("RGB", (1, big))
    for y in range(big):
        t = y / max(big - 1, 1)
        gradient.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM, strict=True)))
    gradient = gradient.resize((big, big))
    mask = Image.new("L", (big, big), 0)
    x0, y0, x1, y1, r = BG
    ImageDraw.Draw(mask).rounded_rectangle(s((x0, y0, x1, y1)), radius=round(r * scale), fill=255)
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    image.paste(gradient, (0, 0), mask)

    d = ImageDraw.Draw(image)
    x0, y0, x1, y1, r = CARD_BOX
    shadow = round(16 * scale)
    d.rounded_rectangle(s((x0, y0, x1, y1)), radius=round(r * scale), fill=(49, 46, 129, 255))
    d.rounded_rectangle([v - shadow for v in s((x0, y0, x1, y1))], radius=round(r * scale), fill=CARD)
    photo = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    p = ImageDraw.Draw(photo)
    p.rectangle(s(PHOTO_BOX), fill=(238, 242, 255))
    cx, cy = SUN_C
    p.ellipse(s((cx - SUN_R, cy - SUN_R, cx + SUN_R, cy + SUN_R)), fill=SUN)
    p.polygon([tuple(s(pt)) for pt in HILL_BACK], fill=HILL_FAR)
    p.polygon([tuple(s(pt)) for pt in HILL_NEAR], fill=INK)
    clip = Image.new("L", (big, big), 0)
    ImageDraw.Draw(clip).rectangle(s(PHOTO_BOX), fill=255)
    offset = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    moved_clip = clip.transform(clip.size, Image.Transform.AFFINE, (1, 0, shadow, 0, 1, shadow))
    offset.paste(photo, (-shadow, -shadow), moved_clip)
    image.alpha_composite(offset)
    for x0, y0, x1, y1, r in CAPTION:
        d.rounded_rectangle([v - shadow for v in s((x0, y0, x1, y1))], radius=round(r * scale), fill=HILL_FAR)
    cx, cy = SPARKLE_C
    d.polygon(
        [tuple(s(pt)) for pt in sparkle_points(cx, cy, SPARKLE_R, SPARKLE_W)],
        fill=GOLD,
        outline=(180, 83, 9),
        width=max(1, round(10 * scale)),
    )
    d.polygon([tuple(s(pt)) for pt in sparkle_points(cx + 120, cy + 150, 52, 16)], fill=GOLD)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def svg() -> str:
    def pts(points):
        return " ".join(f"{x:g},{y:g}" for x, y in points)

    bx0, by0, bx1, by1, br = BG
    cx0, cy0, cx1, cy1, cr = CARD_BOX
    px0, py0, px1, py1 = PHOTO_BOX
    o = 16  # the card's shadow offset
    sx, sy = SPARKLE_C
    caption = "".join(
        f'<rect x="{x0 - o}" y="{y0 - o}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="rgb{HILL_FAR}"/>'
        for x0, y0, x1, y1, r in CAPTION
    )
    size = f'width="{CANVAS}" height="{CANVAS}" viewBox="0 0 {CANVAS} {CANVAS}"'
    star = pts(sparkle_points(sx, sy, SPARKLE_R, SPARKLE_W))
    return f"""<svg xmlns="http://www.w3.org/2000/svg" {size}>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="rgb{TOP}"/><stop offset="1" stop-color="rgb{BOTTOM}"/>
    </linearGradient>
    <clipPath id="photo"><rect x="{px0 - o}" y="{py0 - o}" width="{px1 - px0}" height="{py1 - py0}"/></clipPath>
  </defs>
  <rect x="{bx0}" y="{by0}" width="{bx1 - bx0}" height="{by1 - by0}" rx="{br}" fill="url(#bg)"/>
  <rect x="{cx0}" y="{cy0}" width="{cx1 - cx0}" height="{cy1 - cy0}" rx="{cr}" fill="rgb(49,46,129)"/>
  <rect x="{cx0 - o}" y="{cy0 - o}" width="{cx1 - cx0}" height="{cy1 - cy0}" rx="{cr}" fill="#fff"/>
  <g clip-path="url(#photo)" transform="translate({-o},{-o})">
    <rect x="{px0}" y="{py0}" width="{px1 - px0}" height="{py1 - py0}" fill="rgb(238,242,255)"/>
    <circle cx="{SUN_C[0]}" cy="{SUN_C[1]}" r="{SUN_R}" fill="rgb{SUN}"/>
    <polygon points="{pts(HILL_BACK)}" fill="rgb{HILL_FAR}"/>
    <polygon points="{pts(HILL_NEAR)}" fill="rgb{INK}"/>
  </g>
  {caption}
  <polygon points="{star}" fill="rgb{GOLD}" stroke="rgb(180,83,9)" stroke-width="10" stroke-linejoin="round"/>
  <polygon points="{pts(sparkle_points(sx + 120, sy + 150, 52, 16))}" fill="rgb{GOLD}"/>
</svg>
"""


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{NAME}.svg").write_text(svg(), encoding="utf-8")
    master = draw(CANVAS)
    for size in PNG_SIZES:
        folder = OUT / "hicolor" / f"{size}x{size}"
        folder.mkdir(parents=True, exist_ok=True)
        (draw(size) if size <= 64 else master.resize((size, size), Image.Resampling.LANCZOS)).save(
            folder / f"{NAME}.png", optimize=True
        )
    master.resize((256, 256), Image.Resampling.LANCZOS).save(
        OUT / f"{NAME}.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)]
    )
    master.save(OUT / f"{NAME}.icns")
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
