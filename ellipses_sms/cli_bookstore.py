"""`ellipses-sms bookstore check`: the « Tester » of Paramètres › Base librairie, headless.

Why a module of its own: IT and the bookstore software check the bookstore database from a
console or a script, before an import or a reception watcher depends on it. The command reaches
the same `bookstore.check` as the window, and the same verdict (`Found.problem`). SQLAlchemy is
imported only when the command runs: every command, `--version` too, builds the parser.
"""

from __future__ import annotations

import argparse
import sys


def _french_int(n: int) -> str:
    """1500 → « 1 500 », as the other commands write amounts (a plain space: Windows consoles)."""
    return f"{n:,}".replace(",", " ")


def _sentences(found) -> tuple[bool, str, str]:
    """(ok, code, the French sentence) for what was found; `code` empty when ok."""
    tables = f"{found.tables} table{'s' if found.tables > 1 else ''}"
    if found.demo and not found.problem:
        customers = found.customers or 0
        return (
            True,
            "",
            f"Base de démonstration : {_french_int(customers)} clients fictifs ({tables}), pour "
            "essayer l'import et les avis. Pour les vrais clients, choisissez la base de la "
            "librairie (Paramètres, onglet « Base librairie », réglage bookstore_url).",
        )
    if found.problem == "empty":
        return (
            False,
            "empty",
            "Cette base est vide : aucune table. Est-ce bien la base de la librairie ?",
        )
    if found.problem == "no_customers":
        return (
            False,
            "no_customers",
            f"Base ouverte ({tables}), mais sans table « clients » : les scripts fournis n'y "
            "trouveront pas les clients. Est-ce bien la base de la librairie ?",
        )
    customers = found.customers or 0
    word = "client" if customers <= 1 else "clients"
    return True, "", f"Connexion réussie : {_french_int(customers)} {word} ({tables} dans la base)."


def cmd_bookstore_check(args: argparse.Namespace) -> int:
    from ellipses_sms import bookstore
    from ellipses_sms.app import setup_logging
    from ellipses_sms.cli import EXIT_FAILED, EXIT_OK, _print_json
    from ellipses_sms.logmask import mask
    from ellipses_sms.settings import Settings

    setup_logging()
    settings = None if args.db else Settings()
    # the address as typed may hold a password: never printed, even in an error
    typed_password = _password_of(args.db)
    where = ""
    found = None
    try:
        url = bookstore.configured_url(settings, args.db)  # no --db, no setting: the demo
        where = bookstore.describe(url)
        found = bookstore.check(url)
        ok, code, sentence = _sentences(found)
    except bookstore.BookstoreError as exc:
        ok, code, sentence = False, exc.code or "unreachable", str(exc)
    where = mask(where, (typed_password,))
    sentence = mask(sentence, (typed_password,))
    if args.json:
        _print_json(
            {
                "ok": ok,
                "where": where,
                "demo": bool(found and found.demo),
                "tables": found.tables if found else None,
                "customers": found.customers if found else None,
                "error": None if ok else {"code": code, "message": sentence},
            }
        )
    else:
        print(f"Base librairie : {where}")
        if ok:
            print(sentence)
    if not ok:
        print(f"ellipses-sms : {sentence}", file=sys.stderr)
    return EXIT_OK if ok else EXIT_FAILED


def _password_of(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).password
    except (ArgumentError, ValueError):
        return None


def add_commands(sub) -> None:
    """`bookstore check [--db URL] [--json]`."""
    p = sub.add_parser("bookstore", help="la base librairie (lecture seule)")
    actions = p.add_subparsers(dest="bookstore_action", required=True, metavar="ACTION")
    q = actions.add_parser(
        "check", help="ouvrir la base en lecture seule et compter ses tables et ses clients"
    )
    q.add_argument("--db", metavar="URL", help="base librairie (par défaut : celle réglée)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(func=cmd_bookstore_check)
