"""NHS numbers: ten digits whose last is a Modulus 11 check digit (NHS Data Dictionary)."""

from __future__ import annotations

import re

__all__ = ["is_valid_nhs_number", "normalise_nhs_number"]

_SEPARATORS = re.compile(r"[\s\-]")


def normalise_nhs_number(text: str) -> str:
    """Remove the spaces and hyphens people write (`943 476 5919`)."""
    return _SEPARATORS.sub("", text)


def is_valid_nhs_number(text: str) -> bool:
    """True for ten digits with a correct Modulus 11 check digit.

    Weights 10..2 apply to the first nine digits; check = 11 - (sum mod 11); 11 means 0 and
    10 means the number is invalid.
    """
    digits = normalise_nhs_number(text)
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    if len(set(digits)) == 1:
        # 0000000000 passes the check digit but is a well-known placeholder, not a person.
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])
