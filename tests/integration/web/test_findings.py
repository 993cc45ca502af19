"""Findings of the indicator rules in the web: run, list, open one with its evidence marked."""

from __future__ import annotations

import re

from .conftest import REF, Web, csrf


def test_run_the_rules_then_read_a_finding_with_its_evidence(web: Web) -> None:
    reviewer = web.client("reviewer")
    empty = reviewer.get(f"/reviews/{REF}/findings")
    assert empty.status_code == 200 and "No findings are stored" in empty.text
    ran = reviewer.post(f"/reviews/{REF}/findings/run", data={"csrf_token": csrf(reviewer)})
    assert ran.status_code == 303
    listing = reviewer.get(f"/reviews/{REF}/findings").text
    # A bruise on a child of under three months (born 14/03/2022, seen 05/06/2022): NICE CG89.
    assert "not independently mobile" in listing
    position = re.search(r'/findings/(\d+)">Bruising', listing)
    assert position, listing
    page = reviewer.get(f"/reviews/{REF}/findings/{position.group(1)}")
    assert page.status_code == 200
    assert "NICE CG89" in page.text  # the guidance it cites
    assert re.search(
        r'<mark class="app-mark">bruise<span class="govuk-visually-hidden">', page.text
    )
    assert "Harbourside Surgery, G1" in page.text
    review = reviewer.get(f"/reviews/{REF}").text
    assert re.search(r"Findings of the indicator rules</a> \(\d+\)", review)
    table = reviewer.get(f"/reviews/{REF}/chronology").text
    assert "app-row--evidence" in table and "Evidence of finding" in table
    timeline = reviewer.get(f"/api/reviews/{REF}/timeline").json()
    assert timeline["evidence"]  # the GP entry is marked on the timeline


def test_panel_members_read_a_finding_anonymised(web: Web) -> None:
    reviewer = web.client("reviewer")
    reviewer.post(f"/reviews/{REF}/findings/run", data={"csrf_token": csrf(reviewer)})
    listing = reviewer.get(f"/reviews/{REF}/findings").text
    position = re.search(r'/findings/(\d+)">Bruising', listing)
    assert position, listing
    page = web.client("panel").get(f"/reviews/{REF}/findings/{position.group(1)}")
    assert page.status_code == 200
    assert "Anonymised:" in page.text
    assert re.search(
        r'<mark class="app-mark">bruise<span class="govuk-visually-hidden">', page.text
    )
    assert "Harbourside Surgery" not in page.text  # the agency by its generic label
    assert ", G1</h3>" not in page.text  # nor the agency's own reference


def test_who_may_run_and_read_findings(web: Web) -> None:
    panel = web.client("panel")
    assert panel.get(f"/reviews/{REF}/findings").status_code == 200
    refused = panel.post(f"/reviews/{REF}/findings/run", data={"csrf_token": csrf(panel)})
    assert refused.status_code == 403
    police = web.client("police")
    assert police.get(f"/reviews/{REF}/findings").status_code == 403
    assert police.get(f"/reviews/{REF}/findings/1").status_code == 403
    assert web.client("reviewer").get(f"/reviews/{REF}/findings/99").status_code == 404
