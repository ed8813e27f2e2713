"""Small pieces the Paramètres tabs share: a duration typed in seconds, minutes or hours, the
red line under a form that says what cannot be kept, and the indented fields under a choice.

Settings hold durations in seconds (`retry_max_delay` = 300); a clerk reads « 5 min ». The
widget shows the largest unit that says the value exactly and gives seconds back.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"

#: The units offered, in seconds.
UNITS = (1, 60, 3600)


class DurationEdit(QWidget):
    """A number and its unit (s, min, h); `seconds()` and `set_seconds()` speak seconds."""

    changed = Signal()

    def __init__(
        self, seconds: float, minimum: int = 0, maximum: int = 86_400, parent=None
    ) -> None:
        super().__init__(parent)
        self._minimum, self._maximum = minimum, maximum
        self.number = QSpinBox()
        self.number.setRange(0, maximum)
        self.unit = QComboBox()
        for size, label in zip(UNITS, (self.tr("s"), self.tr("min"), self.tr("h")), strict=True):
            self.unit.addItem(label, size)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.set_seconds(seconds)
        self.number.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)

    def set_seconds(self, seconds: float) -> None:
        seconds = round(max(self._minimum, min(self._maximum, float(seconds))))
        size = next((u for u in reversed(UNITS) if seconds >= u and seconds % u == 0), 1)
        self.unit.blockSignals(True)
        self.unit.setCurrentIndex(self.unit.findData(size))
        self.unit.blockSignals(False)
        self.number.setMaximum(self._maximum // size)
        self.number.setValue(seconds // size)

    def seconds(self) -> int:
        value = self.number.value() * int(self.unit.currentData())
        return max(self._minimum, min(self._maximum, value))

    def text(self) -> str:
        """« 5 min », as the sentences under the form say it."""
        return f"{self.number.value()} {self.unit.currentText()}"

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.number.setAccessibleName(name)
        self.unit.setAccessibleName(self.tr("%1 (unité)").replace("%1", name))

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.number.setToolTip(text)

    def _unit_changed(self) -> None:
        size = int(self.unit.currentData())
        self.number.setMaximum(self._maximum // size)
        self.changed.emit()


class ProblemLabel(QLabel):
    """The red line where a tab says what it cannot keep; it takes no room while empty."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setVisible(False)

    def setText(self, text: str) -> None:  # Qt's name
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def problem_label() -> ProblemLabel:
    return ProblemLabel()


def compact(widget: QWidget) -> QWidget:
    """A field at its natural width in a form that otherwise stretches its fields."""
    host = QWidget()
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return host


def indented_form(rows: Iterable[tuple[str, QWidget]]) -> QFormLayout:
    """The fields under a choice (« Un serveur de base de données »), indented below it; each
    field is named for screen readers after its label (« Serveur : » → « Serveur »)."""
    form = QFormLayout()
    form.setContentsMargins(24, 0, 0, 0)
    for label, widget in rows:
        widget.setAccessibleName(label.rstrip(" :"))
        form.addRow(label, widget)
    return form


def set_form_enabled(form: QFormLayout, enabled: bool) -> None:
    """Grey out (or not) every label and field of a form."""
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
            item = form.itemAt(row, role)
            if item is not None and item.widget() is not None:
                item.widget().setEnabled(enabled)
