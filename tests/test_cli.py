"""The command line contract: outputs, JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from ellipses_sms.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_count_json(capsys):
    code, out, _ = run(capsys, "count", "--json", "Crème brûlée à 3 €")
    assert code == 0
    assert json.loads(out) == {"encoding": "UCS-2", "units": 18, "segments": 1, "non_gsm": ["û"]}


def test_count_human(capsys):
    code, out, _ = run(capsys, "count", "a" * 161)
    assert code == 0
    assert "Encodage : GSM-7" in out and "SMS : 2" in out and "Unités : 161" in out


def test_check_number_json_and_exit_code(capsys):
    code, out, _ = run(capsys, "check-number", "--json", "06 12 34 56 78", "01 23 45 67 89")
    assert code == 1
    good, landline = json.loads(out)
    assert good == {
        "input": "06 12 34 56 78",
        "valid": True,
        "e164": "+33612345678",
        "display": "+33 6 12 34 56 78",
        "type": "mobile",
        "error": None,
    }
    assert landline["valid"] is False and "fixe" in landline["error"]
    code, out, _ = run(capsys, "check-number", "0692 12 34 56")
    assert code == 0 and "+262 692 12 34 56" in out


def test_check_number_bad_region_is_a_usage_error(capsys):
    code, _, err = run(capsys, "check-number", "--region", "ZZ", "0612345678")
    assert code == 2 and err.count("\n") == 1


def test_send_wait_then_history_shows_delivered(home, capsys):
    code, out, err = run(
        capsys,
        "send",
        "--to",
        "06 12 34 56 78:Claire Dupond",
        "--text",
        "Votre commande est disponible",
        "--wait",
    )
    assert code == 0, err
    assert "+33 6 12 34 56 78  Claire Dupond : Remis" in out
    assert "Envoi terminé : 1 envoyé" in out
    code, out, _ = run(capsys, "history", "--json")
    data = json.loads(out)
    assert data["total"] == 1 and data["parts"] == 1
    (msg,) = data["messages"]
    assert msg["state"] == "delivered" and msg["status"] == "DELIVRD"
    assert msg["number"] == "+33612345678" and msg["name"] == "Claire Dupond"
    assert msg["id"].startswith("SBX")
    code, out, _ = run(capsys, "history", "--status", "success")
    assert "DELIVRD (Remis)" in out and "Total nombre de messages : 1 (1 SMS)" in out
    code, out, _ = run(capsys, "history", "--status", "failure", "--json")
    assert json.loads(out)["total"] == 0


def test_send_json_and_exit_1_when_some_fail(home, capsys):
    code, out, _ = run(
        capsys,
        "send",
        "--json",
        "--to",
        "+33600000001",
        "--to",
        "0612345678",
        "--to",
        "01 23 45 67 89",
        "--text",
        "Bonjour",
    )
    assert code == 1
    data = json.loads(out)
    assert [m["state"] for m in data["messages"]] == ["rejected", "sent", "blocked"]
    assert data["state"] == "submitted"


def test_send_usage_errors_exit_2(home, capsys):
    assert run(capsys, "send", "--text", "x")[0] == 2
    code, _, err = run(capsys, "send", "--to", "0612345678")
    assert code == 2 and "--text" in err
    assert run(capsys, "frobnicate")[0] == 2


def test_errors_are_one_line_without_traceback(home, capsys):
    code, _, err = run(capsys, "send", "--to", "0612345678", "--text", "x", "--provider", "zz")
    assert code == 1
    assert err == "ellipses-sms : Fournisseur SMS inconnu : « zz »\n"
    code, _, err = run(capsys, "send", "--to", "0612345678", "--text", "  ")
    assert code == 1 and "Traceback" not in err and err.count("\n") == 1


def test_resume_with_nothing_to_do(home, capsys):
    code, out, _ = run(capsys, "resume", "--json")
    assert code == 0
    assert json.loads(out) == {"jobs": [], "uncertain": [], "busy": [], "waiting": []}


def test_history_dates_french_and_iso(home, capsys):
    code, out, _ = run(capsys, "history", "--from", "01/11/2026", "--to", "2026-11-30", "--json")
    assert code == 0 and json.loads(out)["total"] == 0
    assert run(capsys, "history", "--from", "31/02/2026")[0] == 2


def test_module_entry_point_runs(home):
    proc = subprocess.run(
        [sys.executable, "-m", "ellipses_sms", "count", "--json", "Bonjour"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["segments"] == 1
