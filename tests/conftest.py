"""Shared fixtures: each test gets its own ELLIPSES_SMS_HOME; nothing touches the user's files."""

from __future__ import annotations

import json
import os

import pytest

from tests.fake_keyring import memory_keyring, no_keyring  # noqa: F401  (fixtures)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: A sandbox that answers at once: no simulated latency, no rate limit, quick reports.
FAST_SANDBOX = {
    "sandbox_latency": 0.0,
    "sandbox_rate_limit": 0.0,
    "sandbox_report_delay": 0.05,
    "sandbox_failure_rate": 0.0,
    "sandbox_transient_rate": 0.0,
    "retry_base_delay": 0.01,
    "retry_max_delay": 0.05,
    "report_poll_interval": 0.05,
    "wait_timeout": 10.0,
}


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh ELLIPSES_SMS_HOME with a quick sandbox in its settings file."""
    root = tmp_path / "home"
    monkeypatch.setenv("ELLIPSES_SMS_HOME", str(root))
    (root / "config").mkdir(parents=True)
    (root / "config" / "settings.json").write_text(json.dumps(FAST_SANDBOX), encoding="utf-8")
    return root


@pytest.fixture
def settings(home):
    from ellipses_sms.settings import Settings

    return Settings()


@pytest.fixture
def services(settings):
    from ellipses_sms.app import build_services

    built = build_services(settings)
    yield built
    built.close()


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server for the session (see tests/pg_env.py)."""
    from tests.pg_env import PostgresServer, pg_bin

    if pg_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL absent : ./setup.sh --dev l'installe")
        pytest.skip("PostgreSQL absent (./setup.sh --dev l'installe)")
    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """The message store's URL, on a real SQLite file and on a real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    return request.getfixturevalue("postgres").new_database()
