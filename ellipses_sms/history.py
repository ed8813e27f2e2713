"""The history service: monthly consumption, export of what is shown, resending failed messages.

The history window and the command line both come here, so that they show the same figures.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, literal, select, union_all

from ellipses_sms import fileops, phone
from ellipses_sms.pricing import estimated_cost
from ellipses_sms.recipients import Recipient
from ellipses_sms.sending import Dispatcher
from ellipses_sms.states import FAILURE, LABELS, MessageState
from ellipses_sms.store import Store
from ellipses_sms.store.models import jobs_table, messages_table
from ellipses_sms.store.queries import USED_PARTS, local_day_to_utc, sent_date, utc_to_local

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(RuntimeError):
    """The export file cannot be written (message in French)."""


@dataclass(frozen=True)
class MonthUsage:
    """One month of consumption: what the clerk budgets."""

    month: date  # the first day of the (local) month
    messages: int
    parts: int  # « SMS utilisés »: parts of the messages sent (queries.USED_PARTS)
    delivered: int
    failed: int
    cost: float  # estimated: parts x price per part


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def consumption(
    store: Store, months: int = 12, price_per_part: float = 0.0, today: date | None = None
) -> list[MonthUsage]:
    """Messages, credits, delivered and failed per local month, oldest first, in one query.

    One range per month, grouped by state (not one CASE over the whole year): each part is a
    range of the covering (state, created_at, parts, submitted_at) index, so the database
    reads no message row, and the work stays proportional to the months asked for.
    """
    months = max(1, months)
    first = _add_months((today or date.today()).replace(day=1), -(months - 1))
    bounds = [local_day_to_utc(_add_months(first, i)) for i in range(months + 1)]
    m = messages_table
    every_state = sorted(MessageState)
    query = union_all(
        *(
            select(literal(i).label("month"), m.c.state, func.count(), USED_PARTS)
            .where(
                m.c.state.in_(every_state),
                m.c.created_at >= bounds[i],
                m.c.created_at < bounds[i + 1],
            )
            .group_by(m.c.state)
            for i in range(months)
        )
    )
    found: dict[int, list[int]] = {}
    with store.engine.connect() as conn:
        for month, state, count, parts in conn.execute(query):
            totals = found.setdefault(int(month), [0, 0, 0, 0])
            totals[0] += int(count)
            totals[1] += int(parts)
            if state == MessageState.DELIVERED:
                totals[2] += int(count)
            elif state in FAILURE:
                totals[3] += int(count)
    usage = []
    for i in range(months):
        count, parts, delivered, failed = found.get(i, (0, 0, 0, 0))
        usage.append(
            MonthUsage(
                _add_months(first, i),
                int(count),
                int(parts),
                int(delivered),
                int(failed),
                estimated_cost(int(parts), price_per_part),
            )
        )
    return usage


# -- export -----------------------------------------------------------------------------------

EXPORT_HEADER = (
    "Identifiant",
    "Date d'envoi",
    "Statut",
    "Code fournisseur",
    "N° Téléphone",
    "Client",
    "Message",
    "SMS",
    "Erreur",
)


def cell_safe(value: str | None) -> str:
    """Text that a spreadsheet shows as text: never run as a formula (=, +, -, @ …)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


#: The export's « Date d'envoi » column (0-based) and « N° Téléphone » column.
DATE_COLUMN, NUMBER_COLUMN = 1, 4
#: How the dates show in Excel (the cell holds a real date, which Excel sorts and filters).
XLSX_DATE_FORMAT = "dd/mm/yyyy hh:mm:ss"


def export_rows(rows: Iterable) -> Iterable[tuple]:
    """History rows as exported: numbers in display form, local dates, French status.

    The date (« Date d'envoi », `queries.sent_date`) is a naive local `datetime`, None for a
    message not sent; CSV writes it as text, XLSX as a date cell.
    """
    for r in rows:
        yield (
            r.provider_id or f"#{r.id}",
            utc_to_local(sent_date(r)),  # empty until the provider accepted it
            LABELS[MessageState(r.state)],
            r.raw_status or "",
            phone.display(r.number) if r.number.startswith("+") else r.number,
            r.name or "",
            r.text,
            r.parts,
            r.error or "",
        )


def export(path: str | Path, rows: Iterable) -> int:
    """Write the rows to CSV (UTF-8 with BOM, `;`) or XLSX, atomically. Returns the count."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(f"Format d'export inconnu : « {path.suffix} » (.csv ou .xlsx)")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"Dossier introuvable : {folder}")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.stem}-", suffix=suffix)
    count = 0
    try:
        if suffix == ".csv":
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, delimiter=";")
                writer.writerow(EXPORT_HEADER)
                for row in export_rows(rows):
                    writer.writerow([_csv_cell(v) for v in row])
                    count += 1
                fh.flush()
                os.fsync(fh.fileno())
        else:
            os.close(fd)
            count = _write_xlsx(tmp, rows)
        fileops.replace(tmp, path)  # Excel may hold the previous export a moment
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"Impossible d'écrire {path} : {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def _csv_cell(value: object) -> object:
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M:%S")
    if value is None:
        return ""
    return cell_safe(value) if isinstance(value, str) else value


def _write_xlsx(target: str, rows: Iterable) -> int:
    """Text cells for text (the numbers too: « +33 6 12 34 56 78 » as shown, no apostrophe),
    date cells for the dates, a number for the SMS count.

    A text cell never runs as a formula, so nothing is prefixed; text that Excel would read
    as a formula or a number once edited (=, +, -, @) gets Excel's own invisible quote prefix.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Historique")
    for letter, width in (("A", 16), ("B", 20), ("C", 12), ("E", 20), ("F", 24), ("G", 60)):
        sheet.column_dimensions[letter].width = width
    sheet.append(list(EXPORT_HEADER))
    count = 0
    for row in export_rows(rows):
        cells = []
        for index, value in enumerate(row):
            if isinstance(value, str):
                # control characters (a GSM form feed, a stray one in an imported name) have
                # no place in the file's XML: openpyxl refused them and the export failed
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # text, even for "+33 6…" and "=…"
                if index == NUMBER_COLUMN or value.startswith(FORMULA_START):
                    cell.quotePrefix = True
            elif isinstance(value, datetime):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = XLSX_DATE_FORMAT
            else:
                cell = WriteOnlyCell(sheet, value=value)
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(target)
    return count


# -- resending --------------------------------------------------------------------------------


def resend(dispatcher: Dispatcher, message_ids: Sequence[int], source: str = "gui") -> list[int]:
    """New jobs for the chosen failed messages, one per original job (linked to it).

    Only failed, expired, rejected and cancelled messages are resent; blocked ones (STOP,
    unusable number) are not: resending cannot help them.
    """
    m = messages_table
    resendable = sorted(FAILURE - {MessageState.BLOCKED} | {MessageState.CANCELLED})
    by_job: dict[int, list] = {}
    with dispatcher.store.engine.connect() as conn:
        for start in range(0, len(message_ids), 900):
            chunk = list(message_ids[start : start + 900])
            for row in conn.execute(
                select(m.c.job_id, m.c.number, m.c.name, m.c.text, m.c.provider)
                .where(m.c.id.in_(chunk), m.c.state.in_(resendable))
                .order_by(m.c.id)
            ):
                by_job.setdefault(row.job_id, []).append(row)
    jobs = []
    for old_job, rows in by_job.items():
        with dispatcher.store.engine.connect() as conn:
            sender, kind = conn.execute(
                select(jobs_table.c.sender, jobs_table.c.kind).where(jobs_table.c.id == old_job)
            ).one()
        recipients = [Recipient(r.name or "", r.number) for r in rows]
        jobs.append(
            dispatcher.create_job(
                recipients,
                rows[0].text,
                texts=[r.text for r in rows],  # each customer's own text, as it went
                provider=rows[0].provider,
                sender=sender or "",
                kind=kind,
                source=source,
                resend_of=old_job,
            )
        )
    return jobs
