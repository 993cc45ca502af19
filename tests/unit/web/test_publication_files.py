"""The data folder's layout for publication files: which files may be served."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from casereview.services.publication_files import (
    read_narrative,
    rendering_folder,
    report_formats,
    served_file,
    store_narrative,
)


def _rendering(data_dir: Path) -> Path:
    out = rendering_folder(data_dir, 7, datetime(2026, 12, 1, 9, 30))
    out.mkdir(parents=True)
    (out / "R-report.html").write_text("<p>Child A</p>", encoding="utf-8")
    return out


def test_only_a_recorded_file_inside_the_reviews_folder_is_served(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    out = _rendering(data_dir)
    recorded = ["R-report.html", "../narrative.md", "link.html"]
    assert (
        served_file(data_dir, 7, str(out), recorded, "R-report.html")
        == (out / "R-report.html").resolve()
    )
    store_narrative(data_dir, 7, "# Findings\nNamed text.\n")
    # A recorded name that climbs out, a name not recorded, another review's folder.
    assert served_file(data_dir, 7, str(out), recorded, "../narrative.md") is None
    assert served_file(data_dir, 7, str(out), recorded, "narrative.md") is None
    assert served_file(data_dir, 8, str(out), recorded, "R-report.html") is None
    # A link inside the folder that points outside it.
    secret = tmp_path / "secret.html"
    secret.write_text("named", encoding="utf-8")
    (out / "link.html").symlink_to(secret)
    assert served_file(data_dir, 7, str(out), recorded, "link.html") is None
    # A rendering recorded outside the data folder (the command line's --out).
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "R-report.html").write_text("x", encoding="utf-8")
    assert served_file(data_dir, 7, str(elsewhere), recorded, "R-report.html") is None


def test_the_narrative_is_replaced_and_formats_read_from_file_names(tmp_path: Path) -> None:
    assert read_narrative(tmp_path, 3) is None
    store_narrative(tmp_path, 3, "first")
    path = store_narrative(tmp_path, 3, "second")
    stored = read_narrative(tmp_path, 3)
    assert stored is not None and stored[0] == path and path.read_text() == "second"
    assert [p.name for p in path.parent.iterdir()] == ["narrative.md"]  # no partial left
    names = ["R-report.pdf", "R-chronology-anonymised.xlsx", "R-report.html"]
    assert report_formats(names) == ("html", "pdf")
