"""The consumption window: monthly figures as a table and a chart, price, provider credit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale

from ellipses_sms.gateway import GatewayError
from ellipses_sms.history import _add_months
from ellipses_sms.settings import Settings
from ellipses_sms.store.queries import local_day_to_utc
from ellipses_sms.ui.consumption_dialog import BAR, ConsumptionDialog, nice_scale

from .history_data import bulk, send_and_settle

N = QLocale().toString  # numbers as the dialog writes them in the current locale


@pytest.fixture
def open_dialog(qtbot, services):
    opened = []

    def make():
        d = ConsumptionDialog(services)
        qtbot.addWidget(d)
        opened.append(d)
        qtbot.waitUntil(lambda: not d.busy(), timeout=10_000)
        return d

    yield make
    for d in opened:
        qtbot.waitUntil(lambda d=d: not d.busy(), timeout=10_000)
        d.reject()


def fill(services):
    """This month: 3 real sends (1 refused at once); last month: 10 bulk messages."""
    send_and_settle(
        services,
        [("A", "0612345678"), ("B", "+33600000002"), ("C", "+33600000001")],
        text="x" * 200,  # two SMS parts each
    )
    last = _add_months(date.today().replace(day=1), -1)
    bulk(services, 10, local_day_to_utc(last) + timedelta(hours=9), ("delivered", "failed"))


def row(d, r):
    return [d.table.item(r, c).text() for c in range(d.COLUMNS)]


def test_table_has_a_row_per_month_and_a_total(qtbot, services, open_dialog):
    fill(services)
    d = open_dialog()
    assert d.table.rowCount() == 13  # twelve months and the total
    price = services.settings.get("price_per_part")
    this_month, last_month, total = row(d, 11), row(d, 10), row(d, 12)
    # three messages, 2 parts each, but the refused one used no credit
    assert this_month[1:5] == ["3", "4", "1", "2"]
    assert this_month[5] == d.money(4 * price)
    assert last_month[1:5] == ["10", "15", "5", "5"]  # bulk parts alternate 1 and 2
    assert total[0] == "Total" and total[1:5] == ["13", "19", "6", "7"]
    assert row(d, 0)[1:5] == ["0", "0", "0", "0"]
    month = date.today().replace(day=1)
    assert this_month[0].lower().endswith(str(month.year))


def test_chart_shows_the_parts_of_each_month(qtbot, services, open_dialog):
    fill(services)
    d = open_dialog()
    assert d.chart.values[-2:] == [15.0, 4.0] and len(d.chart.values) == 12
    assert len(d.chart.labels) == 12 and str(date.today().year) in "".join(d.chart.labels)
    d.resize(900, 720)
    d.show()
    qtbot.waitExposed(d)
    image = d.chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert BAR.name() in colours  # bars really drawn


def test_empty_store_still_draws(qtbot, services, open_dialog):
    d = open_dialog()
    assert d.chart.values == [0.0] * 12
    assert not d.chart.grab().isNull()


def test_price_change_updates_costs_and_is_kept(qtbot, services, open_dialog, home):
    fill(services)
    d = open_dialog()
    d.price.setValue(0.1)
    assert row(d, 11)[5] == d.money(0.4)
    d.reject()
    assert Settings().get("price_per_part") == 0.1


def test_fewer_months(qtbot, services, open_dialog):
    fill(services)
    d = open_dialog()
    with qtbot.waitSignal(d.loaded, timeout=10_000):
        d.months.setValue(2)
    assert d.table.rowCount() == 3
    assert row(d, 2)[1] == "13"


def test_balance_of_the_sandbox(qtbot, services, open_dialog):
    d = open_dialog()
    assert "Crédit restant chez le fournisseur « bac à sable" in d.balance_label.text()
    assert d.balance_label.text().endswith(" SMS")


def test_balance_not_given_by_the_provider(qtbot, services, open_dialog):
    services.gateways.get().has_balance = False
    d = open_dialog()
    assert d.balance_label.text().endswith("non communiqué")


def test_balance_error_is_said_in_french(qtbot, services, open_dialog, monkeypatch):
    gateway = services.gateways.get()

    def broken():
        raise GatewayError("le fournisseur ne répond pas")

    monkeypatch.setattr(gateway, "balance", broken)
    d = open_dialog()
    assert "non communiqué (le fournisseur ne répond pas)" in d.balance_label.text()


@pytest.mark.parametrize(
    ("value", "top", "steps"),
    [(0, 1, 4), (3, 5, 5), (15, 20, 4), (101, 200, 4), (2400, 2500, 5), (3217, 5000, 5)],
)
def test_chart_scale_is_round(value, top, steps):
    assert nice_scale(value) == (top, steps)
    assert (top / steps) == int(top / steps) or top < steps


def test_reopened_shows_fresh_figures(qtbot, services, open_dialog):
    d = open_dialog()
    assert row(d, 12)[1] == "0"
    d.reject()
    fill(services)
    with qtbot.waitSignal(d.loaded, timeout=10_000):
        d.show()
    assert row(d, 12)[1] == "13"


def test_the_consumption_window_fits_a_1366x768_screen_with_a_taskbar(qtbot, services):
    from ellipses_sms.ui.consumption_dialog import ConsumptionDialog

    d = ConsumptionDialog(services)
    qtbot.addWidget(d)
    assert d.minimumSizeHint().height() <= 728 and d.height() <= 728
    d.reject()
