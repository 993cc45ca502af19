"""Steps that features add to the demonstration after the returns are imported.

Each step is `step(db, out, console) -> list[(label, path)]`; a feature adds one entry to
`DEMO_STEPS` (as "module:function" so imports stay lazy). Steps run in this order.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from rich.console import Console

from casereview.store.database import Database

__all__ = ["DEMO_STEPS", "DemoStep", "load_steps"]

DemoStep = Callable[[Database, Path, Console], list[tuple[str, Path]]]

DEMO_STEPS: tuple[str, ...] = (
    "casereview.services.linkage:demo_linkage",
    "casereview.services.clock_demo:demo_clock",
    "casereview.services.findings:demo_findings",
    "casereview.services.publish:demo_publish",
    "casereview.services.accounts:demo_web_users",
)


def load_steps() -> list[DemoStep]:
    steps = []
    for spec in DEMO_STEPS:
        module, name = spec.split(":")
        steps.append(getattr(import_module(module), name))
    return steps
