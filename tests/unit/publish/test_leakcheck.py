"""The leak check finds identifiers in real files, says where, and never says what."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from casereview.publish import ExtractionError, IdentityList, scan

SECRETS = ("Kayleigh", "Marsh", "Okafor", "9434765919", "943 476 5919", "EB3", "07700", "22/05")


def _assert_no_values(text: str) -> None:
    for secret in SECRETS:
        assert secret.lower() not in text.lower()


def test_docx_body_table_header_footer_and_properties(
    tmp_path: Path, identities: IdentityList
) -> None:
    path = tmp_path / "report.docx"
    document = docx.Document()
    document.add_paragraph("Introduction.")
    document.add_paragraph("The review concerns Kayleigh.")
    table = document.add_table(rows=2, cols=2)
    table.cell(1, 1).text = "NHS 943 476 5919"
    run = table.cell(1, 0).paragraphs[0].add_run("Seen with Hope")
    run.add_break()
    run.add_text("Marsh today")
    document.sections[0].footer.paragraphs[0].text = "Ref EB3 7QT"
    document.core_properties.author = "K Marsh"
    document.save(str(path))
    report = scan([path], identities)
    assert not report.clean and report.exit_code == 1
    where = {(leak.location, leak.kind) for leak in report.leaks}
    assert where == {
        ("paragraph 2", "given name"),
        ("table 1 row 2 cell 1 line 1", "full name"),  # "Hope" + line break + "Marsh"
        ("table 1 row 2 cell 2", "NHS number"),
        ("section 1 footer", "postcode"),
        ("document property author", "initials with surname"),
    }
    _assert_no_values(str(report))


def _png() -> bytes:
    """A one-pixel PNG, made here, for a picture with alt text."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_docx_parts_a_word_processor_hides(tmp_path: Path, identities: IdentityList) -> None:
    """Review comments, tracked deletions, text boxes, field codes, alt text and custom
    properties are in the file for anyone who opens it: the leak check reads them."""
    import io
    import zipfile

    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    path = tmp_path / "edited.docx"
    document = docx.Document()
    clean = document.add_paragraph("The child is called Child A throughout.")
    document.add_comment(clean.runs[0], text="Was Kayleigh in the first draft?", author="R")
    edited = document.add_paragraph("Seen with ")
    edited._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="R"><w:r>'
            "<w:delText>Hope Marsh</w:delText></w:r></w:del>"
        )
    )
    edited.add_run("Mother")
    box = document.add_paragraph()
    box._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
            "<v:shape><v:textbox><w:txbxContent>"
            "<w:p><w:r><w:t>Call 07700 900123</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
    link = document.add_paragraph()
    link._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> HYPERLINK '
            '"mailto:kay.marsh@example.com" </w:instrText></w:r>'
        )
    )
    document.add_picture(io.BytesIO(_png()))
    picture = document.inline_shapes[0]._inline.docPr
    picture.set("descr", "Photograph of Kayleigh at nursery")
    document.save(str(path))
    # A custom property, as a word processor writes one (python-docx has no API for it).
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(
            "docProps/custom.xml",
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
            '2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" '
            'pid="2" name="Subject child"><vt:lpwstr>K. Marsh</vt:lpwstr></property>'
            "</Properties>",
        )
    report = scan([path], identities)
    where = {(leak.location, leak.kind) for leak in report.leaks}
    assert where == {
        ("comment paragraph 1", "given name"),
        ("document deleted text 1", "full name"),
        ("document text box 1", "phone number"),
        ("document field code 1", "e-mail address"),
        ("document picture 1 descr", "given name"),
        ("document custom property Subject child", "initials with surname"),
    }
    _assert_no_values(str(report))


def test_pdf_page(tmp_path: Path, identities: IdentityList) -> None:
    path = tmp_path / "report.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 800, "Page one is clean.")
    pdf.showPage()
    pdf.drawString(72, 800, "Seen with K. Marsh on 22.05.16")
    pdf.save()
    report = scan([path], identities)
    assert {(leak.location, leak.kind) for leak in report.leaks} == {
        ("page 2", "initials with surname"),  # one line: no line number
        ("page 2", "date of birth"),
    }
    _assert_no_values(str(report))


def test_pdf_word_broken_at_a_line_end_pieces_drawn_apart_and_properties(
    tmp_path: Path, identities: IdentityList
) -> None:
    """PDFium joins a word hyphenated at a line end (marking the hyphen), and two pieces of
    a word drawn side by side; the author property is read too."""
    path = tmp_path / "report.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setAuthor("K Marsh")
    pdf.drawString(72, 800, "Nothing on this line. Seen with Kay-")
    pdf.drawString(72, 786, "leigh at home.")
    pdf.drawString(72, 760, "O")
    pdf.drawString(72 + pdf.stringWidth("O"), 760, "kafor")
    pdf.save()
    report = scan([path], identities)
    assert {(leak.location, leak.kind) for leak in report.leaks} == {
        ("page 1 line 1", "given name"),
        ("page 1 line 3", "family name part"),
        ("document property author", "initials with surname"),
    }
    _assert_no_values(str(report))


def _chronology_book(cells: dict[str, str]) -> Workbook:
    """A workbook whose first sheet, "Chronology", holds `cells`."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Chronology"
    for cell, value in cells.items():
        sheet[cell] = value
    return book


def test_xlsx_cell_and_sheet_name(tmp_path: Path, identities: IdentityList) -> None:
    path = tmp_path / "chronology.xlsx"
    book = _chronology_book({"A1": "When", "D12": "Phoned +44 7700 900123"})
    other = book.create_sheet("Okafor notes")
    other["B2"] = "nothing here"
    book.save(str(path))
    report = scan([path], identities)
    found = {(leak.location, leak.kind) for leak in report.leaks}
    assert ("Chronology!D12", "phone number") in found
    assert ("sheet 2 name", "family name part") in found
    _assert_no_values(str(report))


def test_xlsx_numbers_dates_and_properties(tmp_path: Path, identities: IdentityList) -> None:
    """A number stored as a number, a date stored as a date, a cell far from A1 and the
    workbook's core properties are read as a reader of the file would see them."""
    from datetime import datetime

    path = tmp_path / "chronology.xlsx"
    book = _chronology_book({"F30": "Seen at home."})
    sheet = book.active
    assert sheet is not None
    sheet["G31"] = 9434765919  # the NHS number, typed as a number
    sheet["H32"] = datetime(2016, 5, 22)  # the date of birth, as a date
    book.properties.creator = "K Marsh"
    book.properties.lastModifiedBy = "Kayleigh"
    book.save(str(path))
    found = {(leak.location, leak.kind) for leak in scan([path], identities).leaks}
    assert found == {
        ("Chronology!G31", "NHS number"),
        ("Chronology!H32", "date of birth"),
        ("document property creator", "initials with surname"),
        ("document property last modified by", "given name"),
    }


def test_a_damaged_xlsx_is_an_extraction_error(tmp_path: Path, identities: IdentityList) -> None:
    path = tmp_path / "chronology.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ExtractionError, match="not a readable XLSX"):
        scan([path], identities)


def test_a_text_repeated_across_cells_and_files_is_a_leak_at_each_place(
    tmp_path: Path, identities: IdentityList
) -> None:
    """The scan remembers what it found in a text; each place holding the text is still
    reported, and a text differing by a character is read afresh."""
    book = _chronology_book(
        {
            "A1": "Seen with Kayleigh.",
            "B2": "Seen with Kayleigh.",
            "C3": "Seen with Kayleigh!",
            "D4": "Seen with Samantha.",  # as long as the leaking text, and clean
        }
    )
    book.save(str(tmp_path / "chronology.xlsx"))
    (tmp_path / "chronology.csv").write_text("date,text\n1/2/19,Seen with Kayleigh.\n")
    report = scan([tmp_path / "chronology.xlsx", tmp_path / "chronology.csv"], identities)
    found = sorted((Path(leak.file).name, leak.location) for leak in report.leaks)
    assert found == [
        ("chronology.csv", "row 2 column 2"),
        ("chronology.xlsx", "Chronology!A1"),
        ("chronology.xlsx", "Chronology!B2"),
        ("chronology.xlsx", "Chronology!C3"),
    ]


def test_html_text_split_by_tags_and_attributes(tmp_path: Path, identities: IdentityList) -> None:
    path = tmp_path / "report.html"
    path.write_text(
        "<html><body>\n<p>Clean line.</p>\n<p>Seen: <b>Kay</b>leigh</p>\n"
        '<img src="x.png" alt="Photo of Hope Marsh">\n</body></html>\n',
        encoding="utf-8",
    )
    report = scan([path], identities)
    found = {(leak.location, leak.kind) for leak in report.leaks}
    assert found == {("line 3", "given name"), ("line 4 (img alt attribute)", "full name")}


def test_csv_and_markdown_with_odd_spacing(tmp_path: Path, identities: IdentityList) -> None:
    csv_path = tmp_path / "events.csv"
    csv_path.write_text("when,what\n2019,mail kay.marsh@example.com\n", encoding="utf-8")
    md_path = tmp_path / "narrative.md"
    md_path.write_text("Fine.\nSeen with K A Y L E I G H and\nKay leigh.\n", encoding="utf-8")
    report = scan([csv_path, md_path], identities)
    found = {(Path(leak.file).name, leak.location, leak.kind) for leak in report.leaks}
    assert found == {
        ("events.csv", "row 2 column 2", "e-mail address"),
        ("narrative.md", "line 2", "given name"),
        ("narrative.md", "line 3", "given name"),
    }


def test_clean_outputs_pass(tmp_path: Path, identities: IdentityList) -> None:
    path = tmp_path / "clean.md"
    path.write_text("Child A was seen by the health visitor. There is hope.\n", encoding="utf-8")
    report = scan([path], identities)
    assert report.clean and report.exit_code == 0
    assert "no identifier found" in str(report)


def test_file_name_leak_is_reported_without_the_name(
    tmp_path: Path, identities: IdentityList
) -> None:
    path = tmp_path / "Kayleigh_report.txt"
    path.write_text("clean\n", encoding="utf-8")
    report = scan([path], identities)
    assert [leak.location for leak in report.leaks] == ["file name"]
    _assert_no_values(str(report))


def test_unknown_format_is_an_error_that_says_what_to_do(
    tmp_path: Path, identities: IdentityList
) -> None:
    path = tmp_path / "report.odt"
    path.write_bytes(b"x")
    with pytest.raises(ExtractionError, match=r"give one of \.docx"):
        scan([path], identities)


def test_name_cut_by_markdown_emphasis_is_found(identities: IdentityList) -> None:
    from casereview.publish import scan_text

    leaks, _ = scan_text("Seen with **Kay**leigh today.", identities)
    assert [leak.kind for leak in leaks] == ["given name"]
