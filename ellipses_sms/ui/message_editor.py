"""The message box that counts as the clerk types (sms.analyze) and fixes Unicode in one click.

A single character outside the GSM-7 alphabet (ô, œ, a typographic apostrophe from Word) makes
the whole message Unicode: 70 characters per SMS instead of 160, so often twice the price. The
clerk sees which characters do it and can replace them by their GSM-7 spelling, then undo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import sms
from ellipses_sms.lazy import lazy_module

html = lazy_module("html", globals())  # at the first character to show: not before the window


def _shown(grapheme: str) -> str:
    """A character as the clerk can see it, highlighted (spaces and invisible ones get a name)."""
    names = {
        "\u00a0": "espace insécable",
        "\u202f": "espace fine insécable",
        "\t": "tabulation",
        "\u200b": "espace de largeur nulle",
        "\u00ad": "trait d'union conditionnel",
    }
    if grapheme in names:
        text = names[grapheme]
    elif not grapheme.isprintable():
        text = f"U+{ord(grapheme[0]):04X}"
    else:
        text = grapheme
    return f"<b style='background:#ffe2b0'>&nbsp;{html.escape(text)}&nbsp;</b>"


class MessageEditor(QWidget):
    """Text box + live counter + « which characters force Unicode » + transliterate/undo."""

    textChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recipients = 0
        self._exact: int | None = None  # the send's parts as rendered per recipient, once known
        self._restoring = False
        self.info = sms.analyze("")

        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("message")
        self.edit.setPlaceholderText(self.tr("Tapez ici le message à envoyer…"))
        self.edit.setTabChangesFocus(True)
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.edit.setFont(font)
        self.edit.setAccessibleName(self.tr("Message"))

        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        self.counter.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.counter.font())
        bold.setBold(True)
        self.total = QLabel(self)
        self.total.setObjectName("total")
        self.total.setFont(bold)

        self.unicode_note = QLabel(self)
        self.unicode_note.setObjectName("unicodeNote")
        self.unicode_note.setWordWrap(True)
        self.unicode_note.setTextFormat(Qt.TextFormat.RichText)
        self.unicode_note.setStyleSheet("color: #8a4b00;")
        self.unicode_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.fix_button = QPushButton(self.tr("Remplacer ces caractères"), self)
        self.fix_button.setObjectName("transliterate")
        self.fix_button.setToolTip(
            self.tr(
                "Remplace les caractères qui imposent l'Unicode par leur équivalent simple "
                '(ô → o, œ → oe, « → "), pour payer moins de SMS.'
            )
        )
        self.undo_button = QPushButton(self.tr("Annuler le remplacement"), self)
        self.undo_button.setObjectName("undoTransliterate")
        self.fix_button.clicked.connect(self.transliterate)
        self.undo_button.clicked.connect(self.undo_transliteration)

        counters = QHBoxLayout()
        counters.setContentsMargins(0, 0, 0, 0)
        counters.addWidget(self.counter, 1)
        counters.addWidget(self.total)
        fix = QHBoxLayout()
        fix.setContentsMargins(0, 0, 0, 0)
        fix.addWidget(self.unicode_note, 1)
        fix.addWidget(self.fix_button)
        fix.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addLayout(counters)
        layout.addLayout(fix)

        self.edit.textChanged.connect(self._on_text_changed)
        self._before: str | None = None
        self._refresh()

    # -- public ---------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def set_read_only(self, read_only: bool) -> None:
        """While a send runs, the text it uses is shown but cannot change."""
        self.edit.setReadOnly(read_only)
        self.fix_button.setEnabled(not read_only)
        self.undo_button.setEnabled(not read_only)

    def set_recipient_count(self, count: int) -> None:
        self._recipients = count
        self._exact = None
        self._refresh_total()

    def set_exact_total(self, parts: int | None) -> None:
        """The parts of the send as each customer's own message counts them (the preview's)."""
        self._exact = parts
        self._refresh_total()

    def total_parts(self) -> int:
        """Exact once the preview has rendered every message; the template's count until then."""
        if self._exact is not None:
            return self._exact
        return self.info.segments * self._recipients

    # -- transliteration ------------------------------------------------------------------

    def transliterate(self) -> None:
        """Replace the non-GSM characters in one undoable edit (Ctrl+Z also undoes it)."""
        preview = sms.preview_transliteration(self.text())
        if preview.result == preview.original and preview.original == self.text():
            return
        self._before = self.text()
        self._replace_all(preview.result)
        self.undo_button.setVisible(True)

    def undo_transliteration(self) -> None:
        if self._before is None:
            return
        before, self._before = self._before, None
        self._replace_all(before)
        self.undo_button.setVisible(False)

    def _replace_all(self, text: str) -> None:
        self._restoring = True
        try:
            cursor = self.edit.textCursor()
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()
        finally:
            self._restoring = False
        self._refresh()

    # -- counting -------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if not self._restoring and self._before is not None:
            self._before = None  # the clerk typed: the old text is no longer "before"
            self.undo_button.setVisible(False)
        self._exact = None
        self._refresh()
        self.textChanged.emit()

    def _refresh(self) -> None:
        info = self.info = sms.analyze(self.text())
        encoding = (
            self.tr("GSM (160 caractères par SMS)")
            if info.encoding == sms.Encoding.GSM7
            else self.tr("Unicode (70 caractères par SMS)")
        )
        if info.segments > 1:
            encoding = (
                self.tr("GSM (153 caractères par SMS)")
                if info.encoding == sms.Encoding.GSM7
                else self.tr("Unicode (67 caractères par SMS)")
            )
        self.counter.setText(
            " · ".join(
                (
                    self.tr("%Ln caractère(s)", "", info.characters),
                    self.tr("%Ln SMS", "", info.segments),
                    encoding,
                    self.tr("reste(nt) %Ln", "", info.remaining),
                )
            )
        )
        if info.non_gsm:
            shown = ", ".join(_shown(g) for g in info.non_gsm[:12])
            if len(info.non_gsm) > 12:
                shown += ", …"
            self.unicode_note.setText(
                self.tr("Passent le message en Unicode : %1").replace("%1", shown)
            )
            preview = sms.preview_transliteration(self.text())
            can_fix = bool(preview.replacements)
            self.fix_button.setVisible(can_fix)
            if preview.remaining_non_gsm:
                self.unicode_note.setText(
                    self.unicode_note.text()
                    + " "
                    + self.tr("(à retirer à la main : %1)").replace(
                        "%1", ", ".join(_shown(g) for g in preview.remaining_non_gsm[:6])
                    )
                )
        else:
            self.unicode_note.setText("")
            self.fix_button.setVisible(False)
        self.unicode_note.setVisible(bool(info.non_gsm))
        self.undo_button.setVisible(self._before is not None)
        self._refresh_total()

    def _refresh_total(self) -> None:
        self.total.setText(
            self.tr("Total : %1 pour %2")
            .replace("%1", self.tr("%Ln SMS", "", self.total_parts()))
            .replace("%2", self.tr("%Ln destinataire(s)", "", self._recipients))
        )
