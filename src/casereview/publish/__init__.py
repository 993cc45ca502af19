"""publish stage of casereview: anonymise a review and prove that nothing identifies the family.

Pure engine, no storage: build the review's identity list and pseudonym glossary from its
person records and places, redact free text (identity data first, then Presidio patterns,
then flag remaining capitalised words for a person), render the report (HTML, DOCX, PDF),
and leak-check any output file.

Typical use::

    people = [Person.from_records(key, records, practitioner=...) for ...]
    ids = build_identity_list(people, places, build_glossary(people, places, overrides))
    redactor = Redactor(ids)
    anonymised, flagged = anonymise_report(content, redactor)
    render(anonymised, "docx", out / "report.docx")
    report = scan([out / "report.docx"], ids)   # report.exit_code == 1 on any leak
"""

from casereview.publish.errors import ExtractionError, PublishError, RenderError
from casereview.publish.extract import SUPPORTED_SUFFIXES, TextChunk, extract_text
from casereview.publish.finder import find_identifiers
from casereview.publish.flagging import FlaggedWord, flag_words
from casereview.publish.glossary import Glossary, GlossaryEntry, build_glossary
from casereview.publish.hits import Hit
from casereview.publish.identity import Identifier, IdentityList, build_identity_list
from casereview.publish.leakcheck import Leak, LeakReport, scan, scan_text
from casereview.publish.patterns import PatternDetector, pattern_detector
from casereview.publish.redact import RedactionResult, Redactor, Replacement
from casereview.publish.render import FORMATS, render, render_docx, render_html, render_pdf
from casereview.publish.report import (
    Action,
    Episode,
    Finding,
    InvolvementEntry,
    Period,
    Recommendation,
    ReportContent,
    anonymise_report,
    split_narrative,
)
from casereview.publish.sources import Person, PersonRecordView, Place, read_record

__all__ = [
    "FORMATS",
    "SUPPORTED_SUFFIXES",
    "Action",
    "Episode",
    "ExtractionError",
    "Finding",
    "FlaggedWord",
    "Glossary",
    "GlossaryEntry",
    "Hit",
    "Identifier",
    "IdentityList",
    "InvolvementEntry",
    "Leak",
    "LeakReport",
    "PatternDetector",
    "Period",
    "Person",
    "PersonRecordView",
    "Place",
    "PublishError",
    "Recommendation",
    "RedactionResult",
    "Redactor",
    "RenderError",
    "Replacement",
    "ReportContent",
    "TextChunk",
    "anonymise_report",
    "build_glossary",
    "build_identity_list",
    "extract_text",
    "find_identifiers",
    "flag_words",
    "pattern_detector",
    "read_record",
    "render",
    "render_docx",
    "render_html",
    "render_pdf",
    "scan",
    "scan_text",
    "split_narrative",
]
