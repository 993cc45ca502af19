"""End to end in chromium: publish the demonstration review anonymised from the web. Upload
the reviewer's narrative, read the words to check, keep one as the ordinary word with its
form, render again, sign off, record publication and download the report. axe-core checks
the page at each step; screenshots go to test-artifacts/."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from casereview.demo.run import DEMO_REF

from .conftest import Site, check_accessibility, screenshot, sign_in

pytestmark = pytest.mark.browser

# "Dean" is the invented father's given name and an ordinary word; here the redactor cannot
# tell which, so it redacts it and lists it, with the words after it, for a person to check.
NARRATIVE = (
    "# Introduction\n\nThis review concerns Ellie-Mae Fairbrother and her mother Shannon.\n\n"
    "# Findings\n\nDean under pressure was shown by every practitioner. Shannon said that "
    "the visits helped.\n"
)
LISTED = "Dean under pressure"


def banner(page: Any) -> str:
    heading = page.locator(".govuk-notification-banner__heading").first
    heading.wait_for()
    return str(heading.inner_text())


def test_publish_the_review_from_the_web(page: Any, site: Site, tmp_path: Path) -> None:
    narrative = tmp_path / "narrative.md"
    narrative.write_text(NARRATIVE, encoding="utf-8")
    sign_in(page, site, "coordinator")
    page.goto(f"{site.url}/reviews/{DEMO_REF}")
    page.get_by_role("link", name=re.compile("^Publication")).click()
    page.get_by_role("heading", name="Publication", level=1).wait_for()
    assert page.get_by_text("The report has not been rendered yet.").is_visible()
    check_accessibility(page)

    page.get_by_label("The reviewer's narrative (Markdown, .md)").set_input_files(str(narrative))
    page.get_by_label("PDF").uncheck()  # HTML and Word are enough here
    page.get_by_role("button", name="Render and leak-check").click()
    assert "no identifier found" in banner(page)
    words = page.locator("table", has=page.locator("caption", has_text="to check"))
    assert LISTED in words.inner_text()
    check_accessibility(page)
    screenshot(page, "publication-words")

    page.get_by_role(
        "button", name=re.compile(rf"^Keep\s+{LISTED}\s+as the ordinary word$")
    ).click()
    assert "Kept as the ordinary word" in banner(page)
    kept = page.locator("table", has=page.locator("caption", has_text="Phrases kept"))
    assert LISTED in kept.inner_text()
    assert page.get_by_text("changed after this rendering").is_visible()

    page.get_by_role("button", name="Render and leak-check").click()  # the stored narrative
    assert "no identifier found" in banner(page)
    assert LISTED not in words.inner_text()  # no longer listed: the report keeps the word
    with page.expect_download() as download:
        page.get_by_role("link", name=f"{DEMO_REF}-report.html").click()
    report = Path(download.value.path()).read_text(encoding="utf-8")
    assert "Dean under pressure was shown" in report  # the ordinary word, kept
    assert "Fairbrother" not in report and "Shannon" not in report

    page.get_by_role("button", name="Sign off").click()  # nothing filled in: refused
    summary = page.locator(".govuk-error-summary")
    summary.wait_for()
    assert "full name" in summary.inner_text()
    check_accessibility(page)
    page.get_by_label("Your full name").fill("Sam Okoro")
    page.get_by_label(re.compile("I have checked every word")).check()
    page.get_by_role("button", name="Sign off").click()
    assert "Signed off" in banner(page)

    page.get_by_label("Where it is published").fill("https://example.org/demo-review")
    page.get_by_label("Pre-publication notices sent on (optional)").fill("20/11/2026")
    page.get_by_label("Publication date").fill("01/12/2026")
    page.get_by_role("button", name="Record publication").click()
    assert "Keep it online until 01/12/2027" in banner(page)
    status = page.locator(".govuk-summary-list").first.inner_text()
    assert "Sam Okoro" in status and "https://example.org/demo-review" in status
    check_accessibility(page)
    screenshot(page, "publication-published")
