"""Every location the product writes to, behind one module.

`ELLIPSES_SMS_HOME` moves all of them under one folder (portable installs, tests); otherwise the
platform's usual user folders are used (platformdirs). Functions, not constants, so that a test
that sets the variable sees the change at once.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "EllipsesSMS"
HOME_ENV = "ELLIPSES_SMS_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Where the message store, the demo bookstore database and the sandbox's state live."""
    home = _home()
    return _ensure(home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, False)))


def config_dir() -> Path:
    """Where `settings.json` lives."""
    home = _home()
    return _ensure(home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, False)))


def log_dir() -> Path:
    """Where the rotating log file is written."""
    home = _home()
    return _ensure(home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, False)))


def user_scripts_dir() -> Path:
    """The bookstore's own import filter scripts, next to the shipped ones."""
    return _ensure(data_dir() / "scripts")


def settings_file() -> Path:
    return config_dir() / "settings.json"


def store_file() -> Path:
    """The default SQLite message store (the database URL setting can point elsewhere)."""
    return data_dir() / "ellipses-sms.sqlite3"


def log_file() -> Path:
    return log_dir() / "ellipses-sms.log"
