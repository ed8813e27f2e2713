"""History service: monthly consumption, export without formula injection, resending failures."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta

import openpyxl
import pytest
from sqlalchemy import update

from ellipses_sms import history, recipients
from ellipses_sms.cli import main
from ellipses_sms.store.models import jobs_table, messages_table
from ellipses_sms.store.queries import (
    HistoryFilter,
    history_totals,
    local_day_to_utc,
    utc_to_local,
)
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
    # text cells (t="s"/"inlineStr", never <f>): Excel shows them as typed and runs nothing;
    # the quote prefix is Excel's own invisible mark, not an apostrophe in the text
    assert (number.value, number.data_type, number.quotePrefix) == ("+33 6 12 34 56 78", "s", True)
    assert (name.value, name.data_type, name.quotePrefix) == ('=HYPERLINK("http://x")', "s", True)
    with pytest.raises(history.ExportError):
        history.export(tmp_path / "h.pdf", rows)
    with pytest.raises(history.ExportError):
        history.export(tmp_path / "missing" / "h.csv", rows)


def test_xlsx_export_dates_are_real_dates_excel_sorts(services, tmp_path):
    winter, summer = datetime(2026, 1, 15, 9, 5, 7), datetime(2026, 7, 3, 18, 30)
    for number, when in (("0612345678", summer), ("0612345679", winter)):
        move_to(services, send(services, number).job_id, when)
    rows = history_rows(services.store, HistoryFilter())
    target = tmp_path / "h.xlsx"
    assert history.export(target, rows) == 2
    sheet = openpyxl.load_workbook(target).active
    assert sheet.cell(1, 2).value == "Date d'envoi"
    dates = [sheet.cell(r, 2) for r in (2, 3)]
    assert all(c.is_date and isinstance(c.value, datetime) for c in dates)
    assert all(c.number_format == history.XLSX_DATE_FORMAT for c in dates)
    # the local times the history window shows for these rows, to the second
    # most recent first, in local time to the second (what the history window shows)
    assert [c.value for c in dates] == [utc_to_local(summer), utc_to_local(winter)]
    assert sorted(c.value for c in dates)[0] == utc_to_local(winter)  # sorts as dates, not text
    assert sheet.cell(2, 8).value == 1 and sheet.cell(2, 8).data_type == "n"  # SMS: a number
    # CSV keeps the date as French text
    out_csv = tmp_path / "h.csv"
    history.export(out_csv, rows)
    lines = list(csv.reader(out_csv.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[1][1] == utc_to_local(summer).strftime("%d/%m/%Y %H:%M:%S")


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
    assert main(["consumption", "--months", "1"]) == 0
    assert "(prix estimé 0,07 € par SMS)" in capsys.readouterr().out  # French decimals
    target = tmp_path / "export.xlsx"
    assert main(["history", "--export", str(target)]) == 0
    assert "1 message(s) exporté(s)" in capsys.readouterr().err
    assert target.exists()
    assert main(["history", "--export", str(tmp_path / "x.doc")]) == 1
    assert "Format d'export inconnu" in capsys.readouterr().err
    assert main(["consumption", "--months", "0"]) == 2


# -- paging, detail, consumption against a plain computation, the poller --------------------


def bulk_messages(services, rows):
    """Insert (created_at, state, parts, submitted) messages straight into one job."""
    from sqlalchemy import insert

    with services.store.engine.begin() as conn:
        job = conn.execute(
            insert(jobs_table).values(
                created_at=rows[0][0],
                text="x",
                provider="sandbox",
                kind="notification",
                source="cli",
                state="submitted",
                total=len(rows),
            )
        ).inserted_primary_key[0]
        conn.execute(
            insert(messages_table),
            [
                {
                    "job_id": job,
                    "position": i,
                    "number": f"+3361234{i:04d}",
                    "name": f"Client {i}",
                    "text": "Bonjour",
                    "encoding": "GSM",
                    "parts": parts,
                    "provider": "sandbox",
                    "state": state,
                    "attempts": 1,
                    "created_at": at,
                    "submitted_at": at if submitted else None,
                    "updated_at": at,
                }
                for i, (at, state, parts, submitted) in enumerate(rows)
            ],
        )
    return job


@pytest.mark.parametrize("bounded", [False, True])
def test_keyset_pages_give_every_row_once_in_order_even_with_equal_dates(services, bounded):
    at = datetime(2026, 3, 10, 12, 0, 0)
    rows = [(at - timedelta(seconds=i // 3), "delivered", 1, True) for i in range(50)]
    rows += [(at + timedelta(days=5), "delivered", 1, True)]  # after the range's end
    bulk_messages(services, rows)
    f = HistoryFilter(date(2026, 3, 1), date(2026, 3, 12)) if bounded else HistoryFilter()
    whole = [r.id for r in history_rows(services.store, f)]
    pages, after = [], None
    while True:
        page = history_rows(services.store, f, limit=7, after=after)
        if not page:
            break
        pages += [r.id for r in page]
        after = (page[-1].created_at, page[-1].id)
    assert pages == whole and len(whole) == (50 if bounded else 51)


def test_message_detail_lists_every_status_event(services):
    from ellipses_sms.store.queries import message_detail, messages_by_id

    summary = send(services, "+33600000002")
    services.dispatcher.wait_for_reports(summary.job_id, timeout=5, interval=0.02)
    (row,) = services.dispatcher.messages(summary.job_id)
    detail = message_detail(services.store, row.id)
    assert [e.state for e in detail.events] == ["sent", "failed"]
    assert detail.events[-1].raw_status == "UNDELIV"
    assert detail.message.number == "+33600000002" and detail.kind == "notification"
    assert message_detail(services.store, 999_999) is None
    assert messages_by_id(services.store, [row.id])[row.id].state == "failed"


def test_consumption_matches_a_plain_count(services):
    """The per-month, per-state query against a count done by hand on the same rows."""
    today = date.today()
    months = [history._add_months(today.replace(day=1), -k) for k in range(4)]
    states = ["delivered", "failed", "expired", "sent", "blocked", "cancelled", "rejected"]
    rows = []
    for k, first in enumerate(months):
        base = local_day_to_utc(first)
        for i in range(30 + 7 * k):
            state = states[(i + k) % len(states)]
            submitted = state not in ("blocked", "cancelled")
            rows.append((base + timedelta(hours=i), state, 1 + i % 3, submitted))
    rows.append((local_day_to_utc(months[-1]) - timedelta(seconds=1), "delivered", 5, True))
    bulk_messages(services, rows)
    usage = history.consumption(services.store, 4, 0.1, today=today)
    for u in usage:
        lo = local_day_to_utc(u.month)
        hi = local_day_to_utc(history._add_months(u.month, 1))
        mine = [r for r in rows if lo <= r[0] < hi]
        assert u.messages == len(mine)
        assert u.parts == sum(r[2] for r in mine if r[3])
        assert u.delivered == sum(r[1] == "delivered" for r in mine)
        assert u.failed == sum(r[1] in ("failed", "expired", "rejected", "blocked") for r in mine)
        assert u.cost == round(u.parts * 0.1, 2)


def test_services_poller_uses_the_interval_setting(services):
    from ellipses_sms.states import MessageState as S

    assert services.poller.interval == 0.05  # report_poll_interval of the test settings
    services.settings.set("report_poll_interval", 30)
    assert services.poller.interval == 30  # applies from the next tick
    services.settings.set("report_poll_interval", 0.05)
    summary = services.dispatcher.send([recipients.make("A", "0612345678")], "Bonjour")
    services.poller.start()
    deadline = datetime.now() + timedelta(seconds=10)
    while services.dispatcher.counts(summary.job_id).get(S.DELIVERED) != 1:
        assert datetime.now() < deadline, "the poller never brought the report"
        import time

        time.sleep(0.02)
    services.poller.stop()


def test_search_takes_percent_and_underscore_literally(services):
    send(services, "0612345678", name="Librairie 100% BD")
    send(services, "0612345679", name="Jean_Paul")
    send(services, "0612345670", name="Autre client")

    def names(text):
        return sorted(r.name for r in history_rows(services.store, HistoryFilter(search=text)))

    assert names("100%") == ["Librairie 100% BD"]
    assert names("n_p") == ["Jean_Paul"]
    assert names("%") == ["Librairie 100% BD"]
    assert names("jean") == ["Jean_Paul"]  # still case-insensitive


def test_search_ignores_accents_and_case_on_every_letter(services):
    send(services, "0612345678", name="Hélène Müller")
    send(services, "0612345679", name="ÉLODIE Œuvre")
    send(services, "0612345670", name="Helen Smith")

    def names(text):
        f = HistoryFilter(search=text)
        rows = history_rows(services.store, f)
        assert history_totals(services.store, f)[0] == len(rows)
        return sorted(r.name for r in rows)

    assert names("helene") == ["Hélène Müller"]
    assert names("HÉLÈNE") == ["Hélène Müller"]
    assert names("muller") == ["Hélène Müller"]
    assert names("élodie") == ["ÉLODIE Œuvre"]
    assert names("elodie") == ["ÉLODIE Œuvre"]
    assert names("helen") == ["Helen Smith", "Hélène Müller"]


# -- « Date d'envoi » and « SMS utilisés »: one rule, the provider's acceptance --------------


def every_state_once(services):
    """On a real store, through the real send path: one message in each state a clerk meets.

    Long texts (2 SMS each) so that a count of messages cannot pass for a count of SMS.
    """
    from ellipses_sms.states import MessageState as S

    text = "x" * 200
    people = [
        recipients.make("Remis", "0612345678"),  # accepted, delivered
        recipients.make("Refusé", "+33600000001"),  # refused by the provider at once
        recipients.make("Échec", "+33600000002"),  # accepted, then not delivered (UNDELIV)
        recipients.make("Expiré", "+33600000003"),  # accepted, then expired
        recipients.make("Stop", "+33600000005"),  # opted out
    ]
    summary = services.dispatcher.send(people, text)
    services.dispatcher.wait_for_reports(summary.job_id, timeout=10, interval=0.02)
    later = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=2)
    services.dispatcher.create_job(
        [recipients.make("Programmé", "0612345670")], text, not_before=later
    )
    cancelled = services.dispatcher.create_job(
        [recipients.make("Annulé", "0612345671")], text, claim=False
    )
    services.dispatcher.cancel_job(cancelled)
    rows = {r.name: r for r in history_rows(services.store, HistoryFilter())}
    assert {n: S(r.state) for n, r in rows.items()} == {
        "Remis": S.DELIVERED,
        "Refusé": S.REJECTED,
        "Échec": S.FAILED,
        "Expiré": S.EXPIRED,
        "Stop": S.BLOCKED,
        "Programmé": S.QUEUED,
        "Annulé": S.CANCELLED,
    }
    assert all(r.parts == 2 for r in rows.values())
    return rows


SENT = {"Remis", "Échec", "Expiré"}  # the provider took them: they have a date and cost SMS


def test_date_d_envoi_is_empty_until_the_provider_accepted_the_message(services, tmp_path):
    from ellipses_sms.store.queries import sent_date

    rows = every_state_once(services)
    assert {n for n, r in rows.items() if sent_date(r) is not None} == SENT
    # the export: a real date for those, an empty cell for the others (not their creation)
    target = tmp_path / "h.xlsx"
    history.export(target, rows.values())
    sheet = openpyxl.load_workbook(target).active
    by_name = {sheet.cell(r, 6).value: sheet.cell(r, 2) for r in range(2, sheet.max_row + 1)}
    assert {n for n, c in by_name.items() if c.value is not None} == SENT
    assert all(by_name[n].is_date for n in SENT)
    sent_at = utc_to_local(rows["Remis"].submitted_at)
    assert abs(by_name["Remis"].value - sent_at) < timedelta(seconds=1)
    out_csv = tmp_path / "h.csv"
    history.export(out_csv, rows.values())
    lines = list(csv.reader(out_csv.read_text("utf-8-sig").splitlines(), delimiter=";"))[1:]
    assert {line[5] for line in lines if line[1]} == SENT


def test_cli_history_dates_only_what_was_sent(home, capsys):
    assert main(["send", "--to", "0612345678", "--text", "Bonjour"]) == 0
    assert main(["send", "--to", "+33600000001", "--text", "Bonjour"]) == 1  # refused
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    dated = {m["number"]: m["date"] for m in data["messages"]}
    assert dated["+33612345678"] is not None and dated["+33600000001"] is None
    assert all(m["created"] for m in data["messages"])
    assert (data["total"], data["parts"]) == (2, 1)  # the refused one used no SMS


def test_history_totals_and_consumption_count_the_same_sms(services):
    rows = every_state_once(services)
    count, used = history_totals(services.store, HistoryFilter())
    (month,) = history.consumption(services.store, 1)
    assert (count, used) == (7, 2 * len(SENT))
    assert (month.messages, month.parts) == (count, used)
    from ellipses_sms.store.queries import totals_of

    assert totals_of(rows.values()) == (count, used)  # rows already read: the same rule
    # a date range, a status filter: still the consumption's rule on what they cover
    failures = history_totals(services.store, HistoryFilter(status="failure"))
    assert failures == (4, 2 * len({"Échec", "Expiré"}))


def test_xlsx_export_takes_control_characters_in_texts_and_names(services, tmp_path):
    """A form feed is a GSM character; a list imported from elsewhere may carry others."""
    send(services, "0612345678", name="Libr\x01airie", text="Page 1\x0cPage 2")
    target = tmp_path / "h.xlsx"
    assert history.export(target, history_rows(services.store, HistoryFilter())) == 1
    sheet = openpyxl.load_workbook(target).active
    assert (sheet.cell(2, 6).value, sheet.cell(2, 7).value) == ("Librairie", "Page 1Page 2")
    number = sheet.cell(2, 5)  # text, shown without an apostrophe (Excel's own quote prefix)
    assert (number.value, number.data_type, number.quotePrefix) == ("+33 6 12 34 56 78", "s", True)
    assert sheet.cell(2, 2).is_date and sheet.cell(2, 2).number_format == history.XLSX_DATE_FORMAT
