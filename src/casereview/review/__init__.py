"""Running the review itself: lifecycle, statutory clock, proceedings, correspondence, actions.

Pure domain logic (no I/O except reading the packaged timescales file). The store, services and
CLI call these functions; nothing here imports them.
"""

from casereview.review.actions import (
    Action,
    ActionStatus,
    Finding,
    Recommendation,
    overdue_actions,
    parse_action_status,
)
from casereview.review.clock import (
    STEPS,
    ClockPolicy,
    Deadline,
    DeadlineStatus,
    ReviewFacts,
    ReviewStatus,
    add_months,
    compute_deadlines,
    next_deadline,
    review_status,
)
from casereview.review.correspondence import (
    Correspondence,
    CorrespondentRole,
    PromiseStatus,
    parse_correspondent_role,
    promise_report,
)
from casereview.review.errors import (
    InvalidHistoryError,
    InvalidTransitionError,
    ReviewError,
    ReviewInputError,
    TimescaleFileError,
)
from casereview.review.proceedings import (
    Proceeding,
    ProceedingKind,
    active_holds,
    parse_proceeding_kind,
)
from casereview.review.stages import (
    TRANSITIONS,
    ReviewType,
    Stage,
    StageChange,
    allowed_next,
    check_review_type_period,
    check_transition,
    current_stage,
    parse_review_type,
    parse_stage,
    validate_history,
)
from casereview.review.timescales import (
    CountsFrom,
    Timescales,
    TimescaleValue,
    default_timescales,
    load_timescales,
)
from casereview.review.working_days import (
    Area,
    add_working_days,
    is_working_day,
    parse_area,
    working_days_between,
)

__all__ = [
    "STEPS",
    "TRANSITIONS",
    "Action",
    "ActionStatus",
    "Area",
    "ClockPolicy",
    "Correspondence",
    "CorrespondentRole",
    "CountsFrom",
    "Deadline",
    "DeadlineStatus",
    "Finding",
    "InvalidHistoryError",
    "InvalidTransitionError",
    "Proceeding",
    "ProceedingKind",
    "PromiseStatus",
    "Recommendation",
    "ReviewError",
    "ReviewFacts",
    "ReviewInputError",
    "ReviewStatus",
    "ReviewType",
    "Stage",
    "StageChange",
    "TimescaleFileError",
    "TimescaleValue",
    "Timescales",
    "active_holds",
    "add_months",
    "add_working_days",
    "allowed_next",
    "check_review_type_period",
    "check_transition",
    "compute_deadlines",
    "current_stage",
    "default_timescales",
    "is_working_day",
    "load_timescales",
    "next_deadline",
    "overdue_actions",
    "parse_action_status",
    "parse_area",
    "parse_correspondent_role",
    "parse_proceeding_kind",
    "parse_review_type",
    "parse_stage",
    "promise_report",
    "review_status",
    "validate_history",
    "working_days_between",
]
