"""The CLI's commands, each an async function of (args, paths) returning an exit code."""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

from listing_genie_desktop.cli import (
    EXIT_FOR_STATUS,
    EXIT_OK,
    install_cancel_handlers,
    parse_product,
    print_json,
    progress_line,
)
from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.ports import ReferencePhoto
from listing_genie_desktop.core.readiness import export_warning, not_ready_in_session, status_label
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.progress import ProgressPrinter
from listing_genie_desktop.services import (
    BackendChoice,
    Services,
    choose_backend,
    load_reference_async,
    retry_settings,
)
from listing_genie_desktop.settings import Settings, schema
from listing_genie_desktop.storage.history import SessionNotFound


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


async def load_session(paths: AppPaths, session_id: str) -> dict:
    """The contract's JSON of one session, from a full id or a unique prefix."""
    async with open_services(paths) as services:
        return await services.store.load_session_json(await _resolve(services, session_id))


def tuning_overrides(args: argparse.Namespace) -> dict[str, object]:
    """The tuning flags given on the command line (those left out are None)."""
    return {name: getattr(args, name) for name in schema() if getattr(args, name, None) is not None}


async def generate(args: argparse.Namespace, paths: AppPaths) -> int:
    product = parse_product(args)
    prepare_out_folder(args.out)
    settings = replace(Settings(), **tuning_overrides(args))
    choose_backend(settings.backend, settings.model or None)
    reference = await load_reference_async(args.image)
    for warning in reference.warnings:
        progress_line(f"warning: {warning}")
    async with open_services(paths) as services:
        session_id, choice = await services.create_session(product, reference, settings)
        return await _run(services, session_id, choice, settings, args, reference)


async def retry(args: argparse.Namespace, paths: AppPaths) -> int:
    prepare_out_folder(args.out)
    async with open_services(paths) as services:
        session_id = await _resolve(services, args.session_id)
        stored = await services.store.load_stored(session_id)
        settings = retry_settings(stored, tuning_overrides(args))
        choice = choose_backend(settings.backend, settings.model or None)
        return await _run(services, session_id, choice, settings, args)


async def _run(
    services: Services,
    session_id: str,
    choice: BackendChoice,
    settings: Settings,
    args: argparse.Namespace,
    reference: ReferencePhoto | None = None,
) -> int:
    runner = services.runner(session_id, choice, settings, emit=ProgressPrinter(progress_line), reference=reference)
    install_cancel_handlers(runner.cancel)
    outcome = await runner.run()
    data = await services.store.load_session_json(session_id)
    if args.out:
        try:
            copy_images(data, Path(args.out))
        except OSError as exc:  # the images are made and kept: the run's own exit code stands
            progress_line(f"warning: could not copy the images to {args.out}: {exc.strerror or exc}")
    if args.json:
        print_json(data)
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


def copy_images(session: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for image in session["images"]:
        if image["path"]:
            shutil.copy2(image["path"], out / f"{image['type']}.png")


async def history(args: argparse.Namespace, paths: AppPaths) -> int:
    async with open_services(paths) as services:
        sessions = await services.store.list_sessions(limit=args.limit)
    if args.json:
        print_json([s.to_json() for s in sessions])
        return EXIT_OK
    if not sessions:
        print("No sessions yet.")
    for s in sessions:
        status = status_label(s.status, s.main_compliant)
        print(
            f"{s.session_id[:8]}  {s.created_at[:19].replace('T', ' ')}  {status:<11}  {s.images_complete}/5  {s.title}"
        )
    return EXIT_OK


async def show(args: argparse.Namespace, paths: AppPaths) -> int:
    data = await load_session(paths, args.session_id)
    if args.json:
        print_json(data)
        return EXIT_OK
    print(f"{data['product']['title']}  [{data['status']}]  {data['session_id']}")
    print(f"backend {data['backend']}{' / ' + data['model'] if data['model'] else ''}, created {data['created_at']}")
    if data.get("summary"):
        print(data["summary"])
    notes = {item.image_type.value: item for item in not_ready_in_session(data)}
    for image in data["images"]:
        where = image["path"] or image["error"] or ""
        print(f"  {image['type']:<14} {image['status']:<11} attempts {image['attempts']}  {where}")
        compliance = image.get("compliance") or {}
        if image["type"] == "main" and image["status"] == "complete" and compliance.get("compliant"):
            print("      Amazon-ready")  # MAIN's rules hold, the cut-out's included (as its card says)
        for issue in notes[image["type"]].issues if image["type"] in notes else ():
            print(f"      not Amazon-ready: {issue}")
    return EXIT_OK


async def export(args: argparse.Namespace, paths: AppPaths) -> int:
    from listing_genie_desktop.core.product import ImageType
    from listing_genie_desktop.imaging.export import ExportConflict, sku_from_title
    from listing_genie_desktop.services import export_images

    data = await load_session(paths, args.session_id)
    images = [(ImageType(i["type"]), Path(i["path"])) for i in data["images"] if i["path"]]
    if not images:
        raise InvalidInput("This session has no complete image to export yet.")
    sku = args.sku or sku_from_title(data["product"]["title"])
    try:
        result = await asyncio.to_thread(export_images, images, Path(args.out), sku, args.format, args.zip, args.force)
    except ExportConflict as exc:
        raise InvalidInput(f"{exc} (use --force to overwrite)") from exc
    for file in result.files:
        print(file.path)
    print(result.manifest)
    if result.zip_path:
        print(result.zip_path)
    names = {file.image_type: file.path.name for file in result.files}
    warning = export_warning(not_ready_in_session(data), names)
    if warning:
        print(f"Warning: {warning}", file=sys.stderr)
    return EXIT_OK


async def _resolve(services: Services, session_id: str) -> str:
    try:
        return await services.store.resolve_id(session_id)
    except SessionNotFound as exc:
        raise InvalidInput(str(exc)) from exc


COMMANDS = {"generate": generate, "retry": retry, "history": history, "show": show, "export": export}
