"""Feature command groups of the CLI. Each module defines `register(app)`.

The list below is the registry: a feature adds one line. Modules are imported lazily by
`casereview.cli` so that `casereview --help` stays fast.
"""

from __future__ import annotations

FEATURE_MODULES: tuple[str, ...] = (
    "casereview.commands.linkage",
    "casereview.commands.clock",
    "casereview.commands.findings",
    "casereview.commands.publish",
    "casereview.commands.web",
)
