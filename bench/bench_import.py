"""Importing customers from a 100,000-customer bookstore database through a filter script.

Measured: find the script, open the bookstore read-only, run the script (read-only checks,
parameters bound, cancel hooks), turn every row into a recipient (every number checked,
marketing consent enforced, duplicates dropped), then put them into the main window's table
model when this branch has it (otherwise into a list).

Baselines, in the same run, on the same file: the same SQL with the plain `sqlite3` module
(fetchall) plus `phone.parse` on every number — the least a correct importer must do, as the
list bench counts it — and, for information, the bare SQL alone. Targets: at most 3x the
baseline and under 2 s. Scripts: `clients_news_sms` (the biggest result, about 40 % of the
customers: the worst case) and `commandes_recues` (the everyday notice).
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date

from common import private_home, quick, report

from ellipses_sms import phone
from ellipses_sms.bookstore import Bookstore, generate_demo
from ellipses_sms.scripts import runner, sqlcheck


def table_sink():
    """The main window's model if this branch has it, else a plain list."""
    try:
        from PySide6.QtCore import QCoreApplication

        from ellipses_sms.ui.recipient_model import RecipientTableModel
    except ImportError:
        return None, "into a list (RecipientTableModel not on this branch)"
    app = QCoreApplication.instance() or QCoreApplication([])
    return (app, RecipientTableModel), "into RecipientTableModel"


def ours(url: str, ident: str, sink) -> int:
    script = runner.find(ident)
    bookstore = Bookstore(url)
    try:
        result = runner.run(script, bookstore, region="FR")
    finally:
        bookstore.dispose()
    if sink is None:
        return len(list(result.recipients))
    _app, model_class = sink
    model = model_class()
    model.replace_recipients(result.recipients)
    return model.rowCount()


def plain(path, sql: str, params: dict, number_column: int, check: bool) -> int:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(sql, params).fetchall()
    finally:
        conn.close()
    if not check:
        return len(rows)
    kept = [(row[0], phone.parse(row[number_column] or "", "FR")) for row in rows]
    return len(kept)


def best_of(fn, repeat: int) -> tuple[float, int]:
    times, value = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return min(times), value


def main() -> None:
    home = private_home()
    customers = 10_000 if quick() else 100_000
    path = home / "librairie.sqlite3"
    started = time.perf_counter()
    generate_demo(path, customers, seed=2006, today=date.today())
    made = time.perf_counter() - started
    print(f"# demo database: {customers} customers generated in {made:.1f} s", flush=True)
    url = f"sqlite:///{path}"
    sink, where = table_sink()
    repeat = 3
    for ident in ("clients_news_sms", "commandes_recues"):
        script = runner.find(ident)
        tokens = list(script.tokens)
        sql = sqlcheck.for_sqlite(tokens)
        values = script.values()
        params = {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
        mine, loaded = best_of(lambda i=ident: ours(url, i, sink), repeat)
        base, rows = best_of(lambda s=sql, p=params: plain(path, s, p, 1, True), repeat)
        bare, _ = best_of(lambda s=sql, p=params: plain(path, s, p, 1, False), repeat)
        assert 0 < loaded <= rows, (loaded, rows)
        k = customers // 1000
        report(
            f"import_{ident}_{k}k",
            mine,
            "s",
            base,
            f"{rows} rows, {loaded} recipients {where}; baseline sqlite3 + phone.parse; "
            "target ratio <= 3 and < 2 s",
        )
        report(
            f"import_{ident}_{k}k_vs_bare_sql",
            mine,
            "s",
            bare,
            "information: baseline = the SQL alone with sqlite3, no number checked",
        )


if __name__ == "__main__":
    main()
