"""The history store: every session, image and attempt, persisted as the pipeline runs.

All database work runs on one dedicated worker thread (one SQLite connection, writes
serialised, the event loop never blocks on SQLite); image files are written atomically on the
default executor before the row that points at them says "complete". The SQL itself lives by
responsibility in `opening`, `recovery`, `reads` and `writes`; this module is the async façade.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar
from uuid import uuid4

from listing_genie_desktop.core.cost import Pricer, unpriced
from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.ports import AttemptHandle, EncodedImage, MadeBy, ReferencePhoto, Usage
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.core.session_records import SessionRecord, SessionSummary
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage import faults, reads, recovery, siblings, spending, stops, versions, writes
from listing_genie_desktop.storage.faults import describe, is_database_error
from listing_genie_desktop.storage.files import atomic_write_bytes
from listing_genie_desktop.storage.leases import SessionLease
from listing_genie_desktop.storage.opening import open_history
from listing_genie_desktop.storage.records import (
    HistoryUnavailable,
    SessionBusy,
    SessionNotFound,
    StoredSession,
    cutout_mask_path,
    reference_name,
    storage_error,
)

__all__ = [
    "HistoryStore",
    "HistoryUnavailable",
    "SessionBusy",
    "SessionNotFound",
    "SessionRecord",
    "SessionSummary",
    "StoredSession",
]

T = TypeVar("T")
log = logging.getLogger("listing_genie.storage")


class HistoryStore:
    """Async façade over the history database. Open one per process (peewee's database is global)."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history-db")
        self.moved_aside: Path | None = None
        """Where a corrupt database was moved at open, so the UI can tell the user."""
        self.read_only = False
        """The folder cannot be written: the history can be read, every write fails with `storage`."""
        self.pricer: Pricer = unpriced
        """Estimates what attempts cost (the services give the capability table's prices and the user's)."""

    async def _db(self, fn: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn)

    async def _read(self, fn: Callable[[], T]) -> T:
        """A read: a damaged file or a disk fault found on the way is one sentence for the user
        (`HistoryUnavailable`), not a database traceback."""
        try:
            return await self._db(fn)
        except Exception as exc:
            if not is_database_error(exc):
                raise
            raise HistoryUnavailable(describe(self.paths, exc)) from exc

    async def _write(self, fn: Callable[[], T]) -> T:
        """A pipeline write: a failing disk (full, read-only, I/O error) becomes a `storage` error
        naming the folder, so the engine ends that image cleanly instead of crashing the run."""
        try:
            return await self._db(fn)
        except Exception as exc:
            if not is_database_error(exc):
                raise  # a bug, not the disk
            raise storage_error(self.paths.database, exc) from exc

    async def read_in_database(self, fn: Callable[[], T]) -> T:
        """`fn` on the database thread, as a read: the other stores of the same file (catalogues) share the one
        connection, its thread and its way of reporting faults."""
        return await self._read(fn)

    async def write_in_database(self, fn: Callable[[], T]) -> T:
        """`fn` on the database thread, as a write (a failing disk is a `storage` error)."""
        return await self._write(fn)

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
        self.moved_aside, self.read_only = open_history(self.paths)

    async def close(self) -> None:
        await self._db(schema.database.close)
        self._executor.shutdown(wait=True)

    async def recover_interrupted(self) -> list[str]:
        """Sessions left running by a process that died become `interrupted`; live ones are left alone."""
        return await self._read(lambda: recovery.recover_interrupted(self.paths))

    # --- pipeline writes (RunStore) ----------------------------------------------------------

    async def create_session(
        self,
        product: ProductContext,
        reference: ReferencePhoto,
        *,
        backend: str,
        model: str | None,
        settings: dict[str, object],
        others: Sequence[ReferencePhoto] = (),
    ) -> str:
        """`others` are the product's other photos, stored after the main one as `reference-2.<ext>`, ..."""
        session_id = str(uuid4())
        folder = self.paths.session_folder(session_id)
        photos = (reference, *others)
        copies = [folder / reference_name(n, photo.extension) for n, photo in enumerate(photos, start=1)]
        for path, photo in zip(copies, photos, strict=True):
            await asyncio.to_thread(self._write_file, path, photo.original_bytes)
        reference_path = copies[0]
        await self._write(lambda: writes.create_session(session_id, product, reference_path, backend, model, settings))
        return session_id

    async def replace_reference(self, session_id: str, reference: ReferencePhoto) -> Path:
        """A new reference photo for a session whose stored copy was deleted (`retry --image`); a corrected
        cut-out of the old photo does not fit the new one and is dropped."""
        path = self.paths.session_folder(session_id) / reference_name(1, reference.extension)
        await asyncio.to_thread(self._write_file, path, reference.original_bytes)
        await asyncio.to_thread(cutout_mask_path(path).unlink, missing_ok=True)
        await self._write(lambda: writes.set_reference(session_id, path))
        return path

    async def begin_run(self, session_id: str, image_types: Sequence[ImageType]) -> int:
        return await self._session_write(session_id, lambda: writes.begin_run(session_id, tuple(image_types)))

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
        made_by: MadeBy | None = None,
    ) -> AttemptHandle:
        return await self._write(
            lambda: writes.attempt_started(
                session_id,
                image_type,
                run=run,
                started_at=started_at,
                delay_before_s=delay_before_s,
                variation=variation,
                prompt=prompt,
                made_by=made_by,
            )
        )

    async def attempt_failed(
        self, attempt: AttemptHandle, *, ended_at: str, duration_ms: int, error: GenerationError
    ) -> None:
        await self._write(
            lambda: writes.attempt_failed(attempt, ended_at=ended_at, duration_ms=duration_ms, error=error)
        )

    async def image_completed(
        self,
        session_id: str,
        image_type: ImageType,
        attempt: AttemptHandle,
        *,
        ended_at: str,
        duration_ms: int,
        finished: EncodedImage,
        usage: Usage | None = None,
    ) -> str:
        path = self.paths.session_folder(session_id) / f"{image_type.value}-{attempt.n}.png"
        if finished.scene_png is not None:  # first: the row that says complete finds its scene there
            await asyncio.to_thread(self._write_file, siblings.scene_path_for(path), finished.scene_png)
        await asyncio.to_thread(self._write_file, path, finished.png)
        await self._write_preview(path, finished.preview_jpeg)
        await self._write(
            lambda: writes.image_completed(
                session_id,
                image_type,
                attempt,
                ended_at=ended_at,
                duration_ms=duration_ms,
                path=path,
                compliance=finished.compliance,
                texts=finished.texts,
                usage=usage or Usage(),
            )
        )
        return str(path)

    async def image_ended(
        self, session_id: str, image_type: ImageType, *, status: ImageStatus, error: GenerationError | None
    ) -> None:
        await self._write(lambda: writes.image_ended(session_id, image_type, status=status, error=error))

    async def finish_session(
        self, session_id: str, *, status: SessionStatus, error_kind: ErrorKind | None, summary: str
    ) -> None:
        await self._session_write(
            session_id, lambda: writes.finish_session(session_id, status=status, error_kind=error_kind, summary=summary)
        )

    async def _session_write(self, session_id: str, fn: Callable[[], T]) -> T:
        """A write that moves a session in or out of `processing`: when the disk refuses it, the next start-up
        must know the run stopped on the disk, not with the app (see `recovery`)."""
        try:
            return await self._write(fn)
        except GenerationError as exc:
            await asyncio.to_thread(stops.note_unrecorded_end, self.paths, session_id, exc)
            raise

    async def vanished(self, session_id: str, image_types: Collection[ImageType]) -> dict[ImageType, GenerationError]:
        """Which complete images of `image_types` have lost their file since (someone removed the folder)."""
        try:
            return await self._read(lambda: reads.vanished(session_id, frozenset(image_types)))
        except (HistoryUnavailable, OSError) as exc:  # a check at the end of a run never ends the run
            log.warning("could not check the files of session %s: %s", session_id, exc)
            return {}

    async def _write_preview(self, image_path: Path, preview: bytes | None) -> None:
        """The image's thumbnail copy, after the image (siblings.current_preview trusts only a newer one) and
        before the row that shows the image. Only a convenience: when it cannot be written, the window decodes
        the image itself."""
        if preview is None:
            return
        try:
            await asyncio.to_thread(self._write_file, siblings.preview_path_for(image_path), preview)
        except GenerationError as exc:
            log.warning("no thumbnail copy of %s: %s", image_path.name, exc.message)

    def _write_file(self, path: Path, data: bytes) -> None:
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise GenerationError(
                ErrorKind.STORAGE,
                f"Could not save {path.name} in {path.parent}: {exc.strerror or exc}",
                detail=repr(exc),
                advice=faults.advice(exc),
            ) from exc

    # --- versions made without a generation (storage.versions) ------------------------------

    async def save_cutout_mask(self, session_id: str, reference_path: Path, png: bytes) -> Path:
        """Keeps the seller's corrected cut-out of the main photo (a PNG of its size, mode L) beside the
        photo's stored copy, so every later drawing of the session (an edit, a regenerate, a retry, after a
        restart) starts from it."""
        path = cutout_mask_path(reference_path)
        await asyncio.to_thread(self._write_file, path, png)
        return path

    async def edit_base(self, session_id: str, image_type: ImageType) -> versions.EditBase:
        return await self._read(lambda: versions.edit_base(session_id, image_type))

    async def add_edited_version(
        self,
        base: versions.EditBase,
        png: bytes,
        texts: dict[str, str],
        *,
        started_at: str,
        duration_ms: int,
        preview_jpeg: bytes | None = None,
    ) -> Path:
        """Saves an edited version's file, then records it as the image's current version; its path."""
        number = await self._read(lambda: versions.next_version(base.session_id, base.image_type))
        path = self.paths.session_folder(base.session_id) / f"{base.image_type.value}-{number}.png"
        await asyncio.to_thread(self._write_file, path, png)
        await self._write_preview(path, preview_jpeg)
        await self._write(
            lambda: versions.version_added(
                base.session_id,
                base.image_type,
                root=base.root,
                path=path,
                texts=texts,
                started_at=started_at,
                duration_ms=duration_ms,
            )
        )
        return path

    # --- reads -----------------------------------------------------------------------------

    async def list_sessions(
        self, *, limit: int | None = None, query: str = "", status: str | None = None
    ) -> list[SessionSummary]:
        return await self._read(lambda: reads.list_sessions(self.paths, limit, query, status, self.pricer))

    async def load_session(self, session_id: str) -> SessionRecord:
        """The session with its images and attempts (the CLI turns it into the contract's JSON)."""
        return await self._read(lambda: reads.load_session(self.paths, session_id, self.pricer))

    async def spent_since(self, started_at: str) -> tuple[float, int]:
        """What the attempts started since `started_at` cost as far as known, and how many are of unknown price."""
        return await self._read(lambda: spending.spent_since(started_at, self.pricer))

    async def load_stored(self, session_id: str) -> StoredSession:
        return await self._read(lambda: reads.load_stored(session_id))

    async def resolve_id(self, prefix: str) -> str:
        """A full session id from a unique prefix (users copy the first few characters)."""
        return await self._read(lambda: reads.resolve_id(prefix))

    async def delete_session(self, session_id: str) -> None:
        """Removes the rows and the session's files (the caller confirms with the user first). Refused while
        any process runs the session: its writes would fail on missing rows and bring the folder back."""
        lease = SessionLease(self.paths.locks, session_id)
        if not await asyncio.to_thread(lease.acquire):
            raise SessionBusy("It is being generated by another window or command: let it finish, or cancel it there.")
        try:
            await self._db(lambda: writes.delete_session(session_id))
            await asyncio.to_thread(shutil.rmtree, self.paths.session_folder(session_id), True)
            lease.path.unlink(missing_ok=True)  # the session is gone: nobody can want its lease again
        finally:
            lease.release()
