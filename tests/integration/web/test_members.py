"""Reviewers and panel members see only the reviews they are members of.

The `outsider` account is an independent reviewer who is not a member of the test review:
they must not see it anywhere (dashboard, pages, API) until a coordinator adds them, and no
longer once removed. Membership changes are audited.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from casereview.store.tables import AuditEntry

from .conftest import REF, Web, csrf


def _audit_actions(web: Web) -> list[tuple[str, str]]:
    with web.db.engine.connect() as conn:
        rows = conn.execute(select(AuditEntry.actor, AuditEntry.action).order_by(AuditEntry.id))
        return [(r.actor, r.action) for r in rows if r.action.startswith("review.member")]


def test_a_reviewer_sees_nothing_of_a_review_they_are_not_a_member_of(web: Web) -> None:
    client = web.client("outsider")
    assert REF not in client.get("/reviews").text
    assert client.get(f"/reviews/{REF}").status_code == 403
    assert client.get(f"/reviews/{REF}/chronology").status_code == 403
    assert client.get(f"/api/reviews/{REF}/chronology").status_code == 403
    assert client.get(f"/reviews/{REF}/findings").status_code == 403
    # and no review, existing or not, is told apart from another
    assert client.get("/reviews/NO-SUCH-REVIEW").status_code == 403


def test_members_see_the_review(web: Web) -> None:
    for member in ("reviewer", "panel"):
        client = web.client(member)
        assert REF in client.get("/reviews").text
        assert client.get(f"/reviews/{REF}").status_code == 200
        assert client.get(f"/api/reviews/{REF}/chronology").status_code == 200


def test_coordinator_adds_and_removes_a_member(web: Web) -> None:
    coordinator = web.client("coordinator")
    page = coordinator.get(f"/reviews/{REF}").text
    assert "Reviewers and panel members" in page
    assert re.search(r'<option value="outsider"', page), "outsider can be added"
    added = coordinator.post(
        f"/reviews/{REF}/members", data={"csrf_token": csrf(coordinator), "username": "outsider"}
    )
    assert added.status_code == 303
    outsider = web.client("outsider")
    assert outsider.get(f"/reviews/{REF}").status_code == 200
    assert REF in outsider.get("/reviews").text

    removed = coordinator.post(
        f"/reviews/{REF}/members/remove",
        data={"csrf_token": csrf(coordinator), "username": "outsider"},
    )
    assert removed.status_code == 303
    assert outsider.get(f"/reviews/{REF}").status_code == 403
    assert _audit_actions(web)[-2:] == [
        ("coordinator", "review.member.add"),
        ("coordinator", "review.member.remove"),
    ]


def test_only_reviewers_and_panel_members_are_added(web: Web) -> None:
    coordinator = web.client("coordinator")
    refused = coordinator.post(
        f"/reviews/{REF}/members", data={"csrf_token": csrf(coordinator), "username": "police"}
    )
    assert refused.status_code == 422
    assert "Only independent reviewers and panel members" in refused.text
    missing = coordinator.post(
        f"/reviews/{REF}/members", data={"csrf_token": csrf(coordinator), "username": ""}
    )
    assert missing.status_code == 422
    assert "Choose the reviewer or panel member to add" in missing.text


def test_members_cannot_change_who_works_on_the_review(web: Web) -> None:
    reviewer = web.client("reviewer")
    page = reviewer.get(f"/reviews/{REF}").text
    assert "Add to this review" not in page
    refused = reviewer.post(
        f"/reviews/{REF}/members", data={"csrf_token": csrf(reviewer), "username": "outsider"}
    )
    assert refused.status_code == 403
    assert web.client("outsider").get(f"/reviews/{REF}").status_code == 403


def test_users_assign_and_unassign_on_the_command_line(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("review", "create", "LCSPR-M1").exit_code == 0
    added = cli("users", "add", "sam.reviewer", "--role", "independent_reviewer")
    assert added.exit_code == 0, added.output
    assigned = cli("users", "assign", "sam.reviewer", "LCSPR-M1")
    assert assigned.exit_code == 0, assigned.output
    listing = " ".join(cli("users", "list").output.split())
    assert "LCSPR-M1" in listing
    again = cli("users", "assign", "sam.reviewer", "LCSPR-M1")
    assert again.exit_code != 0 and "already a member" in " ".join(again.output.split())
    assert cli("users", "unassign", "sam.reviewer", "LCSPR-M1").exit_code == 0
    assert "LCSPR-M1" not in cli("users", "list").output
