"""Command line of the reception notices: `notify reception`, `watch`, `demo-db receive`.

`notify` is what a bookstore software that can run a command calls when an order arrives
(`ellipses-sms.exe notify reception --order 1234` on Windows); `watch` is for one that cannot:
it runs the réception script and notifies each new reception (`--once`: one pass, for the
Windows task scheduler or cron). Both go through `ellipses_sms.notices`, where the store's
unique key makes each reception one SMS whoever asks. Messages are French; the exit code is
0 when every order is notified (now, held until allowed hours, or before), 1 otherwise.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from datetime import date

from ellipses_sms.cli import (
    EXIT_FAILED,
    EXIT_OK,
    CommandError,
    UsageError,
    _install_stop,
    _parse_date,
    _print_json,
    _services,
)

log = logging.getLogger(__name__)

__all__ = ["add_commands", "cmd_demo_receive", "cmd_notify", "cmd_watch", "service_passes"]


def _notifier(services, db: str | None):
    from ellipses_sms.notices import Notifier

    return Notifier(services.dispatcher, services.settings, bookstore_url=db)


def _failures():
    """The errors a notice can stop on, said in one French line (exit 1)."""
    from ellipses_sms.bookstore import BookstoreError
    from ellipses_sms.scripts.runner import ScriptError

    return (BookstoreError, ScriptError)


def cmd_notify(args: argparse.Namespace) -> int:
    from ellipses_sms.templates import TemplateError

    orders = [o.strip() for o in args.order if o.strip()]
    if not orders:
        raise UsageError("--order : numéro de commande vide")
    services = _services()
    cancel = threading.Event()
    restore = _install_stop(cancel)
    try:
        notifier = _notifier(services, args.db)
        try:
            done = notifier.notify_orders(orders)
        except (*_failures(), TemplateError) as exc:
            raise CommandError(str(exc)) from None
        held = {o.job_id for o in done.outcomes if o.due is not None}
        for job in done.jobs:
            if job not in held:
                services.dispatcher.run(job, cancel)
        lines, ok = notifier.lines(done)
    finally:
        restore()
        services.close()
    if args.json:
        _print_json([o.to_json() for o in done.outcomes])
    else:
        for line in lines:
            print(line)
    return EXIT_OK if ok else EXIT_FAILED


def cmd_watch(args: argparse.Namespace) -> int:
    from ellipses_sms import paths

    services = _services(role="service")
    stop = threading.Event()
    restore = _install_stop(stop)
    interval = args.interval or services.settings.get("notices_interval")
    notifier = _notifier(services, args.db)
    failed = False
    if not args.once:
        print(
            "Surveillance des réceptions démarrée (Ctrl-C pour l'arrêter) : une recherche "
            f"toutes les {interval:g} s.",
            flush=True,
        )
    try:
        while True:
            try:
                done, summaries = notifier.cycle(args.since, pause=stop)
            except (*_failures(), ValueError) as exc:  # a script, a template, the base
                print(f"ellipses-sms : {exc}", file=sys.stderr, flush=True)
                failed = True
                if args.once:
                    return EXIT_FAILED
            except Exception:
                if args.once:
                    raise
                log.exception("watch pass failed")  # the next pass tries again
                print(
                    f"ellipses-sms : recherche des réceptions en échec ({paths.log_file()})",
                    file=sys.stderr,
                    flush=True,
                )
            else:
                if args.once and args.json:
                    _print_json([o.to_json() for o in done.fresh()])
                else:
                    for line in notifier.lines(done, fresh_only=True)[0]:
                        print(line, flush=True)
                    for summary in summaries:
                        print(f"Envoi n° {summary.job_id} : {summary.sentence()}", flush=True)
                    if args.once and not done.fresh() and not summaries:
                        print("Aucune nouvelle réception.")
            if args.once or stop.wait(interval):
                break
    finally:
        restore()
        services.close()
    if not args.once:
        print("Surveillance arrêtée.", flush=True)
    return EXIT_FAILED if failed and args.once else EXIT_OK


def service_passes(services, say=print, pause: threading.Event | None = None) -> list:
    """The watcher's pass for `ellipses-sms service` (active while « Avis de réception
    automatiques » is ticked), its lines printed."""
    from ellipses_sms.notices import watch_passes

    return watch_passes(
        services.dispatcher, services.settings, lambda line: say(line, flush=True), pause
    )


# -- demo-db receive ----------------------------------------------------------------------------


def cmd_demo_receive(args: argparse.Namespace) -> int:
    from ellipses_sms import bookstore, notices
    from ellipses_sms.settings import Settings

    url = bookstore.configured_url(Settings(), args.db)
    try:
        marked = notices.demo_receive(url, list(args.order or ()), args.date or date.today())
    except (bookstore.BookstoreError, notices.NoticeError) as exc:
        raise CommandError(str(exc)) from None
    for order, name, day in marked:
        print(f"Commande {order} ({name}) marquée reçue le {day:%d/%m/%Y}.")
    print("« ellipses-sms watch » ou « ellipses-sms notify » préviendra le client.")
    return EXIT_OK


# -- the parsers --------------------------------------------------------------------------------


def add_commands(sub) -> None:
    """`notify`, `watch`, and `receive` under the existing `demo-db` (call after it is added)."""
    p = sub.add_parser("notify", help="prévenir un client que sa commande est arrivée")
    kinds = p.add_subparsers(dest="notice", metavar="AVIS", required=True)
    q = kinds.add_parser("reception", help="avis de réception d'une commande, une seule fois")
    q.add_argument(
        "--order", action="append", required=True, metavar="ID", help="commande ; répétable"
    )
    q.add_argument("--db", metavar="URL", help="base librairie (par défaut : celle réglée)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(func=cmd_notify)

    p = sub.add_parser("watch", help="surveiller les réceptions et prévenir les clients")
    p.add_argument("--once", action="store_true", help="une seule recherche, puis quitter")
    p.add_argument(
        "--since",
        type=_parse_date,
        metavar="DATE",
        help="prévenir aussi les réceptions depuis cette date",
    )
    p.add_argument("--interval", type=float, metavar="S", help="secondes entre deux recherches")
    p.add_argument("--db", metavar="URL", help="base librairie (par défaut : celle réglée)")
    p.add_argument("--json", action="store_true", help="sortie JSON (avec --once)")
    p.set_defaults(func=cmd_watch)

    demo = sub.choices.get("demo-db")
    if demo is None:
        return
    demo.add_argument(
        "--order", action="append", metavar="ID", help="avec « receive » : la commande reçue"
    )
    demo.add_argument("--db", metavar="URL", help="avec « receive » : la base de démonstration")
    demo.add_argument(
        "--date", type=_parse_date, metavar="DATE", help="avec « receive » : date de réception"
    )
    create = demo.get_default("func")

    def demo_db(args: argparse.Namespace) -> int:
        if args.path == "receive":
            return cmd_demo_receive(args)
        if args.order or args.db or args.date:
            raise UsageError("--order, --db et --date vont avec « demo-db receive »")
        return create(args)

    demo.set_defaults(func=demo_db)
    demo.usage = (
        "ellipses-sms demo-db FICHIER [--customers N] [--seed S] [--force]\n"
        "       ellipses-sms demo-db receive [--order ID]... [--date DATE] [--db URL]"
    )
