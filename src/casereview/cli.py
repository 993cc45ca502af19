"""The casereview command line. Thin: parse, call a service, print.

Errors raised by the services (`CaseReviewError`) are reported in one place, without a
traceback and without personal values, and mapped to exit codes: 2 for input that needs
correcting (including a return that failed validation), 3 for something not found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.core import TyperGroup

from casereview.chronology.entries import ChronologyFilter
from casereview.errors import CaseReviewError, InvalidInput, ValidationFailed
from casereview.ingest.issues import Issue
from casereview.model.dates import DateError, parse_chrono_date
from casereview.model.vocab import CATEGORIES
from casereview.store.audit import current_actor
from casereview.store.database import Database, open_database

__all__ = ["app", "console", "database", "date_option", "errors", "main", "print_issues"]

console = Console()
errors = Console(stderr=True)


class _ReportingGroup(TyperGroup):
    """Turns every CaseReviewError into a clear message and its exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ValidationFailed as failure:
            print_issues([i for i in failure.issues if isinstance(i, Issue)])
            errors.print(f"[bold red]{failure.message}[/]")
            raise typer.Exit(failure.exit_code) from None
        except CaseReviewError as error:
            errors.print(f"[bold red]{error.title}:[/] {error.message}")
            raise typer.Exit(error.exit_code) from None


app = typer.Typer(
    cls=_ReportingGroup,
    no_args_is_help=True,
    rich_markup_mode="rich",
    help="casereview: multi-agency child safeguarding reviews.\n\n"
    "Import each agency's return, merge one chronology, and export it.\n\n"
    "Example: casereview demo",
)
review_app = typer.Typer(cls=_ReportingGroup, no_args_is_help=True, help="Create and list reviews.")
app.add_typer(review_app, name="review")


@app.callback()
def _root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="URL",
            help="Database URL (default: CASEREVIEW_DATABASE_URL, else sqlite:///casereview.db)",
        ),
    ] = None,
) -> None:
    ctx.obj = {"db_url": db}


def database(ctx: typer.Context) -> Database:
    root = ctx.find_root()
    state: dict[str, Any] = root.obj
    cached: Database | None = state.get("db")
    if cached is None:
        cached = open_database(state.get("db_url"))
        state["db"] = cached
        root.call_on_close(cached.dispose)
    return cached


def print_issues(issues: list[Issue], limit: int = 200) -> None:
    if not issues:
        return
    table = Table(title="Problems found", show_lines=False, header_style="bold")
    for column in ("", "file", "sheet", "row", "column", "what to fix"):
        table.add_column(column, overflow="fold")
    for issue in issues[:limit]:
        table.add_row(
            "[red]error[/]" if issue.severity == "error" else "[yellow]warning[/]",
            issue.file,
            issue.sheet or "",
            str(issue.row or ""),
            issue.column or "",
            issue.message,
        )
    console.print(table)
    if len(issues) > limit:
        console.print(f"... and {len(issues) - limit} more (first {limit} shown)")


def date_option(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        parsed, _ = parse_chrono_date(value)
    except DateError as error:
        raise InvalidInput(f"{name} {error}") from None
    if not parsed.is_exact_day:
        raise InvalidInput(f"{name} must be a day, e.g. 22/05/2016")
    return parsed.earliest


@review_app.command("create")
def review_create(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="Short reference, e.g. LCSPR-2024-03")],
    title: Annotated[str, typer.Option(help="A title that identifies no one")] = "",
    review_type: Annotated[str, typer.Option("--type", help="rapid, lcspr or scr")] = "lcspr",
    aware_date: Annotated[
        str | None,
        typer.Option("--aware-date", help="Day the local authority became aware of the incident"),
    ] = None,
    area: Annotated[str, typer.Option(help="england or wales (bank holidays)")] = "england",
) -> None:
    """Create a review.

    Example: casereview review create LCSPR-2024-03 --title "Child A" --type lcspr
    """
    from casereview.services.reviews import create_review

    review = create_review(
        database(ctx),
        ref=ref,
        title=title,
        review_type=review_type,
        area=area,
        aware_date=date_option(aware_date, "--aware-date"),
        actor=current_actor(),
    )
    console.print(f"Created review [bold]{review.ref}[/] ({review.review_type}).")


@review_app.command("list")
def review_list(ctx: typer.Context) -> None:
    """List reviews and their returns.

    Example: casereview review list
    """
    from casereview.services.returns import review_summaries

    table = Table("review", "type", "title", "agencies", "events")
    for summary in review_summaries(database(ctx)):
        table.add_row(
            summary.ref,
            summary.review_type,
            summary.title,
            str(summary.agencies),
            str(summary.events),
        )
    console.print(table)


@contextmanager
def _progress(label: str) -> Iterator[Callable[[int], None]]:
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed:,} rows"),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
    ) as progress:
        task = progress.add_task(label, total=None)
        yield lambda n: progress.advance(task, n)


@app.command("import")
def import_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    workbook: Annotated[
        Path | None, typer.Argument(help="The return as a workbook with sheets People and Events")
    ] = None,
    agency: Annotated[str, typer.Option(help="The agency's name, e.g. 'Northshire Police'")] = "",
    agency_type: Annotated[
        str | None,
        typer.Option(
            help="Agency type (needed the first time): police, GP, school, health visiting…"
        ),
    ] = None,
    people: Annotated[Path | None, typer.Option(help="People CSV (instead of a workbook)")] = None,
    events: Annotated[Path | None, typer.Option(help="Events CSV (with --people)")] = None,
    mapping: Annotated[
        Path | None, typer.Option(help="YAML mapping of the agency's own export format")
    ] = None,
) -> None:
    """Import an agency's return. All or nothing: any error imports nothing (exit 2).

    Examples:
      casereview import LCSPR-1 --agency "Northshire Police" --agency-type police police.xlsx
      casereview import LCSPR-1 --agency "Eastvale GP" --people people.csv --events events.csv
    """
    from casereview.services.imports import ImportRequest, import_return

    if not agency:
        raise InvalidInput("Name the agency with --agency NAME")
    request = ImportRequest(
        review_ref=ref,
        agency=agency,
        agency_type=agency_type,
        workbook=workbook,
        people=people,
        events=events,
        mapping=mapping,
        actor=current_actor(),
    )
    with _progress(f"Importing {agency}") as advance:
        outcome = import_return(database(ctx), request, progress=advance)
    print_issues(list(outcome.issues.issues))
    if outcome.status == "unchanged":
        console.print(
            f"No change: this is identical to version {outcome.version} of the "
            f"{agency} return, already imported."
        )
        return
    verb = "Replaced" if outcome.status == "replaced" else "Imported"
    note = (
        f" (version {outcome.previous_version} kept in history)" if outcome.previous_version else ""
    )
    console.print(
        f"{verb} {agency} return version {outcome.version}{note}: "
        f"{outcome.people} people, {outcome.events} events, "
        f"{outcome.issues.warning_count} warning(s)."
    )


@app.command("chronology")
def chronology_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    out: Annotated[Path, typer.Option(help="File to write")],
    fmt: Annotated[str, typer.Option("--format", help="xlsx, csv or html")] = "xlsx",
    agency: Annotated[list[str] | None, typer.Option(help="Only this agency (repeatable)")] = None,
    category: Annotated[
        list[str] | None,
        typer.Option(help="Only this category (repeatable), e.g. 'was not brought'"),
    ] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From this day")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Up to this day")] = None,
    person: Annotated[
        list[str] | None,
        typer.Option(
            help="Only events of this linked person id (repeatable; see casereview people)"
        ),
    ] = None,
    anonymised: Annotated[
        bool,
        typer.Option(
            "--anonymised/--named",
            help="Anonymised: people as glossary labels, texts redacted, leak-checked",
        ),
    ] = False,
) -> None:
    """Export the merged chronology of a review.

    Example: casereview chronology LCSPR-1 --format xlsx --out chronology.xlsx --from 01/01/2023
    """
    from casereview.services.chronology import export_review_chronology

    categories = []
    for written in category or []:
        term = CATEGORIES.lookup(written)
        if term is None:
            raise InvalidInput(f"Unknown category; expected one of: {CATEGORIES.expected()}")
        categories.append(term.code)
    where = ChronologyFilter(
        agencies=frozenset(a.casefold() for a in agency or []),
        categories=frozenset(categories),
        date_from=date_option(date_from, "--from"),
        date_to=date_option(date_to, "--to"),
        people=frozenset(person or []),
    )
    described = ", ".join(
        part
        for part in (
            f"agency {', '.join(agency)}" if agency else "",
            f"category {', '.join(category)}" if category else "",
            f"from {date_from}" if date_from else "",
            f"to {date_to}" if date_to else "",
            f"person {', '.join(person)}" if person else "",
        )
        if part
    )
    with _progress("Exporting"):
        count = export_review_chronology(
            database(ctx),
            ref=ref,
            fmt=fmt.lower(),
            out=out,
            actor=current_actor(),
            where=where,
            filters_text=described,
            anonymised=anonymised,
        )
    console.print(f"Wrote {count} chronology entries to {out}.")


@app.command("template")
def template_command(
    out: Annotated[Path, typer.Option(help="Workbook to write (.xlsx), or a folder for CSV")],
    fmt: Annotated[str, typer.Option("--format", help="xlsx or csv")] = "xlsx",
) -> None:
    """Write the blank return template for agencies, with its guidance sheet.

    Examples:
      casereview template --out agency-return.xlsx
      casereview template --format csv --out return-csv/
    """
    from casereview.ingest.template_files import write_csv_templates, write_xlsx_template

    if fmt == "csv":
        out.mkdir(parents=True, exist_ok=True)
        people, events = write_csv_templates(out)
        console.print(f"Wrote {people} and {events}.")
        return
    if fmt != "xlsx":
        raise InvalidInput("The template format is xlsx or csv")
    write_xlsx_template(out)
    console.print(f"Wrote the return template to {out}.")


@app.command("demo")
def demo_command(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option(help="Folder for the demonstration files")] = Path(
        "casereview-demo"
    ),
) -> None:
    """Build the synthetic demonstration review end to end (entirely fictional people).

    Example: casereview demo --out casereview-demo
    """
    from casereview.demo.run import run_demo

    root = ctx.find_root().obj or {}
    made = run_demo(out, db_url=root.get("db_url"), console=console)
    console.print(f"\nDemo ready in [bold]{out}[/]:")
    for label, path in made:
        console.print(f"  {label}: {path}")


def _register_features() -> None:
    from importlib import import_module

    from casereview.commands import FEATURE_MODULES

    for name in FEATURE_MODULES:
        import_module(name).register(app)


_register_features()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
