"""Loading a 100,000-row distribution list (CSV and XLSX of the same rows).

Measured: `listfiles.read` (sniffing, column recognition, every number checked, duplicates,
the refused-row report), then the recipients added to the main window's table model when that
model exists on this branch (otherwise kept in a list). Baseline, in the same run: the standard
`csv` module reading the same file plus `phone.parse` on every number; for XLSX, a bare
python-calamine read of the sheet (no number checked). Target: at most 2x the baseline, and
100,000 XLSX rows into the table in 2 s.
A last line gives, for the record, openpyxl in read-only mode (the former reader).
"""

from __future__ import annotations

import csv
import random
import time
from pathlib import Path

from common import private_home, quick, report

from ellipses_sms import listfiles, phone

FIRST = ["Claire", "Jean", "Léa", "Paul", "Zoé", "Hélène", "Éric", "Anne", "Luc", "Inès"]
LAST = ["Dupond", "Martin", "Durand", "Petit", "Roux", "Lefèvre", "Moreau", "Fontaine"]


def make_rows(count: int) -> list[list[str]]:
    rng = random.Random(42)
    rows = []
    for i in range(count):
        digits = rng.choice(["061", "062", "064", "065", "066", "067", "068", "078"])
        digits += f"{rng.randrange(10**7):07d}"  # mainland mobiles, as most lists hold
        number = " ".join(digits[i : i + 2] for i in range(0, 10, 2))
        if i % 100 == 7:
            number = "01 23 45 67 89"  # a landline now and then
        elif i % 200 == 3:
            number = ""
        rows.append([rng.choice(LAST), rng.choice(FIRST), number, f"Ville {i % 300}"])
    return rows


HEADER = ["Nom", "Prénom", "Portable", "Ville"]


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)


def write_xlsx(path: Path, rows: list[list[str]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Clients")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)


def baseline_csv(path: Path) -> int:
    kept = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        next(reader)
        for row in reader:
            kept.append((row[1] + " " + row[0], phone.parse(row[2], "FR")))
    return len(kept)


def baseline_xlsx(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_index(0).to_python()  # the bare read: no number checked
    book.close()
    return len(rows) - 1


def openpyxl_xlsx(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    kept = []
    rows = book.active.iter_rows(values_only=True)
    next(rows)
    for row in rows:
        kept.append((f"{row[1]} {row[0]}", phone.parse(row[2] or "", "FR")))
    book.close()
    return len(kept)


def table_sink():
    """The main window's model if this branch has it, else a plain list."""
    try:
        from PySide6.QtCore import QCoreApplication

        from ellipses_sms.ui.recipient_model import RecipientTableModel
    except ImportError:
        return None, "into a list (RecipientTableModel not on this branch)"
    app = QCoreApplication.instance() or QCoreApplication([])
    return (app, RecipientTableModel), "into RecipientTableModel"


def ours(path: Path, sink) -> int:
    result = listfiles.read(path)
    if sink is None:
        loaded = list(result.recipients)
        return len(loaded)
    _app, model_class = sink
    model = model_class()
    model.add_recipients(result.recipients)
    return model.rowCount()


def best_of(fn, repeat: int) -> tuple[float, int]:
    times, value = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return min(times), value


def main() -> None:
    home = private_home()
    count = 10_000 if quick() else 100_000
    repeat = 2
    rows = make_rows(count)
    csv_path, xlsx_path = home / "liste.csv", home / "liste.xlsx"
    write_csv(csv_path, rows)
    write_xlsx(xlsx_path, rows)
    sink, where = table_sink()
    for kind, path, base in (("csv", csv_path, baseline_csv), ("xlsx", xlsx_path, baseline_xlsx)):
        mine, loaded = best_of(lambda p=path: ours(p, sink), repeat)
        assert loaded > count * 0.95, loaded  # the landlines and empty numbers are refused
        theirs, _ = best_of(lambda p=path, b=base: b(p), repeat)
        report(
            f"list_load_{count // 1000}k_{kind}",
            mine,
            "s",
            theirs,
            f"{where}; target ratio <= 2" + ("" if kind == "csv" else ", and <= 2 s at 100k"),
        )
    old, _ = best_of(lambda: openpyxl_xlsx(xlsx_path), 1)
    report(
        f"list_load_{count // 1000}k_xlsx_vs_openpyxl",
        mine,
        "s",
        old,
        "the same load against openpyxl read-only plus phone.parse (the former reader)",
    )


if __name__ == "__main__":
    main()
