"""A send from the window, from « Envoyer » to the end notice: render every customer's message,
confirm with a real example, journal the job, send it off the GUI thread, follow its statuses,
cancel, continue a cancelled send, resume an interrupted one, or schedule it for later.

Exactly once is the dispatcher's (the journal decides in the database); this controller only
starts its work on a `TaskRunner` and shows what the `EventRelay` reports. No store call runs
on the GUI thread: each one is a task, and its answer comes back as a callback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ellipses_sms import recipients, sending
from ellipses_sms.lazy import lazy_module
from ellipses_sms.states import WAITING, JobState, MessageState, SendKind
from ellipses_sms.ui import marketing, modal
from ellipses_sms.ui.bridge import EventRelay
from ellipses_sms.ui.message_panel import MessagePanel
from ellipses_sms.ui.message_preview import can_compose
from ellipses_sms.ui.reason_text import reason_text
from ellipses_sms.ui.recipient_model import RecipientTableModel
from ellipses_sms.ui.recipients_panel import RecipientsPanel
from ellipses_sms.ui.send_bar import SendBar
from ellipses_sms.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from ellipses_sms.sending import JobSummary

# the placeholders' rendering, imported at the first send: the window shows before it
compose = lazy_module("ellipses_sms.compose", globals())
consent = lazy_module("ellipses_sms.consent", globals())  # the bookstore database: SQLAlchemy
queries = lazy_module("ellipses_sms.store.queries", globals())


class SendController(QObject):
    """Drives a send. `lockChanged(True)` while one runs (the window locks the table and the
    message); `closeRequested` once a send the clerk stopped to quit has ended; `ended` after
    the end notice; `status` a line for the status bar."""

    lockChanged = Signal(bool)
    closeRequested = Signal()
    ended = Signal(object)  # the JobSummary, once the clerk was told
    status = Signal(str, int)

    def __init__(
        self,
        services: Any,
        model: RecipientTableModel,
        table: RecipientsPanel,
        message: MessagePanel,
        bar: SendBar,
        send_action: QAction,
        resume_action: QAction,
        poller: Any | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = services.settings
        self.model = model
        self.table = table
        self.message = message
        self.bar = bar
        self.poller = poller
        self._send_action = send_action
        self._resume_action = resume_action
        self.tasks = TaskRunner(self, workers=2, name="gui-send")
        self.relay = EventRelay(services.bus, self)
        self.relay.jobCreated.connect(self._on_job_created)
        self.relay.messagesChanged.connect(self._on_messages_changed)
        self.relay.progress.connect(self._on_progress)

        self.close_after_send = False  # the clerk asked to quit: close once the send stopped
        self._running: Task | None = None  # the send itself
        self._cancel: threading.Event | None = None
        self._preparing: Task | None = None  # rendering the send before its confirmation
        self._pending_rows: list | None = None
        self._job_id: int | None = None
        self._resume_queue: list[int] = []
        self._cancelled_job: int | None = None  # a send the clerk cancelled, to continue
        self._ended: JobSummary | None = None  # the last send's end, kept up to date by reports
        #: (recipients, text) of the last send that went: quitting then loses nothing.
        self.sent_snapshot: tuple | None = None

        bar.send_button.clicked.connect(self.send)
        bar.cancel_button.clicked.connect(self.cancel)
        bar.resume_cancelled_button.clicked.connect(self.resume_cancelled)

    # -- state ----------------------------------------------------------------------------

    def is_sending(self) -> bool:
        return self._running is not None

    def is_preparing(self) -> bool:
        """Rendering every message before the confirmation (a big list takes a moment)."""
        return self._preparing is not None

    def has_message(self) -> bool:
        """A text, or a list whose « message » column gives each row its own."""
        if self.message.text().strip():
            return True
        return self.model.rowCount() > 0 and can_compose(self.model.recipients(), "")

    def update_enabled(self) -> None:
        ready = self.model.rowCount() > 0 and self.has_message()
        enabled = ready and not self.is_sending()
        self._send_action.setEnabled(enabled)
        self.bar.send_button.setEnabled(enabled)

    def table_changed(self) -> None:
        """The recipients changed: a cancelled send can no longer be continued from them."""
        if not self.is_sending() and self._cancelled_job is not None:
            self._forget_cancelled()

    # -- from « Envoyer » to the confirmation ----------------------------------------------

    def send(self) -> None:
        """Render every customer's message, confirm with a real example, then send."""
        self._send(None)

    def send_later(self) -> None:
        """« Envoyer plus tard… »: the same send, journaled due at the chosen time."""
        from ellipses_sms.ui.scheduled_dialog import WhenDialog

        if self.is_sending() or self.is_preparing():
            return
        dialog = WhenDialog(self.parent())
        if modal.run_dialog(dialog) != WhenDialog.DialogCode.Accepted:
            return
        self._send(dialog.when_utc())

    def _send(self, at) -> None:
        """The send, now (`at` None) or journaled due at `at` (naive UTC)."""
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        if self.is_sending() or self.is_preparing():
            return
        window, title = self.parent(), self.tr("Envoyer")
        text = self.message.text()
        if not self.model.rowCount():
            QMessageBox.warning(window, title, self.tr("Ajoutez au moins un destinataire."))
            return
        if not self.has_message():
            QMessageBox.warning(window, title, self.tr("Le message est vide."))
            self.message.editor.edit.setFocus()
            return
        if not self.message.check_sender():
            QMessageBox.warning(
                window,
                title,
                self.tr("Le nom d'expéditeur ne convient pas : %1").replace(
                    "%1", self.message.sender_error.text()
                ),
            )
            self.message.sender_edit.setFocus()
            return
        self.message.save_sender()
        rows = self.model.snapshot()
        people = self.model.recipients()
        provider, kind = self.message.provider(), self.message.kind()
        ready = self.message.composition(people)
        if ready is not None and kind != SendKind.MARKETING:
            self._confirm(rows, text, ready, None, at)
            return
        # 100,000 rows take a moment to render, a marketing send looks each customer's
        # agreement up in the bookstore database: off the GUI thread, the window stays usable
        settings, carrier = self.settings, self.services.gateways.carrier

        def prepare():
            made = compose.for_send(people, text, settings, provider=carrier(provider), kind=kind)
            unknown: list[int] = []
            if kind == SendKind.MARKETING:
                found = consent.check(people, settings)
                made.refuse(found.refusals)
                unknown = [i for i in found.unknown if i not in made.refusals]
            return made.count(), unknown  # its figures counted here, not on the GUI thread

        self.bar.say(self.tr("Préparation de l'envoi…"))
        self._send_action.setEnabled(False)
        self.bar.send_button.setEnabled(False)
        self._preparing = self.tasks.run(
            prepare,
            lambda done: self._prepared(rows, people, text, *done, at),
            self._prepare_failed,
        )

    def _prepared(self, rows, people, text: str, composition, unknown: list[int], at) -> None:
        self._preparing = None
        self.bar.say("")
        self.update_enabled()
        if people is not self.model.recipients() or text != self.message.text():
            return  # the table or the text changed meanwhile: the clerk presses Envoyer again
        confirmed = None
        if unknown:  # a marketing send to numbers on no customer card: the clerk vouches, once
            if marketing.ask_consent(self.parent(), len(unknown)):
                confirmed = len(unknown)
            else:
                composition.refuse(dict.fromkeys(unknown, marketing.NOT_CONFIRMED))
        self._confirm(rows, text, composition, confirmed, at)

    def _prepare_failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        self._preparing = None
        self.bar.say("")
        self.update_enabled()
        QMessageBox.warning(self.parent(), self.tr("Envoyer"), reason_text(str(exc)))
        self.message.editor.edit.setFocus()

    def _confirm(self, rows, text: str, composition, consent_confirmed, at=None) -> None:
        from ellipses_sms.ui.send_confirm import ConfirmSendDialog  # at the first send

        kind = self.message.kind()
        dialog = ConfirmSendDialog(
            composition,
            provider=self.message.provider_label(),
            kind=kind,
            settings=self.settings,
            send_test=self.send_test,
            credit=self.credit_check,
            preferred=self.table.current_row(),
            notes=marketing.confirm_notes(self.settings) if kind == SendKind.MARKETING else (),
            parent=self.parent(),
        )
        if dialog.exec() != ConfirmSendDialog.DialogCode.Accepted:
            return
        job_text = composition.template if composition.template is not None else text
        options = {
            "provider": self.message.provider(),
            "sender": self.message.sender(),
            "kind": kind,
            "texts": [
                t if i not in composition.refusals else (composition.template or "")
                for i, t in enumerate(composition.texts)
            ],
            "refusals": composition.template_refusals,
            "consent_confirmed": consent_confirmed,
        }
        people = composition.recipients
        if at is not None:
            self._schedule(people, job_text, at, options)
            return
        dispatcher, cancel = self.services.dispatcher, threading.Event()

        def work() -> JobSummary:
            job_id = dispatcher.create_job(
                people, job_text or compose.PER_ROW_TEXT, source="gui", **options
            )
            return dispatcher.run(job_id, cancel)

        self._pending_rows = rows
        self._start(work, cancel, len(rows))

    def _schedule(self, people, job_text: str | None, at, options: dict) -> None:
        """Journal the send due at `at` (naive UTC); the window's service or `ellipses-sms
        service` sends it then, once, even after a restart."""
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        dispatcher = self.services.dispatcher

        def work():
            return dispatcher.create_job(
                people,
                job_text or compose.PER_ROW_TEXT,
                source="gui",
                not_before=at,
                claim=False,
                **options,
            )

        def done(job_id: int) -> None:
            when = queries.utc_to_local(at)
            locale = QLocale()
            sentence = (
                self.tr(
                    "Envoi n° %1 programmé le %2 à %3 : il partira de cette fenêtre ou du "
                    "service, même après un redémarrage (Suivi › Envois programmés)."
                )
                .replace("%1", str(job_id))
                .replace("%2", locale.toString(when.date(), QLocale.FormatType.ShortFormat))
                .replace("%3", locale.toString(when.time(), QLocale.FormatType.ShortFormat))
            )
            self.bar.say(sentence)
            QMessageBox.information(self.parent(), self.tr("Envoi programmé"), sentence)

        self.tasks.run(work, done, self._prepare_failed)

    def credit_check(self, parts: int, done: Callable) -> None:
        """The provider's credit against the send's parts, off the GUI thread (it asks the
        provider); `done(CreditCheck | None)` on the GUI thread."""
        from ellipses_sms import providers

        name, gateways = self.message.provider(), self.services.gateways
        price = float(self.settings.get("price_per_part") or 0.0)

        def work():
            if gateways.carrier(name) is None:
                return None
            return providers.credit_check(gateways, name, parts, price_per_part=price)

        self.tasks.run(work, done, lambda exc: done(None), long=True)

    def send_test(self, number: str, text: str, done: Callable[[str], None]) -> None:
        """« M'envoyer un test »: the example to the clerk's number, journaled like any send."""
        who = recipients.make(self.tr("Test"), number, str(self.settings.get("region") or "FR"))
        options = {
            "provider": self.message.provider(),
            "sender": self.message.sender(),
            "kind": self.message.kind(),
        }
        dispatcher = self.services.dispatcher

        def work() -> JobSummary:
            job_id = dispatcher.create_job([who], text, source="gui-test", texts=[text], **options)
            return dispatcher.run(job_id, threading.Event())

        self.tasks.run(work, lambda s: done(s.sentence()), lambda exc: done(str(exc)), long=True)

    # -- running --------------------------------------------------------------------------

    def _start(
        self, work: Callable[[], JobSummary], cancel: threading.Event, total: int, done: int = 0
    ) -> None:
        self._cancel = cancel
        self._ended = None
        self.bar.started(total, done)
        self._running = self.tasks.run(work, self._finished, self._failed, long=True, cancel=cancel)
        self.lockChanged.emit(True)
        self.update_enabled()

    def cancel(self) -> None:
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.bar.cancelling()

    def _on_job_created(self, job_id: int, total: int) -> None:
        if self._pending_rows is not None and self.is_sending():
            self.model.track(job_id, self._pending_rows)
            self._pending_rows = None
            self._job_id = job_id

    def _on_messages_changed(self, job_id: int, updates: list) -> None:
        self.model.apply_updates(job_id, updates)
        ended = self._ended
        if ended is not None and job_id == ended.job_id and not self.is_sending():
            # reports that come after the end notice: the line under the table follows them
            later = sending.JobSummary(
                ended.job_id, ended.state, ended.total, self.model.counts(), ended.error
            )
            self.bar.say(reason_text(later.sentence()))

    def _on_progress(self, job_id: int, done: int, total: int, counts=None) -> None:
        if job_id == self._job_id and self.is_sending():
            self.bar.advanced(done, total, counts or {})

    def _stopped(self) -> None:
        self.relay.flush_all()  # the last statuses before the notice
        self._running = None
        self._cancel = None
        self._pending_rows = None
        self.bar.ended()
        self.lockChanged.emit(False)
        self.update_enabled()
        if self.poller is not None:
            self.poller.poke()

    def _finished(self, summary: JobSummary) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        self._stopped()
        self._ended = summary
        cancelled = summary.state == JobState.CANCELLED and summary.count(MessageState.CANCELLED)
        self.sent_snapshot = (self.model.recipients(), self.message.text())
        self._cancelled_job = summary.job_id if cancelled else None
        self._resume_action.setEnabled(bool(cancelled))
        self.bar.offer_resume(bool(cancelled))
        sentence = reason_text(summary.sentence())
        self.bar.say(sentence)
        if self.close_after_send:
            self.closeRequested.emit()
            return
        QMessageBox.information(self.parent(), self.tr("Envoi"), sentence)
        self.ended.emit(summary)
        if self._resume_queue:
            self.resume_job(self._resume_queue.pop(0))

    def _failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        self._stopped()
        if isinstance(exc, sending.SendError | LookupError):
            text = reason_text(str(exc))
        else:
            text = self.tr("L'envoi s'est arrêté sur une erreur inattendue : %1").replace(
                "%1", str(exc)
            )
        self.bar.say(text)
        if self.close_after_send:
            self.closeRequested.emit()
            return
        QMessageBox.warning(self.parent(), self.tr("Envoi impossible"), text)

    # -- continuing -----------------------------------------------------------------------

    def _forget_cancelled(self) -> None:
        self._cancelled_job = None
        self._resume_action.setEnabled(False)
        self.bar.offer_resume(False)

    def resume_cancelled(self) -> None:
        """« Reprendre l'envoi annulé »: what the cancel stopped goes now, nothing twice."""
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        job_id = self._cancelled_job
        if job_id is None or self.is_sending():
            return
        left = self.model.counts().get(MessageState.CANCELLED, 0)
        answer = QMessageBox.question(
            self.parent(),
            self.tr("Reprendre l'envoi annulé"),
            self.tr("Envoyer les %1 message(s) que l'annulation a arrêtés ?").replace(
                "%1", QLocale().toString(left)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._forget_cancelled()
        dispatcher, cancel = self.services.dispatcher, threading.Event()
        self._job_id = job_id
        total = self.model.rowCount()
        self._start(
            lambda: dispatcher.resume_cancelled(job_id, cancel), cancel, total, total - left
        )

    def resume_job(self, job_id: int) -> None:
        """Show an interrupted job's recipients and send what is left of it."""
        if self.is_sending():
            self._resume_queue.append(job_id)
            return
        dispatcher = self.services.dispatcher
        self.tasks.run(
            lambda: (dispatcher.messages(job_id), dispatcher.job_details(job_id)[0]),
            lambda found: self._resume_loaded(job_id, *found),
            lambda exc: self.status.emit(str(exc), 10000),
        )

    def resume_queue(self, job_ids: list[int]) -> None:
        """Resume these interrupted jobs one after the other."""
        if job_ids:
            self._resume_queue.extend(job_ids[1:])
            self.resume_job(job_ids[0])

    def _resume_loaded(self, job_id: int, messages: list, job: Any) -> None:
        """The interrupted job's messages: shown with its text and type, then sent."""
        if not messages or self.is_sending():
            return
        dispatcher = self.services.dispatcher
        self.model.show_job(job_id, messages)
        self.message.editor.set_text(messages[0].text)
        self.message.set_kind(job.kind)  # a resumed campaign stays « Publicité »
        self._job_id = job_id
        cancel = threading.Event()
        done = sum(1 for m in messages if m.state not in WAITING)
        self._start(lambda: dispatcher.run(job_id, cancel), cancel, len(messages), done)

    def close(self) -> None:
        self.relay.close()
        self.tasks.close()
