"""The bookstore database (Ellipses 2000 or any SQL database), always opened read-only.

Why this module exists: the import scripts read the bookstore's customers, and nothing we run may
change one byte of that database, whatever a script says. The guarantee is the connection, not
the script checker: SQLite files are opened with ``mode=ro`` plus ``PRAGMA query_only`` plus an
authorizer that only lets reads through; other engines run inside a read-only transaction
(``SET TRANSACTION READ ONLY`` where the engine has it) that is always rolled back.

It also generates the **demo bookstore database** (French customers, the two SMS flags of the old
customer card, categories, books, sales, orders and their receptions) so that a new user can try
the import on a fresh machine. The demo is reproducible from its seed (and reference day).

Plain Python, no Qt.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ellipses_sms import paths

log = logging.getLogger(__name__)

DEMO_FILENAME = "demo-librairie.sqlite3"
DEMO_SEED = 2006  # the year of the old manual's history screen
DEMO_CUSTOMERS = 5000

#: Engines that know ``SET TRANSACTION READ ONLY`` (issued before the first query).
_READ_ONLY_TRANSACTION = {"postgresql", "mysql", "mariadb", "oracle"}


class BookstoreError(Exception):
    """The bookstore database cannot be reached or read (message in French)."""


class QueryCancelled(BookstoreError):
    """The clerk cancelled a running query."""

    def __init__(self, message: str = "Requête annulée.") -> None:
        super().__init__(message)


class QueryError(BookstoreError):
    """The database refused the query; ``db_message`` is the engine's own words."""

    def __init__(self, message: str, db_message: str) -> None:
        super().__init__(message)
        self.db_message = db_message


# -- cancellation -----------------------------------------------------------------------------


class CancelToken:
    """Set from any thread (the dialog's « Annuler », Ctrl-C); the running query stops soon after.

    SQLite checks it from its progress handler; other engines get their driver's ``cancel()``
    where it has one, and are otherwise stopped between two batches of rows (best effort).
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback()
            except Exception:  # a driver that cannot cancel: the batch check still stops it
                log.debug("cancel callback failed", exc_info=True)

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` on cancel (at once if already cancelled); returns the unsubscriber."""
        with self._lock:
            already = self._event.is_set()
            if not already:
                self._callbacks.append(callback)
        if already:
            callback()

        def remove() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._callbacks.remove(callback)

        return remove

    def check(self) -> None:
        if self._event.is_set():
            raise QueryCancelled()


# -- the read-only connection -----------------------------------------------------------------

# The SQLite authorizer: a script may read tables, call functions and recurse; nothing else.
_ALLOWED_ACTIONS = {
    sqlite3.SQLITE_SELECT,
    sqlite3.SQLITE_READ,
    sqlite3.SQLITE_FUNCTION,
    getattr(sqlite3, "SQLITE_RECURSIVE", 33),
}
_FORBIDDEN_FUNCTIONS = {"load_extension", "writefile", "readfile", "edit", "fts3_tokenizer"}


def _authorize(action: int, arg1: str | None, arg2: str | None, _db: str | None, _t: str | None):
    if action not in _ALLOWED_ACTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in _FORBIDDEN_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _sqlite_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: ``mode=ro``, ``query_only``, and no ATTACH at all."""
    if not path.is_file():
        raise BookstoreError(f"Base de la librairie introuvable : {path}")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        raise BookstoreError(f"Base de la librairie illisible ({path}) : {exc}") from None
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    return conn


class Bookstore:
    """A read-only door to the bookstore database, from a SQLAlchemy URL."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError
        from sqlalchemy.pool import NullPool

        try:
            self.url = make_url(url)
        except ArgumentError:
            raise BookstoreError(
                f"Adresse de la base librairie invalide : « {url} » "
                "(exemples : sqlite:///C:/Ellipses/base.db, postgresql://utilisateur@serveur/base)"
            ) from None
        self.sqlite_path: Path | None = None
        if self.url.get_backend_name() == "sqlite":
            database = self.url.database or ""
            if not database or database == ":memory:" or database.startswith("file:"):
                raise BookstoreError(
                    f"Adresse SQLite sans fichier : « {url} » (sqlite:///chemin/vers/base.db)"
                )
            self.sqlite_path = Path(database)
            sqlite_path = self.sqlite_path
            self.engine = create_engine(
                "sqlite://", creator=lambda: _sqlite_read_only(sqlite_path), poolclass=NullPool
            )
        else:
            try:
                self.engine = create_engine(self.url, poolclass=NullPool)
            except NoSuchModuleError:
                raise BookstoreError(
                    f"Type de base non pris en charge : « {self.url.drivername} »"
                ) from None
            except ImportError as exc:
                raise BookstoreError(
                    f"Le pilote de la base « {self.url.drivername} » n'est pas installé "
                    f"({exc.name or exc})"
                ) from None

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        """What to show the clerk: the file, or the URL without its password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def session(self, cancel: CancelToken | None = None) -> Iterator[ReadOnlySession]:
        """One read-only session; whatever happens, nothing is committed."""
        cancel = cancel or CancelToken()
        if self.sqlite_path is not None:
            conn = _sqlite_read_only(self.sqlite_path)
            try:
                yield _SqliteSession(conn, cancel)
            finally:
                conn.close()
            return
        from sqlalchemy.exc import SQLAlchemyError

        try:
            connection = self.engine.connect()
        except SQLAlchemyError as exc:
            raise BookstoreError(
                f"Connexion à la base librairie impossible ({self.describe()}) : {_db_message(exc)}"
            ) from None
        try:
            transaction = connection.begin()
            try:
                if self.dialect in _READ_ONLY_TRANSACTION:
                    connection.exec_driver_sql("SET TRANSACTION READ ONLY")
                yield _EngineSession(connection, cancel)
            finally:
                transaction.rollback()  # never a commit, even for a plain SELECT
        finally:
            connection.close()

    def dispose(self) -> None:
        self.engine.dispose()


class ReadOnlySession:
    """Runs one query at a time; rows come back as tuples with the column names."""

    cancel: CancelToken

    def execute(
        self, sql: str, params: Mapping[str, Any], limit: int | None = None
    ) -> tuple[list[str], list[tuple]]:
        raise NotImplementedError


class _SqliteSession(ReadOnlySession):
    _PROGRESS_STEPS = 20_000  # SQLite VM instructions between two looks at the cancel token

    def __init__(self, conn: sqlite3.Connection, cancel: CancelToken) -> None:
        self.conn = conn
        self.cancel = cancel

    def execute(
        self, sql: str, params: Mapping[str, Any], limit: int | None = None
    ) -> tuple[list[str], list[tuple]]:
        conn = self.conn
        cancel = self.cancel
        cancel.check()
        conn.set_authorizer(_authorize)
        conn.set_progress_handler(lambda: 1 if cancel.cancelled else 0, self._PROGRESS_STEPS)
        try:
            cursor = conn.execute(sql, dict(params))
            columns = [d[0] for d in cursor.description or ()]
            rows = cursor.fetchall() if limit is None else cursor.fetchmany(limit)
            cursor.close()
        except sqlite3.OperationalError as exc:
            if cancel.cancelled or "interrupted" in str(exc):
                raise QueryCancelled() from None
            raise QueryError(f"La base a refusé la requête : {exc}", str(exc)) from None
        except sqlite3.Error as exc:
            raise QueryError(f"La base a refusé la requête : {exc}", str(exc)) from None
        except sqlite3.Warning as exc:  # "You can only execute one statement at a time."
            raise QueryError(f"La base a refusé la requête : {exc}", str(exc)) from None
        finally:
            conn.set_progress_handler(None, 0)
            conn.set_authorizer(None)
        cancel.check()
        return columns, rows


class _EngineSession(ReadOnlySession):
    _BATCH = 2000

    def __init__(self, connection, cancel: CancelToken) -> None:
        self.connection = connection
        self.cancel = cancel

    def execute(
        self, sql: str, params: Mapping[str, Any], limit: int | None = None
    ) -> tuple[list[str], list[tuple]]:
        from sqlalchemy import text
        from sqlalchemy.exc import SQLAlchemyError

        self.cancel.check()
        driver = self.connection.connection.dbapi_connection
        unsubscribe = self.cancel.on_cancel(getattr(driver, "cancel", lambda: None))
        try:
            result = self.connection.execute(text(sql), dict(params))
            if not result.returns_rows:
                message = "la requête ne renvoie aucune ligne (ce n'est pas une lecture)"
                raise QueryError(f"La base a refusé la requête : {message}", message)
            columns = list(result.keys())
            rows: list[tuple] = []
            while limit is None or len(rows) < limit:
                self.cancel.check()
                batch = result.fetchmany(self._BATCH)
                if not batch:
                    break
                rows.extend(tuple(r) for r in batch)
            result.close()
        except SQLAlchemyError as exc:
            if self.cancel.cancelled:
                raise QueryCancelled() from None
            message = _db_message(exc)
            raise QueryError(f"La base a refusé la requête : {message}", message) from None
        finally:
            unsubscribe()
        self.cancel.check()
        return columns, rows[:limit] if limit is not None else rows


def _db_message(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).strip().splitlines()[0]


# -- from the settings ------------------------------------------------------------------------


def demo_path() -> Path:
    return paths.data_dir() / DEMO_FILENAME


def ensure_demo(path: Path | None = None) -> Path:
    """The demo database, generated on first use (atomically: never a half-written file)."""
    path = path or demo_path()
    if not path.is_file():
        log.info("generating the demo bookstore database at %s", path)
        generate_demo(path)
    return path


def configured_url(settings: Any) -> str:
    """The ``bookstore_url`` setting, or the demo database's URL when it is empty."""
    url = (settings.get("bookstore_url") or "").strip() if settings is not None else ""
    return url or f"sqlite:///{demo_path()}"


def open_bookstore(settings: Any = None, url: str | None = None) -> Bookstore:
    """The bookstore database named by ``url`` or by the settings (demo when none)."""
    chosen = (url or "").strip() or (
        (settings.get("bookstore_url") or "").strip() if settings is not None else ""
    )
    if not chosen:
        return Bookstore(f"sqlite:///{ensure_demo()}")
    return Bookstore(chosen)


# -- the demo bookstore database --------------------------------------------------------------

DEMO_SCHEMA = """
CREATE TABLE meta (cle TEXT PRIMARY KEY, valeur TEXT NOT NULL);
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    libelle TEXT NOT NULL UNIQUE
);
CREATE TABLE auteurs (
    id INTEGER PRIMARY KEY,
    nom TEXT NOT NULL,
    prenom TEXT
);
CREATE TABLE editeurs (
    id INTEGER PRIMARY KEY,
    nom TEXT NOT NULL UNIQUE
);
CREATE TABLE livres (
    id INTEGER PRIMARY KEY,
    isbn TEXT NOT NULL UNIQUE,
    titre TEXT NOT NULL,
    auteur_id INTEGER NOT NULL REFERENCES auteurs(id),
    editeur_id INTEGER NOT NULL REFERENCES editeurs(id),
    categorie_id INTEGER NOT NULL REFERENCES categories(id),
    prix REAL NOT NULL
);
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    titre TEXT,
    nom TEXT,
    prenom TEXT,
    raison_sociale TEXT,
    telephone TEXT,
    portable TEXT,
    email TEXT,
    code_postal TEXT,
    ville TEXT,
    alerte_sms_reception INTEGER NOT NULL DEFAULT 0,
    news_sms INTEGER NOT NULL DEFAULT 0,
    date_creation TEXT NOT NULL
);
CREATE TABLE ventes (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    date_vente TEXT NOT NULL,
    montant REAL NOT NULL
);
CREATE TABLE lignes_vente (
    id INTEGER PRIMARY KEY,
    vente_id INTEGER NOT NULL REFERENCES ventes(id),
    livre_id INTEGER NOT NULL REFERENCES livres(id),
    quantite INTEGER NOT NULL,
    prix_unitaire REAL NOT NULL
);
CREATE TABLE commandes (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    livre_id INTEGER NOT NULL REFERENCES livres(id),
    date_commande TEXT NOT NULL,
    date_reception TEXT,
    date_retrait TEXT
);
CREATE INDEX ix_clients_news ON clients(news_sms);
CREATE INDEX ix_ventes_client ON ventes(client_id, date_vente);
CREATE INDEX ix_lignes_vente ON lignes_vente(vente_id);
CREATE INDEX ix_lignes_livre ON lignes_vente(livre_id);
CREATE INDEX ix_commandes_client ON commandes(client_id);
CREATE INDEX ix_commandes_reception ON commandes(date_reception, date_retrait);
CREATE INDEX ix_livres_auteur ON livres(auteur_id);
CREATE INDEX ix_livres_editeur ON livres(editeur_id);
CREATE INDEX ix_livres_categorie ON livres(categorie_id);
"""


def _words(*parts: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(w.strip() for w in "".join(parts).split(sep) if w.strip())


FIRST_NAMES_F = _words(
    "Marie Nathalie Isabelle Sylvie Catherine Sophie Christine Valérie Sandrine Céline Claire "
    "Julie Émilie Camille Léa Manon Chloé Inès Zoé Louise Jeanne Hélène Anne Brigitte Françoise "
    "Agnès Aurélie Élodie Laure Mathilde Pauline Océane Lucie Margaux Juliette Alice Anaïs "
    "Bérénice Ghislaine Josiane Monique Odile Solène Clémence Maëlle Noémie Rose Jade Capucine"
)
FIRST_NAMES_M = _words(
    "Jean Pierre Michel Philippe Alain Nicolas Christophe Stéphane Laurent Frédéric Olivier "
    "Julien Thomas Antoine Maxime Hugo Lucas Louis Gabriel Arthur Raphaël Théo Paul Jacques "
    "François Bernard Patrick Éric Didier Hervé Gérard Yves Benoît Mathieu Sébastien Vincent "
    "Guillaume Romain Clément Baptiste Jérôme Loïc Gaël Timothée Noé Aurélien Cédric Rémi Joël"
)
LAST_NAMES = _words(
    "Martin,Bernard,Thomas,Petit,Robert,Richard,Durand,Dubois,Moreau,Laurent,Simon,Michel,"
    "Lefebvre,Leroy,Roux,David,Bertrand,Morel,Fournier,Girard,Bonnet,Dupont,Lambert,Fontaine,"
    "Rousseau,Vincent,Muller,Lefèvre,Faure,André,Mercier,Blanc,Guérin,Boyer,Garnier,Chevalier,"
    "François,Legrand,Gauthier,Garcia,Perrin,Robin,Clément,Morin,Nicolas,Henry,Roussel,"
    "Mathieu,Gautier,Masson,Marchand,Duval,Denis,Dumont,Marie,Lemaire,Noël,Meyer,Dufour,"
    "Meunier,Brun,Blanchard,Giraud,Joly,Rivière,Lucas,Brunet,Gaillard,Barbier,Arnaud,Martinez,"
    "Gérard,Roche,Renard,Schmitt,Roy,Leroux,Colin,Vidal,Caron,Picard,Roger,Fabre,Aubert,"
    "Lemoine,Renaud,Dumas,Lacroix,Olivier,Philippe,Bourgeois,Pierre,Benoît,Rey,Leclerc,Payet,"
    "Rolland,Leclercq,Guillaume,Lecomte,Lopez,Jean,Dupuy,Guillot,Hubert,Berger,Carpentier,"
    "Sanchez,Dupuis,Moulin,Louis,Deschamps,Huet,Vasseur,Perez,Boucher,Fleury,Royer,Klein,"
    "Jacquet,Adam,Paris,Poirier,Marty,Aubry,Guyot,Carré,Charles,Renault,Charpentier,Ménard,"
    "Maillard,Baron,Bertin,Bailly,Hervé,Schneider,Fernandez,Le Gall,Collet,Léger,Bouvier,"
    "Julien,Prévost,Millet,Perrot,Daniel,Le Roux,Cousin,Germain,Breton,Besson,Langlois,Rémy,"
    "Le Goff,Pelletier,Lévêque,Perrier,Leblanc,Barré,Lebrun,Marchal,Weber,Mallet,Hamon,"
    "Boulanger,Jacob,Monnier,Michaud,Rodriguez,Guichard,Gillet,Étienne,Grondin,Poulain,"
    "Tessier,Chevallier,Collin,Chauvin,Da Silva,Bouchet,Gay,Lemaître,Bénard,Maréchal,Humbert,"
    "Reynaud,Antoine,Hoarau,Perret,Barthélemy,Cordier,Pichon",
    sep=",",
)
COMPANIES = (
    "Médiathèque municipale",
    "École élémentaire Jules-Ferry",
    "Collège Victor-Hugo",
    "Lycée Marie-Curie",
    "Comité d'entreprise Alstom",
    "Bibliothèque départementale",
    "Crèche Les Petits Loups",
    "Association Lire et faire lire",
    "Mairie – service culturel",
    "Cabinet d'avocats Roche & Associés",
)
CITIES = (
    ("Lyon", "69003"),
    ("Villeurbanne", "69100"),
    ("Vénissieux", "69200"),
    ("Bron", "69500"),
    ("Caluire-et-Cuire", "69300"),
    ("Écully", "69130"),
    ("Oullins", "69600"),
    ("Tassin-la-Demi-Lune", "69160"),
    ("Saint-Priest", "69800"),
    ("Décines-Charpieu", "69150"),
    ("Vaulx-en-Velin", "69120"),
    ("Givors", "69700"),
)
CATEGORIES = (
    "Jeunesse",
    "BD",
    "Policier",
    "Scolaire",
    "Roman",
    "Sciences humaines",
    "Science-fiction",
    "Poésie",
    "Beaux-arts",
    "Cuisine",
    "Voyage",
    "Histoire",
)
PUBLISHERS = (
    "Gallimard",
    "Flammarion",
    "Actes Sud",
    "Le Seuil",
    "Albin Michel",
    "Grasset",
    "Hachette",
    "Nathan",
    "Bordas",
    "Magnard",
    "Dargaud",
    "Casterman",
    "Dupuis",
    "Glénat",
    "L'École des loisirs",
    "Bayard",
    "Pocket",
    "Folio",
    "La Découverte",
    "Rivages",
)
# (last name, first name, category): classics in the public domain and invented authors
AUTHORS = (
    ("Hugo", "Victor", "Roman"),
    ("Zola", "Émile", "Roman"),
    ("Verne", "Jules", "Jeunesse"),
    ("Dumas", "Alexandre", "Roman"),
    ("Sand", "George", "Roman"),
    ("Maupassant", "Guy de", "Roman"),
    ("Balzac", "Honoré de", "Roman"),
    ("Flaubert", "Gustave", "Roman"),
    ("Leblanc", "Maurice", "Policier"),
    ("Leroux", "Gaston", "Policier"),
    ("Baudelaire", "Charles", "Poésie"),
    ("Rimbaud", "Arthur", "Poésie"),
    ("Ségur", "Comtesse de", "Jeunesse"),
    ("Michelet", "Jules", "Histoire"),
    ("Tocqueville", "Alexis de", "Sciences humaines"),
    ("Durkheim", "Émile", "Sciences humaines"),
    ("Fabre", "Lucienne", "Policier"),
    ("Marchand", "Yves", "BD"),
    ("Perrin", "Odile", "Jeunesse"),
    ("Garnier", "Louis", "Scolaire"),
    ("Vasseur", "Hélène", "Science-fiction"),
    ("Brunet", "Cédric", "BD"),
    ("Roche", "Amélie", "Cuisine"),
    ("Lemoine", "Paul", "Voyage"),
    ("Colin", "Maëlle", "Beaux-arts"),
    ("Rey", "Antoine", "Scolaire"),
)
_TITLE_NOUNS = (
    "Le jardin",
    "Le secret",
    "Le voyage",
    "Le silence",
    "Le mystère",
    "La rivière",
    "La lumière",
    "La maison",
    "La nuit",
    "La forêt",
    "L'île",
    "La mémoire",
    "L'horizon",
    "L'enquête",
    "L'étoile",
    "La route",
    "La promesse",
    "Le cahier",
    "Les enfants",
    "Le dernier hiver",
)
_TITLE_COMPLEMENTS = (
    "d'hiver",
    "des autres",
    "du Nord",
    "sans fin",
    "d'Orient",
    "de minuit",
    "des ombres",
    "d'été",
    "des possibles",
    "du bout du monde",
    "de Clara",
    "en miettes",
)
_SCHOOL_TITLES = (
    "Mathématiques CM2",
    "Français 6e",
    "Histoire-Géographie 5e",
    "Physique-Chimie 3e",
    "Anglais 4e",
    "Cahier de vacances CE1",
    "Annales du brevet",
    "SVT 2de",
)


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    seed: int
    today: date
    customers: int
    books: int
    sales: int
    orders: int


def _isbn13(n: int) -> str:
    body = f"9782{n:08d}"
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _mobile(rng: random.Random) -> str:
    """A mainland mobile in a range phonenumbers knows (never the sandbox's +33 6 00 00 00 0x)."""
    prefix = rng.choice(("61", "62", "64", "65", "66", "67", "68", "75", "76", "77", "78"))
    digits = "0" + prefix + f"{rng.randrange(10**7):07d}"
    style = rng.random()
    if style < 0.55:
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    if style < 0.75:
        return digits
    if style < 0.88:
        return ".".join(digits[i : i + 2] for i in range(0, 10, 2))
    return "+33 " + digits[1] + " " + " ".join(digits[i : i + 2] for i in range(2, 10, 2))


def _landline(rng: random.Random) -> str:
    digits = "04" + f"{rng.randrange(10**8):08d}"
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))


_MALFORMED = (
    "06 12 34 56",
    "0612",
    "pas de portable",
    "06 12 34 56 78 90",
    "voir fiche",
    "06-XX-XX-XX-XX",
    "33",
)
_FOREIGN = ("+32 470 12 34 56", "+41 79 123 45 67", "+44 7700 900123", "0690 12 34 56")


def _portable(rng: random.Random) -> str | None:
    """The « Gsm » field as real customer files hold it: mostly mobiles, not only."""
    draw = rng.random()
    if draw < 0.80:
        return _mobile(rng)
    if draw < 0.87:
        return _landline(rng)  # typed in the wrong field
    if draw < 0.91:
        return None
    if draw < 0.93:
        return ""
    if draw < 0.97:
        return rng.choice(_MALFORMED)
    return rng.choice(_FOREIGN)


def _iso(day: date) -> str:
    return day.isoformat()


def generate_demo(
    path: str | Path,
    customers: int = DEMO_CUSTOMERS,
    seed: int = DEMO_SEED,
    today: date | None = None,
) -> DemoSummary:
    """Write a demo bookstore database; the same seed, size and day give the same content.

    Dates are laid out relative to ``today`` (the day of generation by default) so that the
    scripts that look at recent receptions or months without purchase find something. The file
    is written beside ``path`` and renamed into place: a reader never sees half a database.
    """
    if customers < 1:
        raise ValueError("Le nombre de clients doit être d'au moins 1.")
    path = Path(path)
    today = today or date.today()
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        with conn:
            for statement in DEMO_SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            summary = _fill(conn, rng, customers, seed, today)
        conn.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(tmp, path)
    return DemoSummary(path, seed, today, customers, *summary)


def _fill(
    conn: sqlite3.Connection, rng: random.Random, customers: int, seed: int, today: date
) -> tuple[int, int, int]:
    conn.executemany(
        "INSERT INTO meta (cle, valeur) VALUES (?, ?)",
        [
            ("description", "Base librairie de démonstration d'Ellipses SMS (données fictives)"),
            ("graine", str(seed)),
            ("clients", str(customers)),
            ("date_reference", _iso(today)),
        ],
    )
    conn.executemany(
        "INSERT INTO categories (id, libelle) VALUES (?, ?)",
        list(enumerate(CATEGORIES, start=1)),
    )
    category_id = {name: i for i, name in enumerate(CATEGORIES, start=1)}
    conn.executemany(
        "INSERT INTO editeurs (id, nom) VALUES (?, ?)", list(enumerate(PUBLISHERS, start=1))
    )
    conn.executemany(
        "INSERT INTO auteurs (id, nom, prenom) VALUES (?, ?, ?)",
        [(i, last, first) for i, (last, first, _) in enumerate(AUTHORS, start=1)],
    )

    # books: each author writes in their category, a few books each
    books: list[tuple] = []
    book_price: list[float] = []
    for author_id, (_, _, category) in enumerate(AUTHORS, start=1):
        for _ in range(rng.randint(6, 16)):
            if category == "Scolaire":
                title = rng.choice(_SCHOOL_TITLES) + f" (éd. {rng.randint(2018, today.year)})"
            else:
                title = f"{rng.choice(_TITLE_NOUNS)} {rng.choice(_TITLE_COMPLEMENTS)}"
                if rng.random() < 0.3:
                    title += f", tome {rng.randint(1, 5)}"
            price = round(rng.uniform(5.5, 32.0) * 2) / 2 - 0.05
            book_id = len(books) + 1
            books.append(
                (
                    book_id,
                    _isbn13(book_id),
                    title,
                    author_id,
                    rng.randint(1, len(PUBLISHERS)),
                    category_id[category],
                    round(price, 2),
                )
            )
            book_price.append(round(price, 2))
    conn.executemany("INSERT INTO livres VALUES (?, ?, ?, ?, ?, ?, ?)", books)
    n_books = len(books)

    clients: list[tuple] = []
    sales: list[tuple] = []
    lines: list[tuple] = []
    orders: list[tuple] = []
    for cid in range(1, customers + 1):
        created = today - timedelta(days=rng.randint(30, 3650))
        city, postcode = rng.choice(CITIES)
        if rng.random() < 0.03:
            title = None
            last = first = None
            company = f"{rng.choice(COMPANIES)} ({city})"
        else:
            female = rng.random() < 0.56
            title = "Mme" if female else "M."
            first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
            last = rng.choice(LAST_NAMES)
            company = None
        landline = _landline(rng) if rng.random() < 0.35 else None
        email = None
        if last and rng.random() < 0.6:
            email = (
                f"{first}.{last}{rng.randint(1, 99)}@exemple.fr".lower()
                .replace(" ", "")
                .replace("é", "e")
                .replace("è", "e")
                .replace("ë", "e")
                .replace("ï", "i")
                .replace("ç", "c")
            )
        alert = 1 if rng.random() < 0.62 else 0
        news = 1 if rng.random() < 0.42 else 0
        clients.append(
            (
                cid,
                title,
                last,
                first,
                company,
                landline,
                _portable(rng),
                email,
                postcode,
                city,
                alert,
                news,
                _iso(created),
            )
        )

        # purchases: customers are active until some day, then some drift away
        draw = rng.random()
        if draw < 0.55:
            last_active = today - timedelta(days=rng.randint(0, 90))
        elif draw < 0.80:
            last_active = today - timedelta(days=rng.randint(91, 365))
        else:
            last_active = today - timedelta(days=rng.randint(366, 1000))
        first_active = max(created, last_active - timedelta(days=730))
        span = max((last_active - first_active).days, 0)
        visits = min(int(rng.expovariate(1 / 4.0)), 30) if span else 0
        favourite = rng.randrange(n_books)
        for v in range(visits):
            day = last_active if v == 0 else first_active + timedelta(days=rng.randint(0, span))
            sale_id = len(sales) + 1
            amount = 0.0
            for _ in range(1 if rng.random() < 0.6 else rng.randint(2, 3)):
                if rng.random() < 0.4:  # customers come back to the same shelf
                    book = min(max(favourite + rng.randint(-4, 4), 0), n_books - 1)
                else:
                    book = rng.randrange(n_books)
                qty = 1 if rng.random() < 0.9 else 2
                amount += book_price[book] * qty
                lines.append((len(lines) + 1, sale_id, book + 1, qty, book_price[book]))
            sales.append((sale_id, cid, _iso(day), round(amount, 2)))

        # orders: some recent ones, received or not, collected or not
        if rng.random() < 0.16:
            for _ in range(1 if rng.random() < 0.8 else 2):
                ordered = today - timedelta(days=rng.randint(1, 120))
                received = retrieved = None
                arrival = ordered + timedelta(days=rng.randint(2, 15))
                if arrival <= today and rng.random() < 0.9:
                    received = arrival
                    waited = (today - arrival).days
                    if waited > 1 and rng.random() < (0.9 if waited > 20 else 0.45):
                        retrieved = arrival + timedelta(days=rng.randint(1, min(waited, 20)))
                orders.append(
                    (
                        len(orders) + 1,
                        cid,
                        rng.randrange(n_books) + 1,
                        _iso(ordered),
                        _iso(received) if received else None,
                        _iso(retrieved) if retrieved else None,
                    )
                )
    conn.executemany("INSERT INTO clients VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", clients)
    conn.executemany("INSERT INTO ventes VALUES (?, ?, ?, ?)", sales)
    conn.executemany("INSERT INTO lignes_vente VALUES (?, ?, ?, ?, ?)", lines)
    conn.executemany("INSERT INTO commandes VALUES (?, ?, ?, ?, ?, ?)", orders)
    return n_books, len(sales), len(orders)


def table_names(bookstore: Bookstore) -> Sequence[str]:
    """The tables a user script can read (shown to help writing one)."""
    from sqlalchemy import inspect

    if bookstore.sqlite_path is not None:
        conn = _sqlite_read_only(bookstore.sqlite_path)
        try:
            return [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
        finally:
            conn.close()
    return sorted(inspect(bookstore.engine).get_table_names())
