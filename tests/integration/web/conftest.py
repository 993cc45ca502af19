"""Fixtures of the web tests: the real app on the real `db` fixture (SQLite and PostgreSQL).

A review with two agencies' returns (invented people), one account per role. Pages are
fetched with FastAPI's TestClient. Signing in through the form is tested in test_auth.py;
other tests start from a session cookie signed exactly as the app signs its own (argon2 takes
a third of a second per check on this machine, on purpose, so signing in 100 times would
dominate the suite).
"""

from __future__ import annotations

import json
import re
import secrets
import time
from base64 import b64encode
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from itsdangerous import TimestampSigner
from sqlalchemy import update

from casereview.model.roles import Role
from casereview.services.access import Viewer
from casereview.services.accounts import UserInfo, create_user
from casereview.services.chronology_view import clear_cache
from casereview.services.imports import ImportRequest, import_return
from casereview.services.review_members import add_member
from casereview.services.review_pages import invite_agency
from casereview.services.reviews import create_review
from casereview.store.database import Database
from casereview.store.web_tables import WebUser
from casereview.web import WebSettings, create_app
from casereview.web.app import SESSION_COOKIE

from ..foundation.builders import EVENTS_HEADER, standard, workbook

REF = "LCSPR-W1"
POLICE = "Westmarsh Police"
GP = "Harbourside Surgery"
SCHOOL = "Elmfield Primary School"
SECRET = "test-secret-" + "x" * 40
#: Test-only password of every test account (hashed once per run).
PASSWORD = "pale-orange-kettle-42"
_HASH = PasswordHasher().hash(PASSWORD)

POLICE_EVENTS = [
    EVENTS_HEADER,
    [
        "PE1",
        "02/06/2022",
        "23:10",
        "Police incident",
        "P1; P2",
        "Police attended a noise complaint.",
        "log 1",
    ],
    [
        "PE2",
        "20/06/2022",
        "",
        "Police incident",
        "P2",
        "Officers spoke to Nadia Trelawny at the door.",
        "log 2",
    ],
]
GP_EVENTS = [
    EVENTS_HEADER,
    [
        "G1",
        "05/06/2022",
        "",
        "GP consultation",
        "P1",
        "Seen for a rash; surgery note Zebra-Lantern. Small bruise noted on the left cheek.",
        "gp 1",
    ],
    ["G2", "May 2022", "", "GP consultation", "P1; P2", "Registered with the practice.", "gp 2"],
]

USERS: dict[str, tuple[Role, str | None]] = {
    "admin": (Role.PARTNERSHIP_ADMIN, None),
    "coordinator": (Role.REVIEW_COORDINATOR, None),
    "reviewer": (Role.INDEPENDENT_REVIEWER, None),
    "panel": (Role.PANEL_MEMBER, None),
    "police": (Role.AGENCY_CONTRIBUTOR, POLICE),
    "school": (Role.AGENCY_CONTRIBUTOR, SCHOOL),
    "outsider": (Role.INDEPENDENT_REVIEWER, None),  # a reviewer of other reviews, not this one
}
#: The reviewer and panel member work on REF (reviewers see only their reviews).
MEMBERS = ("reviewer", "panel")


@dataclass
class Web:
    db: Database
    settings: WebSettings
    folder: Path
    users: dict[str, UserInfo] = field(default_factory=dict)
    agencies: dict[str, int] = field(default_factory=dict)

    def client(self, username: str | None = None) -> TestClient:
        """A browser for this app, signed in as `username` (None: signed out)."""
        client = TestClient(create_app(self.settings, database=self.db), follow_redirects=False)
        if username is not None:
            client.cookies.set(SESSION_COOKIE, self.session_cookie(username))
        return client

    def session_cookie(self, username: str) -> str:
        """The session cookie the app would set when `username` signs in."""
        user = self.users[username]
        session = {"uid": user.id, "at": int(time.time()), "csrf": secrets.token_urlsafe(16)}
        data = b64encode(json.dumps(session).encode())
        return TimestampSigner(SECRET).sign(data).decode()


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def csrf(client: TestClient, page: str = "/reviews") -> str:
    return csrf_of(client.get(page).text)


@pytest.fixture
def web(db: Database, tmp_path: Path) -> Iterator[Web]:
    clear_cache()
    settings = WebSettings(
        environment="test",
        database_url=db.url,
        secret_key=SECRET,
        cookie_secure=False,
        lockout_attempts=3,
        lockout_minutes=15,
        data_dir=str(tmp_path / "data"),
    )
    web = Web(db, settings, tmp_path)
    create_review(db, ref=REF, title="Child W", review_type="lcspr", actor="tester")
    for agency, kind, rows in ((POLICE, "Police", POLICE_EVENTS), (GP, "GP", GP_EVENTS)):
        path = standard(tmp_path / f"{kind}.xlsx", rows)
        import_return(
            db,
            ImportRequest(
                review_ref=REF, agency=agency, agency_type=kind, actor="tester", workbook=path
            ),
        )
    admin = Viewer("tester", Role.PARTNERSHIP_ADMIN)
    invite_agency(db, ref=REF, name=SCHOOL, agency_type="school", viewer=admin)
    for username, (role, agency) in USERS.items():
        web.users[username] = create_user(
            db, username=username, role=role.value, agency=agency, actor="tester"
        )
    with db.engine.begin() as conn:
        conn.execute(update(WebUser).values(password_hash=_HASH))
    for member in MEMBERS:
        add_member(db, ref=REF, username=member, viewer=admin)
    overview_ids = {}
    from casereview.services.review_pages import review_overview

    for status in review_overview(db, ref=REF, viewer=admin).agencies:
        overview_ids[status.name] = status.id
    web.agencies = overview_ids
    yield web
    clear_cache()


def bad_workbook(path: Path) -> Path:
    """A return with two errors (an impossible date, a missing description), one warning."""
    rows = [
        EVENTS_HEADER,
        [
            "S1",
            "31/02/2023",
            "",
            "School or nursery attendance",
            "P1",
            "Attendance meeting.",
            "sch 1",
        ],
        ["S2", "03/03/2023", "", "School or nursery attendance", "P1", "", "sch 2"],
        ["S3", "04/03/2023", "", "School or nursery attendance", "P9", "Child absent.", "sch 3"],
    ]
    return standard(path, rows)


def good_workbook(path: Path) -> Path:
    rows = [
        EVENTS_HEADER,
        [
            "S1",
            "28/02/2023",
            "",
            "School or nursery attendance",
            "P1",
            "Attendance meeting.",
            "sch 1",
        ],
        [
            "S2",
            "03/03/2023",
            "",
            "School or nursery attendance",
            "P1",
            "Child arrived late.",
            "sch 2",
        ],
        ["S3", "04/03/2023", "", "School or nursery attendance", "P2", "Child absent.", "sch 3"],
    ]
    return standard(path, rows)


__all__ = [
    "GP",
    "POLICE",
    "REF",
    "SCHOOL",
    "Web",
    "bad_workbook",
    "csrf",
    "good_workbook",
    "workbook",
]
