"""CLI commands of the publish feature: publish, leakcheck, signoff, mark-published, glossary,
keep-word.

Thin: parse, call services/publish.py, print. The flagged words are shown to the person at
the terminal (they must check them); they never go to a log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

__all__ = ["register"]


def _formats(values: list[str] | None) -> list[str]:
    chosen: list[str] = []
    for value in values or ["docx", "pdf", "html"]:
        chosen += [v.strip().lower() for v in value.split(",") if v.strip()]
    return chosen


def publish_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    out: Annotated[Path, typer.Option(help="Folder for the report and the anonymised chronology")],
    narrative: Annotated[
        Path | None, typer.Option(help="The reviewer's narrative (Markdown), by section heading")
    ] = None,
    fmt: Annotated[
        list[str] | None,
        typer.Option("--format", help="docx, pdf or html (repeatable; default all three)"),
    ] = None,
) -> None:
    """Render the anonymised report and leak-check everything written (exit 1 on a leak).

    Example: casereview publish LCSPR-1 --narrative narrative.md --format docx --out published
    """
    from casereview.cli import console, database, errors
    from casereview.services.publish import publish_review
    from casereview.store.audit import current_actor

    outcome = publish_review(
        database(ctx),
        ref=ref,
        narrative=narrative,
        formats=_formats(fmt),
        out=out,
        actor=current_actor(),
    )
    for path in outcome.files:
        console.print(f"Wrote {path}")
    if outcome.flagged:
        table = Table(title="Words to check before sign-off", header_style="bold")
        for column in ("word", "why", "times"):
            table.add_column(column)
        for word, reason, count in outcome.flagged:
            table.add_row(escape(word), reason, str(count))
        console.print(table)
    if not outcome.report.clean:
        typer.echo(str(outcome.report), err=True)
        errors.print("[bold red]Not publishable:[/] identifiers of the review remain (above).")
        raise typer.Exit(1)
    typer.echo(str(outcome.report))
    console.print(
        f"Next: check the {len(outcome.flagged)} word(s) above. Where a redacted word is the "
        f'ordinary word, keep it (casereview keep-word {ref} "PHRASE") and publish again; '
        f'then casereview signoff {ref} --by "Full Name" --rendering {outcome.publication_id}'
    )


def leakcheck_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    files: Annotated[
        list[Path], typer.Argument(help="Files to check (docx, pdf, html, xlsx, csv, txt, md)")
    ],
) -> None:
    """Look for every known identifier of the review in files; exit 1 with locations if any.

    Example: casereview leakcheck LCSPR-1 report.docx chronology.xlsx
    """
    from casereview.cli import database
    from casereview.services.publish import leakcheck_files
    from casereview.store.audit import current_actor

    report = leakcheck_files(database(ctx), ref=ref, files=files, actor=current_actor())
    typer.echo(str(report), err=not report.clean)
    if not report.clean:
        raise typer.Exit(1)


def signoff_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    by: Annotated[str, typer.Option("--by", help="Full name of the person who checked the words")],
    rendering: Annotated[
        int | None,
        typer.Option(
            help="The rendering whose words were checked (from casereview publication): "
            "refused if the report was rendered again since"
        ),
    ] = None,
) -> None:
    """Sign off the flagged words of the latest clean rendering.

    Example: casereview signoff LCSPR-1 --by "Sam Okoro" --rendering 3
    """
    from casereview.cli import console, database
    from casereview.services.publish import sign_off
    from casereview.store.audit import current_actor

    count = sign_off(
        database(ctx), ref=ref, signed_by=by, actor=current_actor(), rendering=rendering
    )
    console.print(f"{by} signed off {count} flagged word(s) of {ref}.")


def mark_published_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    where: Annotated[str, typer.Option(help="Where it is published (web address)")],
    on: Annotated[str, typer.Option(help="Publication date, e.g. 01/12/2026")],
    retain_until: Annotated[
        str | None, typer.Option(help="Keep online until (default and minimum: one year)")
    ] = None,
    notice: Annotated[
        list[str] | None,
        typer.Option(help="A pre-publication notice sent, e.g. 'National panel 20/11/2026'"),
    ] = None,
) -> None:
    """Record publication: only a clean, unchanged, signed-off rendering can be published.

    Example: casereview mark-published LCSPR-1 --where https://example.org/lcspr --on 01/12/2026
    """
    from casereview.cli import console, database, date_option
    from casereview.services.publish import mark_published
    from casereview.store.audit import current_actor

    published_on = date_option(on, "--on")
    assert published_on is not None
    row = mark_published(
        database(ctx),
        ref=ref,
        where=where,
        published_on=published_on,
        retention_until=date_option(retain_until, "--retain-until"),
        notices=notice or [],
        actor=current_actor(),
    )
    console.print(
        f"{ref} published on {published_on:%d/%m/%Y} at {row.published_where}; "
        f"keep online until {row.retention_until:%d/%m/%Y}."
    )


def glossary_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", help="OWNER=LABEL, e.g. person:partner-craig=Stepfather"),
    ] = None,
) -> None:
    """List the pseudonyms of a review, or change one.

    Example: casereview glossary LCSPR-1 --set "person:partner-craig=Mother's partner"
    """
    from casereview.cli import console, database
    from casereview.errors import InvalidInput
    from casereview.services.publish import review_glossary, set_glossary_label
    from casereview.store.audit import current_actor

    db = database(ctx)
    for item in set_ or []:
        owner, sep, label = item.partition("=")
        if not sep:
            raise InvalidInput("Use --set OWNER=LABEL, e.g. --set person:mother=Mother")
        set_glossary_label(db, ref=ref, owner=owner.strip(), label=label, actor=current_actor())
    table = Table(title=f"Glossary of {ref}", header_style="bold")
    for column in ("key", "label", "stands for"):
        table.add_column(column)
    for entry in review_glossary(db, ref=ref):
        table.add_row(entry.key, entry.label, entry.description)
    console.print(table)


def publication_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
) -> None:
    """Show the latest rendering: files, leak check, sign-off, publication and retention.

    Example: casereview publication LCSPR-1
    """
    from casereview.cli import console, database
    from casereview.services.publish import flagged_words, publication_status

    db = database(ctx)
    s = publication_status(db, ref=ref)
    table = Table(title=f"Publication of {ref}", show_header=False)
    table.add_column("", style="bold")
    table.add_column("")
    table.add_row("rendering", str(s.rendering))
    table.add_row("files", escape(", ".join(s.files)))
    table.add_row("leak check", "clean" if s.leak_clean else f"FAILED ({s.leaks} identifiers)")
    table.add_row("flagged words", str(s.flagged))
    signed = f"{s.signed_off_by} on {s.signed_off_at}" if s.signed_off_by else "not yet"
    table.add_row("signed off", escape(signed))
    table.add_row("published", f"{s.published_on:%d/%m/%Y}" if s.published_on else "not yet")
    table.add_row("where", escape(s.published_where or ""))
    table.add_row("keep online until", f"{s.retention_until:%d/%m/%Y}" if s.retention_until else "")
    table.add_row("notices", escape("; ".join(s.notices)))
    console.print(table)
    words = flagged_words(db, ref=ref)
    if words and not s.signed_off_by:
        console.print("Words to check: " + escape(", ".join(w for w, _, _ in words)))


def keep_word_command(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The review's reference")],
    phrase: Annotated[
        str | None,
        typer.Argument(help="The word and the words after it, as listed by publish"),
    ] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Stop keeping the phrase")] = False,
) -> None:
    """Keep a listed word as the ordinary word where it opens this phrase, or list kept ones.

    publish redacts and lists a name that is also a word where it cannot tell ("Frank
    concerns were raised"). After checking, keep the phrase; run publish again.

    Example: casereview keep-word LCSPR-1 "Frank concerns"
    """
    from casereview.cli import console, database
    from casereview.services.kept_words import keep_word, kept_words, unkeep_word
    from casereview.store.audit import current_actor

    db = database(ctx)
    if phrase is not None:
        change = unkeep_word if remove else keep_word
        change(db, ref=ref, phrase=phrase, actor=current_actor())
        console.print(
            f"{'No longer kept' if remove else 'Kept'} in {ref}; run publish again to apply it."
        )
    table = Table(title=f"Phrases kept as ordinary words in {ref}", header_style="bold")
    for column in ("phrase", "kept by", "on"):
        table.add_column(column)
    for kept in kept_words(db, ref=ref):
        table.add_row(escape(kept.phrase), escape(kept.kept_by), f"{kept.kept_at:%d/%m/%Y}")
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("publish")(publish_command)
    app.command("leakcheck")(leakcheck_command)
    app.command("signoff")(signoff_command)
    app.command("mark-published")(mark_published_command)
    app.command("glossary")(glossary_command)
    app.command("publication")(publication_command)
    app.command("keep-word")(keep_word_command)
