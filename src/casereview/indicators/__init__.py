"""Safeguarding indicators: cited, dated rules over a child's merged chronology, and what the
notes say (`casereview.indicators.notes`).

Decision support, not verdicts: a finding names its rule, evidence events, the words in the
notes that triggered it, a sentence saying why and the guidance it cites. No scores.
"""

from casereview.indicators.engine import (
    CHECKS,
    Evidence,
    Finding,
    TriggerWords,
    register_check,
    run_rules,
)
from casereview.indicators.facts import IndicatorEvent, indicator_events
from casereview.indicators.rulebook import DatedValue, Guidance, Rule, RuleSet, load_rules

__all__ = [
    "CHECKS",
    "DatedValue",
    "Evidence",
    "Finding",
    "Guidance",
    "IndicatorEvent",
    "Rule",
    "RuleSet",
    "TriggerWords",
    "indicator_events",
    "load_rules",
    "register_check",
    "run_rules",
]
