"""Building and training the Splink model: "same person", not "same household".

Training choices, and why:

* **u probabilities** (how often a level occurs between two different people) come from
  random pairs of records: almost all random pairs are different people.
* **m probabilities** (how often a level occurs for the same person) come from EM on pairs
  blocked on *names* (first given name and family name) and on the *NHS number* (or the
  full date of birth where NHS numbers are scarce), never on the postcode: pairs that share a
  postcode are dominated by households, and EM would learn "same household".
* **the prior** (probability that two random records are the same person) is not left to
  EM: it is estimated from deterministic rules (same valid NHS number; same names and full
  date of birth) divided by an assumed recall, as Splink recommends.
* A review holds tens or hundreds of records, too few to train on. Below
  ``MIN_RECORDS_TO_TRAIN`` the stored parameters in ``default_model.json`` (trained on the
  synthetic population of bench/linkage, never on real people) are used, and only the prior
  is estimated from the records at hand.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from splink import Linker, SettingsCreator, block_on

from casereview.linkage.comparisons import LevelParameters, build_comparisons

__all__ = [
    "MIN_RECORDS_TO_TRAIN",
    "ModelParameters",
    "TrainingPlan",
    "blocking_rules",
    "build_linker",
    "extract_parameters",
    "load_default_parameters",
    "train",
]

logger = logging.getLogger(__name__)

MIN_RECORDS_TO_TRAIN = 3000
_DEFAULT_MODEL_FILE = "default_model.json"


@dataclass(frozen=True)
class TrainingPlan:
    """How much work training may do; the defaults suit 1,000 to 1,000,000 records."""

    u_max_pairs: float = 1e6
    em_max_pairs: float = 1.5e6
    prior_recall: float = 0.7
    seed: int = 20161022
    min_records_to_train: int = MIN_RECORDS_TO_TRAIN


@dataclass(frozen=True)
class ModelParameters:
    """Trained m/u per comparison level and the prior, in a backend-free form."""

    prior: float
    levels: Mapping[str, LevelParameters] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "prior": self.prior,
                "levels": {k: list(map(list, v)) for k, v in self.levels.items()},
            },
            indent=1,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> ModelParameters:
        data = json.loads(text)
        levels = {k: tuple((float(m), float(u)) for m, u in v) for k, v in data["levels"].items()}
        return cls(prior=float(data["prior"]), levels=levels)


def load_default_parameters() -> ModelParameters | None:
    """The stored parameters shipped with the package, None if absent."""
    path = resources.files("casereview.linkage").joinpath(_DEFAULT_MODEL_FILE)
    if not path.is_file():
        return None
    return ModelParameters.from_json(path.read_text(encoding="utf-8"))


def blocking_rules() -> list[Any]:
    """Candidate pairs to score: each rule tolerates errors in the fields it leaves out.

    Together they find the same person despite one wrong field (typo in a name, wrong date,
    house move, changed family name, nickname).
    """
    return [
        block_on("nhs_number"),
        block_on("dob_full", "given_first_mp"),
        block_on("dob_full", "family_mp"),
        block_on("given_first_mp", "family_mp", "dob_y"),
        block_on("given_first_mp", "family_mp", "dob_m", "dob_d"),
        block_on("postcode", "given_first_mp"),
        block_on("postcode", "dob_full"),
        block_on("postcode", "family_mp"),
        block_on("address_key", "dob_y"),
        # given and family names written the other way round
        "l.given_first = r.family_std AND l.dob_full = r.dob_full",
        "l.family_std = r.given_first AND l.dob_full = r.dob_full",
    ]


def _deterministic_rules() -> list[Any]:
    return [block_on("nhs_number"), block_on("given_first", "family_std", "dob_full")]


def build_linker(
    table: Any,
    *,
    parameters: ModelParameters | None,
    prior: float = 1e-4,
) -> Linker:
    """A dedupe linker over all records (across and within agencies)."""
    settings = SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=list(build_comparisons(dict(parameters.levels) if parameters else None)),
        blocking_rules_to_generate_predictions=blocking_rules(),
        probability_two_random_records_match=parameters.prior if parameters else prior,
        retain_matching_columns=True,
        retain_intermediate_calculation_columns=True,
        max_iterations=20,
        em_convergence=0.001,
    )
    return Linker(table, settings, log_level=logging.ERROR)


def estimate_prior(linker: Linker, n_records: int, plan: TrainingPlan) -> None:
    """Prior from deterministic rules; a floor keeps tiny reviews from a prior of zero."""
    try:
        linker.training.estimate_probability_two_random_records_match(
            _deterministic_rules(), recall=plan.prior_recall
        )
    except ValueError:
        logger.info("deterministic prior estimate failed; using the floor")
    settings = linker._settings_obj
    floor = 0.5 / max(n_records - 1, 1) if n_records < plan.min_records_to_train else 1e-9
    current = float(settings._probability_two_random_records_match or 0.0)
    if not math.isfinite(current) or current < floor:
        settings._probability_two_random_records_match = floor


def train(linker: Linker, *, n_records: int, nhs_pairs: int, plan: TrainingPlan) -> None:
    """Estimate u by random sampling, m by EM blocked on names then NHS number/DOB."""
    estimate_prior(linker, n_records, plan)
    linker.training.estimate_u_using_random_sampling(max_pairs=plan.u_max_pairs, seed=plan.seed)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("given_first", "family_std"),
        estimate_without_term_frequencies=True,
        max_pairs=plan.em_max_pairs,
    )
    second = block_on("nhs_number") if nhs_pairs >= 200 else block_on("dob_full")
    linker.training.estimate_parameters_using_expectation_maximisation(
        second,
        estimate_without_term_frequencies=True,
        max_pairs=plan.em_max_pairs,
    )
    neutralise_untrained_levels(linker)


def neutralise_untrained_levels(linker: Linker) -> None:
    """Levels training never saw get m = u (weight 0) instead of Splink's placeholder.

    A level absent from the training data (no middle names in a data set, no NHS numbers)
    has no evidence either way; a placeholder m of 0.5 against a tiny u would fabricate a
    strong match weight.
    """
    for comparison in linker._settings_obj.comparisons:
        for level in comparison.comparison_levels:
            if level.is_null_level:
                continue
            m_raw = level._m_probability
            u_raw = level._u_probability
            u_ok = isinstance(u_raw, float) and 0.0 < u_raw <= 1.0
            m_ok = isinstance(m_raw, float) and 0.0 < m_raw <= 1.0
            if not m_ok:
                level.m_probability = u_raw if isinstance(u_raw, float) and u_ok else 0.5
                if not u_ok:
                    level.u_probability = 0.5
            elif not u_ok:
                level.u_probability = 1e-6


def extract_parameters(linker: Linker) -> ModelParameters:
    """The trained model as ``ModelParameters`` (for storing as the default model)."""
    model = linker.misc.save_model_to_json()
    levels: dict[str, LevelParameters] = {}
    for comparison in model["comparisons"]:
        pairs: list[tuple[float, float]] = []
        for level in comparison["comparison_levels"]:
            if level.get("is_null_level"):
                continue
            m = level.get("m_probability")
            u = level.get("u_probability")
            pairs.append((float(m) if m is not None else 0.5, float(u) if u is not None else 0.5))
        levels[str(comparison["output_column_name"])] = tuple(pairs)
    return ModelParameters(
        prior=float(model["probability_two_random_records_match"]), levels=levels
    )


def level_labels(linker: Linker) -> dict[str, dict[int, str]]:
    """Comparison -> gamma value -> plain-English label, read from the live settings."""
    out: dict[str, dict[int, str]] = {}
    for comparison in linker._settings_obj.comparisons:
        labels: dict[int, str] = {}
        for level in comparison.comparison_levels:
            labels[int(level.comparison_vector_value)] = str(level.label_for_charts)
        out[str(comparison.output_column_name)] = labels
    return out


def comparison_names(linker: Linker) -> Sequence[str]:
    return [str(c.output_column_name) for c in linker._settings_obj.comparisons]
