"""An agency contributor sees and submits only its own agency's return: nothing else leaks."""

from __future__ import annotations

from pathlib import Path

from .conftest import GP, POLICE, REF, SCHOOL, Web, csrf, good_workbook

GP_TEXTS = ("Seen for a rash", "Zebra-Lantern", "Registered with the practice", GP)


def _no_gp_data(text: str) -> None:
    for secret in GP_TEXTS:
        assert secret not in text


def test_contributor_is_refused_another_agencys_return(web: Web) -> None:
    client = web.client("police")
    own = client.get(f"/reviews/{REF}/agencies/{web.agencies[POLICE]}")
    assert own.status_code == 200 and "Police attended" in own.text
    other = client.get(f"/reviews/{REF}/agencies/{web.agencies[GP]}")
    assert other.status_code == 403
    _no_gp_data(other.text)
    missing = client.get(f"/reviews/{REF}/agencies/999999")
    assert missing.status_code == 403  # the same answer: existence is not revealed
    assert missing.text == other.text


def test_contributor_sees_only_its_agency_on_the_review_and_in_the_api(web: Web) -> None:
    client = web.client("police")
    review = client.get(f"/reviews/{REF}")
    assert review.status_code == 200 and POLICE in review.text
    _no_gp_data(review.text)
    assert SCHOOL not in review.text
    api = client.get(f"/api/reviews/{REF}").json()
    assert [a["name"] for a in api["agencies"]] == [POLICE]
    listing = client.get("/api/reviews").json()
    assert listing[0]["agencies"] == 1 and listing[0]["events"] == 2


def test_contributor_cannot_read_the_merged_chronology_or_export(web: Web) -> None:
    client = web.client("police")
    for url in (
        f"/reviews/{REF}/chronology",
        f"/reviews/{REF}/chronology/export.csv",
        f"/api/reviews/{REF}/chronology",
        f"/api/reviews/{REF}/timeline",
    ):
        response = client.get(url)
        assert response.status_code == 403, url
        _no_gp_data(response.text)


def test_chronology_permission_is_checked_before_the_filter(web: Web) -> None:
    """A filter that cannot be read is refused as such (400 for the export, 422 for the
    API) for a user allowed the chronology, and as a 403 (nothing said about the filter) for
    one who is not."""
    bad = "?from=31/02/2024&names=sideways"
    for url, refused in (
        (f"/reviews/{REF}/chronology/export.csv{bad}", 400),
        (f"/api/reviews/{REF}/chronology{bad}", 422),
        (f"/api/reviews/{REF}/timeline{bad}", 422),
    ):
        assert web.client("police").get(url).status_code == 403, url
        assert web.client("coordinator").get(url).status_code == refused, url


def test_contributor_cannot_upload_for_another_agency(web: Web, tmp_path: Path) -> None:
    client = web.client("police")
    path = good_workbook(tmp_path / "r.xlsx")
    assert client.get(f"/reviews/{REF}/agencies/{web.agencies[GP]}/upload").status_code == 403
    refused = client.post(
        f"/reviews/{REF}/agencies/{web.agencies[GP]}/upload",
        data={"csrf_token": csrf(client)},
        files={"workbook": ("r.xlsx", path.read_bytes())},
    )
    assert refused.status_code == 403
    _no_gp_data(refused.text)


def test_upload_permission_is_checked_before_the_body_is_read(web: Web) -> None:
    """A body that cannot be parsed: a contributor of another agency is refused (403) without
    it being read; the coordinator's upload is read, and fails to parse (400)."""
    body = b"--xyz\r\nnot a part header\r\n\r\n" + b"x" * 1000
    for username, expected in (("police", 403), ("coordinator", 400)):
        client = web.client(username)
        headers = {
            "content-type": "multipart/form-data; boundary=xyz",
            "x-csrf-token": csrf(client),  # a valid token: only the permission can refuse
        }
        sent = client.post(
            f"/reviews/{REF}/agencies/{web.agencies[GP]}/upload", content=body, headers=headers
        )
        assert sent.status_code == expected, username


def test_contributor_not_invited_sees_no_review(web: Web) -> None:
    client = web.client("school")  # invited: sees the review, with its agency only
    assert client.get(f"/reviews/{REF}").status_code == 200
    from casereview.model.roles import Role
    from casereview.services.accounts import create_user

    web.users["fire"] = create_user(
        web.db,
        username="fire",
        role=Role.AGENCY_CONTRIBUTOR.value,
        agency="Northfen Fire Service",
        actor="t",
    )
    stranger = web.client("fire")
    assert stranger.get("/api/reviews").json() == []
    assert stranger.get(f"/reviews/{REF}").status_code == 403
    assert stranger.get("/reviews/NO-SUCH-REVIEW").status_code == 403  # not 404: nothing told


def test_upload_report_of_another_agency_is_refused(web: Web, tmp_path: Path) -> None:
    coordinator = web.client("coordinator")
    path = good_workbook(tmp_path / "school.xlsx")
    sent = coordinator.post(
        f"/reviews/{REF}/agencies/{web.agencies[SCHOOL]}/upload",
        data={"csrf_token": csrf(coordinator)},
        files={"workbook": ("school.xlsx", path.read_bytes())},
    )
    report_url = sent.headers["location"]
    police = web.client("police")
    assert police.get(report_url).status_code == 403
    assert police.get(report_url + "/annotated.xlsx").status_code == 403
    school = web.client("school")
    assert school.get(report_url).status_code == 200
