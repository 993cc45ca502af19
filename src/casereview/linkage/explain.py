"""Why two records were judged the same person, for readers who do not know Splink.

The model starts from the prior (how likely two records picked at random are the same
person) and adds, for each comparison, a match weight: positive when the observed agreement
is more typical of the same person, negative when more typical of two different people.
The total weight gives the probability. ``explain_pair`` turns one scored pair into those
steps with plain-English labels; ``waterfall_png`` and ``waterfall_html`` draw them.
All three are pure: they read only the pair row and the model description.
"""

from __future__ import annotations

import base64
import html
import io
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "EvidenceStep",
    "ModelDescription",
    "PairExplanation",
    "explain_pair",
    "waterfall_html",
    "waterfall_png",
]


@dataclass(frozen=True)
class ModelDescription:
    """What the explanation needs to know about the model."""

    prior: float
    comparisons: tuple[str, ...]
    titles: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, Mapping[int, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class EvidenceStep:
    """One comparison's contribution: what was seen and how much it weighs."""

    comparison: str
    title: str
    label: str
    weight: float

    @property
    def bayes_factor(self) -> float:
        """How many times more likely this observation is for the same person."""
        return float(2.0**self.weight)


@dataclass(frozen=True)
class PairExplanation:
    """The prior, each step, the total weight and the probability of one pair."""

    pair_id: str
    record_id_l: str
    record_id_r: str
    prior_weight: float
    steps: tuple[EvidenceStep, ...]
    total_weight: float
    probability: float
    contradiction: bool = False

    def sentences(self) -> list[str]:
        """One plain-English line per step, strongest evidence first."""
        lines = [
            f"Start: two records picked at random are rarely the same person "
            f"(weight {self.prior_weight:+.1f})."
        ]
        for step in sorted(self.steps, key=lambda s: -abs(s.weight)):
            if abs(step.weight) < 0.05:
                verdict = "neither for nor against"
            elif step.weight > 0:
                verdict = f"{step.bayes_factor:,.1f} times more likely if the same person"
            else:
                verdict = f"{1 / step.bayes_factor:,.1f} times more likely if different people"
            lines.append(f"{step.title}: {step.label} ({step.weight:+.1f}; {verdict}).")
        lines.append(
            f"Total weight {self.total_weight:+.1f}: probability "
            f"{self.probability:.1%} that these records are the same person."
        )
        if self.contradiction:
            lines.append(
                "Caution: one piece of evidence contradicts 'same person' (different given "
                "names, different dates of birth, or different NHS numbers). Family "
                "members share name, address and date of birth, which can make the total look "
                "certain, so this pair is never linked automatically: a reviewer decides."
            )
        return lines


def _weight_of(prior: float) -> float:
    if not 0.0 < prior < 1.0:
        return 0.0
    return math.log2(prior / (1.0 - prior))


def explain_pair(pair: Mapping[str, Any], model: ModelDescription) -> PairExplanation:
    """The explanation of one row of ``LinkageResult.pairs``."""
    steps = []
    for name in model.comparisons:
        gamma = pair.get(f"gamma_{name}")
        weight = pair.get(f"mw_{name}")
        if gamma is None or weight is None or (isinstance(weight, float) and math.isnan(weight)):
            continue
        label = model.labels.get(name, {}).get(int(gamma), f"level {int(gamma)}")
        steps.append(EvidenceStep(name, model.titles.get(name, name), label, float(weight)))
    prior_weight = _weight_of(model.prior)
    total = pair.get("match_weight")
    total_weight = (
        float(total)
        if total is not None and not (isinstance(total, float) and math.isnan(total))
        else prior_weight + sum(s.weight for s in steps)
    )
    probability = 2.0**total_weight / (1.0 + 2.0**total_weight) if total_weight < 1000 else 1.0
    return PairExplanation(
        pair_id=str(pair.get("pair_id", "")),
        record_id_l=str(pair.get("record_id_l", "")),
        record_id_r=str(pair.get("record_id_r", "")),
        prior_weight=prior_weight,
        steps=tuple(steps),
        total_weight=total_weight,
        probability=probability,
        contradiction=bool(pair.get("contradiction", False)),
    )


def _bars(explanation: PairExplanation) -> list[tuple[str, float, float]]:
    """(label, start, end) of each bar: prior, steps, then the total from zero."""
    bars = [("Prior (before any evidence)", 0.0, explanation.prior_weight)]
    running = explanation.prior_weight
    for step in explanation.steps:
        bars.append((f"{step.title}: {step.label}", running, running + step.weight))
        running += step.weight
    bars.append(("Total", 0.0, explanation.total_weight))
    return bars


def waterfall_png(explanation: PairExplanation) -> bytes:
    """A waterfall chart of the evidence as PNG bytes (matplotlib, no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    bars = _bars(explanation)
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(bars) + 1.4))
    try:
        for i, (_label, lo, hi) in enumerate(bars):
            is_total = i in (0, len(bars) - 1)
            colour = "#505a5f" if is_total else ("#00703c" if hi >= lo else "#d4351c")
            ax.barh(i, hi - lo, left=lo, color=colour)
            ax.text(max(lo, hi) + 0.2, i, f"{hi - lo:+.1f}", va="center", fontsize=8)
        ax.set_yticks(range(len(bars)), [b[0] for b in bars], fontsize=8)
        ax.invert_yaxis()
        ax.axvline(0, color="black", linewidth=0.8)
        ax.set_xlabel("match weight (log2 of how much more likely the same person)")
        caution = (
            " (contradiction: never linked automatically)" if explanation.contradiction else ""
        )
        ax.set_title(
            f"Pair {explanation.pair_id}: probability {explanation.probability:.1%}{caution}",
            fontsize=10,
        )
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=100)
    finally:
        plt.close(fig)
    return buffer.getvalue()


def waterfall_html(explanation: PairExplanation) -> str:
    """A self-contained HTML fragment (inline CSS bars and a table; no scripts, no CDN)."""
    bars = _bars(explanation)
    extent = max(1.0, *(max(abs(lo), abs(hi)) for _l, lo, hi in bars))
    scale = 45.0 / extent  # percent of width per unit of weight, zero at 50%
    rows = []
    for i, (label, lo, hi) in enumerate(bars):
        is_total = i in (0, len(bars) - 1)
        colour = "#505a5f" if is_total else ("#00703c" if hi >= lo else "#d4351c")
        left = 50.0 + min(lo, hi) * scale
        width = max(abs(hi - lo) * scale, 0.3)
        rows.append(
            "<tr>"
            f"<th scope='row'>{html.escape(label)}</th>"
            f"<td class='num'>{hi - lo:+.2f}</td>"
            "<td class='bar'><div class='track'>"
            f"<div style='position:absolute;left:{left:.2f}%;width:{width:.2f}%;"
            f"height:100%;background:{colour}'></div></div></td>"
            "</tr>"
        )
    sentences = "".join(f"<li>{html.escape(s)}</li>" for s in explanation.sentences())
    return (
        "<section class='waterfall'>"
        "<style>.waterfall table{border-collapse:collapse;font-family:sans-serif;font-size:14px}"
        ".waterfall th{text-align:left;font-weight:normal;padding:2px 8px}"
        ".waterfall .num{text-align:right;padding:2px 8px}"
        ".waterfall .bar{width:320px}"
        ".waterfall .track{position:relative;height:14px;background:#f3f2f1}</style>"
        f"<h3>Pair {html.escape(explanation.pair_id)}: probability "
        f"{explanation.probability:.1%} (total weight {explanation.total_weight:+.2f})</h3>"
        "<table><thead><tr><th>evidence</th><th>weight</th><th>chart</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        f"<ul>{sentences}</ul>"
        "</section>"
    )


def waterfall_png_data_uri(explanation: PairExplanation) -> str:
    """The PNG chart as a data URI, to embed in HTML without a separate file."""
    return "data:image/png;base64," + base64.b64encode(waterfall_png(explanation)).decode()
