"""Clerical review of possible matches in the web: the queue, the evidence, accept/reject."""

from __future__ import annotations

from casereview.services.linkage import link_review, list_matches

from .conftest import REF, Web, csrf


def test_matches_before_linking_say_how_to_link(web: Web) -> None:
    page = web.client("reviewer").get(f"/reviews/{REF}/matches")
    assert page.status_code == 200 and "not been linked yet" in page.text


def test_decide_a_pair_from_the_queue(web: Web) -> None:
    link_review(web.db, ref=REF, actor="t")
    client = web.client("coordinator")
    queue = list_matches(web.db, ref=REF, band="possible") or list_matches(
        web.db, ref=REF, band="linked"
    )
    assert queue
    band = queue[0].band
    page = client.get(f"/reviews/{REF}/matches", params={"band": band})
    assert page.status_code == 200 and "Evidence of each comparison" in page.text
    pair = queue[0].pair_id
    decided = client.post(
        f"/reviews/{REF}/matches/{pair}",
        data={"csrf_token": csrf(client), "decision": "reject"},
        headers={"HX-Request": "true"},
    )
    assert decided.status_code == 200 and "<html" not in decided.text  # the card, for htmx
    assert "Decision recorded: reject" in decided.text
    relinked = client.post(f"/reviews/{REF}/link", data={"csrf_token": csrf(client)})
    assert relinked.status_code == 303
    assert "Rejected" in client.get(f"/reviews/{REF}/matches", params={"band": "not linked"}).text
    panel = web.client("panel")
    refused = panel.post(
        f"/reviews/{REF}/matches/{pair}", data={"csrf_token": csrf(panel), "decision": "accept"}
    )
    assert refused.status_code == 403
    assert web.client("police").get(f"/reviews/{REF}/matches").status_code == 403
