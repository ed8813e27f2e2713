"""Composing a send without sending: per recipient text, encoding, parts, refusal, and totals."""

from __future__ import annotations

import json

import pytest

from ellipses_sms import listfiles, sms
from ellipses_sms.compose import DUPLICATE, NO_MESSAGE, compose, message_field
from ellipses_sms.recipients import Recipient, make
from ellipses_sms.templates import TemplateSyntaxError, UnknownPlaceholder

GSM7, UCS2 = sms.Encoding.GSM7, sms.Encoding.UCS2
BUILTINS = {"librairie": "Librairie du Centre", "date": "2 décembre 2026"}


@pytest.fixture(autouse=True)
def _private_home(home):
    """Lists read here remember nothing in the user's folder."""
    return home


def person(name: str, number: str, **fields: str) -> Recipient:
    return Recipient(name, number, fields)


PEOPLE = [
    person("Claire Dupond", "+33612345678", prenom="Claire", titre_ouvrage="Vendredi"),
    person("François Martin", "+33612345679", prenom="François", titre_ouvrage="Les Misérables"),
    person("Léa Durand", "+33612345670", prenom="Léa"),
    make("Paul", "01 23 45 67 89"),  # a landline: the outbox refuses it
    person("Claire bis", "+33612345678", prenom="Claire", titre_ouvrage="Vendredi"),
]
TEXT = "Bonjour {prenom}, votre livre {titre_ouvrage|commandé} est arrivé à {librairie}."


def test_dry_run_per_recipient_and_totals():
    c = compose(PEOPLE, TEXT, builtins=BUILTINS, price_per_part=0.07)
    messages = list(c.messages())
    assert [m.text for m in messages] == [
        "Bonjour Claire, votre livre Vendredi est arrivé à Librairie du Centre.",
        "Bonjour François, votre livre Les Misérables est arrivé à Librairie du Centre.",
        "Bonjour Léa, votre livre commandé est arrivé à Librairie du Centre.",
        "",
        "",
    ]
    assert [m.encoding for m in messages[:3]] == [GSM7, UCS2, GSM7]
    assert [m.parts for m in messages] == [1, 2, 1, 0, 0]
    assert messages[3].refusal == PEOPLE[3].error
    assert messages[4].refusal == DUPLICATE
    # the outbox refuses the landline and the duplicate itself; the rendering refused Paul too
    assert c.template_refusals == {3: "valeur manquante : prenom"}
    assert c.totals() == {
        "recipients": 5,
        "to_send": 3,
        "refused": 2,
        "parts": 4,
        "max_parts": 2,
        "unicode": 1,
        "price_per_part": 0.07,
        "cost": 0.28,
    }
    assert c.longest == 1
    assert c.summary() == (
        "4 SMS pour 3 destinataire(s) (2 refusés), coût estimé 0,28 € ; "
        "jusqu'à 2 SMS par message ; 1 en Unicode."
    )


def test_missing_value_is_a_template_refusal_for_the_outbox():
    c = compose(PEOPLE[:3], "Votre livre {titre_ouvrage} est arrivé.", builtins=BUILTINS)
    assert c.template_refusals == {2: "valeur manquante : titre_ouvrage"}
    assert c.refusals == c.template_refusals
    assert c.texts[2] == "" and c.parts[2] == 0
    assert c.total_parts == 2


def test_json_shape():
    c = compose(PEOPLE[:2], "Bonjour {prenom}", builtins=BUILTINS, price_per_part=0.07)
    data = json.loads(json.dumps(c.to_json()))
    assert data == {
        "dry_run": True,
        "template": "Bonjour {prenom}",
        "per_row": False,
        "messages": [
            {
                "position": 0,
                "name": "Claire Dupond",
                "number": "+33612345678",
                "text": "Bonjour Claire",
                "encoding": "GSM-7",
                "parts": 1,
                "refusal": None,
            },
            {
                "position": 1,
                "name": "François Martin",
                "number": "+33612345679",
                "text": "Bonjour François",
                "encoding": "UCS-2",
                "parts": 1,
                "refusal": None,
            },
        ],
        "totals": {
            "recipients": 2,
            "to_send": 2,
            "refused": 0,
            "parts": 2,
            "max_parts": 1,
            "unicode": 1,
            "price_per_part": 0.07,
            "cost": 0.14,
        },
    }


def test_lines_for_the_terminal():
    c = compose(PEOPLE[2:4], "Bonjour {prenom|}", builtins=BUILTINS, price_per_part=0.07)
    lines = list(c.lines())
    assert lines[0] == "Léa Durand (+33 6 12 34 56 70) : 1 SMS, GSM-7 — Bonjour Léa"
    assert lines[1].startswith("Paul (01 23 45 67 89) : refusé, ")
    assert lines[2] == "1 SMS pour 1 destinataire(s) (1 refusé), coût estimé 0,07 €."


def test_template_errors_stop_before_anything():
    with pytest.raises(UnknownPlaceholder, match="vouliez-vous dire"):
        compose(PEOPLE, "Bonjour {prenon}", builtins=BUILTINS)
    with pytest.raises(TemplateSyntaxError):
        compose(PEOPLE, "Bonjour {prenom", builtins=BUILTINS)


def test_no_text_and_no_message_column():
    with pytest.raises(ValueError, match="colonne « message »"):
        compose(PEOPLE, "", builtins=BUILTINS)


# ------------------------------------------------------------------------------------------
# A list with a message per row
# ------------------------------------------------------------------------------------------


def test_each_row_its_own_message_with_placeholders():
    people = [
        person("Claire", "+33612345678", prenom="Claire", message="Bonjour {prenom}, c'est prêt."),
        person("Jean", "+33612345679", prenom="Jean", message="Bonjour {prenom}, c'est prêt."),
        person("Léa", "+33612345670", message="Rappel : {titre|votre commande} vous attend."),
        person("Zoé", "+33612345671", message="  "),
        person("Paul", "+33612345672", message="Bonjour {prenom"),
        person("Hugo", "+33612345673", message="Bonjour {prenom}"),
        person("Inès", "+33612345674", prenom="Inès", message="Bonjour {prenon}"),
    ]
    c = compose(people, None, builtins=BUILTINS, price_per_part=0.07)
    assert c.per_row and c.template is None
    assert c.texts[:3] == [
        "Bonjour Claire, c'est prêt.",
        "Bonjour Jean, c'est prêt.",
        "Rappel : votre commande vous attend.",
    ]
    assert c.refusals[3] == NO_MESSAGE
    assert c.refusals[4].startswith("message de la liste : accolade « { » ouverte")
    assert c.refusals[5] == "valeur manquante : prenom"
    assert c.refusals[6] == (
        "message de la liste : {prenon} inconnu ; vouliez-vous dire {prenom} ?"
    )
    assert c.template_refusals == c.refusals  # the outbox journals them as refused
    assert c.total_parts == 3


def test_a_given_text_wins_over_the_message_column():
    people = [person("Claire", "+33612345678", message="autre chose")]
    c = compose(people, "Texte commun ({message})", builtins=BUILTINS)
    assert c.texts == ["Texte commun (autre chose)"]


def test_list_file_with_a_message_column(tmp_path):
    path = tmp_path / "relances.csv"
    path.write_text(
        "Nom;Prénom;Portable;Message\n"
        "Dupond;Claire;06 12 34 56 78;Bonjour {prenom}, votre commande est prête.\n"
        "Martin;Jean;06 12 34 56 79;Jean, votre livre {titre|} est arrivé.\n",
        encoding="utf-8",
    )
    result = listfiles.read(path)
    assert result.message_field == "message"
    assert message_field(result.recipients) == "message"
    c = compose(result.recipients, None, builtins=BUILTINS, price_per_part=0.07)
    assert c.texts == [
        "Bonjour Claire, votre commande est prête.",
        "Jean, votre livre  est arrivé.",
    ]
    assert c.refusals == {}


def test_texte_column_too(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("Nom;Téléphone;Texte\nDupond;06 12 34 56 78;Bonjour\n", encoding="utf-8")
    result = listfiles.read(path)
    assert result.message_field == "texte"
    assert compose(result.recipients, None, builtins=BUILTINS).texts == ["Bonjour"]


def test_no_message_column_in_an_ordinary_list(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("Nom;Téléphone\nDupond;06 12 34 56 78\n", encoding="utf-8")
    assert listfiles.read(path).message_field is None


def test_refusals_in_the_outbox_order():
    # the outbox says: unusable number, then the rendering's refusal, then duplicate
    people = [
        person("Claire", "+33612345678"),  # no prenom
        person("Claire bis", "+33612345678", prenom="Claire"),  # same number
        make("Paul", "01 23 45 67 89"),  # landline, and no prenom either
        make("Paul bis", "01 23 45 67 89", prenom="Paul"),  # unusable numbers are not "seen"
    ]
    c = compose(people, "Bonjour {prenom}", builtins=BUILTINS)
    assert c.refusals == {
        0: "valeur manquante : prenom",
        1: DUPLICATE,
        2: people[2].error,
        3: people[3].error,
    }
    assert c.template_refusals == {0: "valeur manquante : prenom", 2: "valeur manquante : prenom"}


# ------------------------------------------------------------------------------------------
# The contract with the outbox: what compose gives is what the journal keeps
# ------------------------------------------------------------------------------------------


def test_the_journal_keeps_each_rendered_text_and_the_refusals(services):
    from ellipses_sms.states import MessageState

    people = [
        person("Claire Dupond", "+33612345678", prenom="Claire", titre_ouvrage="Vendredi"),
        person("François Martin", "+33612345679", prenom="François", titre_ouvrage="Candide"),
        person("Léa Durand", "+33612345670", prenom="Léa"),
    ]
    c = compose(people, "Bonjour {prenom}, {titre_ouvrage} est arrivé.", builtins=BUILTINS)
    job = services.dispatcher.create_job(
        people, c.template, texts=c.texts, refusals=c.template_refusals
    )
    rows = services.dispatcher.messages(job)
    assert [r.text for r in rows] == [
        "Bonjour Claire, Vendredi est arrivé.",
        "Bonjour François, Candide est arrivé.",
        "",
    ]
    assert [(r.encoding, r.parts) for r in rows[:2]] == [
        (c.encodings[0].value, c.parts[0]),
        (c.encodings[1].value, c.parts[1]),
    ]
    assert (rows[2].state, rows[2].error) == (
        MessageState.BLOCKED,
        "valeur manquante : titre_ouvrage",
    )


def test_one_estimate_of_cost_for_the_preview_the_consumption_and_the_credit_check():
    """0.07 € a part, 3 parts: 0.21 € in every screen (pricing.estimated_cost, one rule)."""
    from ellipses_sms.pricing import estimated_cost

    assert estimated_cost(3, 0.07) == 0.21
    assert estimated_cost(0, 0.07) == 0.0 and estimated_cost(5, None) == 0.0
    assert estimated_cost(1, 0.0449) == 0.04  # to the cent
