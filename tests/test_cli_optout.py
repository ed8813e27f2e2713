"""`ellipses-sms optout …` and `ellipses-sms replies …` on a real SQLite store, with the sandbox
(its STOP number +33 6 00 00 00 05 refuses the SMS and then answers « STOP », as its module
docstring documents)."""

from __future__ import annotations

import json
from datetime import datetime

from ellipses_sms import optouts, replies
from ellipses_sms.cli import main
from ellipses_sms.gateway.base import InboundSms
from tests.sending_hours import in_sending_hours


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys) -> list[dict]:
    code, out, _ = run(capsys, "optout", "list", "--json")
    assert code == 0
    return json.loads(out)


def test_add_list_remove(home, capsys):
    code, out, _ = run(capsys, "optout", "add", "06 12 34 56 78", "--note", "au comptoir")
    assert code == 0 and "ajouté aux désinscrits" in out
    code, out, _ = run(capsys, "optout", "add", "+33612345678")
    assert code == 0 and "déjà dans les désinscrits" in out
    (entry,) = listed(capsys)
    assert entry["number"] == "+33612345678" and entry["source"] == "libraire"
    assert entry["source_label"] == "libraire" and entry["note"] == "au comptoir"
    code, out, _ = run(capsys, "optout", "list")
    assert "6 12 34 56 78" in out and "1 numéro(s) désinscrit(s)" in out
    code, out, _ = run(capsys, "optout", "remove", "0612345678")
    assert code == 0 and "retiré" in out
    assert listed(capsys) == []
    code, _, err = run(capsys, "optout", "remove", "0612345678")
    assert code == 1 and "n'est pas dans les désinscrits" in err


def test_a_wrong_number_is_a_french_usage_error(home, capsys):
    code, _, err = run(capsys, "optout", "add", "01 23 45 67 89")
    assert code == 2 and "refusé" in err and "Traceback" not in err
    assert listed(capsys) == []


def test_import_adds_never_replaces_and_export_reads_back(home, capsys, tmp_path):
    run(capsys, "optout", "add", "0612345678", "--note", "premier")
    source = tmp_path / "stop.csv"
    source.write_text("Nom;Téléphone\nA;0612345678\nB;0699887766\nC;012345\n", encoding="utf-8")
    code, out, err = run(capsys, "optout", "import", str(source))
    assert code == 1  # a refused row is said, the others are kept
    assert "1 ajouté(s)" in out and "1 déjà connu(s)" in out and "ligne 4" in err
    entries = {e["number"]: e for e in listed(capsys)}
    assert entries["+33612345678"]["note"] == "premier"  # the first entry stays as it was
    assert entries["+33699887766"]["source"] == "fichier"
    target = tmp_path / "export.xlsx"
    code, out, _ = run(capsys, "optout", "export", str(target))
    assert code == 0 and "2 numéro(s)" in out
    from ellipses_sms import listfiles

    back = listfiles.read(target)
    assert sorted(r.number for r in back.recipients) == sorted(entries)
    assert {r.fields["source"] for r in back.recipients} == {"libraire", "fichier"}


def test_the_sandbox_stop_reply_becomes_an_opt_out_and_a_reply(services, capsys):
    from ellipses_sms import recipients

    in_sending_hours(services.dispatcher)
    stop = recipients.make("Paul", "+33600000005")
    summary = services.dispatcher.send([stop], "Nouveautés BD", kind="marketing")
    assert summary.count("blocked") == 1
    done = replies.fetch_all(services.store, services.gateways)
    assert done.replies == {"sandbox": 1} and done.stops["sandbox"] == 1
    assert optouts.is_opted_out(services.store, "+33600000005")
    (reply,) = replies.recent(services.store)
    assert (reply.number, reply.text, reply.is_stop, reply.name) == (
        "+33600000005",
        "STOP",
        True,
        "Paul",
    )
    assert replies.unread_count(services.store) == 1
    again = replies.fetch_all(services.store, services.gateways)  # kept once
    assert again.replies == {"sandbox": 0} and len(replies.recent(services.store)) == 1
    assert replies.mark_read(services.store) == 1 and replies.unread_count(services.store) == 0


def test_a_reply_is_kept_once_and_only_stop_words_opt_out(services):
    at = datetime(2026, 12, 2, 10)
    got = [
        InboundSms("1", "+33611111111", "Arrêt !", at),
        InboundSms("2", "+33622222222", "Merci, je passe samedi", at),
        InboundSms("1", "+33611111111", "Arrêt !", at),
    ]
    assert replies.record(services.store, "ovh", got) == (2, 1)
    assert replies.record(services.store, "ovh", got[:1]) == (0, 0)
    (entry,) = optouts.entries(services.store)
    assert entry.number == "+33611111111" and entry.source_label == "réponse STOP (ovh)"


def test_replies_commands(home, capsys):
    from ellipses_sms.app import build_services

    services = build_services()
    try:
        replies.record(services.store, "sandbox", [InboundSms("9", "+33633333333", "stop")])
    finally:
        services.close()
    code, out, _ = run(capsys, "replies", "list")
    assert code == 0 and "6 33 33 33 33" in out and "[STOP]" in out
    code, out, _ = run(capsys, "replies", "list", "--json")
    (reply,) = json.loads(out)
    assert reply["stop"] is True and reply["text"] == "stop"
    code, out, _ = run(capsys, "replies", "fetch", "--json")
    assert code == 0 and json.loads(out)["errors"] == {}
