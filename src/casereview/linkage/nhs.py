"""NHS numbers as linkage evidence: only checksum-valid numbers count.

Agencies often record typos or placeholders (``0000000000``, ``1234567890``): comparing an
invalid number would give false evidence, so the engine compares only numbers that pass the
Modulus 11 check of `casereview.model.nhs` (the one implementation of the rule).
"""

from __future__ import annotations

from casereview.model.nhs import is_valid_nhs_number
from casereview.model.nhs import normalise_nhs_number as _strip_separators

__all__ = ["is_valid_nhs_number", "normalise_nhs_number"]


def normalise_nhs_number(value: object) -> str | None:
    """The ten digits of a checksum-valid NHS number, else None.

    Spaces and hyphens (``943 476 5919``) are tolerated because agencies write them;
    anything else that is not a valid number is treated as missing, never as evidence.
    """
    if value is None or not isinstance(value, str | int):
        return None
    text = _strip_separators(str(value))
    return text if is_valid_nhs_number(text) else None
