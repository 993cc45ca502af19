"""Publishing a review: anonymise, render, leak-check, sign off, mark published.

The gate: `publish_review` runs the leak check on every file it writes and records the
result; `mark_published` refuses unless the latest rendering was clean, its files are
unchanged and still clean, and a named person has signed off the flagged words. Every step
is audited (counts and file names only, never a personal value).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session

from casereview.chronology.entries import ChronologyEntry, ChronologyFilter, SourceEvent
from casereview.chronology.exports import FindingLine
from casereview.errors import InvalidInput, NotFound
from casereview.model.dates import ChronoDate
from casereview.model.vocab import AGENCY_TYPES
from casereview.publish import (
    FORMATS,
    Action,
    Finding,
    Glossary,
    GlossaryEntry,
    IdentityList,
    InvolvementEntry,
    LeakReport,
    Period,
    Person,
    Place,
    PublishError,
    Recommendation,
    Redactor,
    ReportContent,
    anonymise_report,
    build_glossary,
    build_identity_list,
    render,
    scan,
    split_narrative,
)
from casereview.publish.finder import find_identifiers
from casereview.publish.kept import NO_KEPT_PHRASES, KeptPhrases
from casereview.publish.nameforms import name_tokens
from casereview.publish.wordlists import allowed_capitalised, common_words
from casereview.services.kept_words import kept_phrases
from casereview.store.audit import record_audit, utcnow
from casereview.store.database import Database
from casereview.store.publish_tables import GlossaryOverride, Publication, PublicationFlag
from casereview.store.queries import current_people, ordered_events, review_header
from casereview.store.tables import Agency, AuditEntry

if TYPE_CHECKING:
    from casereview.services.chronology import Chronology

__all__ = [
    "Anonymiser",
    "PublicationStatus",
    "PublishOutcome",
    "anonymise_chronology",
    "anonymise_findings",
    "anonymised_chronology",
    "anonymiser_for",
    "demo_publish",
    "flagged_words",
    "leakcheck_files",
    "mark_published",
    "publication_status",
    "publish_review",
    "require_clean",
    "review_glossary",
    "set_glossary_label",
    "sign_off",
]

#: Agencies that are places: their names identify where the family lives.
PLACE_AGENCY_TYPES = {"school": "school", "nursery": "nursery", "gp": "gp", "hospital": "hospital"}
#: The role a practitioner named in an event has, from the agency's type.
PRACTITIONER_ROLES = {
    "childrens_social_care": "social worker",
    "police": "police officer",
    "health_visiting": "health visitor",
    "gp": "GP",
    "hospital": "hospital clinician",
    "ambulance": "paramedic",
    "school": "teacher",
    "nursery": "nursery practitioner",
    "housing": "housing officer",
    "probation": "probation officer",
    "adult_mental_health": "mental health practitioner",
    "substance_misuse": "substance misuse worker",
}
_SINGLE_ROLES = {"subject_child", "mother", "father"}


@dataclass
class Anonymiser:
    """Everything needed to anonymise one review's data."""

    identities: IdentityList
    glossary: Glossary
    redactor: Redactor
    person_labels: dict[tuple[int, str], str]  # (return id, person_ref) -> label
    agency_labels: dict[str, str]  # agency name -> label shown in anonymised outputs
    kept: KeptPhrases = NO_KEPT_PHRASES  # phrases a checker kept as ordinary words


def _person_key(role: str | None, given: str | None) -> str:
    role = role or "other"
    if role in _SINGLE_ROLES:
        return role
    first = next(iter(name_tokens(given or "")), "unknown")
    return f"{role}-{first}"


def _practitioners(conn: Connection, review_id: int) -> list[Person]:
    """Practitioners named in events ("Jane Smith (HV)"), with a role from the agency type."""
    seen: dict[tuple[str, ...], tuple[str, str]] = {}
    for _, _, _, agency_type, event in ordered_events(conn, review_id):
        if not event.practitioner:
            continue
        for written in re.split(r"[;/]| and ", event.practitioner):
            name = re.sub(r"\(.*?\)", " ", written).strip(" ,.-")
            toks = name_tokens(name)
            words = name.split()
            if (
                len(toks) < 2
                or not all(w[:1].isupper() for w in words)
                or all(t in common_words() or t in allowed_capitalised() for t in toks)
            ):
                continue  # "Designated safeguarding lead" names nobody; "Jane Smith" does
            seen.setdefault(toks, (name, PRACTITIONER_ROLES.get(agency_type, "practitioner")))
    people = []
    for n, (name, role) in enumerate(seen.values(), start=1):
        parts = name.split()
        people.append(
            Person.from_records(
                f"practitioner-{n}",
                [{"given_names": " ".join(parts[:-1]), "family_name": parts[-1], "role": role}],
                practitioner=True,
            )
        )
    return people


def _capitalised(label: str) -> str:
    return label[:1].upper() + label[1:]


def anonymiser_for(conn: Connection, ref: str) -> Anonymiser:
    """Build the identity list, glossary and redactor of a review from its stored data."""
    review = review_header(conn, ref)
    stored = current_people(conn, review.id)
    groups: dict[str, list[object]] = {}
    members: dict[str, list[tuple[int, str]]] = {}
    for sp in stored:
        key = _person_key(sp.record.role, sp.record.given_names)
        groups.setdefault(key, []).append(sp.record)
        members.setdefault(key, []).append((sp.return_id, sp.record.person_ref))
    people = [Person.from_records(key, records) for key, records in groups.items()]
    people += _practitioners(conn, review.id)
    agencies = conn.execute(
        select(Agency.id, Agency.name, Agency.agency_type).where(Agency.review_id == review.id)
    ).all()
    places = [
        Place(str(a.id), a.name, PLACE_AGENCY_TYPES[a.agency_type])
        for a in agencies
        if a.agency_type in PLACE_AGENCY_TYPES
    ]
    overrides = dict(
        conn.execute(
            select(GlossaryOverride.owner, GlossaryOverride.label).where(
                GlossaryOverride.review_id == review.id
            )
        ).all()
    )
    glossary = build_glossary(people, places, overrides)
    word_counts = Counter(t for a in agencies for t in set(name_tokens(a.name)))
    area_words = frozenset(t for t, n in word_counts.items() if n > 1)
    identities = build_identity_list(people, places, glossary, area_words)
    labels = glossary.as_dict()
    person_labels = {
        member: labels[f"person:{key}"] for key, group in members.items() for member in group
    }
    agency_labels = {
        a.name: _capitalised(labels.get(f"place:{a.id}") or AGENCY_TYPES.label(a.agency_type))
        for a in agencies
    }
    phrases = kept_phrases(conn, review.id)
    return Anonymiser(
        identities,
        glossary,
        Redactor(identities, kept_phrases=phrases),
        person_labels,
        agency_labels,
        KeptPhrases.of(phrases),
    )


def review_glossary(db: Database, *, ref: str) -> list[GlossaryEntry]:
    """The pseudonyms of a review (owner key, label, what it stands for)."""
    with db.engine.connect() as conn:
        return list(anonymiser_for(conn, ref).glossary.entries)


def set_glossary_label(db: Database, *, ref: str, owner: str, label: str, actor: str) -> None:
    """Choose the label of one person or place ("person:mother" -> "Mother")."""
    label = label.strip()
    if not label:
        raise InvalidInput("A label cannot be empty; e.g. --set person:partner=Stepfather")
    with db.engine.begin() as conn:
        anonymiser = anonymiser_for(conn, ref)
        if owner not in anonymiser.glossary.as_dict():
            raise NotFound(
                f"No person or place '{owner}' in review {ref}; list them with: "
                f"casereview glossary {ref}"
            )
        if name_tokens(label) in anonymiser.identities.names or find_identifiers(
            label, anonymiser.identities
        ):
            raise InvalidInput(
                "That label holds a name or another identifier of the case; choose a role "
                "label such as Mother's partner or Sibling 2"
            )
        previous = anonymiser.glossary.as_dict()[owner]
        review = review_header(conn, ref)
        conn.execute(
            delete(GlossaryOverride).where(
                GlossaryOverride.review_id == review.id, GlossaryOverride.owner == owner
            )
        )
        conn.execute(insert(GlossaryOverride).values(review_id=review.id, owner=owner, label=label))
        # The entry by its previous label, never by its key: a key can hold a given name
        # ("sibling-grace"), and the audit log holds no personal values.
        record_audit(
            conn,
            actor=actor,
            action="publish.glossary",
            review_ref=ref,
            detail={"entry": previous, "label": label},
        )


def _not_a_birth_date(when: ChronoDate, anonymiser: Anonymiser) -> ChronoDate:
    """An event on a date of birth (the birth itself) is shown by its month only."""
    if when.is_exact_day and when.earliest in anonymiser.identities.dates_of_birth:
        return ChronoDate.month(when.earliest.year, when.earliest.month, uncertain=when.uncertain)
    return when


def anonymise_chronology(
    entries: Iterable[ChronologyEntry], anonymiser: Anonymiser, batch: int = 500
) -> Iterator[ChronologyEntry]:
    """Chronology entries with every free text redacted and places/people relabelled."""
    buffer: list[ChronologyEntry] = []

    def flush() -> Iterator[ChronologyEntry]:
        texts: list[str] = []
        for entry in buffer:
            e = entry.event
            texts += [e.description, e.practitioner or "", e.action_outcome or "", e.source]
            texts.append(e.analysis or "")
        results = anonymiser.redactor.redact_many(texts)
        for i, entry in enumerate(buffer):
            desc, practitioner, outcome, source, analysis = (
                r.text for r in results[5 * i : 5 * i + 5]
            )
            e = entry.event
            event = replace(
                e,
                start=_not_a_birth_date(e.start, anonymiser),
                end=_not_a_birth_date(e.end, anonymiser) if e.end else None,
                analysis=analysis or None,
                description=desc,
                practitioner=practitioner or None,
                action_outcome=outcome or None if e.action_outcome else None,
                source=source,
                shared_with=tuple(anonymiser.agency_labels.get(s, s) for s in e.shared_with),
            )
            src = entry.source
            yield replace(
                entry,
                source=SourceEvent(
                    src.event_id,
                    anonymiser.agency_labels.get(src.agency, src.agency),
                    src.agency_type,
                    event,
                    src.people,
                ),
            )
        buffer.clear()

    for entry in entries:
        buffer.append(entry)
        if len(buffer) >= batch:
            yield from flush()
    if buffer:
        yield from flush()


def anonymised_chronology(
    conn: Connection, ref: str, where: ChronologyFilter | None = None
) -> tuple[Chronology, Iterator[ChronologyEntry]]:
    """The merged chronology with people as glossary labels and every text redacted."""
    from casereview.services.chronology import build_chronology

    anonymiser = anonymiser_for(conn, ref)
    chronology = build_chronology(
        conn,
        ref,
        where,
        people_keys=lambda rid, pref: anonymiser.person_labels.get((rid, pref), "[person]"),
    )
    chronology.agencies = tuple(anonymiser.agency_labels.get(a, a) for a in chronology.agencies)
    return chronology, anonymise_chronology(chronology.entries, anonymiser)


def anonymise_findings(
    conn: Connection, ref: str, findings: Sequence[FindingLine]
) -> tuple[FindingLine, ...]:
    """Indicator findings for an anonymised export: titles, evidence and explanations redacted."""
    if not findings:
        return ()
    redactor = anonymiser_for(conn, ref).redactor
    texts = [t for f in findings for t in (f.title, f.evidence, f.explanation)]
    out = [r.text for r in redactor.redact_many(texts)]
    return tuple(
        replace(f, title=out[3 * i], evidence=out[3 * i + 1], explanation=out[3 * i + 2])
        for i, f in enumerate(findings)
    )


def require_clean(conn: Connection, ref: str, path: Path) -> None:
    """Leak-check a file just written; delete it and refuse if anything identifies."""
    anonymiser = anonymiser_for(conn, ref)
    report = scan([path], anonymiser.identities, anonymiser.kept)
    if not report.clean:
        path.unlink(missing_ok=True)
        raise PublishError(
            f"The anonymised export was not written: it failed the leak check.\n{report}"
        )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _report_content(
    conn: Connection, ref: str, narrative: str, anonymiser: Anonymiser
) -> ReportContent:
    review = review_header(conn, ref)
    standard, other = split_narrative(narrative)
    by_year: dict[int, list[InvolvementEntry]] = {}
    for _, _, agency, _, event in ordered_events(conn, review.id):
        by_year.setdefault(event.start.earliest.year, []).append(
            InvolvementEntry(
                event.start.display(),
                anonymiser.agency_labels.get(agency, agency),
                event.description,
            )
        )
    periods = tuple(Period(str(year), tuple(rows)) for year, rows in sorted(by_year.items()))
    terms = tuple((e.label, e.description) for e in anonymiser.glossary.entries)
    findings, recommendations, actions = _review_outcomes(conn, review.id, anonymiser)
    return ReportContent(
        title=review.title or "Local child safeguarding practice review",
        reference=ref,
        sections=standard,
        extra_sections=tuple(other),
        periods=periods,
        findings=findings,
        recommendations=recommendations,
        actions=actions,
        glossary_terms=terms,
    )


def _review_outcomes(
    conn: Connection, review_id: int, anonymiser: Anonymiser
) -> tuple[tuple[Finding, ...], tuple[Recommendation, ...], tuple[Action, ...]]:
    """The review's own findings, recommendations and action plan (issue 5's records), as the
    reviewer wrote them: the report quotes them, it does not write them."""
    from casereview.store.clock_tables import ActionRow, FindingRow, RecommendationRow

    findings = tuple(
        Finding("", row.summary)
        for row in conn.execute(
            select(FindingRow.key, FindingRow.summary)
            .where(FindingRow.review_id == review_id)
            .order_by(FindingRow.id)
        )
    )
    recs = conn.execute(
        select(RecommendationRow.id, RecommendationRow.key, RecommendationRow.text)
        .where(RecommendationRow.review_id == review_id)
        .order_by(RecommendationRow.id)
    ).all()
    keys = {r.id: r.key for r in recs}
    recommendations = tuple(Recommendation(r.key, r.text) for r in recs)
    actions = tuple(
        Action(
            keys.get(row.recommendation_id, ""),
            row.description,
            anonymiser.agency_labels.get(row.owner_agency, row.owner_agency),
            row.due.strftime("%d/%m/%Y"),
            row.status.replace("_", " "),
        )
        for row in conn.execute(
            select(
                ActionRow.recommendation_id,
                ActionRow.description,
                ActionRow.owner_agency,
                ActionRow.due,
                ActionRow.status,
            )
            .where(ActionRow.review_id == review_id)
            .order_by(ActionRow.id)
        )
    )
    return findings, recommendations, actions


@dataclass(frozen=True)
class PublishOutcome:
    """What `publish` wrote, whether it is clean, and the words a person must check."""

    publication_id: int
    files: tuple[Path, ...]
    report: LeakReport
    flagged: tuple[tuple[str, str, int], ...]  # (word, reason, occurrences)


def publish_review(
    db: Database,
    *,
    ref: str,
    narrative: Path | None,
    formats: Sequence[str],
    out: Path,
    actor: str,
) -> PublishOutcome:
    """Render the anonymised report (and the anonymised chronology) and leak-check them."""
    from casereview.chronology.exports import ExportMeta, export_chronology

    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise InvalidInput(f"Unknown report format; use one or more of: {', '.join(FORMATS)}")
    if narrative is not None and not narrative.is_file():
        raise InvalidInput(f"The narrative file {narrative.name} does not exist")
    text = narrative.read_text(encoding="utf-8") if narrative is not None else ""
    out.mkdir(parents=True, exist_ok=True)
    with db.engine.connect() as conn:
        anonymiser = anonymiser_for(conn, ref)
        content = _report_content(conn, ref, text, anonymiser)
        anonymised, flagged = anonymise_report(content, anonymiser.redactor)
        files = [render(anonymised, fmt, out / f"{ref}-report.{fmt}") for fmt in formats]
        chronology, entries = anonymised_chronology(conn, ref)
        chronology_path = out / f"{ref}-chronology-anonymised.xlsx"
        meta = ExportMeta(
            review_ref=ref,
            title="Anonymised merged chronology",
            generated_at=utcnow(),
            agencies=chronology.agencies,
        )
        export_chronology("xlsx", entries, chronology_path, meta)
        files.append(chronology_path)
        report = scan(files, anonymiser.identities, anonymiser.kept)
    counts = Counter((f.word, f.reason) for f in flagged)
    flags = tuple((w, r, n) for (w, r), n in sorted(counts.items()))
    with db.engine.begin() as conn:
        review = review_header(conn, ref)
        publication_id = conn.execute(
            insert(Publication)
            .values(
                review_id=review.id,
                created_at=utcnow(),
                created_by=actor,
                out_dir=str(out),
                files=[{"name": p.name, "sha256": _sha256(p)} for p in files],
                leak_clean=report.clean,
                leaks_count=len(report.leaks),
                flagged_count=len(flags),
                notices=[],
            )
            .returning(Publication.id)
        ).scalar_one()
        if flags:
            conn.execute(
                insert(PublicationFlag),
                [
                    {
                        "publication_id": publication_id,
                        "word": w[:200],
                        "reason": r,
                        "occurrences": n,
                    }
                    for w, r, n in flags
                ],
            )
        record_audit(
            conn,
            actor=actor,
            action="publish.render",
            review_ref=ref,
            detail={
                "publication": publication_id,
                "files": [p.name for p in files],
                "clean": report.clean,
                "leaks": len(report.leaks),
                "flagged_words": len(flags),
            },
        )
    return PublishOutcome(publication_id, tuple(files), report, flags)


def leakcheck_files(db: Database, *, ref: str, files: Sequence[Path], actor: str) -> LeakReport:
    """Leak-check any files against the review's identifiers (audited: counts only)."""
    with db.engine.connect() as conn:
        anonymiser = anonymiser_for(conn, ref)
    report = scan(files, anonymiser.identities, anonymiser.kept)
    with db.engine.begin() as conn:
        record_audit(
            conn,
            actor=actor,
            action="publish.leakcheck",
            review_ref=ref,
            detail={"files": [Path(f).name for f in files], "leaks": len(report.leaks)},
        )
    return report


def _latest(session: Session, ref: str) -> Publication:
    review = review_header(session.connection(), ref)
    row = session.scalars(
        select(Publication)
        .where(Publication.review_id == review.id)
        .order_by(Publication.id.desc())
        .limit(1)
    ).first()
    if row is None:
        raise NotFound(f"Review {ref} has not been rendered yet; run: casereview publish {ref}")
    return row


@dataclass(frozen=True)
class PublicationStatus:
    """The latest rendering of a review and where it stands in the publication gate."""

    rendering: int  # its number: a sign-off names the rendering whose list was checked
    files: tuple[str, ...]
    leak_clean: bool
    leaks: int
    flagged: int
    signed_off_by: str | None
    signed_off_at: str | None
    published_on: date | None
    published_where: str | None
    retention_until: date | None
    notices: tuple[str, ...]


def publication_status(db: Database, *, ref: str) -> PublicationStatus:
    with db.unit_of_work() as session:
        p = _latest(session, ref)
        return PublicationStatus(
            p.id,
            tuple(f["name"] for f in p.files),
            p.leak_clean,
            p.leaks_count,
            p.flagged_count,
            p.signed_off_by,
            f"{p.signed_off_at:%d/%m/%Y %H:%M}" if p.signed_off_at else None,
            p.published_on,
            p.published_where,
            p.retention_until,
            tuple(p.notices),
        )


def flagged_words(db: Database, *, ref: str) -> list[tuple[str, str, int]]:
    """The words of the latest rendering that a person must check before sign-off."""
    with db.unit_of_work() as session:
        latest = _latest(session, ref)
        rows = session.execute(
            select(PublicationFlag.word, PublicationFlag.reason, PublicationFlag.occurrences)
            .where(PublicationFlag.publication_id == latest.id)
            .order_by(PublicationFlag.word)
        ).all()
    return [(r.word, r.reason, r.occurrences) for r in rows]


#: What changes the words a rendering would list: kept phrases and glossary labels.
CHANGE_ACTIONS = ("publish.keep_word", "publish.unkeep_word", "publish.glossary")


def changes_since_render(conn: Connection, ref: str) -> int:
    """How many kept-word or glossary changes were made after the latest rendering."""
    last_render = (
        select(func.max(AuditEntry.id))
        .where(AuditEntry.review_ref == ref, AuditEntry.action == "publish.render")
        .scalar_subquery()
    )
    count = conn.execute(
        select(func.count()).where(
            AuditEntry.review_ref == ref,
            AuditEntry.action.in_(CHANGE_ACTIONS),
            AuditEntry.id > last_render,
        )
    ).scalar()
    return int(count or 0)


def sign_off(
    db: Database, *, ref: str, signed_by: str, actor: str, rendering: int | None = None
) -> int:
    """A named person signs off the flagged words of the latest clean rendering, if no kept
    word or glossary label has changed since it was made (its list would be out of date).

    `rendering` is the number of the rendering whose list the person checked: if the report
    was rendered again since, the list signed off would not be the one they read, and the
    sign-off is refused.
    """
    signed_by = signed_by.strip()
    if len(signed_by.split()) < 2:
        raise InvalidInput("Sign-off needs the full name of the person who checked the words")
    with db.unit_of_work() as session:
        latest = _latest(session, ref)
        if rendering is not None and rendering != latest.id:
            raise PublishError(
                f"{ref} was rendered again (rendering {latest.id}) after rendering {rendering}, "
                "whose list was checked; check the latest list, then sign off"
            )
        if not latest.leak_clean:
            raise PublishError(
                f"The latest rendering of {ref} failed the leak check ({latest.leaks_count} "
                "identifier(s)); fix the narrative or the glossary and run publish again"
            )
        if changes_since_render(session.connection(), ref):
            raise PublishError(
                f"Kept words or glossary labels of {ref} changed after its latest rendering, "
                "so its list of words to check is out of date; run publish again, check the "
                "new list, then sign off"
            )
        latest.signed_off_by = signed_by
        latest.signed_off_at = utcnow()
        record_audit(
            session,
            actor=actor,
            action="publish.signoff",
            review_ref=ref,
            detail={
                "publication": latest.id,
                "signed_off_by": signed_by,
                "flagged_words": latest.flagged_count,
            },
        )
        count = latest.flagged_count
        session.commit()
        return count


def _one_year_later(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + timedelta(days=365)


def mark_published(
    db: Database,
    *,
    ref: str,
    where: str,
    published_on: date,
    retention_until: date | None,
    notices: Sequence[str],
    actor: str,
) -> Publication:
    """Record publication, only for a clean, unchanged, signed-off rendering."""
    if not where.strip():
        raise InvalidInput("Say where the report is published, e.g. --where https://...")
    retention = retention_until or _one_year_later(published_on)
    if retention < _one_year_later(published_on):
        raise InvalidInput("A published review stays online for at least a year")
    with db.unit_of_work() as session:
        latest = _latest(session, ref)
        anonymiser = anonymiser_for(session.connection(), ref)
        session.expunge(latest)
    if not latest.leak_clean:
        raise PublishError(
            f"The latest rendering of {ref} failed the leak check; it cannot be published"
        )
    if not latest.signed_off_by:
        raise PublishError(
            f"Nobody has signed off the {latest.flagged_count} flagged word(s) of {ref}; "
            f'run: casereview signoff {ref} --by "Full Name"'
        )
    folder = Path(latest.out_dir)
    paths = [folder / f["name"] for f in latest.files]
    for path, recorded in zip(paths, latest.files, strict=True):
        if not path.is_file() or _sha256(path) != recorded["sha256"]:
            raise PublishError(
                f"{path.name} is missing or changed since it was checked; run publish again"
            )
    report = scan(paths, anonymiser.identities, anonymiser.kept)
    if not report.clean:
        raise PublishError(f"The files of {ref} now fail the leak check:\n{report}")
    with db.unit_of_work() as session:
        row = session.get_one(Publication, latest.id)
        row.published_on = published_on
        row.published_where = where.strip()
        row.retention_until = retention
        row.notices = list(notices)
        record_audit(
            session,
            actor=actor,
            action="publish.published",
            review_ref=ref,
            detail={
                "publication": latest.id,
                "published_on": published_on.isoformat(),
                "where": where.strip(),
                "retention_until": retention.isoformat(),
                "notices": list(notices),
            },
        )
        session.commit()
        session.refresh(row)
        session.expunge(row)
    return row


def demo_publish(db: Database, out: Path, console: Console) -> list[tuple[str, Path]]:
    """Demo: publish the demonstration review (HTML, DOCX, PDF), sign off, mark published."""
    from importlib import resources

    from casereview.demo.run import DEMO_REF

    folder = out / "publication"
    narrative = out / "narrative.md"
    narrative.write_text(
        resources.files("casereview.publish")
        .joinpath("data", "demo_narrative.md")
        .read_text("utf-8"),
        encoding="utf-8",
    )
    outcome = publish_review(
        db,
        ref=DEMO_REF,
        narrative=narrative,
        formats=("html", "docx", "pdf"),
        out=folder,
        actor="demo",
    )
    console.print(
        f"Published {DEMO_REF}: {len(outcome.files)} files, leak check "
        f"{'clean' if outcome.report.clean else 'FAILED'}, "
        f"{len(outcome.flagged)} word(s) flagged for checking."
    )
    made = [("reviewer's narrative (named, not for publication)", narrative)]
    made += [(f"anonymised report ({p.suffix[1:]})", p) for p in outcome.files]
    if outcome.report.clean:
        sign_off(db, ref=DEMO_REF, signed_by="Demo Reviewer", actor="demo")
        today = utcnow().date()
        mark_published(
            db,
            ref=DEMO_REF,
            where="https://example.org/demo-review",
            published_on=today,
            retention_until=None,
            notices=[f"National panel notified {today:%d/%m/%Y} (demo)"],
            actor="demo",
        )
    return made
