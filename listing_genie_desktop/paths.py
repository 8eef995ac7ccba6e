"""Where the app keeps its files: one folder under LISTING_GENIE_HOME, else the platform's own."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "ListingGenie"
HOME_ENV = "LISTING_GENIE_HOME"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    logs: Path

    @classmethod
    def from_environment(cls) -> AppPaths:
        home = os.environ.get(HOME_ENV)
        if home:
            root = Path(home).expanduser().resolve()
            return cls(data=root, config=root, logs=root / "logs")
        dirs = PlatformDirs(APP_NAME, appauthor=False)
        return cls(data=Path(dirs.user_data_dir), config=Path(dirs.user_config_dir), logs=Path(dirs.user_log_dir))

    @property
    def database(self) -> Path:
        return self.data / "history.sqlite3"

    @property
    def images(self) -> Path:
        return self.data / "sessions"

    @property
    def locks(self) -> Path:
        return self.data / "locks"

    @property
    def log_file(self) -> Path:
        return self.logs / "listing-genie.log"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    def session_folder(self, session_id: str) -> Path:
        """Named by the session's UUID only: nothing the user typed becomes part of a path."""
        return self.images / session_id

    def ensure(self) -> None:
        for folder in (self.data, self.config, self.logs, self.images, self.locks):
            folder.mkdir(parents=True, exist_ok=True)
