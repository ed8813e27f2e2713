"""Where the window's own questions are shown: one place that tests answer instead of a clerk.

A question built by the window (resume an interrupted send, quit with a list, a date to send
later) goes through `ask` or `run_dialog`; the GUI tests replace these two functions to answer
without a modal loop that would wait for a mouse forever.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the types only: building QMessageBox's is not for every start
    from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox


def ask(box: QMessageBox) -> QAbstractButton | None:
    """Show a message box and return the button clicked (None: closed with Escape)."""
    box.exec()
    return box.clickedButton()


def run_dialog(dialog: QDialog) -> int:
    """Show a dialog modally and return its result code."""
    return dialog.exec()
