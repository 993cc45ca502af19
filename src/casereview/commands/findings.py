"""`casereview findings`: run the safeguarding indicator rules and export the findings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    app.command("findings")(findings_command)


def findings_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    out: Annotated[Path, typer.Option(help="File to write")],
    fmt: Annotated[str, typer.Option("--format", help="csv, xlsx or html")] = "html",
) -> None:
    """Run the indicator rules over a review's merged chronology and export the findings.

    Each finding names its rule, the evidence events (agency:event_ref), why it fired and the
    guidance it cites; a per-agency summary says what each agency recorded and whether it was
    shared (a second CSV file, or a sheet / section of the XLSX / HTML).

    Example: casereview findings LCSPR-1 --format csv --out findings.csv
    """
    from casereview.cli import console, database
    from casereview.services.findings import export_findings
    from casereview.store.audit import current_actor

    report = export_findings(
        database(ctx), ref=ref, fmt=fmt.lower(), out=out, actor=current_actor()
    )
    from rich.table import Table

    from casereview.services.findings import by_rule

    counts = by_rule(report.findings)
    if counts:
        table = Table(title=f"Findings for {ref}", header_style="bold")
        table.add_column("rule")
        table.add_column("title")
        table.add_column("findings", justify="right")
        for rule in report.rules.rules:
            if rule.id in counts:
                table.add_row(rule.id, rule.title, str(counts[rule.id]))
        console.print(table)
    console.print(f"Wrote {len(report.findings)} finding(s) to {out}.")
