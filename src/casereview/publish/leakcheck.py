"""The leak check: prove that an output names nobody of the review.

`scan(paths, identities)` reads every file the way a reader would (extract.py) and looks for
every known identifier in every form, with the same finder as redaction, in loose mode
(odd spacing, letter spacing, words split across lines). The finder reads words; its
run-in reading (run_in.py) knows none, and finds a distinctive name or a postcode whatever
it is run into ("Okaforfamily", "Ka|yleigh"), so a shape nobody taught the word reader is
still caught. A `Leak` says file, location,
identifier kind and the identifier's opaque key ("Child A family name"), never the value,
so `str(report)` is safe to log. A name that is also an ordinary word, kept where the
context could not tell, is reported as a possible leak for a person to check; it does not
fail the check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from casereview.publish.extract import TextChunk, extract_text, line_of
from casereview.publish.finder import find_identifiers
from casereview.publish.hits import Hit
from casereview.publish.identity import IdentityList
from casereview.publish.kept import NO_KEPT_PHRASES, KeptPhrases

__all__ = ["Leak", "LeakReport", "scan", "scan_text"]


@dataclass(frozen=True)
class Leak:
    """Where an identifier was found. Carries no personal value."""

    file: str
    location: str
    kind: str
    key: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.location}" if self.location else self.file
        return f"{where}: {self.key}"


@dataclass(frozen=True)
class LeakReport:
    """Every leak found in the files scanned. Non-zero `exit_code` when any leak."""

    files: tuple[str, ...]
    leaks: tuple[Leak, ...]
    possible: tuple[Leak, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.leaks

    @property
    def exit_code(self) -> int:
        return 0 if self.clean else 1

    def __str__(self) -> str:
        head = (
            f"Leak check: {len(self.files)} file(s), no identifier found."
            if self.clean
            else f"Leak check FAILED: {len(self.leaks)} identifier(s) found in "
            f"{len({leak.file for leak in self.leaks})} of {len(self.files)} file(s)."
        )
        lines = [head]
        lines += [f"  LEAK {leak}" for leak in self.leaks]
        lines += [
            f"  CHECK {leak} (a name that is also an ordinary word)" for leak in self.possible
        ]
        return "\n".join(lines)


def _safe(text: str, identities: IdentityList) -> str:
    """A file name or location with any identifier in it blanked out."""
    hits = find_identifiers(text, identities, loose=True)
    for hit in reversed(hits):
        text = text[: hit.start] + "[…]" + text[hit.end :]
    return text


class _Finder:
    """The finder for one scan, remembering what it found in each text it has read. A
    published report repeats its chronology (the DOCX and HTML tables, the XLSX) and a
    chronology repeats its dates and agencies, so most cells are texts already read; the
    hits of a text depend only on the text, the identities and the kept phrases."""

    _LONGEST_REMEMBERED = 4_000  # a cell or a paragraph; a page of text seldom repeats

    def __init__(self, identities: IdentityList, kept: KeptPhrases) -> None:
        self._identities = identities
        self._kept = kept
        self._seen: dict[str, list[Hit]] = {}

    def __call__(self, text: str) -> list[Hit]:
        hits = self._seen.get(text)
        if hits is None:
            hits = find_identifiers(text, self._identities, loose=True, kept=self._kept)
            if len(text) <= self._LONGEST_REMEMBERED:
                self._seen[text] = hits
        return hits


def _leaks_in(
    text: str, finder: _Finder, file: str, location: str
) -> tuple[list[Leak], list[Leak]]:
    leaks: list[Leak] = []
    possible: list[Leak] = []
    multi_line = "\n" in text
    for hit in finder(text):
        where = location
        if multi_line:
            line = f"line {line_of(text, hit.start)}"
            where = f"{location} {line}".strip()
        leak = Leak(file, where, hit.identifier.kind, hit.identifier.key)
        (leaks if hit.certain else possible).append(leak)
    return leaks, possible


def scan_text(
    text: str,
    identities: IdentityList,
    *,
    file: str = "<text>",
    location: str = "",
    kept: KeptPhrases = NO_KEPT_PHRASES,
) -> tuple[list[Leak], list[Leak]]:
    """Leaks and possible leaks in one text (locations gain a line number when multi-line)."""
    return _leaks_in(text, _Finder(identities, kept), file, location)


def _scan_chunks(
    chunks: Iterable[TextChunk], identities: IdentityList, file: str, finder: _Finder
) -> tuple[list[Leak], list[Leak]]:
    leaks: list[Leak] = []
    possible: list[Leak] = []
    safe_sheets: dict[str, str] = {}
    for chunk in chunks:
        location = chunk.location
        if "!" in location:  # "Sheet title!D12": the sheet title is the author's text
            sheet, cell = location.rsplit("!", 1)
            if sheet not in safe_sheets:
                safe_sheets[sheet] = _safe(sheet, identities)
            location = f"{safe_sheets[sheet]}!{cell}"
        found, maybe = _leaks_in(chunk.text, finder, file, location)
        leaks += found
        possible += maybe
    return leaks, possible


def scan(
    paths: Iterable[Path | str],
    identities: IdentityList,
    kept: KeptPhrases = NO_KEPT_PHRASES,
) -> LeakReport:
    """Scan files (docx, pdf, html, xlsx, csv, txt, md) for every identifier of the review.

    `kept`: phrases a checker kept as ordinary words (kept.py), as redaction honoured them."""
    files: list[str] = []
    leaks: list[Leak] = []
    possible: list[Leak] = []
    finder = _Finder(identities, kept)
    for raw in paths:
        path = Path(raw)
        shown = _safe(str(path), identities)
        files.append(shown)
        for hit in find_identifiers(path.name, identities, loose=True):
            (leaks if hit.certain else possible).append(
                Leak(shown, "file name", hit.identifier.kind, hit.identifier.key)
            )
        found, maybe = _scan_chunks(extract_text(path), identities, shown, finder)
        leaks += found
        possible += maybe
    return LeakReport(tuple(files), tuple(leaks), tuple(possible))
