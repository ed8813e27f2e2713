"""Distribution list files: every shape of CSV/XLSX a bookstore has, bad files, atomic saves."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from ellipses_sms import listfiles
from ellipses_sms.listfiles import ColumnsNeeded, ListFileError, Mapping
from ellipses_sms.recipients import Recipient


@pytest.fixture(autouse=True)
def _private_home(home):
    """Remembered layouts go to a throw-away ELLIPSES_SMS_HOME."""
    return home


def write_bytes(tmp_path: Path, name: str, data: bytes) -> Path:
    target = tmp_path / name
    target.write_bytes(data)
    return target


def make_xlsx(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


# -- reading CSV ------------------------------------------------------------------------------


def test_semicolon_utf8_bom_with_usual_french_columns(tmp_path):
    text = (
        "Nom;Prénom;Portable;Titre\r\n"
        "Dupond;Claire;06 12 34 56 78;Mme\r\n"
        "Martin;Jean;01 23 45 67 89;M.\r\n"
        "Durand;Léa;;Mme\r\n"
        "Petit;Paul;+33 6 12 34 56 78;M.\r\n"
        "Roux;Zoé;07.81.00.00.01;Mme\r\n"
    )
    path = write_bytes(tmp_path, "clients.csv", text.encode("utf-8-sig"))
    result = listfiles.read(path)
    assert [(r.name, r.number) for r in result.recipients] == [
        ("Claire Dupond", "+33612345678"),
        ("Zoé Roux", "+33781000001"),
    ]
    assert result.recipients[0].fields == {"nom": "Dupond", "prenom": "Claire", "titre": "Mme"}
    assert [(x.row, x.reason) for x in result.refused] == [
        (3, "numéro fixe"),
        (4, "numéro manquant"),
    ]
    assert result.duplicates == 1 and result.duplicate_rows[0].row == 5
    assert result.duplicate_rows[0].first_row == 2
    report = result.report()
    assert "ligne 3 : numéro fixe (Jean Martin, 01 23 45 67 89)" in report
    assert "ligne 4 : numéro manquant (Léa Durand)" in report
    assert "ligne 5 : même numéro que la ligne 2" in report


def test_comma_and_quotes_utf8_without_bom(tmp_path):
    text = 'Name,Phone,Note\n"Dupond, Claire",0612345678,"a ""quoted"" note"\n'
    path = write_bytes(tmp_path, "export.csv", text.encode("utf-8"))
    (r,) = listfiles.read(path).recipients
    assert r.name == "Dupond, Claire" and r.number == "+33612345678"
    assert r.fields["note"] == 'a "quoted" note'


def test_tab_separated_utf16_from_excel_unicode_text(tmp_path):
    text = "Client\tTél\n Dupond Claire \t06 12 34 56 78\n"
    path = write_bytes(tmp_path, "unicode.txt", b"\xff\xfe" + text.encode("utf-16-le"))
    (r,) = listfiles.read(path).recipients
    assert r.name == "Dupond Claire" and r.number == "+33612345678"


def test_windows_1252_with_accents(tmp_path):
    text = "Raison sociale;Téléphone\r\nLibrairie Cœur de Lièvre;06 12 34 56 78\r\n"
    path = write_bytes(tmp_path, "ancien.csv", text.encode("cp1252"))
    result = listfiles.read(path)
    (r,) = result.recipients
    assert r.name == "Librairie Cœur de Lièvre"
    assert result.headers == ["Raison sociale", "Téléphone"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Nom;Tél", (0,)),
        ("NOM;TELEPHONE", (0,)),
        ("Client;N° Téléphone", (0,)),
        ("nom prénom;GSM", (0,)),
        ("Prénom;Nom;Mobile", (0, 1)),
        ("Raison sociale;Numéro", (0,)),
        ("Name;Phone number", (0,)),
    ],
)
def test_usual_headers_are_recognised(tmp_path, header, expected):
    path = write_bytes(tmp_path, "l.csv", f"{header}\nA;B;0612345678\n".encode())
    mapping = listfiles.detect_mapping(header.split(";"))
    assert mapping is not None and mapping.name_columns == expected
    assert mapping.number_column == len(header.split(";")) - 1
    listfiles.read(path)  # no exception


def test_mobile_column_preferred_and_landline_column_as_fallback(tmp_path):
    text = (
        "Nom;Tél;Portable\n"
        "Dupond;01 23 45 67 89;06 12 34 56 78\n"
        "Martin;06 00 00 00 02;\n"  # no mobile: the Tél column holds one
        "Durand;01 23 45 67 88;\n"
    )
    result = listfiles.read(write_bytes(tmp_path, "l.csv", text.encode()))
    assert [r.number for r in result.recipients] == ["+33612345678", "+33600000002"]
    assert [(x.row, x.reason, x.number) for x in result.refused] == [
        (4, "numéro fixe", "01 23 45 67 88")
    ]


def test_customer_number_is_not_a_phone_column(tmp_path):
    path = write_bytes(tmp_path, "l.csv", b"Nom;N\xc2\xb0 client\nDupond;12345\n")
    with pytest.raises(ColumnsNeeded) as info:
        listfiles.read(path)
    assert info.value.headers == ["Nom", "N° client"]
    assert info.value.preview_rows == [["Dupond", "12345"]]


def test_unrecognised_columns_then_explicit_and_remembered_mapping(tmp_path):
    text = "Qui;Quoi;Où\nClaire;06 12 34 56 78;Lyon\nJean;06 12 34 56 79;Nice\n"
    path = write_bytes(tmp_path, "bizarre.csv", text.encode())
    with pytest.raises(ColumnsNeeded) as info:
        listfiles.read(path)
    exc = info.value
    assert exc.headers == ["Qui", "Quoi", "Où"] and len(exc.preview_rows) == 2
    mapping = Mapping(name_columns=(0,), number_column=1)
    result = listfiles.read(path, mapping=mapping)
    assert [r.name for r in result.recipients] == ["Claire", "Jean"]
    assert result.recipients[0].fields == {"qui": "Claire", "ou": "Lyon"}
    listfiles.remember_mapping(exc.layout_key, mapping, exc.headers)
    assert listfiles.remembered_mapping(exc.layout_key) == mapping
    # the same layout in another file, in another case and with accents dropped: remembered
    other = write_bytes(tmp_path, "autre.csv", "QUI;quoi;Ou\nLéa;07 81 00 00 01;Metz\n".encode())
    assert [r.name for r in listfiles.read(other).recipients] == ["Léa"]
    stored = json.loads((listfiles.paths.config_dir() / "list_layouts.json").read_text())
    assert stored[exc.layout_key]["headers"] == ["Qui", "Quoi", "Où"]


def test_damaged_layouts_file_is_ignored(tmp_path):
    (listfiles.paths.config_dir() / "list_layouts.json").write_text("{not json")
    assert listfiles.remembered_mapping("abc") is None
    listfiles.remember_mapping("abc", Mapping((0,), 1))
    assert listfiles.remembered_mapping("abc") == Mapping((0,), 1)


def test_headerless_file_of_numbers(tmp_path):
    path = write_bytes(tmp_path, "numeros.txt", b"06 12 34 56 78\n06 12 34 56 79\n\n0123\n")
    result = listfiles.read(path)
    assert [r.number for r in result.recipients] == ["+33612345678", "+33612345679"]
    assert [(x.row, x.reason) for x in result.refused] == [(4, "numéro trop court")]


def test_headerless_with_many_columns_asks_with_a_suggestion(tmp_path):
    path = write_bytes(tmp_path, "l.csv", b"Dupond;Claire;0612345678\n")
    with pytest.raises(ColumnsNeeded) as info:
        listfiles.read(path)
    assert info.value.suggestion == Mapping((0, 1), 2, has_header=False)
    result = listfiles.read(path, mapping=info.value.suggestion)
    assert result.recipients[0].name == "Dupond Claire"


def test_blank_lines_and_ragged_rows(tmp_path):
    text = "\n\nNom;Téléphone;Ville\nDupond;0612345678\n;;\nMartin;0612345679;Lyon;extra\n"
    result = listfiles.read(write_bytes(tmp_path, "l.csv", text.encode()))
    assert [r.name for r in result.recipients] == ["Dupond", "Martin"]
    assert result.recipients[0].fields == {"nom": "Dupond", "ville": ""}
    assert not result.refused


def test_row_numbers_follow_excel_even_with_multiline_cells(tmp_path):
    text = 'Nom;Téléphone\n"Dupond\nClaire";0612345678\nMartin;0123456789\n'
    result = listfiles.read(write_bytes(tmp_path, "l.csv", text.encode()))
    assert result.refused[0].row == 3


def test_cancel_stops_a_long_read(tmp_path):
    import threading

    rows = "".join(f"N{i};06{i:08d}\n" for i in range(5000))
    path = write_bytes(tmp_path, "l.csv", ("Nom;Tél\n" + rows).encode())
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(listfiles.ReadCancelled):
        listfiles.read(path, cancel=cancel)


# -- reading XLSX -----------------------------------------------------------------------------


def test_xlsx_with_numbers_stored_as_numbers(tmp_path):
    path = make_xlsx(
        tmp_path / "clients.xlsx",
        [
            ["Civilité", "Nom", "Prénom", "GSM"],
            ["Mme", "Dupond", "Claire", 612345678],
            [None, None, None, None],
            ["M.", "Martin", "Jean", 33612345679.0],
            ["M.", "Petit", "Paul", "01 23 45 67 89"],
        ],
    )
    result = listfiles.read(path)
    assert [(r.name, r.number) for r in result.recipients] == [
        ("Claire Dupond", "+33612345678"),
        ("Jean Martin", "+33612345679"),
    ]
    assert result.recipients[0].fields["civilite"] == "Mme"
    assert [(x.row, x.reason) for x in result.refused] == [(5, "numéro fixe")]


def test_csv_renamed_xlsx_and_xlsx_renamed_csv(tmp_path):
    csv_named_xlsx = write_bytes(tmp_path, "faux.xlsx", b"Nom;Tel\nDupond;0612345678\n")
    assert listfiles.read(csv_named_xlsx).recipients[0].name == "Dupond"
    real = make_xlsx(tmp_path / "vrai.xlsx", [["Nom", "Tel"], ["Martin", "0612345679"]])
    renamed = tmp_path / "vrai.csv"
    renamed.write_bytes(real.read_bytes())
    assert listfiles.read(renamed).recipients[0].name == "Martin"


# -- bad files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("vide.csv", b"", "vide"),
        ("blanc.csv", b"  \r\n\r\n ", "vide"),
        ("vide.xlsx", b"", "vide"),
        ("binaire.csv", bytes(range(256)) * 4, "binaire"),
        ("photo.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(200), "pas un classeur"),
        ("tronque.xlsx", b"PK\x03\x04" + b"\x00" * 50, "endommagé"),
        ("ancien.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "endommagé"),
        ("notes.pdf", b"%PDF-1.4", "non pris en charge"),
        ("calc.ods", b"PK\x03\x04", "endommagé"),
        ("tableau.numbers", b"PK\x03\x04", "pas pris en charge"),
        ("entete.csv", "Nom;Téléphone\r\n".encode(), "seulement la ligne d'en-tête"),
    ],
)
def test_bad_files_give_a_french_message(tmp_path, name, data, words):
    path = write_bytes(tmp_path, name, data)
    with pytest.raises(ListFileError) as info:
        listfiles.read(path)
    assert words in str(info.value)


def test_password_protected_xlsx(tmp_path):
    # an encrypted OOXML file is an OLE2 compound file holding an "EncryptedPackage" stream
    blob = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    blob[600:632] = "EncryptedPackage".encode("utf-16-le")
    path = write_bytes(tmp_path, "protege.xlsx", bytes(blob))
    with pytest.raises(ListFileError, match="mot de passe"):
        listfiles.read(path)
    # the same container named .xls is still recognised as password-protected
    with pytest.raises(ListFileError, match="mot de passe"):
        listfiles.read(write_bytes(tmp_path, "protege.xls", bytes(blob)))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ListFileError, match="introuvable"):
        listfiles.read(tmp_path / "absent.csv")
    folder = tmp_path / "dossier.csv"
    folder.mkdir()
    with pytest.raises(ListFileError, match="dossier"):
        listfiles.read(folder)


def test_huge_files_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(listfiles, "MAX_FILE_BYTES", 1000)
    path = write_bytes(tmp_path, "gros.csv", b"Nom;Tel\n" + b"Dupond;0612345678\n" * 100)
    with pytest.raises(ListFileError, match="trop volumineux"):
        listfiles.read(path)
    monkeypatch.setattr(listfiles, "MAX_FILE_BYTES", 10**9)
    monkeypatch.setattr(listfiles, "MAX_ROWS", 10)
    with pytest.raises(ListFileError, match="trop volumineux"):
        listfiles.read(path)


def test_zip_bomb_refused_before_inflating(tmp_path, monkeypatch):
    path = make_xlsx(tmp_path / "l.xlsx", [["Nom", "Tel"], ["Dupond", "0612345678"]])
    monkeypatch.setattr(listfiles, "MAX_XLSX_UNCOMPRESSED", 100)
    with pytest.raises(ListFileError, match="trop volumineux"):
        listfiles.read(path)


def test_zip_that_is_not_a_workbook(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    path = write_bytes(tmp_path, "lettre.xlsx", buffer.getvalue())
    with pytest.raises(ListFileError, match="pas un classeur"):
        listfiles.read(path)


def test_csv_field_too_large(tmp_path):
    path = write_bytes(tmp_path, "l.csv", b'Nom;Tel\n"' + b"a" * 200_000 + b'";0612345678\n')
    with pytest.raises(ListFileError, match="mal formé"):
        listfiles.read(path)


def _outcome(path: Path) -> None:
    """Reading never raises anything but the two documented exceptions."""
    try:
        result = listfiles.read(path)
    except (ListFileError, ColumnsNeeded):
        return
    assert isinstance(result, listfiles.ReadResult)
    result.report()


FUZZ = settings(
    max_examples=int(os.environ.get("LISTS_FUZZ", "60")),  # LISTS_FUZZ=1000 for a longer hunt
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(
    data=st.binary(max_size=2000),
    suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".xls", ".ods"]),
)
def test_random_bytes_never_crash(tmp_path, data, suffix):
    _outcome(write_bytes(tmp_path, "fuzz" + suffix, data))


@pytest.fixture(scope="module")
def good_xlsx_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("x") / "good.xlsx"
    make_xlsx(path, [["Nom", "Tél"], *[[f"Client {i}", f"06{i:08d}"] for i in range(30)]])
    return path.read_bytes()


@FUZZ
@given(cut=st.integers(min_value=0, max_value=10_000), flip=st.integers(0, 255))
def test_truncated_or_corrupted_xlsx_never_crash(tmp_path, good_xlsx_bytes, cut, flip):
    data = good_xlsx_bytes
    _outcome(write_bytes(tmp_path, "cut.xlsx", data[: cut % len(data)]))
    corrupted = bytearray(data)
    corrupted[cut % len(data)] ^= flip
    _outcome(write_bytes(tmp_path, "flip.xlsx", bytes(corrupted)))


@FUZZ
@given(
    text=st.text(
        alphabet=st.sampled_from(list(";,\t\"\n\r '=+-@0123456789abcNomTéléphone\x00é€")),
        max_size=400,
    ),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_random_csv_text_never_crash(tmp_path, text, encoding):
    _outcome(write_bytes(tmp_path, "fuzz.csv", text.encode(encoding, errors="replace")))


@FUZZ
@given(
    rows=st.lists(
        st.lists(st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=20))),
        max_size=8,
    )
)
def test_random_xlsx_cells_never_crash(tmp_path, rows):
    path = tmp_path / "cells.xlsx"
    book = Workbook()
    for row in rows:
        try:
            book.active.append(row)
        except Exception:  # openpyxl refuses some control characters: not our concern
            return
    try:
        book.save(path)
    except Exception:
        return
    _outcome(path)


# -- writing ----------------------------------------------------------------------------------


PEOPLE = [
    Recipient(
        "Claire Dupond", "+33612345678", {"prenom": "Claire", "nom": "Dupond", "titre": "Mme"}
    ),
    Recipient('=HYPERLINK("x")', "+33612345679", {"titre": "-M.", "ouvrage": "@Tome 2"}),
    Recipient("Jean Martin", "+262692123456", {}),
    Recipient("", "+33781000001", {"prenom": "", "titre": "+1"}),
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_keeps_names_numbers_and_fields(tmp_path, suffix):
    path = tmp_path / f"liste{suffix}"
    assert listfiles.write(path, PEOPLE) == len(PEOPLE)
    result = listfiles.read(path)
    assert not result.refused and not result.duplicates
    assert [(r.name, r.number) for r in result.recipients] == [(p.name, p.number) for p in PEOPLE]
    for read_back, original in zip(result.recipients, PEOPLE, strict=True):
        for key, value in original.fields.items():
            if key != "nom":
                assert read_back.fields.get(key, "") == value, key


def test_csv_is_what_french_excel_opens_and_neutralises_formulas(tmp_path):
    path = tmp_path / "liste.csv"
    listfiles.write(path, PEOPLE)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Nom;Téléphone;Prénom;Titre;ouvrage"
    assert lines[1] == "Dupond;+33612345678;Claire;Mme;"
    assert lines[2] == '"\'=HYPERLINK(""x"")";+33612345679;;\'-M.;\'@Tome 2'
    assert lines[4] == ";+33781000001;;'+1;"


def test_xlsx_cells_are_text_not_formulas(tmp_path):
    path = tmp_path / "liste.xlsx"
    listfiles.write(path, PEOPLE)
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == ["Nom", "Téléphone", "Prénom", "Titre", "ouvrage"]
    assert sheet["A3"].value == '=HYPERLINK("x")' and sheet["A3"].data_type == "s"
    assert sheet["B2"].value == "+33612345678" and sheet["B2"].data_type == "s"


def test_write_refuses_unknown_format_and_missing_folder(tmp_path):
    with pytest.raises(ListFileError, match="non pris en charge"):
        listfiles.write(tmp_path / "l.ods", PEOPLE)
    with pytest.raises(ListFileError, match="introuvable"):
        listfiles.write(tmp_path / "absent" / "l.csv", PEOPLE)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_failed_save_leaves_previous_file_intact(tmp_path, monkeypatch, suffix):
    folder = tmp_path / "listes"
    folder.mkdir()
    path = folder / f"liste{suffix}"
    listfiles.write(path, PEOPLE[:1])
    before = path.read_bytes()

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ListFileError, match="précédent est intact"):
        listfiles.write(path, PEOPLE)
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


def test_crash_mid_write_leaves_previous_file_intact(tmp_path, monkeypatch):
    folder = tmp_path / "listes"
    folder.mkdir()
    path = folder / "liste.csv"
    listfiles.write(path, PEOPLE[:1])
    before = path.read_bytes()

    class Boom(Exception):
        pass

    def exploding_rows(recipients, keys):
        yield ["A", "+33612345678"]
        raise Boom

    monkeypatch.setattr(listfiles, "_rows_for", exploding_rows)
    with pytest.raises(Boom):
        listfiles.write(path, PEOPLE)
    assert path.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_write_waits_while_excel_holds_the_list_then_replaces_it(tmp_path, monkeypatch):
    """Windows refuses to replace a file Excel has open; a moment later it works."""
    import os
    import time

    path = tmp_path / "liste.csv"
    path.write_text("ancienne liste", encoding="utf-8")
    real, refusals, pauses = os.replace, [3], []

    def held(src, dst):
        if refusals[0]:
            refusals[0] -= 1
            raise PermissionError(13, "WinError 32: used by another process")
        real(src, dst)

    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setattr(time, "sleep", pauses.append)
    assert listfiles.write(path, PEOPLE) == len(PEOPLE)
    assert len(pauses) == 3
    assert listfiles.read(path).recipients[0].number == PEOPLE[0].number
    assert not list(tmp_path.glob(".liste-*"))


def test_a_marketing_list_saved_as_xlsx_says_so_when_reopened_and_a_csv_cannot(tmp_path):
    people = [Recipient("Claire", "+33612345678")]
    campaign, plain, csv_list = (
        tmp_path / "promo.xlsx",
        tmp_path / "clients.xlsx",
        tmp_path / "p.csv",
    )
    listfiles.write(campaign, people, kind="marketing")
    listfiles.write(plain, people)
    listfiles.write(csv_list, people, kind="marketing")
    assert listfiles.read(campaign).kind == "marketing"
    assert load_workbook(campaign).properties.keywords == listfiles.MARKETING_KEYWORD  # Excel's
    assert listfiles.read(plain).kind is None
    assert listfiles.read(csv_list).kind is None  # a CSV has no place for it
    assert listfiles.saved_kind(tmp_path / "absent.xlsx") is None


def test_damaged_properties_of_a_readable_xlsx_say_no_kind(tmp_path):
    """Found by the corrupted-xlsx property test: the sheet reads, docProps/core.xml does not."""
    path = tmp_path / "promo.xlsx"
    listfiles.write(path, [Recipient("Claire", "+33612345678")], kind="marketing")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as book:
        info = book.getinfo("docProps/core.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 2] ^= 0xFF  # inside the deflate stream of the properties only
    path.write_bytes(bytes(data))
    result = listfiles.read(path)
    assert [r.number for r in result.recipients] == ["+33612345678"]
    assert result.kind is None
