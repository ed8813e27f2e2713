"""Under the message box: what the selected customer will receive, and the whole send's count.

Why: with placeholders the text typed is not what is sent. « Bonjour {prenom} » counts its braces;
Claire receives « Bonjour Claire ». The clerk sees, as they type, the selected recipient's own
message with its count, « jusqu'à N SMS » for the longest one, how many recipients would be
refused and why, and the total parts and cost of the send.

The selected recipient is rendered at once on the GUI thread (one message). The whole send (up
to 100,000 rows) is composed on a worker thread, at most one at a time, a short while after the
last key press; a result that no longer matches the text or the table is dropped. The last
composition is kept: the send's confirmation uses it when it still matches, instead of
rendering everything again.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ellipses_sms import sms
from ellipses_sms.lazy import lazy_module
from ellipses_sms.recipients import Recipient
from ellipses_sms.ui.reason_text import reason_text
from ellipses_sms.ui.tasks import TaskRunner

# the rendering (phonenumbers, the regex module) is imported at the first preview, not before
# the window shows (`bench/bench_startup.py`)
compose = lazy_module("ellipses_sms.compose", globals())
templates = lazy_module("ellipses_sms.templates", globals())
html = lazy_module("html", globals())

log = logging.getLogger(__name__)

#: How long after the last key press the whole send is composed again (ms).
DEBOUNCE_MS = 250


class Snapshot(NamedTuple):  # a NamedTuple, not a dataclass: ~1 ms less of every start
    """What a composition was made of: the text and the table's recipient list.

    The table hands out the same list object until its rows change (`RecipientTableModel.
    recipients`), so « still the same send » is one comparison, at every key press, at any size.
    """

    text: str
    recipients: Sequence[Recipient]
    provider: str | None = None
    kind: str = "notification"

    def matches(
        self,
        text: str,
        recipients: Sequence[Recipient],
        provider: str | None = None,
        kind: str = "notification",
    ) -> bool:
        return (
            text == self.text
            and recipients is self.recipients
            and provider == self.provider
            and kind == self.kind
        )


def can_compose(recipients: Sequence[Recipient], text: str) -> bool:
    """A text, or a list whose « message » column gives each row its own."""
    return bool(text.strip()) or compose.message_field(recipients) is not None


def money(value: float) -> str:
    return QLocale().toString(value, "f", 2) + " €"


class MessagePreview(QWidget):
    """The selected recipient's rendering and the send's totals; `composition()` for the send."""

    #: The composition matching the current text and table is ready (or None: an error).
    composed = Signal()

    def __init__(
        self,
        settings: Any,
        recipients: Callable[[], list[Recipient]],
        carrier: Callable[[str | None], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._recipients = recipients
        self._carrier = carrier  # provider name → its gateway; called on the worker thread
        self._provider: str | None = None
        self._kind = "notification"
        self._limit: tuple[str, int] | None = None  # the provider's name and max_parts
        self._text = ""
        self._selected: Recipient | None = None
        self._result: compose.Composition | None = None
        self._result_of: Snapshot | None = None
        self._error: str | None = None
        self._running = False
        self._cancel = threading.Event()  # the running composition's: set once it is stale
        self._tasks = TaskRunner(self, workers=1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

        self.own = QLabel(self)
        self.own.setObjectName("previewOwn")
        self.own.setWordWrap(True)
        self.own.setTextFormat(Qt.TextFormat.RichText)
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals = QLabel(self)
        self.totals.setObjectName("previewTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.own)
        layout.addWidget(self.totals)
        self.own.setVisible(False)
        self.totals.setVisible(False)
        self.setVisible(False)

    # -- inputs ---------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        self._text = text
        self._render_selected()
        self.schedule()

    def set_selected(self, recipient: Recipient | None) -> None:
        self._selected = recipient
        self._render_selected()

    def set_provider(self, name: str | None) -> None:
        """The provider chosen: its limits and number rule change who would be refused."""
        if name != self._provider:
            self._provider = name
            self.schedule()

    def provider(self) -> str | None:
        return self._provider

    def set_kind(self, kind: str) -> None:
        """« Publicité » adds the STOP mention to every message: counted again."""
        if kind != self._kind:
            self._kind = kind
            self._render_selected()
            self.schedule()

    def kind(self) -> str:
        return self._kind

    def schedule(self) -> None:
        """The text or the table changed: compose the whole send again shortly.

        A composition still running is stale from now on: it stops at its next slice of rows
        (`templates.Cancelled`) rather than hold the interpreter the GUI thread needs while
        the clerk types over a big list (`bench/bench_gui.py`).
        """
        self._cancel.set()
        self._timer.start()

    # -- outputs --------------------------------------------------------------------------

    def composition(
        self,
        text: str,
        recipients: Sequence[Recipient],
        provider: str | None = None,
        kind: str = "notification",
    ) -> compose.Composition | None:
        """The last composition if it is of exactly this text, these recipients, this
        provider and this kind."""
        done, of = self._result, self._result_of
        if done is not None and of is not None and of.matches(text, recipients, provider, kind):
            return done
        return None

    def is_busy(self) -> bool:
        return self._running or self._timer.isActive()

    def error(self) -> str | None:
        """The template's problem for the whole send (unknown placeholder, syntax), if any."""
        return self._error

    # -- the selected recipient -----------------------------------------------------------

    def _subject(self) -> Recipient | None:
        if self._selected is not None:
            return self._selected
        people = self._recipients()
        return people[0] if people else None

    def _render_selected(self) -> None:
        text = self._text
        who = self._subject()
        has_fields = bool(text.strip()) and "{" in text
        shown = has_fields or not text.strip() or self._kind == "marketing"  # what differs
        if who is None or not shown:
            self.own.setText("")
            self.own.setVisible(False)
            self._update_visible()
            return
        label = html.escape(who.name or who.number)
        try:
            # the send's own rule for one recipient (fields, per-row message, STOP mention)
            composition = compose.for_send([who], text, self.settings, kind=self._kind)
            m = composition.message(0)
            rendered = templates.Rendered(m.text, sms.analyze(m.text), m.refusal)
        except (templates.TemplateError, ValueError) as exc:
            self.own.setText(
                "<span style='color:#b3261e'>"
                + html.escape(reason_text(str(exc).splitlines()[0]))
                + "</span>"
            )
        else:
            if rendered.refusal:
                body = self.tr("%1 : non envoyé, %2").replace("%1", label)
                body = body.replace("%2", html.escape(reason_text(rendered.refusal)))
                self.own.setText(f"<span style='color:#b3261e'>{body}</span>")
            else:
                info = rendered.info
                encoding = "GSM" if info.encoding is sms.Encoding.GSM7 else self.tr("Unicode")
                count = (
                    self.tr("%1 SMS, %2")
                    .replace("%1", QLocale().toString(info.segments))
                    .replace("%2", encoding)
                )
                self.own.setText(
                    self.tr("Pour %1 : « %2 » (%3)")
                    .replace("%1", f"<b>{label}</b>")
                    .replace("%3", count)
                    .replace("%2", html.escape(rendered.text).replace("\n", "<br>"))
                )
        self.own.setVisible(True)
        self._update_visible()

    # -- the whole send -------------------------------------------------------------------

    def _start(self) -> None:
        if self._running:
            return  # the result's arrival starts the next one
        people = self._recipients()
        text = self._text
        if not people or not can_compose(people, text):
            self._result, self._result_of, self._error = None, None, None
            self.totals.setText("")
            self.totals.setVisible(False)
            self._update_visible()
            return
        snapshot = Snapshot(text, people, self._provider, self._kind)
        settings, carrier = self.settings, self._carrier
        self._running = True
        self._cancel = cancel = threading.Event()

        def work():
            gateway = carrier(snapshot.provider) if carrier is not None else None
            limit = (gateway.name, gateway.max_parts) if gateway is not None else None
            try:
                made = compose.for_send(
                    snapshot.recipients,
                    snapshot.text,
                    settings,
                    provider=gateway,
                    kind=snapshot.kind,
                    cancelled=cancel.is_set,
                )
            except templates.Cancelled:
                return None, None, limit  # stale: its arrival starts the current one
            except (templates.TemplateError, ValueError) as exc:
                return None, str(exc), limit
            return made.count(), None, limit  # its figures counted here, not on the GUI thread

        self._tasks.run(work, lambda result: self._arrived(snapshot, result), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        log.error("preview failed: %s", exc)

    def _arrived(self, snapshot: Snapshot, result: tuple) -> None:
        self._running = False
        composition, error, self._limit = result
        if not snapshot.matches(self._text, self._recipients(), self._provider, self._kind):
            self._start()  # stale: the clerk typed or the table changed meanwhile
            return
        self._result, self._result_of, self._error = composition, snapshot, error
        if error is not None:
            self.totals.setText(
                "<span style='color:#b3261e'>"
                + "<br>".join(html.escape(reason_text(line)) for line in error.splitlines())
                + "</span>"
            )
        else:
            self.totals.setText(self.describe(composition))
        self.totals.setVisible(True)
        self._update_visible()
        self.composed.emit()

    def describe(self, c: compose.Composition) -> str:
        """« jusqu'à 2 SMS (François) · coût estimé 0,21 € », then who is refused and why."""
        locale = QLocale()
        bits = []
        if c.max_parts > 1 and c.longest is not None:
            who = c.recipients[c.longest]
            bits.append(
                self.tr("jusqu'à %1 SMS (%2)")
                .replace("%1", locale.toString(c.max_parts))
                .replace("%2", html.escape(who.name or who.number))
            )
        if self._limit is not None and self._limit[1] and c.max_parts > 1:
            name, most = self._limit
            bits.append(
                self.tr("au plus %1 SMS par message avec « %2 »")
                .replace("%1", locale.toString(most))
                .replace("%2", html.escape(name))
            )
        bits.append(self.tr("coût estimé %1").replace("%1", money(c.cost)))
        if c.unicode_count:
            bits.append(self.tr("%1 en Unicode").replace("%1", locale.toString(c.unicode_count)))
        text = " · ".join(bits)
        if c.refusals:
            reasons = Counter(c.refusals.values()).most_common(2)
            shown = "; ".join(
                f"{html.escape(reason_text(r))} ({locale.toString(n)})" for r, n in reasons
            )
            refused = (
                self.tr("%1 destinataire ne le recevra pas : %2")
                if len(c.refusals) == 1
                else self.tr("%1 destinataires ne le recevront pas : %2")
            )
            text += (
                "<br><span style='color:#b3261e'>"
                + refused.replace("%1", locale.toString(len(c.refusals))).replace("%2", shown)
                + "</span>"
            )
        return text

    def _update_visible(self) -> None:
        self.setVisible(not self.own.isHidden() or not self.totals.isHidden())

    def close_tasks(self) -> None:
        self._timer.stop()
        self._tasks.close()
