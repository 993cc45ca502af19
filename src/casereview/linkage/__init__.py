"""Person linkage: the same person across (and within) agencies, explained and reviewable.

Entry point: ``link_records``. Records in (one row per agency person record), scored pairs
in three bands, persons with stable ids, a change log and a plain-English explanation of
every pair out. Reviewers' decisions (accept / reject, manual link / unlink) always win.
"""

from casereview.linkage.bands import (
    BAND_LINKED,
    BAND_NOT_LINKED,
    BAND_POSSIBLE,
    DEFAULT_BANDS,
    Band,
    Bands,
)
from casereview.linkage.decisions import PairDecision, pair_id
from casereview.linkage.engine import LinkageResult, link_records
from casereview.linkage.errors import BackendUnavailableError, LinkageError, LinkageInputError
from casereview.linkage.explain import (
    ModelDescription,
    PairExplanation,
    explain_pair,
    waterfall_html,
    waterfall_png,
)
from casereview.linkage.identifiers import PersonChange, PersonChanges, RecordMove
from casereview.linkage.model import ModelParameters, TrainingPlan
from casereview.linkage.nhs import is_valid_nhs_number, normalise_nhs_number
from casereview.linkage.prepare import REQUIRED_COLUMNS

__all__ = [
    "BAND_LINKED",
    "BAND_NOT_LINKED",
    "BAND_POSSIBLE",
    "DEFAULT_BANDS",
    "REQUIRED_COLUMNS",
    "BackendUnavailableError",
    "Band",
    "Bands",
    "LinkageError",
    "LinkageInputError",
    "LinkageResult",
    "ModelDescription",
    "ModelParameters",
    "PairDecision",
    "PairExplanation",
    "PersonChange",
    "PersonChanges",
    "RecordMove",
    "TrainingPlan",
    "explain_pair",
    "is_valid_nhs_number",
    "link_records",
    "normalise_nhs_number",
    "pair_id",
    "waterfall_html",
    "waterfall_png",
]
