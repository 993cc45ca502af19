"""The publication page of the web (issue 7): render from an uploaded narrative, the words to
check, keeping a word, the glossary, the gate (leak check, sign-off), publication, the files
and the status API. Real app, real services, both databases."""

from __future__ import annotations

import re
from html import unescape

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import insert, select

from casereview.store.publish_tables import GlossaryOverride
from casereview.store.queries import review_header
from casereview.store.tables import AuditEntry

from .conftest import REF, Web, csrf

PAGE = f"/reviews/{REF}/publication"
# "Poppy" is the invented child's given name and an ordinary word: here the redactor cannot
# tell which, so it redacts it and lists it with the words after it for checking.
NARRATIVE = (
    "# Findings\nPoppy under pressure was shown by every practitioner. "
    "Nadia Trelawny said that the visits helped.\n"
)
LISTED = "Poppy under pressure"


def render(
    client: TestClient, narrative: str | None = NARRATIVE, formats: tuple[str, ...] = ("html",)
) -> Response:
    files = {"narrative": ("narrative.md", (narrative or "").encode(), "text/markdown")}
    return client.post(
        f"{PAGE}/render",
        data={"csrf_token": csrf(client, PAGE), "formats": list(formats)},
        files=files if narrative is not None else {"narrative": ("", b"", "text/markdown")},
    )


def post(client: TestClient, action: str, **fields: str) -> Response:
    return client.post(f"{PAGE}/{action}", data={"csrf_token": csrf(client, PAGE), **fields})


def words_table(html: str) -> str:
    found = re.search(r"<table[^>]*>\s*<caption[^>]*>\d+ words? to check.*?</table>", html, re.S)
    return found.group(0) if found else ""


def problems(html: str) -> str:
    summary = re.search(r'<div class="govuk-error-summary".*?</ul>', html, re.S)
    banners = re.findall(r"govuk-notification-banner__heading\">(.*?)</p>", html, re.S)
    return unescape((summary.group(0) if summary else "") + " ".join(banners))


def shown_rendering(html: str) -> str:
    """The rendering number the sign-off form carries: the one whose list the page shows."""
    found = re.search(r'name="rendering" value="(\d+)"', html)
    assert found, "no sign-off form on the page"
    return found.group(1)


def file_links(html: str) -> list[str]:
    return re.findall(rf'href="({PAGE}/\d+/files/[^"]+)"', html)


def test_render_check_keep_sign_off_and_publish(web: Web) -> None:
    reviewer = web.client("reviewer")  # a member of the review
    assert "has not been rendered yet" in reviewer.get(PAGE).text
    assert "/publication" in reviewer.get(f"/reviews/{REF}").text  # linked from the review
    rendered = render(reviewer)
    assert rendered.status_code == 303, rendered.text
    page = reviewer.get(PAGE).text
    assert "no identifier found" in problems(page) and "1 word to check" in problems(page)
    listed = words_table(page)
    assert LISTED in listed and "redacted as a name" in listed
    assert 'action="/reviews/LCSPR-W1/publication/keep"' in listed
    [report] = [link for link in file_links(page) if link.endswith(".html")]
    assert "Child A under pressure" in reviewer.get(report).text

    kept = post(reviewer, "keep", phrase="Poppy   under")  # spaces as typed
    assert kept.status_code == 303
    page = reviewer.get(PAGE).text
    listed = words_table(page)
    assert "Kept</strong>" in listed and "/publication/keep" not in listed
    assert "changed after this rendering" in page
    # Signing off a rendering that no longer shows what the next one will is refused.
    refused = post(reviewer, "sign-off", full_name="Sam Okoro", checked="yes")
    assert refused.status_code == 422 and "render the report again" in problems(refused.text)

    again = render(reviewer, narrative=None)  # the stored narrative, rendered again
    assert again.status_code == 303, again.text
    page = reviewer.get(PAGE).text
    assert "No word to check in the latest rendering" in page and not words_table(page)
    [report] = [link for link in file_links(page) if link.endswith(".html")]
    html = reviewer.get(report).text
    assert "Poppy under pressure was shown" in html and "Trelawny" not in html

    shown = shown_rendering(page)
    unchecked = post(reviewer, "sign-off", full_name="Sam Okoro", rendering=shown)
    assert unchecked.status_code == 422 and "Confirm that you have checked" in unchecked.text
    one_name = post(reviewer, "sign-off", full_name="Sam", checked="yes", rendering=shown)
    assert one_name.status_code == 422 and "full name" in problems(one_name.text)
    early = post(reviewer, "published", published_on="01/12/2026", where="https://e.org/r")
    assert early.status_code == 422 and "Sign off" in problems(early.text)
    signed = post(reviewer, "sign-off", full_name="Sam Okoro", checked="yes", rendering=shown)
    assert signed.status_code == 303
    assert "Sam Okoro signed off" in reviewer.get(PAGE).text

    bad_date = post(reviewer, "published", published_on="31/02/2026", where="https://e.org/r")
    assert bad_date.status_code == 422 and "real date" in problems(bad_date.text)
    short = post(
        reviewer,
        "published",
        published_on="01/12/2026",
        where="https://e.org/r",
        retain_until="01/06/2027",
    )
    assert short.status_code == 422 and "at least a year" in problems(short.text)
    published = post(
        reviewer,
        "published",
        published_on="01/12/2026",
        where="https://example.org/lcspr-w1",
        notices_on="20/11/2026",
    )
    assert published.status_code == 303, published.text
    page = reviewer.get(PAGE).text
    assert "01/12/2026 at https://example.org/lcspr-w1" in page
    assert "01/12/2027" in page and "Pre-publication notices sent 20/11/2026" in page
    status = reviewer.get(f"/api/reviews/{REF}/publication").json()
    assert status["leak_clean"] is True and status["signed_off_by"] == "Sam Okoro"
    assert (status["published_on"], status["retention_until"]) == ("2026-12-01", "2027-12-01")

    with web.db.engine.connect() as conn:
        audit = conn.execute(
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.detail)
            .where(AuditEntry.review_ref == REF, AuditEntry.action.like("publish.%"))
            .order_by(AuditEntry.id)
        ).all()
    assert [a.action for a in audit] == [
        "publish.render",
        "publish.keep_word",
        "publish.render",
        "publish.signoff",
        "publish.published",
    ]
    assert {a.actor for a in audit} == {"reviewer"}
    details = " ".join(str(a.detail) for a in audit)
    assert "Poppy" not in details and "Trelawny" not in details and "Nadia" not in details


def test_a_leak_blocks_sign_off_and_publication(web: Web) -> None:
    coordinator = web.client("coordinator")
    with web.db.engine.begin() as conn:  # a label that is the family's name: it must leak
        review = review_header(conn, REF)
        conn.execute(
            insert(GlossaryOverride).values(
                review_id=review.id, owner="person:mother", label="Trelawny"
            )
        )
    assert render(coordinator).status_code == 303
    page = coordinator.get(PAGE).text
    banner = problems(page)
    assert "Not publishable: the leak check found" in banner
    assert "family name" in banner and "Trelawny" not in banner  # where, never the value
    assert (
        "cannot be signed off" in page
        and 'action="/reviews/LCSPR-W1/publication/sign-off"' not in page
    )
    refused = post(coordinator, "sign-off", full_name="Sam Okoro", checked="yes")
    assert refused.status_code == 422 and "failed the leak check" in problems(refused.text)
    refused = post(coordinator, "published", published_on="01/12/2026", where="https://e.org/r")
    assert refused.status_code == 422 and "failed the leak check" in problems(refused.text)
    status = coordinator.get(f"/api/reviews/{REF}/publication").json()
    assert status["leak_clean"] is False and status["leaks"] > 0
    assert status["signed_off_by"] is None


def test_sign_off_refuses_a_list_another_rendering_replaced(web: Web) -> None:
    """One user checks the list of rendering N while another renders again: signing off
    would sign a list the first never saw, so it is refused until they read the new one."""
    checker, colleague = web.client("reviewer"), web.client("coordinator")
    assert render(checker).status_code == 303
    seen = shown_rendering(checker.get(PAGE).text)
    assert render(colleague, narrative="# Findings\nPoppy under a tree.\n").status_code == 303
    refused = post(checker, "sign-off", full_name="Sam Okoro", checked="yes", rendering=seen)
    assert refused.status_code == 422 and "rendered again" in problems(refused.text)
    status = checker.get(f"/api/reviews/{REF}/publication").json()
    assert status["signed_off_by"] is None and str(status["rendering"]) != seen
    page = checker.get(PAGE).text
    latest = shown_rendering(page)
    assert latest == str(status["rendering"])
    signed = post(checker, "sign-off", full_name="Sam Okoro", checked="yes", rendering=latest)
    assert signed.status_code == 303
    assert checker.get(f"/api/reviews/{REF}/publication").json()["signed_off_by"] == "Sam Okoro"


def test_glossary_and_kept_words_forms(web: Web) -> None:
    coordinator = web.client("coordinator")
    assert (
        post(coordinator, "glossary", owner="person:mother", label="Birth mother").status_code
        == 303
    )
    assert 'value="Birth mother"' in coordinator.get(PAGE).text
    for label in ("Nadia", "Trelawny"):
        refused = post(coordinator, "glossary", owner="person:mother", label=label)
        assert refused.status_code == 422
        assert "a name of the case" in problems(refused.text) and label not in problems(
            refused.text
        )
    unknown = post(coordinator, "glossary", owner="person:nobody", label="Aunt")
    assert unknown.status_code == 422 and "not in this review" in problems(unknown.text)
    for phrase in ("Poppy", "Nadia under", "Poppy Trelawny", "Ordinary words"):
        refused = post(coordinator, "keep", phrase=phrase)
        assert refused.status_code == 422
        message = problems(refused.text)
        assert "Nadia" not in message and "Trelawny" not in message
    assert post(coordinator, "keep", phrase="Poppy under").status_code == 303
    assert '<td class="govuk-table__cell">Poppy under</td>' in coordinator.get(PAGE).text
    assert post(coordinator, "unkeep", phrase="Poppy under").status_code == 303
    assert "No phrase is kept." in coordinator.get(PAGE).text
    gone = post(coordinator, "unkeep", phrase="Poppy under")
    assert gone.status_code == 422 and "not kept" in problems(gone.text)
    for refusal in (problems(unknown.text), problems(gone.text)):
        assert "casereview " not in refusal and "--" not in refusal  # no command-line hints


def test_who_may_see_and_act(web: Web) -> None:
    assert render(web.client("coordinator")).status_code == 303
    panel = web.client("panel")
    page = panel.get(PAGE)
    assert page.status_code == 200 and "Leak check" in page.text
    assert LISTED not in page.text and "Glossary" not in page.text  # no name of the case
    assert not file_links(page.text) and "Render and leak-check" not in page.text
    assert panel.get(f"/api/reviews/{REF}/publication").json()["rendered"] is True
    report = file_links(web.client("coordinator").get(PAGE).text)[0]
    for username in ("panel", "police", "outsider"):
        client = web.client(username)
        token = csrf(client)
        for action, fields in (
            ("keep", {"phrase": "Poppy under"}),
            ("unkeep", {"phrase": "Poppy under"}),
            ("glossary", {"owner": "person:mother", "label": "Birth mother"}),
            ("sign-off", {"full_name": "Sam Okoro", "checked": "yes"}),
            ("published", {"published_on": "01/12/2026", "where": "https://e.org/r"}),
        ):
            refused = client.post(f"{PAGE}/{action}", data={"csrf_token": token, **fields})
            assert refused.status_code == 403, (username, action)
        upload = client.post(
            f"{PAGE}/render",
            data={"csrf_token": token, "formats": ["html"]},
            files={"narrative": ("n.md", NARRATIVE.encode(), "text/markdown")},
        )
        assert upload.status_code == 403, username
        assert client.get(report).status_code == 403, username
    for username in ("police", "outsider"):
        client = web.client(username)
        assert client.get(PAGE).status_code == 403
        assert client.get(f"/api/reviews/{REF}/publication").status_code == 403
    with web.db.engine.connect() as conn:
        renders = conn.execute(
            select(AuditEntry.id).where(AuditEntry.action == "publish.render")
        ).all()
    assert len(renders) == 1  # none of the refused uploads rendered anything


def test_permission_is_checked_before_the_upload_is_read(web: Web) -> None:
    """A body that cannot be parsed: refused as 403 for a panel member (never read), and a
    parse error (400) for a coordinator, whose upload is read."""
    body = b"--xyz\r\nnot a part header\r\n\r\n" + b"x" * 1000
    for username, expected in (("panel", 403), ("police", 403), ("coordinator", 400)):
        client = web.client(username)
        headers = {
            "content-type": "multipart/form-data; boundary=xyz",
            "x-csrf-token": csrf(client),  # a valid token: only the permission can refuse
        }
        sent = client.post(f"{PAGE}/render", content=body, headers=headers)
        assert sent.status_code == expected, username
    coordinator = web.client("coordinator")
    # Without the session's CSRF token the upload is refused, once read.
    no_token = coordinator.post(
        f"{PAGE}/render",
        data={"formats": ["html"]},
        files={"narrative": ("n.md", NARRATIVE.encode(), "text/markdown")},
    )
    assert no_token.status_code == 403 and "form has expired" in no_token.text


def test_upload_size_is_limited(web: Web) -> None:
    from dataclasses import replace

    web.settings = replace(web.settings, upload_max_mb=1)
    coordinator = web.client("coordinator")
    token = csrf(coordinator, PAGE)
    big = ("# Findings\n" + "Words of the narrative. " * 60_000).encode()  # about 1.4 MB
    refused = coordinator.post(
        f"{PAGE}/render",
        data={"csrf_token": token, "formats": ["html"]},
        files={"narrative": ("n.md", big, "text/markdown")},
    )
    assert refused.status_code == 413 and "larger than 1 MB" in refused.text
    panel = web.client("panel")
    refused = panel.post(
        f"{PAGE}/render",
        data={"csrf_token": csrf(panel), "formats": ["html"]},
        files={"narrative": ("n.md", big, "text/markdown")},
    )
    assert refused.status_code == 403
    not_text = coordinator.post(
        f"{PAGE}/render",
        data={"csrf_token": token, "formats": ["html"]},
        files={"narrative": ("n.md", b"\xff\xfe\x00bad", "text/markdown")},
    )
    assert not_text.status_code == 422 and "Markdown text file" in problems(not_text.text)
    no_format = coordinator.post(
        f"{PAGE}/render",
        data={"csrf_token": token},
        files={"narrative": ("n.md", NARRATIVE.encode(), "text/markdown")},
    )
    assert no_format.status_code == 422 and "at least one format" in problems(no_format.text)
    nothing = render(coordinator, narrative=None)
    assert nothing.status_code == 422 and "Choose the reviewer's narrative" in problems(
        nothing.text
    )


def test_downloads_only_recorded_files_inside_the_data_folder(web: Web) -> None:
    from casereview.services.publish import publish_review

    coordinator = web.client("coordinator")
    assert render(coordinator, formats=("html", "docx")).status_code == 303
    links = file_links(coordinator.get(PAGE).text)
    assert len(links) == 3  # the report twice and the anonymised chronology
    docx = coordinator.get(next(link for link in links if link.endswith(".docx")))
    assert docx.status_code == 200
    assert docx.headers["content-disposition"].startswith("attachment")
    publication_id = re.search(r"/publication/(\d+)/files/", links[0]).group(1)  # type: ignore[union-attr]
    base = f"{PAGE}/{publication_id}/files"
    data_dir = web.folder / "data"
    assert any(data_dir.rglob("narrative.md"))  # stored for rendering again, never served
    for name in (
        "narrative.md",
        "..%2F..%2Fnarrative.md",
        "..%2F..%2F..%2F..%2F..%2Fcasereview.db",
        "%2Fetc%2Fpasswd",
        "..",
    ):
        assert coordinator.get(f"{base}/{name}").status_code == 404, name
    assert coordinator.get(f"{PAGE}/9999/files/LCSPR-W1-report.html").status_code == 404
    # A rendering written elsewhere (the command line's --out) is listed but not served.
    elsewhere = web.folder / "elsewhere"
    outcome = publish_review(
        web.db, ref=REF, narrative=None, formats=["html"], out=elsewhere, actor="cli-user"
    )
    page = coordinator.get(PAGE).text
    assert "Rendered outside the web app" in page and not file_links(page)
    outside = f"{PAGE}/{outcome.publication_id}/files/LCSPR-W1-report.html"
    assert (elsewhere / "LCSPR-W1-report.html").is_file()
    assert coordinator.get(outside).status_code == 404


def test_status_api_before_rendering(web: Web) -> None:
    status = web.client("panel").get(f"/api/reviews/{REF}/publication")
    assert status.status_code == 200
    assert status.json()["rendered"] is False and status.json()["files"] == []
