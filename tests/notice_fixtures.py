"""A small bookstore database in the demo schema, with receptions the tests know by heart.

The demo generator writes the schema, categories, authors and books (`customers=0`); the
customers and orders below are added with plain sqlite3, as the bookstore software would.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from ellipses_sms import bookstore

LIBRAIRIE = "Librairie du Parc"

#: id, first name, family name, mobile, landline, « Alertes SMS (réception) »
CUSTOMERS = (
    (1, "Claire", "Dupond", "06 12 34 56 78", None, 1),
    (2, "Paul", "Martin", None, "01 23 45 67 89", 1),  # a landline only
    (3, "Léa", "Petit", "06 98 76 54 32", None, 0),  # did not ask for alerts
    (4, "Hugo", "Roux", "07 50 12 34 56", None, 1),
)
TITLES = {1: "Le jardin du phare", 2: "La nuit de minuit", 3: "Les ombres de Lyon"}


def make_bookstore(path: Path, today: date | None = None) -> Path:
    """Orders: 101 and 102 (Claire, both received today), 103 (Paul, landline, today),
    104 (Léa, no alert, today), 105 (Hugo, received ten days ago), 106 (Hugo, not received)."""
    today = today or date.today()
    bookstore.generate_demo(path, customers=0, today=today)
    with sqlite3.connect(path) as conn:
        for book, title in TITLES.items():
            conn.execute("UPDATE ouvrages SET titre = ? WHERE id_ouvrage = ?", (title, book))
        for cid, first, last, mobile, landline, alert in CUSTOMERS:
            conn.execute(
                "INSERT INTO clients (id_client, titre, nom, prenom, telephone_portable, "
                "telephone_fixe, alerte_sms_reception, news_sms, date_creation) "
                "VALUES (?, NULL, ?, ?, ?, ?, ?, 0, ?)",
                (cid, last, first, mobile, landline, alert, "2020-01-01"),
            )
        day = today.isoformat()
        orders = (
            (101, 1, 1, day),
            (102, 1, 2, day),
            (103, 2, 3, day),
            (104, 3, 1, day),
            (105, 4, 2, (today - timedelta(days=10)).isoformat()),
            (106, 4, 3, None),
        )
        conn.executemany(
            "INSERT INTO commandes VALUES (?, ?, ?, 1, '2026-11-01', ?, NULL)",
            [(o, c, b, d) for o, c, b, d in orders],
        )
    return path


def receive(path: Path, order: int, day: date) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE commandes SET date_reception = ? WHERE id_commande = ?",
            (day.isoformat(), order),
        )


def configure(home: Path, **values) -> None:
    """Add settings to the test home's settings file."""
    settings = home / "config" / "settings.json"
    current = json.loads(settings.read_text(encoding="utf-8"))
    current.update(values)
    settings.write_text(json.dumps(current), encoding="utf-8")
