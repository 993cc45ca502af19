"""Where the web app keeps a review's publication files, inside the data folder.

    DATA_DIR/reviews/<review id>/narrative.md          the latest narrative uploaded (named:
                                                      read to render again, never served)
    DATA_DIR/reviews/<review id>/renderings/<stamp>/   one folder per rendering

A file is served only when a publication record of the review lists it by name and it
resolves inside that review's folder: no other file of the server can be asked for, whatever
the name or the recorded folder (a rendering written by the command line elsewhere is not
served by the web).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from casereview.publish import FORMATS

__all__ = [
    "is_served",
    "narrative_path",
    "read_narrative",
    "rendering_folder",
    "report_formats",
    "review_folder",
    "served_file",
    "store_narrative",
]


def review_folder(data_dir: Path, review_id: int) -> Path:
    return data_dir / "reviews" / str(review_id)


def narrative_path(data_dir: Path, review_id: int) -> Path:
    return review_folder(data_dir, review_id) / "narrative.md"


def rendering_folder(data_dir: Path, review_id: int, now: datetime) -> Path:
    """A new folder name for one rendering (time first, so that they list in order)."""
    stamp = f"{now:%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
    return review_folder(data_dir, review_id) / "renderings" / stamp


def store_narrative(data_dir: Path, review_id: int, text: str) -> Path:
    """Keep the latest narrative of a review (replacing the previous one in one step)."""
    path = narrative_path(data_dir, review_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".narrative-{secrets.token_hex(4)}.md")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return path


def read_narrative(data_dir: Path, review_id: int) -> tuple[Path, datetime] | None:
    """The stored narrative and when it was uploaded (UTC), or None."""
    path = narrative_path(data_dir, review_id)
    if not path.is_file():
        return None
    uploaded = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return path, uploaded.replace(tzinfo=None, microsecond=0)


def report_formats(files: Sequence[str]) -> tuple[str, ...]:
    """The report formats of a rendering, from its file names ("REF-report.pdf")."""
    suffixes = {name.rsplit(".", 1)[-1] for name in files if "-report." in name}
    return tuple(fmt for fmt in FORMATS if fmt in suffixes)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def is_served(data_dir: Path, review_id: int, out_dir: str) -> bool:
    """A rendering written by the web app (inside the review's folder of the data folder)."""
    return _inside(Path(out_dir), review_folder(data_dir, review_id))


def served_file(
    data_dir: Path, review_id: int, out_dir: str, recorded: Sequence[str], name: str
) -> Path | None:
    """The file `name` of a rendering, only when the rendering lists it and it resolves, links
    followed, inside the review's folder of the data folder; otherwise None."""
    if name not in recorded or Path(name).name != name or name in ("", ".", ".."):
        return None
    path = Path(out_dir) / name
    if not _inside(path, review_folder(data_dir, review_id)) or not path.is_file():
        return None
    return path.resolve()
