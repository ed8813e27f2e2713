"""Fixtures shared by the import tests: one demo bookstore database per session, and copies."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from ellipses_sms import bookstore

DEMO_CUSTOMERS = 1500


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A demo bookstore generated today (the scripts compare with the current date)."""
    path = tmp_path_factory.mktemp("bookstore") / "demo.sqlite3"
    return bookstore.generate_demo(path, customers=DEMO_CUSTOMERS, seed=7)


@pytest.fixture
def demo_copy(demo_db, tmp_path) -> Path:
    """A private copy that a test may try (and fail) to damage."""
    copy = tmp_path / "copie.sqlite3"
    shutil.copyfile(demo_db, copy)
    return copy
