"""The per-agency summary: what each agency recorded that bears on a finding, and sharing."""

from __future__ import annotations

from datetime import date

from casereview.indicators import indicator_events, run_rules
from casereview.model.dates import ChronoDate
from casereview.model.records import Event
from casereview.services.findings import agency_summary


def _event(ref: str, day: date, text: str, shared: tuple[str, ...] = ()) -> Event:
    return Event(ref, ChronoDate.day(day), text, "test", ("child",), "other", shared_with=shared)


def test_summary_lists_each_agency_with_what_it_recorded_and_sharing() -> None:
    events = indicator_events(
        [
            (
                1,
                "Health visiting",
                "health_visiting",
                _event("H1", date(2022, 6, 20), "Bruise on the ear."),
            ),
            (
                2,
                "GP",
                "gp",
                _event("G1", date(2022, 6, 22), "Red mark on the cheek.", ("health_visiting",)),
            ),
            (3, "School", "school", _event("S1", date(2022, 9, 1), "Attended assembly.")),
        ],
        child_dob=ChronoDate.day(date(2022, 3, 14)),
    )
    findings = tuple(run_rules(events, person_id="P1", only=["bruising-non-mobile"]))
    assert [f.evidence_text() for f in findings] == ["Health visiting:H1", "GP:G1"]
    rows = agency_summary(findings, events, ("GP", "Health visiting", "School"))
    first = {row.agency: row for row in rows if row.finding == 1}
    assert first["Health visiting"].events == "Health visiting:H1"
    assert "[evidence]" in first["Health visiting"].recorded
    assert first["Health visiting"].shared == "no sharing recorded"
    assert first["GP"].events == "GP:G1"  # a related concern within a week
    assert first["GP"].shared == "yes: health_visiting"
    assert first["School"].recorded == "nothing recorded" and first["School"].shared == ""
