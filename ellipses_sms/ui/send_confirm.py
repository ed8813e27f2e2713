"""« Confirmer l'envoi »: the real thing, before it costs money.

Why a dialog of its own (the old one was a question box with the template's count): the clerk
must see what one customer will actually receive — the longest message, as a phone shows it,
each part apart — the total parts and cost as every customer's own message counts them, who
will not receive it and why, and can first text themselves a real example (« M'envoyer un test »,
to the number kept in Paramètres) before sending to everyone. « Annuler » is the default button.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms import sms
from ellipses_sms.lazy import lazy_module
from ellipses_sms.ui.message_preview import money
from ellipses_sms.ui.reason_text import labelled, reason_text

if TYPE_CHECKING:
    from ellipses_sms import compose

phone = lazy_module("ellipses_sms.phone", globals())  # phonenumbers: at the first confirmation

#: At most this many refused recipients are listed (the count says the rest).
MAX_LISTED = 500


def example_index(c: compose.Composition, preferred: int | None = None) -> int | None:
    """The message shown: the selected recipient's if it goes, else the longest one."""
    if preferred is not None and 0 <= preferred < len(c) and preferred not in c.refusals:
        return preferred
    return c.longest


class PhoneView(QFrame):
    """A message as the phone shows it: each part in its own bubble, numbered 1/2, 2/2…"""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneView")
        parts = sms.split(text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        locale = QLocale()
        self.bubbles: list[QLabel] = []
        for n, part in enumerate(parts, 1):
            if len(parts) > 1:
                head = QLabel(
                    self.tr("SMS %1 / %2")
                    .replace("%1", locale.toString(n))
                    .replace("%2", locale.toString(len(parts))),
                    self,
                )
                head.setStyleSheet("color: #666; font-size: small;")
                layout.addWidget(head)
            bubble = QLabel(part, self)
            bubble.setObjectName(f"part{n}")
            bubble.setWordWrap(True)
            bubble.setTextFormat(Qt.TextFormat.PlainText)
            bubble.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bubble.setStyleSheet(
                "QLabel { background: #e9f1ff; border: 1px solid #b9cdf0; border-radius: 10px;"
                " padding: 6px 8px; color: #111; }"
            )
            layout.addWidget(bubble)
            self.bubbles.append(bubble)
        layout.addStretch(1)


class ConfirmSendDialog(QDialog):
    """The send as it will go; `exec()` is Accepted only for « Envoyer »."""

    def __init__(
        self,
        composition: compose.Composition,
        *,
        provider: str,
        kind: str,
        settings: Any,
        send_test: Callable[[str, str, Callable[[str], None]], None] | None = None,
        credit: Callable[[int, Callable[[Any], None]], None] | None = None,
        preferred: int | None = None,
        notes: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirmer l'envoi"))
        self.setObjectName("confirmSend")
        self.composition = c = composition
        self.settings = settings
        self._send_test = send_test
        locale = QLocale()
        self.example = example_index(c, preferred)

        layout = QVBoxLayout(self)
        self.heading = head = QLabel(self)
        head.setObjectName("confirmHeading")
        font = head.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        head.setFont(font)
        head.setText(
            (
                self.tr("Envoyer ce message à %1 destinataire ?")
                if c.to_send == 1
                else self.tr("Envoyer ce message à %1 destinataires ?")
            ).replace("%1", locale.toString(c.to_send))
        )
        layout.addWidget(head)

        facts = [
            self.tr("%1 SMS au total, coût estimé %2")
            .replace("%1", locale.toString(c.total_parts))
            .replace("%2", money(c.cost)),
        ]
        if c.max_parts > 1:
            facts.append(
                self.tr("jusqu'à %1 SMS par message").replace("%1", locale.toString(c.max_parts))
            )
        if c.unicode_count:
            facts.append(
                self.tr("%1 en Unicode (70 caractères par SMS)").replace(
                    "%1", locale.toString(c.unicode_count)
                )
            )
        facts.append(self.tr("Fournisseur : %1").replace("%1", html.escape(provider)))
        if kind == "marketing":
            facts.append(
                self.tr("Publicité : les clients qui ont répondu STOP ne le recevront pas.")
            )
        facts += [html.escape(note) for note in notes]
        self.facts = QLabel("<br>".join(facts), self)
        self.facts.setObjectName("confirmFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)

        self.refused: QLabel | None = None
        if c.refusals:
            layout.addWidget(self._refused_box(c))

        self.phone: PhoneView | None = None
        if self.example is not None:
            who = c.recipients[self.example]
            m = c.message(self.example)
            title = QLabel(
                self.tr("Ce que recevra %1 (%2) :")
                .replace("%1", html.escape(who.name or phone.display(who.number)))
                .replace("%2", html.escape(phone.display(who.number))),
                self,
            )
            title.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(title)
            self.phone = PhoneView(m.text, self)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(self.phone)
            scroll.setMinimumHeight(120)
            scroll.setMaximumHeight(300)
            layout.addWidget(scroll, 1)

        self.credit_state = QLabel(self)
        self.credit_state.setObjectName("creditState")
        self.credit_state.setWordWrap(True)
        self.credit_state.setVisible(False)
        layout.addWidget(self.credit_state)

        self.test_state = QLabel(self)
        self.test_state.setObjectName("testState")
        self.test_state.setWordWrap(True)
        layout.addWidget(self.test_state)

        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton(
            self.tr("Envoyer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("confirmSendButton")
        self.cancel_button = buttons.addButton(
            self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.test_button = QPushButton(self.tr("M'envoyer un test"), self)
        self.test_button.setObjectName("sendTest")
        self.test_button.setToolTip(
            self.tr("Envoie ce message d'exemple à votre numéro (réglé dans Paramètres)")
        )
        self.test_button.setVisible(send_test is not None and self.example is not None)
        self.test_button.clicked.connect(self.send_test)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.send_button.setEnabled(c.to_send > 0)
        self.credit = None  # the provider's CreditCheck, once it answered
        if credit is not None and c.total_parts > 0:
            self.credit_state.setText(self.tr("Crédit du fournisseur : vérification…"))
            self.credit_state.setVisible(True)
            credit(c.total_parts, self._credit_known)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.resize(560, min(self.sizeHint().height(), 640))

    def plain_text(self) -> str:
        """What the dialog says, as plain text (the log, the tests)."""
        from PySide6.QtGui import QTextDocumentFragment

        parts = [
            self.heading.text(),
            QTextDocumentFragment.fromHtml(self.facts.text()).toPlainText(),
        ]
        if self.refused is not None:
            parts.append(self.refused.text())
        if self.credit_state.text():
            parts.append(self.credit_state.text())
        if self.phone is not None:
            parts.append("\n".join(b.text() for b in self.phone.bubbles))
        return "\n".join(parts)

    def _refused_box(self, c: compose.Composition) -> QWidget:
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        reasons = Counter(c.refusals.values()).most_common(3)
        label = QLabel(
            (
                self.tr("%1 destinataire ne le recevra pas :")
                if len(c.refusals) == 1
                else self.tr("%1 destinataires ne le recevront pas :")
            ).replace("%1", locale.toString(len(c.refusals)))
            + " "
            + "; ".join(f"{reason_text(reason)} ({locale.toString(n)})" for reason, n in reasons),
            box,
        )
        label.setObjectName("confirmRefused")
        self.refused = label
        label.setWordWrap(True)
        label.setStyleSheet("color: #b3261e;")
        v.addWidget(label)
        listing = QPlainTextEdit(box)
        listing.setObjectName("refusedList")
        listing.setReadOnly(True)
        lines = []
        for i, reason in list(c.refusals.items())[:MAX_LISTED]:
            r = c.recipients[i]
            who = f"{r.name} ({phone.display(r.number)})".strip()
            lines.append(labelled(who, reason_text(reason)))
        if len(c.refusals) > MAX_LISTED:
            lines.append("…")
        listing.setPlainText("\n".join(lines))
        listing.setMaximumHeight(90)
        v.addWidget(listing)
        return box

    def _credit_known(self, check: Any) -> None:
        """The credit check's answer (None: not checked); too little credit forbids « Envoyer »."""
        self.credit = check
        if check is None:
            self.credit_state.setVisible(False)
            return
        self.credit_state.setText(reason_text(check.sentence))
        if check.enough is False:
            self.credit_state.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.send_button.setEnabled(False)
        elif check.warning:
            self.credit_state.setStyleSheet("color: #8a4b00;")
        else:
            self.credit_state.setStyleSheet("color: #555;")

    # -- « M'envoyer un test » --------------------------------------------------------------

    def send_test(self) -> None:
        """Text the example to the clerk's own number; asked once and kept in the settings."""
        if self._send_test is None or self.example is None:
            return
        number = str(self.settings.get("test_number") or "").strip()
        if not number:
            number, ok = QInputDialog.getText(
                self,
                self.tr("M'envoyer un test"),
                self.tr("Votre numéro de portable (gardé dans Paramètres) :"),
                QLineEdit.EchoMode.Normal,
            )
            number = number.strip()
            if not ok or not number:
                return
            parsed = phone.parse(number, str(self.settings.get("region") or "FR"))
            if not parsed.valid:
                self.test_state.setText(parsed.message or self.tr("Numéro invalide."))
                self.test_state.setStyleSheet("color: #b3261e;")
                return
            self.settings.set("test_number", number)
            self.settings.save()
        text = self.composition.message(self.example).text
        self.test_button.setEnabled(False)
        self.test_state.setStyleSheet("")
        self.test_state.setText(self.tr("Envoi du test au %1…").replace("%1", number))
        self._send_test(number, text, self._test_done)

    def _test_done(self, sentence: str) -> None:
        self.test_button.setEnabled(True)
        self.test_state.setText(reason_text(sentence))
