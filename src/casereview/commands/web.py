"""`casereview serve` (the web app) and `casereview users` (accounts for the web app)."""

from __future__ import annotations

import os
import secrets
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from casereview.services.access import Viewer

__all__ = ["register"]

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
DATABASE_ENV = "CASEREVIEW_DATABASE_URL"


def register(app: typer.Typer) -> None:
    from casereview.cli import _ReportingGroup

    app.command("serve")(serve)
    users = typer.Typer(cls=_ReportingGroup, no_args_is_help=True, help="Accounts of the web app.")
    users.command("add")(users_add)
    users.command("list")(users_list)
    users.command("unlock")(users_unlock)
    users.command("assign")(users_assign)
    users.command("unassign")(users_unassign)
    app.add_typer(users, name="users")


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8000,
    workers: Annotated[
        int, typer.Option(help="Worker processes (more than 1 needs CASEREVIEW_SECRET_KEY)")
    ] = 1,
) -> None:
    """Run the web app (settings from CASEREVIEW_* variables, see docs/WEB.md).

    Example: casereview serve --port 8000
    """
    import uvicorn

    from casereview.cli import console
    from casereview.errors import ConfigurationError
    from casereview.web import create_app, load_settings

    root = ctx.find_root().obj or {}
    settings = load_settings(database_url=root.get("db_url"))
    if settings.is_development and host not in LOOPBACK:
        raise ConfigurationError(
            "In development (CASEREVIEW_ENV unset) the web app serves only on 127.0.0.1; set "
            "CASEREVIEW_ENV=production, CASEREVIEW_SECRET_KEY and CASEREVIEW_COOKIE_SECURE to "
            "serve on another address"
        )
    if settings.generated_secret:
        console.print(
            "[yellow]Development: a secret key was generated for this run; sign-ins end "
            "when the server stops. Set CASEREVIEW_SECRET_KEY to keep them.[/]"
        )
    console.print(f"casereview web app on http://{host}:{port}  (Ctrl+C to stop)")
    if workers > 1:
        if settings.generated_secret:
            raise ConfigurationError(
                "--workers above 1 needs CASEREVIEW_SECRET_KEY: every worker must sign "
                "sessions with the same key"
            )
        # Each worker builds its own app from the environment (one database pool each).
        os.environ[DATABASE_ENV] = settings.database_url
        uvicorn.run(
            "casereview.web.app:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            proxy_headers=False,
        )
        return
    application = create_app(settings)
    uvicorn.run(application, host=host, port=port, log_level="warning", proxy_headers=False)


def users_add(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="The user name to sign in with")],
    role: Annotated[
        str,
        typer.Option(
            help="partnership_admin, review_coordinator, independent_reviewer, panel_member "
            "or agency_contributor"
        ),
    ],
    agency: Annotated[
        str | None, typer.Option(help="The agency's name (agency contributors only)")
    ] = None,
    name: Annotated[str, typer.Option(help="Name shown in the web app")] = "",
) -> None:
    """Add an account with a random password, printed once.

    Example: casereview users add jo.bloggs --role review_coordinator --name "Jo Bloggs"
    """
    from casereview.cli import console, database
    from casereview.services.accounts import create_user
    from casereview.store.audit import current_actor

    password = secrets.token_urlsafe(12)
    user = create_user(
        database(ctx),
        username=username,
        role=role,
        agency=agency,
        display_name=name,
        password=password,
        actor=current_actor(),
    )
    console.print(f"Added {user.username} ({user.role_label}). Password: {password}")


def users_list(ctx: typer.Context) -> None:
    """List the accounts of the web app.

    Example: casereview users list
    """
    from rich.table import Table

    from casereview.cli import console, database
    from casereview.services.accounts import list_users
    from casereview.services.review_members import memberships

    db = database(ctx)
    reviews = memberships(db)
    table = Table("id", "user name", "role", "agency", "reviews", "locked")
    for user in list_users(db):
        table.add_row(
            str(user.id),
            user.username,
            user.role_label,
            user.agency or "",
            ", ".join(reviews.get(user.id, [])),
            "yes" if user.locked else "",
        )
    console.print(table)


def users_unlock(
    ctx: typer.Context,
    user_id: Annotated[int, typer.Argument(help="The account's id (see: casereview users list)")],
) -> None:
    """Unlock an account locked after failed sign-ins.

    Example: casereview users unlock 3
    """
    from casereview.cli import console, database
    from casereview.services.accounts import unlock_user
    from casereview.store.audit import current_actor

    unlock_user(database(ctx), user_id=user_id, actor=current_actor())
    console.print("Unlocked.")


def _operator() -> Viewer:
    """The person at the server's command line acts as an administrator (and is audited)."""
    from casereview.model.roles import Role
    from casereview.services.access import Viewer
    from casereview.store.audit import current_actor

    return Viewer(username=current_actor(), role=Role.PARTNERSHIP_ADMIN)


def users_assign(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="An independent reviewer or panel member")],
    ref: Annotated[str, typer.Argument(help="The review's reference")],
) -> None:
    """Make a reviewer or panel member a member of a review (they see only their reviews).

    Example: casereview users assign sam.reviewer LCSPR-1
    """
    from casereview.cli import console, database
    from casereview.services.review_members import add_member

    member = add_member(database(ctx), ref=ref, username=username, viewer=_operator())
    console.print(f"{member.username} ({member.role_label}) is now a member of {ref}.")


def users_unassign(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="A member of the review")],
    ref: Annotated[str, typer.Argument(help="The review's reference")],
) -> None:
    """Take a reviewer or panel member off a review (they no longer see it).

    Example: casereview users unassign sam.reviewer LCSPR-1
    """
    from casereview.cli import console, database
    from casereview.services.review_members import remove_member

    remove_member(database(ctx), ref=ref, username=username, viewer=_operator())
    console.print(f"{username.strip()} is no longer a member of {ref}.")
