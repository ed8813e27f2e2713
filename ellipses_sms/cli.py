"""The command line: a contract, since scripts and the bookstore software call it.

Exit codes: 0 every message accepted (or the command succeeded), 1 some were refused or failed
(or the command failed), 2 a usage error. Errors are one French line on stderr, never a
traceback (the traceback goes to the log file).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from ellipses_sms import __version__, cli_templates, paths, sms
from ellipses_sms.lazy import lazy_module
from ellipses_sms.states import SEND_KINDS

log = logging.getLogger(__name__)
phone = lazy_module("ellipses_sms.phone", globals())  # phonenumbers: not for the window
signal = lazy_module("signal", globals())  # the commands' Ctrl+C handlers: not for the window

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A wrong argument: exit 2."""


class CommandError(Exception):
    """The command cannot be done: exit 1, with this French message."""


# -- helpers ----------------------------------------------------------------------------------


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _parse_date(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"date invalide : « {text} » (AAAA-MM-JJ ou JJ/MM/AAAA)")


def _parse_when(text: str) -> datetime:
    """« 24/12/2026 09:00 » (local time) → naive UTC, as the store keeps it."""
    from datetime import UTC

    cleaned = " ".join(text.strip().replace("T", " ").split())
    for fmt in (
        "%d/%m/%Y %H:%M",
        "%d/%m/%Y %Hh%M",
        "%d/%m/%y %H:%M",
        "%Y-%m-%d %H:%M",
        "%d-%m-%Y %H:%M",
        "%d/%m/%Y %Hh",
    ):
        try:
            local = datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        return local.astimezone(UTC).replace(tzinfo=None)
    raise argparse.ArgumentTypeError(
        f"date et heure invalides : « {text} » (ex. « 24/12/2026 09:00 »)"
    )


def _services(role: str = "cli"):
    from ellipses_sms.app import build_services, setup_logging

    setup_logging()
    return build_services(role=role)


def _fmt_local(value: datetime | None) -> str:
    from ellipses_sms.store.queries import utc_to_local

    local = utc_to_local(value)
    return local.strftime("%d/%m/%Y %H:%M:%S") if local else ""


# -- count ------------------------------------------------------------------------------------


def cmd_count(args: argparse.Namespace) -> int:
    info = sms.analyze(args.text)
    if args.json:
        _print_json(
            {
                "encoding": info.encoding.value,
                "units": info.units,
                "segments": info.segments,
                "non_gsm": list(info.non_gsm),
            }
        )
        return EXIT_OK
    print(f"Encodage : {info.encoding.value}")
    print(f"Caractères : {info.characters}")
    print(f"Unités : {info.units}")
    print(f"SMS : {info.segments}")
    if info.non_gsm:
        print("Caractères imposant l'Unicode : " + " ".join(info.non_gsm))
    return EXIT_OK


# -- check-number -----------------------------------------------------------------------------


def cmd_check_number(args: argparse.Namespace) -> int:
    region = (args.region or _default_region()).upper()
    if not phone.is_valid_region(region):
        raise UsageError(f"pays inconnu : « {region} » (code ISO à deux lettres, ex. FR)")
    results = [phone.parse(n, region) for n in args.numbers]
    if args.json:
        _print_json([r.to_json() for r in results])
    else:
        for r in results:
            if r.valid:
                print(f"{r.input} : valide, {r.display} ({r.e164}), mobile")
            else:
                print(f"{r.input} : refusé, {r.message}")
    return EXIT_OK if all(r.valid for r in results) else EXIT_FAILED


def _default_region() -> str:
    from ellipses_sms.settings import Settings

    return Settings().get("region")


# -- send -------------------------------------------------------------------------------------


def _message_json(row) -> dict:
    return {
        "id": row.id,
        "number": row.number,
        "name": row.name,
        "state": row.state,
        "raw_status": row.raw_status,
        "error": row.error,
        "provider_id": row.provider_id,
        "attempts": row.attempts,
    }


def _line_for(update) -> str:
    from ellipses_sms.states import label

    number = phone.display(update.number) if update.number.startswith("+") else update.number
    who = f"{number}  {update.name}" if update.name else number
    text = label(update.state, update.error)
    if update.provider_id:
        text += f" ({update.provider_id})"
    return f"{who} : {text}"


def _install_sigint(cancel: threading.Event) -> Callable[[], None]:
    """Ctrl-C cancels the job cleanly instead of killing it mid-batch."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def handler(_sig, _frame):
        if cancel.is_set():
            raise KeyboardInterrupt
        print("Annulation demandée… (Ctrl-C encore pour quitter tout de suite)", file=sys.stderr)
        cancel.set()

    previous = signal.signal(signal.SIGINT, handler)
    return lambda: signal.signal(signal.SIGINT, previous)


def cmd_send(args: argparse.Namespace) -> int:
    from ellipses_sms import compose
    from ellipses_sms import recipients as rcp
    from ellipses_sms.sending import JobSummary, MessagesChanged
    from ellipses_sms.states import ACCEPTED, MessageState

    services = _services()
    region = services.settings.get("region")
    people: list[rcp.Recipient] = []
    if args.list:
        people += _read_list(args.list, region)
    for spec in args.to or []:
        people.append(rcp.parse_spec(spec, region))
    if not people:
        raise UsageError("aucun destinataire (--to NUMÉRO[:NOM] ou --list FICHIER)")
    _apply_template(args, services)
    composition = _compose(args, services, people)
    confirmed = _consent(args, services, people, composition) if args.kind == "marketing" else None
    credit = _credit(args, services, composition)
    if args.dry_run:
        services.close()
        if args.json:
            data = composition.to_json()
            data["credit"] = credit.to_json() if credit is not None else None
            _print_json(data)
        else:
            for line in composition.lines():
                print(line)
            if credit is not None:
                print(credit.sentence)
        short = credit is not None and credit.enough is False
        return EXIT_FAILED if composition.refusals or short else EXIT_OK
    if credit is not None and credit.enough is False:
        services.close()
        raise CommandError(credit.sentence + " Rien n'a été envoyé.")
    if credit is not None and credit.warning:
        print(f"ellipses-sms : {credit.sentence}", file=sys.stderr)
    # each recipient's own text; a refused one keeps the template, for the history
    texts = [
        text if i not in composition.refusals else (composition.template or "")
        for i, text in enumerate(composition.texts)
    ]
    job_text = composition.template or compose.PER_ROW_TEXT

    shown: dict[int, str] = {}

    def on_event(event) -> None:
        if args.json or not isinstance(event, MessagesChanged):
            return
        for u in event.updates:
            if u.state == MessageState.SUBMITTING:
                continue
            if u.state == MessageState.SENT and args.wait:
                continue  # with --wait, print each message once, at its final state
            if shown.get(u.message_id) == u.state:
                continue
            shown[u.message_id] = u.state
            print(_line_for(u), flush=True)

    unsubscribe = services.bus.subscribe(on_event)
    cancel = threading.Event()
    restore = _install_sigint(cancel)
    d = services.dispatcher
    timeout = args.timeout or services.settings.get("wait_timeout")
    deadline = d.clock.monotonic() + timeout
    options = {
        "provider": args.provider,
        "sender": args.sender,
        "kind": args.kind,
        "source": "cli",
        "texts": texts,
        "refusals": composition.template_refusals,
        "consent_confirmed": confirmed,
    }
    if args.at is not None:
        try:
            return _schedule(args, d, people, job_text, options)
        finally:
            restore()
            unsubscribe()
            services.close()
    try:
        job_id = d.create_job(people, job_text, **options)  # held by this run from the start
        held = d.hold_note(job_id)  # marketing outside the sending hours: programmed, not sent
        if held and not args.json:
            print(held, flush=True)
        summary: JobSummary = d.run(job_id, cancel, deadline=deadline)
        if args.wait and not cancel.is_set() and summary.count(MessageState.SENT):
            left = max(0.0, deadline - d.clock.monotonic())
            summary = d.wait_for_reports(job_id, left, cancel)
            if not args.json:
                for row in services.dispatcher.messages(job_id):
                    if row.state == MessageState.SENT and row.id not in shown:
                        print(f"{_line_for(row)} — sans accusé de réception pour l'instant")
        rows = services.dispatcher.messages(job_id)
    finally:
        restore()
        unsubscribe()
        services.close()

    if args.json:
        _print_json(
            {
                "job_id": job_id,
                "state": summary.state.value,
                "counts": summary.counts,
                "messages": [_message_json(r) for r in rows],
                "note": held,
            }
        )
    else:
        print(summary.sentence())
    # accepted = sent or delivered; with --wait a message still awaiting its report counts too;
    # a message held until the sending hours is not refused either
    return (
        EXIT_OK
        if all(r.state in ACCEPTED or (held and _held_row(r)) for r in rows)
        else EXIT_FAILED
    )


def _held_row(row) -> bool:
    return row.state == "queued" and not row.attempts and row.next_attempt_at is not None


def _consent(args: argparse.Namespace, services, people, composition) -> int | None:
    """Marketing: recipients whose card says no are refused; those on no card need
    --consent-confirmed (exit 2 otherwise). Returns how many the clerk vouched for."""
    from ellipses_sms import consent

    found = consent.check(people, services.settings)
    composition.refuse(found.refusals)
    unknown = [i for i in found.unknown if i not in composition.refusals]
    if not unknown:
        return None
    if not getattr(args, "consent_confirmed", False):
        why = f" ; {found.problem}" if found.problem else ""
        message = (
            f"{len(unknown)} destinataire(s) absent(s) de la base librairie{why} : leur accord "
            "pour recevoir des publicités n'est pas connu. Ajoutez --consent-confirmed pour "
            f"dire « {consent.confirm_sentence(len(unknown))} »."
        )
        if args.dry_run:
            print(message, file=sys.stderr)
            return None
        raise UsageError(message)
    return len(unknown)


def _apply_template(args: argparse.Namespace, services) -> None:
    """`--template NOM`: its text becomes --text, its kind the default of --kind."""
    from ellipses_sms.template_store import TemplateStoreError

    if args.template is not None:
        if args.text is not None:
            raise UsageError("--text et --template : l'un ou l'autre")
        try:
            saved = services.templates.require(args.template)
        except TemplateStoreError as exc:
            raise UsageError(str(exc)) from None
        args.text = saved.text
        args.kind = args.kind or saved.kind
    args.kind = args.kind or "notification"


def _credit(args: argparse.Namespace, services, composition):
    """The provider's credit against the parts of the send (None: nothing to check)."""
    from ellipses_sms import providers

    if composition.total_parts <= 0 or services.gateways.carrier(args.provider) is None:
        return None
    return providers.credit_check(
        services.gateways,
        args.provider,
        composition.total_parts,
        price_per_part=services.settings.get("price_per_part"),
    )


def _compose(args: argparse.Namespace, services, people):
    """Each recipient's own text (placeholders filled), or a usage error naming the problem."""
    from ellipses_sms import compose, templates

    if args.text is not None and not args.text.strip():
        raise CommandError("Le message est vide.")
    today = None
    if args.at is not None:  # {date} is the day it goes
        from ellipses_sms.store.queries import utc_to_local

        today = utc_to_local(args.at).date()
    try:
        return compose.for_send(
            people,
            args.text,
            services.settings,
            provider=services.gateways.carrier(args.provider),
            kind=args.kind,
            today=today,
        )
    except templates.TemplateError as exc:  # « {prenon} inconnu ; vouliez-vous dire… »
        raise UsageError(str(exc)) from None
    except ValueError:  # no text, and no message column
        raise UsageError(
            "aucun message : --text TEXTE, ou une liste avec une colonne « message » ou « texte »"
        ) from None


def _schedule(args: argparse.Namespace, d, people, job_text: str, options: dict) -> int:
    """`send --at`: journal the job, due at that time; the window or the service sends it."""
    if args.at <= d.clock.now():
        raise UsageError(f"--at : {_fmt_local(args.at)[:16]} est déjà passé")
    job_id = d.create_job(people, job_text, not_before=args.at, **options)
    held = d.hold_note(job_id)  # marketing asked for outside the sending hours
    due = args.at
    if held:
        due = next((j.not_before for j in d.scheduled_jobs() if j.id == job_id), args.at)
    when = _fmt_local(due)
    if args.json:
        _print_json(
            {
                "job_id": job_id,
                "state": "waiting",
                "not_before": _local_iso(due),
                "total": len(people),
                "note": held,
            }
        )
    elif held:
        print(
            f"Envoi n° {job_id} : {held[0].lower()}{held[1:]} ; {len(people)} destinataire(s). "
            "Il partira de la fenêtre ouverte ou du service (« ellipses-sms service »), même "
            "après un redémarrage."
        )
    else:
        print(
            f"Envoi n° {job_id} programmé le {when[:10]} à {when[11:16]} : {len(people)} "
            "destinataire(s). Il partira de la fenêtre ouverte ou du service "
            "(« ellipses-sms service »), même après un redémarrage."
        )
    return EXIT_OK


def _read_list(path: str, region: str):
    """The recipients of a list file; every refused row is said on stderr."""
    from ellipses_sms import listfiles

    try:
        result = listfiles.read(path, region=region)
    except listfiles.ColumnsNeeded as exc:
        raise CommandError(
            f"{path} : colonnes non reconnues ({', '.join(exc.headers) or 'aucun en-tête'}) ; "
            "ouvrez la liste dans la fenêtre pour choisir les colonnes"
        ) from None
    for refused in result.refused:
        print(f"{path}, ligne {refused.row} : {refused.reason}", file=sys.stderr)
    return list(result.recipients)


# -- list check -------------------------------------------------------------------------------


def cmd_list_check(args: argparse.Namespace) -> int:
    from ellipses_sms import listfiles

    region = (args.region or _default_region()).upper()
    try:
        result = listfiles.read(args.file, region=region)
    except listfiles.ColumnsNeeded as exc:
        raise CommandError(
            f"{args.file} : colonnes non reconnues ({', '.join(exc.headers) or 'aucun en-tête'})"
        ) from None
    if args.json:
        _print_json(
            {
                "recipients": [
                    {**dict(r.fields), "name": r.name, "e164": r.number} for r in result.recipients
                ],
                "refused": [{"row": x.row, "reason": x.reason} for x in result.refused],
                "duplicates": result.duplicates,
            }
        )
    else:
        for r in result.recipients:
            print(f"{phone.display(r.number)}  {r.name}")
        report = result.report()
        if report:
            print(report)
        print(
            f"{len(result.recipients)} destinataire(s), {len(result.refused)} ligne(s) "
            f"refusée(s), {result.duplicates} doublon(s)"
        )
    return EXIT_FAILED if result.refused else EXIT_OK


# -- resume -----------------------------------------------------------------------------------


def cmd_resume(args: argparse.Namespace) -> int:
    from ellipses_sms.states import MessageState

    services = _services()
    cancel = threading.Event()
    restore = _install_sigint(cancel)
    busy: list[tuple[int, str]] = []
    try:
        d = services.dispatcher
        timeout = args.timeout or services.settings.get("wait_timeout")
        if args.resend_uncertain or args.abandon_uncertain:
            ids = [row.id for row in d.uncertain_messages()]
            d.settle_uncertain(ids, resend=bool(args.resend_uncertain))
        summaries = d.resume_all(
            cancel,
            deadline=d.clock.monotonic() + timeout,
            on_busy=lambda job, why: busy.append((job, why)),
        )
        busy += [b for b in d.busy_jobs() if b[0] not in {j for j, _ in busy}]
        waiting = [w for w in d.waiting_jobs() if w.id not in {s.job_id for s in summaries}]
        uncertain = d.uncertain_messages()
    finally:
        restore()
        services.close()
    if args.json:
        _print_json(
            {
                "jobs": [
                    {
                        "job_id": s.job_id,
                        "state": s.state.value,
                        "counts": s.counts,
                        "error": s.error,
                    }
                    for s in summaries
                ],
                "uncertain": [
                    {
                        "id": r.id,
                        "job_id": r.job_id,
                        "number": r.number,
                        "name": r.name,
                        "error": r.error,
                    }
                    for r in uncertain
                ],
                "busy": [{"job_id": job, "error": why} for job, why in busy],
                "waiting": [
                    {"job_id": w.id, "not_before": _local_iso(w.not_before), "note": w.note}
                    for w in waiting
                ],
            }
        )
    else:
        if not summaries and not busy and not waiting:
            print("Aucun envoi à reprendre.")
        for s in summaries:
            print(f"Envoi n° {s.job_id} : {s.sentence()}")
        for _job, why in busy:
            print(f"{why} Rien n'est envoyé d'ici.")
        for w in waiting:
            when = _fmt_local(w.not_before)[:16]
            print(
                f"Envoi n° {w.id} : en attente jusqu'au {when}" + (f" ({w.note})" if w.note else "")
            )
        if uncertain:
            print(
                f"{len(uncertain)} message(s) incertain(s) : le fournisseur les a peut-être "
                "reçus. « ellipses-sms resume --resend-uncertain » les renvoie, "
                "« --abandon-uncertain » les abandonne."
            )
            for r in uncertain:
                print(f"  n° {r.id} (envoi {r.job_id}) {phone.display(r.number)} {r.name or ''}")
    failed = any(
        s.count(
            MessageState.FAILED, MessageState.REJECTED, MessageState.BLOCKED, MessageState.EXPIRED
        )
        or (s.error and s.state != "waiting")
        for s in summaries
    )
    return EXIT_FAILED if failed or uncertain else EXIT_OK


# -- outbox -----------------------------------------------------------------------------------


def cmd_outbox(args: argparse.Namespace) -> int:
    """Scheduled and suspended sends: list them, cancel one, send one now."""
    from ellipses_sms.sending import JobBusy

    services = _services()
    try:
        d = services.dispatcher
        if args.outbox_command == "list":
            jobs = d.scheduled_jobs()
            if args.json:
                _print_json(
                    [
                        {
                            "job_id": j.id,
                            "not_before": _local_iso(j.not_before),
                            "note": j.note,
                            "text": j.text,
                            "kind": j.kind,
                            "total": j.total,
                            "waiting": j.left,
                        }
                        for j in jobs
                    ]
                )
                return EXIT_OK
            if not jobs:
                print("Aucun envoi programmé.")
            for j in jobs:
                kind = "publicité" if j.kind == "marketing" else "information"
                text = " ".join(j.text.split())
                text = text if len(text) <= 50 else text[:49] + "…"
                print(
                    f"n° {j.id}  {_fmt_local(j.not_before)[:16]}  {j.left} destinataire(s)  "
                    f"{kind}  {text}" + (f"  ({j.note})" if j.note else "")
                )
            return EXIT_OK
        if args.outbox_command == "cancel":
            summary = d.cancel_job(args.job)
            print(f"Envoi n° {args.job} annulé : {summary.count('cancelled')} message(s).")
            return EXIT_OK
        cancel = threading.Event()
        restore = _install_sigint(cancel)
        try:
            summary = d.send_now(args.job, cancel)
        finally:
            restore()
        print(f"Envoi n° {args.job} : {summary.sentence()}")
        return (
            EXIT_OK
            if summary.failed == 0 and summary.pending == summary.count("sent")
            else EXIT_FAILED
        )
    except JobBusy as exc:
        raise CommandError(str(exc)) from None
    finally:
        services.close()


# -- service ----------------------------------------------------------------------------------


def _install_stop(stop: threading.Event) -> Callable[[], None]:
    """Ctrl-C, SIGTERM, Ctrl-Break and closing the Windows console stop the service cleanly."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def handler(_sig, _frame):
        if not stop.is_set():
            print("Arrêt du service demandé…", file=sys.stderr, flush=True)
        stop.set()

    names = ("SIGINT", "SIGTERM", "SIGBREAK", "SIGHUP")
    previous = {
        sig: signal.signal(sig, handler)
        for sig in (getattr(signal, n) for n in names if hasattr(signal, n))
    }
    undo_console = _windows_console_close(stop)

    def restore() -> None:
        for sig, old in previous.items():
            signal.signal(sig, old)
        undo_console()

    return restore


def _windows_console_close(stop: threading.Event) -> Callable[[], None]:
    """On Windows, closing the console window or logging off: stop, then let Windows end us."""
    if sys.platform != "win32":
        return lambda: None
    import ctypes
    from ctypes import wintypes

    close_events = {2, 5, 6}  # CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT
    routine = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.DWORD)

    @routine
    def on_console(event: int) -> bool:
        if event in close_events:
            stop.set()
            stopped.wait(4.0)  # Windows allows about 5 s before it ends the process
            return True
        return False

    stopped = threading.Event()
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kernel32.SetConsoleCtrlHandler(on_console, True)

    def undo() -> None:
        stopped.set()
        kernel32.SetConsoleCtrlHandler(on_console, False)

    return undo


def cmd_service(args: argparse.Namespace) -> int:
    from ellipses_sms.sending.service import Service

    services = _services(role="service")
    service = Service(
        services.dispatcher,
        services.poller,
        interval=args.interval,
        on_summary=lambda s: print(f"Envoi n° {s.job_id} : {s.sentence()}", flush=True),
    )
    from ellipses_sms.cli_notices import service_passes

    service.passes = service_passes(services, pause=service.stopping)  # reception notices
    restore = _install_stop(service.stopping)
    print(
        "Service d'envoi démarré (Ctrl-C pour l'arrêter) : envois programmés, envois "
        "interrompus, accusés de réception.",
        flush=True,
    )
    try:
        if args.once:
            service.keep_listeners_up()
            service.turn()
            services.dispatcher.poll_reports()
        else:
            service.run()
    finally:
        restore()
        services.close()
    print("Service arrêté.", flush=True)
    return EXIT_OK


# -- history ----------------------------------------------------------------------------------


def cmd_history(args: argparse.Namespace) -> int:
    from ellipses_sms.states import label
    from ellipses_sms.store.queries import HistoryFilter, history, history_totals, sent_date

    services = _services()
    try:
        f = HistoryFilter(args.date_from, args.date_to, args.status, args.search or "")
        rows = history(services.store, f)
        count, parts = history_totals(services.store, f)
    finally:
        services.close()
    if args.export:
        from ellipses_sms.history import export

        written = export(args.export, rows)
        print(f"{written} message(s) exporté(s) dans {args.export}", file=sys.stderr)
    if args.json:
        _print_json(
            {
                "messages": [
                    {
                        "id": r.provider_id or f"#{r.id}",
                        "message_id": r.id,
                        "job_id": r.job_id,
                        "date": _local_iso(sent_date(r)),  # null until it is sent
                        "created": _local_iso(r.created_at),
                        "state": r.state,
                        "status": r.raw_status,
                        "error": r.error,
                        "number": r.number,
                        "name": r.name,
                        "text": r.text,
                        "parts": r.parts,
                        "provider": r.provider,
                    }
                    for r in rows
                ],
                "total": count,
                "parts": parts,
            }
        )
        return EXIT_OK
    header = ("Identifiant", "Date d'envoi", "Statut", "N° Téléphone", "Client", "Message")
    table = [header]
    for r in rows:
        status = label(r.state, r.error)
        if r.raw_status:
            status = f"{r.raw_status} ({status})"
        number = phone.display(r.number) if r.number.startswith("+") else r.number
        message = " ".join(r.text.split())
        table.append(
            (
                r.provider_id or f"#{r.id}",
                _fmt_local(sent_date(r)),
                status,
                number,
                r.name or "",
                message if len(message) <= 40 else message[:39] + "…",
            )
        )
    widths = [max(len(str(row[i])) for row in table) for i in range(len(header) - 1)]
    for row in table:
        print(
            "  ".join(str(c).ljust(w) for c, w in zip(row[:-1], widths, strict=True)),
            row[-1],
            sep="  ",
        )
    print(f"Total nombre de messages : {count} ({parts} SMS)")
    return EXIT_OK


def _local_iso(value: datetime | None) -> str | None:
    from ellipses_sms.store.queries import utc_to_local

    local = utc_to_local(value)
    return local.isoformat(timespec="seconds") if local else None


# -- consumption ------------------------------------------------------------------------------


def cmd_consumption(args: argparse.Namespace) -> int:
    from ellipses_sms.history import consumption

    if args.months < 1 or args.months > 120:
        raise UsageError("--months : entre 1 et 120")
    services = _services()
    try:
        price = services.settings.get("price_per_part")
        usage = consumption(services.store, args.months, price)
        balance = None
        gateway = services.gateways.get()
        if gateway.has_balance:
            try:
                balance = gateway.balance()
            except Exception as exc:  # the figure is a bonus: say why it is missing
                log.info("balance unavailable: %s", exc)
    finally:
        services.close()
    if args.json:
        _print_json(
            {
                "months": [
                    {
                        "month": u.month.strftime("%Y-%m"),
                        "messages": u.messages,
                        "parts": u.parts,
                        "delivered": u.delivered,
                        "failed": u.failed,
                        "cost": u.cost,
                    }
                    for u in usage
                ],
                "price_per_part": price,
                "balance": ({"amount": balance.amount, "unit": balance.unit} if balance else None),
            }
        )
        return EXIT_OK
    print(f"{'Mois':<8}  {'Messages':>8}  {'SMS':>8}  {'Remis':>8}  {'Échecs':>8}  {'Coût':>10}")
    for u in usage:
        cost = f"{u.cost:,.2f} €".replace(",", " ").replace(".", ",")
        print(
            f"{u.month:%m/%Y}  {u.messages:>8}  {u.parts:>8}  {u.delivered:>8}  "
            f"{u.failed:>8}  {cost:>10}"
        )
    total = sum(u.parts for u in usage)
    shown_price = f"{price:.4f}".rstrip("0").rstrip(".").replace(".", ",")
    if "," in shown_price and len(shown_price.split(",")[1]) < 2:
        shown_price += "0"  # 0,1 → 0,10 : a price reads with cents
    print(f"Total : {total} SMS sur {len(usage)} mois (prix estimé {shown_price} € par SMS)")
    if balance:
        print(f"Crédit restant chez le fournisseur : {balance.amount:g} {balance.unit}")
    return EXIT_OK


# -- provider ---------------------------------------------------------------------------------


def _pairs(items: Sequence[str] | None, option: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not key.strip():
            raise UsageError(f"{option} attend CLÉ=VALEUR (reçu « {item.split('=')[0]}… »)")
        if not sep and option == "--secret":
            value = _ask_secret(key.strip())
        elif not sep:
            raise UsageError(f"{option} attend CLÉ=VALEUR (reçu « {item} »)")
        pairs[key.strip()] = value
    return pairs


def _ask_secret(key: str) -> str:
    """`--secret KEY` without a value: asked without echo (or read from standard input)."""
    import getpass

    if sys.stdin.isatty():
        return getpass.getpass(f"{key} : ")
    return sys.stdin.readline().rstrip("\n")


def cmd_provider(args: argparse.Namespace) -> int:
    from ellipses_sms import providers, secrets
    from ellipses_sms.settings import Settings

    action = args.provider_command
    if action == "types":
        for type_ in providers.types():
            print(f"{type_} : {providers.TYPE_LABELS.get(type_, type_)}")
            for f in providers.fields(type_):
                tags = [t for t, on in (("obligatoire", f.required), ("secret", f.secret)) if on]
                default = f" (par défaut : {f.default})" if f.default else ""
                extra = f" [{', '.join(tags)}]" if tags else ""
                print(f"  {f.key}{extra} : {f.label}{default}")
        return EXIT_OK
    if action == "keyring":
        settings = Settings()
        if args.allow_file or args.forbid_file:
            settings.set("allow_plain_secrets", bool(args.allow_file))
            settings.save()
        usable, sentence = secrets.keyring_status()
        print(sentence)
        return EXIT_OK if usable else EXIT_FAILED
    if action == "failover":
        settings = Settings()
        if args.off:
            providers.set_failover(settings, None)
            print("Plus de fournisseur de secours.")
        elif args.name:
            providers.set_failover(settings, args.name)
            print(
                f"« {args.name} » est le fournisseur de secours : il prend seulement les messages "
                "que le fournisseur d'un envoi n'a certainement pas reçus."
            )
        else:
            name = settings.get("failover_provider") or ""
            print(f"Fournisseur de secours : {name}" if name else "Aucun fournisseur de secours.")
        return EXIT_OK
    if action in ("list", "add", "edit", "remove", "default"):
        settings = Settings()
        if action == "list":
            infos = providers.list_providers(settings)
            if args.json:
                _print_json([i.to_json() for i in infos])
                return EXIT_OK
            for info in infos:
                mark = "* " if info.default else "  "
                print(f"{mark}{info.name} ({info.label})")
                for key, value in info.config.items():
                    print(f"      {key} = {value}")
                for key, stored in info.secrets.items():
                    print(f"      {key} : {'enregistré' if stored else 'ABSENT'} (secret)")
            print("(* : fournisseur par défaut)")
            return EXIT_OK
        if action == "add":
            info = providers.add(
                settings,
                args.name,
                args.type,
                _pairs(args.set, "--set"),
                _pairs(args.secret, "--secret"),
            )
            if args.default:
                providers.set_default(settings, info.name)
            print(f"Fournisseur « {info.name} » ajouté ({info.label}).")
            return EXIT_OK
        if action == "edit":
            info = providers.edit(
                settings, args.name, _pairs(args.set, "--set"), _pairs(args.secret, "--secret")
            )
            print(f"Fournisseur « {info.name} » modifié.")
            return EXIT_OK
        if action == "remove":
            providers.remove(settings, args.name, new_default=args.new_default)
            print(f"Fournisseur « {args.name} » supprimé.")
            if args.new_default:
                print(f"« {args.new_default} » est maintenant le fournisseur par défaut.")
            return EXIT_OK
        providers.set_default(settings, args.name)
        print(f"« {args.name} » est maintenant le fournisseur par défaut.")
        return EXIT_OK
    services = _services()
    try:
        if action == "test":
            print(providers.test(services.gateways, args.name))
        elif action == "stop-import":
            from ellipses_sms import optouts

            done = optouts.import_from_provider(services.store, services.gateways, args.name)
            print(done.sentence(args.name))
        elif action == "replies":
            gateway = services.gateways.get(args.name)
            if not hasattr(gateway, "incoming"):
                raise CommandError(
                    f"« {args.name} » ne donne pas accès aux SMS reçus (réponses des clients)."
                )
            replies = gateway.incoming()
            from ellipses_sms import replies as kept  # some providers give a reply only once

            kept.record(services.store, args.name, replies)
            if not replies:
                print("Aucune réponse reçue.")
            for reply in replies:
                when = reply.at.strftime("%d/%m/%Y %H:%M") if reply.at else "?"
                print(f"{when}  {phone.display(reply.sender)}  {reply.text}")
        elif args.parts is not None:
            check = providers.credit_check(
                services.gateways,
                args.name,
                args.parts,
                price_per_part=services.settings.get("price_per_part"),
            )
            print(check.sentence)
            return EXIT_FAILED if check.enough is False else EXIT_OK
        else:
            amount = providers.balance(services.gateways, args.name)
            print(f"Crédit restant chez « {args.name} » : {providers.balance_text(amount)}")
    finally:
        services.close()
    return EXIT_OK


# -- import scripts (issue 5) ----------------------------------------------------------------


def cmd_scripts(args: argparse.Namespace) -> int:
    from ellipses_sms.scripts import runner

    scripts = runner.discover()
    broken = any(s.error for s in scripts)
    if args.json:
        _print_json([runner.script_info(s) for s in scripts])
        return EXIT_FAILED if broken else EXIT_OK
    for s in scripts:
        origin = "fourni" if s.shipped else "librairie"
        print(f"{s.key} — {s.name} ({s.kind}, {origin})")
        if s.error:
            print(f"    ERREUR : {s.error}")
            continue
        for line in s.description.splitlines():
            print(f"    {line}")
        for p in s.params:
            choices = f" [{' | '.join(p.choices)}]" if p.choices else ""
            print(f"    --param {p.key}=…  {p.label} ({p.type}{choices}, défaut : {p.default!r})")
    print(f"Dossier des scripts de la librairie : {paths.user_scripts_dir()}")
    return EXIT_FAILED if any(s.error for s in scripts) else EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from ellipses_sms import bookstore
    from ellipses_sms.scripts import runner
    from ellipses_sms.settings import Settings

    settings = Settings()
    try:
        values = runner.parse_assignments(args.param)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    token = runner.CancelToken()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, lambda *_: token.cancel())
    try:
        script = runner.find(args.script)
        if script.error:
            raise script.error
        url = bookstore.configured_url(settings, args.db)
        result = runner.run(script, values, url, settings.get("region"), token)
    except (runner.ScriptError, bookstore.BookstoreError) as exc:
        raise CommandError(str(exc)) from None
    except runner.Cancelled:
        raise CommandError("Import annulé.") from None
    except ValueError as exc:  # a parameter value the clerk got wrong
        raise UsageError(str(exc)) from None
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if args.save:
        runner.save(args.save, result.recipients)
    if args.json:
        _print_json(
            {
                "script": script.key,
                "rows": result.rows,
                "recipients": [
                    {"name": r.name, "e164": r.number, **dict(r.fields)} for r in result.recipients
                ],
                "refused": [
                    {"row": x.row, "name": x.name, "number": x.number, "reason": x.reason}
                    for x in result.refused
                ],
            }
        )
    else:
        if not args.save:
            for r in result.recipients:
                print(f"{phone.display(r.number)}  {r.name}")
        for line in result.report().splitlines():
            print(line, file=sys.stderr)
        saved = f", enregistrés dans {args.save}" if args.save else ""
        print(
            f"{len(result.recipients)} destinataire(s){saved}, "
            f"{len(result.refused)} ligne(s) refusée(s) sur {result.rows}"
        )
    return EXIT_OK


def cmd_demo_db(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ellipses_sms import bookstore

    path = Path(args.path)
    if args.customers is None:
        args.customers = bookstore.DEMO_CUSTOMERS
    if args.seed is None:
        args.seed = bookstore.DEMO_SEED
    if path.exists() and not args.force:
        raise CommandError(f"{path} existe déjà (--force pour le remplacer)")
    if args.customers < 0:
        raise UsageError("--customers doit être positif")
    bookstore.generate_demo(path, customers=args.customers, seed=args.seed)
    print(f"Base de démonstration créée : {path} ({args.customers} clients, graine {args.seed})")
    return EXIT_OK


def _add_import_commands(sub) -> None:
    # no bookstore (SQLAlchemy) import here: every command, --version too, builds the parser
    p = sub.add_parser("scripts", help="les scripts d'import (filtres de la base librairie)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_scripts)

    p = sub.add_parser("import", help="importer des clients de la base librairie par un script")
    p.add_argument("--script", required=True, metavar="NOM|FICHIER", help="nom ou fichier .sql")
    p.add_argument("--db", metavar="URL", help="base librairie (par défaut : celle réglée)")
    p.add_argument(
        "--param", action="append", metavar="CLÉ=VALEUR", help="valeur d'un paramètre ; répétable"
    )
    p.add_argument("--save", metavar="FICHIER", help="enregistrer la liste (.csv ou .xlsx)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("demo-db", help="créer une base librairie de démonstration")
    p.add_argument("path", metavar="FICHIER")
    p.add_argument("--customers", type=int, metavar="N")
    p.add_argument("--seed", type=int, metavar="S")
    p.add_argument("--force", action="store_true", help="remplacer le fichier s'il existe")
    p.set_defaults(func=cmd_demo_db)
    from ellipses_sms.cli_notices import add_commands as add_notice_commands

    add_notice_commands(sub)  # notify, watch, demo-db receive (issue 13)


# -- the parser -------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (argparse's own contract)
        self.print_usage(sys.stderr)
        print(f"{self.prog} : erreur : {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ellipses-sms",
        description="Envoi de SMS aux clients de la librairie. Sans commande : ouvre la fenêtre.",
    )
    parser.add_argument("--version", action="version", version=f"ellipses-sms {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)

    p = sub.add_parser("count", help="compter les caractères et les SMS d'un texte")
    p.add_argument("text", metavar="TEXTE")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_count)

    p = sub.add_parser("check-number", help="vérifier des numéros de mobile")
    p.add_argument("numbers", metavar="NUMÉRO", nargs="+")
    p.add_argument("--region", metavar="CC", help="pays par défaut (FR par défaut)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_check_number)

    p = sub.add_parser("send", help="envoyer un SMS à des destinataires")
    who = p.add_argument_group("destinataires (au moins un)")
    who.add_argument(
        "--to", action="append", metavar="NUMÉRO[:NOM]", help="un destinataire ; répétable"
    )
    who.add_argument("--list", metavar="FICHIER", help="une liste de diffusion (CSV, XLSX)")
    p.add_argument(
        "--text",
        metavar="TEXTE",
        help="le message, avec {prenom}, {titre_ouvrage|votre commande}… ; sans --text : la "
        "colonne « message » de la liste",
    )
    p.add_argument(
        "--template",
        metavar="NOM",
        help="le texte d'un modèle enregistré (ellipses-sms template list) ; son type aussi, "
        "sauf --kind",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="montrer chaque message et le total, sans rien envoyer ni inscrire",
    )
    p.add_argument(
        "--consent-confirmed",
        action="store_true",
        help="marketing : j'ai l'accord des destinataires absents de la base librairie",
    )
    p.add_argument("--provider", metavar="NOM", help="fournisseur (par défaut : celui réglé)")
    p.add_argument("--sender", metavar="S", help="nom d'expéditeur")
    p.add_argument(
        "--kind",
        choices=[str(k) for k in SEND_KINDS],
        help="notification (par défaut, ou le type du modèle) ou marketing",
    )
    p.add_argument("--wait", action="store_true", help="attendre les accusés de réception")
    p.add_argument(
        "--at",
        type=_parse_when,
        metavar="DATE HEURE",
        help="programmer l'envoi (ex. « 24/12/2026 09:00 », heure locale)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        metavar="S",
        help="attente maximale de la commande (nouvel essai, accusés avec --wait)",
    )
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_send)

    p = sub.add_parser("resume", help="terminer les envois interrompus")
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--resend-uncertain", action="store_true", help="renvoyer les messages incertains"
    )
    group.add_argument(
        "--abandon-uncertain", action="store_true", help="abandonner les messages incertains"
    )
    p.add_argument(
        "--timeout", type=float, metavar="S", help="attente maximale (par défaut : wait_timeout)"
    )
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_resume)

    p = sub.add_parser("outbox", help="les envois programmés ou en attente")
    ob = p.add_subparsers(
        dest="outbox_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    q = ob.add_parser("list", help="ce qui attend son heure")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    for action, helptext in (
        ("cancel", "annuler un envoi programmé"),
        ("now", "l'envoyer maintenant"),
    ):
        q = ob.add_parser(action, help=helptext)
        q.add_argument("job", type=int, metavar="ENVOI", help="le numéro de l'envoi")
    p.set_defaults(func=cmd_outbox)

    p = sub.add_parser(
        "service", help="envoyer sans fenêtre : envois dus, reprises, accusés (Ctrl-C : arrêt)"
    )
    p.add_argument(
        "--interval", type=float, default=5.0, metavar="S", help="secondes entre deux tours (5)"
    )
    p.add_argument("--once", action="store_true", help="un seul tour, puis quitter")
    p.set_defaults(func=cmd_service)

    p = sub.add_parser("history", help="l'historique des messages envoyés")
    p.add_argument("--from", dest="date_from", type=_parse_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_parse_date, metavar="DATE")
    p.add_argument("--status", choices=("all", "success", "failure", "pending"), default="all")
    p.add_argument("--search", metavar="TEXTE", help="numéro ou nom du client")
    p.add_argument("--export", metavar="FICHIER", help="exporter en .xlsx ou .csv")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("consumption", help="la consommation mensuelle de SMS")
    p.add_argument("--months", type=int, default=12, metavar="N", help="nombre de mois (12)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_consumption)

    p = sub.add_parser("list", help="listes de diffusion")
    lists = p.add_subparsers(
        dest="list_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    q = lists.add_parser("check", help="ce qu'une liste importerait, et chaque ligne refusée")
    q.add_argument("file", metavar="FICHIER")
    q.add_argument("--region", metavar="CC", help="pays par défaut (FR par défaut)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(func=cmd_list_check)

    p = sub.add_parser("provider", help="fournisseurs SMS : lister, ajouter, tester…")
    prov = p.add_subparsers(
        dest="provider_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    q = prov.add_parser("list", help="les fournisseurs configurés")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q = prov.add_parser("types", help="les types de fournisseurs et leurs clés")
    for action, helptext in (
        ("add", "ajouter un fournisseur"),
        ("edit", "modifier un fournisseur"),
    ):
        q = prov.add_parser(action, help=helptext)
        q.add_argument("name", metavar="NOM")
        if action == "add":
            q.add_argument("--type", required=True, metavar="TYPE", help="kannel, http, ovh…")
            q.add_argument(
                "--default", action="store_true", help="en faire le fournisseur par défaut"
            )
        q.add_argument(
            "--set", action="append", metavar="CLÉ=VALEUR", help="un réglage ; répétable"
        )
        q.add_argument(
            "--secret",
            action="append",
            metavar="CLÉ[=VALEUR]",
            help="un secret (gardé dans le trousseau) ; sans valeur : demandé",
        )
    for action, helptext in (
        ("remove", "supprimer un fournisseur (et ses secrets)"),
        ("default", "choisir le fournisseur par défaut"),
        ("test", "tester la connexion (aucun SMS envoyé)"),
        ("balance", "le crédit restant"),
        ("stop-import", "importer la liste STOP du fournisseur dans les désinscrits"),
        ("replies", "les SMS reçus : réponses des clients, STOP"),
    ):
        q = prov.add_parser(action, help=helptext)
        q.add_argument("name", metavar="NOM")
    q = prov.add_parser(
        "failover",
        help="le fournisseur de secours (les messages que le premier n'a certainement pas reçus)",
    )
    q.add_argument("name", metavar="NOM", nargs="?", help="sans NOM : dire lequel est réglé")
    q.add_argument("--off", action="store_true", help="plus de fournisseur de secours")
    prov.choices["balance"].add_argument(
        "--parts",
        type=int,
        metavar="N",
        help="vérifier que le crédit couvre N SMS (sortie 1 s'il ne suffit pas)",
    )
    prov.choices["remove"].add_argument(
        "--default",
        dest="new_default",
        metavar="NOM",
        help="s'il était le fournisseur par défaut : celui qui le remplace (« sandbox » : le "
        "bac à sable, aucun SMS réel)",
    )
    q = prov.add_parser("keyring", help="où sont gardés les mots de passe")
    group = q.add_mutually_exclusive_group()
    group.add_argument(
        "--allow-file",
        action="store_true",
        help="sans trousseau : autoriser un fichier local NON CHIFFRÉ (lisible par vous seul)",
    )
    group.add_argument("--forbid-file", action="store_true", help="retirer cette autorisation")
    p.set_defaults(func=cmd_provider)
    _add_import_commands(sub)
    cli_templates.add_commands(sub)
    from ellipses_sms import cli_optout  # optout, replies

    cli_optout.add_commands(sub)
    from ellipses_sms import cli_bookstore  # bookstore check

    cli_bookstore.add_commands(sub)
    return parser


def _open_window(parser: argparse.ArgumentParser | None) -> int:
    try:
        from ellipses_sms.ui.app import run as run_window
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("ellipses_sms.ui"):
            (parser or build_parser()).print_help()
            return EXIT_OK
        _qt_missing(exc)
        raise
    except Exception as exc:  # Qt is there but cannot load (a DLL this Windows lacks)
        _qt_missing(exc)
        raise
    return run_window()


def _qt_missing(exc: BaseException) -> None:
    """Qt cannot load, so no Qt dialog: the log, and on Windows the system's own message box.

    `EllipsesSMS.exe` runs `pythonw.exe`, which has no console: without this, a double-click
    that fails to open the window would show nothing at all.
    """
    from ellipses_sms.app import setup_logging

    setup_logging()
    log.error("the window cannot open: Qt failed to load", exc_info=exc)
    if sys.platform == "win32" and sys.stderr is None:
        import ctypes

        text = (
            "Ellipses SMS ne peut pas ouvrir sa fenêtre : la bibliothèque Qt ne se charge pas "
            f"({exc}).\n\nDétails dans le journal : {paths.log_file()}"
        )
        ctypes.windll.user32.MessageBoxW(None, text, "Ellipses SMS", 0x10)  # MB_ICONERROR


_NEVER_FAILS = frozenset({"replace", "backslashreplace", "xmlcharrefreplace", "namereplace"})


def _configure_streams(json_output: bool = False) -> None:
    """No text may crash the output, and `--json` is always UTF-8.

    Windows pipes and consoles are cp1252 (or cp850): an emoji or a « ≠ » there used to end the
    command with « charmap ». What the stream's encoding cannot show becomes « ? »; JSON is
    written in UTF-8, which is what a program reading it expects.
    """
    for stream, utf8 in ((sys.stdout, json_output), (sys.stderr, False)):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # replaced by a test or an embedding program: leave it be
            continue
        try:
            if utf8 and (stream.encoding or "").lower().replace("-", "") != "utf8":
                reconfigure(encoding="utf-8", errors="strict")
            elif stream.errors not in _NEVER_FAILS:  # strict, or surrogateescape (embeddable)
                reconfigure(errors="replace")
        except (OSError, ValueError):  # a closed or detached stream
            continue


def main(argv: Sequence[str] | None = None) -> int:
    _configure_streams()
    if not (sys.argv[1:] if argv is None else argv):  # the window: no command parser to build
        try:  # (nor the commands' imports: the window shows first, see bench/bench_startup.py)
            return _open_window(None)
        except Exception as exc:
            return _report(exc)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors (2), --help and --version (0)
        return int(exc.code or 0)
    _configure_streams(json_output=bool(getattr(args, "json", False)))
    try:
        if not getattr(args, "command", None):
            return _open_window(parser)
        return args.func(args)
    except UsageError as exc:
        print(f"ellipses-sms : erreur : {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        return _report(exc)


def _report(exc: Exception) -> int:
    """One French line on stderr; the traceback goes to the log file."""
    from ellipses_sms.gateway import GatewayError, UnknownProvider
    from ellipses_sms.history import ExportError
    from ellipses_sms.listfiles import ListFileError
    from ellipses_sms.providers import ProviderError
    from ellipses_sms.secrets import SecretsError
    from ellipses_sms.sending import SendError
    from ellipses_sms.store import StoreError

    known = (
        CommandError,
        ExportError,
        ListFileError,
        ProviderError,
        SecretsError,
        SendError,
        StoreError,
        GatewayError,
        UnknownProvider,
        ValueError,
        OSError,
    )
    if isinstance(exc, known):
        message = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        print(f"ellipses-sms : {message}", file=sys.stderr)
        log.info("command failed: %s", message)
        return EXIT_FAILED
    logging.getLogger(__name__).exception("unexpected error")
    print(
        f"ellipses-sms : erreur inattendue ({type(exc).__name__}: {exc}). "
        f"Détails dans le journal : {paths.log_file()}",
        file=sys.stderr,
    )
    return EXIT_FAILED
