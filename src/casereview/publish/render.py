"""Rendering an (already anonymised) report to HTML, DOCX and PDF.

HTML: Jinja2, one standalone printable file (no external assets). DOCX: python-docx.
PDF: ReportLab's Platypus, pure Python with its own bundled fonts, so it renders the same on
any machine without system libraries (WeasyPrint would need Pango from the OS).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from casereview.publish.errors import RenderError
from casereview.publish.report import ReportContent, markdown_blocks, markdown_html

__all__ = ["FORMATS", "SECTION_HEADINGS", "render", "render_docx", "render_html", "render_pdf"]

SECTION_HEADINGS: tuple[tuple[str, str], ...] = (
    ("introduction", "Introduction"),
    ("terms_of_reference", "Terms of reference"),
    ("child_and_family", "The child and family"),
    ("involvement", "Agencies' involvement"),
    ("key_episodes", "Key practice episodes"),
    ("findings", "Findings"),
    ("recommendations", "Recommendations"),
    ("action_plan", "Action plan"),
    ("glossary", "Glossary of terms"),
)


def _present(c: ReportContent) -> list[tuple[str, str]]:
    has = {
        "involvement": bool(c.periods),
        "key_episodes": bool(c.episodes),
        "findings": bool(c.findings or c.extra_sections),
        "recommendations": bool(c.recommendations),
        "action_plan": bool(c.actions),
        "glossary": bool(c.glossary_terms),
    }
    return [(k, h) for k, h in SECTION_HEADINGS if c.sections.get(k) or has.get(k, False)]


def _finding_heading(number: int, title: str) -> str:
    return f"Finding {number}: {title}" if title else f"Finding {number}"


def render_html(content: ReportContent) -> str:
    """A standalone, printable HTML page."""
    env = Environment(
        loader=PackageLoader("casereview.publish", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
    )
    template = env.get_template("report.html.j2")
    order = _present(content)
    return template.render(
        c=content,
        order=order,
        toc=order,
        md=lambda text: Markup(markdown_html(text)),  # noqa: S704 - raw HTML is disabled
    )


def render_docx(content: ReportContent, path: Path) -> None:
    """A Word document with real headings, lists and tables."""
    import docx

    document = docx.Document()
    document.core_properties.title = content.title
    document.core_properties.author = content.partnership or "casereview"
    document.add_heading(content.title, level=0)
    meta = " · ".join(x for x in (content.partnership, f"Review {content.reference}") if x)
    document.add_paragraph(meta)
    if content.publication_note:
        document.add_paragraph(content.publication_note)

    def markdown(text: str, base: int = 2) -> None:
        for block in markdown_blocks(text):
            if block.kind == "heading":
                document.add_heading(block.text, level=min(9, base + block.level - 1))
            elif block.kind == "bullet":
                document.add_paragraph(block.text, style="List Bullet")
            elif block.kind == "number":
                document.add_paragraph(block.text, style="List Number")
            elif block.kind == "quote":
                document.add_paragraph(block.text, style="Quote")
            else:
                document.add_paragraph(block.text)

    def table(header: list[str], rows: list[list[str]]) -> None:
        t = document.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, header, strict=True):
            cell.text = text
        for row in rows:
            cells = t.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text

    for key, heading in _present(content):
        document.add_heading(heading, level=1)
        if content.sections.get(key):
            markdown(content.sections[key])
        if key == "involvement":
            for period in content.periods:
                document.add_heading(period.title, level=2)
                if period.summary:
                    markdown(period.summary, 3)
                if period.entries:
                    table(
                        ["When", "Agency", "What happened"],
                        [[e.when, e.agency, e.text] for e in period.entries],
                    )
        elif key == "key_episodes":
            for episode in content.episodes:
                document.add_heading(episode.title, level=2)
                markdown(episode.text, 3)
        elif key == "findings":
            for n, finding in enumerate(content.findings, start=1):
                document.add_heading(_finding_heading(n, finding.title), level=2)
                markdown(finding.text, 3)
            for head, body in content.extra_sections:
                document.add_heading(head, level=2)
                markdown(body, 3)
        elif key == "recommendations":
            for rec in content.recommendations:
                document.add_paragraph(f"Recommendation {rec.number}. {rec.text}")
        elif key == "action_plan" and content.actions:
            table(
                ["Recommendation", "Action", "Owner", "By", "Status"],
                [[a.recommendation, a.action, a.owner, a.due, a.status] for a in content.actions],
            )
        elif key == "glossary" and content.glossary_terms:
            table(["Term", "Meaning"], [[t, m] for t, m in content.glossary_terms])
    document.save(str(path))


def render_pdf(content: ReportContent, path: Path) -> None:
    """A PDF with headings, lists, tables that split across pages, and page numbers."""
    import reportlab
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        Flowable,
        LongTable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        TableStyle,
    )

    fonts = Path(reportlab.__file__).parent / "fonts"
    try:
        pdfmetrics.registerFont(TTFont("Vera", str(fonts / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("VeraBd", str(fonts / "VeraBd.ttf")))
    except Exception as exc:  # the bundled fonts are part of the reportlab wheel
        raise RenderError(
            "The PDF fonts bundled with ReportLab are missing; reinstall the reportlab package."
        ) from exc
    styles = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=styles["BodyText"], fontName="Vera", fontSize=10, leading=14
    )
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    heads = {
        level: ParagraphStyle(
            f"h{level}", parent=styles[f"Heading{min(level, 4)}"], fontName="VeraBd"
        )
        for level in range(1, 5)
    }
    title = ParagraphStyle("title", parent=styles["Title"], fontName="VeraBd")
    story: list[Flowable] = []

    def para(text: str, style: ParagraphStyle = body, bullet: str | None = None) -> None:
        story.append(Paragraph(escape(text), style, bulletText=bullet))

    def markdown(text: str, base: int = 2) -> None:
        counter = 0
        for block in markdown_blocks(text):
            if block.kind == "heading":
                para(block.text, heads[min(4, base + block.level - 1)])
            elif block.kind == "bullet":
                para(block.text, ParagraphStyle("li", parent=body, leftIndent=12), "•")
            elif block.kind == "number":
                counter += 1
                para(block.text, ParagraphStyle("ol", parent=body, leftIndent=14), f"{counter}.")
                continue
            elif block.kind == "quote":
                para(
                    block.text,
                    ParagraphStyle(
                        "q", parent=body, leftIndent=18, textColor=colors.HexColor("#505a5f")
                    ),
                )
            else:
                para(block.text)
            counter = 0

    def table(header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        data = [[Paragraph(escape(h), small) for h in header]]
        data += [[Paragraph(escape(x), small) for x in row] for row in rows]
        t = LongTable(data, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b1b4b6")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3f2f1")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(t)
        story.append(Spacer(1, 4 * mm))

    para(content.title, title)
    para(" · ".join(x for x in (content.partnership, f"Review {content.reference}") if x))
    if content.publication_note:
        para(content.publication_note)
    for key, heading in _present(content):
        para(heading, heads[1])
        if content.sections.get(key):
            markdown(content.sections[key])
        if key == "involvement":
            for period in content.periods:
                para(period.title, heads[2])
                if period.summary:
                    markdown(period.summary, 3)
                if period.entries:
                    table(
                        ["When", "Agency", "What happened"],
                        [[e.when, e.agency, e.text] for e in period.entries],
                        [25, 35, 110],
                    )
        elif key == "key_episodes":
            for episode in content.episodes:
                para(episode.title, heads[2])
                markdown(episode.text, 3)
        elif key == "findings":
            for n, finding in enumerate(content.findings, start=1):
                para(_finding_heading(n, finding.title), heads[2])
                markdown(finding.text, 3)
            for head, text in content.extra_sections:
                para(head, heads[2])
                markdown(text, 3)
        elif key == "recommendations":
            for rec in content.recommendations:
                para(f"Recommendation {rec.number}. {rec.text}")
        elif key == "action_plan" and content.actions:
            table(
                ["Recommendation", "Action", "Owner", "By", "Status"],
                [[a.recommendation, a.action, a.owner, a.due, a.status] for a in content.actions],
                [25, 70, 35, 20, 20],
            )
        elif key == "glossary" and content.glossary_terms:
            table(["Term", "Meaning"], [[t, m] for t, m in content.glossary_terms], [45, 125])

    def page_number(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Vera", 8)  # type: ignore[attr-defined]
        canvas.drawRightString(  # type: ignore[attr-defined]
            A4[0] - 20 * mm,
            10 * mm,
            f"Page {doc.page}",  # type: ignore[attr-defined]
        )
        canvas.restoreState()  # type: ignore[attr-defined]

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        title=content.title,
        author=content.partnership or "casereview",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
    )
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)


def _write_html(content: ReportContent, path: Path) -> None:
    path.write_text(render_html(content), encoding="utf-8")


FORMATS: dict[str, Callable[[ReportContent, Path], None]] = {
    "html": _write_html,
    "docx": render_docx,
    "pdf": render_pdf,
}


def render(content: ReportContent, fmt: str, path: Path) -> Path:
    """Render `content` as `fmt` (html, docx or pdf) to `path`."""
    writer = FORMATS.get(fmt.lower())
    if writer is None:
        raise RenderError(f"Unknown report format '{fmt}'; use one of: {', '.join(FORMATS)}.")
    writer(content, path)
    return path
