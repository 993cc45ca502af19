"""NHS number validation (Modulus 11).

An NHS number is ten digits; the tenth is a check digit computed from the first nine with
weights 10..2, ``11 - (sum mod 11)``, where 11 becomes 0 and 10 means the number is invalid.
Agencies often record typos or placeholders (``0000000000``, ``1234567890``): comparing an
invalid number would give false evidence, so the engine compares only numbers that pass.
"""

from __future__ import annotations

import re

__all__ = ["is_valid_nhs_number", "normalise_nhs_number"]

_SEPARATORS = re.compile(r"[\s-]")
_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)


def _check_digit(first_nine: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(first_nine, _WEIGHTS, strict=True))
    check = 11 - (total % 11)
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def is_valid_nhs_number(value: str) -> bool:
    """True when ``value`` is exactly ten digits whose last digit is the Modulus 11 check."""
    if len(value) != 10 or not value.isascii() or not value.isdigit():
        return False
    if len(set(value)) == 1:
        # 0000000000 passes the checksum but is a well-known placeholder, not a person.
        return False
    return _check_digit(value[:9]) == int(value[9])


def normalise_nhs_number(value: object) -> str | None:
    """The ten digits of a checksum-valid NHS number, else None.

    Spaces and hyphens (``943 476 5919``) are tolerated because agencies write them;
    anything else that is not a valid number is treated as missing, never as evidence.
    """
    if value is None or not isinstance(value, str | int):
        return None
    text = _SEPARATORS.sub("", str(value))
    return text if is_valid_nhs_number(text) else None
