"""Use cases of person linkage: run it, review the queue, decide, export people.

Records are named ``<agency>/<person_ref>`` (see store/linkage_tables.py). The linkage
engine itself (casereview.linkage) is pure; this module reads the review's current person
records, calls it with the stored decisions and the previous person ids, and stores the
result, auditing every run and decision.
"""

from __future__ import annotations

import csv
import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd
from rich.console import Console
from sqlalchemy import Connection, delete, insert, select

from casereview.errors import InvalidInput, NotFound
from casereview.linkage import (
    DEFAULT_BANDS,
    REQUIRED_COLUMNS,
    Bands,
    ModelDescription,
    PairDecision,
    PairExplanation,
    explain_pair,
    link_records,
    pair_id,
    waterfall_html,
    waterfall_png,
)
from casereview.store.audit import record_audit, utcnow
from casereview.store.database import Database
from casereview.store.linkage_queries import linked_people_keys, record_key
from casereview.store.linkage_tables import (
    CandidatePairRow,
    LinkageRunRow,
    LinkedRecordRow,
    PairDecisionRow,
    PersonIdHistoryRow,
)
from casereview.store.queries import StoredPerson, current_people, review_header

__all__ = [
    "LinkSummary",
    "MatchView",
    "decide_pair",
    "demo_linkage",
    "explain_match",
    "link_review",
    "linked_people_keys",
    "list_matches",
    "people_rows",
    "write_people_csv",
]

PEOPLE_COLUMNS = (
    "person_id",
    "agency",
    "person_ref",
    "given_names",
    "family_name",
    "date_of_birth",
    "band",
    "match_probability",
)


def _records_frame(people: Sequence[StoredPerson]) -> pd.DataFrame:
    rows = []
    for p in people:
        r = p.record
        dob = r.date_of_birth
        rows.append(
            {
                "record_id": record_key(p.agency, r.person_ref),
                "agency": p.agency,
                "person_ref": r.person_ref,
                "given_names": r.given_names,
                "family_name": r.family_name,
                "other_names": ";".join(r.other_names) or None,
                "date_of_birth": dob.earliest.isoformat() if dob is not None else None,
                "dob_precision": str(dob.precision) if dob is not None else None,
                "sex": r.sex,
                "nhs_number": r.nhs_number,
                "address": r.address,
                "postcode": r.postcode,
                "role": r.role,
            }
        )
    return pd.DataFrame(rows, columns=list(REQUIRED_COLUMNS))


@dataclass(frozen=True)
class LinkSummary:
    ref: str
    backend: str
    records: int
    persons: int
    band_counts: Mapping[str, int]
    change_counts: Mapping[str, int]
    seconds: float
    trained: bool


def _latest_decisions(conn: Connection, review_id: int) -> list[PairDecision]:
    rows = conn.execute(
        select(
            PairDecisionRow.pair_id,
            PairDecisionRow.record_key_l,
            PairDecisionRow.record_key_r,
            PairDecisionRow.decision,
        )
        .where(PairDecisionRow.review_id == review_id)
        .order_by(PairDecisionRow.id)
    )
    latest: dict[str, PairDecision] = {}
    for row in rows:
        latest[row.pair_id] = PairDecision(row.record_key_l, row.record_key_r, row.decision)
    return list(latest.values())


def _previous_assignment(conn: Connection, review_id: int) -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for key, person in conn.execute(
        select(LinkedRecordRow.record_key, LinkedRecordRow.person_id).where(
            LinkedRecordRow.review_id == review_id
        )
    ):
        groups.setdefault(person, set()).add(key)
    return {pid: frozenset(keys) for pid, keys in groups.items()}


def _model_json(model: ModelDescription) -> dict[str, Any]:
    return {
        "prior": model.prior if math.isfinite(model.prior) else None,
        "comparisons": list(model.comparisons),
        "titles": dict(model.titles),
        "labels": {k: {str(g): lbl for g, lbl in v.items()} for k, v in model.labels.items()},
    }


def _model_from_json(data: Mapping[str, Any]) -> ModelDescription:
    return ModelDescription(
        prior=float(data.get("prior") or math.nan),
        comparisons=tuple(data.get("comparisons", ())),
        titles=dict(data.get("titles", {})),
        labels={
            k: {int(g): lbl for g, lbl in v.items()} for k, v in data.get("labels", {}).items()
        },
    )


def link_review(
    db: Database,
    *,
    ref: str,
    actor: str,
    backend: Literal["duckdb", "spark"] = "duckdb",
    thresholds: Bands = DEFAULT_BANDS,
) -> LinkSummary:
    """Link the person records of a review's current returns and store the result."""
    start = time.perf_counter()
    with db.engine.connect() as conn:
        header = review_header(conn, ref)
        people = current_people(conn, header.id)
        decisions = _latest_decisions(conn, header.id)
        previous = _previous_assignment(conn, header.id)
    if not people:
        raise InvalidInput(
            f"Review {ref} has no person records yet; import the agencies' returns first "
            f"(casereview import {ref} ...)."
        )
    records = _records_frame(people)
    result = link_records(
        records, decisions=decisions, thresholds=thresholds, backend=backend, previous=previous
    )
    seconds = time.perf_counter() - start
    comparisons = result.model.comparisons
    with db.engine.begin() as conn:
        run_id = conn.execute(
            insert(LinkageRunRow)
            .values(
                review_id=header.id,
                run_at=utcnow(),
                run_by=actor,
                backend=backend,
                trained=result.trained,
                records=len(records),
                persons=len(result.persons),
                band_counts=dict(result.band_counts),
                change_counts=dict(result.changes.counts),
                seconds=round(seconds, 3),
                model=_model_json(result.model),
            )
            .returning(LinkageRunRow.id)
        ).scalar_one()
        for table in (LinkedRecordRow, CandidatePairRow):
            conn.execute(delete(table).where(table.review_id == header.id))
        person_of = dict(
            zip(result.clusters["record_id"], result.clusters["person_id"], strict=True)
        )
        conn.execute(
            insert(LinkedRecordRow),
            [
                {"review_id": header.id, "run_id": run_id, "record_key": k, "person_id": p}
                for k, p in person_of.items()
            ],
        )
        pair_rows = []
        for row in result.pairs.to_dict("records"):
            evidence = {
                name: {
                    "gamma": _int(row.get(f"gamma_{name}")),
                    "weight": _float(row.get(f"mw_{name}")),
                }
                for name in comparisons
            }
            pair_rows.append(
                {
                    "review_id": header.id,
                    "run_id": run_id,
                    "pair_id": row["pair_id"],
                    "record_key_l": row["record_id_l"],
                    "record_key_r": row["record_id_r"],
                    "match_weight": _float(row["match_weight"]),
                    "match_probability": _float(row["match_probability"]),
                    "band": row["band"],
                    "model_band": row["model_band"],
                    "contradiction": bool(row["contradiction"]),
                    "decision": row["decision"],
                    "evidence": evidence,
                }
            )
        if pair_rows:
            conn.execute(insert(CandidatePairRow), pair_rows)
        history = [
            {
                "review_id": header.id,
                "run_id": run_id,
                "person_id": c.person_id,
                "kind": c.kind,
                "previous_ids": list(c.previous_ids),
                "records_added": len(c.records_added),
                "records_removed": len(c.records_removed),
            }
            for c in result.changes.persons
        ]
        history += [
            {
                "review_id": header.id,
                "run_id": run_id,
                "person_id": pid,
                "kind": "retired",
                "previous_ids": [pid],
                "records_added": 0,
                "records_removed": len(previous.get(pid, ())),
            }
            for pid in result.changes.retired
        ]
        if history:
            conn.execute(insert(PersonIdHistoryRow), history)
        record_audit(
            conn,
            actor=actor,
            action="linkage.run",
            review_ref=ref,
            detail={
                "backend": backend,
                "records": len(records),
                "persons": len(result.persons),
                "bands": dict(result.band_counts),
                "changes": dict(result.changes.counts),
            },
        )
    return LinkSummary(
        ref=ref,
        backend=backend,
        records=len(records),
        persons=len(result.persons),
        band_counts=dict(result.band_counts),
        change_counts=dict(result.changes.counts),
        seconds=seconds,
        trained=result.trained,
    )


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _float(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def _int(value: Any) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value)


@dataclass(frozen=True)
class MatchView:
    """A candidate pair with both records side by side and the evidence."""

    pair_id: str
    band: str
    match_probability: float | None
    match_weight: float | None
    decision: str | None
    left: Mapping[str, Any]
    right: Mapping[str, Any]
    explanation: PairExplanation | None = None
    contradiction: bool = False
    sentences: tuple[str, ...] = field(default=())


_SIDE_BY_SIDE = (
    "agency",
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
)


def _records_by_key(people: Sequence[StoredPerson]) -> dict[str, dict[str, Any]]:
    frame = _records_frame(people)
    out: dict[str, dict[str, Any]] = {}
    for row in frame.to_dict("records"):
        out[str(row["record_id"])] = {
            k: None if _missing(row.get(k)) else row.get(k) for k in _SIDE_BY_SIDE
        }
    return out


def _latest_run_model(conn: Connection, review_id: int) -> ModelDescription:
    row = conn.execute(
        select(LinkageRunRow.model)
        .where(LinkageRunRow.review_id == review_id)
        .order_by(LinkageRunRow.id.desc())
        .limit(1)
    ).first()
    if row is None:
        raise NotFound("This review has not been linked yet. Run: casereview link REF")
    return _model_from_json(row.model)


def _view(row: Any, records: Mapping[str, Mapping[str, Any]], model: ModelDescription) -> MatchView:
    pair: dict[str, Any] = {
        "pair_id": row.pair_id,
        "record_id_l": row.record_key_l,
        "record_id_r": row.record_key_r,
        "match_weight": row.match_weight,
        "match_probability": row.match_probability,
        "contradiction": row.contradiction,
    }
    for name, ev in (row.evidence or {}).items():
        pair[f"gamma_{name}"] = ev.get("gamma")
        pair[f"mw_{name}"] = ev.get("weight")
    explanation = explain_pair(pair, model) if row.match_weight is not None else None
    return MatchView(
        pair_id=row.pair_id,
        band=row.band,
        match_probability=row.match_probability,
        match_weight=row.match_weight,
        decision=row.decision,
        left=records.get(row.record_key_l, {"record": row.record_key_l}),
        right=records.get(row.record_key_r, {"record": row.record_key_r}),
        explanation=explanation,
        contradiction=bool(row.contradiction),
        sentences=tuple(explanation.sentences()) if explanation else (),
    )


_PAIR_COLUMNS = (
    CandidatePairRow.pair_id,
    CandidatePairRow.record_key_l,
    CandidatePairRow.record_key_r,
    CandidatePairRow.match_weight,
    CandidatePairRow.match_probability,
    CandidatePairRow.band,
    CandidatePairRow.decision,
    CandidatePairRow.contradiction,
    CandidatePairRow.evidence,
)


def list_matches(db: Database, *, ref: str, band: str = "possible") -> list[MatchView]:
    """The clerical review queue: pairs in ``band`` (default: possible), most likely first."""
    with db.engine.connect() as conn:
        header = review_header(conn, ref)
        model = _latest_run_model(conn, header.id)
        records = _records_by_key(current_people(conn, header.id))
        rows = conn.execute(
            select(*_PAIR_COLUMNS)
            .where(CandidatePairRow.review_id == header.id, CandidatePairRow.band == band)
            .order_by(CandidatePairRow.match_probability.desc(), CandidatePairRow.pair_id)
        ).all()
    return [_view(row, records, model) for row in rows]


def explain_match(
    db: Database, *, ref: str, pair: str, png: Path | None = None, html: Path | None = None
) -> MatchView:
    """One pair side by side with its evidence; optionally the waterfall as PNG / HTML."""
    with db.engine.connect() as conn:
        header = review_header(conn, ref)
        model = _latest_run_model(conn, header.id)
        records = _records_by_key(current_people(conn, header.id))
        row = conn.execute(
            select(*_PAIR_COLUMNS).where(
                CandidatePairRow.review_id == header.id, CandidatePairRow.pair_id == pair
            )
        ).first()
    if row is None:
        raise NotFound(
            f"There is no candidate pair {pair} in review {ref}; list them with: "
            f"casereview matches {ref}"
        )
    view = _view(row, records, model)
    if view.explanation is not None:
        if png is not None:
            png.write_bytes(waterfall_png(view.explanation))
        if html is not None:
            html.write_text(waterfall_html(view.explanation), encoding="utf-8")
    return view


def decide_pair(
    db: Database,
    *,
    ref: str,
    decision: Literal["accept", "reject"],
    actor: str,
    pair: str | None = None,
    records: tuple[str, str] | None = None,
) -> str:
    """Record a decision on a candidate pair (by id) or on any two records (manual link /
    unlink, by record key ``AGENCY/PERSON_REF``). Applied by the next `casereview link`."""
    with db.engine.begin() as conn:
        header = review_header(conn, ref)
        if pair is not None:
            row = conn.execute(
                select(CandidatePairRow.record_key_l, CandidatePairRow.record_key_r).where(
                    CandidatePairRow.review_id == header.id, CandidatePairRow.pair_id == pair
                )
            ).first()
            if row is None:
                raise NotFound(
                    f"There is no candidate pair {pair} in review {ref}; list them with: "
                    f"casereview matches {ref}"
                )
            left, right, how = row.record_key_l, row.record_key_r, "queue"
        elif records is not None:
            known = {
                record_key(p.agency, p.record.person_ref) for p in current_people(conn, header.id)
            }
            missing = [r for r in records if r not in known]
            if missing:
                raise NotFound(
                    f"No person record {', '.join(missing)} in review {ref}; records are named "
                    "AGENCY/PERSON_REF as in `casereview people`."
                )
            if records[0] == records[1]:
                raise InvalidInput("A manual link or unlink needs two different records.")
            left, right = records
            how = "manual"
        else:
            raise InvalidInput("Give a pair id, or two records to link or unlink.")
        decided = PairDecision(left, right, decision)
        conn.execute(
            insert(PairDecisionRow).values(
                review_id=header.id,
                pair_id=decided.pair_id,
                record_key_l=decided.record_id_l,
                record_key_r=decided.record_id_r,
                decision=decision,
                how=how,
                decided_at=utcnow(),
                decided_by=actor,
            )
        )
        record_audit(
            conn,
            actor=actor,
            action=f"linkage.{decision}",
            review_ref=ref,
            detail={"pair_id": decided.pair_id, "how": how},
        )
    return pair_id(left, right)


def people_rows(db: Database, *, ref: str) -> list[dict[str, Any]]:
    """One row per person record with its linked person id, band and best probability."""
    with db.engine.connect() as conn:
        header = review_header(conn, ref)
        people = current_people(conn, header.id)
        person_of = dict(
            conn.execute(
                select(LinkedRecordRow.record_key, LinkedRecordRow.person_id).where(
                    LinkedRecordRow.review_id == header.id
                )
            ).all()
        )
        if not person_of:
            raise NotFound(f"Review {ref} has not been linked yet. Run: casereview link {ref}")
        best: dict[str, tuple[float, str]] = {}
        for key_l, key_r, probability, band in conn.execute(
            select(
                CandidatePairRow.record_key_l,
                CandidatePairRow.record_key_r,
                CandidatePairRow.match_probability,
                CandidatePairRow.band,
            ).where(CandidatePairRow.review_id == header.id)
        ):
            for key in (key_l, key_r):
                rank = {"linked": 2, "possible": 1}.get(band, 0)
                current = best.get(key)
                if current is None or (rank, probability or 0.0) > (
                    {"linked": 2, "possible": 1}.get(current[1], 0),
                    current[0],
                ):
                    best[key] = (probability or 0.0, band)
    rows = []
    for p in people:
        key = record_key(p.agency, p.record.person_ref)
        probability, band = best.get(key, (None, "not linked"))
        dob = p.record.date_of_birth
        rows.append(
            {
                "person_id": person_of.get(key, ""),
                "agency": p.agency,
                "person_ref": p.record.person_ref,
                "given_names": p.record.given_names or "",
                "family_name": p.record.family_name or "",
                "date_of_birth": dob.display() if dob is not None else "",
                "band": band,
                "match_probability": "" if probability is None else f"{probability:.4f}",
            }
        )
    rows.sort(key=lambda r: (r["person_id"], r["agency"], r["person_ref"]))
    return rows


def write_people_csv(db: Database, *, ref: str, out: Path, actor: str) -> int:
    if out.parent and not out.parent.exists():
        raise InvalidInput(f"The folder for {out.name} does not exist")
    rows = people_rows(db, ref=ref)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(PEOPLE_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    with db.engine.begin() as conn:
        record_audit(
            conn,
            actor=actor,
            action="linkage.people_export",
            review_ref=ref,
            detail={"file": out.name, "rows": len(rows)},
        )
    return len(rows)


def demo_linkage(db: Database, out: Path, console: Console) -> list[tuple[str, Path]]:
    """Demo step: link the demo review, export its people and explain one pair."""
    from casereview.demo.run import DEMO_REF

    summary = link_review(db, ref=DEMO_REF, actor="demo")
    console.print(
        f"Linked {summary.records} person records into {summary.persons} people "
        f"({', '.join(f'{k}: {v}' for k, v in summary.band_counts.items())})."
    )
    people_csv = out / "people.csv"
    write_people_csv(db, ref=DEMO_REF, out=people_csv, actor="demo")
    produced = [("Linked people (CSV)", people_csv)]
    with db.engine.connect() as conn:
        header = review_header(conn, DEMO_REF)
        first = conn.execute(
            select(CandidatePairRow.pair_id)
            .where(CandidatePairRow.review_id == header.id)
            .order_by(CandidatePairRow.match_probability.desc(), CandidatePairRow.pair_id)
            .limit(1)
        ).scalar()
    if first is not None:
        png = out / "match-evidence.png"
        html = out / "match-evidence.html"
        explain_match(db, ref=DEMO_REF, pair=first, png=png, html=html)
        produced += [("Why two records were linked (PNG)", png), ("... (HTML)", html)]
    return produced
