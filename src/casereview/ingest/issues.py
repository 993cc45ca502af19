"""Validation problems of a return, each located precisely and free of personal values."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Issue", "IssueLog", "Severity"]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One problem: where it is (file, sheet, row, column) and what was expected.

    `message` never contains the cell's value: it may be a name or a date of birth.
    """

    severity: Severity
    code: str
    message: str
    file: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def location(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.severity}: {self.location()}: {self.message}"


@dataclass
class IssueLog:
    """Collects every issue of a return; keeps the first `keep` but counts them all."""

    keep: int = 5000
    issues: list[Issue] = field(default_factory=list)
    counts: Counter[Severity] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)

    def add(self, issue: Issue) -> None:
        self.counts[issue.severity] += 1
        self.codes[issue.code] += 1
        if len(self.issues) < self.keep:
            self.issues.append(issue)

    @property
    def error_count(self) -> int:
        return self.counts[Severity.ERROR]

    @property
    def warning_count(self) -> int:
        return self.counts[Severity.WARNING]

    @property
    def has_errors(self) -> bool:
        return self.error_count > 0

    @property
    def truncated(self) -> bool:
        return sum(self.counts.values()) > len(self.issues)
