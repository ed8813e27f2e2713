"""Fixtures shared by the bookstore, script, CLI and import-dialog tests.

One small demo bookstore database per test session (generated from a fixed seed and a fixed
reference day), and a fresh copy of it for each test that might try to write to it.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest

SEED = 1234
TODAY = date.today()  # the shipped scripts compare with date('now'): keep the demo current
CUSTOMERS = 1500


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    from ellipses_sms.bookstore import generate_demo

    path = tmp_path_factory.mktemp("bookstore") / "demo.sqlite3"
    generate_demo(path, CUSTOMERS, SEED, TODAY)
    return path


@pytest.fixture
def demo_db(demo_master, tmp_path) -> Path:
    """A private copy of the demo database (tests compare its bytes before and after)."""
    folder = tmp_path / "db"
    folder.mkdir()
    copy = folder / "librairie.sqlite3"
    shutil.copyfile(demo_master, copy)
    return copy


@pytest.fixture
def bookstore(demo_db):
    from ellipses_sms.bookstore import Bookstore

    db = Bookstore(f"sqlite:///{demo_db}")
    yield db
    db.dispose()
