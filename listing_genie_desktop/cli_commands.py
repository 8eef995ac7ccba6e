"""The CLI's commands, each an async function of (args, paths) returning an exit code."""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path

from listing_genie_desktop.cli import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    install_cancel_handlers,
    parse_product,
    print_json,
    progress_line,
)
from listing_genie_desktop.cli_json import session_json, stamp, summary_json
from listing_genie_desktop.core.cost import cost_text
from listing_genie_desktop.core.errors import GenerationError, InvalidInput
from listing_genie_desktop.core.outcome import ImageStatus, SessionStatus
from listing_genie_desktop.core.ports import ReferencePhoto
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.core.readiness import export_warning, status_label
from listing_genie_desktop.core.session_records import SessionRecord
from listing_genie_desktop.imaging.photo_set import load_reference_async, load_references
from listing_genie_desktop.model_directory import ModelDirectory
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.progress import ProgressPrinter
from listing_genie_desktop.run_choice import BackendChoice, choose_backend, choose_run
from listing_genie_desktop.services import Services, retry_settings
from listing_genie_desktop.settings import Settings, saved_value, schema
from listing_genie_desktop.storage.history import SessionNotFound

EXIT_FOR_STATUS = {
    SessionStatus.COMPLETE: EXIT_OK,
    SessionStatus.PARTIAL: EXIT_PARTIAL,
    SessionStatus.FAILED: EXIT_FAILED,
    SessionStatus.CANCELLED: EXIT_CANCELLED,
}
"""A finished run's exit code (contract section 2)."""


@asynccontextmanager
async def open_services(paths: AppPaths) -> AsyncIterator[Services]:
    """Services for one command; a history database that could not be read is never dropped silently."""
    services = await Services.open(paths)
    moved = services.store.moved_aside
    if moved is not None:
        progress_line(
            f"warning: the history database could not be read; it was kept as {moved} and a new one was started."
        )
    try:
        yield services
    finally:
        await services.close()


async def load_session(paths: AppPaths, session_id: str) -> SessionRecord:
    """One session, from a full id or a unique prefix."""
    async with open_services(paths) as services:
        return await services.store.load_session(await _resolve(services, session_id))


def tuning_overrides(args: argparse.Namespace) -> dict[str, object]:
    """The tuning flags given on the command line (those left out are None)."""
    return {name: getattr(args, name) for name in schema() if getattr(args, name, None) is not None}


def with_budget(settings: Settings, args: argparse.Namespace, paths: AppPaths) -> Settings:
    """The monthly budget is the user's, from Settings, unless `--monthly-budget` says otherwise: money is not
    a per-run tuning a script should have to repeat."""
    if getattr(args, "monthly_budget_usd", None) is not None:
        return settings
    return replace(settings, monthly_budget_usd=saved_value(paths.settings_file, "monthly_budget_usd"))


async def generate(args: argparse.Namespace, paths: AppPaths) -> int:
    product = parse_product(args)
    prepare_out_folder(args.out)
    settings = with_budget(replace(Settings(), **tuning_overrides(args)), args, paths)
    choose_backend(settings.backend, settings.model or None)  # a missing key ends here, before the photo is read
    reference, *others = await load_references(args.image)
    choice = await choose_run(settings, ModelDirectory(paths))  # a retired --model ends here, before any request
    if choice.notice:
        progress_line(f"warning: {choice.notice}")
    for photo in (reference, *others):
        _warn_about(photo)
    async with open_services(paths) as services:
        await refuse_over_budget(services, settings, choice, 5)
        session_id, choice = await services.create_session(product, reference, settings, choice, others=others)
        return await _run(services, session_id, choice, settings, args, reference, others)


async def retry(args: argparse.Namespace, paths: AppPaths) -> int:
    """Images whose files were deleted count as missing and are made again; `--image` takes a new reference
    photo, which a session whose stored photo was deleted needs (it is said so before anything runs)."""
    prepare_out_folder(args.out)
    reference = await _new_reference(args.image) if args.image else None
    async with open_services(paths) as services:
        session_id = await _resolve(services, args.session_id)
        stored = await services.store.load_stored(session_id)
        if reference is not None:
            await services.store.replace_reference(session_id, reference)
        elif not stored.reference_path.is_file():
            raise InvalidInput(
                f"The reference photo of this session ({stored.reference_path}) was deleted: give a new one with "
                f"listing-genie retry {args.session_id} --image PHOTO",
                field="image",
            )
        overrides = tuning_overrides(args)
        settings = with_budget(retry_settings(stored, overrides), args, paths)
        choice = await services.choose_run(settings, replace_unlisted="model" not in overrides)
        if choice.notice:
            progress_line(f"warning: {choice.notice} Choose another with --model.")
        await refuse_over_budget(services, settings, choice, len(set(stored.image_types) - stored.complete))
        return await _run(services, session_id, choice, settings, args, reference)


async def refuse_over_budget(services: Services, settings: Settings, choice: BackendChoice, images: int) -> None:
    """A run whose estimate would pass the monthly budget is invalid input (exit 2, one line), before any
    session or request; a price the table does not know is estimated upwards, and that is said."""
    check = await services.check_budget(settings, choice, images)
    if check.over is not None:
        raise InvalidInput(f"Not started: {check.over}. Raise it with --monthly-budget or in Settings.")
    if settings.monthly_budget_usd > 0 and check.basis:
        progress_line(f"warning: {check.basis}; the budget is checked against that estimate")


async def _new_reference(path: str) -> ReferencePhoto:
    reference = await load_reference_async(path)
    _warn_about(reference)
    return reference


def _warn_about(reference: ReferencePhoto) -> None:
    for warning in reference.warnings:
        progress_line(f"warning: {warning}")


async def _run(
    services: Services,
    session_id: str,
    choice: BackendChoice,
    settings: Settings,
    args: argparse.Namespace,
    reference: ReferencePhoto | None = None,
    others: Sequence[ReferencePhoto] | None = None,
) -> int:
    """`reference` and `others` are photos just decoded (None: the session's stored copies are decoded)."""
    runner = services.runner(
        session_id, choice, settings, emit=ProgressPrinter(progress_line), reference=reference, others=others
    )
    install_cancel_handlers(runner.cancel)
    outcome = await runner.run()
    session = await services.store.load_session(session_id)
    if args.out:
        try:
            copy_images(session, Path(args.out))
        except OSError as exc:  # the images are made and kept: the run's own exit code stands
            progress_line(f"warning: could not copy the images to {args.out}: {exc.strerror or exc}")
    if args.json:
        print_json(session_json(session))
    return EXIT_FOR_STATUS[outcome.status]


def prepare_out_folder(out: str | None) -> None:
    """`--out` is checked before anything is generated: a bad folder is invalid input (exit 2), not a
    failure found after paying for five images."""
    if not out:
        return
    try:
        Path(out).mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise InvalidInput(f"--out {out} is a file, not a folder.", field="out") from None
    except OSError as exc:
        raise InvalidInput(f"--out {out} cannot be created: {exc.strerror or exc}.", field="out") from None


def copy_images(session: SessionRecord, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for image in session.images:
        if image.path is not None:
            shutil.copy2(image.path, out / f"{image.image_type.value}.png")


async def history(args: argparse.Namespace, paths: AppPaths) -> int:
    async with open_services(paths) as services:
        sessions = await services.store.list_sessions(limit=args.limit)
    if args.json:
        print_json([summary_json(s) for s in sessions])
        return EXIT_OK
    if not sessions:
        print("No sessions yet.")
    for s in sessions:
        status = status_label(s.status, s.main_compliant)
        created = s.created_at.strftime("%Y-%m-%d %H:%M:%S")
        print(f"{s.session_id[:8]}  {created}  {status:<11}  {s.images_complete}/{s.images_total}  {s.title}")
    return EXIT_OK


async def show(args: argparse.Namespace, paths: AppPaths) -> int:
    session = await load_session(paths, args.session_id)
    if args.json:
        print_json(session_json(session))
        return EXIT_OK
    print(f"{session.product.title}  [{session.status.value}]  {session.session_id}")
    model = f" / {session.model}" if session.model else ""
    print(f"backend {session.backend}{model}, created {stamp(session.created_at)}")
    if session.summary:
        print(session.summary)
    if session.estimated_cost_usd != 0:
        note = f" ({session.cost_note})" if session.cost_note else ""
        print(f"estimated cost: {cost_text(session.estimated_cost_usd)}{note}")
    if not session.reference_path.is_file():
        print(f"reference photo deleted: listing-genie retry {args.session_id} --image PHOTO takes a new one")
    notes = {item.image_type: item for item in session.not_ready()}
    for image in session.images:
        where = str(image.path or image.error or "")
        print(f"  {image.image_type.value:<14} {image.status.value:<11} attempts {image.attempts}  {where}")
        ready = image.status is ImageStatus.COMPLETE and image.compliance is not None and image.compliance.compliant
        if image.image_type is ImageType.MAIN and ready:
            print("      Amazon-ready")  # MAIN's rules hold, the cut-out's included (as its card says)
        for issue in notes[image.image_type].issues if image.image_type in notes else ():
            print(f"      not Amazon-ready: {issue}")
    return EXIT_OK


async def edit(args: argparse.Namespace, paths: AppPaths) -> int:
    """New texts on one image, drawn again without a generation; the earlier version is kept."""
    from listing_genie_desktop.editing import TextEditor, image_type_named, parse_pairs

    image_type = image_type_named(args.image)
    changes = parse_pairs(args.text)
    async with open_services(paths) as services:
        session_id = await _resolve(services, args.session_id)
        result = await TextEditor(services.store).edit(session_id, image_type, changes)
        session = await services.store.load_session(session_id)
    if args.json:
        print_json(session_json(session))
    else:
        print(result.path)
    return EXIT_OK


async def export(args: argparse.Namespace, paths: AppPaths) -> int:
    from listing_genie_desktop.core.image_types import left_out_sentence
    from listing_genie_desktop.imaging.export import ExportConflict, sku_from_title
    from listing_genie_desktop.services import ExportCancelled, export_images

    session = await load_session(paths, args.session_id)
    deleted = session.missing_files
    if deleted:  # an upload without them would be silently incomplete
        raise InvalidInput(
            f"{len(deleted)} image file(s) of this session were deleted ({deleted[0]}): run listing-genie retry "
            f"{args.session_id} to make them again, then export."
        )
    images = [(i.image_type, i.path) for i in session.images if i.path is not None]
    if not images:
        raise InvalidInput("This session has no complete image to export yet.")
    if not any(t.known for t, _ in images):  # a session of another version, with types this one does not know
        names = ", ".join(t.value for t, _ in images)
        raise InvalidInput(f"This version of the app has no Amazon image code for {names}: nothing to export.")
    sku = args.sku or sku_from_title(session.product.title)
    cancel = threading.Event()
    install_cancel_handlers(cancel.set)  # the encoding thread cannot be interrupted: it is asked before writing
    write_export = partial(export_images, images, Path(args.out), sku, args.format, args.zip, args.force)
    try:
        result = await asyncio.to_thread(write_export, cancelled=cancel.is_set, same_is_no_conflict=True)
    except ExportCancelled as exc:
        progress_line(str(exc))
        return EXIT_CANCELLED
    except ExportConflict as exc:
        raise InvalidInput(f"{exc} (use --force to overwrite)") from exc
    except FileNotFoundError as exc:  # deleted between reading the history and encoding it
        raise InvalidInput(
            f"{exc.filename} was deleted while exporting: run listing-genie retry "
            f"{args.session_id} to make it again, then export."
        ) from exc
    except OSError as exc:
        progress_line(f"listing-genie: could not export to {args.out}: {exc.strerror or exc}")
        return EXIT_FAILED
    for file in result.files:
        print(file.path)
    print(result.manifest)
    if result.zip_path:
        print(result.zip_path)
    if result.left_out:
        progress_line(f"warning: {left_out_sentence(result.left_out)}")
    names = {file.image_type: file.path.name for file in result.files}
    warning = export_warning(session.not_ready(), names)
    if warning:
        print(f"Warning: {warning}", file=sys.stderr)
    if cancel.is_set():  # too late to undo: what completed is kept, and said so
        progress_line(f"Cancelled after the export was written: its files in {args.out} are kept.")
        return EXIT_CANCELLED
    return EXIT_OK


async def models(args: argparse.Namespace, paths: AppPaths) -> int:
    """Lists the key's image models now (and keeps the list for the next runs)."""
    from listing_genie_desktop.backends.registry import model_backends

    entry = next(iter(model_backends()), None)
    if entry is None:
        raise InvalidInput("No backend with a choice of models is installed.")
    try:
        listed = await ModelDirectory(paths).refresh(entry)
    except InvalidInput:
        raise
    except GenerationError as error:
        print(f"listing-genie: could not list the {entry.name} models: {error.message}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print_json(listed.to_json())
        return EXIT_OK
    if not listed.models:
        print("The key lists no image model.")
    for row, info in zip(listed.to_json(), listed.models, strict=True):
        sizes = "/".join(info.sizes) or "-"
        flag = "  recommended" if row["recommended"] else ""
        print(f"{info.name:<32} {sizes:<9} up to {info.max_reference_images:>2} photos  {info.price_text()}{flag}")
    return EXIT_OK


async def _resolve(services: Services, session_id: str) -> str:
    try:
        return await services.store.resolve_id(session_id)
    except SessionNotFound as exc:
        raise InvalidInput(str(exc)) from exc


async def catalogue(args: argparse.Namespace, paths: AppPaths) -> int:
    from listing_genie_desktop.cli_catalogue import catalogue as run_catalogue_command

    return await run_catalogue_command(args, paths)


COMMANDS = {
    "generate": generate,
    "retry": retry,
    "history": history,
    "show": show,
    "export": export,
    "edit": edit,
    "catalogue": catalogue,
    "models": models,
}
