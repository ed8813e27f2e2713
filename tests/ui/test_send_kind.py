"""The « Type » choice (Information client / Publicité) follows the list it belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ellipses_sms.recipients import make


def test_tout_effacer_goes_back_to_information_client(qtbot, window, boxes):
    window.add_recipients([make("Claire", "0612345678"), make("Jean", "0612345679")])
    window.set_kind("marketing")  # a campaign list (a marketing import, or chosen by hand)
    boxes.answer = QMessageBox.StandardButton.No
    window.clear_all()
    assert window.model.rowCount() == 2 and window.kind() == "marketing"  # nothing cleared
    boxes.answer = QMessageBox.StandardButton.Yes
    window.clear_all()
    assert window.model.rowCount() == 0
    assert window.kind() == "notification"
    assert window.message.kind_combo.currentText() == "Information client"
