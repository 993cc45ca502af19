"""End to end in chromium: sign in, upload a return with errors then corrected, read the
chronology with the timeline and the keyboard, and an agency contributor refused another
agency's return. axe-core checks each page; screenshots go to test-artifacts/."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from casereview.demo.run import DEMO_REF

from ..integration.foundation.builders import EVENTS_HEADER, standard
from .conftest import NEW_AGENCY, Site, check_accessibility, screenshot, sign_in

BAD = [
    EVENTS_HEADER,
    [
        "K1",
        "30/02/2023",
        "",
        "School or nursery attendance",
        "P1",
        "Late twice this week.",
        "reg 1",
    ],
    ["K2", "06/03/2023", "", "School or nursery attendance", "P1", "", "reg 2"],
]
pytestmark = pytest.mark.browser

GOOD = [
    EVENTS_HEADER,
    [
        "K1",
        "28/02/2023",
        "",
        "School or nursery attendance",
        "P1",
        "Late twice this week.",
        "reg 1",
    ],
    [
        "K2",
        "06/03/2023",
        "",
        "School or nursery attendance",
        "P1",
        "Absent, no reason given.",
        "reg 2",
    ],
]


def test_sign_in_and_dashboard(page: Any, site: Site) -> None:
    page.goto(f"{site.url}/reviews")
    assert "/sign-in" in page.url  # signed out: sent to sign in
    check_accessibility(page)
    screenshot(page, "sign-in")
    sign_in(page, site, "coordinator")
    assert page.get_by_role("link", name=DEMO_REF).is_visible()
    check_accessibility(page)
    screenshot(page, "dashboard")
    page.get_by_role("link", name=DEMO_REF).click()
    assert page.get_by_role("heading", level=1).inner_text().startswith(DEMO_REF)
    check_accessibility(page)
    screenshot(page, "review")
    page.get_by_role("link", name="Deadlines, proceedings, correspondence and actions").click()
    page.get_by_text("Statutory deadlines").wait_for()
    check_accessibility(page)
    screenshot(page, "deadlines")


def test_upload_with_errors_then_corrected(page: Any, site: Site, tmp_path: Path) -> None:
    sign_in(page, site, "coordinator")
    page.goto(f"{site.url}/reviews/{DEMO_REF}")
    page.get_by_label("Add a reviewer or panel member").wait_for()
    check_accessibility(page)  # the review page with its invitation and membership forms
    screenshot(page, "review")
    page.get_by_role("link", name=f"Upload {NEW_AGENCY}'s return").click()
    check_accessibility(page)
    screenshot(page, "upload")
    page.get_by_label("Workbook (.xlsx)").set_input_files(str(standard(tmp_path / "bad.xlsx", BAD)))
    page.get_by_role("button", name="Upload and check").click()
    summary = page.locator(".govuk-error-summary")
    summary.wait_for()
    assert "nothing was imported" in summary.inner_text()
    assert summary.evaluate("el => el.contains(document.activeElement)")  # focus moves to it
    check_accessibility(page)
    screenshot(page, "upload-errors")
    first = summary.get_by_role("link").first
    assert first.inner_text().startswith("Row 2, start_date")
    first.click()
    assert page.evaluate("document.activeElement.id") == "issue-1"
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download your file")).click()
    assert download.value.suggested_filename == "bad-annotated.xlsx"
    page.get_by_role("link", name="Upload a corrected file").click()
    page.get_by_label("Workbook (.xlsx)").set_input_files(
        str(standard(tmp_path / "good.xlsx", GOOD))
    )
    page.get_by_role("button", name="Upload and check").click()
    page.get_by_role("heading", name="Return imported").wait_for()
    check_accessibility(page)
    screenshot(page, "upload-imported")


def test_read_the_chronology_with_timeline_and_keyboard(page: Any, site: Site) -> None:
    sign_in(page, site, "coordinator")
    page.goto(f"{site.url}/reviews/{DEMO_REF}/chronology")
    canvas = page.locator(".app-timeline__canvas")
    canvas.locator("svg").wait_for()
    lanes = page.locator(".app-timeline .lane-label")
    assert lanes.count() == len(site.agencies)
    check_accessibility(page)
    screenshot(page, "chronology")
    canvas.focus()
    for _ in range(3):
        page.keyboard.press("+")
    # Zoomed in far enough, single entries become focusable marks (the status line says so).
    page.locator("#timeline-status", has_text="Tab to an entry").wait_for()
    page.keyboard.press("Tab")
    label = page.evaluate("document.activeElement.getAttribute('aria-label')")
    sequence = re.match(r"Entry (\d+):", label).group(1)
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#entry-{sequence}.app-row--chosen")
    page.wait_for_function(f"document.activeElement.id === 'entry-{sequence}'")
    # Paging the table is an htmx swap; the address changes so Back works.
    page.get_by_role("link", name="Next page").first.click()
    page.wait_for_url(re.compile(r"page=\d+"))
    assert page.locator("table.app-chronology tbody tr").count() > 0
    # Filter by agency: the table and the timeline both narrow.
    page.get_by_label("Agency").select_option("Northshire Police")
    page.get_by_role("button", name="Apply", exact=True).click()
    page.locator(".app-timeline__canvas svg").wait_for()
    agencies = set(page.locator("table.app-chronology tbody tr td:nth-child(4)").all_inner_texts())
    assert agencies == {"Northshire Police"}
    check_accessibility(page)
    screenshot(page, "chronology-filtered")
    page.get_by_role("link", name="Clear filters").click()  # agency names differ once anonymised
    page.get_by_label("Anonymised").check()
    page.get_by_role("button", name="Apply", exact=True).click()
    page.get_by_text("Anonymised: people are shown").wait_for()
    page.locator(".app-timeline__canvas svg").wait_for()
    check_accessibility(page)
    screenshot(page, "chronology-anonymised")


def test_open_a_findings_evidence_from_the_chronology(page: Any, site: Site) -> None:
    sign_in(page, site, "coordinator")
    page.goto(f"{site.url}/reviews/{DEMO_REF}/findings")
    check_accessibility(page)
    screenshot(page, "findings")
    page.goto(f"{site.url}/reviews/{DEMO_REF}/chronology")
    link = page.get_by_role("link", name=re.compile(r"Evidence of finding \d+")).first
    for _ in range(20):  # the first evidence entry may be on a later page of the table
        if link.count():
            break
        page.get_by_role("link", name="Next page").first.click()
        page.wait_for_load_state("networkidle")
    link.click()
    page.wait_for_url(re.compile(r"/findings/\d+$"))
    assert page.locator("mark.app-mark").count() > 0  # the triggering words, highlighted
    assert page.get_by_text("Guidance cited").is_visible()
    check_accessibility(page)
    screenshot(page, "finding")


def test_agency_contributor_is_refused_another_agencys_return(page: Any, site: Site) -> None:
    sign_in(page, site, "police")
    own = page.goto(f"{site.url}/reviews/{DEMO_REF}/agencies/{site.agencies['Northshire Police']}")
    assert own is not None and own.status == 200
    other_id = site.agencies["Riverside Medical Practice"]
    response = page.goto(f"{site.url}/reviews/{DEMO_REF}/agencies/{other_id}")
    assert response is not None and response.status == 403
    text = page.content()
    assert "You do not have permission" in text
    assert "Riverside" not in text and "GP consultation" not in text
    check_accessibility(page)
    screenshot(page, "contributor-refused")
    chronology = page.goto(f"{site.url}/reviews/{DEMO_REF}/chronology")
    assert chronology is not None and chronology.status == 403


def test_accept_a_possible_match(page: Any, site: Site) -> None:
    sign_in(page, site, "coordinator")
    page.goto(f"{site.url}/reviews/{DEMO_REF}/matches")
    check_accessibility(page)
    screenshot(page, "matches")
    card = page.locator(".govuk-summary-card").first
    card.wait_for()
    assert card.get_by_text("Evidence of each comparison").is_visible()
    card.get_by_role("button", name=re.compile("^Accept")).click()
    page.get_by_text("Decision recorded: accept").wait_for()  # the card swapped in place by htmx
    assert page.url.endswith("/matches")  # no page load
    check_accessibility(page)
