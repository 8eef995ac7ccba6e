"""The `listing-genie` command (contract section 1): gui, generate, history, show, retry, edit, export, models.

`listing-genie` and `listing-genie gui [--smoke]` take a fast path straight to the window: the
window's start-up must not pay for argparse, the package metadata (--version) or the engine's
modules. Everything else is imported when a command needs it.
"""

from __future__ import annotations

import time

PROCESS_START = time.perf_counter()

import sys  # noqa: E402  (after PROCESS_START on purpose: start-up is measured from here)
from typing import TYPE_CHECKING, Any, NoReturn  # noqa: E402

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from listing_genie_desktop.core.product import ProductContext
    from listing_genie_desktop.paths import AppPaths

EXIT_OK, EXIT_INTERNAL, EXIT_INVALID, EXIT_PARTIAL, EXIT_FAILED, EXIT_CANCELLED = 0, 1, 2, 3, 4, 5
GUI_FAST_PATHS = ((), ("gui",), ("gui", "--smoke"))
"""Command lines that open the window without parsing (anything else goes through argparse)."""


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from listing_genie_desktop import __version__
    from listing_genie_desktop.settings import EXPORT_FORMATS

    class OneLineErrors(argparse.ArgumentParser):
        """Invalid input is one line on stderr and exit 2 (contract section 2), not a usage block."""

        def error(self, message: str) -> NoReturn:
            self.exit(EXIT_INVALID, f"listing-genie: {message} (see {self.prog} --help)\n")

    parser = OneLineErrors(prog="listing-genie", description="Amazon listing images from one product photo.")
    parser.add_argument("--version", action="version", version=f"listing-genie {__version__}")
    commands = parser.add_subparsers(dest="command")

    gui = commands.add_parser("gui", help="open the desktop window (the default)")
    gui.add_argument("--smoke", action="store_true", help="open the window, print startup_ms=N and exit")

    generate = commands.add_parser("generate", help="generate the five images headless")
    generate.add_argument("--title", required=True)
    generate.add_argument("--feature", action="append", default=[], help="a key feature (1 to 3 times)")
    generate.add_argument(
        "--compared-with",
        action="append",
        default=[],
        metavar="TEXT",
        help='what a generic alternative lacks, per --feature in the same order ("" for none): the comparison '
        "chart marks the alternative only where this is given",
    )
    generate.add_argument("--audience", default="")
    generate.add_argument("--keyword", action="append", default=[], help='"phrase" or "phrase=intent1,intent2"')
    generate.add_argument(
        "--image",
        required=True,
        action="append",
        help="a photo of the product (1 to 3 times: front, back, a detail; the first is the main one)",
    )
    add_tuning(generate)
    generate.add_argument("--out", help="also copy the final images into this folder")
    generate.add_argument("--json", action="store_true", help="print the session JSON on stdout")

    history = commands.add_parser("history", help="past sessions, newest first")
    history.add_argument("--json", action="store_true")
    history.add_argument("--limit", type=positive_int, default=None)

    show = commands.add_parser("show", help="one session in full")
    show.add_argument("session_id")
    show.add_argument("--json", action="store_true")

    retry = commands.add_parser("retry", help="finish the images of a session that are not complete")
    retry.add_argument("session_id")
    retry.add_argument("--image", help="a new reference photo (when the session's own was deleted)")
    add_tuning(retry)
    retry.add_argument("--out", help="also copy the final images into this folder")
    retry.add_argument("--json", action="store_true")

    edit = commands.add_parser("edit", help="change texts drawn on one image and draw it again (no generation)")
    edit.add_argument("session_id")
    edit.add_argument("--image", required=True, help="the image type: main, infographic_1, ... comparison")
    edit.add_argument("--text", action="append", default=[], required=True, help="KEY=VALUE (repeatable)")
    edit.add_argument("--json", action="store_true", help="print the session JSON on stdout")

    models = commands.add_parser("models", help="the image models the configured key can use, from the API")
    models.add_argument("--json", action="store_true", help="print a JSON array on stdout")

    export = commands.add_parser("export", help="write the images with Amazon file names")
    export.add_argument("session_id")
    export.add_argument("--out", required=True)
    export.add_argument("--sku")
    export.add_argument("--format", choices=EXPORT_FORMATS, default=EXPORT_FORMATS[0])
    export.add_argument("--zip", action="store_true")
    export.add_argument("--force", action="store_true", help="overwrite existing files")

    from listing_genie_desktop.cli_catalogue import add_catalogue_commands

    add_catalogue_commands(commands)
    return parser


def add_tuning(parser: argparse.ArgumentParser) -> None:
    """The tuning flags of `generate` and `retry`, built from the settings schema. Each defaults to None:
    `generate` then uses the schema's default, `retry` the value stored with the session."""
    from listing_genie_desktop.settings import schema

    for spec in schema().values():
        tunable = spec.tunable
        if tunable.flag is None:
            continue
        shown = spec.default if spec.default != "" else "recommended"
        common: dict[str, Any] = {"dest": spec.name, "default": None, "help": f"{tunable.help} (default: {shown})"}
        if spec.kind is bool:
            parser.add_argument(tunable.flag, action="store_const", const=not spec.default, **common)
        elif tunable.choices is not None:
            parser.add_argument(tunable.flag, choices=tunable.choices(), **common)
        else:
            parser.add_argument(tunable.flag, type=value_parser(spec), **common)


def value_parser(spec: Any) -> Any:
    """Parses a flag's text as its tunable's type and checks it against the schema's range; argparse turns
    the error into one line and exit 2."""

    def parse(text: str) -> object:
        import argparse

        value = spec.kind(text)
        problem = spec.problem(value)
        if problem is not None:
            raise argparse.ArgumentTypeError(problem)
        return value

    # argparse's words for a value that does not even parse: "invalid whole number value: 'abc'"
    parse.__name__ = {int: "whole number", float: "number"}.get(spec.kind, "value")
    return parse


def positive_int(text: str) -> int:
    import argparse

    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


positive_int.__name__ = "whole number"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = tuple(sys.argv[1:] if argv is None else argv)
    if arguments in GUI_FAST_PATHS:
        from listing_genie_desktop.app import run_gui

        # run_gui applies tune_allocator() itself, once the first frame is painted.
        return run_gui(smoke="--smoke" in arguments, process_start=PROCESS_START)
    import signal

    # Ctrl-C and SIGTERM before a run installs its own handlers (imports, parsing, loading the photo)
    # still end as "cancelled", exit 5, not as a traceback or a kill.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return run_cli(arguments)
    except KeyboardInterrupt:
        return EXIT_CANCELLED
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run_cli(arguments: Sequence[str]) -> int:
    import asyncio
    import logging

    from listing_genie_desktop.core.errors import InvalidInput
    from listing_genie_desktop.logging_setup import configure_logging, log_file_problem, redact
    from listing_genie_desktop.paths import AppPaths
    from listing_genie_desktop.runtime_tuning import tune_allocator

    tune_allocator()
    args = build_parser().parse_args(arguments)
    command = args.command or "gui"
    if command == "gui":
        from listing_genie_desktop.app import run_gui

        return run_gui(smoke=getattr(args, "smoke", False), process_start=PROCESS_START)
    paths = AppPaths.from_environment()
    configure_logging(paths.log_file, stderr_level=logging.ERROR)
    try:
        return asyncio.run(run_command(command, args, paths))
    except InvalidInput as exc:
        print(f"listing-genie: {exc.message}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return EXIT_CANCELLED
    except Exception as exc:
        problem = storage_problem(exc, paths)
        if problem is not None:  # the disk or the history file, not a bug: one line with its advice
            logging.getLogger("listing_genie.cli").warning("%s failed: %s", command, problem, exc_info=exc)
            print(f"listing-genie: {redact(problem)}", file=sys.stderr)
            return EXIT_FAILED
        logging.getLogger("listing_genie.cli").exception("internal error in %s", command)
        # never send the user to a log that could not be written
        details = f" (details in {paths.log_file})" if log_file_problem() is None else ""
        print(f"listing-genie: internal error: {redact(str(exc)) or type(exc).__name__}{details}", file=sys.stderr)
        return EXIT_INTERNAL


def storage_problem(exc: BaseException, paths: AppPaths) -> str | None:
    """The sentence for a history that cannot be opened or read, or a `storage` failure (full, read-only or
    locked disk) that ended a command before any run could report it; None for anything else."""
    from listing_genie_desktop.core.errors import ErrorKind, GenerationError
    from listing_genie_desktop.storage.faults import Fault, classify, describe
    from listing_genie_desktop.storage.history import HistoryUnavailable

    if isinstance(exc, HistoryUnavailable):
        return str(exc)
    if isinstance(exc, GenerationError) and exc.kind is ErrorKind.STORAGE:
        return describe(paths, exc)
    if isinstance(exc, OSError) and classify(exc) in (Fault.READ_ONLY, Fault.FULL):  # a lease, a folder
        return describe(paths, exc)
    return None


def gui_main() -> int:
    return main(["gui"])


async def run_command(command: str, args: argparse.Namespace, paths: AppPaths) -> int:
    from listing_genie_desktop.cli_commands import COMMANDS

    return await COMMANDS[command](args, paths)


def print_json(data: object) -> None:
    import json

    print(json.dumps(data, indent=2, ensure_ascii=False))


def progress_line(text: str) -> None:
    from listing_genie_desktop.logging_setup import redact

    print(redact(text), file=sys.stderr, flush=True)


def install_cancel_handlers(cancel) -> None:
    """Ctrl-C and SIGTERM cancel the run (exit 5) instead of killing it mid-write."""
    import asyncio
    import signal
    from contextlib import suppress

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, cancel)


def parse_product(args: argparse.Namespace) -> ProductContext:
    from listing_genie_desktop.core.errors import InvalidInput
    from listing_genie_desktop.core.ports import MAX_REFERENCE_PHOTOS
    from listing_genie_desktop.core.product import ProductContext

    if len(args.image) > MAX_REFERENCE_PHOTOS:
        raise InvalidInput(f"Give --image 1 to {MAX_REFERENCE_PHOTOS} times (got {len(args.image)}).", field="image")
    if not 1 <= len(args.feature) <= 3:
        raise InvalidInput(f"Give --feature 1 to 3 times (got {len(args.feature)}).", field="features")
    if len(args.compared_with) > len(args.feature):
        raise InvalidInput(
            f"Give --compared-with at most once per --feature (got {len(args.compared_with)} for {len(args.feature)}).",
            field="compared_with",
        )
    return ProductContext.create(args.title, args.feature, args.audience, args.keyword, args.compared_with)
