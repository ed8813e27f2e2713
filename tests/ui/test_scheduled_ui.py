"""« Envoyer plus tard… » and « Envois programmés » (issue 14): a send given a time waits for
it in the store, is listed with « Annuler » and « Envoyer maintenant », and goes once."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime

from ellipses_sms import paths
from ellipses_sms.recipients import make
from ellipses_sms.states import JobState
from ellipses_sms.ui import modal

WAIT = 30_000


def received() -> list[str]:
    path = paths.data_dir() / "sandbox.sqlite3"
    if not path.exists():
        return []
    with sqlite3.connect(path) as conn:
        return [n for (n,) in conn.execute("SELECT number FROM sbx_messages")]


def schedule(qtbot, window, monkeypatch, hours: int = 3) -> datetime:
    from ellipses_sms.ui.scheduled_dialog import WhenDialog

    chosen = {}

    def answer(dialog):
        when = QDateTime.currentDateTime().addSecs(hours * 3600)
        dialog.edit.setDateTime(when)
        chosen["utc"] = dialog.when_utc()
        return WhenDialog.DialogCode.Accepted

    monkeypatch.setattr(modal, "run_dialog", answer)
    window.send_later()
    qtbot.waitUntil(lambda: "programmé" in window.send_bar.send_state.text(), timeout=WAIT)
    return chosen["utc"]


def test_a_send_given_a_time_waits_for_it_and_is_listed(qtbot, window, boxes, monkeypatch):
    window.model.add_recipients([make("Claire", "0612345678"), make("Paul", "0781223344")])
    window.editor.set_text("Votre commande est arrivée")
    at = schedule(qtbot, window, monkeypatch)
    assert received() == []  # nothing went
    (job,) = window.services.dispatcher.scheduled_jobs()
    assert abs(job.not_before - at) < timedelta(seconds=61) and job.left == 2
    assert "programmé le" in boxes.texts("information")[-1]
    from ellipses_sms.ui.scheduled_dialog import ScheduledDialog

    d = ScheduledDialog(window.services, window)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.table.rowCount() == 1 and not d.busy(), timeout=WAIT)
    assert d.table.item(0, 3).text() == "Votre commande est arrivée"
    assert d.table.item(0, 2).text() == "2 sur 2"
    d.table.selectRow(0)
    d.send_now()
    qtbot.waitUntil(lambda: d.table.rowCount() == 0 and not d.busy(), timeout=WAIT)
    assert sorted(received()) == ["+33612345678", "+33781223344"]  # once each
    d.reject()


def test_a_scheduled_send_can_be_cancelled_and_never_goes(qtbot, window, boxes, monkeypatch):
    window.model.add_recipients([make("Claire", "0612345678")])
    window.editor.set_text("Rappel : votre commande vous attend")
    schedule(qtbot, window, monkeypatch)
    from ellipses_sms.ui.scheduled_dialog import ScheduledDialog

    d = ScheduledDialog(window.services, window)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.table.rowCount() == 1 and not d.busy(), timeout=WAIT)
    d.table.selectRow(0)
    job_id = d.selected_job()
    d.cancel_job()  # asked, answered yes by boxes
    qtbot.waitUntil(lambda: d.table.rowCount() == 0 and not d.busy(), timeout=WAIT)
    assert window.services.dispatcher.summary(job_id).state == JobState.CANCELLED
    window.services.dispatcher.resume_all()
    assert received() == []
    d.reject()
