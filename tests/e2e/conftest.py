"""Browser tests: the real app served by uvicorn on 127.0.0.1, driven by Debian's chromium.

Nothing is downloaded: Playwright drives /usr/bin/chromium. Without chromium these tests are
skipped with a message, except under CI=true where they must run (`make test` installs it).
Screenshots of the main pages go to test-artifacts/ (not committed).
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from casereview.demo.cast import AGENCIES
from casereview.demo.generate import DATA_DIR
from casereview.demo.run import DEMO_REF, _request
from casereview.model.roles import Permission, Role
from casereview.services.access import Viewer
from casereview.services.accounts import create_user
from casereview.services.imports import import_return
from casereview.services.review_pages import invite_agency
from casereview.services.reviews import create_review
from casereview.store.database import open_database
from casereview.web import WebSettings, create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
AXE = Path(__file__).with_name("vendor") / "axe.min.js"
NEW_AGENCY = "Kingsmere Academy"
#: Agencies imported for the browser tests (the rest of the demo is not needed).
IMPORTED = ("csc", "police", "hv", "gp", "hospital", "school", "nursery")


def _need_chromium() -> None:
    if Path(CHROMIUM).exists() or shutil.which("chromium"):
        return
    message = "chromium is not installed (apt-get install chromium); browser tests skipped"
    if os.environ.get("CI") == "true":
        pytest.fail(message.replace("skipped", "must run under CI=true"))
    pytest.skip(message)


@dataclass
class Site:
    url: str
    passwords: dict[str, str]
    agencies: dict[str, int]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    _need_chromium()
    import uvicorn

    folder = tmp_path_factory.mktemp("e2e")
    db = open_database(f"sqlite:///{folder / 'casereview.db'}")
    create_review(db, ref=DEMO_REF, title="Demonstration review", review_type="lcspr", actor="e2e")
    returns = folder / "returns"
    shutil.copytree(DATA_DIR, returns)
    for agency in AGENCIES:
        if agency.key in IMPORTED:
            import_return(
                db, _request(returns, agency.key, agency.name, agency.agency_type, agency.fmt)
            )
    from rich.console import Console

    from casereview.services.clock_demo import demo_clock

    demo_clock(db, folder, Console(quiet=True))  # the review clock's demo history
    from casereview.services.findings import run_findings

    run_findings(db, ref=DEMO_REF, actor="e2e")  # the indicator rules' findings
    from casereview.linkage.bands import Bands
    from casereview.services.linkage import link_review

    # A stricter "linked" threshold than the default, so that the demo family's near-certain
    # pairs (99.5%) wait in the clerical review queue for a person to accept.
    link_review(db, ref=DEMO_REF, actor="e2e", thresholds=Bands(linked=0.999, possible=0.5))
    admin = Viewer("e2e", Role.PARTNERSHIP_ADMIN)
    invite_agency(db, ref=DEMO_REF, name=NEW_AGENCY, agency_type="school", viewer=admin)
    passwords = {}
    for username, role, agency in (
        ("coordinator", Role.REVIEW_COORDINATOR, None),
        ("police", Role.AGENCY_CONTRIBUTOR, "Northshire Police"),
        ("reviewer", Role.INDEPENDENT_REVIEWER, None),  # not yet a member: can be added
    ):
        passwords[username] = secrets.token_urlsafe(12)
        create_user(
            db,
            username=username,
            role=role.value,
            agency=agency,
            password=passwords[username],
            actor="e2e",
        )
    from casereview.services.review_pages import review_overview

    agencies = {a.name: a.id for a in review_overview(db, ref=DEMO_REF, viewer=admin).agencies}
    settings = WebSettings(
        environment="test",
        database_url=db.url,
        secret_key=secrets.token_urlsafe(48),
        data_dir=str(folder / "data"),
    )
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, database=db), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the web app did not start within 20 seconds")
        time.sleep(0.05)
    try:
        yield Site(f"http://127.0.0.1:{port}", passwords, agencies)
    finally:
        server.should_exit = True
        thread.join(10)
        db.dispose()
    assert Permission  # imported for readers of this file: roles are permissions


@pytest.fixture(scope="session")
def browser(site: Site) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    # CSP is bypassed only so that the test can inject axe-core; the app's pages never need it.
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, bypass_csp=True, accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        yield page
    finally:
        context.close()


def sign_in(page: Any, site: Site, username: str) -> None:
    page.goto(f"{site.url}/sign-in")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(site.passwords[username])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site.url}/reviews")


def check_accessibility(page: Any) -> None:
    """axe-core, WCAG 2.0 to 2.2 A and AA rules: no violation on the page as it stands."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
             const r = await axe.run(document, {runOnly: {type: 'tag',
               values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
             return {passes: r.passes.length, violations: r.violations.map(v => ({id: v.id,
               help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))};
           }"""
    )
    assert result["passes"] > 10  # axe really ran its rules (colour contrast, labels…)
    assert result["violations"] == [], result["violations"]


def screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
