"""Text out of every format the publish stage writes, each piece with its location.

The leak check must read what a reader of the file would see (and what a curious reader
could find): body text, tables, headers and footers, document properties, alt text and
titles, every spreadsheet cell and sheet name. A location is "page 3", "Chronology!D12",
"row 4 column 2", "line 17" or "table 2 row 3 cell 1": enough to find the leak, never the
value itself.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from casereview.publish.errors import ExtractionError

__all__ = ["SUPPORTED_SUFFIXES", "TextChunk", "extract_text", "line_of"]

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".html", ".htm", ".xlsx", ".csv", ".txt", ".md")


@dataclass(frozen=True)
class TextChunk:
    """A piece of text and where it is. `line_based` chunks report lines within themselves."""

    location: str
    text: str
    line_based: bool = False


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _paragraph_text(paragraph: Any) -> str:
    """Text of a w:p element as Word shows it: line breaks and tabs kept as whitespace."""
    from docx.oxml.ns import qn

    parts = []
    for node in paragraph.iter(qn("w:t"), qn("w:br"), qn("w:cr"), qn("w:tab")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        else:
            parts.append("\t" if node.tag == qn("w:tab") else "\n")
    return "".join(parts)


def _docx(path: Path) -> Iterator[TextChunk]:
    import docx
    from docx.document import Document as DocumentObject
    from docx.opc.part import XmlPart
    from docx.oxml.ns import qn

    try:
        document: DocumentObject = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractionError(
            f"{path.name} is not a readable Word document ({type(exc).__name__}); "
            "open and re-save it in a word processor, or check the file name."
        ) from exc

    def tables(parent: Any, prefix: str) -> Iterator[TextChunk]:
        """Cells read straight from the XML: python-docx's cell objects are slow on long
        tables (a 10,000-row chronology), and merged cells would repeat."""
        for t, tbl in enumerate(parent.iterchildren(qn("w:tbl")), start=1):
            for r, tr in enumerate(tbl.iterchildren(qn("w:tr")), start=1):
                for c, tc in enumerate(tr.iterchildren(qn("w:tc")), start=1):
                    text = "\n".join(_paragraph_text(p) for p in tc.iterchildren(qn("w:p")))
                    if text.strip():
                        yield TextChunk(f"{prefix}table {t} row {r} cell {c}", text)
                    yield from tables(tc, f"{prefix}table {t} row {r} cell {c} ")

    for p, para in enumerate(document.paragraphs, start=1):
        if para.text:
            yield TextChunk(f"paragraph {p}", para.text)
    yield from tables(document.element.body, "")
    for s, section in enumerate(document.sections, start=1):
        for part_name in (
            "header",
            "footer",
            "first_page_header",
            "first_page_footer",
            "even_page_header",
            "even_page_footer",
        ):
            part = getattr(section, part_name)
            if part.is_linked_to_previous and s > 1:
                continue
            text = "\n".join(p.text for p in part.paragraphs)
            if text.strip():
                yield TextChunk(f"section {s} {part_name.replace('_', ' ')}", text)
            yield from tables(part._element, f"section {s} {part_name.replace('_', ' ')} ")
    # The parts python-docx has parsed already (the body, headers, footers), so that the
    # hidden-text pass does not parse the largest of them a second time.
    parsed = {
        str(part.partname).lstrip("/"): part._element
        for part in document.part.package.iter_parts()
        if isinstance(part, XmlPart)
    }
    yield from _docx_hidden(path, parsed)
    props = document.core_properties
    for name in (
        "title",
        "subject",
        "author",
        "keywords",
        "comments",
        "last_modified_by",
        "category",
    ):
        value = getattr(props, name, None)
        if value:
            yield TextChunk(f"document property {name.replace('_', ' ')}", str(value))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
# Parts whose every paragraph is text a reader can open: notes and review comments.
_NOTE_PARTS = {
    "word/footnotes.xml": "footnote",
    "word/endnotes.xml": "endnote",
    "word/comments.xml": "comment",
}


def _xml_part(archive: zipfile.ZipFile, name: str) -> Any:
    try:
        return ElementTree.fromstring(archive.read(name))
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise ExtractionError(
            f"{archive.filename}: the part {name} is not well-formed XML; open and re-save "
            "the document in a word processor."
        ) from exc


def _joined(element: Any, *tags: str) -> str:
    """The text of the descendants of `element` with one of `tags`, in document order."""
    if len(tags) == 1:  # the parser's own filter: a Python loop over every node is slow
        return "".join(node.text or "" for node in element.iter(tags[0]))
    return "".join(node.text or "" for node in element.iter() if node.tag in tags)


def _docx_hidden(path: Path, parsed: Mapping[str, Any] | None = None) -> Iterator[TextChunk]:
    """What python-docx's paragraphs leave out and a curious reader still finds in the
    file: footnotes, endnotes and review comments; text deleted under tracked changes; text
    boxes; field codes (a HYPERLINK to an e-mail address); the description and title of a
    picture; and the manager, company and custom properties. `parsed` holds the parts
    python-docx has parsed already, by name ("word/document.xml"); the rest are parsed
    here."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        for part, what in _NOTE_PARTS.items():
            if part in names:
                for k, para in enumerate(_xml_part(archive, part).iter(f"{_W}p"), start=1):
                    text = _joined(para, f"{_W}t", f"{_W}delText")
                    if text.strip():
                        yield TextChunk(f"{what} paragraph {k}", text)
        for part in sorted(n for n in names if n.startswith("word/") and n.endswith(".xml")):
            if part in _NOTE_PARTS:
                continue
            root = (parsed or {}).get(part)
            if root is None:
                root = _xml_part(archive, part)
            where = part.removeprefix("word/").removesuffix(".xml")
            for kind, tag in (
                ("deleted text", f"{_W}delText"),
                ("field code", f"{_W}instrText"),
            ):
                if next(root.iter(tag), None) is None:
                    continue  # none in this part: no need to read it paragraph by paragraph
                # Numbered in the order Word's review pane or field list shows them.
                texts = (_joined(para, tag) for para in root.iter(f"{_W}p"))
                for k, text in enumerate((t for t in texts if t.strip()), start=1):
                    yield TextChunk(f"{where} {kind} {k}", text)
            seen: set[str] = set()
            for k, box in enumerate(root.iter(f"{_W}txbxContent"), start=1):
                text = "\n".join(_joined(para, f"{_W}t") for para in box.iter(f"{_W}p"))
                if text.strip() and text not in seen:  # a box is written twice (fallback)
                    seen.add(text)
                    yield TextChunk(f"{where} text box {k}", text)
            for k, picture in enumerate(root.iter(f"{_WP}docPr"), start=1):
                for attribute in ("descr", "title", "name"):
                    value = picture.get(attribute)
                    if value:
                        yield TextChunk(f"{where} picture {k} {attribute}", value)
        if "docProps/app.xml" in names:
            for node in _xml_part(archive, "docProps/app.xml"):
                tag = node.tag.rsplit("}", 1)[-1]
                if tag in {"Manager", "Company"} and node.text and node.text.strip():
                    yield TextChunk(f"document property {tag.lower()}", node.text)
        if "docProps/custom.xml" in names:
            for prop in _xml_part(archive, "docProps/custom.xml"):
                values = [v.text for v in prop if v.text and v.text.strip()]
                for value in values:
                    yield TextChunk(f"document custom property {prop.get('name', '')}", value)


# PDFium marks a hyphen it found at a line end, and joins the two lines, with U+FFFE; the
# page shows a hyphen and a line break, which the finder reads as one broken word.
_PDFIUM_LINE_HYPHEN = "\ufffe"


def _pdf_page_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace(_PDFIUM_LINE_HYPHEN, "-\n")


def _pdf(path: Path) -> Iterator[TextChunk]:
    """Each page's text as PDFium (the engine of Chrome's PDF viewer) reads it: the words a
    reader sees and copies, in reading order, including text drawn in white or off the
    page."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise ExtractionError(
            f"{path.name} is not a readable PDF ({type(exc).__name__}); re-export it."
        ) from exc
    try:
        for n in range(len(document)):
            page = document[n]
            textpage = page.get_textpage()
            try:
                text = _pdf_page_text(textpage.get_text_range())
            finally:
                textpage.close()
                page.close()
            yield TextChunk(f"page {n + 1}", text, line_based=False)
        meta = document.get_metadata_dict(skip_empty=True)
    finally:
        document.close()
    for key in ("Title", "Author", "Subject", "Keywords", "Creator"):
        value = meta.get(key)
        if value:
            yield TextChunk(f"document property {key.lower()}", str(value))


_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "title",
        "dt",
        "dd",
        "figcaption",
        "caption",
        "hr",
    ]
)
_TEXT_ATTRIBUTES = frozenset(
    {"alt", "title", "aria-label", "content", "value", "placeholder", "href", "src", "data-name"}
)


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[int, str]] = []
        self.attributes: list[tuple[int, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        if tag in _BLOCK_TAGS:
            self.parts.append((line, "\n"))
        for name, value in attrs:
            if value and name in _TEXT_ATTRIBUTES:
                self.attributes.append((line, f"{tag} {name}", value))

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append((self.getpos()[0], "\n"))

    def handle_data(self, data: str) -> None:
        self.parts.append((self.getpos()[0], data))


def _html(path: Path) -> Iterator[TextChunk]:
    parser = _HtmlText()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    # Text of one block is joined so that "<b>Kay</b>leigh" reads as one word; each block
    # is reported at the source line where it starts.
    block: list[str] = []
    block_line = 1
    for line, data in parser.parts:
        if data == "\n":
            if "".join(block).strip():
                yield TextChunk(f"line {block_line}", "".join(block))
            block = []
            continue
        if not block:
            block_line = line
        block.append(data)
    if "".join(block).strip():
        yield TextChunk(f"line {block_line}", "".join(block))
    for line, where, value in parser.attributes:
        yield TextChunk(f"line {line} ({where} attribute)", value)


_XLSX_PROPERTIES = {
    "{http://purl.org/dc/elements/1.1/}title": "title",
    "{http://purl.org/dc/elements/1.1/}subject": "subject",
    "{http://purl.org/dc/elements/1.1/}creator": "creator",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords": (
        "keywords"
    ),
    "{http://purl.org/dc/elements/1.1/}description": "description",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}lastModifiedBy": (
        "last modified by"
    ),
}


def _cell_text(value: object) -> str:
    """A cell as the spreadsheet shows it: 7700900123, not 7700900123.0."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx(path: Path) -> Iterator[TextChunk]:
    """Every sheet name and non-empty cell (cached values of formulas), by calamine, which
    reads a 10,000-row sheet several times faster than openpyxl; and the core properties."""
    from openpyxl.utils import get_column_letter
    from python_calamine import CalamineWorkbook

    try:
        with zipfile.ZipFile(path) as archive:
            core = (
                _xml_part(archive, "docProps/core.xml")
                if "docProps/core.xml" in archive.namelist()
                else None
            )
        book = CalamineWorkbook.from_path(str(path))
        sheets = [book.get_sheet_by_index(i) for i in range(len(book.sheet_names))]
        # Padded to A1 so that a cell's place is its address in the sheet.
        grids = [sheet.to_python(skip_empty_area=False) for sheet in sheets]
    except ExtractionError:
        raise
    except Exception as exc:  # calamine raises its own untyped errors for damaged files
        raise ExtractionError(
            f"{path.name} is not a readable XLSX workbook ({type(exc).__name__})."
        ) from exc
    for s, (sheet, grid) in enumerate(zip(sheets, grids, strict=True), start=1):
        yield TextChunk(f"sheet {s} name", sheet.name)
        for r, row in enumerate(grid, start=1):
            for c, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                yield TextChunk(f"{sheet.name}!{get_column_letter(c)}{r}", _cell_text(value))
    for node in core if core is not None else ():
        name = _XLSX_PROPERTIES.get(node.tag)
        if name and node.text and node.text.strip():
            yield TextChunk(f"document property {name}", node.text)


def _csv(path: Path) -> Iterator[TextChunk]:
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        for r, row in enumerate(csv.reader(handle), start=1):
            for c, value in enumerate(row, start=1):
                if value:
                    yield TextChunk(f"row {r} column {c}", value)


def _plain(path: Path) -> Iterator[TextChunk]:
    yield TextChunk("", path.read_text(encoding="utf-8", errors="replace"), line_based=True)


def extract_text(path: Path) -> Iterator[TextChunk]:
    """Every piece of text in the file at `path`, with its location."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ExtractionError(f"{path} does not exist or is not a file; check the path.")
    readers = {
        ".docx": _docx,
        ".pdf": _pdf,
        ".html": _html,
        ".htm": _html,
        ".xlsx": _xlsx,
        ".csv": _csv,
        ".txt": _plain,
        ".md": _plain,
    }
    reader = readers.get(suffix)
    if reader is None:
        raise ExtractionError(
            f"{path.name}: the leak check cannot read '{suffix or 'no extension'}' files; "
            f"give one of {', '.join(SUPPORTED_SUFFIXES)}."
        )
    yield from reader(path)
