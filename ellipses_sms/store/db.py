"""Engine, transactions and migrations of the message store.

SQLite (the default, in the user data folder) runs in WAL mode so that the window can read the
history while the dispatcher writes; PostgreSQL (psycopg) holds the store of several
workstations. Migrations are applied at start-up, before anything reads the store.

Two kinds of transaction, so that decisions are made by the database and not in memory:
`Store.begin()` writes (on SQLite `BEGIN IMMEDIATE`: the write lock is taken before the first
read, so a read-then-update can never be overtaken by another process), `Store.connect()` reads.
The commits that must survive a power cut are synced to disk before they return
(`Store.begin(durable=True)`, SQLite `synchronous=FULL`): a job when it is journaled, a batch
marked `submitting` before its request leaves. The others (results, reports, heartbeats) are
not: in WAL mode the next durable commit syncs them too, and losing one only sends its message
back to `submitting`, which the next holder looks up — never a second send.
"""

from __future__ import annotations

import contextlib
import logging
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from ellipses_sms.dburls import normalise_url

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


#: Execution option of the connections that write (see `Store.begin`).
WRITE = "ellipses_write"
#: Execution option of the write transactions that must be on disk when they return.
DURABLE = "ellipses_durable"
#: SQLite's `synchronous` pragma for durable commits (the benchmark measures FULL's cost).
SYNCHRONOUS = "FULL"
#: How long a writer waits for another process's write lock on SQLite (ms).
BUSY_TIMEOUT_MS = 30_000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # the driver's own implicit transactions are off: `_sqlite_begin` says BEGIN itself
    dbapi_connection.isolation_level = None
    # SQLite's LIKE folds ASCII letters only: searches go through this function instead
    dbapi_connection.create_function("ellipses_fold", 1, fold, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL in WAL mode: synced at checkpoints; durable transactions switch to FULL
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """BEGIN IMMEDIATE for writers: no read-then-write race, no stale-snapshot failure.

    A durable transaction's commit is synced before it returns (FULL), which also syncs the
    non-durable commits written before it.
    """
    options = conn.get_execution_options()
    if options.get(WRITE):
        sync = SYNCHRONOUS if options.get(DURABLE) else "NORMAL"
        conn.exec_driver_sql(f"PRAGMA synchronous={sync}")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


#: Where the store's database password is kept in the keyring (never in settings.json).
KEYRING_NAME, KEYRING_KEY = "base-des-messages", "password"


def store_url(settings) -> str:
    """The store's URL from the settings, with its password from the keyring when it has one.

    The `database_url` setting holds the address without the password
    (`postgresql://caisse@serveur/ellipses`); the password is set in Paramètres and kept in
    the system keyring.
    """
    url = settings.database_url()
    if url.startswith("sqlite"):
        return url
    try:
        parsed = make_url(url)
    except Exception:
        return url  # Store() says it is unreadable, in French
    if parsed.password:
        return url
    from ellipses_sms import secrets

    try:
        password = secrets.get_secret(KEYRING_NAME, KEYRING_KEY)
    except Exception:
        log.warning("the store's password cannot be read from the keyring", exc_info=True)
        password = None
    if not password:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    """An engine for `url`, with SQLite tuned for one writer and concurrent readers."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args=_connect_args(url))


def _connect_args(url: str) -> dict:
    if url.startswith("postgresql"):
        # a dead server or a cut cable must not hang a send for the kernel's TCP timeout
        return {"connect_timeout": 10, "application_name": "ellipses-sms"}
    return {}


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def check_connection(url: str) -> str:
    """Try a store's address without changing it: a French sentence, or StoreError (French).

    What « Tester la connexion » in Paramètres says; nothing is created or migrated here.
    """
    safe = _safe_url(url)
    try:
        engine = make_engine(url)
        try:
            with engine.connect() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
        finally:
            engine.dispose()
    except Exception as exc:
        raise StoreError(f"Connexion impossible à {safe} : {_mask(str(exc), url)}") from None
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if current is None:
        return f"Connexion réussie à {safe} : base vide, préparée au prochain démarrage."
    if current == head:
        return f"Connexion réussie à {safe} : base prête."
    return f"Connexion réussie à {safe} : base mise à jour au prochain démarrage."


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest version; a no-op when it already is."""
    cfg = alembic_config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    log.info("upgrading the message store from %s to %s", current, head)
    with engine.connect().execution_options(**{WRITE: True}) as conn, conn.begin():
        if conn.dialect.name == "postgresql":  # two workstations starting the new version
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7715001)")
        current = MigrationContext.configure(conn).get_current_revision()
        if current == head:  # the other one did it while we waited
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    """The message store: one engine and its session factory, built once at start-up."""

    def __init__(self, url: str):
        self.url = url
        try:
            self.engine = make_engine(url)
            upgrade(self.engine)
            self.instance = self._read_instance()
        except Exception as exc:  # any driver error: say it plainly, keep the cause in the log
            safe = _safe_url(url)
            log.error("cannot open the message store %s: %s", safe, _mask(str(exc), url))
            raise StoreError(
                f"Impossible d'ouvrir la base des messages ({safe}) : {_mask(str(exc), url)}"
            ) from None
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _read_instance(self) -> str:
        with self.engine.connect() as conn:
            value = conn.execute(text("SELECT value FROM store_meta WHERE key = 'instance'"))
            return str(value.scalar_one())

    def session(self) -> Session:
        return self.sessions()

    @contextlib.contextmanager
    def begin(self, durable: bool = False) -> Iterator[Connection]:
        """A write transaction: committed at the end, rolled back on error.

        `durable`: on disk when the block ends (what a power cut must not undo).
        """
        options = {WRITE: True, DURABLE: durable}
        with self.engine.connect().execution_options(**options) as conn, conn.begin():
            yield conn

    def connect(self) -> Connection:
        """A connection for reading (a `with` block)."""
        return self.engine.connect()

    def db_now(self, conn: Connection | None = None) -> datetime:
        """Now, naive UTC, by the database server's clock where there is one.

        Heartbeats of several workstations are compared in one clock, the server's, whatever
        each workstation's own clock says (or a shifted process clock).
        """
        if self.engine.dialect.name != "postgresql":
            return datetime.now(UTC).replace(tzinfo=None)
        query = text("SELECT CAST(timezone('UTC', clock_timestamp()) AS timestamp)")
        if conn is not None:
            return conn.execute(query).scalar_one()
        with self.engine.connect() as own:
            return own.execute(query).scalar_one()

    def dispose(self) -> None:
        self.engine.dispose()


def _safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "?"


def _mask(message: str, url: str) -> str:
    """A driver's message with the URL's password blanked, should the driver repeat it."""
    try:
        password = make_url(url).password
    except Exception:
        return message
    if password:
        message = message.replace(str(password), "***")
    return message


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
    def run(conn, statement: str, rows: list[tuple]) -> int:
        """Run `statement` for each row; returns the rows it changed (as the driver counts)."""
        # In slices: the driver's executemany loops in C and keeps the GIL from the GUI
        # thread until it returns (a 10,000-row call starved the window for ~80 ms).
        changed = 0
        for start in range(0, len(rows), EXECUTEMANY_SLICE):
            result = conn.exec_driver_sql(statement, rows[start : start + EXECUTEMANY_SLICE])
            changed += max(0, result.rowcount)
        return changed
