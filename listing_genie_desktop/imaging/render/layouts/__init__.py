"""One module per studio image type; each exposes `render(cutout, product, palette) -> Image`."""
