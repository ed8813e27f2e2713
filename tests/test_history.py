"""History service: monthly consumption, export without formula injection, resending failures."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from sqlalchemy import update

from ellipses_sms import history, recipients
from ellipses_sms.cli import main
from ellipses_sms.store.models import jobs_table, messages_table
from ellipses_sms.store.queries import HistoryFilter, local_day_to_utc
from ellipses_sms.store.queries import history as history_rows


def send(services, *numbers, name="Client", text="Bonjour"):
    people = [recipients.make(name, n) for n in numbers]
    return services.dispatcher.send(people, text)


def move_to(services, job_id: int, when: datetime) -> None:
    with services.store.engine.begin() as conn:
        conn.execute(
            update(messages_table)
            .where(messages_table.c.job_id == job_id)
            .values(created_at=when, submitted_at=when)
        )


def test_consumption_per_local_month(services):
    this_month = date.today().replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    old = send(services, "0612345678", "0612345679")
    move_to(services, old.job_id, local_day_to_utc(last_month) + timedelta(minutes=1))
    long_text = "x" * 200  # 2 parts each
    send(services, "0612345670", "+33600000001", text=long_text)
    usage = history.consumption(services.store, 3, 0.05)
    assert [u.month for u in usage][-2:] == [last_month, this_month]
    assert (usage[-2].messages, usage[-2].parts) == (2, 2)
    now = usage[-1]
    assert (now.messages, now.parts, now.failed) == (2, 2, 1)  # the rejected one used no credit
    assert now.cost == 0.1
    assert usage[0].messages == 0


def test_export_csv_and_xlsx_keep_numbers_as_text_and_neutralise_formulas(services, tmp_path):
    send(services, "0612345678", name='=HYPERLINK("http://x")')
    rows = history_rows(services.store, HistoryFilter())
    out_csv = tmp_path / "h.csv"
    assert history.export(out_csv, rows) == 1
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header, line = list(csv.reader(out_csv.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert header[0] == "Identifiant" and line[4] == "'+33 6 12 34 56 78"
    assert line[5] == '\'=HYPERLINK("http://x")'
    out_xlsx = tmp_path / "h.xlsx"
    history.export(out_xlsx, rows)
    sheet = openpyxl.load_workbook(out_xlsx).active
    number, name = sheet.cell(2, 5), sheet.cell(2, 6)
    assert number.data_type == "s" and name.data_type == "s"
    assert not str(name.value).startswith("=")
    with pytest.raises(history.ExportError):
        history.export(tmp_path / "h.pdf", rows)
    with pytest.raises(history.ExportError):
        history.export(tmp_path / "missing" / "h.csv", rows)


def test_resend_failed_messages_makes_a_linked_job(services):
    first = send(services, "0612345678", "+33600000001", "+33600000005")
    rows = services.dispatcher.messages(first.job_id)
    jobs = history.resend(services.dispatcher, [r.id for r in rows])
    (job,) = jobs
    again = services.dispatcher.messages(job)
    assert [r.number for r in again] == ["+33600000001"]  # not the sent one, not the STOP one
    with services.store.engine.connect() as conn:
        linked = conn.execute(jobs_table.select().where(jobs_table.c.id == job)).one()
    assert linked.resend_of == first.job_id


def test_cli_consumption_and_history_export(home, capsys, tmp_path):
    assert main(["send", "--to", "0612345678", "--text", "Bonjour"]) == 0
    capsys.readouterr()
    assert main(["consumption", "--months", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [m["parts"] for m in data["months"]][-1] == 1
    assert data["balance"]["unit"] == "SMS"
    target = tmp_path / "export.xlsx"
    assert main(["history", "--export", str(target)]) == 0
    assert "1 message(s) exporté(s)" in capsys.readouterr().err
    assert target.exists()
    assert main(["history", "--export", str(tmp_path / "x.doc")]) == 1
    assert "Format d'export inconnu" in capsys.readouterr().err
    assert main(["consumption", "--months", "0"]) == 2
