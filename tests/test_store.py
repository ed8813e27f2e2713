"""The message store: migrations, WAL, the home folder override, history queries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from ellipses_sms import paths
from ellipses_sms.store import Store, StoreError
from ellipses_sms.store.models import Base


def test_home_moves_every_file(home):
    for folder in (paths.data_dir(), paths.config_dir(), paths.log_dir()):
        assert folder.is_relative_to(home)
    assert paths.store_file().is_relative_to(home)


def test_store_is_created_migrated_and_in_wal_mode(tmp_path):
    db = tmp_path / "store.sqlite3"
    store = Store(f"sqlite:///{db}")
    assert db.exists()
    names = set(inspect(store.engine).get_table_names())
    assert {"jobs", "messages", "status_events", "opt_outs", "alembic_version"} <= names
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    store.dispose()
    Store(f"sqlite:///{db}").dispose()  # opening again is a no-op, not an error


def test_migrations_match_the_models(tmp_path):
    """A model changed without its migration would make this fail."""
    store = Store(f"sqlite:///{tmp_path / 's.sqlite3'}")
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


def test_unopenable_store_says_so_in_french(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Impossible d'ouvrir la base des messages"):
        Store(f"sqlite:///{blocker / 'db.sqlite3'}")


def test_database_url_setting(home, tmp_path):
    from ellipses_sms.settings import Settings

    s = Settings()
    assert s.database_url() == f"sqlite:///{paths.store_file()}"
    s.set("database_url", f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}")
    s.save()
    assert Settings().database_url().endswith("elsewhere.sqlite3")


def test_broken_settings_file_is_set_aside(home):
    from ellipses_sms.settings import Settings

    paths.settings_file().write_text("{not json", encoding="utf-8")
    s = Settings()
    assert s.get("region") == "FR"
    assert paths.settings_file().with_suffix(".json.broken").exists()


def test_history_filters_by_local_days_and_status(services):
    from ellipses_sms import recipients
    from ellipses_sms.store.queries import HistoryFilter, history, history_totals

    d = services.dispatcher
    people = [recipients.make("A", "06 12 34 56 78"), recipients.make("B", "+33600000001")]
    job = d.create_job(people, "Bonjour")
    d.run(job)
    today = date.today()
    all_rows = history(services.store, HistoryFilter(today, today))
    assert {r.state for r in all_rows} == {"sent", "rejected"}
    # two messages, one SMS used: the rejected one never reached a phone, nor the bill
    assert history_totals(services.store, HistoryFilter(today, today)) == (2, 1)
    failures = history(services.store, HistoryFilter(today, today, "failure"))
    assert [r.number for r in failures] == ["+33600000001"]
    assert history(services.store, HistoryFilter(today, today, "success")) == []
    assert len(history(services.store, HistoryFilter(today, today, "pending"))) == 1
    yesterday = today - timedelta(days=1)
    assert history(services.store, HistoryFilter(yesterday, yesterday)) == []
    assert [r.name for r in history(services.store, HistoryFilter(search="b"))] == ["B"]
    assert [r.name for r in history(services.store, HistoryFilter(search="06 12 34"))] == ["A"]
    with pytest.raises(ValueError):
        history(services.store, HistoryFilter(status="nope"))


def test_upgrade_from_the_first_schema_keeps_rows_and_adds_the_covering_index(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from ellipses_sms.store.db import alembic_config

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            text(
                "INSERT INTO jobs (id, created_at, text, provider, kind, source, state, total) "
                "VALUES (1, '2026-01-01 10:00:00', 'x', 'sandbox', 'notification', 'cli', "
                "'submitted', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO messages (job_id, position, number, text, encoding, parts, "
                "provider, state, attempts, created_at, updated_at) VALUES (1, 0, '+33612345678',"
                " 'x', 'GSM', 1, 'sandbox', 'delivered', 1, '2026-01-01 10:00:00', "
                "'2026-01-01 10:00:00')"
            )
        )
    engine.dispose()
    store = Store(url)
    names = {i["name"] for i in inspect(store.engine).get_indexes("messages")}
    assert "ix_messages_state_created_parts" in names
    assert "ix_messages_state_created" not in names
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM messages")).scalar() == 1
    store.dispose()


def test_durable_writes_are_synced_before_they_return(tmp_path):
    """A journaled job and a batch marked `submitting` must survive a power cut: their
    transactions run with synchronous=FULL; results and reports need not (NORMAL)."""
    store = Store(f"sqlite:///{tmp_path / 's.sqlite3'}")
    try:
        with store.begin(durable=True) as conn:
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        with store.begin() as conn:
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    finally:
        store.dispose()


def test_the_outbox_journals_and_claims_durably(services, monkeypatch):
    """Which transactions are durable, seen from the statements the driver runs."""
    from sqlalchemy import event

    from ellipses_sms import recipients

    seen: list[str] = []
    event.listen(
        services.store.engine,
        "before_cursor_execute",
        lambda conn, cursor, statement, *a: seen.append(statement.split()[0:3]),
    )
    services.dispatcher.send([recipients.make("C", "0612345678")], "Bonjour")
    flat = [" ".join(s) for s in seen]
    fulls = [i for i, s in enumerate(flat) if s == "PRAGMA synchronous=FULL"]
    assert len(fulls) >= 2  # the job, then the claim of its batch
    after = [flat[i + 2] for i in fulls]  # BEGIN IMMEDIATE, then the first statement
    assert any(s.startswith("INSERT INTO jobs") for s in after)
    assert any(s.startswith("SELECT messages.id,") for s in after)
