"""A checker keeps a listed word as the ordinary word: through the real CLI, both databases."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import select

from casereview.store.database import open_database
from casereview.store.tables import AuditEntry

from .test_publish_cli import _setup

# "Grace" is the invented child's given name; here it is also the ordinary word, in a
# construction the redactor cannot read, so it is redacted and listed for checking.
NARRATIVE = "# Findings\nGrace under pressure was shown by every practitioner.\n"


def _publish(cli: Any, tmp_path: Path, out: str) -> str:
    narrative = tmp_path / "narrative.md"
    narrative.write_text(NARRATIVE, encoding="utf-8")
    folder = tmp_path / out
    result = cli(
        "publish",
        "LCSPR-7",
        "--narrative",
        str(narrative),
        "--format",
        "html",
        "--out",
        str(folder),
    )
    assert result.exit_code == 0, result.output
    return (folder / "LCSPR-7-report.html").read_text(encoding="utf-8")


def test_kept_phrase_keeps_the_word_there_and_nowhere_else(cli: Any, tmp_path: Path) -> None:
    _setup(cli, tmp_path)
    before = _publish(cli, tmp_path, "first")
    assert "Grace under" not in before and "Child A under pressure" in before
    result = cli("keep-word", "LCSPR-7", "Grace   under")  # spaces as the checker typed them
    assert result.exit_code == 0, result.output
    assert "Grace under" in result.output  # the list shown at the terminal
    after = _publish(cli, tmp_path, "second")
    assert "Grace under pressure was shown" in after
    assert "Child A seen" in after and "Grace seen" not in after  # a person elsewhere
    # The leak check honours the kept phrase as redaction did: the outputs are clean.
    result = cli("leakcheck", "LCSPR-7", *[str(p) for p in (tmp_path / "second").iterdir()])
    assert result.exit_code == 0, result.output
    # Removed, the word is redacted and listed again.
    assert cli("keep-word", "LCSPR-7", "Grace under", "--remove").exit_code == 0
    assert "Child A under pressure" in _publish(cli, tmp_path, "third")
    db = open_database(cli.url)
    try:
        with db.unit_of_work() as session:
            audit = session.execute(
                select(AuditEntry.action, AuditEntry.detail).where(
                    AuditEntry.action.like("publish.%keep_word")
                )
            ).all()
    finally:
        db.dispose()
    assert [a.action for a in audit] == ["publish.keep_word", "publish.unkeep_word"]
    assert "Grace" not in " ".join(str(a.detail) for a in audit)


def test_only_a_word_name_in_a_context_can_be_kept(cli: Any, tmp_path: Path) -> None:
    _setup(cli, tmp_path)
    for phrase in (
        "Grace",  # a word alone would be kept everywhere
        "Nadia under",  # a name that is no ordinary word
        "Grace Trelawny",  # another name of the case after it
        "Ordinary words",  # no name of the case at all
    ):
        result = cli("keep-word", "LCSPR-7", phrase)
        assert result.exit_code == 2, phrase
        assert "Trelawny" not in result.output and "Nadia" not in result.output
    assert cli("keep-word", "LCSPR-7", "Grace under", "--remove").exit_code == 3
    # A name the redactor is sure of is never kept, whatever phrase is kept.
    assert cli("keep-word", "LCSPR-7", "Grace seen").exit_code == 0
    html = _publish(cli, tmp_path, "out")
    assert "Grace seen" not in html and "Child A seen" in html


def test_sign_off_needs_a_rendering_made_after_the_last_kept_word(cli: Any, tmp_path: Path) -> None:
    """The list signed off must be the one the current kept words and labels give."""
    _setup(cli, tmp_path)
    _publish(cli, tmp_path, "first")
    assert cli("keep-word", "LCSPR-7", "Grace under").exit_code == 0
    result = cli("signoff", "LCSPR-7", "--by", "Sam Okoro")
    assert result.exit_code == 1
    assert "out of date" in " ".join(result.output.split())
    _publish(cli, tmp_path, "second")
    assert cli("signoff", "LCSPR-7", "--by", "Sam Okoro").exit_code == 0


def test_sign_off_names_the_rendering_whose_list_was_checked(cli: Any, tmp_path: Path) -> None:
    """A checker who read rendering N's list cannot sign off a later rendering's by mistake."""
    _setup(cli, tmp_path)
    _publish(cli, tmp_path, "first")
    shown = cli("publication", "LCSPR-7")
    assert shown.exit_code == 0, shown.output
    checked = re.search(r"rendering\s*│?\s*(\d+)", shown.output)
    assert checked, shown.output
    _publish(cli, tmp_path, "second")  # a colleague renders again meanwhile
    result = cli("signoff", "LCSPR-7", "--by", "Sam Okoro", "--rendering", checked.group(1))
    assert result.exit_code == 1
    assert "rendered again" in " ".join(result.output.split())
    latest = re.search(r"rendering\s*│?\s*(\d+)", cli("publication", "LCSPR-7").output)
    assert latest and latest.group(1) != checked.group(1)
    result = cli("signoff", "LCSPR-7", "--by", "Sam Okoro", "--rendering", latest.group(1))
    assert result.exit_code == 0, result.output
