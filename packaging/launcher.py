"""PyInstaller entry script: the frozen `listing-genie` is the same CLI as the console script.

`freeze_support()` first: the frozen executable is also what a worker process of imaging/finish_pool.py
runs (multiprocessing's "spawn"), and there it must become that worker, not the CLI."""

import multiprocessing

from listing_genie_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
