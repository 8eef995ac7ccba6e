"""PyInstaller entry script: the frozen `listing-genie` is the same CLI as the console script."""

from listing_genie_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
