"""Engine, sessions and migrations of the message store.

SQLite (the default, in the user data folder) runs in WAL mode so that the window can read the
history while the dispatcher writes; any other SQLAlchemy URL works the same (PostgreSQL for
several workstations). Migrations are applied at start-up, before anything reads the store.
"""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(RuntimeError):
    """The message store cannot be opened or upgraded (message in French)."""


def fold(text: str | None) -> str | None:
    """`text` without case or accents, so that a search for « helene » finds « Hélène »."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # SQLite's LIKE folds ASCII letters only: searches go through this function instead
    dbapi_connection.create_function("ellipses_fold", 1, fold, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at each checkpoint
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for `url`, with SQLite tuned for one writer and concurrent readers."""
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest version; a no-op when it already is."""
    cfg = alembic_config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    log.info("upgrading the message store from %s to %s", current, head)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    """The message store: one engine and its session factory, built once at start-up."""

    def __init__(self, url: str):
        self.url = url
        try:
            self.engine = make_engine(url)
            upgrade(self.engine)
        except Exception as exc:  # any driver error: say it plainly, keep the cause in the log
            log.exception("cannot open the message store %s", url)
            raise StoreError(
                f"Impossible d'ouvrir la base des messages ({_safe_url(url)}) : {exc}"
            ) from exc
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def _safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "?"


#: Rows per driver `executemany` call (see `BulkWriter.run`).
EXECUTEMANY_SLICE = 200


class BulkWriter:
    """Driver-level `executemany` for the send path's hot statements.

    SQLAlchemy's per-row parameter processing costs more than SQLite's own work for the
    thousands of rows a send writes; these few statements go straight to the driver, with the
    placeholders and the datetime form of the engine in use (the form SQLAlchemy itself reads).
    """

    def __init__(self, engine: Engine):
        self.sqlite = engine.dialect.name == "sqlite"
        style = engine.dialect.paramstyle
        if style not in ("qmark", "format", "pyformat"):
            raise StoreError(f"style de paramètres non pris en charge : {style}")
        self._mark = "?" if style == "qmark" else "%s"

    def sql(self, statement: str) -> str:
        """`statement` written with `?` placeholders, in the driver's own style."""
        return statement if self._mark == "?" else statement.replace("?", self._mark)

    def ts(self, value):
        """A naive UTC datetime as the column stores it (SQLite: SQLAlchemy's text form)."""
        if value is None or not self.sqlite:
            return value
        return value.isoformat(" ", "microseconds")

    @staticmethod
    def run(conn, statement: str, rows: list[tuple]) -> None:
        # In slices: the driver's executemany loops in C and keeps the GIL from the GUI
        # thread until it returns (a 10,000-row call starved the window for ~80 ms).
        for start in range(0, len(rows), EXECUTEMANY_SLICE):
            conn.exec_driver_sql(statement, rows[start : start + EXECUTEMANY_SLICE])
