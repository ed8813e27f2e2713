"""Templates: parsing, rendering per recipient, refusals, errors, and the counts of each message."""

from __future__ import annotations

import sys
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ellipses_sms import sms, templates
from ellipses_sms.recipients import Recipient, make
from ellipses_sms.scripts.runner import RowFields
from ellipses_sms.templates import (
    EmptyBuiltin,
    Placeholder,
    TemplateSyntaxError,
    UnknownPlaceholder,
    builtin_values,
    french_date,
    known_fields,
    parse,
    render_all,
    render_one,
)

GSM7, UCS2 = sms.Encoding.GSM7, sms.Encoding.UCS2
TODAY = date(2026, 12, 2)
BUILTINS = {"librairie": "Librairie du Centre", "date": french_date(TODAY)}


def person(name: str = "Claire Dupond", number: str = "+33612345678", **fields: str) -> Recipient:
    return Recipient(name, number, fields)


# ------------------------------------------------------------------------------------------
# Parsing
# ------------------------------------------------------------------------------------------


def test_parse_pieces_defaults_and_braces():
    tpl = parse("Bonjour {prenom|client}, {{ok}} {Titre ouvrage}.")
    assert tpl.pieces == (
        "Bonjour ",
        Placeholder("prenom", "prenom|client", "client", 8, 23),
        ", {ok} ",
        Placeholder("titre_ouvrage", "Titre ouvrage", None, 32, 47),
        ".",
    )
    assert tpl.keys == ("prenom", "titre_ouvrage")


@pytest.mark.parametrize(
    ("written", "key"),
    [("Prénom", "prenom"), ("Titre ouvrage", "titre_ouvrage"), (" DATE ", "date"), ("n°", "n")],
)
def test_names_are_normalised_like_list_columns(written, key):
    assert parse("{" + written + "}").placeholders[0].key == key


def test_empty_default_and_default_trimmed():
    a, b = parse("{titre|}{prenom | cher client }").placeholders
    assert a.default == ""
    assert b.default == "cher client"


def test_a_text_without_braces_is_one_literal():
    assert parse("Votre commande est arrivée.").pieces == ("Votre commande est arrivée.",)
    assert parse("").pieces == ()


@pytest.mark.parametrize(
    ("text", "position", "words"),
    [
        ("Bonjour {prenom, votre livre", 8, "caractère 9 et jamais fermée"),
        ("Prix } 12", 5, "caractère 6 sans accolade"),
        ("{titre|{x}}", 7, "caractère 8, dans le champ ouvert au caractère 1"),
        ("Bonjour {}", 8, "accolades vides au caractère 9"),
        ("{ |défaut}", 0, "sans nom de champ au caractère 1"),
        ("{!!}", 0, "sans nom de champ"),
    ],
)
def test_malformed_templates_say_where(text, position, words):
    with pytest.raises(TemplateSyntaxError) as caught:
        parse(text)
    assert caught.value.position == position
    assert words in str(caught.value)
    assert "doublez-la" in str(caught.value)


# ------------------------------------------------------------------------------------------
# Built-ins
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 12, 2), "2 décembre 2026"),
        (date(2027, 3, 1), "1er mars 2027"),
        (date(2027, 8, 15), "15 août 2027"),
        (date(2027, 2, 28), "28 février 2027"),
    ],
)
def test_french_date(day, text):
    assert french_date(day) == text


class FakeSettings:
    def __init__(self, **values):
        self.values = values

    def get(self, key):
        return self.values.get(key, "")


def test_builtin_values_from_settings_and_injected_day():
    values = builtin_values(FakeSettings(librairie=" Le Bateau Livre "), today=TODAY)
    assert values == {"librairie": "Le Bateau Livre", "date": "2 décembre 2026"}
    assert builtin_values(today=TODAY)["librairie"] == ""


def test_librairie_setting_is_declared():
    from ellipses_sms.settings import DECLARED

    assert DECLARED["librairie"].default == ""
    assert DECLARED["test_number"].default == ""


def test_builtins_render_for_everyone():
    r = render_all("{librairie}, le {date} : {nom} ({numero})", [person()], BUILTINS)
    assert r.texts == ["Librairie du Centre, le 2 décembre 2026 : Claire Dupond (+33612345678)"]


def test_a_recipient_field_wins_over_a_builtin():
    # a list's « Nom » column is the family name, and a « Date » column is the list's own date
    r = render_all("{nom} {date}", [person(nom="Dupond", date="03/12/2026")], BUILTINS)
    assert r.texts == ["Dupond 03/12/2026"]


def test_empty_librairie_stops_the_send_unless_a_default_is_given():
    values = {**BUILTINS, "librairie": ""}
    with pytest.raises(EmptyBuiltin, match="Nom de la librairie"):
        render_all("{librairie} : votre livre est arrivé", [person()], values)
    r = render_all("{librairie|Votre librairie} : arrivé", [person()], values)
    assert r.texts == ["Votre librairie : arrivé"]


# ------------------------------------------------------------------------------------------
# Rendering
# ------------------------------------------------------------------------------------------


def test_each_customer_gets_their_own_message():
    people = [
        person("Claire Dupond", prenom="Claire", titre_ouvrage="Les Misérables"),
        person("Jean Martin", "+33612345679", prenom="Jean", titre_ouvrage="Vendredi"),
    ]
    r = render_all("Bonjour {prenom}, votre livre {titre_ouvrage} est arrivé.", people, BUILTINS)
    assert r.texts == [
        "Bonjour Claire, votre livre Les Misérables est arrivé.",
        "Bonjour Jean, votre livre Vendredi est arrivé.",
    ]
    assert r.encodings == [GSM7, GSM7]
    assert r.parts == [1, 1]
    assert r.refusals == {}
    assert r.total_parts == 2


@pytest.mark.parametrize("value", [None, "", "   "])
def test_default_when_the_value_is_absent_empty_or_blank(value):
    fields = {} if value is None else {"prenom": value}
    people = [person(**fields), person("Jean", "+33612345679", prenom="Jean")]
    r = render_all("Bonjour {prenom|cher client} !", people, BUILTINS)
    assert r.texts == ["Bonjour cher client !", "Bonjour Jean !"]


def test_a_default_covers_recipients_without_any_field():
    # numbers typed by hand have no fields: the default is what the clerk asked for
    people = [person(), person("Jean", "+33612345679")]
    r = render_all("Bonjour {prenom|cher client} !", people, BUILTINS)
    assert r.texts == ["Bonjour cher client !"] * 2


def test_a_default_does_not_hide_a_typo_in_a_list_field():
    people = [person(prenom="Claire"), person("Jean", "+33612345679", prenom="Jean")]
    with pytest.raises(UnknownPlaceholder, match=r"\{prenon\} inconnu ; vouliez-vous dire"):
        render_all("Bonjour {prenon|cher client} !", people, BUILTINS)


def test_values_are_trimmed():
    r = render_all("[{prenom}]", [person(prenom="  Claire \t")], BUILTINS)
    assert r.texts == ["[Claire]"]


def test_a_missing_value_refuses_that_recipient_alone():
    people = [
        person(prenom="Claire", titre_ouvrage="Vendredi"),
        person("Jean", "+33612345679", prenom="Jean", titre_ouvrage=""),
        person("Zoé", "+33612345670"),
    ]
    r = render_all("{prenom} : {titre_ouvrage}", people, BUILTINS)
    assert r.texts == ["Claire : Vendredi", "", ""]
    assert r.refusals == {
        1: "valeur manquante : titre_ouvrage",
        2: "valeurs manquantes : prenom, titre_ouvrage",
    }
    assert r.parts == [1, 0, 0]
    assert r.total_parts == 1


def test_unknown_placeholder_names_the_closest_known_field():
    people = [person(prenom="Claire", titre_ouvrage="Vendredi")]
    with pytest.raises(UnknownPlaceholder) as caught:
        render_all("Bonjour {prenon}, {titre_ouvrage}", people, BUILTINS)
    assert str(caught.value) == "{prenon} inconnu ; vouliez-vous dire {prenom} ?"
    assert caught.value.unknown == (("{prenon}", "prenom"),)


def test_unknown_placeholder_as_typed_and_without_a_close_one():
    with pytest.raises(UnknownPlaceholder) as caught:
        render_all("{Prénon} {xyzzy}", [person(prenom="Claire")], BUILTINS)
    first, second = str(caught.value).splitlines()
    assert first == "{Prénon} inconnu ; vouliez-vous dire {prenom} ?"
    assert second.startswith("{xyzzy} inconnu ; champs disponibles : {prenom}, {nom}, {numero}")
    assert "{librairie}, {date}" in second


def test_a_field_some_recipients_have_is_not_unknown():
    people = [person(prenom="Claire"), person("Jean", "+33612345679")]
    r = render_all("Bonjour {prenom}", people, BUILTINS)
    assert r.refusals == {1: "valeur manquante : prenom"}


def test_no_recipient_no_error_and_nothing_rendered():
    r = render_all("Bonjour {prenom}", [], BUILTINS)
    assert (r.texts, r.refusals, r.longest, r.max_parts) == ([], {}, None, 0)


def test_template_without_placeholder_is_the_same_for_everyone():
    r = render_all("Votre commande est arrivée.", [person(), person()], BUILTINS)
    assert r.texts == ["Votre commande est arrivée."] * 2
    assert r.parts == [1, 1]


def test_only_placeholders_and_all_empty_is_a_refusal():
    r = render_all("{message|}", [person(message="Bonjour"), person(message=" ")], BUILTINS)
    assert r.texts == ["Bonjour", ""]
    assert r.refusals == {1: "message vide pour ce destinataire"}


def test_a_c_cedilla_makes_only_that_customers_sms_unicode():
    people = [person(prenom="Claire"), person("F", "+33612345679", prenom="François")]
    text = "Bonjour {prenom}, " + "votre commande est arrivée à la librairie. " * 2
    r = render_all(text, people, BUILTINS)
    assert r.encodings == [GSM7, UCS2]
    assert r.parts == [1, 2]  # 104 septets; 105 UCS-2 units
    assert r.longest == 1
    assert r.unicode_count == 1


def test_transliteration_applies_per_rendering():
    people = [person(prenom="Claire"), person("F", "+33612345679", prenom="François")]
    r = render_all("Bonjour {prenom} « ça »", people, BUILTINS, transliterate=True)
    assert r.texts == ['Bonjour Claire " ca "', 'Bonjour Francois " ca "']
    assert r.encodings == [GSM7, GSM7]


def test_decomposed_accent_in_a_value_is_sent_composed():
    r = render_all("{prenom}", [person(prenom="Ele\u0301onore")], BUILTINS)
    assert r.texts == ["Éléonore".replace("É", "E")]
    assert r.encodings == [GSM7]


def test_a_combining_mark_joins_the_letter_before_the_placeholder():
    # "e" + U+0301 is the GSM-7 é once composed: the whole message has to be measured
    r = render_all("cafe{accent}", [person(accent="\u0301")], BUILTINS)
    assert r.texts == ["café"]
    assert r.encodings == [GSM7]


def test_crlf_in_a_value_at_a_part_boundary():
    value = "a" * 140 + "\r\n" + "a" * 152
    r = render_all("{x}", [person(x=value[:-12]), person(x=value)], BUILTINS)
    assert r.parts == [2, 2]


def test_extension_character_at_the_boundary_is_measured_exactly():
    r = render_all("{x}€" + "b" * 10, [person(x="a" * 152)], BUILTINS)  # 164 septets
    assert r.parts == [2]
    assert r.parts == [sms.analyze(r.texts[0]).segments]


def test_emoji_in_the_template():
    people = [person(prenom="Claire"), person("Z", "+33612345679", prenom="Zo" + "é" * 40)]
    r = render_all("📚 {prenom}, votre livre est arrivé à la librairie du centre !", people)
    assert r.parts == [sms.analyze(t).segments for t in r.texts] == [1, 2]


@pytest.mark.parametrize(
    "template",
    [
        "📚 Bonjour {a}, votre livre {b} est arrivé, il vous attend à la librairie 👍🏽 !",
        "Bonjour {a}, " + "votre livre {b} est arrivé (prix : 12 €). " * 4,
        "{a}" + "€" * 60 + "{b}",
    ],
)
def test_messages_of_one_shape_share_a_count_and_each_is_exact(template):
    # values of the same lengths share one greedy split; different letters, same answer
    words = ["Claire", "Hugues", "Ramsès", "Zoé", "Françoise", "Léa"]
    people = [
        person(a=a, b=(b * 20)[: 20 + 15 * (i % 5)])
        for i, (a, b) in enumerate((a, b) for a in words for b in words)
    ]
    r = render_all(template, people, BUILTINS)
    for text, encoding, parts in zip(r.texts, r.encodings, r.parts, strict=True):
        info = sms.analyze(text)
        assert (encoding, parts) == (info.encoding, info.segments)
    assert len(set(r.parts)) > 1


def test_script_recipients_with_row_fields():
    fields = RowFields({"prenom": 2, "titre_ouvrage": 3}, ("x", "y", " Claire ", None))
    r = render_all(
        "{prenom} {titre_ouvrage|votre commande}",
        [Recipient("Claire Dupond", "+33612345678", fields)],
        BUILTINS,
    )
    assert r.texts == ["Claire votre commande"]


def test_fields_not_named_like_list_columns_are_found():
    # a script's « AS "Prénom" » column gives the key "prénom" (lower case only)
    people = [person(**{"prénom": "Claire", "Titre ouvrage": "Vendredi"})]
    r = render_all("{prenom} {Prénom} {titre_ouvrage}", people, BUILTINS)
    assert r.texts == ["Claire Claire Vendredi"]


def test_render_one_gives_the_full_counter():
    one = render_one("Bonjour {prenom} !", person(prenom="François"), BUILTINS)
    assert one.text == "Bonjour François !"
    assert one.info.non_gsm == ("ç",)
    assert one.refusal is None
    missing = render_one("Bonjour {prenom} !", person(prenom="", autre="x"), BUILTINS)
    assert (missing.text, missing.refusal) == ("", "valeur manquante : prenom")


def test_known_fields_for_the_insert_menu():
    people = [person(prenom="a", titre="b"), person(prenom="c", titre="d"), person(ville="e")]
    assert known_fields(people, BUILTINS) == [
        "prenom",
        "titre",
        "ville",
        "nom",
        "numero",
        "librairie",
        "date",
    ]


def test_make_recipients_render_too():
    r = render_all("{prenom}", [make("Claire", "06 12 34 56 78", prenom="Claire")], BUILTINS)
    assert r.texts == ["Claire"]


# ------------------------------------------------------------------------------------------
# The fast counts agree with sms.analyze on every rendered text
# ------------------------------------------------------------------------------------------


def test_every_composing_or_reordering_character_is_a_joiner():
    # The fast path adds pieces up when none begins or ends with a "joiner"
    # (sms._cluster_joiner_re). That is only sound if every character NFC could reorder
    # (combining class > 0) or compose with the character before it is one.
    joiner = sms._cluster_joiner_re()
    composing: set[str] = set()
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.combining(char):
            composing.add(char)
        decomposition = unicodedata.decomposition(char)
        if decomposition and not decomposition.startswith("<"):
            pair = decomposition.split()
            if len(pair) == 2:
                composing.add(chr(int(pair[1], 16)))
    composing |= {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    outside = sorted(c for c in composing if joiner.match(c) is None)
    assert outside == [], [f"U+{ord(c):04X}" for c in outside[:20]]


pieces = st.sampled_from(
    [
        "a",
        "Bonjour ",
        "é",
        "ç",
        "€",
        "[",
        "\r\n",
        "\r",
        "\n",
        "📚",
        "🇫",
        "🇷",
        "\u0301",
        "e\u0301",
        "\u200d",
        "한",
        "\u1161",
        "’",
        " ",
        "x" * 40,
        "y" * 75,
        "€" * 20,
    ]
)
text = st.lists(pieces, max_size=12).map("".join)
literal = text.map(lambda t: t.replace("{", "{{").replace("}", "}}"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    literals=st.lists(literal, min_size=2, max_size=4),
    values=st.lists(st.lists(text, min_size=3, max_size=3), min_size=1, max_size=6),
    transliterate=st.booleans(),
)
@example(literals=["a" * 152, "b" * 10], values=[["\r\n", "", ""]], transliterate=False)
@example(literals=["caf", ""], values=[["\u0301", "", ""]], transliterate=False)
@example(literals=["", "\u0301"], values=[["e", "", ""]], transliterate=False)
@example(literals=["📚 ", " 👍🏽"], values=[["\u0301" + "x" * 70, "", ""]], transliterate=False)
@example(literals=["\u0301", "🇫"], values=[["🇷", "", ""]], transliterate=False)
def test_counts_match_sms_analyze_of_the_rendered_text(literals, values, transliterate):
    names = ("a", "b", "c")
    source = literals[0]
    for i, lit in enumerate(literals[1:]):
        source += "{" + names[i % 3] + "|}" + lit
    people = [person(**dict(zip(names, row, strict=True))) for row in values]
    r = render_all(source, people, BUILTINS, transliterate=transliterate)
    for i, row in enumerate(values):
        if i in r.refusals:
            assert r.texts[i] == "" and r.parts[i] == 0
            continue
        expected = literals[0]
        for j, lit in enumerate(literals[1:]):
            value = unicodedata.normalize("NFC", row[j % 3].strip())
            expected += value + lit.replace("{{", "{").replace("}}", "}")
        expected = unicodedata.normalize("NFC", expected)
        if transliterate:
            assert sms.transliterate(r.texts[i]) == r.texts[i]
            assert (
                sms.analyze(r.texts[i]).non_gsm == sms.analyze(sms.transliterate(expected)).non_gsm
            )
        else:
            assert r.texts[i] == expected
        assert unicodedata.is_normalized("NFC", r.texts[i])
        info = sms.analyze(r.texts[i])
        assert (r.encodings[i], r.parts[i]) == (info.encoding, info.segments)


@pytest.mark.parametrize("count", [0, 1, templates.BULK_SLICE - 1, templates.BULK_SLICE, 20_001])
def test_bulk_map_is_map_a_slice_at_a_time(count):
    """Sliced so that the window's GUI thread gets the interpreter between slices; the same
    result as `map` at every size, the slices' edges included."""
    from operator import add

    left, right = list(range(count)), [2 * i for i in range(count)]
    assert templates._bulk_map(add, left, right) == list(map(add, left, right))
    assert templates._bulk_map(str, left) == list(map(str, left))


def test_a_rendering_told_to_stop_stops_between_two_slices():
    people = [
        Recipient(f"C{i}", f"+336{12000000 + i:08d}", {"prenom": f"P{i}"})
        for i in range(2 * templates.BULK_SLICE)
    ]
    with pytest.raises(templates.Cancelled):
        render_all("Bonjour {prenom}", people, cancelled=lambda: True)
    kept = render_all("Bonjour {prenom}", people, cancelled=lambda: False)
    assert kept.texts == render_all("Bonjour {prenom}", people).texts
    assert kept.texts[-1] == f"Bonjour P{2 * templates.BULK_SLICE - 1}"
