"""The gateways' own sentences in the window's English: every one, none left in French.

The inventory is read from the gateway modules themselves (`ast`), so that a sentence added
there without its English fails here: each `Reason("gw_…", …)` they make is shown with sample
values, new and read back from the store (French text only); each fixed French sentence they
hold goes through the « Services » context, as the sandbox's do; and a sentence with values
written as an f-string (which no translation can follow) is refused.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ellipses_sms import reasons
from ellipses_sms.reasons import Reason
from ellipses_sms.ui.reason_text import reason_text

GATEWAY = Path(__file__).resolve().parents[2] / "ellipses_sms" / "gateway"

#: Modules whose sentences are not all translated yet (each one taken off when it is done).
PENDING = frozenset({"__init__", "infobip", "listener", "ovh"})

_FRENCH = re.compile(
    r"[éèêàâùûîôçœÉÈÀÇ«»]|\b(le|la|les|du|des|une?|pas|est|par|pour|sur|avec|erreur|réglage|"
    r"fournisseur|numéro|envoi|message|réponse|connexion|adresse|codes?|aucune?)\b",
    re.IGNORECASE,
)
#: What French looks like in a sentence shown in English (words the two do not share).
_LEFT = re.compile(
    r"[éèêàâùûîôçœ«»]|\b(le|la|les|du|des|une|pas|est|par|pour|sur|avec|erreur|réglage|"
    r"fournisseur|numéro|envoi|réponse|connexion|adresse|aucune?|ou|et)\b",
    re.IGNORECASE,
)
#: Calls whose strings are not sentences a provider says (settings labels, log lines).
_NOT_SAID = frozenset(
    {"Field", "debug", "info", "warning", "error", "exception"}  # labels, log lines
    | {"split", "startswith", "endswith", "partition", "find"}  # what is read in an answer
)


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")


def _literal(node: ast.JoinedStr) -> str:
    """An f-string's own words, without its values (`f"{status} {code}"` says nothing)."""
    return " ".join(v.value for v in node.values if isinstance(v, ast.Constant))


def inventory(module: Path) -> tuple[set[str], set[str], list[str]]:
    """(Reason codes made, fixed French sentences, French f-strings) of a gateway module."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skipped.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.Call) and _name(node) in _NOT_SAID:
            skipped.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(v) for v in node.values)
        if isinstance(node, ast.Compare):  # `"Missing receiver" in text`: what is read
            skipped.update(id(n) for n in ast.walk(node))
    codes: set[str] = set()
    fixed: set[str] = set()
    formatted: list[str] = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Call) and _name(node) == "Reason" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant):
                codes.add(first.value)
                skipped.add(id(first))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _FRENCH.search(node.value) and " " in node.value.strip():
                fixed.add(node.value.strip())  # a note's leading space joins it
        elif isinstance(node, ast.JoinedStr) and _FRENCH.search(_literal(node)):
            formatted.append(f"{module.name}:{node.lineno}: {ast.unparse(node)}")
    return codes, fixed, formatted


MODULES = sorted(p for p in GATEWAY.glob("*.py"))
DONE = [p for p in MODULES if p.stem not in PENDING]


@pytest.fixture
def english(qapp):
    from ellipses_sms.ui.i18n import install_translations

    translators = install_translations(qapp, "en")
    yield
    for t in translators:
        QCoreApplication.removeTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


#: Sample values: a provider's own words stay as they are (here in English), labels are ours.
SAMPLE = {
    "label": Reason("gw_label_provider", name="shop"),
    "reason": Reason("invalid_number"),  # ours: « Numéro invalide »
    "detail": "missing ), unterminated subpattern",
    "text": "Service Unavailable",
    "status": 503,
}


def _no_french(shown: str, french: str) -> None:
    assert shown != french, french
    assert not re.search(r"«|»|%\d|%n", shown), shown
    words = _LEFT.findall(shown)
    assert not words, f"{shown!r}: {words}"


def test_the_inventory_finds_every_kind_of_sentence():
    """The walk sees Reasons, fixed sentences and f-strings (a walk that saw none would pass)."""
    codes, fixed, formatted = inventory(GATEWAY / "transport.py")
    assert {"gw_read_timeout", "gw_server_said", "gw_maybe_sent"} <= codes
    codes, fixed, formatted = inventory(GATEWAY / "http.py")
    assert "réponse vide" in fixed and "Méthode" not in fixed  # a Field label is not said
    codes, fixed, formatted = inventory(GATEWAY / "infobip.py")  # still pending
    assert any("Refusé par Infobip" in f for f in formatted)


@pytest.mark.parametrize("module", DONE, ids=lambda p: p.stem)
def test_no_gateway_sentence_with_values_is_an_f_string(module):
    _, _, formatted = inventory(module)
    assert not formatted, "make these a Reason (reasons.FRENCH):\n" + "\n".join(formatted)


@pytest.mark.parametrize("module", DONE, ids=lambda p: p.stem)
def test_every_gateway_sentence_reads_in_english(english, module):
    codes, fixed, _ = inventory(module)
    for code in sorted(codes):
        names = {m.group(1) for m in reasons._FIELD.finditer(reasons.FRENCH[code])} - {None}
        made = Reason(code, **{n: SAMPLE.get(n, "x1") for n in names})
        shown = reason_text(made)
        _no_french(shown, str(made))
        assert reason_text(str(made)) == shown, code  # read back from the store as text
    for sentence in sorted(fixed):
        _no_french(reason_text(sentence), sentence)


def test_pending_modules_still_have_french_to_do():
    """A pending module done is taken off `PENDING`, so that it is checked from then on."""
    for module in MODULES:
        if module.stem in PENDING:
            _, fixed, formatted = inventory(module)
            assert formatted or fixed, f"{module.stem}: nothing pending, take it off PENDING"


def test_a_few_gateway_sentences_in_english(english):
    from ellipses_sms.gateway import transport

    label = Reason("gw_label_provider", name="shop")
    cut = transport.status_error(503, {}, "Service Unavailable", label=label, ambiguous=True)
    assert str(cut) == (
        "le fournisseur « shop » est en difficulté (HTTP 503 : Service Unavailable) ; "
        "le message a pu partir"
    )
    english = (
        "the provider “shop” is in trouble (HTTP 503: Service Unavailable); "
        "the message may have gone out"
    )
    assert reason_text(cut.message) == english
    assert reason_text(str(cut)) == english  # the history's text, after a restart
    failed = Reason("failed_after", attempts=3, reason=str(cut))
    assert reason_text(str(failed)) == f"Failed after 3 attempts: {english}"
    assert reason_text("Refusé par le fournisseur : Invalid 'to'") == (
        "Refused by the provider: Invalid 'to'"
    )
    assert reason_text("réglage « timeout » invalide : « abc » (un nombre)") == (
        "invalid “timeout” setting: “abc” (a number)"
    )
    checked = reasons.sentences(
        Reason("gw_twilio_ok", account="Shop"),
        " États des messages : interrogation régulière du fournisseur.",
    )
    assert str(checked) == (
        "Connexion à Twilio réussie : compte « Shop » actif. États des messages : "
        "interrogation régulière du fournisseur."
    )
    assert reason_text(checked) == (
        "Connected to Twilio: account “Shop” active. Message states: the provider is asked "
        "regularly."
    )
    assert reason_text("Refusé par Twilio (code 21211) : numéro invalide") == (
        "Refused by Twilio (code 21211): invalid number"
    )
    assert reason_text("Bac à sable prêt : aucun SMS réel n'est envoyé.") == (
        "Sandbox ready: no real SMS is sent."
    )
