"""The linkage contract through the real CLI, on SQLite and PostgreSQL (invented people)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from ..foundation.builders import write_csv

PEOPLE_HEADER = [
    "person_ref",
    "given_names",
    "family_name",
    "other_names",
    "date_of_birth",
    "sex",
    "nhs_number",
    "address",
    "postcode",
    "role",
]
EVENTS_HEADER = ["event_ref", "start_date", "category", "people", "description", "source"]

GP_PEOPLE = [
    [
        "G1",
        "Poppy",
        "Trelawny",
        "",
        "14/03/2022",
        "Female",
        "",
        "3 Quay Row",
        "TR1 2AB",
        "Subject child",
    ],
    ["G2", "Nadia", "Trelawny", "", "09/11/1999", "Female", "", "3 Quay Row", "TR1 2AB", "Mother"],
    ["G3", "Rosa", "Trelawny", "", "02/02/2020", "Female", "", "3 Quay Row", "TR1 2AB", "Sibling"],
]
POLICE_PEOPLE = [
    ["N1", "Poppy", "Trelawney", "", "14/03/2022", "Female", "", "3 Quay Row", "TR1 2AB", ""],
    ["N2", "Nadia", "Trelawny", "", "11/09/1999", "Female", "", "3 Quay Rw", "TR1 2AB", "Mother"],
]


def _import(cli: Any, tmp_path: Path, agency: str, kind: str, people: list[list[str]]) -> None:
    slug = agency.replace(" ", "_")
    people_csv = write_csv(tmp_path / f"{slug}_people.csv", [PEOPLE_HEADER, *people])
    refs = "; ".join(p[0] for p in people)
    events_csv = write_csv(
        tmp_path / f"{slug}_events.csv",
        [EVENTS_HEADER, [f"{slug}-E1", "01/06/2022", "Home visit", refs, "Visit.", "rec 1"]],
    )
    result = cli(
        "import", "L-1", "--agency", agency, "--agency-type", kind,
        "--people", str(people_csv), "--events", str(events_csv),
    )  # fmt: skip
    assert result.exit_code == 0, result.output


def _people(cli: Any, tmp_path: Path) -> list[dict[str, str]]:
    out = tmp_path / "people.csv"
    result = cli("people", "L-1", "--format", "csv", "--out", str(out))
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _person(rows: list[dict[str, str]], agency: str, ref: str) -> str:
    return next(r["person_id"] for r in rows if r["agency"] == agency and r["person_ref"] == ref)


def test_link_people_matches_and_decisions(cli: Any, tmp_path: Path) -> None:
    assert cli("review", "create", "L-1").exit_code == 0
    _import(cli, tmp_path, "Test GP", "gp", GP_PEOPLE)
    _import(cli, tmp_path, "Test Police", "police", POLICE_PEOPLE)

    result = cli("link", "L-1")
    assert result.exit_code == 0, result.output
    assert "linked" in result.output and "took" in result.output

    rows = _people(cli, tmp_path)
    columns = {"person_id", "agency", "person_ref", "given_names", "family_name",
               "date_of_birth", "band", "match_probability"}  # fmt: skip
    assert columns <= set(rows[0])
    child = _person(rows, "Test GP", "G1")
    assert _person(rows, "Test Police", "N1") == child
    assert _person(rows, "Test Police", "N2") == _person(rows, "Test GP", "G2")
    assert _person(rows, "Test GP", "G3") != child  # the sister is someone else

    # a manual unlink of the child's two records is respected by every later run
    result = cli("matches", "L-1", "unlink", "Test GP/G1", "Test Police/N1")
    assert result.exit_code == 0, result.output
    assert cli("link", "L-1").exit_code == 0
    rows = _people(cli, tmp_path)
    assert _person(rows, "Test Police", "N1") != _person(rows, "Test GP", "G1")
    assert cli("link", "L-1").exit_code == 0
    again = _people(cli, tmp_path)
    assert _person(again, "Test Police", "N1") != _person(again, "Test GP", "G1")
    # ids are stable when nothing changed
    assert {(r["agency"], r["person_ref"], r["person_id"]) for r in again} == {
        (r["agency"], r["person_ref"], r["person_id"]) for r in rows
    }

    # and a manual link puts them back together
    assert cli("matches", "L-1", "link", "Test GP/G1", "Test Police/N1").exit_code == 0
    assert cli("link", "L-1").exit_code == 0
    rows = _people(cli, tmp_path)
    assert _person(rows, "Test Police", "N1") == _person(rows, "Test GP", "G1")


def test_queue_accept_reject_and_chronology_by_person(cli: Any, tmp_path: Path) -> None:
    assert cli("review", "create", "L-1").exit_code == 0
    _import(cli, tmp_path, "Test GP", "gp", GP_PEOPLE)
    _import(cli, tmp_path, "Test Police", "police", POLICE_PEOPLE)
    assert cli("link", "L-1", "--linked", "0.999999999", "--possible", "0.01").exit_code == 0
    result = cli("matches", "L-1")
    assert result.exit_code == 0, result.output
    pair = next(word for word in result.output.split() if word.startswith("M-"))
    assert "record 1" in result.output and "record 2" in result.output
    html = tmp_path / "pair.html"
    png = tmp_path / "pair.png"
    result = cli("matches", "L-1", "show", pair, "--html", str(html), "--png", str(png))
    assert result.exit_code == 0, result.output
    assert "Total weight" in result.output
    assert png.read_bytes()[:4] == b"\x89PNG" and "<table>" in html.read_text(encoding="utf-8")
    assert cli("matches", "L-1", "reject", pair).exit_code == 0
    assert cli("link", "L-1", "--linked", "0.999999999", "--possible", "0.01").exit_code == 0
    result = cli("matches", "--band", "not linked", "L-1")
    assert pair in result.output and "reject" in result.output

    rows = _people(cli, tmp_path)
    child = _person(rows, "Test GP", "G1")
    out = tmp_path / "c.csv"
    result = cli("chronology", "L-1", "--format", "csv", "--out", str(out), "--person", child)
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        entries = list(csv.DictReader(handle))
    assert entries and all(child in e["people"] for e in entries)


def test_unknown_pair_and_record_are_clear_errors(cli: Any, tmp_path: Path) -> None:
    assert cli("review", "create", "L-1").exit_code == 0
    _import(cli, tmp_path, "Test GP", "gp", GP_PEOPLE)
    assert cli("link", "L-1").exit_code == 0
    result = cli("matches", "L-1", "accept", "M-000000000000")
    assert result.exit_code == 3 and "casereview matches L-1" in result.output
    result = cli("matches", "L-1", "link", "Test GP/G1", "Nowhere/X")
    assert result.exit_code == 3 and "AGENCY/PERSON_REF" in result.output
    assert "Traceback" not in result.output


def test_linkage_commands_have_help_with_an_example(cli: Any) -> None:
    for command in (["link"], ["matches"], ["people"], ["matches", "X", "accept"]):
        result = cli(*command, "--help")
        assert result.exit_code == 0, result.output
        assert "Example" in result.output, command
