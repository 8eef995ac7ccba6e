"""Versions made without a generation: an image whose texts the seller edited, re-drawn from what its
generated version was drawn from (the studio's cut-out and design, or a model's clean scene).

An edit is one more attempt of the image (variation `edit`, outcome complete, its own file), so the
history lists it beside the generated versions and every older file stays findable. Its attempt
row remembers which generated version it re-draws (its `root`): the design (palette) and the
clean scene are that version's, however many edits follow one another.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.core.outcome import ImageStatus
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.core.session_records import EDIT_VARIATION, SAME_DESIGN_VARIATIONS, AttemptOutcome
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage.db import AttemptRow, ImageRow
from listing_genie_desktop.storage.records import file_missing, image_row, product_of, session_row
from listing_genie_desktop.storage.siblings import scene_path_for

_EDIT_NOTE = "Texts edited on version {root}; nothing was sent to a model."
_EDIT_ROOT = re.compile(r"^Texts edited on version (\d+);")


@dataclass(frozen=True)
class EditBase:
    """What re-drawing an image's current version with other words needs."""

    session_id: str
    image_type: ImageType
    backend: str
    product: ProductContext
    settings: dict[str, object]
    reference_path: Path
    texts: dict[str, str]
    """The texts drawn on the current version."""
    compliance: dict[str, object] | None
    root: int
    """The generated version (attempt n) the current one was drawn from."""
    design: int
    """How many generated versions came before the one the root draws again: the studio's design (palette)."""
    scene_path: Path | None
    """The root's clean scene when a text overlay drew its words (None: the backend drew them itself)."""


class NothingToEdit(LookupError):
    """The image has no complete version to edit (never made, failed, or its file was deleted)."""


def edit_base(session_id: str, image_type: ImageType) -> EditBase:
    session = session_row(session_id)
    image = ImageRow.get_or_none((ImageRow.session == session_id) & (ImageRow.image_type == image_type.value))
    if image is None:  # a session of a version that did not make this type
        raise NothingToEdit(f"This session has no {image_type.label} image.")
    if image.status != ImageStatus.COMPLETE.value or file_missing(image):
        raise NothingToEdit(f"The {image_type.label} image has no complete version to edit.")
    attempts = list(AttemptRow.select().where(AttemptRow.image == image.id).order_by(AttemptRow.n))
    current = next((a for a in reversed(attempts) if a.path == image.path), None)
    root = current.n if current is not None else image.attempts
    if current is not None and current.variation == EDIT_VARIATION:
        found = _EDIT_ROOT.match(current.prompt or "")
        root = int(found.group(1)) if found else root
    root_row = next((a for a in attempts if a.n == root), None)
    # the design is that of the last generated version up to the root: a touch-up root keeps the one it replaced
    generated = [
        a
        for a in attempts
        if a.n <= root and a.outcome == AttemptOutcome.COMPLETE and a.variation not in SAME_DESIGN_VARIATIONS
    ]
    scene = scene_path_for(Path(root_row.path)) if root_row is not None and root_row.path else None
    return EditBase(
        session_id=session_id,
        image_type=image_type,
        backend=session.backend,
        product=product_of(session),
        settings=json.loads(session.settings or "{}"),
        reference_path=Path(session.reference_path),
        texts=json.loads(image.texts) if image.texts else {},
        compliance=json.loads(image.compliance) if image.compliance else None,
        root=root,
        design=max(0, len(generated) - 1),
        scene_path=scene if scene is not None and scene.is_file() else None,
    )


def next_version(session_id: str, image_type: ImageType) -> int:
    """The attempt number the next version of the image will have (its file is named after it)."""
    return image_row(session_id, image_type).attempts + 1


def version_added(
    session_id: str,
    image_type: ImageType,
    *,
    root: int,
    path: Path,
    texts: dict[str, str],
    started_at: str,
    duration_ms: int,
) -> int:
    """Records an edited version as the image's current one; returns its attempt number."""
    now = utc_now_iso()
    with schema.database.atomic("IMMEDIATE"):
        image = image_row(session_id, image_type)
        last_run = (
            AttemptRow.select(pw.fn.MAX(AttemptRow.run)).join(ImageRow).where(ImageRow.session == session_id).scalar()
        )
        image.attempts += 1
        AttemptRow.create(
            image=image,
            n=image.attempts,
            run=(last_run or 0) + 1,
            started_at=started_at,
            ended_at=now,
            variation=EDIT_VARIATION,
            prompt=_EDIT_NOTE.format(root=root),
            outcome=AttemptOutcome.COMPLETE.value,
            duration_ms=duration_ms,
            path=str(path),
        )
        image.status = ImageStatus.COMPLETE.value
        image.path = str(path)
        image.texts = json.dumps(texts, ensure_ascii=False)
        image.updated_at = now
        image.save()
        return int(image.attempts)
