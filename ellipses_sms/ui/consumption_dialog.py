"""The consumption window: how many SMS the bookstore used each month, and what they cost.

Per month: messages, SMS parts (the provider's credits), delivered, failed and an estimated
cost from the price per part (editable here, kept in the settings), as a table and as a bar
chart; and the credit left at the provider when it tells it. The figures come from
`history.consumption`, the same as `ellipses-sms consumption`.
"""

from __future__ import annotations

import logging
import math
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms.history import MonthUsage, consumption
from ellipses_sms.pricing import estimated_cost
from ellipses_sms.ui.report_dialog import fit_to_screen
from ellipses_sms.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

BAR = QColor("#2f6fb0")


def nice_scale(value: float) -> tuple[float, int]:
    """The chart's top line just above `value` and how many round steps divide it.

    1, 2, 2.5 or 5 × 10ⁿ, cut in steps that are round too (0, 1 000, 2 000 … not 1 250).
    """
    if value <= 0:
        return 1.0, 4
    power = 10 ** math.floor(math.log10(value))
    for lead, steps in ((1, 5), (2, 4), (2.5, 5), (5, 5), (10, 5)):
        if value <= lead * power:
            return lead * power, steps
    return 10 * power, 5


class BarChart(QWidget):
    """Vertical bars with their value on top and their label below, drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.values: list[float] = []
        self.empty_text = ""
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, title: str, labels: list[str], values: list[float]) -> None:
        self.title, self.labels, self.values = title, list(labels), list(values)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        locale = QLocale()
        metrics = self.fontMetrics()
        line = metrics.height()
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(
            QRectF(0, 0, self.width(), line + 4), Qt.AlignmentFlag.AlignHCenter, self.title
        )
        painter.setFont(self.font())
        top_value, steps = nice_scale(max(self.values, default=0))
        axis_width = metrics.horizontalAdvance(locale.toString(int(top_value))) + 10
        left, right = axis_width + 4, 8
        top, bottom = line * 2 + 8, line * 2 + 10
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        if plot.width() <= 10 or plot.height() <= 10:
            return
        # horizontal grid lines with their values
        for step in range(steps + 1):
            value = top_value * step / steps
            y = plot.bottom() - plot.height() * step / steps
            painter.setPen(
                QPen(grid, 1, Qt.PenStyle.SolidLine if step == 0 else Qt.PenStyle.DotLine)
            )
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - line / 2, axis_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                locale.toString(int(value)) if value == int(value) else locale.toString(value),
            )
        if not any(self.values):
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        count = max(1, len(self.values))
        slot = plot.width() / count
        bar_width = max(4.0, slot * 0.62)
        for i, value in enumerate(self.values):
            x = plot.left() + slot * i + (slot - bar_width) / 2
            height = plot.height() * (value / top_value) if top_value else 0
            bar = QRectF(x, plot.bottom() - height, bar_width, height)
            if value:
                painter.fillRect(bar, BAR)
                label = locale.toString(int(value))
                if metrics.horizontalAdvance(label) <= slot:
                    painter.setPen(text)
                    painter.drawText(
                        QRectF(plot.left() + slot * i, bar.top() - line - 2, slot, line),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        label,
                    )
            if i < len(self.labels):
                painter.setPen(text)
                painter.drawText(
                    QRectF(plot.left() + slot * i, plot.bottom() + 4, slot, line * 2 + 4),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    self.labels[i],
                )
        painter.end()


class ConsumptionDialog(QDialog):
    """« Consommation » : the SMS used per month, their estimated cost, the credit left."""

    # The figures are in the table and the chart (tests and the main window can wait on it).
    loaded = Signal()
    # The provider's credit line is known (or known to be missing).
    balanceLoaded = Signal()

    COLUMNS = 6

    def __init__(self, services: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Consommation de SMS"))
        fit_to_screen(self, 860, 700)
        self.setSizeGripEnabled(True)
        self.runner = TaskRunner(self)
        self.usage: list[MonthUsage] = []
        self._price_saved = services.settings.get("price_per_part")
        self._generation = 0
        self._closed = False

        self.months = QSpinBox()
        self.months.setRange(1, 36)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" derniers mois"))
        self.months.valueChanged.connect(self.refresh)
        self.price = QDoubleSpinBox()
        self.price.setDecimals(3)
        self.price.setRange(0, 10)
        self.price.setSingleStep(0.005)
        self.price.setSuffix(" €")
        self.price.setValue(self._price_saved)
        self.price.setToolTip(
            self.tr("Le prix que votre fournisseur facture pour un SMS (une partie de message)")
        )
        self.price.valueChanged.connect(self._show_usage)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Période :")))
        top.addWidget(self.months)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Prix d'un SMS :")))
        top.addWidget(self.price)
        top.addStretch(1)

        self.balance_label = QLabel(self.tr("Crédit restant chez le fournisseur : …"))
        self.balance_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mois"),
                self.tr("Messages"),
                self.tr("SMS utilisés"),
                self.tr("Remis"),
                self.tr("Échecs"),
                self.tr("Coût estimé"),
            ]
        )
        self.table.horizontalHeaderItem(2).setToolTip(
            self.tr("Les crédits consommés : un message long compte pour plusieurs SMS.")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        # a year and its total without scrolling
        self.table.setMinimumHeight((self.fontMetrics().height() + 8) * 14 + 8)
        self.chart = BarChart()
        self.chart.empty_text = self.tr("Aucun SMS envoyé sur cette période")
        note = QLabel(
            self.tr(
                "Coût estimé = SMS utilisés × prix d'un SMS. Les messages refusés avant l'envoi "
                "(numéro invalide, client désinscrit) ne consomment pas de crédit."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.balance_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chart, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.refresh()
        self._load_balance()

    # -- figures -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the months again (off the GUI thread: a year can be a million messages)."""
        self._generation += 1
        generation, months, store = self._generation, self.months.value(), self.services.store

        def done(usage: list[MonthUsage]) -> None:
            if generation != self._generation:
                return
            self.usage = usage
            self._show_usage()
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.table.setRowCount(0)
            self.chart.set_data(self.tr("Lecture impossible : %1").replace("%1", str(exc)), [], [])
            self.loaded.emit()

        self.runner.run(lambda: consumption(store, months, 0.0), done, failed)

    def price_per_part(self) -> float:
        return round(self.price.value(), 3)

    def _show_usage(self) -> None:
        locale = QLocale()
        price = self.price_per_part()
        self.table.setRowCount(len(self.usage) + 1)
        totals = [0, 0, 0, 0]
        for row, u in enumerate(self.usage):
            values = (u.messages, u.parts, u.delivered, u.failed)
            totals = [t + v for t, v in zip(totals, values, strict=True)]
            cost = estimated_cost(u.parts, price)
            self._set_row(row, self.month_name(u.month), values, cost, bold=False)
        total = estimated_cost(totals[1], price)
        self._set_row(len(self.usage), self.tr("Total"), totals, total, bold=True)
        labels = []
        for i, u in enumerate(self.usage):
            short = locale.standaloneMonthName(u.month.month, QLocale.FormatType.ShortFormat)
            year = f"\n{u.month.year}" if i == 0 or u.month.month == 1 else ""
            labels.append(short + year)
        self.chart.set_data(
            self.tr("SMS utilisés par mois"), labels, [float(u.parts) for u in self.usage]
        )

    def _set_row(self, row: int, caption: str, values, cost: float, bold: bool) -> None:
        locale = QLocale()
        cells = [caption, *(locale.toString(int(v)) for v in values), self.money(cost)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    @staticmethod
    def month_name(month: date) -> str:
        name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
        return f"{name[:1].upper()}{name[1:]} {month.year}"

    @staticmethod
    def money(amount: float) -> str:
        return QLocale().toString(float(amount), "f", 2) + " €"

    # -- the provider's credit -----------------------------------------------------------

    def _load_balance(self) -> None:
        gateways = self.services.gateways
        demo = self.tr("bac à sable, démonstration sans SMS réel")

        def work():
            gateway = gateways.get()
            name = demo if gateway.is_sandbox else gateway.name
            if not gateway.has_balance:
                return name, None
            return name, gateway.balance()  # may wait on the network

        def done(result) -> None:
            name, balance = result
            if balance is None:
                self._show_balance(name, self.tr("non communiqué"))
            else:
                locale = QLocale()
                if balance.unit.upper() == "SMS":
                    amount = locale.toString(int(balance.amount)) + " SMS"
                else:
                    amount = locale.toString(float(balance.amount), "f", 2) + " " + balance.unit
                self._show_balance(name, amount)
            self.balanceLoaded.emit()

        def failed(exc: BaseException) -> None:
            self._show_balance(
                gateways.default_name(),
                self.tr("non communiqué (%1)").replace("%1", str(exc) or type(exc).__name__),
            )
            self.balanceLoaded.emit()

        self.runner.run(work, done, failed, long=True)

    def _show_balance(self, provider: str, amount: str) -> None:
        self.balance_label.setText(
            self.tr("Crédit restant chez le fournisseur « %1 » : %2")
            .replace("%1", provider)
            .replace("%2", amount)
        )

    # -- closing -------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.runner.busy()

    def done(self, result: int) -> None:
        """Keep the price the clerk typed: it is the one the next estimate should use."""
        self._closed = True
        price = self.price_per_part()
        if price != self._price_saved:
            try:
                self.services.settings.set("price_per_part", price)
                self.services.settings.save()
                self._price_saved = price
            except (OSError, ValueError):
                log.exception("price per part not saved")
        self.runner.drop_pending()
        super().done(result)

    def showEvent(self, event) -> None:
        """Shown again after being closed: fresh figures."""
        if self._closed:
            self._closed = False
            self.refresh()
            self._load_balance()
        super().showEvent(event)
