"""The history window on a real store: filters, totals, lazy loading, detail, resend, export."""

from __future__ import annotations

import csv
import threading
from datetime import date, timedelta

import openpyxl
import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QMessageBox
from sqlalchemy import select

from ellipses_sms.gateway import StatusReport
from ellipses_sms.states import MessageState
from ellipses_sms.store.models import jobs_table
from ellipses_sms.store.queries import local_day_to_utc
from ellipses_sms.ui.history_dialog import HistoryDialog
from ellipses_sms.ui.history_model import GREEN, PAGE, RED, Columns

from .history_data import bulk, send_and_settle

PEOPLE = [
    ("Claire Dupond", "06 12 34 56 78"),
    ("Jean Martin", "+33600000002"),  # accepted, then not delivered (UNDELIV)
    ("Zoé Petit", "+33600000001"),  # refused at once (rejected)
]


@pytest.fixture
def dialog(qtbot, services):
    opened = []

    def make():
        d = HistoryDialog(services)
        qtbot.addWidget(d)
        opened.append(d)
        wait_idle(qtbot, d)
        return d

    yield make
    for d in opened:
        qtbot.waitUntil(lambda d=d: not d.busy(), timeout=10_000)
        d.reject()


def wait_idle(qtbot, d):
    qtbot.waitUntil(lambda: not d.busy(), timeout=10_000)


def go(qtbot, d):
    d.go_button.click()
    wait_idle(qtbot, d)


def column(d, col):
    return [d.model.index(r, col).data() for r in range(d.model.rowCount())]


def test_opens_on_the_current_month_with_the_old_screens_columns(qtbot, services, dialog):
    send_and_settle(services, PEOPLE)
    d = dialog()
    today = date.today()
    assert d.date_from.date() == QDate(today.year, today.month, 1)
    assert d.date_to.date() == QDate(today.year, today.month, today.day)
    assert d.date_from.calendarPopup() and d.date_to.calendarPopup()
    headers = [d.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Identifiant", "Date d'envoi", "Statut", "N° Téléphone", "Client", "Message"]
    assert [d.status.itemText(i) for i in range(d.status.count())] == [
        "Tous",
        "Succès (messages reçus)",
        "Échecs (en erreur, non reçus)",
        "En attente",
    ]
    assert d.model.rowCount() == 3
    assert "Total nombre de messages : 3" in d.totals.text()
    assert "SMS utilisés : 2" in d.totals.text()  # the refused one used none
    assert set(column(d, Columns.CLIENT)) == {"Claire Dupond", "Jean Martin", "Zoé Petit"}
    assert "+33 6 12 34 56 78" in column(d, Columns.NUMBER)


def test_status_shows_raw_code_french_label_and_colour(qtbot, services, dialog):
    send_and_settle(services, PEOPLE[:2])
    d = dialog()
    by_name = {d.model.item(r).name: r for r in range(d.model.rowCount())}
    ok = d.model.index(by_name["Claire Dupond"], Columns.STATUS)
    bad = d.model.index(by_name["Jean Martin"], Columns.STATUS)
    assert ok.data() == "Remis (DELIVRD)"
    assert bad.data() == "Échec (UNDELIV)"
    assert ok.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(GREEN)
    assert bad.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(RED)
    assert "n'a pas pu recevoir" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert not ok.data(Qt.ItemDataRole.DecorationRole).isNull()
    date_text = d.model.index(0, Columns.DATE).data()
    assert str(date.today().year) in date_text and date_text.count(":") == 2


def test_message_on_one_line_full_text_in_tooltip(qtbot, services, dialog):
    send_and_settle(services, PEOPLE[:1], text="Bonjour,\nvotre livre <b>est</b> là")
    d = dialog()
    index = d.model.index(0, Columns.MESSAGE)
    assert index.data() == "Bonjour, votre livre <b>est</b> là"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Bonjour,<br>votre livre &lt;b&gt;est&lt;/b&gt; là" in tip


def test_status_filter_and_search(qtbot, services, dialog):
    send_and_settle(services, PEOPLE)
    d = dialog()
    d.status.setCurrentIndex(d.status.findData("failure"))
    go(qtbot, d)
    assert sorted(column(d, Columns.CLIENT)) == ["Jean Martin", "Zoé Petit"]
    assert "Total nombre de messages : 2" in d.totals.text()
    d.status.setCurrentIndex(d.status.findData("success"))
    go(qtbot, d)
    assert column(d, Columns.CLIENT) == ["Claire Dupond"]
    d.status.setCurrentIndex(d.status.findData("pending"))
    go(qtbot, d)
    assert d.model.rowCount() == 0 and "Total nombre de messages : 0" in d.totals.text()
    d.status.setCurrentIndex(0)
    d.search.setText("martin")
    go(qtbot, d)
    assert column(d, Columns.CLIENT) == ["Jean Martin"]
    d.search.setText("06 12 34")  # a number as the clerk types it
    go(qtbot, d)
    assert column(d, Columns.CLIENT) == ["Claire Dupond"]


def test_enter_runs_the_search(qtbot, services, dialog):
    send_and_settle(services, PEOPLE)
    d = dialog()
    d.show()
    qtbot.waitExposed(d)
    d.search.setText("Petit")
    qtbot.keyClick(d.search, Qt.Key.Key_Return)
    wait_idle(qtbot, d)
    assert column(d, Columns.CLIENT) == ["Zoé Petit"]


def test_date_range(qtbot, services, dialog):
    first = date.today().replace(day=1)
    last_month = (first - timedelta(days=1)).replace(day=1)
    bulk(services, 4, local_day_to_utc(last_month) + timedelta(hours=10))
    bulk(services, 2, local_day_to_utc(first) - timedelta(seconds=30))  # last month's end
    send_and_settle(services, PEOPLE[:1])
    d = dialog()
    assert d.model.rowCount() == 1
    d.date_from.setDate(QDate(last_month.year, last_month.month, 1))
    d.date_to.setDate(QDate(last_month.year, last_month.month, (first - timedelta(days=1)).day))
    go(qtbot, d)
    assert d.model.rowCount() == 6
    d.date_from.setDate(QDate(first.year, first.month, 2))
    d.date_to.setDate(QDate(first.year, first.month, 1))
    go(qtbot, d)
    assert d.notice.isVisibleTo(d) and "après la date de fin" in d.notice.text()


def test_lazy_model_loads_pages_as_the_clerk_scrolls(qtbot, services, dialog):
    start = local_day_to_utc(date.today().replace(day=1)) + timedelta(minutes=1)
    bulk(services, 2 * PAGE + 200, start, ("delivered", "failed", "sent"), timedelta(seconds=0))
    d = dialog()
    assert d.model.rowCount() == PAGE
    assert "Total nombre de messages : 1" in d.totals.text()  # 1 200, in the locale's digits
    assert d.model.total == 2 * PAGE + 200 and d.model.canFetchMore(QModelIndex())
    d.show()
    d.table.scrollToBottom()
    qtbot.waitUntil(lambda: d.model.rowCount() >= 2 * PAGE, timeout=10_000)
    while d.model.canFetchMore(QModelIndex()) or d.busy():
        d.table.scrollToBottom()
        qtbot.wait(20)
    assert d.model.rowCount() == 2 * PAGE + 200
    ids = [d.model.item(r).id for r in range(d.model.rowCount())]
    assert len(set(ids)) == len(ids)  # equal dates: no row twice, none lost
    assert not d.model.canFetchMore(QModelIndex())


@pytest.mark.parametrize("extra", [0, PAGE + 100])
def test_model_passes_the_qt_model_tester(qtbot, qtmodeltester, services, dialog, extra):
    send_and_settle(services, PEOPLE)
    if extra:  # more than a page: the tester's fetchMore loads the rest while it watches
        start = local_day_to_utc(date.today().replace(day=1)) + timedelta(minutes=1)
        bulk(services, extra, start, ("delivered", "failed"))
    d = dialog()
    qtmodeltester.check(d.model, force_py=False)
    wait_idle(qtbot, d)
    if extra:
        d.model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: d.model.rowCount() == 3 + extra, timeout=10_000)


def test_detail_lists_every_status_event(qtbot, services, dialog):
    send_and_settle(services, PEOPLE[1:2])
    d = dialog()
    opened = []
    d.open_detail(d.model.item(0).id, opened.append)  # read off the GUI thread
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    detail = opened[0]
    qtbot.addWidget(detail)
    states = [detail.events.item(r, 1).text() for r in range(detail.events.rowCount())]
    codes = [detail.events.item(r, 2).text() for r in range(detail.events.rowCount())]
    assert states == ["Envoyé", "Échec"] and codes[-1] == "UNDELIV"
    assert detail.text.toPlainText() == "Bonjour, votre commande est arrivée."
    detail.close()


def test_double_click_opens_the_detail(qtbot, services, dialog, monkeypatch):
    send_and_settle(services, PEOPLE[:1])
    d = dialog()
    opened = []
    monkeypatch.setattr(d, "open_detail", lambda mid, then=None: opened.append(mid))
    d.table.doubleClicked.emit(d.model.index(0, Columns.MESSAGE))
    assert opened == [d.model.item(0).id]


def test_resend_selected_failures_makes_a_linked_job(qtbot, services, dialog, monkeypatch):
    first = send_and_settle(services, PEOPLE)
    d = dialog()
    d.table.selectAll()
    assert d.resend_button.isEnabled()
    assert "(2)" in d.resend_button.text()  # UNDELIV and rejected; not the delivered one
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(d.resendFinished, timeout=15_000) as finished:
        d.resend_button.click()
    (job,) = finished.args[0]
    with services.store.engine.connect() as conn:
        linked = conn.execute(select(jobs_table).where(jobs_table.c.id == job)).one()
    assert linked.resend_of == first.job_id and linked.source == "gui"
    wait_idle(qtbot, d)
    assert d.model.rowCount() == 3 + linked.total  # reloaded: the new messages are listed
    assert "Envoi terminé" in d.notice.text()


def test_resend_button_off_without_failed_selection(qtbot, services, dialog):
    send_and_settle(services, PEOPLE[:1])
    d = dialog()
    d.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    d.table.selectRow(0)
    assert not d.resend_button.isEnabled()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_writes_what_is_shown(qtbot, services, dialog, tmp_path, suffix):
    send_and_settle(services, PEOPLE)
    d = dialog()
    d.status.setCurrentIndex(d.status.findData("failure"))
    go(qtbot, d)
    target = tmp_path / f"historique{suffix}"
    with qtbot.waitSignal(d.exportFinished, timeout=10_000) as finished:
        d.export_to(str(target))
    assert finished.args == [str(target), 2]
    if suffix == ".csv":
        lines = list(csv.reader(target.read_text("utf-8-sig").splitlines(), delimiter=";"))
        names = sorted(line[5] for line in lines[1:])
    else:
        sheet = openpyxl.load_workbook(target).active
        names = sorted(sheet.cell(r, 6).value for r in range(2, sheet.max_row + 1))
    assert names == ["Jean Martin", "Zoé Petit"]
    assert "2 message(s) exporté(s)" in d.notice.text()


def test_export_error_is_said_in_french(qtbot, services, dialog, tmp_path):
    d = dialog()
    with qtbot.waitSignal(d.exportFinished, timeout=10_000):
        d.export_to(str(tmp_path / "absent" / "h.xlsx"))
    assert "Dossier introuvable" in d.notice.text()
    assert d.export_button.isEnabled()


def test_live_update_when_a_report_arrives(qtbot, services, dialog):
    start = local_day_to_utc(date.today().replace(day=1)) + timedelta(minutes=1)
    job = bulk(services, 3, start, ("sent",))
    d = dialog()
    assert column(d, Columns.STATUS) == ["Envoyé"] * 3
    report = StatusReport(f"BULK{job}-1", MessageState.DELIVERED, "DELIVRD")
    worker = threading.Thread(target=services.dispatcher.apply_reports, args=("sandbox", [report]))
    worker.start()  # reports arrive on the poller's thread, not the GUI's
    worker.join()
    qtbot.waitUntil(lambda: "Remis (DELIVRD)" in column(d, Columns.STATUS), timeout=5_000)
    assert sorted(column(d, Columns.STATUS)) == ["Envoyé", "Envoyé", "Remis (DELIVRD)"]


def test_closing_unsubscribes_from_the_bus(qtbot, services):
    d = HistoryDialog(services)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: not d.busy(), timeout=10_000)
    count = len(services.bus._subscribers)
    d.reject()
    assert len(services.bus._subscribers) == count - 1


def test_english_translation_is_complete_and_loads(qtbot, services, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    ts = Path(__file__).parents[2] / "resources" / "translations" / "history_en.ts"
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    qm = tmp_path / "history_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        d = HistoryDialog(services)
        qtbot.addWidget(d)
        qtbot.waitUntil(lambda: not d.busy(), timeout=10_000)
        assert d.go_button.text() == "Go!"
        assert d.model.headerData(0, Qt.Orientation.Horizontal) == "Identifier"
        assert d.status.itemText(1) == "Success (messages received)"
        assert d.totals.text().startswith("Total number of messages: 0")
        d.reject()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_reopened_after_closing_listens_and_loads_again(qtbot, services):
    d = HistoryDialog(services)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: not d.busy(), timeout=10_000)
    d.reject()
    send_and_settle(services, PEOPLE[:1])
    count = len(services.bus._subscribers)
    d.show()
    qtbot.waitUntil(lambda: d.model.rowCount() == 1, timeout=10_000)
    assert len(services.bus._subscribers) == count + 1
    qtbot.waitUntil(lambda: not d.busy(), timeout=10_000)
    d.reject()


def test_enter_in_a_date_runs_go(qtbot, services, dialog):
    first = date.today().replace(day=1)
    last_month = (first - timedelta(days=1)).replace(day=1)
    bulk(services, 2, local_day_to_utc(last_month) + timedelta(hours=10))
    d = dialog()
    d.show()
    qtbot.waitExposed(d)
    d.date_from.setDate(QDate(last_month.year, last_month.month, 1))
    d.date_from.setFocus()
    qtbot.keyClick(d.date_from, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.model.rowCount() == 2, timeout=10_000)


def test_unsent_messages_have_no_date_and_the_sms_used_match_the_consumption_window(
    qtbot, services, dialog
):
    """Queued (scheduled), blocked, refused and cancelled messages: « Date d'envoi » empty
    (the tooltip gives the time they were recorded), and « SMS utilisés » under the table is
    the figure of the consumption window, on the same store."""
    from ellipses_sms.ui.consumption_dialog import ConsumptionDialog

    from ..test_history import SENT, every_state_once

    every_state_once(services)
    d = dialog()
    assert d.model.rowCount() == 7
    dates = dict(zip(column(d, Columns.CLIENT), column(d, Columns.DATE), strict=True))
    assert {name for name, shown in dates.items() if shown} == SENT
    queued = column(d, Columns.CLIENT).index("Programmé")
    tip = d.model.index(queued, Columns.DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Pas envoyé (enregistré le ")
    delivered = column(d, Columns.CLIENT).index("Remis")
    assert d.model.index(delivered, Columns.DATE).data(Qt.ItemDataRole.ToolTipRole) is None
    assert "SMS utilisés : 6" in d.totals.text()
    usage = ConsumptionDialog(services)
    qtbot.addWidget(usage)
    qtbot.waitUntil(lambda: not usage.busy(), timeout=10_000)
    this_month = usage.table.rowCount() - 2
    assert [usage.table.item(this_month, c).text() for c in (1, 2)] == ["7", "6"]
    usage.reject()


def test_an_uncertain_message_is_not_said_unsent(qtbot, services, dialog):
    from datetime import UTC, datetime

    from sqlalchemy import update

    from ellipses_sms.store.models import messages_table

    now = datetime.now(UTC).replace(tzinfo=None)
    bulk(services, 1, now - timedelta(seconds=5), ("uncertain",))
    with services.store.engine.begin() as conn:  # what a crash mid-request leaves
        conn.execute(update(messages_table).values(submitted_at=None, provider_id=None))
    d = dialog()
    assert column(d, Columns.DATE) == [""]
    tip = d.model.index(0, Columns.DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Envoi non confirmé par le fournisseur (enregistré le ")
