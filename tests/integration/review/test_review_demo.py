"""The demo step of the running review, on both databases."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from casereview.demo.run import DEMO_REF
from casereview.services.action_plans import review_action_plan
from casereview.services.clock import review_history
from casereview.services.clock_demo import demo_clock
from casereview.services.correspondence import list_correspondence
from casereview.services.reviews import create_review
from casereview.store.database import Database


def test_demo_history_and_outputs(db: Database, tmp_path: Path) -> None:
    create_review(db, ref=DEMO_REF, review_type="lcspr", actor="test")
    made = dict(demo_clock(db, tmp_path, Console(quiet=True)))
    rows = json.loads(made["review deadlines (json)"].read_text(encoding="utf-8"))
    by_step = {r["step"]: r for r in rows}
    assert by_step["notification"]["status"] == "done"
    assert by_step["final_report"]["status"] == "done"
    assert "done 38 days late" in by_step["final_report"]["note"]  # due 30 Jul, done 6 Sep
    assert by_step["publication"]["status"] == "held"  # the appeal is still running
    assert "conditional on the end of the appeal" in by_step["publication"]["note"]
    promises = {c.from_role: c.promise.value for c in list_correspondence(db, ref=DEMO_REF)}
    assert promises["national_panel"] == "kept" and promises["mp"] == "broken"
    statuses = {
        a.key: a.status
        for rec in review_action_plan(db, ref=DEMO_REF).recommendations
        for a in rec.actions
    }
    assert set(statuses.values()) == {"completed", "in_progress", "not_started", "not_achieved"}
    # a second run keeps the history as it is
    history = review_history(db, ref=DEMO_REF)
    demo_clock(db, tmp_path, Console(quiet=True))
    assert review_history(db, ref=DEMO_REF) == history
    assert "Review DEMO-LCSPR-2024" in made["review clock summary"].read_text(encoding="utf-8")


def test_a_finding_links_only_to_events_of_the_current_returns(db: Database) -> None:
    import pytest

    from casereview.errors import InvalidInput
    from casereview.services.action_plans import add_finding

    create_review(db, ref="F-1", review_type="lcspr", actor="test")
    with pytest.raises(InvalidInput, match="Name an event as AGENCY:EVENT_REF"):
        add_finding(db, ref="F-1", summary="s", event_ids=["P-1"], actor="test")
    with pytest.raises(InvalidInput, match="There is no event 'P-1' of 'Police'"):
        add_finding(db, ref="F-1", summary="s", event_ids=["Police:P-1"], actor="test")
    assert add_finding(db, ref="F-1", summary="s", actor="test") == "F1"
