"""A message store with many messages, for the history benchmarks (and the screenshots).

`generate(path, count)` writes `count` messages spread evenly over the last `months` local
months (the current one included), in jobs of varied sizes, with the states a real bookstore
sees (mostly delivered, a few failures, some still pending). It goes through the driver's
`executemany` and builds the indexes once at the end, so that a million rows take seconds.
`cached(count)` keeps one file per size (and schema version) under the temp folder, so that
reruns reuse it.

    python bench/gen_history.py OUT.sqlite3 [COUNT]
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ellipses_sms.store import Store
from ellipses_sms.store.db import alembic_config

FIRST_NAMES = [
    "Claire",
    "Sophie",
    "Marie",
    "Julien",
    "Thomas",
    "Camille",
    "Lucas",
    "Léa",
    "Hugo",
    "Chloé",
    "Louis",
    "Emma",
    "Jules",
    "Manon",
    "Arthur",
    "Inès",
    "Paul",
    "Zoé",
    "Nathan",
    "Alice",
    "Gabriel",
    "Jeanne",
    "Raphaël",
    "Louise",
    "Adam",
    "Anaïs",
    "Théo",
    "Margot",
]
LAST_NAMES = [
    "Dupond",
    "Martin",
    "Bernard",
    "Thomas",
    "Petit",
    "Robert",
    "Richard",
    "Durand",
    "Dubois",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "Lefèvre",
    "Leroy",
    "Roux",
    "David",
    "Bertrand",
    "Morel",
    "Fournier",
    "Girard",
    "Bonnet",
    "Dupont",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Vincent",
    "Muller",
    "Lefebvre",
    "Faure",
    "André",
    "Mercier",
    "Blanc",
    "Guérin",
    "Boyer",
]
TEXTS = (
    "Bonjour, votre commande est arrivée à la librairie. À bientôt !",
    "Librairie du Centre : le livre que vous avez commandé vous attend en caisse.",
    "Rencontre-dédicace samedi 15h avec l'auteur du mois. Réservez votre place au 01 23 45 67 89."
    " STOP au 36111",
    "Soldes d'hiver : -20 % sur les beaux livres jusqu'à dimanche. Bonne lecture ! STOP au 36111",
    "Votre réservation est disponible jusqu'au 30. Merci de votre confiance.",
)
#: (state, raw status, error, share): what a month of a bookstore's SMS looks like.
OUTCOMES = (
    ("delivered", "DELIVRD", None, 0.90),
    ("failed", "UNDELIV", "Le téléphone n'a pas pu recevoir le message", 0.02),
    ("expired", "EXPIRED", "Le message a expiré avant d'être remis", 0.01),
    ("rejected", "REJECTD", "L'opérateur a refusé le message", 0.005),
    ("blocked", None, "Le client a demandé à ne plus recevoir de SMS (STOP)", 0.005),
    ("sent", None, None, 0.06),
    ("cancelled", None, "Annulé par l'utilisateur", 0.01),
)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _epoch(day: date) -> float:
    """Local midnight of `day` as a Unix time (the store's months are local ones)."""
    return datetime.combine(day, datetime.min.time()).astimezone().timestamp()


# The messages are made by SQLite itself from a few small tables (jobs, names, texts,
# outcomes): a multiplicative hash of the message number picks each one's outcome, name and
# number, so that the file is the same on every run and a million rows take seconds.
_MESSAGES = """
INSERT INTO messages (id, job_id, position, number, name, text, encoding, parts, provider,
    provider_id, state, raw_status, error, attempts, created_at, submitted_at, final_at,
    updated_at)
SELECT s.n, j.id, s.n - j.first, '+336' || printf('%08d', ((s.n * 6364136223) / 16) % 100000000),
    nm.name, t.text, t.encoding, t.parts, 'sandbox',
    CASE WHEN o.submitted THEN printf('SBX%09d', s.n) END, o.state, o.raw, o.error, 1,
    strftime('%Y-%m-%d %H:%M:%f', j.at + (s.n - j.first) * 0.05, 'unixepoch') || '000',
    CASE WHEN o.submitted
        THEN strftime('%Y-%m-%d %H:%M:%f', j.at + (s.n - j.first) * 0.05, 'unixepoch') || '000'
    END,
    CASE WHEN o.final
        THEN strftime('%Y-%m-%d %H:%M:%f', j.at + (s.n - j.first) * 0.05 + 4, 'unixepoch') || '000'
    END,
    strftime('%Y-%m-%d %H:%M:%f', j.at + (s.n - j.first) * 0.05 + 4, 'unixepoch') || '000'
FROM gen_jobs j
CROSS JOIN gen_seq s ON s.n BETWEEN j.first AND j.last
CROSS JOIN gen_texts t ON t.idx = j.text_idx
CROSS JOIN gen_names nm ON nm.idx = ((s.n * 11400714819) / 64) % :names
CROSS JOIN gen_outcomes o ON o.h = ((s.n * 2654435761) / 128) % 1000
"""


def generate(path: Path, count: int, months: int = 10, seed: int = 6) -> Path:
    """Write a migrated store at `path` holding `count` messages over the last `months`."""
    from ellipses_sms import sms

    path = Path(path)
    path.unlink(missing_ok=True)
    Store(f"sqlite:///{path}").dispose()  # the real schema, through the real migrations
    rnd = random.Random(seed)
    start = _epoch(_add_months(date.today().replace(day=1), -(months - 1)))
    span = time.time() - start - 120
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("PRAGMA cache_size=-200000")
    indexes = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name IN "
        "('messages', 'jobs') AND sql IS NOT NULL"
    ).fetchall()
    for name, _ in indexes:  # built once at the end: much faster than row by row
        db.execute(f"DROP INDEX {name}")
    db.execute("CREATE TEMP TABLE gen_texts (idx INTEGER PRIMARY KEY, text, encoding, parts)")
    for i, text in enumerate(TEXTS):
        info = sms.analyze(text)
        db.execute(
            "INSERT INTO gen_texts VALUES (?,?,?,?)", (i, text, info.encoding.value, info.segments)
        )
    names = [f"{f} {n}" for f in FIRST_NAMES for n in LAST_NAMES]
    db.execute("CREATE TEMP TABLE gen_names (idx INTEGER PRIMARY KEY, name)")
    db.executemany("INSERT INTO gen_names VALUES (?,?)", enumerate(names))
    db.execute(
        "CREATE TEMP TABLE gen_outcomes "
        "(h INTEGER PRIMARY KEY, state, raw, error, submitted, final)"
    )
    shares = [o for o in OUTCOMES for _ in range(round(o[3] * 1000))]
    for h, (state, raw, error, _) in enumerate(shares[:1000]):
        submitted = state not in ("blocked", "cancelled")
        row = (h, state, raw, error, submitted, state != "sent")
        db.execute("INSERT INTO gen_outcomes VALUES (?,?,?,?,?,?)", row)
    db.execute("CREATE TEMP TABLE gen_seq (n INTEGER PRIMARY KEY)")
    db.execute(
        "INSERT INTO gen_seq WITH RECURSIVE seq(n) AS "
        "(SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?) SELECT n FROM seq",
        (count,),
    )
    db.execute("CREATE TEMP TABLE gen_jobs (id INTEGER PRIMARY KEY, first, last, at, text_idx)")
    jobs, done = [], 0
    while done < count:
        size = min(count - done, rnd.choice((1, 1, 1, 2, 5, 20, 50, 200, 1500)))
        jobs.append(
            (
                len(jobs) + 1,
                done + 1,
                done + size,
                start + span * done / count,
                rnd.randrange(len(TEXTS)),
            )
        )
        done += size
    db.executemany("INSERT INTO gen_jobs VALUES (?,?,?,?,?)", jobs)
    db.execute(
        "INSERT INTO jobs (id, created_at, text, provider, kind, source, state, total) "
        "SELECT j.id, strftime('%Y-%m-%d %H:%M:%f', j.at, 'unixepoch') || '000', t.text, "
        "'sandbox', 'notification', 'cli', 'submitted', j.last - j.first + 1 "
        "FROM gen_jobs j JOIN gen_texts t ON t.idx = j.text_idx"
    )
    db.execute(_MESSAGES, {"names": len(names)})
    for _, sql in indexes:
        db.execute(sql)
    db.commit()
    db.close()
    return path


def cached(count: int, months: int = 10) -> Path:
    """The store of `count` messages, generated once per size, schema and month."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    folder = Path(tempfile.gettempdir()) / "ellipses-bench-history"
    folder.mkdir(exist_ok=True)
    path = folder / f"history-{count}-{months}-{head}-{date.today():%Y%m}.sqlite3"
    if not path.exists():
        tmp = path.with_suffix(".partial")
        generate(tmp, count, months)
        tmp.replace(path)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1])
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    began = time.perf_counter()
    generate(target, size)
    print(f"{size} messages in {time.perf_counter() - began:.1f} s → {target}")
