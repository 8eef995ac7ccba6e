"""The history store: every session, image and attempt, persisted as the pipeline runs.

All database work runs on one dedicated worker thread (one SQLite connection, writes
serialised, the event loop never blocks on SQLite); image files are written atomically on the
default executor before the row that points at them says "complete".
"""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar
from uuid import uuid4

import peewee as pw

from listing_genie_desktop.core.clock import utc_now_iso
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.ports import AttemptHandle, EncodedImage, ReferencePhoto
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType, Intent, Keyword, ProductContext
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage.db import AttemptRow, ImageRow, KeywordRow, SessionRow
from listing_genie_desktop.storage.files import atomic_write_bytes
from listing_genie_desktop.storage.leases import SessionLease, is_running_elsewhere

log = logging.getLogger("listing_genie.storage")
T = TypeVar("T")

PENDING_GRACE_S = 60.0
"""A session is created a moment before its run takes the lease; another process starting in
that gap must not call it interrupted."""
UNFINISHED = (SessionStatus.PENDING.value, SessionStatus.PROCESSING.value)
NOT_DONE_IMAGES = (ImageStatus.PENDING.value, ImageStatus.PROCESSING.value)


@dataclass(frozen=True)
class SessionSummary:
    session_id: str
    title: str
    status: str
    created_at: str
    images_complete: int
    thumbnail: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "session_id": self.session_id,
            "title": self.title,
            "status": self.status,
            "created_at": self.created_at,
            "images_complete": self.images_complete,
            "thumbnail": self.thumbnail,
        }


@dataclass(frozen=True)
class StoredSession:
    """What a retry needs to run a session again."""

    session_id: str
    product: ProductContext
    reference_path: Path
    backend: str
    model: str | None
    settings: dict[str, object]
    complete: frozenset[ImageType]


class SessionBusy(Exception):
    """The session is running in some process, so it cannot be deleted now."""


class SessionNotFound(LookupError):
    pass


class HistoryUnavailable(Exception):
    """The history cannot be opened at all; the message says why and what to do, for the seller."""


class HistoryStore:
    """Async façade over the history database. Open one per process (peewee's database is global)."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history-db")
        self.moved_aside: Path | None = None
        """Where a corrupt database was moved at open, so the UI can tell the user."""

    async def _db(self, fn: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn)

    async def _write(self, fn: Callable[[], T]) -> T:
        """A pipeline write: a failing disk (full, read-only, I/O error) becomes a `storage` error
        naming the folder, so the engine ends that image cleanly instead of crashing the run."""
        try:
            return await self._db(fn)
        except (pw.OperationalError, sqlite3.OperationalError) as exc:
            raise _storage_error(self.paths.database, exc) from exc
        except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
            if isinstance(exc, (pw.IntegrityError, pw.ProgrammingError, pw.InterfaceError, sqlite3.IntegrityError)):
                raise  # a bug, not the disk
            raise _storage_error(self.paths.database, exc) from exc

    # --- lifecycle -------------------------------------------------------------------------

    async def open(self) -> None:
        try:
            await self._db(self._open_sync)
        except BaseException:
            await asyncio.to_thread(self._executor.shutdown)  # no store to close: its thread goes too
            raise

    def open_sync(self) -> None:
        """For callers without a running loop (start-up code)."""
        self._executor.submit(self._open_sync).result()

    def _open_sync(self) -> None:
        path = self.paths.database
        try:
            self.paths.ensure()
            try:
                schema.open_database(path)
            except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
                if not _is_corrupt(exc):
                    raise
                schema.database.close()
                self.moved_aside = _move_aside(path)
                log.error("history database %s was unreadable (%s); moved to %s", path, exc, self.moved_aside)
                schema.open_database(path)
        except schema.SchemaTooNew as exc:
            schema.database.close()
            raise HistoryUnavailable(
                f"The history in {path} was written by a newer Listing Genie: update the app to open it."
            ) from exc
        except (OSError, pw.DatabaseError, sqlite3.DatabaseError) as exc:
            schema.database.close()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise HistoryUnavailable(
                f"The history in {path} cannot be opened ({reason}). Check that its folder can be written, "
                "or set LISTING_GENIE_HOME to another folder."
            ) from exc

    async def close(self) -> None:
        await self._db(schema.database.close)
        self._executor.shutdown(wait=True)

    # --- recovery --------------------------------------------------------------------------

    async def recover_interrupted(self) -> list[str]:
        """Sessions left running by a process that died become `interrupted`; live ones are left alone."""
        return await self._db(self._recover_sync)

    def _recover_sync(self) -> list[str]:
        recovered = []
        grace = (datetime.now(UTC) - timedelta(seconds=PENDING_GRACE_S)).isoformat(timespec="microseconds")
        for row in SessionRow.select(SessionRow.id, SessionRow.status, SessionRow.created_at).where(
            SessionRow.status.in_(UNFINISHED)
        ):
            if row.status == SessionStatus.PENDING.value and row.created_at > grace:
                continue  # just created: its runner takes the lease in a moment
            if is_running_elsewhere(self.paths.locks, row.id):
                continue
            with schema.database.atomic("IMMEDIATE"):
                now = utc_now_iso()
                unfinished = (ImageRow.session == row.id) & ImageRow.status.in_(NOT_DONE_IMAGES)
                # an image being made again keeps its earlier version (see image_ended)
                ImageRow.update(status=ImageStatus.COMPLETE.value, updated_at=now).where(
                    unfinished & ImageRow.path.is_null(False)
                ).execute()
                ImageRow.update(status=ImageStatus.INTERRUPTED.value, updated_at=now).where(unfinished).execute()
                AttemptRow.update(outcome="interrupted", error_kind=None).where(
                    AttemptRow.image.in_(ImageRow.select(ImageRow.id).where(ImageRow.session == row.id))
                    & (AttemptRow.outcome == "processing")
                ).execute()
                SessionRow.update(
                    status=SessionStatus.INTERRUPTED.value,
                    summary="Interrupted: the app stopped during this run. Retry failed finishes it.",
                ).where(SessionRow.id == row.id).execute()
            recovered.append(row.id)
            self._remove_orphaned_temporaries(row.id)
        if recovered:
            log.warning("marked %d interrupted session(s): %s", len(recovered), ", ".join(recovered))
        return recovered

    def _remove_orphaned_temporaries(self, session_id: str) -> None:
        """A run killed during an atomic write leaves its temporary file; the target was never replaced."""
        for orphan in self.paths.session_folder(session_id).glob(".*.tmp"):
            orphan.unlink(missing_ok=True)

    # --- pipeline writes (RunStore) ----------------------------------------------------------

    async def create_session(
        self,
        product: ProductContext,
        reference: ReferencePhoto,
        *,
        backend: str,
        model: str | None,
        settings: dict[str, object],
    ) -> str:
        session_id = str(uuid4())
        reference_path = self.paths.session_folder(session_id) / f"reference.{reference.extension}"
        await asyncio.to_thread(self._write_file, reference_path, reference.original_bytes)
        await self._write(lambda: self._create_sync(session_id, product, reference_path, backend, model, settings))
        return session_id

    def _create_sync(
        self,
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
            for position, image_type in enumerate(IMAGE_TYPES):
                ImageRow.create(
                    session=session_id,
                    image_type=image_type.value,
                    position=position,
                    status=ImageStatus.PENDING.value,
                    updated_at=now,
                )

    async def begin_run(self, session_id: str, image_types: Sequence[ImageType]) -> int:
        def work() -> int:
            now = utc_now_iso()
            with schema.database.atomic("IMMEDIATE"):
                session = _session(session_id)
                last_run = (
                    AttemptRow.select(pw.fn.MAX(AttemptRow.run))
                    .join(ImageRow)
                    .where(ImageRow.session == session_id)
                    .scalar()
                )
                session.status = SessionStatus.PROCESSING.value
                session.started_at = session.started_at or now
                session.finished_at = None
                session.save()
                ImageRow.update(status=ImageStatus.PENDING.value, error=None, error_kind=None, updated_at=now).where(
                    (ImageRow.session == session_id) & ImageRow.image_type.in_([t.value for t in image_types])
                ).execute()
                return (last_run or 0) + 1

        return await self._write(work)

    async def attempt_started(
        self,
        session_id: str,
        image_type: ImageType,
        *,
        run: int,
        started_at: str,
        delay_before_s: float,
        variation: str,
        prompt: str,
    ) -> AttemptHandle:
        def work() -> AttemptHandle:
            with schema.database.atomic("IMMEDIATE"):
                image = _image(session_id, image_type)
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
                    outcome="processing",
                )
                return AttemptHandle(row.id, image.attempts)

        return await self._write(work)

    async def attempt_failed(
        self, attempt: AttemptHandle, *, ended_at: str, duration_ms: int, error: GenerationError
    ) -> None:
        outcome = "cancelled" if error.kind is ErrorKind.CANCELLED else "failed"

        def work() -> None:
            with schema.database.atomic("IMMEDIATE"):
                row = AttemptRow.get_by_id(attempt.attempt_id)
                row.ended_at = ended_at
                row.duration_ms = duration_ms
                row.outcome = outcome
                row.error_kind = error.kind.value
                row.error = error.message
                row.error_detail = error.detail
                row.http_status = error.http_status
                row.save()
                ImageRow.update(error_kind=error.kind.value, error=error.message, updated_at=ended_at).where(
                    ImageRow.id == row.image_id
                ).execute()

        await self._write(work)

    async def image_completed(
        self,
        session_id: str,
        image_type: ImageType,
        attempt: AttemptHandle,
        *,
        ended_at: str,
        duration_ms: int,
        finished: EncodedImage,
    ) -> str:
        path = self.paths.session_folder(session_id) / f"{image_type.value}-{attempt.n}.png"
        await asyncio.to_thread(self._write_file, path, finished.png)

        def work() -> None:
            with schema.database.atomic("IMMEDIATE"):
                AttemptRow.update(ended_at=ended_at, duration_ms=duration_ms, outcome="complete", path=str(path)).where(
                    AttemptRow.id == attempt.attempt_id
                ).execute()
                ImageRow.update(
                    status=ImageStatus.COMPLETE.value,
                    path=str(path),
                    error=None,
                    error_kind=None,
                    compliance=json.dumps(finished.compliance),
                    texts=json.dumps(finished.texts, ensure_ascii=False),
                    updated_at=ended_at,
                ).where((ImageRow.session == session_id) & (ImageRow.image_type == image_type.value)).execute()

        await self._write(work)
        return str(path)

    async def image_ended(
        self, session_id: str, image_type: ImageType, *, status: ImageStatus, error: GenerationError
    ) -> None:
        """An image made again that ends without a new version keeps its earlier one: its row stays complete
        with that file, and the failure stays in its attempt log."""

        def work() -> None:
            image = (ImageRow.session == session_id) & (ImageRow.image_type == image_type.value)
            now = utc_now_iso()
            with schema.database.atomic("IMMEDIATE"):
                ImageRow.update(status=ImageStatus.COMPLETE.value, error_kind=None, error=None, updated_at=now).where(
                    image & ImageRow.path.is_null(False)
                ).execute()
                ImageRow.update(
                    status=status.value, error_kind=error.kind.value, error=error.message, updated_at=now
                ).where(image & ImageRow.path.is_null()).execute()

        await self._write(work)

    async def finish_session(
        self, session_id: str, *, status: SessionStatus, error_kind: ErrorKind | None, summary: str
    ) -> None:
        def work() -> None:
            SessionRow.update(
                status=status.value,
                error_kind=error_kind.value if error_kind else None,
                summary=summary,
                finished_at=utc_now_iso(),
            ).where(SessionRow.id == session_id).execute()

        await self._write(work)

    def _write_file(self, path: Path, data: bytes) -> None:
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise GenerationError(
                ErrorKind.STORAGE,
                f"Could not save {path.name} in {path.parent}: {exc.strerror or exc}",
                detail=repr(exc),
            ) from exc

    # --- reads -----------------------------------------------------------------------------

    async def list_sessions(
        self, *, limit: int | None = None, query: str = "", status: str | None = None
    ) -> list[SessionSummary]:
        def work() -> list[SessionSummary]:
            complete = ImageRow.select(pw.fn.COUNT(ImageRow.id)).where(
                (ImageRow.session == SessionRow.id) & (ImageRow.status == ImageStatus.COMPLETE.value)
            )
            thumbnail = (
                ImageRow.select(ImageRow.path)
                .where((ImageRow.session == SessionRow.id) & (ImageRow.status == ImageStatus.COMPLETE.value))
                .order_by(ImageRow.position)
                .limit(1)
            )
            select = SessionRow.select(
                SessionRow.id,
                SessionRow.title,
                SessionRow.status,
                SessionRow.created_at,
                complete.alias("n_complete"),
                thumbnail.alias("thumb"),
            )
            if query:
                select = select.where(SessionRow.title.contains(query))
            if status:
                select = select.where(SessionRow.status == status)
            select = select.order_by(SessionRow.created_at.desc())
            if limit:
                select = select.limit(limit)
            return [
                SessionSummary(r.id, r.title, r.status, r.created_at, r.n_complete or 0, r.thumb)
                for r in select.objects()
            ]

        return await self._db(work)

    async def load_session_json(self, session_id: str) -> dict[str, object]:
        """The contract's session JSON (section 3)."""
        return await self._db(lambda: self._session_json_sync(session_id))

    def _session_json_sync(self, session_id: str) -> dict[str, object]:
        session = _session(session_id)
        product = _product_of(session)
        images = []
        for image in ImageRow.select().where(ImageRow.session == session_id).order_by(ImageRow.position):
            attempts = AttemptRow.select().where(AttemptRow.image == image.id).order_by(AttemptRow.n)
            entry: dict[str, object] = {
                "type": image.image_type,
                "status": image.status,
                "attempts": image.attempts,
                "path": image.path if image.status == ImageStatus.COMPLETE.value else None,
                "error_kind": image.error_kind,
                "error": image.error,
                "compliance": json.loads(image.compliance) if image.compliance else None,
                "texts": json.loads(image.texts) if image.texts else {},
                "attempt_log": [_attempt_json(a) for a in attempts],
            }
            images.append(entry)
        return {
            "session_id": session.id,
            "status": session.status,
            "backend": session.backend,
            "model": session.model,
            "created_at": session.created_at,
            "started_at": session.started_at,
            "finished_at": session.finished_at,
            "summary": session.summary,
            "product": product.to_json(),
            "settings": json.loads(session.settings or "{}"),
            "reference_path": session.reference_path,
            "images": images,
            "log_path": str(self.paths.log_file),
            "db_path": str(self.paths.database),
        }

    async def load_stored(self, session_id: str) -> StoredSession:
        def work() -> StoredSession:
            session = _session(session_id)
            complete = {
                ImageType(r.image_type)
                for r in ImageRow.select(ImageRow.image_type).where(
                    (ImageRow.session == session_id) & (ImageRow.status == ImageStatus.COMPLETE.value)
                )
            }
            return StoredSession(
                session_id=session.id,
                product=_product_of(session),
                reference_path=Path(session.reference_path),
                backend=session.backend,
                model=session.model,
                settings=json.loads(session.settings or "{}"),
                complete=frozenset(complete),
            )

        return await self._db(work)

    async def resolve_id(self, prefix: str) -> str:
        """A full session id from a unique prefix (users copy the first few characters)."""

        def work() -> str:
            matches = [r.id for r in SessionRow.select(SessionRow.id).where(SessionRow.id.startswith(prefix)).limit(2)]
            if len(matches) != 1:
                raise SessionNotFound(
                    f"No session {prefix!r}" if not matches else f"Session id {prefix!r} is ambiguous"
                )
            return matches[0]

        return await self._db(work)

    async def delete_session(self, session_id: str) -> None:
        """Removes the rows and the session's files (the caller confirms with the user first). Refused while
        any process runs the session: its writes would fail on missing rows and bring the folder back."""
        lease = SessionLease(self.paths.locks, session_id)
        if not await asyncio.to_thread(lease.acquire):
            raise SessionBusy("It is being generated by another window or command: let it finish, or cancel it there.")
        try:
            await self._db(lambda: SessionRow.delete().where(SessionRow.id == session_id).execute())
            await asyncio.to_thread(shutil.rmtree, self.paths.session_folder(session_id), True)
        finally:
            lease.release()


def _session(session_id: str) -> SessionRow:
    session = SessionRow.get_or_none(SessionRow.id == session_id)
    if session is None:
        raise SessionNotFound(f"No session {session_id!r}")
    return session


def _image(session_id: str, image_type: ImageType) -> ImageRow:
    return ImageRow.get((ImageRow.session == session_id) & (ImageRow.image_type == image_type.value))


def _product_of(session: SessionRow) -> ProductContext:
    keywords = [
        Keyword(k.keyword, tuple(Intent(i) for i in k.intents.split(",") if i))
        for k in KeywordRow.select().where(KeywordRow.session == session.id).order_by(KeywordRow.position)
    ]
    return ProductContext(session.title, tuple(json.loads(session.features)), session.audience, tuple(keywords))


def _attempt_json(row: AttemptRow) -> dict[str, object]:
    return {
        "n": row.n,
        "run": row.run,
        "started_at": row.started_at,
        "ended_at": row.ended_at,
        "delay_before_s": row.delay_before_s,
        "variation": row.variation,
        "outcome": row.outcome,
        "error_kind": row.error_kind,
        "error": row.error,
        "http_status": row.http_status,
        "duration_ms": row.duration_ms,
        "path": row.path,
    }


def _storage_error(database: Path, exc: Exception) -> GenerationError:
    return GenerationError(
        ErrorKind.STORAGE,
        f"Could not write the history database in {database.parent}: {exc}",
        detail=f"{type(exc).__name__}: {exc}",
    )


def _is_corrupt(exc: Exception) -> bool:
    """Only a file SQLite cannot read as a database (not a database, malformed) is corrupt; a busy, locked,
    read-only or unopenable one is healthy and must never be moved aside (another process may be using it)."""
    return not isinstance(exc, (pw.OperationalError, sqlite3.OperationalError, schema.SchemaTooNew))


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    n = 1
    while target.exists():  # never replace an earlier copy moved aside within the same second
        n += 1
        target = path.with_name(f"{path.stem}.corrupt-{stamp}-{n}{path.suffix}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    return target
