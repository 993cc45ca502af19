"""The command-line contract of issue 5 through the real CLI, on SQLite and PostgreSQL.

Expected dates are worked from the calendar: aware Tue 9 Jan 2024 (Working Together 2023);
notification due Tue 16 Jan (day 1 Wed 10 ... day 5 Tue 16); rapid review due Tue 30 Jan
(6 Wed 17 ... 15 Tue 30); decision Tue 30 Jan 2024, so completion and publication due
Tue 30 Jul 2024; copies 7 working days before: Fri 19 Jul 2024 (Mon 29 (1), Fri 26, Thu 25,
Wed 24, Tue 23, Mon 22, Fri 19 (7)).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import func, select

from casereview.services.action_plans import review_action_plan
from casereview.services.clock import board_status
from casereview.store.clock_tables import StageChangeRow
from casereview.store.database import Database
from casereview.store.tables import AuditEntry


def _ok(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return result


def _deadlines(cli: Any, ref: str, as_of: str) -> dict[str, dict[str, Any]]:
    result = _ok(cli("deadlines", ref, "--format", "json", "--as-of", as_of))
    rows = json.loads(result.stdout)
    for row in rows:
        assert {"step", "due", "status", "rule", "source"} <= set(row)
    return {row["step"]: row for row in rows}


def _counts(db: Database) -> tuple[int, int]:
    with db.engine.connect() as conn:
        stages = conn.execute(select(func.count()).select_from(StageChangeRow)).scalar_one()
        audits = conn.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    return stages, audits


def _create(cli: Any) -> None:
    _ok(cli("review", "create", "R-1", "--type", "lcspr", "--aware-date", "09/01/2024"))
    for stage, day in (
        ("notification", "11/01/2024"),
        ("rapid_review", "12/01/2024"),
        ("decision", "30/01/2024"),
    ):
        _ok(cli("review", "advance", "R-1", stage, "--date", day))


def test_stages_deadlines_and_status(cli: Any, db: Database) -> None:
    _create(cli)
    rows = _deadlines(cli, "R-1", "01/03/2024")
    assert rows["notification"]["due"] == "2024-01-16"
    assert rows["notification"]["status"] == "done"
    assert rows["rapid_review"]["due"] == "2024-01-30"
    assert "Working Together to Safeguard Children 2023" in rows["rapid_review"]["rule"]
    assert rows["publication"]["due"] == "2024-07-30"
    assert rows["pre_publication_notice"]["due"] == "2024-07-19"
    assert rows["final_report"]["status"] == "due"
    later = _deadlines(cli, "R-1", "01/08/2024")
    assert later["final_report"]["status"] == "overdue"
    assert later["final_report"]["days_remaining"] == -2
    table = _ok(cli("deadlines", "R-1", "--as-of", "01/08/2024")).output
    assert "overdue" in table and "final_report" in table
    assert "R-1" in _ok(cli("status", "--as-of", "01/08/2024")).output
    (line,) = board_status(db, as_of=date(2024, 8, 1))  # what the status table shows
    assert (line.ref, line.stage, line.stage_date) == ("R-1", "decision", date(2024, 1, 30))
    assert line.overdue == ("final_report", "pre_publication_notice", "publication")
    assert (line.next_step, line.next_due) == ("pre_publication_notice", date(2024, 7, 19))
    with db.engine.connect() as conn:
        advances = conn.execute(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "review.advance")
        ).scalar_one()
    assert advances == 3


def test_bad_input_is_refused_and_changes_nothing(cli: Any, db: Database) -> None:
    _create(cli)
    before = _counts(db)
    result = cli("review", "advance", "R-1", "published", "--date", "01/02/2024")
    assert result.exit_code == 2
    assert "allowed next: terms_of_reference, closed" in result.output
    result = cli("review", "advance", "R-1", "terms_of_reference", "--date", "20/01/2024")
    assert result.exit_code == 2 and "dated before the previous entry" in result.output
    result = cli("review", "advance", "R-1", "publishd")
    assert result.exit_code == 2 and "unknown stage 'publishd'" in result.output
    result = cli("review", "set", "R-1", "--incident-date", "10/01/2024")
    assert result.exit_code == 2 and "before the incident date" in result.output
    result = cli("proceedings", "add", "R-1", "--kind", "trial", "--start", "01/03/2025",
                 "--end", "01/02/2025")  # fmt: skip
    assert result.exit_code == 2 and "before it starts" in result.output
    assert _counts(db) == before
    result = cli("review", "create", "OLD-1", "--type", "lcspr", "--aware-date", "02/05/2017")
    assert result.exit_code == 2 and "use type scr" in result.output
    assert cli("deadlines", "NOPE").exit_code == 3


def test_publication_held_by_a_trial_then_released(cli: Any) -> None:
    _create(cli)
    _ok(cli("proceedings", "add", "R-1", "--kind", "trial", "--start", "01/05/2024",
            "--holds-publication", "--description", "Crown Court trial"))  # fmt: skip
    rows = _deadlines(cli, "R-1", "01/09/2024")
    assert rows["publication"]["status"] == "held"
    assert rows["publication"]["due"] is None
    assert "planned, conditional on the end of the trial" in rows["publication"]["note"]
    listing = _ok(cli("proceedings", "list", "R-1", "--as-of", "01/09/2024")).output
    assert "trial" in listing and "yes" in listing
    _ok(cli("proceedings", "end", "R-1", "1", "--end", "30/09/2024"))
    # clock stopped 1 May to 30 Sep 2024: 153 days (May 31, Jun 30, Jul 31, Aug 31, Sep 30);
    # 30 Jul 2024 + 153 days = Fri 30 Dec 2024 (Aug 1..31 = 32, Sep 62, Oct 93, Nov 123,
    # Dec 30 = 153)
    rows = _deadlines(cli, "R-1", "01/10/2024")
    assert rows["publication"]["status"] == "due"
    assert rows["publication"]["due"] == "2024-12-30"


def test_action_plan(cli: Any, db: Database) -> None:
    _create(cli)
    _ok(cli("actions", "R-1", "finding", "Notifications did not reach the school"))
    _ok(cli("actions", "R-1", "recommend", "--agency", "Police", "--agency", "School",
            "--finding", "F1", "Share notifications the next working day"))  # fmt: skip
    _ok(cli("actions", "R-1", "add", "R1", "Daily notification list", "--owner", "Police",
            "--due", "31/03/2024"))  # fmt: skip
    _ok(cli("actions", "R-1", "add", "R1", "Train staff", "--owner", "School",
            "--due", "30/06/2024"))  # fmt: skip
    refused = cli("actions", "R-1", "update", "A1", "--status", "completed", "--date",
                  "20/03/2024")  # fmt: skip
    assert refused.exit_code == 2 and "needs evidence of completion" in refused.output
    _ok(cli("actions", "R-1", "update", "A1", "--status", "completed", "--evidence",
            "notification log", "--date", "20/03/2024"))  # fmt: skip
    listing = _ok(cli("actions", "R-1", "list", "--as-of", "10/07/2024")).output
    assert "A1" in listing and "completed" in listing
    assert "1 overdue action(s) as of 10/07/2024: A2" in listing
    plan = review_action_plan(db, ref="R-1", as_of=date(2024, 7, 10))
    assert [(a.key, a.days_overdue) for a in plan.overdue] == [("A2", 10)]  # due 30 Jun
    default = _ok(cli("actions", "R-1")).output
    assert "R1" in default
    assert cli("actions", "R-1", "add", "R9", "x", "--owner", "P", "--due",
               "01/01/2025").exit_code == 3  # fmt: skip


def test_correspondence_promises(cli: Any, db: Database) -> None:
    _create(cli)
    _ok(cli("correspondence", "add", "R-1", "--from", "mp", "--received", "06/05/2024",
             "--subject", "publication date"))  # fmt: skip
    _ok(cli("correspondence", "reply", "R-1", "1", "--date", "20/05/2024", "--promised",
             "31/07/2024"))  # fmt: skip
    pending = _ok(cli("correspondence", "list", "R-1", "--as-of", "01/06/2024")).output
    assert "pending" in pending
    overdue = _ok(cli("correspondence", "list", "R-1", "--as-of", "01/08/2024")).output
    assert "overdue" in overdue
    (line,) = board_status(db, as_of=date(2024, 8, 1))
    assert line.overdue_promises == 1
    result = _ok(cli("correspondence", "delivered", "R-1", "1", "--date", "14/08/2024"))
    assert "promise broken" in result.output
    refused = cli("correspondence", "add", "R-1", "--from", "neighbour", "--received",
                  "06/05/2024", "--subject", "x")  # fmt: skip
    assert refused.exit_code == 2 and "unknown correspondent role" in refused.output
