"""``link_records``: person records in, scored pairs, bands, persons and changes out.

This is the entry point the services call. It is storage-free: the caller hands in the
records, the reviewers' decisions and the previous assignment of person ids, and stores
what comes back.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from casereview.linkage.backends import Backend, open_backend
from casereview.linkage.bands import (
    BAND_LINKED,
    BAND_NOT_LINKED,
    BAND_POSSIBLE,
    BANDS_IN_ORDER,
    DEFAULT_BANDS,
    Bands,
    probability_to_weight,
)
from casereview.linkage.clustering import cluster_edge_frame
from casereview.linkage.comparisons import (
    COMPARISON_TITLES,
    CONTRADICTION_WAIVERS,
    CONTRADICTIONS,
)
from casereview.linkage.decisions import PAIR_ID_SQL, PairDecision, ordered_pair, pair_id
from casereview.linkage.explain import ModelDescription
from casereview.linkage.identifiers import PersonChanges, assign_person_ids
from casereview.linkage.model import (
    ModelParameters,
    TrainingPlan,
    build_linker,
    comparison_names,
    estimate_prior,
    extract_parameters,
    level_labels,
    load_default_parameters,
    train,
)
from casereview.linkage.prepare import prepare_records

__all__ = ["LinkageResult", "link_records", "score_record_pair"]

logger = logging.getLogger(__name__)

_COMPARISONS = tuple(COMPARISON_TITLES)

SEPARATION_EVIDENCE = 3.0
"""Contradicting pairs (see CONTRADICTIONS) whose evidence, before the prior, still favours
"same person" by this many bits are fetched even below the possible band, so that they keep
two people apart in clustering: siblings must not be chained into one person through a
third, vaguer record. Relative to the prior, so it means the same at any data size."""


@dataclass(frozen=True)
class LinkageResult:
    """Everything one linkage run produced.

    ``pairs``: one row per scored candidate pair at or above the possible threshold, plus
    every decided pair: pair_id, record_id_l, record_id_r, match_weight, match_probability,
    model_band (the model's own band), decision (accept/reject/None), band (after the
    decision), and for each comparison ``gamma_<name>`` (level) and ``mw_<name>`` (weight).
    ``clusters``: record_id -> person_id (a DataFrame with those two columns).
    ``persons``: person_id -> record ids, to pass as ``previous`` to the next run.
    """

    pairs: pd.DataFrame
    clusters: pd.DataFrame
    persons: Mapping[str, frozenset[str]]
    changes: PersonChanges
    timings: Mapping[str, float]
    band_counts: Mapping[str, int]
    model: ModelDescription
    parameters: ModelParameters | None
    trained: bool
    backend: str
    skipped_by_rejection: tuple[tuple[str, str], ...] = field(default=())
    conflicting_accepts: tuple[tuple[str, str], ...] = field(default=())

    def person_of(self, record_id: str) -> str:
        """The person id of one record."""
        row = self.clusters.loc[self.clusters["record_id"] == record_id, "person_id"]
        return str(row.iloc[0])


def _pair_columns() -> list[str]:
    cols = [
        "pair_id",
        "record_id_l",
        "record_id_r",
        "match_weight",
        "match_probability",
        "model_band",
        "contradiction",
        "decision",
        "band",
    ]
    cols += [f"gamma_{c}" for c in _COMPARISONS]
    cols += [f"mw_{c}" for c in _COMPARISONS]
    return cols


def _scored_frame(raw: pd.DataFrame, names: Sequence[str]) -> pd.DataFrame:
    """Splink's prediction columns renamed to ours, with a weight per comparison."""
    out = pd.DataFrame(index=raw.index)
    left = raw["unique_id_l"].astype(str)
    right = raw["unique_id_r"].astype(str)
    swap = left > right
    out["record_id_l"] = left.where(~swap, right)
    out["record_id_r"] = right.where(~swap, left)
    out["match_weight"] = raw["match_weight"].astype(float)
    out["match_probability"] = raw["match_probability"].astype(float)
    for name in names:
        out[f"gamma_{name}"] = raw[f"gamma_{name}"].astype(int)
        weight = raw[f"mw_{name}"].astype(float)
        tf = f"mw_tf_adj_{name}"
        if tf in raw.columns:
            weight = weight + raw[tf].astype(float).fillna(0.0)
        out[f"mw_{name}"] = weight
    if "pair_id" in raw.columns:
        out["pair_id"] = raw["pair_id"].astype(str)
    else:
        out["pair_id"] = [
            pair_id(a, b) for a, b in zip(out["record_id_l"], out["record_id_r"], strict=True)
        ]
    return out


def _fetch_predictions(
    linker: Any,
    predictions: Any,
    names: Sequence[str],
    *,
    keep_from: float,
) -> pd.DataFrame:
    """Pairs at or above ``keep_from``, with only the columns we keep."""
    wanted = ["unique_id_l", "unique_id_r", "match_weight", "match_probability"]
    for name in names:
        wanted += [f"gamma_{name}", f"mw_{name}", f"mw_tf_adj_{name}"]
    columns = {c.unquote().name for c in predictions.columns}
    select = ", ".join([*(c for c in wanted if c in columns), f"{PAIR_ID_SQL} AS pair_id"])
    where = f"match_weight >= {float(keep_from)!r}"
    sql = f"select {select} from {predictions.physical_name} where {where}"  # noqa: S608
    frame: pd.DataFrame = linker.misc.query_sql(sql, output_type="pandas")
    return frame


def _gamma_condition(
    levels: Mapping[str, tuple[str, ...]], labels: Mapping[str, Mapping[int, str]]
) -> dict[str, str]:
    """comparison -> SQL condition "its level is one of ``levels``" (only those present)."""
    out = {}
    for name, wanted in levels.items():
        gammas = [int(g) for g, label in labels.get(name, {}).items() if label in wanted]
        if gammas:
            out[name] = f"gamma_{name} IN ({', '.join(map(str, gammas))})"
    return out


def _fetch_separations(
    linker: Any,
    predictions: Any,
    labels: Mapping[str, Mapping[int, str]],
    below: float,
    *,
    with_pair_ids: bool,
) -> pd.DataFrame:
    """Record pairs under ``below`` that contradict "same person" (ids only, to stay light).

    The SQL mirrors ``_contradictions``: a hard contradiction, or a soft one not waived.
    """
    contradiction = _gamma_condition(CONTRADICTIONS, labels)
    waiver = _gamma_condition(CONTRADICTION_WAIVERS, labels)
    hard = [sql for name, sql in contradiction.items() if name in CONTRADICTION_WAIVERS]
    soft = [sql for name, sql in contradiction.items() if name not in CONTRADICTION_WAIVERS]
    parts = list(hard)
    if soft:
        waived = " OR ".join(waiver.values()) or "FALSE"
        parts.append(f"(({' OR '.join(soft)}) AND NOT ({waived}))")
    if not parts:
        return pd.DataFrame(columns=["record_id_l", "record_id_r", "pair_id"])
    pair_ids = f", {PAIR_ID_SQL} as pair_id" if with_pair_ids else ""
    sql = (
        f"select unique_id_l as record_id_l, unique_id_r as record_id_r{pair_ids} "  # noqa: S608
        f"from {predictions.physical_name} "
        f"where match_weight < {float(below)!r} and ({' OR '.join(parts)})"
    )
    frame: pd.DataFrame = linker.misc.query_sql(sql, output_type="pandas")
    return frame


def _score_decided(
    linker: Any, prepared: pd.DataFrame, missing: Sequence[PairDecision]
) -> pd.DataFrame:
    """Score decided pairs that blocking did not propose (manual links of distant records)."""
    if not missing:
        return pd.DataFrame()
    by_id = prepared.set_index("unique_id", drop=False)
    frames = []
    for decision in missing:
        if decision.record_id_l not in by_id.index or decision.record_id_r not in by_id.index:
            continue
        left = _record_dict(by_id.loc[[decision.record_id_l]].iloc[0])
        right = _record_dict(by_id.loc[[decision.record_id_r]].iloc[0])
        try:
            scored = linker.inference.score_pairs([left], [right]).as_pandas_dataframe()
        except Exception:  # the pair stays in the output, unscored
            logger.warning("could not score a decided pair; it is kept without a weight")
            continue
        frames.append(scored)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _record_dict(row: pd.Series) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, list):
            out[str(key)] = value
        elif value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            out[str(key)] = None
        elif isinstance(value, np.integer):
            out[str(key)] = int(value)
        else:
            out[str(key)] = value
    return out


def _contradictions(pairs: pd.DataFrame, labels: Mapping[str, Mapping[int, str]]) -> pd.Series:
    """True where a pair shows a level that contradicts "same person" (see CONTRADICTIONS)."""

    def showing(levels: Mapping[str, tuple[str, ...]], name: str) -> pd.Series:
        gammas = [g for g, label in labels.get(name, {}).items() if label in levels[name]]
        column = f"gamma_{name}"
        if not gammas or column not in pairs.columns:
            return pd.Series(False, index=pairs.index)
        return pairs[column].isin(gammas)

    soft = pd.Series(False, index=pairs.index)
    hard = pd.Series(False, index=pairs.index)
    for name in CONTRADICTIONS:
        if name in CONTRADICTION_WAIVERS:
            hard |= showing(CONTRADICTIONS, name)
        else:
            soft |= showing(CONTRADICTIONS, name)
    waived = pd.Series(False, index=pairs.index)
    for name in CONTRADICTION_WAIVERS:
        waived |= showing(CONTRADICTION_WAIVERS, name)
    return hard | (soft & ~waived)


def _apply_decisions(
    pairs: pd.DataFrame,
    decisions: Sequence[PairDecision],
    bands: Bands,
    labels: Mapping[str, Mapping[int, str]],
) -> pd.DataFrame:
    pairs = pairs.copy()
    pairs["contradiction"] = _contradictions(pairs, labels)
    weight = pairs["match_weight"].to_numpy(dtype=float)
    pairs["model_band"] = np.where(
        weight >= bands.linked_weight,
        BAND_LINKED,
        np.where(weight >= bands.possible_weight, BAND_POSSIBLE, BAND_NOT_LINKED),
    ).astype(object)
    capped = (pairs["model_band"] == BAND_LINKED) & pairs["contradiction"]
    pairs.loc[capped, "model_band"] = BAND_POSSIBLE
    decided = {d.pair_id: d.decision for d in decisions}
    pairs["decision"] = pairs["pair_id"].map(decided).astype("object")
    pairs["decision"] = pairs["decision"].where(pairs["decision"].notna(), None)
    pairs["band"] = pairs["model_band"]
    pairs.loc[pairs["decision"] == "accept", "band"] = BAND_LINKED
    pairs.loc[pairs["decision"] == "reject", "band"] = BAND_NOT_LINKED
    return pairs


def link_records(
    records: pd.DataFrame,
    *,
    decisions: Sequence[PairDecision] = (),
    thresholds: Bands = DEFAULT_BANDS,
    backend: Backend = "duckdb",
    previous: Mapping[str, frozenset[str]] | None = None,
    training: TrainingPlan | None = None,
    parameters: ModelParameters | None = None,
    household_guard: bool = True,
) -> LinkageResult:
    """Link person records into persons.

    The model is trained on ``records`` when there are at least
    ``training.min_records_to_train`` of them; otherwise (and whenever ``parameters`` is
    given) stored parameters are used and only the prior is estimated. Decisions always win
    over the model; ``previous`` (person id -> record ids) keeps person ids stable.

    ``household_guard`` (default on, and the only sensible setting for family data):
    pairs showing a contradiction (different given names, a generation apart, different NHS
    numbers) are never linked automatically nor merged through other records. Switch it off
    only for data known to hold no family members (e.g. the FEBRL benchmark).
    """
    plan = training or TrainingPlan()
    timings: dict[str, float] = {}
    start = time.perf_counter()
    prepared = prepare_records(records)
    timings["prepare"] = time.perf_counter() - start
    record_ids = prepared["unique_id"].tolist()
    n = len(record_ids)

    stored = parameters
    if stored is None and n < plan.min_records_to_train:
        stored = load_default_parameters()
    trained = False
    fitted: ModelParameters | None = stored
    labels: dict[str, dict[int, str]] = {}
    prior = float("nan")
    raw_scored = pd.DataFrame()
    names: Sequence[str] = _COMPARISONS

    nhs_pairs = int(prepared["nhs_number"].value_counts().map(lambda c: c * (c - 1) // 2).sum())
    separations = pd.DataFrame(columns=["record_id_l", "record_id_r", "pair_id"])
    if n >= 2:
        handed = prepared
        if not decisions:
            # Only decided pairs that blocking missed need the records again: free the rest.
            del prepared
            prepared = pd.DataFrame(columns=handed.columns)
        with open_backend(backend, handed) as session:
            del handed
            step = time.perf_counter()
            linker = build_linker(session.table, parameters=stored)
            if stored is not None:
                estimate_prior(linker, n, plan)
            else:
                train(linker, n_records=n, nhs_pairs=nhs_pairs, plan=plan)
                trained = True
            fitted = extract_parameters(linker)
            timings["train"] = time.perf_counter() - step

            step = time.perf_counter()
            prior_weight = probability_to_weight(
                float(linker._settings_obj._probability_two_random_records_match)
            )
            floor = (
                prior_weight + SEPARATION_EVIDENCE
                if household_guard
                else thresholds.possible_weight
            )
            predictions = linker.inference.predict(
                threshold_match_weight=min(thresholds.possible_weight, floor),
                warning_mode="never",
            )
            names = comparison_names(linker)
            labels = level_labels(linker)
            raw = _fetch_predictions(
                linker, predictions, names, keep_from=thresholds.possible_weight
            )
            if household_guard:
                separations = _fetch_separations(
                    linker,
                    predictions,
                    labels,
                    thresholds.possible_weight,
                    with_pair_ids=bool(decisions),
                )
            prior = float(linker._settings_obj._probability_two_random_records_match)
            scored = (
                _scored_frame(raw, names) if len(raw) else pd.DataFrame(columns=_pair_columns())
            )
            found = set(scored["pair_id"]) if len(scored) else set()
            missing = [d for d in decisions if d.pair_id not in found]
            extra = _score_decided(linker, prepared, missing)
            if len(extra):
                scored = pd.concat([scored, _scored_frame(extra, names)], ignore_index=True)
            raw_scored = scored
            timings["predict"] = time.perf_counter() - step

    step = time.perf_counter()
    pairs = _with_unscored_decisions(raw_scored, decisions, set(record_ids))
    pairs = _apply_decisions(pairs, decisions, thresholds, labels if household_guard else {})
    below = (pairs["match_weight"] < thresholds.possible_weight) & pairs["decision"].isna()
    pairs = pairs[~below][_pair_columns()].sort_values("pair_id", ignore_index=True)
    decided_ids = {d.pair_id for d in decisions}
    if decided_ids and len(separations):
        separations = separations[~separations["pair_id"].isin(decided_ids)]

    model_links = pairs[(pairs["band"] == BAND_LINKED) & pairs["decision"].isna()]
    edges = pd.DataFrame(
        {
            "l": model_links["record_id_l"].to_numpy(dtype=object),
            "r": model_links["record_id_r"].to_numpy(dtype=object),
            "w": model_links["match_weight"].to_numpy(dtype=float),
            "pair_id": model_links["pair_id"].to_numpy(dtype=object),
        }
    )
    accepted = [(d.record_id_l, d.record_id_r) for d in decisions if d.decision == "accept"]
    contradicted = pairs[pairs["contradiction"] & pairs["decision"].isna()]
    rejected = pd.concat(
        [
            pd.DataFrame(
                [(d.record_id_l, d.record_id_r) for d in decisions if d.decision == "reject"],
                columns=["l", "r"],
                dtype=object,
            ),
            contradicted[["record_id_l", "record_id_r"]].set_axis(["l", "r"], axis=1),
            separations[["record_id_l", "record_id_r"]].set_axis(["l", "r"], axis=1),
        ],
        ignore_index=True,
    )
    outcome = cluster_edge_frame(record_ids, edges, accepted=accepted, rejected=rejected)
    persons, changes = assign_person_ids(outcome.members().values(), previous)
    person_of = {r: pid for pid, members in persons.items() for r in members}
    clusters = pd.DataFrame(
        {"record_id": record_ids, "person_id": [person_of[r] for r in record_ids]}
    )
    timings["cluster"] = time.perf_counter() - step
    timings["total"] = time.perf_counter() - start

    counts = pairs["band"].value_counts()
    band_counts: dict[str, int] = {str(b): int(counts.get(b, 0)) for b in BANDS_IN_ORDER}
    model = ModelDescription(
        prior=prior,
        comparisons=tuple(names),
        titles=dict(COMPARISON_TITLES),
        labels=labels,
    )
    return LinkageResult(
        pairs=pairs,
        clusters=clusters,
        persons=persons,
        changes=changes,
        timings=timings,
        band_counts=band_counts,
        model=model,
        parameters=fitted,
        trained=trained,
        backend=backend,
        skipped_by_rejection=outcome.skipped_by_rejection,
        conflicting_accepts=outcome.conflicting_accepts,
    )


def _with_unscored_decisions(
    scored: pd.DataFrame, decisions: Sequence[PairDecision], known: set[str]
) -> pd.DataFrame:
    """Add a row (without weights) for each decided pair the model could not score."""
    if not decisions and len(scored):
        return scored
    have = set(scored["pair_id"]) if len(scored) else set()
    rows = []
    for d in decisions:
        if d.pair_id in have or d.record_id_l not in known or d.record_id_r not in known:
            continue
        left, right = ordered_pair(d.record_id_l, d.record_id_r)
        rows.append(
            {
                "pair_id": d.pair_id,
                "record_id_l": left,
                "record_id_r": right,
                "match_weight": math.nan,
                "match_probability": math.nan,
            }
        )
        have.add(d.pair_id)
    frame = scored if len(scored) else pd.DataFrame(columns=_pair_columns())
    if rows:
        frame = pd.concat([frame, pd.DataFrame(rows)], ignore_index=True)
    for column in _pair_columns():
        if column not in frame.columns:
            frame[column] = None
    frame["match_weight"] = frame["match_weight"].astype(float)
    frame["match_probability"] = frame["match_probability"].astype(float)
    return frame


def score_record_pair(
    left: Mapping[str, Any],
    right: Mapping[str, Any],
    *,
    parameters: ModelParameters | None = None,
) -> tuple[dict[str, Any], ModelDescription]:
    """Score any two records (e.g. for a manual link) with stored parameters.

    ``left`` and ``right`` are input rows (``REQUIRED_COLUMNS``). Returns the pair row, in
    the shape of ``LinkageResult.pairs``, and the model description to explain it. The
    prior is that of the stored model's population unless the two records are all there is.
    """
    params = parameters or load_default_parameters()
    records = pd.DataFrame([dict(left), dict(right)])
    prepared = prepare_records(records)
    with open_backend("duckdb", prepared) as session:
        linker = build_linker(session.table, parameters=params)
        names = comparison_names(linker)
        labels = level_labels(linker)
        prior = float(linker._settings_obj._probability_two_random_records_match)
        rows = [_record_dict(prepared.iloc[i]) for i in (0, 1)]
        scored = linker.inference.score_pairs([rows[0]], [rows[1]]).as_pandas_dataframe()  # type: ignore[no-untyped-call]
    frame = _scored_frame(scored, names)
    frame["contradiction"] = _contradictions(frame, labels)
    model = ModelDescription(
        prior=prior, comparisons=tuple(names), titles=dict(COMPARISON_TITLES), labels=labels
    )
    return {str(k): v for k, v in frame.iloc[0].to_dict().items()}, model
