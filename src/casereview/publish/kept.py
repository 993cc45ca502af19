"""Phrases a checker kept as ordinary words ("Frank concerns were raised").

Where the redactor cannot tell a name that is also a word from the word, it redacts and
lists it (context.py). The checker who reads the list may find the word was ordinary; they
keep the phrase, as written, for the review (`casereview keep-word`). Redaction and the leak
check then leave that word alone wherever the phrase appears, but only where the decision
was uncertain: a phrase never un-redacts a name the redactor is sure of ("Frank said").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["NO_KEPT_PHRASES", "KeptPhrases"]


def _pattern(phrase: str) -> re.Pattern[str]:
    """The words of a phrase as written, any spaces or a line break between them."""
    return re.compile(r"\s+".join(map(re.escape, phrase.split())) + r"(?![^\W_])")


@dataclass(frozen=True)
class KeptPhrases:
    patterns: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def of(cls, phrases: Iterable[str]) -> KeptPhrases:
        return cls(tuple(_pattern(p) for p in phrases if p.split()))

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def covers(self, text: str, start: int) -> bool:
        """A kept phrase starts at `start`."""
        return any(p.match(text, start) for p in self.patterns)


NO_KEPT_PHRASES = KeptPhrases()
