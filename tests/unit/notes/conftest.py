"""Fixtures for the note-analysis tests: the labelled-set scorer lives in bench/notes."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench" / "notes"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))
