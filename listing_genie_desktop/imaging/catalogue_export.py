"""A catalogue's images for Amazon's image upload: `<PID>.MAIN.jpg`, `<PID>.PT01.jpg` ... per product, one
`manifest.json`, optionally one ZIP.

Amazon's uploader matches files by ASIN, EAN, UPC, ISBN or JAN, so PID is the row's product_id when it has one,
else its SKU. Each product's files are written together (all or none); a catalogue of thousands is not held in
memory at once, and the ZIP is streamed from the written files.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.imaging.export import (
    ExportConflict,
    FilesWriter,
    Format,
    encode,
    file_name,
    in_amazon_order,
    safe_sku,
)

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class ProductImages:
    row: int
    sku: str
    product_id: str | None
    images: tuple[tuple[ImageType, Path], ...]
    main_compliant: bool | None
    """None when MAIN is not among the images."""


@dataclass
class CatalogueExport:
    manifest: Path
    zip_path: Path | None
    products: list[dict[str, object]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """SKUs of valid products with no complete image yet."""
    files_written: int = 0

    @property
    def without_product_id(self) -> list[str]:
        return [str(p["sku"]) for p in self.products if p["product_id"] is None]

    @property
    def main_not_compliant(self) -> list[str]:
        return [str(p["name"]) for p in self.products if p["main_compliant"] is False]

    def report(self) -> list[str]:
        lines = [f"exported {self.files_written} image(s) of {len(self.products)} product(s) to {self.manifest.parent}"]
        if self.without_product_id:
            lines.append(
                f"{len(self.without_product_id)} product(s) have no product_id, so their files are named by SKU: "
                "Amazon's uploader matches only ASIN, EAN, UPC, ISBN or JAN names"
            )
        if self.main_not_compliant:
            lines.append(f"MAIN not compliant for: {', '.join(self.main_not_compliant)} (see manifest.json)")
        if self.skipped:
            lines.append(f"{len(self.skipped)} product(s) have no complete image yet: {', '.join(self.skipped)}")
        return lines


def export_catalogue(
    products: Sequence[ProductImages],
    out_dir: Path,
    fmt: Format = "jpeg",
    make_zip: bool = False,
    force: bool = False,
    *,
    write_files: FilesWriter,
    name: str = "catalogue",
) -> CatalogueExport:
    """Blocking: call it from a worker thread. Raises `ExportConflict` before writing anything if files exist."""
    named = [(safe_sku(p.product_id or p.sku), p) for p in products if p.images]
    targets = [out_dir / file_name(pid, t, fmt) for pid, p in named for t, _ in in_amazon_order(p.images)[0]]
    zip_path = out_dir / f"{safe_sku(name)}.zip" if make_zip else None
    conflicts = [path for path in [*targets, out_dir / MANIFEST, *([zip_path] if zip_path else [])] if path.exists()]
    if conflicts and not force:
        raise ExportConflict(conflicts)
    out_dir.mkdir(parents=True, exist_ok=True)
    result = CatalogueExport(out_dir / MANIFEST, zip_path, skipped=[p.sku for p in products if not p.images])
    for pid, product in named:
        contents: dict[Path, bytes] = {}
        files = []
        for image_type, source in in_amazon_order(product.images)[0]:
            data, (width, height) = encode(source, fmt)
            target = out_dir / file_name(pid, image_type, fmt)
            contents[target] = data
            files.append(
                {
                    "file": target.name,
                    "type": image_type.value,
                    "width": width,
                    "height": height,
                    "bytes": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(),
                }
            )
        write_files(contents)
        result.files_written += len(files)
        result.products.append(
            {
                "row": product.row,
                "sku": product.sku,
                "product_id": product.product_id,
                "name": pid,
                "main_compliant": product.main_compliant,
                "files": files,
            }
        )
    manifest = {"format": fmt, "products": result.products, "no_complete_image": result.skipped}
    write_files({result.manifest: (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()})
    if zip_path is not None:
        _zip_files(zip_path, [result.manifest, *targets])
    return result


def _zip_files(zip_path: Path, members: Sequence[Path]) -> None:
    """Built beside its target from the written files, one at a time, then renamed into place: a crash never
    leaves half a ZIP under the real name, and the catalogue is never all in memory."""
    staging = zip_path.with_name(f".{zip_path.name}.tmp")
    try:
        with staging.open("wb") as raw, zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as archive:
            for member in members:
                archive.write(member, member.name)
        with staging.open("rb+") as written:
            os.fsync(written.fileno())
        staging.replace(zip_path)
    finally:
        staging.unlink(missing_ok=True)
