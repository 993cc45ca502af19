"""The report renders in every format, anonymised, and passes the leak check."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from casereview.publish import (
    Action,
    Finding,
    IdentityList,
    InvolvementEntry,
    Period,
    Recommendation,
    Redactor,
    ReportContent,
    anonymise_report,
    render,
    scan,
    split_narrative,
)

NARRATIVE = """# Introduction
This review concerns Kayleigh Marsh-Okafor, born 22/05/2016.

# Findings
- Hope Marsh told the **health visitor** about bruising.
- There is hope that practice will change.

# Reflections on practice
Mr Stroud's role was not explored by Oakfield Primary School.
"""


def _content() -> ReportContent:
    standard, other = split_narrative(NARRATIVE)
    return ReportContent(
        title="Local child safeguarding practice review: Kayleigh",
        reference="LCSPR-2026-01",
        partnership="Eastbury Safeguarding Children Partnership",
        sections=standard,
        extra_sections=tuple(other),
        periods=(
            Period(
                "Birth to age two",
                (
                    InvolvementEntry(
                        "05/2017", "GP", "Kay seen with a bruise; mum rang 07700 900123."
                    ),
                ),
            ),
        ),
        findings=(Finding("Information sharing", "Little Acorns did not share the concern."),),
        recommendations=(Recommendation("1", "The partnership should audit referrals."),),
        actions=(Action("1", "Audit referrals", "Partnership", "01/2027"),),
        glossary_terms=(("Child A", "the subject child"),),
    )


def test_narrative_is_split_into_standard_and_own_sections() -> None:
    standard, other = split_narrative(NARRATIVE)
    assert set(standard) == {"introduction", "findings"}
    assert [heading for heading, _ in other] == ["Reflections on practice"]


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_anonymised_report_is_clean_and_named_report_is_not(
    tmp_path: Path, identities: IdentityList, redactor: Redactor, fmt: str
) -> None:
    content = _content()
    anonymised, _ = anonymise_report(content, redactor)
    named = render(content, fmt, tmp_path / f"named.{fmt}")
    clean = render(anonymised, fmt, tmp_path / f"report.{fmt}")
    assert not scan([named], identities).clean
    assert scan([clean], identities).clean


def test_rendered_outputs_read_as_reports(tmp_path: Path, redactor: Redactor) -> None:
    anonymised, _ = anonymise_report(_content(), redactor)
    html = render(anonymised, "html", tmp_path / "r.html").read_text(encoding="utf-8")
    assert (
        "<h2>Findings</h2>" in html
        and "Child A" in html
        and "<strong>health visitor</strong>" in html
    )
    document = docx.Document(str(render(anonymised, "docx", tmp_path / "r.docx")))
    headings = [
        p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"
    ]
    assert headings[:3] == ["Introduction", "Agencies' involvement", "Findings"]
    pdf = pdfium.PdfDocument(str(render(anonymised, "pdf", tmp_path / "r.pdf")))
    pdf_text = pdf[0].get_textpage().get_text_range()
    pdf.close()
    assert "Child A" in pdf_text and "[phone number]" in pdf_text
