"""`casereview link`, `matches` and `people`: person linkage at the command line (thin)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

__all__ = ["register"]


def _matches_app() -> typer.Typer:
    from casereview.cli import _ReportingGroup

    return typer.Typer(
        cls=_ReportingGroup,
        no_args_is_help=True,
        invoke_without_command=True,
        help="The clerical review queue of possible matches, and reviewers' decisions.\n\n"
        "Options go before the review reference.\n\n"
        "Example: casereview matches LCSPR-1 (then: ... LCSPR-1 accept M-1a2b3c4d5e6f)",
    )


def register(app: typer.Typer) -> None:
    app.command("link")(link_command)
    matches = _matches_app()
    matches.callback()(matches_queue)
    matches.command("show")(matches_show)
    matches.command("accept")(matches_accept)
    matches.command("reject")(matches_reject)
    matches.command("link")(matches_link)
    matches.command("unlink")(matches_unlink)
    app.add_typer(matches, name="matches")
    app.command("people")(people_command)


def link_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    backend: Annotated[str, typer.Option(help="duckdb (default) or spark")] = "duckdb",
    linked: Annotated[
        float, typer.Option(help="Match probability from which pairs link automatically")
    ] = 0.99,
    possible: Annotated[
        float, typer.Option(help="Match probability from which pairs go to clerical review")
    ] = 0.5,
) -> None:
    """Link the same person across (and within) the agencies' returns.

    Prints the number of pairs per band and the time taken. Reviewers' decisions are applied
    and person ids are kept where membership did not change.

    Example: casereview link LCSPR-1 --backend duckdb
    """
    from casereview.cli import console, database
    from casereview.errors import InvalidInput
    from casereview.linkage import Bands, LinkageInputError
    from casereview.services.linkage import link_review
    from casereview.store.audit import current_actor

    if backend not in ("duckdb", "spark"):
        raise InvalidInput("--backend must be duckdb or spark")
    try:
        bands = Bands(linked=linked, possible=possible)
    except LinkageInputError as error:
        raise InvalidInput(str(error)) from None
    summary = link_review(
        database(ctx),
        ref=ref,
        actor=current_actor(),
        backend=backend,  # type: ignore[arg-type]
        thresholds=bands,
    )
    table = Table(title=f"Linkage of {ref}", header_style="bold")
    table.add_column("band")
    table.add_column("pairs", justify="right")
    for band, count in summary.band_counts.items():
        table.add_row(band, str(count))
    console.print(table)
    changes = ", ".join(f"{k} {v}" for k, v in summary.change_counts.items() if v)
    console.print(
        f"{summary.records} person records -> {summary.persons} people ({changes}). "
        f"Backend {summary.backend}; took {summary.seconds:.1f} s."
    )
    if summary.band_counts.get("possible"):
        console.print(f"Review the possible matches with: casereview matches {ref}")


def matches_queue(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    band: Annotated[str, typer.Option(help="possible (default), linked or 'not linked'")] = (
        "possible"
    ),
) -> None:
    """List the clerical review queue: possible matches, both records side by side.

    Example: casereview matches LCSPR-1
    """
    if ctx.invoked_subcommand is not None:
        return
    from casereview.cli import console, database
    from casereview.services.linkage import list_matches

    views = list_matches(database(ctx), ref=ref, band=band)
    if not views:
        console.print(f"No pairs in the {band} band.")
        return
    for view in views:
        _print_view(view, brief=True)
    console.print(
        f"{len(views)} pair(s). Decide with: casereview matches {ref} accept|reject PAIR_ID "
        f"(then run casereview link {ref})"
    )


def _print_view(view: object, *, brief: bool) -> None:
    from casereview.cli import console
    from casereview.services.linkage import MatchView

    assert isinstance(view, MatchView)
    probability = "-" if view.match_probability is None else f"{view.match_probability:.1%}"
    title = f"{view.pair_id}  {view.band}  probability {probability}"
    if view.decision:
        title += f"  (decision: {view.decision})"
    table = Table(title=title, header_style="bold", title_justify="left")
    table.add_column("")
    table.add_column("record 1", overflow="fold")
    table.add_column("record 2", overflow="fold")
    for field in view.left:
        left, right = view.left.get(field), view.right.get(field)
        table.add_row(field, "" if left is None else str(left), "" if right is None else str(right))
    console.print(table)
    lines = view.sentences if not brief else view.sentences[1:]
    for line in lines:
        console.print(f"  {line}")


def matches_show(
    ctx: typer.Context,
    pair: Annotated[str, typer.Argument(help="The pair id, e.g. M-1a2b3c4d5e6f")],
    png: Annotated[Path | None, typer.Option(help="Write the waterfall chart as PNG")] = None,
    html: Annotated[Path | None, typer.Option(help="Write the evidence as HTML")] = None,
) -> None:
    """Show one pair with all its evidence (and optionally write the waterfall chart).

    Example: casereview matches LCSPR-1 show M-1a2b3c4d5e6f --png pair.png --html pair.html
    """
    from casereview.cli import database
    from casereview.services.linkage import explain_match

    ref = ctx.parent.params["ref"] if ctx.parent else ""
    view = explain_match(database(ctx), ref=ref, pair=pair, png=png, html=html)
    _print_view(view, brief=False)


def _decide(
    ctx: typer.Context, decision: str, *, pair: str | None, records: tuple[str, str] | None
) -> None:
    from casereview.cli import console, database
    from casereview.services.linkage import decide_pair
    from casereview.store.audit import current_actor

    ref = ctx.parent.params["ref"] if ctx.parent else ""
    decided = decide_pair(
        database(ctx),
        ref=ref,
        decision=decision,  # type: ignore[arg-type]
        actor=current_actor(),
        pair=pair,
        records=records,
    )
    verb = "accepted (same person)" if decision == "accept" else "rejected (different people)"
    console.print(f"Pair {decided} {verb}. It applies from the next: casereview link {ref}")


def matches_accept(
    ctx: typer.Context,
    pair: Annotated[str, typer.Argument(help="The pair id, e.g. M-1a2b3c4d5e6f")],
) -> None:
    """Accept a pair: the two records are the same person (always linked from now on).

    Example: casereview matches LCSPR-1 accept M-1a2b3c4d5e6f
    """
    _decide(ctx, "accept", pair=pair, records=None)


def matches_reject(
    ctx: typer.Context,
    pair: Annotated[str, typer.Argument(help="The pair id, e.g. M-1a2b3c4d5e6f")],
) -> None:
    """Reject a pair: two different people (never linked again, not even through others).

    Example: casereview matches LCSPR-1 reject M-1a2b3c4d5e6f
    """
    _decide(ctx, "reject", pair=pair, records=None)


def matches_link(
    ctx: typer.Context,
    record_1: Annotated[str, typer.Argument(help="AGENCY/PERSON_REF of one record")],
    record_2: Annotated[str, typer.Argument(help="AGENCY/PERSON_REF of the other")],
) -> None:
    """Link any two person records by hand (the same person).

    Example: casereview matches LCSPR-1 link "Eastvale GP/P001" "Police/N-77"
    """
    _decide(ctx, "accept", pair=None, records=(record_1, record_2))


def matches_unlink(
    ctx: typer.Context,
    record_1: Annotated[str, typer.Argument(help="AGENCY/PERSON_REF of one record")],
    record_2: Annotated[str, typer.Argument(help="AGENCY/PERSON_REF of the other")],
) -> None:
    """Unlink two person records by hand (different people).

    Example: casereview matches LCSPR-1 unlink "Eastvale GP/P001" "Police/N-77"
    """
    _decide(ctx, "reject", pair=None, records=(record_1, record_2))


def people_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    out: Annotated[Path, typer.Option(help="File to write")],
    fmt: Annotated[str, typer.Option("--format", help="csv")] = "csv",
) -> None:
    """Export the person records with their linked person ids.

    Example: casereview people LCSPR-1 --format csv --out people.csv
    """
    from casereview.cli import console, database
    from casereview.errors import InvalidInput
    from casereview.services.linkage import write_people_csv
    from casereview.store.audit import current_actor

    if fmt.lower() != "csv":
        raise InvalidInput("--format must be csv")
    count = write_people_csv(database(ctx), ref=ref, out=out, actor=current_actor())
    console.print(f"Wrote {count} person records to {out}.")
