"""The « À propos » dialog and a start-up failure shown in a dialog."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QMessageBox

from ellipses_sms import __version__, paths
from ellipses_sms.ui import about


def test_about_dialog_tells_version_and_log_and_copies_them(qtbot, window):
    action = about.decorate(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Aide" and action.text() == "À propos d'Ellipses SMS…"
    assert not window.windowIcon().isNull()
    dialog = about.AboutDialog(window)
    qtbot.addWidget(dialog)
    assert str(paths.log_file()) in dialog.details.text()
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"Ellipses SMS {__version__}\n") and "Python 3." in copied


def test_about_in_english(qtbot, window):
    from ellipses_sms.ui.i18n import install_translations

    app = QApplication.instance()
    translators = install_translations(app, "en")
    try:
        dialog = about.AboutDialog(window)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "About Ellipses SMS"
        assert dialog.copy_button.text() == "Copy"
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_startup_failure_is_shown_in_a_dialog_and_logged(qtbot, home, monkeypatch, caplog):
    import ellipses_sms.ui.app as ui_app

    def broken(*args, **kwargs):
        raise OSError("la base des messages est verrouillée")

    shown: list[str] = []
    monkeypatch.setattr(ui_app, "build_services", broken)
    # no translator left installed on the shared QApplication for the tests after this one
    monkeypatch.setattr(ui_app, "install_translations", lambda app, language: [])
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    with caplog.at_level(logging.ERROR):
        assert ui_app.run([]) == 1
    assert len(shown) == 1
    assert "n'a pas pu démarrer" in shown[0] and "verrouillée" in shown[0]
    assert str(paths.log_file()) in shown[0]
    assert "start-up failed" in caplog.text
