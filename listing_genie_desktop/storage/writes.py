"""The pipeline's writes (the RunStore protocol's SQL), run on the store's database thread; each is one
`BEGIN IMMEDIATE` transaction, so a second process never fails to upgrade a read lock."""

from __future__ import annotations

import json
from pathlib import Path

import peewee as pw

from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.image_types import registered
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.ports import AttemptHandle, MadeBy, Usage
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.core.session_records import AttemptOutcome
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage.db import AttemptRow, ImageRow, KeywordRow, SessionRow
from listing_genie_desktop.storage.records import image_row, session_row


def create_session(
    session_id: str,
    product: ProductContext,
    reference_path: Path,
    backend: str,
    model: str | None,
    settings: dict[str, object],
) -> None:
    now = utc_now_iso()
    with schema.database.atomic("IMMEDIATE"):
        SessionRow.create(
            id=session_id,
            title=product.title,
            features=json.dumps(list(product.features), ensure_ascii=False),
            compared_with=(
                json.dumps(list(product.compared_with), ensure_ascii=False) if product.compared_with else None
            ),
            audience=product.audience,
            backend=backend,
            model=model,
            status=SessionStatus.PENDING.value,
            created_at=now,
            reference_path=str(reference_path),
            settings=json.dumps(settings),
        )
        for position, keyword in enumerate(product.keywords):
            KeywordRow.create(
                session=session_id,
                position=position,
                keyword=keyword.keyword,
                intents=",".join(i.value for i in keyword.intents),
            )
        for position, image_type in enumerate(registered()):  # the session keeps its own types
            ImageRow.create(
                session=session_id,
                image_type=image_type.value,
                position=position,
                status=ImageStatus.PENDING.value,
                updated_at=now,
            )


def begin_run(session_id: str, image_types: tuple[ImageType, ...]) -> int:
    now = utc_now_iso()
    with schema.database.atomic("IMMEDIATE"):
        session = session_row(session_id)
        last_run = (
            AttemptRow.select(pw.fn.MAX(AttemptRow.run)).join(ImageRow).where(ImageRow.session == session_id).scalar()
        )
        session.status = SessionStatus.PROCESSING.value
        session.started_at = session.started_at or now
        session.finished_at = None
        session.save()
        ImageRow.update(status=ImageStatus.PENDING.value, error=None, error_kind=None, updated_at=now).where(
            (ImageRow.session == session_id) & ImageRow.image_type.in_([t.value for t in image_types])
        ).execute()
        return (last_run or 0) + 1


def attempt_started(
    session_id: str,
    image_type: ImageType,
    *,
    run: int,
    started_at: str,
    delay_before_s: float,
    variation: str,
    prompt: str,
    made_by: MadeBy | None = None,
) -> AttemptHandle:
    with schema.database.atomic("IMMEDIATE"):
        image = image_row(session_id, image_type)
        image.attempts += 1
        image.status = ImageStatus.PROCESSING.value
        image.updated_at = started_at
        image.save()
        row = AttemptRow.create(
            image=image,
            n=image.attempts,
            run=run,
            started_at=started_at,
            delay_before_s=delay_before_s,
            variation=variation,
            prompt=prompt,
            outcome=AttemptOutcome.PROCESSING.value,
            backend=made_by.backend if made_by else None,
            model=made_by.model if made_by else None,
            image_size=made_by.image_size if made_by else None,
        )
        return AttemptHandle(row.id, image.attempts)


def attempt_failed(attempt: AttemptHandle, *, ended_at: str, duration_ms: int, error: GenerationError) -> None:
    outcome = AttemptOutcome.CANCELLED if error.kind is ErrorKind.CANCELLED else AttemptOutcome.FAILED
    with schema.database.atomic("IMMEDIATE"):
        row = AttemptRow.get_by_id(attempt.attempt_id)
        row.ended_at = ended_at
        row.duration_ms = duration_ms
        row.outcome = outcome.value
        row.error_kind = error.kind.value
        row.error = error.message
        row.error_detail = error.detail
        row.http_status = error.http_status
        row.save()
        ImageRow.update(error_kind=error.kind.value, error=error.message, updated_at=ended_at).where(
            ImageRow.id == row.image_id
        ).execute()


def image_completed(
    session_id: str,
    image_type: ImageType,
    attempt: AttemptHandle,
    *,
    ended_at: str,
    duration_ms: int,
    path: Path,
    compliance: dict[str, object],
    texts: dict[str, str],
    usage: Usage,
) -> None:
    with schema.database.atomic("IMMEDIATE"):
        AttemptRow.update(
            ended_at=ended_at,
            duration_ms=duration_ms,
            outcome=AttemptOutcome.COMPLETE.value,
            path=str(path),
            prompt_tokens=usage.prompt_tokens,
            output_tokens=usage.output_tokens,
        ).where(AttemptRow.id == attempt.attempt_id).execute()
        ImageRow.update(
            status=ImageStatus.COMPLETE.value,
            path=str(path),
            error=None,
            error_kind=None,
            compliance=json.dumps(compliance),
            texts=json.dumps(texts, ensure_ascii=False),
            updated_at=ended_at,
        ).where((ImageRow.session == session_id) & (ImageRow.image_type == image_type.value)).execute()


def image_ended(session_id: str, image_type: ImageType, *, status: ImageStatus, error: GenerationError | None) -> None:
    """An image made again that ends without a new version keeps its earlier one: its row stays complete
    with that file, and the failure stays in its attempt log. No `error`: a pause held it (pending)."""
    image = (ImageRow.session == session_id) & (ImageRow.image_type == image_type.value)
    now = utc_now_iso()
    with schema.database.atomic("IMMEDIATE"):
        ImageRow.update(status=ImageStatus.COMPLETE.value, error_kind=None, error=None, updated_at=now).where(
            image & ImageRow.path.is_null(False)
        ).execute()
        ImageRow.update(
            status=status.value,
            error_kind=error.kind.value if error else None,
            error=error.message if error else None,
            updated_at=now,
        ).where(image & ImageRow.path.is_null()).execute()


def finish_session(session_id: str, *, status: SessionStatus, error_kind: ErrorKind | None, summary: str) -> None:
    SessionRow.update(
        status=status.value,
        error_kind=error_kind.value if error_kind else None,
        summary=summary,
        finished_at=utc_now_iso(),
    ).where(SessionRow.id == session_id).execute()


def set_reference(session_id: str, path: Path) -> None:
    session_row(session_id)  # a session that is gone is said so, not silently updated
    SessionRow.update(reference_path=str(path)).where(SessionRow.id == session_id).execute()


def delete_session(session_id: str) -> None:
    SessionRow.delete().where(SessionRow.id == session_id).execute()
