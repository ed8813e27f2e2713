"""The store on a real PostgreSQL started by the suite (tests/pg_env.py): migrations, the
password kept in the keyring and never shown, two workstations starting the new version at
once, and the database's clock for heartbeats."""

from __future__ import annotations

import logging
import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from ellipses_sms.store import Store, StoreError
from ellipses_sms.store.db import KEYRING_KEY, KEYRING_NAME, store_url
from ellipses_sms.store.models import Base

PASSWORD = "Tr3s-S3cret!pw"


@pytest.fixture
def caisse(postgres):
    """A role with a password (scram-sha-256) and its own database."""
    url = postgres.new_database()
    name = url.rsplit("/", 1)[1]
    postgres.sql(f"CREATE ROLE caisse_{name} LOGIN PASSWORD '{PASSWORD}'")
    postgres.sql(f'GRANT ALL ON DATABASE "{name}" TO caisse_{name}')
    postgres.sql(f"GRANT ALL ON SCHEMA public TO caisse_{name}", database=name)
    postgres.sql(f'ALTER DATABASE "{name}" OWNER TO caisse_{name}')
    return f"postgresql://caisse_{name}@127.0.0.1:{postgres.port}/{name}"


def test_migrations_match_the_models_on_postgresql(postgres):
    store = Store(postgres.new_database())
    try:
        assert {"jobs", "messages", "dispatchers", "store_meta"} <= set(
            inspect(store.engine).get_table_names()
        )
        with store.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert len(store.instance) == 6
    finally:
        store.dispose()


def test_the_password_comes_from_the_keyring_and_never_shows(
    caisse, settings, memory_keyring, caplog
):
    from ellipses_sms import secrets

    settings.set("database_url", caisse)  # the address only, as Paramètres saves it
    with pytest.raises(StoreError) as refused:  # no password yet: refused, in French
        Store(store_url(settings))
    assert "Impossible d'ouvrir la base des messages" in str(refused.value)
    secrets.set_secret(KEYRING_NAME, KEYRING_KEY, PASSWORD)
    store = Store(store_url(settings))
    store.dispose()
    settings.save()
    assert PASSWORD not in settings.path.read_text(encoding="utf-8")
    # a wrong password: the error and the log name the server, never the password
    caplog.set_level(logging.DEBUG)
    bad = caisse.replace("@", ":faux-Mot-2-passe@")
    with pytest.raises(StoreError) as wrong:
        Store(bad)
    assert "faux-Mot-2-passe" not in str(wrong.value) and "***" in str(wrong.value)
    assert "faux-Mot-2-passe" not in caplog.text and PASSWORD not in caplog.text


def test_two_workstations_upgrading_at_once(postgres):
    url = postgres.new_database()
    errors, stores = [], []

    def open_it():
        try:
            stores.append(Store(url))
        except Exception as exc:  # pragma: no cover - the failure this test looks for
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len({s.instance for s in stores}) == 1
    for s in stores:
        s.dispose()


def test_heartbeats_use_the_servers_clock(postgres):
    from datetime import UTC, datetime, timedelta

    store = Store(postgres.new_database())
    try:
        server_now = store.db_now()
        assert abs(server_now - datetime.now(UTC).replace(tzinfo=None)) < timedelta(seconds=5)
    finally:
        store.dispose()
