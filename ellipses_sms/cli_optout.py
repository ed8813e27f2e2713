"""Command line for the opted-out numbers (« Désinscrits ») and the customers' replies.

`ellipses-sms optout list [--json] | add NUMÉRO [--note T] | remove NUMÉRO | import FICHIER |
export FICHIER` and `ellipses-sms replies list [--json] | fetch`. The services are the ones the
window uses (`optouts`, `replies`); this module only reads arguments and prints French.
"""

from __future__ import annotations

import argparse
import sys

from ellipses_sms.cli import (
    EXIT_FAILED,
    EXIT_OK,
    CommandError,
    UsageError,
    _fmt_local,
    _local_iso,
    _print_json,
    _services,
)

__all__ = ["add_commands", "cmd_optout", "cmd_replies"]


def add_commands(sub) -> None:
    """The `optout` and `replies` sub-commands (sub: the argparse subparsers object)."""
    p = sub.add_parser("optout", help="les désinscrits (STOP) : lister, ajouter, retirer…")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("list", help="les numéros désinscrits")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q = actions.add_parser("add", help="désinscrire un numéro")
    q.add_argument("number", metavar="NUMÉRO")
    q.add_argument("--note", metavar="T", help="une note (pourquoi, à la demande de qui)")
    q = actions.add_parser("remove", help="retirer un numéro des désinscrits")
    q.add_argument("number", metavar="NUMÉRO")
    q = actions.add_parser("import", help="désinscrire les numéros d'un fichier (CSV, XLSX)")
    q.add_argument("path", metavar="FICHIER")
    q = actions.add_parser("export", help="enregistrer les désinscrits (.csv ou .xlsx)")
    q.add_argument("path", metavar="FICHIER")
    p.set_defaults(func=cmd_optout)

    p = sub.add_parser("replies", help="les réponses des clients (STOP compris)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("list", help="les réponses reçues")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q = actions.add_parser("fetch", help="relever les réponses chez les fournisseurs")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_replies)


def _number(text: str, region: str) -> str:
    from ellipses_sms import recipients

    r = recipients.make("", text, region)
    if not r.valid:
        raise UsageError(f"numéro « {text} » refusé : {r.error}")
    return r.number


def cmd_optout(args: argparse.Namespace) -> int:
    from ellipses_sms import optouts, phone

    services = _services()
    try:
        store, region = services.store, services.settings.get("region")
        if args.action == "list":
            found = optouts.entries(store)
            if args.json:
                _print_json(
                    [
                        {
                            "number": e.number,
                            "created_at": _local_iso(e.created_at),
                            "source": e.source,
                            "source_label": e.source_label,
                            "note": e.note,
                        }
                        for e in found
                    ]
                )
            elif not found:
                print("Aucun numéro désinscrit.")
            else:
                for e in found:
                    note = f"  {e.note}" if e.note else ""
                    print(
                        f"{phone.display(e.number)}  {_fmt_local(e.created_at)[:16]}  "
                        f"{e.source_label}{note}"
                    )
                print(f"{len(found)} numéro(s) désinscrit(s).")
            return EXIT_OK
        if args.action == "add":
            number = _number(args.number, region)
            added, _ = optouts.add_numbers(store, [number], optouts.BOOKSTORE, args.note)
            shown = phone.display(number)
            print(
                f"{shown} ajouté aux désinscrits : il ne recevra plus de publicité."
                if added
                else f"{shown} est déjà dans les désinscrits."
            )
            return EXIT_OK
        if args.action == "remove":
            number = _number(args.number, region)
            if not optouts.remove(store, number):
                raise CommandError(f"{phone.display(number)} n'est pas dans les désinscrits.")
            print(f"{phone.display(number)} retiré des désinscrits.")
            return EXIT_OK
        if args.action == "import":
            return _import(store, args.path, region)
        return _export(store, args.path)
    finally:
        services.close()


def _import(store, path: str, region: str) -> int:
    from pathlib import Path

    from ellipses_sms import listfiles, optouts

    try:
        result = listfiles.read(path, region=region)
    except listfiles.ColumnsNeeded as exc:
        raise CommandError(
            f"{path} : colonnes non reconnues ({', '.join(exc.headers) or 'aucun en-tête'}) ; "
            "une colonne « Téléphone » (ou Portable, Mobile, Numéro) est attendue"
        ) from None
    for refused in result.refused:
        print(f"{path}, ligne {refused.row} : {refused.reason}", file=sys.stderr)
    numbers = [r.number for r in result.recipients]
    note = f"fichier {Path(path).name}"[:200]
    added, known = optouts.add_numbers(store, numbers, optouts.FILE, note)
    print(
        f"{path} : {len(numbers)} numéro(s), {added} ajouté(s) aux désinscrits, "
        f"{known} déjà connu(s), {len(result.refused)} ligne(s) refusée(s)."
    )
    return EXIT_FAILED if result.refused else EXIT_OK


def _export(store, path: str) -> int:
    from ellipses_sms import listfiles, optouts, recipients

    rows = [
        recipients.Recipient(
            "",
            e.number,
            {
                "date": _fmt_local(e.created_at)[:16],
                "source": e.source_label,
                "note": e.note or "",
            },
        )
        for e in optouts.entries(store)
    ]
    count = listfiles.write(path, rows)
    print(f"{count} numéro(s) désinscrit(s) enregistré(s) dans {path}.")
    return EXIT_OK


def cmd_replies(args: argparse.Namespace) -> int:
    from ellipses_sms import phone, replies

    services = _services()
    try:
        if args.action == "fetch":
            done = replies.fetch_all(services.store, services.gateways)
            if args.json:
                _print_json(done.to_json())
            else:
                for line in done.lines():
                    print(line)
            return EXIT_FAILED if done.errors else EXIT_OK
        found = replies.recent(services.store)
        if args.json:
            _print_json([r.to_json(_local_iso) for r in found])
            return EXIT_OK
        if not found:
            print("Aucune réponse reçue.")
        for r in found:
            who = " ".join(v for v in (r.name or "", f"({phone.display(r.number)})") if v)
            stop = "  [STOP]" if r.is_stop else ""
            print(f"{_fmt_local(r.received_at)[:16]}  {who}{stop} : {r.text}")
        return EXIT_OK
    finally:
        services.close()
