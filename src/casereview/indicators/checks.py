"""The built-in checks that indicator rule files name (`check:`).

Each check reads its rule's condition and dated parameters, looks at one child's events in
date order, and returns drafts: the evidence events, the note words that matter and a
sentence saying why. Checks are small and pure; their behaviour is pinned by the scenario
tests in tests/unit/indicators/scenarios/.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

import holidays

from casereview.indicators.engine import Draft, register_check
from casereview.indicators.facts import IndicatorEvent
from casereview.indicators.notes import ConceptMention
from casereview.indicators.rulebook import Rule

__all__ = ["next_school_day"]

CSC = "childrens_social_care"
INJURY_CONCEPTS = ("bruise", "petechiae", "burn", "fracture", "head_injury", "bite", "injury")
MEETINGS = frozenset(
    {"strategy_discussion", "multi_agency_meeting", "child_protection_conference", "section_47"}
)
TEN4FACESP = frozenset(
    {"torso", "ear", "neck", "frenulum", "angle_of_jaw", "cheek", "eyelid", "sclera"}
)


def _age_text(event: IndicatorEvent) -> str:
    return event.child_age.describe() if event.child_age is not None else "of unknown age"


def _words(mentions: Sequence[ConceptMention]) -> str:
    seen: list[str] = []
    for mention in mentions:
        if mention.text.lower() not in seen:
            seen.append(mention.text.lower())
    return ", ".join(f'"{text}"' for text in seen)


def _child(event: IndicatorEvent, concepts: Sequence[str]) -> list[ConceptMention]:
    return [m for concept in concepts for m in event.child_mentions(concept)]


def _concern(event: IndicatorEvent, concepts: Sequence[str]) -> list[ConceptMention]:
    found: list[ConceptMention] = []
    for concept in concepts:
        if concept in ("domestic_abuse", "substance_misuse", "mental_ill_health"):
            found.extend(m for m in event.concern_mentions(concept) if m.experiencer != "other")
        else:
            found.extend(event.child_mentions(concept))
    return found


def _shared_with(event: IndicatorEvent, kinds: Sequence[str]) -> bool:
    written = " ".join(event.shared_with).lower().replace("'", "")
    synonyms = {
        CSC: ("childrens_social_care", "social care", "childrens services", "csc", "mash"),
        "school": ("school", "education"),
        "nursery": ("nursery", "early years"),
        "health_visiting": ("health_visiting", "health visit", "hv", "0-19"),
        "gp": ("gp", "general practice"),
    }
    return any(word in written for kind in kinds for word in synonyms.get(kind, (kind,)))


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    """Bank holidays in England in `year` and the next (for deadlines across new year)."""
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=[year, year + 1]))


def next_school_day(day: date, school_days: int = 1) -> date:
    """The date `school_days` school days after `day`: weekdays that are not bank holidays
    in England (school holidays differ by school and are not known here)."""
    closed = _bank_holidays(day.year)
    current, left = day, school_days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in closed:
            left -= 1
    return current


def _clusters(
    events: Sequence[IndicatorEvent], window_days: int, minimum: int
) -> list[list[IndicatorEvent]]:
    """Greedy runs of at least `minimum` events with all within `window_days` of the first."""
    runs: list[list[IndicatorEvent]] = []
    index = 0
    while index < len(events):
        first = events[index]
        run = [e for e in events[index:] if (e.day - first.day).days <= window_days]
        if len(run) >= minimum:
            runs.append(run)
            index += len(run)
        else:
            index += 1
    return runs


@register_check("injury_in_non_mobile_child")
def injury_in_non_mobile_child(rule: Rule, events: Sequence[IndicatorEvent]) -> list[Draft]:
    concepts = tuple(rule.condition.get("concepts", ("bruise", "petechiae")))
    drafts = []
    for event in events:
        injuries = _child(event, concepts)
        if not injuries:
            continue
        mobility = [m for m in event.child_mentions("mobility")]
        not_mobile = [m for m in mobility if m.value == "not_mobile"]
        mobile = [m for m in mobility if m.value in ("crawling", "cruising", "walking", "mobile")]
        limit = int(rule.parameter("non_mobile_age_months", event.day))
        months = event.months_old()
        young = months is not None and months < limit and not mobile
        if not (not_mobile or young):
            continue
        reason = (
            "recorded as not independently mobile"
            if not_mobile
            else f"under {limit} months old, so not expected to be independently mobile"
        )
        drafts.append(
            Draft(
                (event,),
                f"{event.agency} recorded {_words(injuries)} on {event.date_text} when the child "
                f"was {_age_text(event)} and {reason}.",
                tuple((event, m) for m in injuries + not_mobile),
            )
        )
    return drafts


@register_check("ten4facesp_bruising")
def ten4facesp_bruising(rule: Rule, events: Sequence[IndicatorEvent]) -> list[Draft]:
    drafts = []
    for event in events:
        bruises = event.child_mentions("bruise")
        months, days = event.months_old(), event.days_old()
        if not bruises or months is None or days is None:
            continue
        if months >= int(rule.parameter("max_age_months", event.day)):
            continue
        reasons: list[str] = []
        listed = frozenset(rule.parameter("regions", event.day) or TEN4FACESP)
        regions = sorted({r for m in bruises for r in m.regions()} & listed)
        if regions:
            reasons.append("on " + ", ".join(r.replace("_", " ") for r in regions))
        if any(m.is_a("patterned_bruise") for m in bruises):
            reasons.append("patterned")
        under_days = int(rule.parameter("any_bruise_under_days", event.day))
        if days < under_days:
            reasons.append(f"in a baby under {under_days} days old")
        if not reasons:
            continue
        drafts.append(
            Draft(
                (event,),
                f"{event.agency} recorded {_words(bruises)} on {event.date_text} when the child "
                f"was {_age_text(event)}: bruising {' and '.join(reasons)} meets the "
                "TEN-4-FACESp bruising rule.",
                tuple((event, m) for m in bruises),
            )
        )
    return drafts


@register_check("injury_explanation")
def injury_explanation(rule: Rule, events: Sequence[IndicatorEvent]) -> list[Draft]:
    concepts = tuple(rule.condition.get("injury_concepts", INJURY_CONCEPTS))
    labels = {
        "explanation_absent": "no explanation",
        "explanation_inconsistent": "an explanation inconsistent with the injury",
        "explanation_changing": "a changing explanation",
    }
    drafts = []
    for event in events:
        injuries = _child(event, concepts)
        explanations = [m for c in labels for m in event.child_mentions(c)]
        if not injuries or not explanations:
            continue
        kinds = sorted({labels[m.concept] for m in explanations})
        drafts.append(
            Draft(
                (event,),
                f"{event.agency} recorded {_words(injuries)} on {event.date_text} with "
                f"{' and '.join(kinds)} ({_words(explanations)}).",
                tuple((event, m) for m in injuries + explanations),
            )
        )
    return drafts


@register_check("fracture_or_head_injury_young_child")
def fracture_or_head_injury_young_child(
    rule: Rule, events: Sequence[IndicatorEvent]
) -> list[Draft]:
    causes = tuple(str(word).lower() for word in rule.condition.get("known_cause_words", ()))
    drafts = []
    for event in events:
        injuries = _child(event, ("fracture", "head_injury"))
        months = event.months_old()
        if not injuries or months is None:
            continue
        if months >= int(rule.parameter("max_age_months", event.day)):
            continue
        explanation_problem = [
            m
            for c in ("explanation_absent", "explanation_inconsistent", "explanation_changing")
            for m in event.child_mentions(c)
        ]
        text = f"{event.description} {event.action_outcome}".lower()
        cause = next((word for word in causes if word in text), None)
        if cause is not None and not explanation_problem:
            continue
        status = (
            f"with {_words(explanation_problem)}"
            if explanation_problem
            else "with no cause recorded in the note"
        )
        drafts.append(
            Draft(
                (event,),
                f"{event.agency} recorded {_words(injuries)} on {event.date_text} when the child "
                f"was {_age_text(event)}, {status}.",
                tuple((event, m) for m in injuries + explanation_problem),
            )
        )
    return drafts


def _plan_periods(events: Sequence[IndicatorEvent]) -> list[tuple[date, date | None]]:
    periods: list[tuple[date, date | None]] = []
    start: date | None = None
    for event in events:
        if event.category == "child_protection_plan_start" and start is None:
            start = event.day
        elif event.category == "child_protection_plan_end" and start is not None:
            periods.append((start, event.day))
            start = None
    if start is not None:
        periods.append((start, None))
    return periods


def _dependent(rule: Rule, event: IndicatorEvent) -> bool:
    months = event.months_old()
    return months is None or months < int(rule.parameter("dependent_under_months", event.day))


@register_check("repeated_was_not_brought")
def repeated_was_not_brought(rule: Rule, events: Sequence[IndicatorEvent]) -> list[Draft]:
    missed = [
        e
        for e in events
        if e.involves_child
        and (e.category == "was_not_brought" or e.child_mentions("missed_appointment"))
        and _dependent(rule, e)
    ]
    drafts: list[Draft] = []
    used: set[int] = set()
    if missed:
        window = int(rule.parameter("window_days", missed[0].day))
        minimum = int(rule.parameter("min_count", missed[0].day))
        for run in _clusters(missed, window, minimum):
            used.update(e.event_id for e in run)
            drafts.append(
                Draft(
                    tuple(run),
                    f"The child was not brought {len(run)} times between {run[0].date_text} and "
                    f"{run[-1].date_text} (within {window} days): "
                    + "; ".join(f"{e.agency} on {e.date_text}" for e in run)
                    + ".",
                    tuple((e, m) for e in run for m in e.child_mentions("missed_appointment")),
                )
            )
    for start, end in _plan_periods(events):
        for event in missed:
            if event.event_id in used or event.day < start or (end is not None and event.day > end):
                continue
            drafts.append(
                Draft(
                    (event,),
                    f"The child was not brought to {event.agency} on {event.date_text} while on "
                    f"a child protection plan (from {start.isoformat()}).",
                    tuple((event, m) for m in event.child_mentions("missed_appointment")),
                )
            )
    return drafts


@register_check("concern_without_referral")
def concern_without_referral(rule: Rule, events: Sequence[IndicatorEvent]) -> list[Draft]:
    concepts = tuple(rule.condition.get("concepts", INJURY_CONCEPTS))
    drafts = []
    for index, event in enumerate(events):
        if event.agency_type == CSC:
            continue
        concerns = _concern(event, concepts)
        if not concerns or _shared_with(event, (CSC,)):
            continue
        days = int(rule.parameter("within_days", event.day))
        deadline = event.day + timedelta(days=days)
        followed = (
            any(
                later.day <= deadline
                and (
                    later.agency_type == CSC
                    or later.category in ("referral", "strategy_discussion", "section_47")
                    or _shared_with(later, (CSC,))
                )
                for later in events[index + 1 :]
            )
            or event.category == "referral"
        )
        if followed:
            continue
        drafts.append(
            Draft(
                (event,),
                f"{event.agency} recorded {_words(concerns)} on {event.date_text}; no referral "
                f"to children's social care and no information shared with it within {days} "
                "days is recorded.",
                tuple((event, m) for m in concerns),
            )
        )
    return drafts


def _notified(
    event: IndicatorEvent,
    later_events: Sequence[IndicatorEvent],
    kinds: tuple[str, ...],
    deadline: date,
) -> bool:
    """Was the event shared with an agency of `kinds`, or did one record it, by `deadline`?"""
    if _shared_with(event, kinds):
        return True
    return any(
        later.day <= deadline
        and later.agency_type in kinds
        and (later.category == "information_shared" or later.concern_mentions("domestic_abuse"))
        for later in later_events
    )


@register_check("domestic_abuse_notification")
def domestic_abuse_notification(rule: Rule, events: Sequence[IndicatorEvent]) -> list[Draft]:
    education = ("school", "nursery")
    health = ("health_visiting", "gp")
    drafts = []
    for index, event in enumerate(events):
        if event.agency_type != "police":
            continue
        abuse = event.concern_mentions("domestic_abuse")
        if not abuse:
            continue
        school_days = int(rule.parameter("notify_within_school_days", event.day))
        deadline = next_school_day(event.day, school_days)

        later_events = events[index + 1 :]
        if _notified(event, later_events, education, deadline) or _notified(
            event, later_events, health, deadline
        ):
            continue
        drafts.append(
            Draft(
                (event,),
                f"Police recorded domestic abuse ({_words(abuse)}) on {event.date_text} with the "
                f"child in the household; no notification to the school or nursery by the next "
                f"school day ({deadline.isoformat()}) or to health is recorded.",
                tuple((event, m) for m in abuse),
            )
        )
    return drafts


@register_check("multi_agency_concern_without_meeting")
def multi_agency_concern_without_meeting(
    rule: Rule, events: Sequence[IndicatorEvent]
) -> list[Draft]:
    groups: dict[str, list[str]] = {
        str(name): [str(c) for c in concepts]
        for name, concepts in rule.condition.get("concern_groups", {}).items()
    }
    drafts = []
    for group, concepts in groups.items():
        hits = [(e, _concern(e, concepts)) for e in events]
        hits = [(e, ms) for e, ms in hits if ms]
        if not hits:
            continue
        window = int(rule.parameter("window_days", hits[0][0].day))
        meeting_days = int(rule.parameter("meeting_within_days", hits[0][0].day))
        index = 0
        while index < len(hits):
            first = hits[index][0]
            run = [(e, ms) for e, ms in hits[index:] if (e.day - first.day).days <= window]
            agencies = sorted({e.agency for e, _ in run})
            if len(agencies) < 2:
                index += 1
                continue
            last = run[-1][0].day
            met = any(
                e.category in MEETINGS and first.day <= e.day <= last + timedelta(days=meeting_days)
                for e in events
            )
            if not met:
                drafts.append(
                    Draft(
                        tuple(e for e, _ in run),
                        f"{len(agencies)} agencies ({', '.join(agencies)}) recorded {group} "
                        f"concerns between {first.date_text} and {run[-1][0].date_text}; no "
                        f"strategy discussion or multi-agency meeting followed within "
                        f"{meeting_days} days.",
                        tuple((e, m) for e, ms in run for m in ms),
                    )
                )
            index += len(run)
    return drafts


@register_check("concern_after_return_home")
def concern_after_return_home(rule: Rule, events: Sequence[IndicatorEvent]) -> list[Draft]:
    concepts = tuple(rule.condition.get("concepts", (*INJURY_CONCEPTS, "neglect")))
    drafts = []
    for index, home in enumerate(events):
        if home.category != "placement_end" or not home.involves_child:
            continue
        days = int(rule.parameter("within_days", home.day))
        for later in events[index + 1 :]:
            if (later.day - home.day).days > days:
                break
            concerns = _concern(later, concepts)
            if concerns:
                drafts.append(
                    Draft(
                        (home, later),
                        f"{later.agency} recorded {_words(concerns)} on {later.date_text}, "
                        f"{(later.day - home.day).days} days after the child returned home from "
                        f"care ({home.agency}, {home.date_text}).",
                        tuple((later, m) for m in concerns),
                    )
                )
    return drafts


@register_check("repeated_nfa")
def repeated_nfa(rule: Rule, events: Sequence[IndicatorEvent]) -> list[Draft]:
    closed = [
        e
        for e in events
        if e.agency_type == CSC
        and (e.category == "case_closure" or e.affirmed_mentions("no_further_action"))
    ]
    if not closed:
        return []
    window = int(rule.parameter("window_days", closed[0].day))
    minimum = int(rule.parameter("min_count", closed[0].day))
    return [
        Draft(
            tuple(run),
            f"Children's social care closed {len(run)} contacts or referrals with no further "
            f"action between {run[0].date_text} and {run[-1].date_text} (within {window} "
            "days): the family may be 'starting again' each time.",
            tuple((e, m) for e in run for m in e.affirmed_mentions("no_further_action")),
        )
        for run in _clusters(closed, window, minimum)
    ]
