"""Commands of the running review (issue 5): stage changes, the statutory clock, the board's
status, parallel proceedings, correspondence and action plans. Thin: parse, call a service,
print.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer
from rich.table import Table

__all__ = ["register"]


def _group(help_text: str) -> typer.Typer:
    from casereview.cli import _ReportingGroup

    return typer.Typer(cls=_ReportingGroup, no_args_is_help=True, help=help_text)


def _day(value: str | None, name: str) -> date | None:
    from casereview.cli import date_option

    return date_option(value, name)


def _iso(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _table(*headers: str, title: str | None = None) -> Table:
    """A table whose cells wrap rather than being cut short in a narrow terminal."""
    table = Table(title=title, header_style="bold")
    for header in headers:
        table.add_column(header, overflow="fold")
    return table


def _actor() -> str:
    from casereview.store.audit import current_actor

    return current_actor()


# -- review advance / set / history -------------------------------------------------------------


def review_advance(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    stage: Annotated[
        str,
        typer.Argument(
            help="Stage reached: notification, rapid_review, decision, terms_of_reference, "
            "reviewer_appointed, returns_requested, returns_received, panel_meeting, draft, "
            "factual_accuracy, final_report, pre_publication_notice, published, closed"
        ),
    ],
    on: Annotated[
        str | None, typer.Option("--date", help="Day the stage was reached (default today)")
    ] = None,
    by: Annotated[str, typer.Option(help="Role or user who made the change")] = "",
) -> None:
    """Move a review to its next stage (checked against the transition table, audited).

    Example: casereview review advance LCSPR-1 rapid_review --date 12/01/2024
    """
    from casereview.cli import console, database
    from casereview.services.clock import advance_review

    result = advance_review(
        database(ctx), ref=ref, stage=stage, on=_day(on, "--date"), by=by, actor=_actor()
    )
    nxt = ", ".join(s.value for s in result.allowed_next) or "none (finished)"
    console.print(
        f"{result.ref}: {result.previous.value} -> [bold]{result.stage.value}[/] on "
        f"{_iso(result.on)}. Next: {nxt}."
    )


def review_set(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    aware_date: Annotated[
        str | None,
        typer.Option("--aware-date", help="Day the local authority became aware (day 0)"),
    ] = None,
    incident_date: Annotated[
        str | None, typer.Option("--incident-date", help="Day of the incident")
    ] = None,
    planned_publication: Annotated[
        str | None,
        typer.Option("--planned-publication", help="Day the board plans to publish the report"),
    ] = None,
    rapid_review_from: Annotated[
        str | None,
        typer.Option(
            "--rapid-review-from",
            help="Count the 15 working days from 'awareness' (default) or 'notification'",
        ),
    ] = None,
    area: Annotated[str | None, typer.Option(help="england or wales (bank holidays)")] = None,
) -> None:
    """Set the facts and local choices of a review's clock (re-validated, audited).

    Example: casereview review set LCSPR-1 --rapid-review-from notification
    """
    from casereview.cli import console, database
    from casereview.services.clock import set_review_facts

    set_review_facts(
        database(ctx),
        ref=ref,
        actor=_actor(),
        aware_date=_day(aware_date, "--aware-date"),
        incident_date=_day(incident_date, "--incident-date"),
        planned_publication=_day(planned_publication, "--planned-publication"),
        rapid_review_counts_from=rapid_review_from,
        area=area,
    )
    console.print(f"Updated the clock of {ref}.")


def review_history(
    ctx: typer.Context, ref: Annotated[str, typer.Argument(help="The review's reference")]
) -> None:
    """Show the stage history of a review.

    Example: casereview review history LCSPR-1
    """
    from casereview.cli import console, database
    from casereview.services.clock import review_history as history

    table = _table("#", "stage", "date", "by", title=f"Stage history of {ref}")
    for number, change in enumerate(history(database(ctx), ref=ref), start=1):
        table.add_row(str(number), change.stage.value, _iso(change.date), change.by)
    console.print(table)


# -- deadlines and status ---------------------------------------------------------------------


def deadlines_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Answer as of this day (default today)")
    ] = None,
) -> None:
    """The statutory deadlines of a review: due date, status, days remaining, rule and source.

    Examples:
      casereview deadlines LCSPR-1
      casereview deadlines LCSPR-1 --format json --as-of 01/03/2025
    """
    from casereview.cli import console, database
    from casereview.errors import InvalidInput
    from casereview.services.clock import review_deadlines

    if fmt not in ("table", "json"):
        raise InvalidInput("The format is table or json")
    result = review_deadlines(database(ctx), ref=ref, as_of=_day(as_of, "--as-of"))
    if fmt == "json":
        typer.echo(json.dumps([d.to_dict() for d in result.deadlines], indent=2))
        return
    table = _table(
        "step", "due", "status", "days left", "rule", "note",
        title=f"{ref} ({result.review_type.value}, at {result.stage.value}) "
        f"as of {_iso(result.as_of)}",
    )  # fmt: skip
    table.show_lines = True
    colours = {"overdue": "red", "held": "yellow", "done": "green", "due": "cyan"}
    for d in result.deadlines:
        colour = colours.get(d.status.value, "dim")
        days = "" if d.days_remaining is None else f"{d.days_remaining} {d.unit.split('_')[0]}"
        rule = d.rule.replace("Working Together to Safeguard Children", "WT")
        table.add_row(d.step, _iso(d.due), f"[{colour}]{d.status.value}[/]", days, rule, d.note)
    console.print(table)
    console.print("Sources:")
    for d in result.deadlines:
        if d.source:
            console.print(f"  {d.step}: {d.source}", soft_wrap=True)


def status_command(
    ctx: typer.Context,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Answer as of this day (default today)")
    ] = None,
) -> None:
    """Every review with its stage, next deadline and anything overdue: the board's weekly view.

    Example: casereview status --as-of 01/03/2025
    """
    from casereview.cli import console, database
    from casereview.services.clock import board_status

    day = _day(as_of, "--as-of")
    table = _table(
        "review", "type", "stage", "since", "next", "due", "overdue", "held", "late actions",
        "late promises",
        title=f"Reviews as of {_iso(day or date.today())}",
    )  # fmt: skip
    for line in board_status(database(ctx), as_of=day):
        if line.problem:
            table.add_row(line.ref, line.review_type, "", "", f"[yellow]{line.problem}[/]",
                          "", "", "", str(line.overdue_actions),
                          str(line.overdue_promises))  # fmt: skip
            continue
        next_text = line.next_step + (" (overdue)" if line.next_status == "overdue" else "")
        table.add_row(
            line.ref,
            line.review_type,
            line.stage,
            _iso(line.stage_date),
            next_text,
            _iso(line.next_due),
            f"[red]{', '.join(line.overdue)}[/]" if line.overdue else "",
            f"[yellow]{', '.join(line.held)}[/]" if line.held else "",
            f"[red]{line.overdue_actions}[/]" if line.overdue_actions else "0",
            f"[red]{line.overdue_promises}[/]" if line.overdue_promises else "0",
        )
    console.print(table)


# -- proceedings ------------------------------------------------------------------------------


def proceedings_add(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    kind: Annotated[
        str,
        typer.Option(help="criminal_investigation, trial, appeal, inquest, family_court or other"),
    ],
    start: Annotated[str, typer.Option(help="Day it started")],
    end: Annotated[str | None, typer.Option(help="Day it ended (leave out if ongoing)")] = None,
    holds_publication: Annotated[
        bool,
        typer.Option("--holds-publication", help="Publication must wait for its end"),
    ] = False,
    description: Annotated[
        str, typer.Option(help="Short neutral description that names no one")
    ] = "",
) -> None:
    """Record a parallel proceeding (audited).

    Example: casereview proceedings add LCSPR-1 --kind trial --start 03/02/2025 --holds-publication
    """
    from casereview.cli import console, database
    from casereview.services.proceedings import add_proceeding

    new_id = add_proceeding(
        database(ctx),
        ref=ref,
        kind=kind,
        start=_day(start, "--start") or date.today(),
        end=_day(end, "--end"),
        holds_publication=holds_publication,
        description=description,
        actor=_actor(),
    )
    held = " (holds publication)" if holds_publication else ""
    console.print(f"Recorded proceeding {new_id}: {kind}{held}.")


def proceedings_end(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    proceeding_id: Annotated[int, typer.Argument(help="Its number (see proceedings list)")],
    end: Annotated[str, typer.Option(help="Day it ended")],
) -> None:
    """Record the end of a proceeding (a publication hold it made ends with it).

    Example: casereview proceedings end LCSPR-1 2 --end 14/03/2025
    """
    from casereview.cli import console, database
    from casereview.services.proceedings import end_proceeding

    line = end_proceeding(
        database(ctx),
        ref=ref,
        proceeding_id=proceeding_id,
        end=_day(end, "--end") or date.today(),
        actor=_actor(),
    )
    console.print(f"Proceeding {line.id} ({line.kind}) ended on {_iso(line.end)}.")


def proceedings_list(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    as_of: Annotated[str | None, typer.Option("--as-of", help="Default today")] = None,
) -> None:
    """List the parallel proceedings of a review and which hold publication now.

    Example: casereview proceedings list LCSPR-1
    """
    from casereview.cli import console, database
    from casereview.services.proceedings import list_proceedings

    table = _table("#", "kind", "start", "end", "holds publication", "holding now", "description")
    for p in list_proceedings(database(ctx), ref=ref, as_of=_day(as_of, "--as-of")):
        table.add_row(
            str(p.id),
            p.kind,
            _iso(p.start),
            _iso(p.end) or "ongoing",
            "yes" if p.holds_publication else "no",
            "[yellow]yes[/]" if p.holding_now else "",
            p.description,
        )
    console.print(table)


# -- correspondence ---------------------------------------------------------------------------


def correspondence_add(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    from_role: Annotated[
        str,
        typer.Option(
            "--from",
            help="mp, national_panel, secretary_of_state, ofsted, family, press, coroner, "
            "agency or other",
        ),
    ],
    received: Annotated[str, typer.Option(help="Day it was received")],
    subject: Annotated[str, typer.Option(help="Short neutral subject, e.g. 'publication date'")],
) -> None:
    """Log a letter or request about a review (audited).

    Example:
      casereview correspondence add LCSPR-1 --from mp --received 06/05/2025 --subject "timing"
    """
    from casereview.cli import console, database
    from casereview.services.correspondence import log_correspondence

    new_id = log_correspondence(
        database(ctx),
        ref=ref,
        received=_day(received, "--received") or date.today(),
        from_role=from_role,
        subject=subject,
        actor=_actor(),
    )
    console.print(f"Logged correspondence {new_id}.")


def correspondence_reply(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    entry_id: Annotated[int, typer.Argument(help="Its number (see correspondence list)")],
    on: Annotated[str, typer.Option("--date", help="Day the reply was sent")],
    promised: Annotated[str | None, typer.Option(help="Date promised in the reply, if any")] = None,
) -> None:
    """Record the reply to a letter and the date it promised.

    Example: casereview correspondence reply LCSPR-1 1 --date 20/05/2025 --promised 31/10/2025
    """
    from casereview.cli import console, database
    from casereview.services.correspondence import record_reply

    record_reply(
        database(ctx),
        ref=ref,
        entry_id=entry_id,
        replied=_day(on, "--date") or date.today(),
        promised=_day(promised, "--promised"),
        actor=_actor(),
    )
    console.print(f"Recorded the reply to correspondence {entry_id}.")


def correspondence_delivered(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    entry_id: Annotated[int, typer.Argument(help="Its number (see correspondence list)")],
    on: Annotated[str, typer.Option("--date", help="Day the promised thing was delivered")],
) -> None:
    """Record that what was promised was delivered, and see whether the promise was kept.

    Example: casereview correspondence delivered LCSPR-1 1 --date 14/11/2025
    """
    from casereview.cli import console, database
    from casereview.services.correspondence import record_delivery

    status = record_delivery(
        database(ctx),
        ref=ref,
        entry_id=entry_id,
        delivered=_day(on, "--date") or date.today(),
        actor=_actor(),
    )
    console.print(f"Correspondence {entry_id}: promise {status.value}.")


def correspondence_list(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    as_of: Annotated[str | None, typer.Option("--as-of", help="Default today")] = None,
) -> None:
    """List letters and requests with their replies and whether each promise was kept.

    Example: casereview correspondence list LCSPR-1
    """
    from casereview.cli import console, database
    from casereview.services.correspondence import list_correspondence

    colours = {"kept": "green", "broken": "red", "overdue": "red", "pending": "cyan"}
    table = _table(
        "#", "received", "from", "subject", "replied", "promised", "delivered", "promise"
    )
    for c in list_correspondence(database(ctx), ref=ref, as_of=_day(as_of, "--as-of")):
        colour = colours.get(c.promise.value, "dim")
        replied = _iso(c.replied) or ("[red]awaiting reply[/]" if c.awaiting_reply else "")
        table.add_row(
            str(c.id),
            _iso(c.received),
            c.from_role,
            c.subject,
            replied,
            _iso(c.promised),
            _iso(c.delivered),
            f"[{colour}]{c.promise.value}[/]",
        )
    console.print(table)


# -- actions (casereview actions REF ...) ---------------------------------------------------------


def _ref(ctx: typer.Context) -> str:
    ref: str = ctx.find_root().obj["actions_ref"]
    return ref


def actions_root(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
) -> None:
    """Findings, recommendations and actions of a review (list when no command is given).

    Examples:
      casereview actions LCSPR-1
      casereview actions LCSPR-1 recommend --agency "Northshire Police" "Share ..."
      casereview actions LCSPR-1 add R1 --owner "Northshire Police" --due 31/03/2025 "Train"
      casereview actions LCSPR-1 update A1 --status completed --evidence "audit report"
    """
    ctx.find_root().obj["actions_ref"] = ref
    if ctx.invoked_subcommand is None:
        actions_list(ctx)


def actions_list(
    ctx: typer.Context,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Default today")] = None,
) -> None:
    """List findings, recommendations and their actions; overdue actions in red.

    Example: casereview actions LCSPR-1 list --as-of 01/06/2025
    """
    from casereview.cli import console, database
    from casereview.services.action_plans import review_action_plan

    ref = _ref(ctx)
    plan = review_action_plan(database(ctx), ref=ref, as_of=_day(as_of, "--as-of"))
    for finding in plan.findings:
        console.print(f"[bold]{finding.key}[/] {finding.summary}")
        for event in finding.event_ids:
            console.print(f"  evidence: chronology event {event}")
        for indicator in finding.indicator_finding_ids:
            console.print(f"  evidence: indicator finding {indicator}")
    for rec in plan.recommendations:
        links = f" (from {', '.join(rec.finding_keys)})" if rec.finding_keys else ""
        console.print(f"\n[bold]{rec.key}[/] {rec.text}{links}\n  to: {', '.join(rec.agencies)}")
        if not rec.actions:
            console.print("  [yellow]no actions yet[/]")
            continue
        table = _table("action", "owner", "due", "status", "evidence / completed", "what")
        for a in rec.actions:
            status = (
                f"[red]{a.status}, {a.days_overdue} days overdue[/]"
                if a.days_overdue
                else (a.status)
            )
            done = f"{a.evidence} ({_iso(a.completed_on)})" if a.completed_on else a.evidence
            table.add_row(a.key, a.owner_agency, _iso(a.due), status, done, a.description)
        console.print(table)
    console.print(
        f"\n{len(plan.overdue)} overdue action(s) as of {_iso(plan.as_of)}"
        + (": " + ", ".join(a.key for a in plan.overdue) if plan.overdue else ".")
    )


def actions_finding(
    ctx: typer.Context,
    summary: Annotated[str, typer.Argument(help="The finding, naming no one")],
    indicator: Annotated[
        list[str] | None, typer.Option(help="Id of an indicator finding it rests on (repeatable)")
    ] = None,
    event: Annotated[
        list[str] | None, typer.Option(help="Id of a chronology event it rests on (repeatable)")
    ] = None,
) -> None:
    """Record a finding of the review.

    Example: casereview actions LCSPR-1 finding "Notifications did not reach the school"
    """
    from casereview.cli import console, database
    from casereview.services.action_plans import add_finding

    key = add_finding(
        database(ctx),
        ref=_ref(ctx),
        summary=summary,
        indicator_finding_ids=indicator or [],
        event_ids=event or [],
        actor=_actor(),
    )
    console.print(f"Recorded finding {key}.")


def actions_recommend(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The recommendation")],
    agency: Annotated[list[str], typer.Option(help="Agency it is addressed to (repeatable)")],
    finding: Annotated[
        list[str] | None, typer.Option(help="Finding it answers, e.g. F1 (repeatable)")
    ] = None,
) -> None:
    """Record a recommendation addressed to one or more agencies.

    Example: casereview actions LCSPR-1 recommend --agency "Northshire Police" "Share notices"
    """
    from casereview.cli import console, database
    from casereview.services.action_plans import add_recommendation

    key = add_recommendation(
        database(ctx),
        ref=_ref(ctx),
        text=text,
        agencies=agency,
        finding_keys=finding or [],
        actor=_actor(),
    )
    console.print(f"Recorded recommendation {key}.")


def actions_add(
    ctx: typer.Context,
    recommendation: Annotated[str, typer.Argument(help="Recommendation it answers, e.g. R1")],
    description: Annotated[str, typer.Argument(help="What will be done")],
    owner: Annotated[str, typer.Option(help="Owner agency")],
    due: Annotated[str, typer.Option(help="Due day")],
) -> None:
    """Add an action to a recommendation.

    Example: casereview actions LCSPR-1 add R1 "Train staff" --owner "Police" --due 31/03/2025
    """
    from casereview.cli import console, database
    from casereview.services.action_plans import add_action

    key = add_action(
        database(ctx),
        ref=_ref(ctx),
        recommendation=recommendation,
        owner_agency=owner,
        description=description,
        due=_day(due, "--due") or date.today(),
        actor=_actor(),
    )
    console.print(f"Recorded action {key}.")


def actions_update(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(help="The action, e.g. A1")],
    status: Annotated[
        str | None,
        typer.Option(help="not_started, in_progress, completed (needs --evidence) or not_achieved"),
    ] = None,
    evidence: Annotated[str, typer.Option(help="Evidence of completion")] = "",
    on: Annotated[str | None, typer.Option("--date", help="Day of the change")] = None,
    due: Annotated[str | None, typer.Option(help="New due day")] = None,
) -> None:
    """Update an action's status, evidence or due date (audited).

    Example: casereview actions LCSPR-1 update A1 --status completed --evidence "records"
    """
    from casereview.cli import console, database
    from casereview.services.action_plans import update_action

    action = update_action(
        database(ctx),
        ref=_ref(ctx),
        key=key,
        actor=_actor(),
        status=status,
        on=_day(on, "--date"),
        evidence=evidence,
        due=_day(due, "--due"),
    )
    console.print(f"Action {action.key}: {action.status.value}, due {_iso(action.due)}.")


def register(app: typer.Typer) -> None:
    """Add the review clock's commands to the CLI."""
    # the existing `review` group (found on `app`, so that this also works under python -m)
    review_app = next(g.typer_instance for g in app.registered_groups if g.name == "review")
    assert review_app is not None
    review_app.command("advance")(review_advance)
    review_app.command("set")(review_set)
    review_app.command("history")(review_history)
    app.command("deadlines")(deadlines_command)
    app.command("status")(status_command)

    proceedings = _group("Parallel proceedings (trial, appeal, inquest...) of a review.")
    proceedings.command("add")(proceedings_add)
    proceedings.command("end")(proceedings_end)
    proceedings.command("list")(proceedings_list)
    app.add_typer(proceedings, name="proceedings")

    letters = _group("Letters and requests about a review, and the promises made in reply.")
    letters.command("add")(correspondence_add)
    letters.command("reply")(correspondence_reply)
    letters.command("delivered")(correspondence_delivered)
    letters.command("list")(correspondence_list)
    app.add_typer(letters, name="correspondence")

    from casereview.cli import _ReportingGroup

    actions = typer.Typer(
        cls=_ReportingGroup,
        no_args_is_help=True,
        invoke_without_command=True,
    )
    actions.callback()(actions_root)
    actions.command("list")(actions_list)
    actions.command("finding")(actions_finding)
    actions.command("recommend")(actions_recommend)
    actions.command("add")(actions_add)
    actions.command("update")(actions_update)
    app.add_typer(actions, name="actions")
