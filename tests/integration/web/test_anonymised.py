"""The named / anonymised switch: panel members always read the anonymised chronology."""

from __future__ import annotations

import csv
import io

from .conftest import GP, POLICE, REF, Web


def _people(rows: list[dict[str, str]]) -> set[str]:
    return {p for r in rows for p in r["people"].split("; ") if p}


def test_reviewer_switches_between_named_and_anonymised(web: Web) -> None:
    client = web.client("reviewer")
    named = client.get(f"/api/reviews/{REF}/chronology").json()
    assert named["anonymised"] is False
    assert _people(named["rows"]) == {"P1", "P2"}  # each agency's own references
    anonymous = client.get(f"/api/reviews/{REF}/chronology", params={"names": "anonymised"}).json()
    assert anonymous["anonymised"] is True
    assert anonymous["total"] == named["total"]
    assert not _people(anonymous["rows"]) & {"P1", "P2"}  # people as glossary labels
    assert GP not in anonymous["agencies"] and POLICE not in anonymous["agencies"]
    page = client.get(f"/reviews/{REF}/chronology", params={"names": "anonymised"})
    assert page.status_code == 200 and "Anonymised: people are shown" in page.text
    assert 'id="names-anonymised" name="names" type="radio" value="anonymised" checked' in page.text
    export = client.get(f"/reviews/{REF}/chronology/export.csv", params={"names": "anonymised"})
    assert export.status_code == 200 and "anonymised" in export.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert len(rows) == named["total"] and GP not in {r["agency"] for r in rows}


def test_panel_members_only_ever_see_it_anonymised(web: Web) -> None:
    panel = web.client("panel")
    asked_named = panel.get(f"/api/reviews/{REF}/chronology", params={"names": "named"}).json()
    assert asked_named["anonymised"] is True
    page = panel.get(f"/reviews/{REF}/chronology")
    assert "Your role sees the anonymised chronology only" in page.text
    assert 'name="names"' not in page.text  # no switch for them
    assert "Nadia" not in page.text and "Trelawny" not in page.text  # the mother's name
    assert "Officers spoke to" in page.text  # the entry is there, redacted
    named = web.client("reviewer").get(f"/reviews/{REF}/chronology").text
    assert "Officers spoke to Nadia Trelawny" in named
    assert panel.get(f"/reviews/{REF}/agencies/{web.agencies[GP]}").status_code == 403
