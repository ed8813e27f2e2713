"""Fixtures of the window tests: message boxes answered at once, a quick report poller."""

from __future__ import annotations

import pytest


class Boxes:
    """Records what the window asked or told; answers questions with `answer`."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.answer = QMessageBox.StandardButton.Yes
        self.shown: list[tuple[str, str, str]] = []
        self.confirmations: list = []  # the ConfirmSendDialogs shown, to look inside
        self.defaults: list = []  # the default button of each of the window's own boxes
        self.close_answer = "discard"  # at quit: "save", "discard" or "cancel"

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _, text in self.shown if kind is None or k == kind]


@pytest.fixture
def boxes(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    record = Boxes()

    def make(kind, default):
        def box(parent, title, text, *args, **kwargs):
            record.shown.append((kind, title, text))
            return record.answer if kind == "question" else default

        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "question", make("question", None))
    monkeypatch.setattr(
        QMessageBox, "information", make("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "warning", make("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", make("critical", QMessageBox.StandardButton.Ok))

    from ellipses_sms.ui.send_confirm import ConfirmSendDialog

    def confirm(dialog):  # the send's confirmation is answered like a question
        record.shown.append(("question", dialog.windowTitle(), dialog.plain_text()))
        record.confirmations.append(dialog)
        yes = record.answer == QMessageBox.StandardButton.Yes
        return (
            ConfirmSendDialog.DialogCode.Accepted if yes else ConfirmSendDialog.DialogCode.Rejected
        )

    monkeypatch.setattr(ConfirmSendDialog, "exec", confirm)

    from ellipses_sms.ui import modal

    def exec_box(box):  # the window's own message boxes: Yes = the accepting button
        record.shown.append(
            ("question", box.windowTitle(), f"{box.text()}\n{box.informativeText()}")
        )
        record.defaults.append(box.defaultButton().text() if box.defaultButton() else None)
        if box.objectName() == "closeQuestion":  # quitting: as `close_answer` says
            return next(b for b in box.buttons() if b.objectName() == record.close_answer)
        if record.answer != QMessageBox.StandardButton.Yes:
            return box.defaultButton()
        accept = QMessageBox.ButtonRole.AcceptRole
        return next((b for b in box.buttons() if box.buttonRole(b) == accept), None)

    monkeypatch.setattr(modal, "ask", exec_box)
    return record


@pytest.fixture
def poller(services):
    from ellipses_sms.sending import ReportPoller

    p = ReportPoller(services.dispatcher, 0.05)
    p.start()
    yield p
    p.stop()


@pytest.fixture
def french(qapp):
    """The French translators, as the window installs them: the plural forms of counts (%n)."""
    from PySide6.QtCore import QCoreApplication

    from ellipses_sms.ui.i18n import install_translations

    translators = install_translations(qapp, "fr")
    yield translators
    for t in translators:
        QCoreApplication.removeTranslator(t)


@pytest.fixture
def window(qtbot, services, poller, boxes, french):
    from ellipses_sms.ui.main_window import MainWindow

    w = MainWindow(services, poller, check_unfinished=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.is_sending():
        w.cancel_send()
        qtbot.waitUntil(lambda: not w.is_sending(), timeout=30_000)
    w.relay.close()


@pytest.fixture(autouse=True)
def french_locale():
    """Numbers as the French interface shows them (« 0,56 € »), whatever the machine's locale."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield


@pytest.fixture(autouse=True)
def gui_thread_collector(qapp):
    """As in the window (`ui.app.run`): cyclic garbage collected on the GUI thread only.

    Without it a window or dialog of one test, caught in a reference cycle, was destroyed by a
    collection that ran on a later test's worker thread (a segmentation fault).
    """
    from ellipses_sms.ui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector()
    yield collector
    collector.stop()  # what is left is collected here, on the GUI thread
