"""Writing a session's finished images with Amazon's upload names.

`SKU.MAIN.jpg`, `SKU.PT01.jpg` ... `SKU.PT04.jpg` in MAIN, INFOGRAPHIC_1, INFOGRAPHIC_2,
LIFESTYLE, COMPARISON order (each type's Amazon code from the image-type registry; an image of a
type this build does not know is left out, never given a guessed code), plus `manifest.json`
(type, size, SHA-256 per file) and an optional ZIP. Pure and blocking: no database, no Qt; call it from a worker thread.
Existing files are never overwritten silently. Every image is encoded before anything is written,
and all files are staged (temp file, fsync) before any is renamed into place, so a missing image, a
full disk or a crash leaves the folder as it was, never half of one export. Replacing an earlier
export of the same SKU also removes its files that this one does not write (an image, a ZIP, the
other format), so the folder never mixes two exports.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import struct
import unicodedata
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import Image, ImageCms

from listing_genie_desktop.core.image_types import spec_of
from listing_genie_desktop.core.product import ImageType

Format = Literal["jpeg", "png"]
FilesWriter = Callable[[Mapping[Path, bytes]], None]
"""Writes every file or none (storage's `atomic_write_many`): injected, so imaging never imports storage."""
JPEG_QUALITY = 95
SKU_MAX = 40
MANIFEST = "manifest.json"
AMAZON_CODES = ("MAIN", *(f"PT{n:02d}" for n in range(1, 9)))
"""Every variant code an export may use: an earlier export's files under any of them are replaced."""


class ExportConflict(FileExistsError):
    """Files to be written (or an earlier export's, to be removed) already exist and `force` was not given."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.paths = tuple(paths)
        names = ", ".join(p.name for p in self.paths)
        super().__init__(f"{len(self.paths)} file(s) already exist in {self.paths[0].parent}: {names}.")


@dataclass(frozen=True)
class ExportedFile:
    image_type: ImageType
    path: Path
    width: int
    height: int
    bytes: int
    sha256: str

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.path.name,
            "type": self.image_type.value,
            "width": self.width,
            "height": self.height,
            "bytes": self.bytes,
            "sha256": self.sha256,
        }


@dataclass(frozen=True)
class ExportResult:
    files: tuple[ExportedFile, ...]
    manifest: Path
    zip_path: Path | None
    sku: str
    left_out: tuple[ImageType, ...] = ()
    """Complete images of types this build does not know (a newer version's): no Amazon code, not written."""


_LATIN_LETTERS = str.maketrans(
    {"ß": "ss", "ẞ": "SS", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Œ": "OE", "œ": "oe", "Ł": "L", "ł": "l",
     "Đ": "D", "đ": "d", "Þ": "TH", "þ": "th", "ı": "i"}
)  # fmt: skip
"""Latin letters that Unicode does not decompose into an ASCII letter and a mark."""
SKU_HASH_LENGTH = 8


def sku_from_title(title: str) -> str:
    """A filename-safe slug of the title: ASCII letters, digits and dashes, at most 40 characters,
    cut between words, never inside one ("...-MIT-UNTERTASSE", not "...-MIT-UNTERTAS").

    Letters with no ASCII form (Japanese, Chinese, Cyrillic, Arabic...) are not dropped silently:
    the slug then ends in a short stable hash of the whole title, so two Japanese titles get two
    SKUs (and one title always the same), where both used to become "LISTING" and collide."""
    text = unicodedata.normalize("NFKC", title).translate(_LATIN_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", ascii_text.upper())
    lost = any(ch.isalnum() and not ch.isascii() for ch in decomposed)
    if not lost:
        return _join_words(words, SKU_MAX) or "LISTING"
    digest = hashlib.sha256(unicodedata.normalize("NFC", title.strip()).encode()).digest()
    tag = base64.b32encode(digest).decode()[:SKU_HASH_LENGTH]
    head = _join_words(words, SKU_MAX - SKU_HASH_LENGTH - 1)
    return f"{head}-{tag}" if head else tag


def _join_words(words: list[str], limit: int) -> str:
    """As many whole words as fit in `limit` characters, joined by dashes; a first word longer
    than that alone is cut (there is no boundary to cut at)."""
    slug = ""
    for word in words:
        joined = f"{slug}-{word}" if slug else word
        if len(joined) > limit:
            return slug or word[:limit]
        slug = joined
    return slug


def safe_sku(sku: str) -> str:
    """A seller-given SKU with path separators and other unsafe characters made safe.

    Dots go too: Amazon's file names use them to separate SKU, slot and extension."""
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", unicodedata.normalize("NFKC", sku).strip())
    cleaned = cleaned.strip("-")[:SKU_MAX] or "LISTING"
    return cleaned


def file_name(sku: str, image_type: ImageType, fmt: Format) -> str:
    return f"{sku}.{spec_of(image_type).code}.{'jpg' if fmt == 'jpeg' else 'png'}"


def in_amazon_order(
    images: Sequence[tuple[ImageType, Path]],
) -> tuple[list[tuple[ImageType, Path]], tuple[ImageType, ...]]:
    """The images whose type has an Amazon code, in code order (MAIN, PT01, ...), and the types left out."""
    known = sorted((item for item in images if item[0].known), key=lambda item: spec_of(item[0]).code)
    return known, tuple(t for t, _ in images if not t.known)


def export_images(
    images: Sequence[tuple[ImageType, Path]],
    out_dir: Path,
    sku: str,
    fmt: Format = "jpeg",
    make_zip: bool = False,
    force: bool = False,
    *,
    write_files: FilesWriter,
) -> ExportResult:
    """Writes the given complete images; raises `ExportConflict` before writing anything if files exist."""
    if fmt not in ("jpeg", "png"):
        raise ValueError(f"Unknown export format {fmt!r}; use jpeg or png.")
    sku = safe_sku(sku)
    ordered, left_out = in_amazon_order(images)
    if len({t for t, _ in ordered}) != len(ordered):
        raise ValueError("Each image type can be exported once.")
    out_dir = Path(out_dir)
    targets = [out_dir / file_name(sku, t, fmt) for t, _ in ordered]
    manifest = out_dir / MANIFEST
    zip_path = out_dir / f"{sku}.zip" if make_zip else None
    written = [*targets, manifest, *([zip_path] if zip_path else [])]
    earlier = _earlier_export_files(out_dir, sku, keep=written)
    conflicts = [p for p in written if p.exists()] + earlier
    if conflicts and not force:
        raise ExportConflict(conflicts)

    contents: dict[Path, bytes] = {}
    files = []
    for (image_type, source), target in zip(ordered, targets, strict=True):
        data, size = encode(source, fmt)
        contents[target] = data
        files.append(ExportedFile(image_type, target, size[0], size[1], len(data), hashlib.sha256(data).hexdigest()))
    manifest_data = {"sku": sku, "format": fmt, "files": [f.to_json() for f in files]}
    contents[manifest] = (json.dumps(manifest_data, indent=2) + "\n").encode()
    if zip_path is not None:
        contents[zip_path] = _zipped({path.name: data for path, data in contents.items()})
    out_dir.mkdir(parents=True, exist_ok=True)
    write_files(contents)
    for path in earlier:
        path.unlink(missing_ok=True)
    return ExportResult(tuple(files), manifest, zip_path, sku, left_out)


def _earlier_export_files(out_dir: Path, sku: str, keep: Sequence[Path]) -> list[Path]:
    """Files an earlier export of `sku` left in `out_dir` that this one does not write."""
    names = [f"{sku}.{code}.{ext}" for code in AMAZON_CODES for ext in ("jpg", "png")] + [f"{sku}.zip"]
    return [path for path in (out_dir / name for name in names) if path not in keep and path.exists()]


def encode(source: Path, fmt: Format) -> tuple[bytes, tuple[int, int]]:
    """The image as sRGB JPEG (quality 95, no alpha) or PNG bytes."""
    with Image.open(source) as opened:
        opened.load()
        image = opened.convert("RGBA") if opened.mode in ("RGBA", "LA", "P") else opened
        if image.mode == "RGBA":
            white = Image.new("RGB", image.size, (255, 255, 255))
            white.paste(image, mask=image.getchannel("A"))
            image = white
        image = image.convert("RGB")
    buffer = io.BytesIO()
    if fmt == "jpeg":
        image.save(buffer, "JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=True, icc_profile=_srgb_profile())
    else:
        image.save(buffer, "PNG", optimize=False, compress_level=6)
    return buffer.getvalue(), image.size


def _srgb_profile() -> bytes:
    """An sRGB ICC profile, so viewers and Amazon read the colours as sRGB, not guess. Its creation date
    (header bytes 24 to 35) is fixed: LittleCMS writes the current time, so exporting the same images twice
    gave different files, and a second export took its own earlier files for a conflict."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[24:36] = _PROFILE_DATE
    return bytes(profile)


_PROFILE_DATE = struct.pack(">6H", 2000, 1, 1, 0, 0, 0)


def _zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
