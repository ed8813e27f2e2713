"""The bookstore database, always opened read-only, and the demo bookstore generator.

The import scripts read the bookstore's own database (Ellipses 2000 or whatever SQLAlchemy can
reach). Nothing here may ever change it: a SQLite file is opened with ``mode=ro`` and
``PRAGMA query_only``; other engines run in a read-only transaction that is always rolled back.

A demo database (French customers, the two SMS flags of the old customer card, categories, books,
orders and receptions, sales) is generated on first use so that a new user can try the import
with nothing to set up. Its schema is documented in the README (« Base librairie de
démonstration »).
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import NullPool

from ellipses_sms import paths
from ellipses_sms.dburls import normalise_url

log = logging.getLogger(__name__)

DEMO_FILE_NAME = "demo-librairie.sqlite3"
DEMO_SEED = 2006  # the old manual's year: the demo is the same on every machine
DEMO_CUSTOMERS = 5000


class BookstoreError(Exception):
    """The bookstore database cannot be reached (message in French).

    `code` says what went wrong for a window that words it itself (« Tester » in Paramètres,
    in the interface's language): see `check`. Empty when nobody needed to tell cases apart.
    """

    def __init__(self, message: str, code: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.detail = detail


# -- where it is ----------------------------------------------------------------------------


def demo_path() -> Path:
    """The demo bookstore database in the user data folder."""
    return paths.data_dir() / DEMO_FILE_NAME


def ensure_demo(path: Path | None = None) -> Path:
    """The demo database, generated the first time it is needed."""
    path = path or demo_path()
    if not path.exists():
        log.info("generating the demo bookstore database at %s", path)
        generate_demo(path)
    return path


def configured_url(settings: Any = None, override: str | None = None) -> str:
    """The bookstore URL: an explicit one, else the setting, else the demo database."""
    url = (override or "").strip()
    if not url and settings is not None:
        url = str(settings.get("bookstore_url") or "").strip()
    if not url:
        return f"sqlite:///{ensure_demo()}"
    if "://" not in url:  # a bare file path: a SQLite file
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def describe(url: str) -> str:
    """The URL as shown to the clerk: password hidden, demo named as such."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        if Path(parsed.database).name == DEMO_FILE_NAME:
            return f"base de démonstration ({parsed.database})"
        return parsed.database
    return parsed.render_as_string(hide_password=True)


# -- read-only connection -------------------------------------------------------------------


# Only reads get past SQLite's authorizer: reading tables, calling functions, recursive CTEs.
_READ_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
)
_DENIED_FUNCTIONS = frozenset({"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"})
# PRAGMAs that only answer (no value given): SQLAlchemy asks read_uncommitted when it connects,
# and a clerk's script may look at a table's columns.
_READ_PRAGMAS = frozenset(
    {
        "read_uncommitted",
        "table_info",
        "table_xinfo",
        "index_list",
        "index_info",
        "foreign_key_list",
    }
)


def _read_only_authorizer(action: int, arg1: Any, arg2: Any, _db: Any, _trigger: Any) -> int:
    if action == sqlite3.SQLITE_PRAGMA:
        readable = arg2 is None and str(arg1 or "").lower() in _READ_PRAGMAS
        return sqlite3.SQLITE_OK if readable else sqlite3.SQLITE_DENY
    if action not in _READ_ACTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION and str(arg2 or "").lower() in _DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def sqlite_uri(path: PurePath) -> str:
    """The `file:` URI SQLite wants for an absolute `path`, a server share's included.

    `Path.as_uri()` turns `\\\\SERVEUR\\EL2000\\x.sqlite` into `file://SERVEUR/EL2000/x.sqlite`,
    an authority SQLite refuses; it wants an empty one: `file:////SERVEUR/EL2000/x.sqlite`. On
    Windows a mapped drive (Z:) resolves to its UNC path, so bookstores on a server hit this.
    """
    if isinstance(path, PureWindowsPath):
        text = str(path)
        if text.upper().startswith("\\\\?\\UNC\\"):  # the long-path form of a share
            path = PureWindowsPath("\\\\" + text[8:])
        elif text.startswith("\\\\?\\"):
            path = PureWindowsPath(text[4:])
        posix = path.as_posix()  # C:/EL2000/x.sqlite or //SERVEUR/EL2000/x.sqlite
        if posix.startswith("//"):
            return "file://" + quote(posix, safe="/:")
        return "file:///" + quote(posix, safe="/:")
    return "file://" + quote(path.as_posix(), safe="/")


def _sqlite_ro_creator(path: Path):
    """``mode=ro`` and ``query_only`` protect the file; no ATTACH and an authorizer that only
    lets reads through protect every other file (``PRAGMA query_only=OFF`` then ``ATTACH`` of
    another database would otherwise be writable)."""
    uri = sqlite_uri(path.resolve()) + "?mode=ro"

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.set_authorizer(_read_only_authorizer)
        return conn

    return connect


_TIMEOUT_BACKENDS = frozenset({"postgresql", "mysql", "mariadb"})


def open_engine(url: str) -> Engine:
    """A read-only engine for the bookstore URL; errors are a clear French message."""
    try:
        parsed = make_url(normalise_url(url))
    except ArgumentError:
        raise BookstoreError(
            f"Adresse de la base librairie invalide : « {url} »", "invalid"
        ) from None
    try:
        if parsed.get_backend_name() == "sqlite":
            if not parsed.database or parsed.database == ":memory:":
                raise BookstoreError("La base librairie SQLite doit être un fichier.")
            path = Path(parsed.database).expanduser()
            if not path.is_file():
                raise BookstoreError(f"Base librairie introuvable : {path}")
            return create_engine("sqlite://", creator=_sqlite_ro_creator(path), poolclass=NullPool)
        # a server that does not answer must not hold an import or « Tester » for minutes
        timeout = {"connect_timeout": 10} if parsed.get_backend_name() in _TIMEOUT_BACKENDS else {}
        engine = create_engine(_with_password(parsed), poolclass=NullPool, connect_args=timeout)
    except NoSuchModuleError:
        raise BookstoreError(
            f"Type de base non pris en charge : « {parsed.drivername} »",
            "driver",
            parsed.drivername,
        ) from None
    except ModuleNotFoundError as exc:
        raise BookstoreError(
            f"Le pilote « {exc.name} » nécessaire pour cette base n'est pas installé.",
            "driver",
            str(exc.name),
        ) from None

    @event.listens_for(engine, "begin")
    def _read_only(conn: Connection) -> None:
        # Where the engine knows it, the transaction itself refuses writes; the rollback at the
        # end is the guarantee for the others (ODBC, SQL Server).
        if conn.dialect.name in ("postgresql", "mysql", "mariadb", "oracle"):
            try:
                conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            except Exception:  # pragma: no cover - depends on the server
                log.warning("read-only transaction refused by %s", conn.dialect.name)

    return engine


@contextlib.contextmanager
def connect(url: str) -> Iterator[Connection]:
    """A read-only connection whose transaction is always rolled back."""
    engine = open_engine(url)
    try:
        try:
            conn = engine.connect()
        except Exception as exc:
            message = f"Connexion à la base librairie impossible : {_short(exc)}"
            raise BookstoreError(message, "unreachable", _short(exc)) from exc
        try:
            trans = conn.begin()
            try:
                yield conn
            finally:
                # never committed, whatever the script did
                if trans.is_active:
                    trans.rollback()
        finally:
            conn.close()
    finally:
        engine.dispose()


def _short(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


# -- the server's password, and « Tester » -------------------------------------------------

#: Where a bookstore server's password is kept in the keyring (never in settings.json): one
#: entry per address, so that a password is only ever sent to the server it was typed for.
KEYRING_NAME = "base-librairie"


def password_key(url: str) -> str:
    """The keyring key of an address: the address itself, without any password."""
    try:
        return make_url(url).set(password=None).render_as_string(hide_password=False)
    except ArgumentError:
        return url


def _with_password(parsed):
    """A server address from the settings holds no password: the keyring's, when it has one."""
    if parsed.password or not parsed.username:
        return parsed
    from ellipses_sms import secrets

    try:
        password = secrets.get_secret(KEYRING_NAME, password_key(parsed.render_as_string(False)))
    except Exception:  # no keyring, locked: the server says what it misses
        log.warning("the bookstore server's password cannot be read from the keyring")
        return parsed
    return parsed.set(password=password) if password else parsed


@dataclass(frozen=True)
class Found:
    """What « Tester » found in a bookstore database."""

    where: str  # the address as the clerk reads it (`describe`)
    demo: bool
    tables: int
    customers: int | None  # rows of the customers table (`clients`); None: there is none

    @property
    def problem(self) -> str:
        """Why a base that opens is probably not the bookstore's: `empty` (no table at all),
        `no_customers` (no `clients` table: the shipped scripts find nobody); "" when it looks
        right. « Tester » and `ellipses-sms bookstore check` give the same verdict from here."""
        if self.tables == 0:
            return "empty"
        if self.customers is None:
            return "no_customers"
        return ""


_SQLITE_HEADER = b"SQLite format 3\x00"


def check(url: str) -> Found:
    """Open the bookstore database read-only and count its tables and customers; changes nothing.

    Raises `BookstoreError` whose `code` is `missing` (no such file), `not_a_database` (a file
    that is not a SQLite database), `unreachable` (the server refuses or does not answer; the
    server's words in `detail`), `driver` (no driver for this kind of base), or `invalid` (an
    address SQLAlchemy cannot read).
    """
    where = describe(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise BookstoreError(
            f"Adresse de la base librairie invalide : « {url} »", "invalid", url
        ) from None
    demo = False
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database).expanduser()
        demo = path.name == DEMO_FILE_NAME
        if not path.is_file():
            raise BookstoreError(f"Base librairie introuvable : {path}", "missing", str(path))
        try:
            with open(path, "rb") as fh:
                head = fh.read(len(_SQLITE_HEADER))
        except OSError as exc:
            raise BookstoreError(
                f"Base librairie illisible : {path} ({exc.strerror})", "unreachable", str(exc)
            ) from None
        if head and head != _SQLITE_HEADER:
            raise BookstoreError(
                f"Ce fichier n'est pas une base SQLite : {path}", "not_a_database", str(path)
            )
    try:
        with connect(url) as conn:
            names = inspect(conn).get_table_names()
            table = next((n for n in names if n.lower() == "clients"), None)
            customers = None
            if table is not None:
                quoted = conn.dialect.identifier_preparer.quote(table)
                customers = int(conn.execute(text(f"SELECT COUNT(*) FROM {quoted}")).scalar())
    except BookstoreError as exc:
        exc.code = exc.code or "invalid"  # a SQLite address that names no file
        raise
    except Exception as exc:  # a query refused: the base is there but not readable
        raise BookstoreError(
            f"Base librairie illisible : {_short(exc)}", "unreachable", _short(exc)
        ) from exc
    return Found(where, demo, len(names), customers)


# -- demo database --------------------------------------------------------------------------

SCHEMA = """
CREATE TABLE informations (
    cle TEXT PRIMARY KEY,
    valeur TEXT NOT NULL
);
CREATE TABLE categories (
    id_categorie INTEGER PRIMARY KEY,
    libelle TEXT NOT NULL UNIQUE
);
CREATE TABLE auteurs (
    id_auteur INTEGER PRIMARY KEY,
    nom TEXT NOT NULL,
    prenom TEXT
);
CREATE TABLE editeurs (
    id_editeur INTEGER PRIMARY KEY,
    nom TEXT NOT NULL UNIQUE
);
CREATE TABLE ouvrages (
    id_ouvrage INTEGER PRIMARY KEY,
    isbn TEXT NOT NULL,
    titre TEXT NOT NULL,
    id_auteur INTEGER NOT NULL REFERENCES auteurs,
    id_editeur INTEGER NOT NULL REFERENCES editeurs,
    id_categorie INTEGER NOT NULL REFERENCES categories,
    prix REAL NOT NULL
);
CREATE TABLE clients (
    id_client INTEGER PRIMARY KEY,
    titre TEXT,
    nom TEXT NOT NULL,
    prenom TEXT,
    raison_sociale TEXT,
    telephone_portable TEXT,
    telephone_fixe TEXT,
    email TEXT,
    code_postal TEXT,
    ville TEXT,
    alerte_sms_reception INTEGER NOT NULL DEFAULT 0,
    news_sms INTEGER NOT NULL DEFAULT 0,
    date_creation TEXT NOT NULL
);
CREATE TABLE commandes (
    id_commande INTEGER PRIMARY KEY,
    id_client INTEGER NOT NULL REFERENCES clients,
    id_ouvrage INTEGER NOT NULL REFERENCES ouvrages,
    quantite INTEGER NOT NULL,
    date_commande TEXT NOT NULL,
    date_reception TEXT,
    date_retrait TEXT
);
CREATE TABLE ventes (
    id_vente INTEGER PRIMARY KEY,
    id_client INTEGER REFERENCES clients,
    id_ouvrage INTEGER NOT NULL REFERENCES ouvrages,
    date_vente TEXT NOT NULL,
    quantite INTEGER NOT NULL,
    montant REAL NOT NULL
);
CREATE INDEX ix_clients_news ON clients (news_sms);
CREATE INDEX ix_commandes_client ON commandes (id_client);
CREATE INDEX ix_commandes_attente ON commandes (date_reception, date_retrait);
CREATE INDEX ix_ventes_client_date ON ventes (id_client, date_vente);
CREATE INDEX ix_ouvrages_categorie ON ouvrages (id_categorie);
CREATE INDEX ix_ouvrages_auteur ON ouvrages (id_auteur);
CREATE INDEX ix_ouvrages_editeur ON ouvrages (id_editeur);
"""


def _names(text: str) -> tuple[str, ...]:
    """A space-separated list of names; "_" stands for a space inside a name (Le Gall)."""
    return tuple(word.replace("_", " ") for word in text.split())


CATEGORIES = (
    "Roman",
    "Policier",
    "Jeunesse",
    "BD",
    "Manga",
    "Scolaire",
    "Science-fiction",
    "Histoire",
    "Cuisine",
    "Voyage",
    "Poésie",
    "Beaux-arts",
)

_FIRST_M = _names(
    "Jean Pierre Michel André Philippe Alain Bernard Jacques Patrick Daniel Nicolas Christophe "
    "Frédéric Laurent Stéphane Julien Thomas Antoine Hugo Lucas Louis Gabriel Arthur Léo Raphaël "
    "Mathis Nathan Théo Maxime Sébastien Olivier Éric François Gérard René Yves Henri Paul Rémi "
    "Benoît Cédric Jérôme Grégoire Thibault Étienne Mathieu Romain Vincent"
)
_FIRST_F = _names(
    "Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Monique Valérie Sandrine Sophie "
    "Céline Julie Camille Léa Manon Chloé Emma Inès Jade Louise Alice Lina Zoé Claire Anne "
    "Hélène Élodie Aurélie Émilie Laure Mathilde Pauline Juliette Agnès Brigitte Danielle Odile "
    "Geneviève Josiane Margaux Océane Anaïs Noémie Bérénice Solène Maëlle Clémence"
)
_LAST = _names(
    "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefèbvre "
    "Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau "
    "Vincent Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François "
    "Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier "
    "Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun Blanchard "
    "Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt "
    "Roy Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier "
    "Philippe Bourgeois Pierre Benoît Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez "
    "Jean Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet "
    "Vasseur Perez Boucher Fleury Royer Klein Jacquet Adam Paris Poirier Marty Aubry Guyot Carré "
    "Charles Renault Charpentier Ménard Maillard Baron Bertin Bailly Hervé Schneider Fernandez "
    "Le_Gall Collet Léger Bouvier Julien Prévost Millet Perrot Daniel Le_Roux Cousin Germain "
    "Breton Besson Langlois Rémy Le_Goff Pelletier Lévêque Perrier Leblanc Barré Lebrun Marchal "
    "Weber Mallet Hamon Boulanger Jacob Monnier Michaud Rodriguez Guichard Gillet Étienne Grondin"
)
_ORGS = (
    "Médiathèque de {ville}",
    "Collège Jean Moulin",
    "Collège Victor Hugo",
    "École Jules Ferry",
    "Lycée Colbert",
    "Comité d'entreprise {ville} Industrie",
    "Bibliothèque municipale de {ville}",
    "Association Lire à {ville}",
)
_TOWNS = (
    ("69001", "Lyon"),
    ("69100", "Villeurbanne"),
    ("38000", "Grenoble"),
    ("42000", "Saint-Étienne"),
    ("01000", "Bourg-en-Bresse"),
    ("73000", "Chambéry"),
    ("74000", "Annecy"),
    ("26000", "Valence"),
    ("71000", "Mâcon"),
    ("21000", "Dijon"),
    ("75011", "Paris"),
    ("13001", "Marseille"),
)
_AUTHORS = (
    ("Hugo", "Victor"),
    ("Zola", "Émile"),
    ("Duras", "Marguerite"),
    ("Camus", "Albert"),
    ("Vargas", "Fred"),
    ("Simenon", "Georges"),
    ("Leblanc", "Maurice"),
    ("Goscinny", "René"),
    ("Hergé", None),
    ("Sfar", "Joann"),
    ("Toriyama", "Akira"),
    ("Oda", "Eiichirō"),
    ("Verne", "Jules"),
    ("Barjavel", "René"),
    ("Damasio", "Alain"),
    ("Pennac", "Daniel"),
    ("Sempé", "Jean-Jacques"),
    ("Ernaux", "Annie"),
    ("Modiano", "Patrick"),
    ("Slimani", "Leïla"),
    ("Maupassant", "Guy de"),
    ("Dumas", "Alexandre"),
    ("Colette", None),
    ("Werber", "Bernard"),
    ("Musso", "Guillaume"),
    ("Thilliez", "Franck"),
    ("Grangé", "Jean-Christophe"),
    ("Riad", "Sattouf"),
    ("Pagnol", "Marcel"),
    ("Saint-Exupéry", "Antoine de"),
    ("Etchebest", "Philippe"),
    ("Ducasse", "Alain"),
    ("Tesson", "Sylvain"),
    ("Prévert", "Jacques"),
    ("Rimbaud", "Arthur"),
    ("Bescherelle", None),
)
_PUBLISHERS = (
    "Gallimard",
    "Flammarion",
    "Albin Michel",
    "Actes Sud",
    "Le Livre de Poche",
    "Folio",
    "Dargaud",
    "Dupuis",
    "Casterman",
    "Glénat",
    "Kana",
    "Hatier",
    "Nathan",
    "Belin",
    "L'École des loisirs",
    "Hachette",
    "Pocket",
    "Fayard",
)
_WORDS_A = (
    "Le secret",
    "La nuit",
    "Les ombres",
    "Le jardin",
    "La mémoire",
    "Le voyage",
    "Les enfants",
    "La maison",
    "Le silence",
    "La promesse",
    "Le retour",
    "Les chemins",
    "L'été",
    "La dernière lettre",
    "Le mystère",
    "L'île",
)
_WORDS_B = (
    "du phare",
    "de Lyon",
    "des oubliés",
    "sous la neige",
    "du vieux port",
    "de minuit",
    "aux étoiles",
    "de la rivière",
    "d'Élise",
    "du cartographe",
    "sans retour",
    "des Alpes",
    "de la Croix-Rousse",
    "au bout du monde",
)
_SCOLAIRE = (
    "Mathématiques 6e",
    "Français 5e",
    "Histoire-Géographie 4e",
    "Anglais 3e",
    "Physique-Chimie 2de",
    "Cahier de vacances CE2",
    "Bescherelle La conjugaison",
    "SVT 1re",
)

# kinds of phone data, as real customer files hold them (weights in per mille)
_PHONE_KINDS = (
    ("mobile", 760),
    ("mobile_and_landline", 80),
    ("landline_only", 70),
    ("missing", 50),
    ("malformed", 40),
)
_SANDBOX_SPECIAL = {f"6000000{i:02d}" for i in range(10)}


def _mobile(rng: random.Random) -> str:
    """A French mobile number in one of the shapes clerks type."""
    while True:
        first = rng.choice("67")
        second = rng.choice("0124578") if first == "6" else rng.choice("3456789")
        rest = f"{rng.randrange(10**7):07d}"
        digits = first + second + rest
        if digits not in _SANDBOX_SPECIAL:
            break
    national = "0" + digits
    pairs = " ".join(national[i : i + 2] for i in range(0, 10, 2))
    shape = rng.randrange(10)
    if shape < 5:
        return pairs
    if shape < 7:
        return national
    if shape < 8:
        return pairs.replace(" ", ".")
    if shape < 9:
        return "+33 " + digits[0] + " " + " ".join(digits[i : i + 2] for i in range(1, 9, 2))
    return "+33" + digits


def _landline(rng: random.Random) -> str:
    area = rng.choice("1234")
    return "0" + area + " " + " ".join(f"{rng.randrange(100):02d}" for _ in range(4))


def _malformed(rng: random.Random) -> str:
    return rng.choice(
        (
            "06 " + " ".join(f"{rng.randrange(100):02d}" for _ in range(3)),  # too short
            "06 12 34 56 78 9" + str(rng.randrange(10)),  # too long
            "NC",
            "voir fiche",
            "06 12 34 56 7O",  # letter O typed for zero
            "00000",
        )
    )


def _weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    pick = rng.randrange(sum(w for _, w in table))
    for value, weight in table:
        if pick < weight:
            return value
        pick -= weight
    return table[-1][0]  # pragma: no cover


def _iso(day: date) -> str:
    return day.isoformat()


def generate_demo(
    path: str | Path,
    customers: int = DEMO_CUSTOMERS,
    seed: int = DEMO_SEED,
    today: date | None = None,
) -> Path:
    """Write a demo bookstore database, the same for the same seed and reference date.

    Written to a temporary file in the same folder, then renamed: a crash never leaves a half
    database that a later run would take for a good one. One transaction, executemany: 100,000
    customers take a few seconds.
    """
    path = Path(path)
    if customers < 0:
        raise ValueError("Le nombre de clients doit être positif.")
    today = today or date.today()
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".demo-", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            conn.executescript(SCHEMA)
            _fill(conn, rng, customers, seed, today)
            conn.commit()
        finally:
            conn.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _fill(conn: sqlite3.Connection, rng: random.Random, n: int, seed: int, today: date) -> None:
    conn.executemany(
        "INSERT INTO informations VALUES (?, ?)",
        [
            ("description", "Base librairie de démonstration Ellipses SMS (données fictives)"),
            ("graine", str(seed)),
            ("date_reference", _iso(today)),
            ("clients", str(n)),
        ],
    )
    conn.executemany("INSERT INTO categories VALUES (?, ?)", list(enumerate(CATEGORIES, start=1)))
    conn.executemany(
        "INSERT INTO auteurs VALUES (?, ?, ?)",
        [(i, nom, prenom) for i, (nom, prenom) in enumerate(_AUTHORS, start=1)],
    )
    conn.executemany("INSERT INTO editeurs VALUES (?, ?)", list(enumerate(_PUBLISHERS, start=1)))

    # books: about 600, each category with its usual authors and publishers
    books: list[tuple] = []
    cat_index = {name: i for i, name in enumerate(CATEGORIES, start=1)}
    for book_id in range(1, 601):
        category = CATEGORIES[rng.randrange(len(CATEGORIES))]
        if category == "Scolaire":
            title = rng.choice(_SCOLAIRE)
            author = len(_AUTHORS)  # Bescherelle
            publisher = rng.choice((12, 13, 14))
        else:
            title = f"{rng.choice(_WORDS_A)} {rng.choice(_WORDS_B)}"
            if category in ("BD", "Manga"):
                title = f"{title}, tome {rng.randrange(1, 25)}"
            author = rng.randrange(1, len(_AUTHORS))
            publisher = rng.randrange(1, len(_PUBLISHERS) + 1)
        isbn = f"978{rng.randrange(10**10):010d}"
        price = round(rng.choice((6.9, 7.5, 8.2, 9.9, 11.5, 14.95, 19.9, 22.0, 24.5, 32.0)), 2)
        books.append((book_id, isbn, title, author, publisher, cat_index[category], price))
    conn.executemany("INSERT INTO ouvrages VALUES (?, ?, ?, ?, ?, ?, ?)", books)
    n_books = len(books)
    price_of = {b[0]: b[6] for b in books}
    # customers lean towards a few categories: a list of books per category
    by_category: dict[int, list[int]] = {}
    for b in books:
        by_category.setdefault(b[5], []).append(b[0])
    category_ids = sorted(by_category)

    horizon = 3 * 365
    clients: list[tuple] = []
    orders: list[tuple] = []
    sales: list[tuple] = []
    for cid in range(1, n + 1):
        postcode, town = _TOWNS[rng.randrange(len(_TOWNS))]
        if rng.random() < 0.03:
            titre, nom, prenom = None, "", None
            org = rng.choice(_ORGS).format(ville=town)
        else:
            org = None
            if rng.random() < 0.52:
                titre, prenom = "Mme", rng.choice(_FIRST_F)
            else:
                titre, prenom = "M.", rng.choice(_FIRST_M)
            nom = rng.choice(_LAST)
            if rng.random() < 0.1:
                nom = nom.upper()  # as some clerks type them
        kind = _weighted(rng, _PHONE_KINDS)
        mobile = fixe = None
        if kind in ("mobile", "mobile_and_landline"):
            mobile = _mobile(rng)
        if kind in ("mobile_and_landline", "landline_only"):
            fixe = _landline(rng)
        if kind == "malformed":
            mobile = _malformed(rng)
        if kind == "missing" and rng.random() < 0.5:
            mobile = ""  # empty rather than NULL, as real files have both
        email = None
        if prenom and rng.random() < 0.6:
            email = f"{_ascii(prenom)}.{_ascii(nom)}{rng.randrange(100)}@example.fr"
        alerte = 1 if rng.random() < 0.62 else 0
        news = 1 if rng.random() < 0.45 else 0
        created = today - timedelta(days=rng.randrange(horizon + 2000))
        clients.append(
            (
                cid,
                titre,
                nom,
                prenom,
                org,
                mobile,
                fixe,
                email,
                postcode,
                town,
                alerte,
                news,
                _iso(created),
            )
        )
        # favourite categories, then purchases spread over three years
        favourites = [category_ids[rng.randrange(len(category_ids))] for _ in range(2)]
        activity = rng.random()
        n_sales = 0 if activity < 0.12 else int(rng.expovariate(1 / 6)) + 1
        last_day = rng.randrange(horizon) if activity < 0.3 else rng.randrange(120)
        for _ in range(n_sales):
            if rng.random() < 0.75:
                pool = by_category[favourites[rng.randrange(2)]]
                book = pool[rng.randrange(len(pool))]
            else:
                book = rng.randrange(1, n_books + 1)
            qty = 1 if rng.random() < 0.9 else 2
            day = today - timedelta(days=last_day + rng.randrange(horizon - last_day + 1))
            sales.append((None, cid, book, _iso(day), qty, round(price_of[book] * qty, 2)))
        # special orders, the most recent ones received and waiting to be collected
        if rng.random() < 0.35:
            for _ in range(1 + int(rng.random() < 0.25)):
                book = rng.randrange(1, n_books + 1)
                ordered = today - timedelta(days=rng.randrange(180))
                received = collected = None
                state = rng.random()
                age = (today - ordered).days
                if age > 3 and state < 0.9:
                    received = ordered + timedelta(days=rng.randrange(2, min(age, 15) + 1))
                    if (today - received).days > 20 or state < 0.55:
                        collected = received + timedelta(
                            days=rng.randrange(0, (today - received).days + 1)
                        )
                orders.append(
                    (
                        None,
                        cid,
                        book,
                        1,
                        _iso(ordered),
                        received and _iso(received),
                        collected and _iso(collected),
                    )
                )
    conn.executemany("INSERT INTO clients VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", clients)
    conn.executemany("INSERT INTO commandes VALUES (?, ?, ?, ?, ?, ?, ?)", orders)
    conn.executemany("INSERT INTO ventes VALUES (?, ?, ?, ?, ?, ?)", sales)
    # a few anonymous till sales (no customer card), as in every real shop
    anonymous = [
        (
            None,
            None,
            rng.randrange(1, n_books + 1),
            _iso(today - timedelta(days=rng.randrange(horizon))),
            1,
            0.0,
        )
        for _ in range(max(1, n // 20))
    ]
    conn.executemany(
        "INSERT INTO ventes VALUES "
        "(?, ?, ?, ?, ?, (SELECT prix FROM ouvrages WHERE id_ouvrage = ?))",
        [(a[0], a[1], a[2], a[3], a[4], a[2]) for a in anonymous],
    )


_ASCII = str.maketrans("àâäéèêëîïôöùûüçÉÈŒœ' ", "aaaeeeeiioouuucEEOo--")


def _ascii(text: str) -> str:
    return text.lower().translate(_ASCII)
