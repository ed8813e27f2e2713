"""After a crash or a power cut: the sends left unfinished and the messages whose fate is
uncertain, found at start and put to the clerk.

What counts as unfinished or uncertain is the dispatcher's (`recover`, `uncertain_messages`),
decided in the journal; this module asks, with the safe answer as the default (resuming sends
SMS: the clerk says so), and hands the resume to the `SendController`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QWidget

from ellipses_sms.lazy import lazy_module
from ellipses_sms.states import WAITING
from ellipses_sms.ui import modal
from ellipses_sms.ui.send_controller import SendController
from ellipses_sms.ui.tasks import TaskRunner

queries = lazy_module("ellipses_sms.store.queries", globals())

#: The start-up question shows this many unfinished sends in full, then « … et N autres ».
SHOWN_JOBS = 5
#: And this many uncertain recipients.
SHOWN_UNCERTAIN = 10


class Recovery(QObject):
    """Looks for what an interruption left, off the GUI thread, and asks the clerk."""

    def __init__(self, services: Any, sending: SendController, parent: QWidget) -> None:
        super().__init__(parent)
        self.dispatcher = services.dispatcher
        self.sending = sending
        self.tasks = TaskRunner(self, workers=1, name="gui-recover")

    def check(self) -> None:
        """Look for jobs a crash left unfinished and messages whose fate is uncertain."""
        dispatcher = self.dispatcher

        def work():
            unfinished = dispatcher.recover()
            return unfinished, dispatcher.uncertain_messages(), self._details(unfinished)

        self.tasks.run(work, self._offer)

    def _details(self, unfinished: list[int]) -> list:
        """On a worker thread: what the start-up question shows of each unfinished job."""
        return [self.dispatcher.job_details(job_id) for job_id in unfinished[:SHOWN_JOBS]]

    def _offer(self, found: tuple) -> None:
        unfinished, uncertain, details = found
        dispatcher = self.dispatcher
        if uncertain:
            decision = self.ask_uncertain(uncertain)
            if decision is not None:
                ids = [m.id for m in uncertain]

                def settle():
                    dispatcher.settle_uncertain(ids, resend=decision == "resend")
                    again = dispatcher.unfinished_jobs()
                    return again, [], self._details(again)

                self.tasks.run(settle, self._offer)
                return
        if unfinished:
            self.ask_resume(unfinished, details)

    def ask_resume(self, unfinished: list[int], details: list) -> None:
        """« Un envoi n'a pas été terminé »: its text, date and counts; « Plus tard » is the
        default (resuming sends SMS: the clerk says so)."""
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        locale = QLocale()
        lines = []
        for job, counts in details:
            left = sum(n for state, n in counts.items() if state in WAITING)
            done = sum(n for state, n in counts.items() if state not in WAITING)
            when = queries.utc_to_local(job.created_at)
            text = " ".join(str(job.text or "").split())
            text = text if len(text) <= 70 else text[:69] + "…"
            lines.append(
                self.tr("Envoi du %1 à %2 : « %3 »")
                .replace("%1", locale.toString(when.date(), QLocale.FormatType.ShortFormat))
                .replace("%2", locale.toString(when.time(), QLocale.FormatType.ShortFormat))
                .replace("%3", text)
                + "\n"
                + self.tr("%1 envoyé(s) ou réglé(s), %2 restant à envoyer")
                .replace("%1", locale.toString(done))
                .replace("%2", locale.toString(left))
            )
        if len(unfinished) > len(details):
            lines.append(
                self.tr("… et %1 autre(s) envoi(s)").replace(
                    "%1", locale.toString(len(unfinished) - len(details))
                )
            )
        box = QMessageBox(self.parent())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Envoi interrompu"))
        box.setText(
            self.tr("Un envoi n'a pas été terminé.")
            if len(unfinished) == 1
            else self.tr("%1 envois n'ont pas été terminés.").replace(
                "%1", locale.toString(len(unfinished))
            )
        )
        box.setInformativeText("\n\n".join(lines) + "\n\n" + self.tr("Le reprendre maintenant ?"))
        resume = box.addButton(self.tr("Reprendre l'envoi"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Plus tard"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.setEscapeButton(later)
        if modal.ask(box) is resume:
            self.sending.resume_queue(unfinished)

    def ask_uncertain(self, uncertain: list) -> str | None:
        """The clerk's choice on uncertain messages: "resend", "abandon" or None (later)."""
        from PySide6.QtWidgets import QMessageBox  # its type and enums: not at start-up

        shown = "\n".join(
            f"  • {m.name or ''} {m.number}".rstrip() for m in uncertain[:SHOWN_UNCERTAIN]
        )
        if len(uncertain) > SHOWN_UNCERTAIN:
            shown += "\n  • …"
        box = QMessageBox(self.parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Envois incertains"))
        box.setText(
            self.tr(
                "Un envoi a été interrompu : le fournisseur a peut-être reçu %Ln message(s),"
                " sans qu'on puisse le vérifier.",
                "",
                len(uncertain),
            )
        )
        box.setInformativeText(
            self.tr(
                "Les renvoyer risque un doublon chez ces clients ; les abandonner risque "
                "qu'ils ne reçoivent rien."
            )
            + "\n\n"
            + shown
        )
        resend = box.addButton(self.tr("Renvoyer"), QMessageBox.ButtonRole.AcceptRole)
        abandon = box.addButton(self.tr("Abandonner"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Décider plus tard"), QMessageBox.ButtonRole.RejectRole)
        clicked = modal.ask(box)
        if clicked is resend:
            return "resend"
        if clicked is abandon:
            return "abandon"
        return None

    def close(self) -> None:
        self.tasks.close()
