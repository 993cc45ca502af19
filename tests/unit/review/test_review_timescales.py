"""The dated, cited timescales file and its loader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from casereview.review.errors import TimescaleFileError
from casereview.review.stages import ReviewType
from casereview.review.timescales import (
    PARAMETERS,
    Unit,
    default_timescales,
    load_timescales,
)

PACKAGED = Path(__file__).parents[3] / "src/casereview/review/rules/timescales.yaml"


def test_packaged_file_loads_and_has_every_parameter() -> None:
    timescales = default_timescales()
    assert set(timescales.values) == set(PARAMETERS)
    for values in timescales.values.values():
        for value in values:
            assert value.reference.document and value.reference.section
            assert value.verified or value.note


def test_the_edition_in_force_on_the_awareness_date_applies() -> None:
    t = default_timescales()
    in_2014 = t.value_for("notification_working_days", ReviewType.SCR, dt.date(2014, 6, 1))
    in_2017 = t.value_for("notification_working_days", ReviewType.SCR, dt.date(2017, 6, 1))
    assert in_2014 is not None and in_2014.edition.key == "wt2013"
    assert in_2017 is not None and (in_2017.edition.key, in_2017.value) == ("wt2015", 5)
    before = t.value_for("notification_working_days", ReviewType.SCR, dt.date(2012, 6, 1))
    assert before is None


def test_copies_before_publication_changed_from_a_week_to_working_days() -> None:
    t = default_timescales()
    scr = t.value_for("copies_before_publication", ReviewType.SCR, dt.date(2016, 1, 1))
    lcspr = t.value_for("copies_before_publication", ReviewType.LCSPR, dt.date(2024, 1, 1))
    assert scr is not None and (scr.value, scr.unit) == (1, Unit.WEEKS)
    assert lcspr is not None and (lcspr.value, lcspr.unit) == (7, Unit.WORKING_DAYS)
    assert lcspr.edition.key == "wt2023"
    assert not lcspr.verified  # could not be checked: the note must say so
    assert "could NOT be verified" in lcspr.note


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "timescales.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _packaged() -> dict[str, object]:
    data = yaml.safe_load(PACKAGED.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_loader_names_file_parameter_value_and_field(tmp_path: Path) -> None:
    data = _packaged()
    params = data["parameters"]
    assert isinstance(params, dict)
    params["rapid_review_working_days"]["values"][0]["unit"] = "fortnights"
    params["completion_months"]["values"][1]["from"] = "next spring"
    path = _write(tmp_path, data)
    with pytest.raises(TimescaleFileError) as caught:
        load_timescales(path)
    message = str(caught.value)
    assert str(path) in message
    assert "2 problem(s)" in message
    assert "parameters.rapid_review_working_days.values[0].unit: 'fortnights' is not one of" in (
        message
    )
    assert "parameters.completion_months.values[1].from: 'next spring' is not a date" in message


def test_loader_refuses_a_missing_parameter_and_unverified_without_note(tmp_path: Path) -> None:
    data = _packaged()
    params = data["parameters"]
    assert isinstance(params, dict)
    del params["publication_months"]
    del params["notification_working_days"]["values"][0]["note"]
    with pytest.raises(TimescaleFileError) as caught:
        load_timescales(_write(tmp_path, data))
    message = str(caught.value)
    assert "parameters.publication_months: is missing" in message
    assert "values[0].note: is required when verified is false" in message


def test_loader_refuses_dates_out_of_order(tmp_path: Path) -> None:
    data = _packaged()
    params = data["parameters"]
    assert isinstance(params, dict)
    values = params["notification_working_days"]["values"]
    values[0], values[1] = values[1], values[0]
    with pytest.raises(TimescaleFileError, match="'from' dates must ascend"):
        load_timescales(_write(tmp_path, data))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TimescaleFileError, match="cannot read timescales file"):
        load_timescales(tmp_path / "absent.yaml")


def test_the_publication_hold_is_cited() -> None:
    citations = default_timescales().citations("publication_hold")
    assert "SCIE, Serious Case Review Quality Markers" in citations
    assert "Working Together to Safeguard Children 2018" in citations
