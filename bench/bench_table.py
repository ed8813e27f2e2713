"""100,000 recipients into the window's table model, against the same rows as plain objects.

Target: well under a second and under 100 MB of resident memory above the baseline. The
baseline builds, in the same run, the rows a naive table would hold: one tuple per row with the
name, the number in display form and an empty status. The model line includes a QTableView
showing the model and its first paint.
"""

from __future__ import annotations

import gc
import os
import time

from common import private_home, quick, report

private_home()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from ellipses_sms import phone  # noqa: E402
from ellipses_sms.recipients import Recipient  # noqa: E402
from ellipses_sms.ui.recipient_model import RecipientTableModel  # noqa: E402

COUNT = 20_000 if quick() else 100_000
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    gc.collect()
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * PAGE / 1e6


def main() -> None:
    app = QApplication.instance() or QApplication([])
    people = [Recipient(f"Client {i:06d}", f"+336{12000000 + i:08d}") for i in range(COUNT)]

    before = rss_mb()
    start = time.perf_counter()
    plain = [(r.name, phone.display(r.number), "") for r in people]
    plain_time = time.perf_counter() - start
    plain_mb = rss_mb() - before
    assert len(plain) == COUNT

    view = QTableView()
    view.resize(900, 600)
    view.show()
    app.processEvents()
    before = rss_mb()
    start = time.perf_counter()
    model = RecipientTableModel()
    view.setModel(model)
    result = model.add_recipients(people)
    app.processEvents()  # layout and first paint
    model_time = time.perf_counter() - start
    model_mb = rss_mb() - before
    assert result.added == COUNT

    report(
        f"table_load_{COUNT // 1000}k",
        model_time,
        "s",
        plain_time,
        "model + view + first paint vs building plain tuples; target < 1 s",
    )
    report(
        f"table_rss_{COUNT // 1000}k",
        model_mb,
        "MB",
        max(plain_mb, 0.001),
        "resident memory above the start; target < 100 MB",
    )
    view.close()


if __name__ == "__main__":
    main()
