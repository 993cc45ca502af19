"""Every page of the web app against the real database: dashboard, review, upload, chronology."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from casereview.store.tables import AuditEntry

from .conftest import GP, POLICE, REF, SCHOOL, Web, bad_workbook, csrf, good_workbook


def _views(web: Web) -> list[tuple[str, str, str | None]]:
    with web.db.engine.connect() as conn:
        rows = conn.execute(
            select(AuditEntry.actor, AuditEntry.action, AuditEntry.review_ref).where(
                AuditEntry.action.like("view.%")
            )
        )
        return [(r.actor, r.action, r.review_ref) for r in rows]


def test_dashboard_lists_reviews_with_returns_received(web: Web) -> None:
    page = web.client("reviewer").get("/reviews")
    assert page.status_code == 200
    assert REF in page.text
    assert "2 of 3" in page.text  # police and GP returns received, the school's not yet
    assert "Create a review" not in page.text  # reviewers do not create reviews


def test_create_review_and_invite_an_agency(web: Web) -> None:
    client = web.client("coordinator")
    assert client.get("/reviews/new").status_code == 200
    token = csrf(client)
    missing = client.post("/reviews", data={"csrf_token": token, "ref": "", "review_type": ""})
    assert missing.status_code == 422
    assert "Enter a reference for the review" in missing.text
    assert "Choose the type of review" in missing.text
    made = client.post(
        "/reviews",
        data={
            "csrf_token": token,
            "ref": "RR-2025-01",
            "review_type": "rapid",
            "aware_date": "03/02/2025",
        },
    )
    assert made.status_code == 303 and made.headers["location"] == "/reviews/RR-2025-01"
    invited = client.post(
        "/reviews/RR-2025-01/agencies",
        data={"csrf_token": token, "name": "Fenbridge Housing", "agency_type": "housing"},
    )
    assert invited.status_code == 303
    page = client.get("/reviews/RR-2025-01")
    assert "Fenbridge Housing" in page.text and "Not received" in page.text
    assert "03/02/2025" in page.text


def test_panel_members_read_but_cannot_change(web: Web) -> None:
    client = web.client("panel")
    assert client.get(f"/reviews/{REF}/chronology").status_code == 200
    assert client.get("/reviews/new").status_code == 403
    token = csrf(client)
    assert (
        client.post(
            "/reviews", data={"csrf_token": token, "ref": "P-1", "review_type": "lcspr"}
        ).status_code
        == 403
    )
    refused = client.post(
        f"/reviews/{REF}/agencies", data={"csrf_token": token, "name": "X", "agency_type": "police"}
    )
    assert refused.status_code == 403
    assert client.get(f"/reviews/{REF}/chronology/export.csv").status_code == 403
    assert client.get("/admin/users").status_code == 403


def test_review_page_shows_each_agency_and_its_return(web: Web) -> None:
    page = web.client("coordinator").get(f"/reviews/{REF}")
    assert page.status_code == 200
    for name in (POLICE, GP, SCHOOL):
        assert name in page.text
    assert "Not received" in page.text  # the school
    assert ("coordinator", "view.review", REF) in _views(web)


def test_upload_with_errors_reports_each_row_and_imports_nothing(web: Web, tmp_path: Path) -> None:
    client = web.client("coordinator")
    school = web.agencies[SCHOOL]
    form = client.get(f"/reviews/{REF}/agencies/{school}/upload")
    assert form.status_code == 200 and 'type="file"' in form.text
    path = bad_workbook(tmp_path / "school.xlsx")
    sent = client.post(
        f"/reviews/{REF}/agencies/{school}/upload",
        data={"csrf_token": csrf(client)},
        files={"workbook": ("school.xlsx", path.read_bytes())},
    )
    assert sent.status_code == 303
    report = client.get(sent.headers["location"])
    assert report.status_code == 422
    text = report.text
    assert "govuk-error-summary" in text and "nothing was imported" in text
    assert "Row 2, start_date" in text  # 31/02/2023 does not exist
    assert "Row 3, description" in text
    assert "is not in People" in text  # P9: a warning, listed in the table, not the summary
    assert "Row 4, people" not in text
    assert "Child absent." not in text  # never the values themselves
    review = client.get(f"/reviews/{REF}").text
    assert review.count("Not received") == 1  # still nothing from the school
    annotated = client.get(sent.headers["location"] + "/annotated.xlsx")
    assert annotated.status_code == 200
    book = load_workbook(io.BytesIO(annotated.content))
    assert book.sheetnames[0] == "Problems"
    events = book["Events"]
    headers = [c.value for c in events[1]]
    date_cell = events.cell(row=2, column=headers.index("start_date") + 1)
    assert date_cell.fill.fgColor.rgb.endswith("F4CCCC")
    assert date_cell.comment is not None and "error" in date_cell.comment.text
    untouched = events.cell(row=2, column=headers.index("event_ref") + 1)
    assert untouched.comment is None
    problems = list(book["Problems"].iter_rows(min_row=2, values_only=True))
    assert {(p[0], p[3], p[4]) for p in problems} >= {
        ("error", 2, "start_date"),
        ("error", 3, "description"),
        ("warning", 4, "people"),
    }


def test_corrected_upload_is_imported(web: Web, tmp_path: Path) -> None:
    client = web.client("coordinator")
    school = web.agencies[SCHOOL]
    path = good_workbook(tmp_path / "school.xlsx")
    sent = client.post(
        f"/reviews/{REF}/agencies/{school}/upload",
        data={"csrf_token": csrf(client)},
        files={"workbook": ("school.xlsx", path.read_bytes())},
    )
    report = client.get(sent.headers["location"])
    assert report.status_code == 200
    assert "Return imported" in report.text and "3 events" in report.text
    assert "Not received" not in client.get(f"/reviews/{REF}").text
    detail = client.get(f"/reviews/{REF}/agencies/{school}")
    assert detail.status_code == 200 and "Child arrived late." in detail.text
    again = client.post(
        f"/reviews/{REF}/agencies/{school}/upload",
        data={"csrf_token": csrf(client)},
        files={"workbook": ("school.xlsx", path.read_bytes())},
    )
    assert "No change" in client.get(again.headers["location"]).text


def test_upload_csv_files(web: Web, tmp_path: Path) -> None:
    from ..foundation.builders import PEOPLE, events, write_csv

    client = web.client("coordinator")
    school = web.agencies[SCHOOL]
    people = write_csv(tmp_path / "people.csv", PEOPLE)
    rows = events(2)
    rows[2][1] = "2022-13-01"  # month 13
    events_csv = write_csv(tmp_path / "events.csv", rows)
    sent = client.post(
        f"/reviews/{REF}/agencies/{school}/upload",
        data={"csrf_token": csrf(client)},
        files={
            "people": ("people.csv", people.read_bytes()),
            "events": ("events.csv", events_csv.read_bytes()),
        },
    )
    report = client.get(sent.headers["location"])
    assert report.status_code == 422 and "Row 3, start_date" in report.text
    book = load_workbook(
        io.BytesIO(client.get(sent.headers["location"] + "/annotated.xlsx").content)
    )
    assert book.sheetnames == ["Problems", "People", "Events"]


def test_upload_without_a_file_or_of_the_wrong_kind(web: Web) -> None:
    client = web.client("coordinator")
    url = f"/reviews/{REF}/agencies/{web.agencies[SCHOOL]}/upload"
    nothing = client.post(url, data={"csrf_token": csrf(client)})
    assert nothing.status_code == 422 and "Choose the return to upload" in nothing.text
    wrong = client.post(
        url, data={"csrf_token": csrf(client)}, files={"workbook": ("notes.docx", b"PK\x03\x04")}
    )
    assert wrong.status_code == 422 and "must end in .xlsx" in wrong.text
    not_a_workbook = client.post(
        url, data={"csrf_token": csrf(client)}, files={"workbook": ("r.xlsx", b"a,b\n1,2\n")}
    )
    report = client.get(not_a_workbook.headers["location"])
    assert report.status_code == 422 and "not an Excel workbook" in report.text


def test_upload_size_is_limited_while_it_streams(web: Web) -> None:
    from dataclasses import replace

    web.settings = replace(web.settings, upload_max_mb=1)
    client = web.client("coordinator")
    url = f"/reviews/{REF}/agencies/{web.agencies[SCHOOL]}/upload"
    big = b"PK\x03\x04" + b"x" * 1_400_000
    refused = client.post(
        url, data={"csrf_token": csrf(client)}, files={"workbook": ("r.xlsx", big)}
    )
    assert refused.status_code == 413 and "larger than 1 MB" in refused.text
    no_token = client.post(url, files={"workbook": ("r.xlsx", b"PK\x03\x04")})
    assert no_token.status_code == 403 and "form has expired" in no_token.text


def test_chronology_page_timeline_table_and_filters(web: Web) -> None:
    client = web.client("reviewer")
    page = client.get(f"/reviews/{REF}/chronology")
    assert page.status_code == 200
    text = page.text
    assert 'data-module="app-timeline"' in text
    assert "4 entries from 2 agencies" in text
    # Merged order: May 2022 (a month opens its period) first, then 02/06, 05/06, 20/06.
    assert text.index("Registered with the practice.") < text.index("Police attended")
    assert text.index("Police attended") < text.index("Seen for a rash")
    assert text.index("Seen for a rash") < text.index("Officers spoke")
    filtered = client.get(f"/reviews/{REF}/chronology", params={"agency": POLICE})
    assert "Police attended" in filtered.text and "Seen for a rash" not in filtered.text
    by_date = client.get(
        f"/reviews/{REF}/chronology", params={"from": "03/06/2022", "to": "10/06/2022"}
    )
    assert "Seen for a rash" in by_date.text and "Police attended" not in by_date.text
    bad = client.get(f"/reviews/{REF}/chronology", params={"from": "31/02/2022"})
    assert bad.status_code == 422
    assert "govuk-error-summary" in bad.text and "must be a real date" in bad.text
    partial = client.get(
        f"/reviews/{REF}/chronology",
        params={"page": "1", "around": "3"},
        headers={"HX-Request": "true", "HX-Target": "chronology-table"},
    )
    assert partial.status_code == 200
    assert "<html" not in partial.text and 'id="entry-3"' in partial.text
    assert "app-row--chosen" in partial.text
    assert ("reviewer", "view.chronology", REF) in _views(web)


def test_exports_are_the_cli_exports(web: Web, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client = web.client("reviewer")
    web_csv = client.get(f"/reviews/{REF}/chronology/export.csv", params={"agency": GP})
    assert web_csv.status_code == 200
    assert web_csv.headers["content-disposition"].startswith("attachment")
    out = tmp_path / "cli.csv"
    result = cli("chronology", REF, "--format", "csv", "--agency", GP, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert web_csv.content == out.read_bytes()
    rows = list(csv.DictReader(io.StringIO(web_csv.text)))
    assert [r["event_ref"] for r in rows] == ["G2", "G1"]
    xlsx = client.get(f"/reviews/{REF}/chronology/export.xlsx")
    assert xlsx.content[:2] == b"PK"
    html = client.get(f"/reviews/{REF}/chronology/export.html")
    assert "Merged chronology" in html.text
    assert client.get(f"/reviews/{REF}/chronology/export.pdf").status_code == 404


def test_deadlines_proceedings_and_actions_from_the_review_clock(web: Web) -> None:
    from datetime import date

    from casereview.services.clock import advance_review, set_review_facts
    from casereview.services.proceedings import add_proceeding

    set_review_facts(web.db, ref=REF, actor="t", aware_date=date(2024, 1, 9))
    advance_review(web.db, ref=REF, stage="notification", on=date(2024, 1, 11), actor="t")
    add_proceeding(
        web.db,
        ref=REF,
        kind="trial",
        start=date(2024, 2, 1),
        holds_publication=True,
        description="Crown Court trial",
        actor="t",
    )
    client = web.client("panel")
    page = client.get(f"/reviews/{REF}/deadlines")
    assert page.status_code == 200
    assert "Statutory deadlines" in page.text and "Notification" in page.text
    assert "Crown Court trial" in page.text and "Holding now" in page.text
    dashboard = client.get("/reviews").text
    assert "Notification" in dashboard
    assert web.client("police").get(f"/reviews/{REF}/deadlines").status_code == 403
    listing = client.get("/api/reviews").json()
    assert listing[0]["stage"] == "notification"


def test_admin_adds_an_account_and_sees_its_password_once(web: Web) -> None:
    client = web.client("admin")
    page = client.get("/admin/users")
    assert page.status_code == 200 and "coordinator" in page.text
    made = client.post(
        "/admin/users",
        data={
            "csrf_token": csrf(client, "/admin/users"),
            "username": "new.reviewer",
            "role": "independent_reviewer",
        },
    )
    assert made.status_code == 200 and "Account created" in made.text
    assert "new.reviewer" in client.get("/admin/users").text
    refused = client.post(
        "/admin/users",
        data={
            "csrf_token": csrf(client, "/admin/users"),
            "username": "x.y",
            "role": "agency_contributor",
        },
    )
    assert refused.status_code == 422 and "needs the name of their agency" in refused.text


def test_unknown_review_and_page(web: Web) -> None:
    client = web.client("coordinator")
    assert client.get("/reviews/NOPE-1").status_code == 404
    assert client.get("/api/reviews/NOPE-1").json()["title"] == "Not found"
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and "Page not found" in missing.text


def test_home_sends_each_visitor_to_the_right_place(web: Web) -> None:
    assert web.client().get("/").headers["location"] == "/sign-in"
    assert web.client("panel").get("/").headers["location"] == "/reviews"


def test_api_pages_of_the_chronology(web: Web) -> None:
    client = web.client("reviewer")
    first = client.get(f"/api/reviews/{REF}/chronology", params={"per_page": 3}).json()
    assert (first["total"], first["filtered"], first["pages"]) == (4, 4, 2)
    assert [r["event_ref"] for r in first["rows"]] == ["G2", "PE1", "G1"]
    assert first["rows"][0]["start_date"] == "2022-05"  # a month stays a month
    second = client.get(f"/api/reviews/{REF}/chronology", params={"per_page": 3, "page": 2}).json()
    assert [r["event_ref"] for r in second["rows"]] == ["PE2"]
    police = client.get(
        f"/api/reviews/{REF}/chronology", params={"agency": POLICE, "category": "police incident"}
    ).json()
    assert police["filtered"] == 2 and police["total"] == 4
    bad = client.get(f"/api/reviews/{REF}/chronology", params={"to": "2022-13-40"})
    assert bad.status_code == 422 and "real date" in bad.json()["detail"]
    timeline = client.get(f"/api/reviews/{REF}/timeline").json()
    assert timeline["lanes"] == [SCHOOL, GP, POLICE]  # every agency invited: one lane each
    assert len(timeline["points"]) == 4
    assert {p[2] for p in timeline["points"]} >= {"2022-05-01", "2022-06-02"}
    detail = client.get(f"/api/reviews/{REF}").json()
    assert {a["name"]: a["status"] for a in detail["agencies"]}[SCHOOL] == "Not received"
