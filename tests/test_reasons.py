"""Reasons: the French the command line prints, with a code and values the window translates."""

from __future__ import annotations

import json
import pickle
from datetime import datetime

import pytest

from ellipses_sms import compose, consent, policy, reasons, templates
from ellipses_sms.gateway.base import Gateway
from ellipses_sms.gateway.numbers import NumberRule
from ellipses_sms.reasons import FRENCH, Reason, parse
from ellipses_sms.recipients import make
from ellipses_sms.sending import outcomes
from ellipses_sms.sending.events import JobSummary
from ellipses_sms.states import JobState, MessageState

#: A value for each field of the templates (counts are numbers, `when` as the services say it).
SAMPLE = {
    "chars": 1700,
    "parts": 9,
    "limit": 6,
    "held": 2,
    "bad": 2,
    "count": 16,
    "total": 5,
    "attempts": 3,
    "job": 12,
    "at": 18,
    "start": 9,
    "begin": "21:00",
    "end": "09:00",
    "latest": "21:30",
    "when": "lundi 7 décembre à 08:00",
    "reason": "Numéro invalide",
}


def sample(code: str) -> dict:
    names = {m.group(1) for m in reasons._FIELD.finditer(FRENCH[code])} - {None}
    return {n: SAMPLE.get(n, f"<{n}>") for n in names}


@pytest.mark.parametrize("code", [c for c in reasons.CODES if c not in reasons.COMPOSED])
def test_every_code_reads_back_from_its_french(code):
    """A reason journaled as text (the history, a resumed send) is found again, values too."""
    made = Reason(code, **sample(code))
    found = parse(str(made))
    assert found is not None and found.code == code
    assert {k: str(v) for k, v in made.values.items()} == dict(found.values)  # counts: 2 or 1
    assert parse(made) is made


def test_a_sentence_no_service_writes_has_no_code():
    assert parse("Numéro inconnu chez l'opérateur") is None
    assert parse(None) is None
    assert parse("Numéro invalide, vraiment") is None  # the whole sentence, not its start


def test_a_reason_is_its_french_everywhere_text_goes():
    r = Reason("missing_value", field="titre")
    assert r == "valeur manquante : titre" and hash(r) == hash("valeur manquante : titre")
    assert json.dumps({"refusal": r}, ensure_ascii=False) == (
        '{"refusal": "valeur manquante : titre"}'
    )
    copy = pickle.loads(pickle.dumps(r))
    assert copy.code == "missing_value" and copy.values["field"] == "titre"
    assert str(ValueError(Reason("no_text"))) == FRENCH["no_text"]


def test_the_french_plural_agrees():
    at = datetime(2026, 12, 7, 8, 0)
    assert policy.hold_sentence(at, 1, 5).startswith("1 message sur 5 programmé, le premier")
    assert policy.hold_sentence(at, 2, 5).startswith("2 messages sur 5 programmés, le premier")
    assert policy.hold_sentence(at) == (
        "Envoi programmé pour lundi 7 décembre à 08:00 : hors des heures autorisées"
    )


def test_the_services_give_reasons_with_codes():
    people = [
        make("Léa", "0612345678", titre="Dune"),
        make("Paul", "0698765432"),
        make("Léa bis", "0612345678", titre="Dune"),
    ]
    c = compose.compose(people, "Votre livre {titre} est arrivé.")
    assert {i: r.code for i, r in c.refusals.items()} == {1: "missing_value", 2: "duplicate"}
    assert c.refusals[1] == "valeur manquante : titre"
    assert templates.missing_reason(["a", "b"]).code == "missing_values"
    assert consent.NO_NEWS.code == "no_consent"
    with pytest.raises(ValueError) as raised:
        compose.compose(people, "")
    assert raised.value.args[0].code == "no_text"

    class TwoParts(Gateway):
        name, max_parts = "demo", 2

    long = TwoParts().too_long("x" * 400)
    assert long.code == "too_long_parts" and long.values["parts"] == 3
    assert long.startswith("Texte trop long pour le fournisseur « demo » : 3 SMS")
    rule = NumberRule("kannel", ("FR",), None)
    refusal = rule.refusal("+32470123456")
    assert refusal.code == "number_country" and refusal.values["region"] == "BE"

    failed = outcomes.decide(5, _transient("délai dépassé"), datetime(2026, 1, 1), _policy())
    assert failed.error.code == "failed_after" and failed.error.values["attempts"] == 5
    assert outcomes.retry_note(datetime(2026, 1, 2, 15, 40), datetime(2026, 1, 1)).code == (
        "retry_at"
    )


def test_the_end_notice_is_a_reason_with_its_counts():
    counts = {MessageState.SENT: 2, MessageState.FAILED: 1, MessageState.CANCELLED: 1}
    s = JobSummary(4, JobState.CANCELLED, 4, counts, None).sentence()
    assert s == "Envoi annulé : 2 envoyés, 1 en échec, 1 annulé"
    assert s.code == "job_summary"
    assert (s.values["accepted"], s.values["failed"], s.values["cancelled"]) == (2, 1, 1)


def _transient(error: str):
    from ellipses_sms.gateway import SubmitResult

    return SubmitResult.refused(1, error, transient=True)


def _policy():
    return outcomes.RetryPolicy(max_attempts=5)
