"""`casereview demo`: build the demonstration review end to end."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from sqlalchemy import select

from casereview.demo.cast import AGENCIES
from casereview.demo.generate import DATA_DIR
from casereview.demo.steps import load_steps
from casereview.ingest.template_files import write_xlsx_template
from casereview.services.chronology import export_review_chronology
from casereview.services.imports import ImportRequest, import_return
from casereview.services.reviews import create_review
from casereview.store.database import open_database
from casereview.store.tables import Review

__all__ = ["DEMO_REF", "run_demo"]

DEMO_REF = "DEMO-LCSPR-2024"
DEMO_ACTOR = "demo"


def _request(folder: Path, key: str, name: str, agency_type: str, fmt: str) -> ImportRequest:
    request = ImportRequest(
        review_ref=DEMO_REF, agency=name, agency_type=agency_type, actor=DEMO_ACTOR
    )
    if fmt == "xlsx":
        return replace(request, workbook=folder / f"{key}.xlsx")
    if fmt == "csv":
        return replace(
            request, people=folder / f"{key}-people.csv", events=folder / f"{key}-events.csv"
        )
    return replace(
        request,
        people=folder / f"{key}-clients.csv",
        events=folder / f"{key}-contacts.csv",
        mapping=folder / f"{key}-mapping.yaml",
    )


def run_demo(out: Path, *, db_url: str | None, console: Console) -> list[tuple[str, Path]]:
    out.mkdir(parents=True, exist_ok=True)
    returns = out / "returns"
    shutil.copytree(DATA_DIR, returns, dirs_exist_ok=True)
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            exists = conn.execute(select(Review.id).where(Review.ref == DEMO_REF)).first()
        if exists is None:
            create_review(
                db,
                ref=DEMO_REF,
                title="Demonstration review (fictional family)",
                review_type="lcspr",
                actor=DEMO_ACTOR,
            )
            console.print(f"Created review {DEMO_REF}.")
        for agency in AGENCIES:
            outcome = import_return(
                db, _request(returns, agency.key, agency.name, agency.agency_type, agency.fmt)
            )
            console.print(
                f"{agency.name}: {outcome.status}, {outcome.people} people, "
                f"{outcome.events} events, {outcome.issues.warning_count} warning(s)"
            )
        made: list[tuple[str, Path]] = [("agency returns", returns)]
        for step in load_steps():
            made += step(db, out, console)
        for fmt in ("xlsx", "csv", "html"):
            path = out / f"chronology.{fmt}"
            export_review_chronology(db, ref=DEMO_REF, fmt=fmt, out=path, actor=DEMO_ACTOR)
            made.append((f"merged chronology ({fmt})", path))
        template = out / "agency-return-template.xlsx"
        write_xlsx_template(template)
        made.append(("blank return template", template))
        made.append(
            (
                "database",
                Path(db.url.removeprefix("sqlite:///"))
                if db.url.startswith("sqlite:///")
                else Path(db.url.split("@")[-1]),
            )
        )
        return made
    finally:
        db.dispose()
