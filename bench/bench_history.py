"""The history and consumption queries on a big store, against the same SQL run bare.

A store of 1,000,000 messages over ten months (100,000 with --quick), generated once per size
by `gen_history.py` and kept in the temp folder. Measured, each against the very same SQL
statements run through the bare `sqlite3` driver in the same run (target: at most 2× that, and
under 100 ms for the month):

- one month's history with a status filter: its totals and the first page the window shows;
- the consumption of twelve months.

And, for the choice of paging, the page 90% down the month by keyset against the same page by
OFFSET.

Then the history window itself (offscreen) showing the first rows of that month, from the
click on « Go ! » to the rows painted (target: under 0.5 s; the baseline printed is the target).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from datetime import date, timedelta

from common import private_home, quick, report

private_home()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gen_history import cached  # noqa: E402
from sqlalchemy import event  # noqa: E402

from ellipses_sms import history  # noqa: E402
from ellipses_sms.store import Store  # noqa: E402
from ellipses_sms.store.queries import HistoryFilter, history_totals  # noqa: E402
from ellipses_sms.store.queries import history as history_rows  # noqa: E402

COUNT = 100_000 if quick() else 1_000_000
RUNS = 5


def median_ms(fn) -> float:
    fn()  # warm the cache: both sides read the same pages
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def captured(store: Store, fn) -> list[tuple[str, tuple]]:
    """The SQL statements (and parameters) that `fn` sends: the bare baseline runs them."""
    seen: list[tuple[str, tuple]] = []

    def listen(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, tuple(parameters)))

    event.listen(store.engine, "before_cursor_execute", listen)
    try:
        fn()
    finally:
        event.remove(store.engine, "before_cursor_execute", listen)
    return seen


def against_bare(store: Store, path, name: str, fn, note: str) -> None:
    statements = captured(store, fn)
    bare = sqlite3.connect(path)

    def run_bare():
        for sql, params in statements:
            bare.execute(sql, params).fetchall()

    ours = median_ms(fn)
    base = median_ms(run_bare)
    bare.close()
    report(name, ours, "ms", base, note)


def previous_month() -> tuple[date, date]:
    first = date.today().replace(day=1)
    last = first - timedelta(days=1)
    return last.replace(day=1), last


def bench_queries(store: Store, path) -> None:
    start, end = previous_month()
    for status in ("failure", "success"):
        f = HistoryFilter(start, end, status)
        total = history_totals(store, f)[0]

        def month(f=f):
            history_totals(store, f)
            history_rows(store, f, limit=500)

        against_bare(
            store,
            path,
            f"history_month_{status}_{COUNT}",
            month,
            f"totals + first 500 of {total} rows; target <= 2x and < 100 ms",
        )
    # scrolling deep into the month: the next page by keyset, against OFFSET (the other way)
    f = HistoryFilter(start, end, "all")
    depth = (history_totals(store, f)[0] * 9) // 10
    rows = history_rows(store, f, limit=1, offset=depth)
    after = (rows[0].created_at, rows[0].id)
    keyset = median_ms(lambda: history_rows(store, f, limit=500, after=after))
    offset = median_ms(lambda: history_rows(store, f, limit=500, offset=depth + 1))
    report(
        f"history_next_page_at_row_{depth}_{COUNT}",
        keyset,
        "ms",
        offset,
        "500 rows by keyset (created_at, id); baseline: the same page by OFFSET",
    )
    against_bare(
        store,
        path,
        f"consumption_12_months_{COUNT}",
        lambda: history.consumption(store, 12, 0.07),
        "target <= 2x",
    )


def bench_dialog(store_url: str) -> None:
    from PySide6.QtCore import QDate, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ellipses_sms.app import build_services
    from ellipses_sms.settings import Settings
    from ellipses_sms.ui.history_dialog import HistoryDialog

    app = QApplication.instance() or QApplication([])
    services = build_services(Settings(overrides={"database_url": store_url}))
    start, end = previous_month()
    times, shown = [], 0
    for _ in range(RUNS):
        began = time.perf_counter()
        dialog = HistoryDialog(services)
        dialog.date_from.setDate(QDate(start.year, start.month, start.day))
        dialog.date_to.setDate(QDate(end.year, end.month, end.day))
        dialog.show()
        loop = QEventLoop()
        dialog.model.loaded.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        dialog.go_button.click()
        loop.exec()
        dialog.table.viewport().repaint()  # the rows really drawn
        times.append(time.perf_counter() - began)
        shown = dialog.model.total
        assert dialog.model.rowCount() > 0
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        while dialog.busy():
            app.processEvents()
        dialog.reject()
        dialog.deleteLater()
    services.close()
    report(
        f"history_dialog_first_rows_{COUNT}",
        statistics.median(times) * 1000,
        "ms",
        500.0,
        f"a month of {shown} messages, window built and painted; baseline = the 0.5 s target",
    )


def main() -> None:
    began = time.perf_counter()
    path = cached(COUNT)
    made = time.perf_counter() - began
    if made > 1:
        print(f"# generated {COUNT} messages in {made:.1f} s ({path})", flush=True)
    url = f"sqlite:///{path}"
    store = Store(url)
    bench_queries(store, path)
    store.dispose()
    bench_dialog(url)


if __name__ == "__main__":
    main()
