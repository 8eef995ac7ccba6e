"""`listing-genie catalogue import|run|status|list|export` (contract section 7); the catalogue JSON is built here,
at the CLI's edge, from the store's typed records."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from listing_genie_desktop.catalogues import CatalogueRun, ProductOutcome, export_catalogue, import_catalogue
from listing_genie_desktop.cli import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    add_tuning,
    install_cancel_handlers,
    print_json,
    progress_line,
)
from listing_genie_desktop.cli_commands import open_services, tuning_overrides
from listing_genie_desktop.core.catalogue_progress import CatalogueRecord, CatalogueStatus
from listing_genie_desktop.core.cost import cost_text
from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.imaging.export import ExportConflict
from listing_genie_desktop.paths import AppPaths
from listing_genie_desktop.services import Services
from listing_genie_desktop.settings import EXPORT_FORMATS, saved_value
from listing_genie_desktop.storage.catalogues import CatalogueStore
from listing_genie_desktop.storage.history import SessionNotFound

EXIT_PAUSED = 6
EXIT_FOR_CATALOGUE = {
    CatalogueStatus.COMPLETE: EXIT_OK,
    CatalogueStatus.PARTIAL: EXIT_PARTIAL,
    CatalogueStatus.FAILED: EXIT_FAILED,
    CatalogueStatus.PENDING: EXIT_FAILED,
    CatalogueStatus.INTERRUPTED: EXIT_PARTIAL,
    CatalogueStatus.CANCELLED: EXIT_CANCELLED,
    CatalogueStatus.PAUSED: EXIT_PAUSED,
}


def add_catalogue_commands(commands: Any) -> None:
    """The `catalogue` command and its subcommands, on the main parser's subparsers."""
    catalogue = commands.add_parser("catalogue", help="many products from one product file")
    sub = catalogue.add_subparsers(dest="catalogue_command", required=True)

    imported = sub.add_parser("import", help="read a product file into a new catalogue")
    imported.add_argument("file")
    imported.add_argument("--photos", help="the folder where photos are found by SKU or handle")
    imported.add_argument("--name")
    imported.add_argument("--json", action="store_true")

    run = sub.add_parser("run", help="generate every product of the catalogue that is not complete")
    run.add_argument("catalogue_id")
    add_tuning(run)
    run.add_argument("--json", action="store_true")

    status = sub.add_parser("status", help="one catalogue and its products")
    status.add_argument("catalogue_id")
    status.add_argument("--json", action="store_true")

    listed = sub.add_parser("list", help="catalogues, newest first")
    listed.add_argument("--json", action="store_true")

    export = sub.add_parser("export", help="every complete image with Amazon file names, and a manifest")
    export.add_argument("catalogue_id")
    export.add_argument("--out", required=True)
    export.add_argument("--format", choices=EXPORT_FORMATS, default=EXPORT_FORMATS[0])
    export.add_argument("--zip", action="store_true")
    export.add_argument("--force", action="store_true", help="overwrite existing files")


async def catalogue(args: argparse.Namespace, paths: AppPaths) -> int:
    async with open_services(paths) as services:
        handler = {
            "import": _import,
            "run": _run,
            "status": _status,
            "list": _list,
            "export": _export,
        }[args.catalogue_command]
        return await handler(args, services)


async def _import(args: argparse.Namespace, services: Services) -> int:
    photos = Path(args.photos) if args.photos else None
    catalogue_id, read = await import_catalogue(services, Path(args.file), photos=photos, name=args.name)
    for item in read.invalid_items:
        for problem in item.problems:
            progress_line(f"row {item.row}: {problem}")
    progress_line(
        f"imported {len(read.valid_items)} product(s) of {len(read.items)} from {Path(args.file).name}"
        + (f"; {len(read.invalid_items)} row(s) with problems are kept as invalid" if read.invalid_items else "")
    )
    if args.json:
        print_json(catalogue_json(await CatalogueStore(services.store).load(catalogue_id)))
    else:
        print(catalogue_id)
    return EXIT_OK


async def _run(args: argparse.Namespace, services: Services) -> int:
    catalogue_id = await _resolve(services, args.catalogue_id)
    overrides = tuning_overrides(args)  # the budget saved in Settings holds unless --monthly-budget says otherwise
    overrides.setdefault("monthly_budget_usd", saved_value(services.paths.settings_file, "monthly_budget_usd"))
    run = CatalogueRun(
        services,
        catalogue_id,
        overrides,
        on_product=_print_outcome,
        on_progress=lambda report: progress_line(report.line()),
    )
    over = (await run.check_budget()).over
    if over is not None:
        raise InvalidInput(f"Not started: {over}. Raise it with --monthly-budget or in Settings.")
    install_cancel_handlers(run.cancel)
    record = await run.run()
    if run.budget_stop:
        progress_line(f"stopped: {run.budget_stop}; raise it with --monthly-budget or in Settings, then run again")
    if record.status is CatalogueStatus.PAUSED:
        progress_line(f"paused: the API's daily quota is used up; it resets at {record.resume_at} (run again then)")
    if args.json:
        print_json(catalogue_json(record))
    return EXIT_FOR_CATALOGUE[record.status]


def _print_outcome(outcome: ProductOutcome) -> None:
    product = outcome.product
    status = outcome.status.value if outcome.status else "not started"
    session = f" (session {outcome.session_id[:8]})" if outcome.session_id else ""
    progress_line(f"row {product.row} {product.sku}: {status}{session}: {outcome.summary}")


async def _status(args: argparse.Namespace, services: Services) -> int:
    record = await CatalogueStore(services.store).load(await _resolve(services, args.catalogue_id))
    if args.json:
        print_json(catalogue_json(record))
        return EXIT_OK
    print(f"{record.name}  [{record.status.value}]  {record.catalogue_id}")
    print("  ".join(f"{name} {n}" for name, n in record.counts.items()))
    if record.estimated_cost_usd:
        print(f"estimated cost so far: {cost_text(record.estimated_cost_usd)}")
    for product in record.products:
        problems = "; ".join(product.problems)
        print(
            f"  row {product.row:<5} {product.sku:<20} {product.status.value:<11} {product.images_complete}/5  "
            f"{problems or product.title}"
        )
    return EXIT_OK


async def _list(args: argparse.Namespace, services: Services) -> int:
    records = await CatalogueStore(services.store).list()
    if args.json:
        print_json([catalogue_json(r, with_products=False) for r in records])
        return EXIT_OK
    if not records:
        print("No catalogues yet.")
    for record in records:
        counts = record.counts
        print(
            f"{record.catalogue_id[:8]}  {record.created_at[:19].replace('T', ' ')}  {record.status.value:<11}  "
            f"{counts['complete']}/{counts['products'] - counts['invalid']}  {record.name}"
        )
    return EXIT_OK


async def _export(args: argparse.Namespace, services: Services) -> int:
    record = await CatalogueStore(services.store).load(await _resolve(services, args.catalogue_id))
    sessions = {
        p.session_id: await services.store.load_session(p.session_id)
        for p in record.products
        if p.session_id is not None
    }
    try:
        result = await asyncio.to_thread(
            export_catalogue, record, sessions, Path(args.out), args.format, args.zip, args.force
        )
    except ExportConflict as exc:
        raise InvalidInput(f"{exc} (use --force to overwrite)") from exc
    for line in result.report():
        progress_line(line)
    print(result.manifest)
    if result.zip_path:
        print(result.zip_path)
    return EXIT_OK


async def _resolve(services: Services, catalogue_id: str) -> str:
    try:
        return await CatalogueStore(services.store).resolve_id(catalogue_id)
    except SessionNotFound as exc:
        raise InvalidInput(str(exc)) from exc


def catalogue_json(record: CatalogueRecord, *, with_products: bool = True) -> dict[str, object]:
    """Contract section 7; `estimated_cost_usd` is what the products' sessions cost so far, and each product
    says its own."""
    data: dict[str, object] = {
        "catalogue_id": record.catalogue_id,
        "name": record.name,
        "source": record.source,
        "status": record.status.value,
        "resume_at": record.resume_at,
        "created_at": record.created_at,
        "counts": record.counts,
        "estimated_cost_usd": record.estimated_cost_usd,
    }
    if with_products:
        data["products"] = [
            {
                "row": p.row,
                "sku": p.sku,
                "product_id": p.product_id,
                "title": p.title,
                "status": p.status.value,
                "session_id": p.session_id,
                "images_complete": p.images_complete,
                "problems": list(p.problems),
                "estimated_cost_usd": p.cost_usd,
            }
            for p in record.products
        ]
    return data
