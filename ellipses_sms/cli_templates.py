"""`ellipses-sms template …`: the saved templates from the command line.

Why a module of its own: the templates live in the store that every workstation shares
(`template_store.py`); the bookstore software or IT can list and change them without the
window. `send --template NAME` (in `cli.py`) reads them through the same store.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ellipses_sms.states import SEND_KINDS

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported only when a template command runs
    from ellipses_sms.template_store import SavedTemplate

#: The kinds of `states` (a light module: building the parser imports no database code).
KINDS = tuple(str(k) for k in SEND_KINDS)
KIND_LABELS = {"notification": "information client", "marketing": "publicité"}


def _store():
    """Only the message store: a template command needs no provider and no dispatcher."""
    from ellipses_sms.app import setup_logging
    from ellipses_sms.settings import Settings
    from ellipses_sms.store import Store
    from ellipses_sms.store.db import store_url
    from ellipses_sms.template_store import TemplateStore

    setup_logging()
    store = Store(store_url(Settings()))
    return store, TemplateStore(store)


def _describe(t: SavedTemplate) -> list[str]:
    from ellipses_sms import sms, templates
    from ellipses_sms.cli import _fmt_local

    fields = templates.parse(t.text).keys
    fixed = sms.analyze(t.text)
    lines = [
        f"Modèle : {t.name}",
        f"Type : {KIND_LABELS.get(t.kind, t.kind)}",
        f"Modifié le : {_fmt_local(t.updated_at)[:16]}",
        "Champs : " + (", ".join(f"{{{k}}}" for k in fields) if fields else "aucun"),
    ]
    if not fields:
        lines.append(f"Taille : {fixed.characters} caractères, {fixed.segments} SMS")
    lines += ["", t.text]
    return lines


def cmd_template(args: argparse.Namespace) -> int:
    from ellipses_sms.cli import EXIT_OK, CommandError, _print_json
    from ellipses_sms.template_store import TemplateStoreError

    store, saved = _store()
    try:
        action = args.template_action
        if action == "list":
            rows = saved.list()
            if args.json:
                _print_json([t.to_json() for t in rows])
            elif not rows:
                print("Aucun modèle.")
            else:
                width = max(len(t.name) for t in rows)
                for t in rows:
                    first = t.text.splitlines()[0] if t.text else ""
                    kind = KIND_LABELS.get(t.kind, t.kind)
                    cut = first[:60] + ("…" if len(first) > 60 else "")
                    print(f"{t.name:<{width}}  {kind:<18}  {cut}")
            return EXIT_OK
        if action == "show":
            t = saved.require(args.name)
            if args.json:
                _print_json(t.to_json())
            else:
                print("\n".join(_describe(t)))
            return EXIT_OK
        if action == "add":
            t = saved.add(args.name, args.text, args.kind or "notification")
            print(f"Modèle « {t.name} » enregistré.")
            return EXIT_OK
        if action == "edit":
            if args.text is None and args.kind is None and args.rename is None:
                raise CommandError("Rien à modifier : --text, --kind ou --rename.")
            t = saved.edit(args.name, text=args.text, kind=args.kind, new_name=args.rename)
            print(f"Modèle « {t.name} » modifié.")
            return EXIT_OK
        if action == "duplicate":
            t = saved.duplicate(args.name)
            print(f"Modèle « {t.name} » créé.")
            return EXIT_OK
        if action == "remove":
            t = saved.require(args.name)
            saved.remove(t.name)
            print(f"Modèle « {t.name} » supprimé.")
            return EXIT_OK
        raise AssertionError(action)
    except TemplateStoreError as exc:
        raise CommandError(str(exc)) from None
    finally:
        store.dispose()


def add_commands(sub) -> None:
    """`template list | show | add | edit | duplicate | remove`."""
    p = sub.add_parser("template", help="les modèles de message (partagés par tous les postes)")
    actions = p.add_subparsers(dest="template_action", required=True, metavar="ACTION")
    q = actions.add_parser("list", help="les modèles enregistrés")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q = actions.add_parser("show", help="un modèle : type, champs, texte")
    q.add_argument("name", metavar="NOM")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q = actions.add_parser("add", help="enregistrer un nouveau modèle")
    q.add_argument("name", metavar="NOM")
    q.add_argument("--text", required=True, metavar="TEXTE", help="le texte, avec {prenom}…")
    q.add_argument("--kind", choices=KINDS, help="notification (par défaut) ou marketing")
    q = actions.add_parser("edit", help="changer le texte, le type ou le nom d'un modèle")
    q.add_argument("name", metavar="NOM")
    q.add_argument("--text", metavar="TEXTE")
    q.add_argument("--kind", choices=KINDS)
    q.add_argument("--rename", metavar="NOUVEAU_NOM")
    q = actions.add_parser("duplicate", help="copier un modèle (« NOM (copie) »)")
    q.add_argument("name", metavar="NOM")
    q = actions.add_parser("remove", help="supprimer un modèle")
    q.add_argument("name", metavar="NOM")
    p.set_defaults(func=cmd_template)
