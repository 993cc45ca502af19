"""The content of a published review, in the usual structure, and its anonymisation.

The structure follows published local child safeguarding practice reviews: introduction and
terms of reference, the child and family as the review describes them, agencies'
involvement by period, key practice episodes, findings, recommendations, the action plan,
and a glossary of terms. The tool assembles and anonymises; every sentence of analysis is
the reviewer's own (structured data from the review, or the reviewer's Markdown narrative).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from markdown_it import MarkdownIt

from casereview.publish.flagging import FlaggedWord
from casereview.publish.redact import Redactor

__all__ = [
    "STANDARD_SECTIONS",
    "Action",
    "Block",
    "Episode",
    "Finding",
    "InvolvementEntry",
    "Period",
    "Recommendation",
    "ReportContent",
    "anonymise_report",
    "markdown_blocks",
    "split_narrative",
]

#: Section keys in report order, and the headings a reviewer's narrative may use for them.
STANDARD_SECTIONS: dict[str, tuple[str, ...]] = {
    "introduction": ("introduction",),
    "terms_of_reference": ("terms of reference", "scope", "methodology"),
    "child_and_family": ("the child and family", "child and family", "the family"),
    "involvement": ("agencies' involvement", "agency involvement", "involvement"),
    "key_episodes": ("key practice episodes", "key episodes"),
    "findings": ("findings", "analysis"),
    "recommendations": ("recommendations",),
    "action_plan": ("action plan",),
    "glossary": ("glossary", "glossary of terms"),
}


@dataclass(frozen=True)
class InvolvementEntry:
    when: str
    agency: str
    text: str


@dataclass(frozen=True)
class Period:
    """A period of the chronology ("Pregnancy to birth") and what each agency did in it."""

    title: str
    entries: tuple[InvolvementEntry, ...] = ()
    summary: str = ""


@dataclass(frozen=True)
class Episode:
    title: str
    text: str


@dataclass(frozen=True)
class Finding:
    title: str
    text: str


@dataclass(frozen=True)
class Recommendation:
    number: str
    text: str


@dataclass(frozen=True)
class Action:
    recommendation: str
    action: str
    owner: str
    due: str
    status: str = ""


@dataclass(frozen=True)
class ReportContent:
    """Everything a report shows. Narrative fields are Markdown written by the reviewer."""

    title: str
    reference: str
    partnership: str = ""
    sections: dict[str, str] = field(default_factory=dict)  # key -> Markdown
    extra_sections: tuple[tuple[str, str], ...] = ()  # (heading, Markdown) not standard
    periods: tuple[Period, ...] = ()
    episodes: tuple[Episode, ...] = ()
    findings: tuple[Finding, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    actions: tuple[Action, ...] = ()
    glossary_terms: tuple[tuple[str, str], ...] = ()
    publication_note: str = ""


def split_narrative(markdown: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Split the reviewer's Markdown at its top headings into standard and other sections."""
    lines = markdown.splitlines()
    top = 2 if not any(re.match(r"#\s", line) for line in lines) else 1
    heading = re.compile(rf"^#{{{top}}}\s+(.+?)\s*#*\s*$")
    standard: dict[str, str] = {}
    other: list[tuple[str, str]] = []
    current: str | None = None
    buffer: list[str] = []

    def close() -> None:
        body = "\n".join(buffer).strip()
        if current is None:
            if body:
                standard.setdefault("introduction", body)
            return
        key = next(
            (k for k, names in STANDARD_SECTIONS.items() if current.strip().lower() in names),
            None,
        )
        if key:
            standard[key] = (standard.get(key, "") + "\n\n" + body).strip()
        else:
            other.append((current, body))

    for line in lines:
        m = heading.match(line)
        if m:
            close()
            current, buffer = m.group(1), []
        else:
            buffer.append(line)
    close()
    return standard, other


@dataclass(frozen=True)
class Block:
    """A block of Markdown for the docx and pdf writers: heading, paragraph, item, quote."""

    kind: str  # "heading", "paragraph", "bullet", "number", "quote", "code"
    text: str
    level: int = 0


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown_html(text: str) -> str:
    """Markdown to HTML, raw HTML disabled (the narrative must not smuggle markup)."""
    return str(_md().render(text))


def markdown_blocks(text: str) -> list[Block]:
    """Markdown to a flat list of blocks (inline emphasis flattened to plain text)."""
    blocks: list[Block] = []
    stack: list[str] = []
    pending: str | None = None
    level = 0
    for tok in _md().parse(text):
        if tok.type in {"bullet_list_open", "ordered_list_open", "blockquote_open"}:
            stack.append(tok.type.split("_")[0])
        elif tok.type in {"bullet_list_close", "ordered_list_close", "blockquote_close"}:
            stack.pop()
        elif tok.type == "heading_open":
            pending, level = "heading", int(tok.tag[1])
        elif tok.type == "paragraph_open" and pending is None:
            kind = {"bullet": "bullet", "ordered": "number", "blockquote": "quote"}
            pending, level = (kind[stack[-1]] if stack else "paragraph"), len(stack)
        elif tok.type == "inline" and pending is not None:
            blocks.append(Block(pending, tok.content.replace("\n", " "), level))
            pending = None
        elif tok.type in {"fence", "code_block"}:
            blocks.append(Block("code", tok.content.rstrip("\n")))
        elif tok.type in {"th_open", "td_open"}:
            pending, level = "paragraph", 0
    return blocks


def anonymise_report(
    content: ReportContent, redactor: Redactor
) -> tuple[ReportContent, list[FlaggedWord]]:
    """Redact every text of the report; return the anonymised copy and the flagged words."""
    flagged: list[FlaggedWord] = []
    texts: list[str] = []

    def collect(text: str) -> int:
        texts.append(text)
        return len(texts) - 1

    # Collect every text first so that Presidio runs once over all of them.
    title_idx = collect(content.title)
    section_idx = {k: collect(v) for k, v in content.sections.items()}
    extra_idx = [(collect(h), collect(b)) for h, b in content.extra_sections]
    period_idx = [
        (
            collect(p.title),
            collect(p.summary),
            [(collect(e.when), collect(e.agency), collect(e.text)) for e in p.entries],
        )
        for p in content.periods
    ]
    episode_idx = [(collect(e.title), collect(e.text)) for e in content.episodes]
    finding_idx = [(collect(f.title), collect(f.text)) for f in content.findings]
    rec_idx = [collect(r.text) for r in content.recommendations]
    action_idx = [(collect(a.action), collect(a.owner)) for a in content.actions]
    term_idx = [(collect(t), collect(m)) for t, m in content.glossary_terms]

    results = redactor.redact_many(texts)
    out = [r.text for r in results]
    for r in results:
        flagged.extend(r.flagged)
    anonymised = replace(
        content,
        title=out[title_idx],
        sections={k: out[i] for k, i in section_idx.items()},
        extra_sections=tuple((out[h], out[b]) for h, b in extra_idx),
        periods=tuple(
            Period(
                out[t],
                tuple(InvolvementEntry(out[w], out[a], out[x]) for w, a, x in entries),
                out[s],
            )
            for t, s, entries in period_idx
        ),
        episodes=tuple(Episode(out[t], out[x]) for t, x in episode_idx),
        findings=tuple(Finding(out[t], out[x]) for t, x in finding_idx),
        recommendations=tuple(
            Recommendation(r.number, out[i])
            for r, i in zip(content.recommendations, rec_idx, strict=True)
        ),
        actions=tuple(
            replace(a, action=out[x], owner=out[o])
            for a, (x, o) in zip(content.actions, action_idx, strict=True)
        ),
        glossary_terms=tuple((out[t], out[m]) for t, m in term_idx),
    )
    return anonymised, flagged


def report_texts(content: ReportContent) -> Sequence[str]:
    """Every text of a report (for tests and measurement)."""
    texts = [content.title, *content.sections.values()]
    for h, b in content.extra_sections:
        texts += [h, b]
    for p in content.periods:
        texts += [p.title, p.summary]
        texts += [x for e in p.entries for x in (e.when, e.agency, e.text)]
    texts += [x for e in content.episodes for x in (e.title, e.text)]
    texts += [x for f in content.findings for x in (f.title, f.text)]
    texts += [r.text for r in content.recommendations]
    texts += [x for a in content.actions for x in (a.action, a.owner)]
    texts += [x for t in content.glossary_terms for x in t]
    return texts
