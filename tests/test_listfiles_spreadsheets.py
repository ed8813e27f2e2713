"""Spreadsheet lists read with python-calamine: .xlsx, Excel 97-2003 .xls, OpenDocument .ods.

The .xlsx files are written here with openpyxl (what Excel reads); the .ods files are written
here by hand as the OpenDocument 1.2 specification lays a spreadsheet out (a ZIP whose first,
uncompressed part is `mimetype`, then `content.xml` with `table:table-row` / `table:table-cell`
and `office:value-type`); the .xls in `tests/data/clients-97-2003.xls` was written with xlwt 1.3.0
(BIFF8, what Excel 97-2003 saves; the script is in the docstring of `test_xls_97_2003`).
"""

from __future__ import annotations

import contextlib
import json
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from ellipses_sms import listfiles
from ellipses_sms.listfiles import ColumnsNeeded, ListFileError

DATA = Path(__file__).parent / "data"
XLS = DATA / "clients-97-2003.xls"


@pytest.fixture(autouse=True)
def _private_home(home):
    return home


@pytest.fixture(autouse=True)
def _openpyxl_never_reads(monkeypatch):
    """Reading goes through calamine: openpyxl (17× slower on 100,000 rows) only writes."""

    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl.load_workbook used to read a list")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    monkeypatch.setattr(openpyxl.reader.excel, "load_workbook", refuse)


# -- writers ----------------------------------------------------------------------------------

_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
_ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def _ods_cell(value) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
            f"<text:p>{value.strftime('%d/%m/%Y')}</text:p></table:table-cell>"
        )
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p>'
        "</table:table-cell>"
    )


def make_ods(path: Path, sheets: dict[str, list[list]]) -> Path:
    """An OpenDocument spreadsheet as LibreOffice Calc saves one (the parts calamine reads)."""
    tables = "".join(
        f'<table:table table:name="{escape(name)}">'
        + "".join(
            "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
            for row in rows
        )
        + "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {_ODS_NS} office:version="1.2">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS_MIME}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), _ODS_MIME, zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


def make_xlsx(path: Path, sheets: dict[str, list[list]], active: int = 0) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.active = active
    book.save(path)
    return path


CLIENTS = [
    ["Civilité", "Nom", "Prénom", "Portable", "Inscrit le"],
    ["Mme", "Dupond", "Claire", 612345678, date(2026, 3, 14)],
    ["M.", "Lefèvre", "Éric", "06 12 34 56 79", date(2025, 12, 1)],
    [],
    ["M.", "Petit", "Paul", "01 23 45 67 89", None],
    ["Mme", "Roux", "Zoé", 33612345678, None],
]


def _summary(result: listfiles.ReadResult):
    return (
        [
            (r.name, r.number, r.fields.get("civilite"), r.fields.get("inscrit_le"))
            for r in result.recipients
        ],
        [(x.row, x.reason, x.name) for x in result.refused],
        [(d.row, d.first_row) for d in result.duplicate_rows],
    )


EXPECTED = (
    [
        ("Claire Dupond", "+33612345678", "Mme", "14/03/2026"),
        ("Éric Lefèvre", "+33612345679", "M.", "01/12/2025"),
    ],
    [(5, "numéro fixe", "Paul Petit")],
    [(6, 2)],
)


# -- the three formats give the same list -----------------------------------------------------


def test_xlsx_read_with_calamine(tmp_path):
    path = make_xlsx(tmp_path / "clients.xlsx", {"Clients": CLIENTS})
    assert _summary(listfiles.read(path)) == EXPECTED


def test_xls_97_2003():
    """tests/data/clients-97-2003.xls, written with xlwt 1.3.0:

    book = xlwt.Workbook(encoding="utf-8"); sheet = book.add_sheet("Clients")
    the rows of CLIENTS, the dates with easyxf(num_format_str="DD/MM/YYYY"); book.save(...)
    """
    before = XLS.read_bytes()
    assert _summary(listfiles.read(XLS)) == EXPECTED
    assert XLS.read_bytes() == before


def test_ods(tmp_path):
    path = make_ods(tmp_path / "clients.ods", {"Clients": CLIENTS})
    assert _summary(listfiles.read(path)) == EXPECTED


def test_spreadsheet_renamed_csv_is_read_for_what_it_is(tmp_path):
    for source in (XLS, make_ods(tmp_path / "c.ods", {"Clients": CLIENTS})):
        renamed = tmp_path / (source.stem + "-export.csv")
        renamed.write_bytes(source.read_bytes())
        assert _summary(listfiles.read(renamed)) == EXPECTED


def test_tab_separated_export_named_xls_is_read_as_text(tmp_path):
    # many tools "export to Excel" as tab-separated text with an .xls name
    path = tmp_path / "export.xls"
    path.write_text("Nom\tPortable\nDupond\t06 12 34 56 78\n", encoding="cp1252")
    assert [r.number for r in listfiles.read(path).recipients] == ["+33612345678"]


def test_xlsx_sheet_shown_on_opening_is_read_and_row_numbers_follow_excel(tmp_path):
    path = make_xlsx(
        tmp_path / "deux.xlsx",
        {
            "Notes": [["Liste du salon"]],
            "Clients": [
                [],
                [],
                [None, "Nom", "Tél"],
                [None, "Dupond", "0612345678"],
                [None, "X", "1"],
            ],
        },
        active=1,
    )
    result = listfiles.read(path)
    assert [r.name for r in result.recipients] == ["Dupond"]
    assert [x.row for x in result.refused] == [5]  # the header is on Excel's row 3


def test_workbook_whose_only_sheet_is_not_a_list_asks_for_columns(tmp_path):
    path = make_ods(tmp_path / "notes.ods", {"Notes": [["Liste du salon"], ["à faire"]]})
    with pytest.raises(ColumnsNeeded):
        listfiles.read(path)


def test_big_xlsx_reads_every_row(tmp_path):
    rows = [["Nom", "Portable"]] + [[f"Client {i}", f"06{i:08d}"] for i in range(5000)]
    result = listfiles.read(make_xlsx(tmp_path / "gros.xlsx", {"Clients": rows}))
    assert len(result.recipients) == 5000
    assert result.recipients[-1].number == "+33600004999"


# -- broken files: a clear French message, and the file is left as it was ----------------------


def _broken(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ListFileError) as info:
        listfiles.read(path)
    assert path.read_bytes() == data  # nothing lost: reading never touches the file
    return str(info.value)


def test_truncated_xls(tmp_path):
    message = _broken(tmp_path, "coupe.xls", XLS.read_bytes()[:3000])
    assert message.startswith("« coupe.xls » est endommagé")
    assert "enregistrez-le de nouveau" in message


def test_ods_with_damaged_content(tmp_path):
    good = make_ods(tmp_path / "bon.ods", {"Clients": CLIENTS}).read_bytes()
    path = tmp_path / "abime.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", _ODS_MIME)
        archive.writestr("content.xml", "<office:document-content><table:tab")
    assert "endommagé" in _broken(tmp_path, "abime.ods", path.read_bytes())
    assert "endommagé" in _broken(tmp_path, "coupe.ods", good[: len(good) // 2])


def test_zip_that_is_no_spreadsheet_named_ods(tmp_path):
    path = tmp_path / "lettre.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    message = _broken(tmp_path, "lettre.ods", path.read_bytes())
    assert "n'est pas un classeur OpenDocument (.ods)" in message


def test_ods_zip_bomb_refused_before_inflating(tmp_path, monkeypatch):
    path = make_ods(tmp_path / "l.ods", {"Clients": CLIENTS})
    monkeypatch.setattr(listfiles, "MAX_XLSX_UNCOMPRESSED", 100)
    with pytest.raises(ListFileError, match="trop volumineux"):
        listfiles.read(path)


FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(cut=st.integers(min_value=0, max_value=6000), flip=st.integers(0, 255))
def test_truncated_or_corrupted_xls_never_crash(tmp_path, cut, flip):
    data = XLS.read_bytes()
    for name, blob in (("cut.xls", data[: cut % len(data)]), ("flip.xls", _flip(data, cut, flip))):
        path = tmp_path / name
        path.write_bytes(blob)
        with contextlib.suppress(ListFileError, ColumnsNeeded):
            listfiles.read(path).report()


def _flip(data: bytes, at: int, mask: int) -> bytes:
    corrupted = bytearray(data)
    corrupted[at % len(data)] ^= mask
    return bytes(corrupted)


# -- the command line reads them the same way -------------------------------------------------


def test_list_check_and_send_list_with_xls_and_ods(tmp_path, capsys):
    from ellipses_sms.cli import main

    ods = make_ods(tmp_path / "clients.ods", {"Clients": CLIENTS})
    for path in (XLS, ods):
        assert main(["list", "check", "--json", str(path)]) == 1  # the landline is refused
        data = json.loads(capsys.readouterr().out)
        assert [r["e164"] for r in data["recipients"]] == ["+33612345678", "+33612345679"]
        assert data["refused"] == [{"row": 5, "reason": "numéro fixe"}]
        assert data["duplicates"] == 1
    assert main(["send", "--list", str(ods), "--text", "Bonjour {prenom}", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Bonjour Claire" in out and "Bonjour Éric" in out
    broken = tmp_path / "coupe.xls"
    broken.write_bytes(XLS.read_bytes()[:3000])
    assert main(["list", "check", str(broken)]) == 1
    _out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "« coupe.xls » est endommagé" in err
