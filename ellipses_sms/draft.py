"""The clerk's unsent work — the recipient table and the message — kept between two starts.

Why: a clerk who closes the window (or whose PC restarts) with 300 customers typed or imported
and a message half written must find them again. The window writes the draft when it closes and
reads it at the next start. A plain JSON file in the data folder, written to a temporary file
then swapped in (`fileops.replace`), so a crash mid-write leaves the previous draft whole; a
damaged draft is set aside (`draft.json.bad`), never a reason not to start. Plain Python, no Qt.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from ellipses_sms import fileops, paths
from ellipses_sms.recipients import Recipient

log = logging.getLogger(__name__)

VERSION = 1


@dataclass(frozen=True)
class Draft:
    """What the clerk had in the window."""

    recipients: list[Recipient] = field(default_factory=list)
    text: str = ""
    kind: str = "notification"

    @property
    def empty(self) -> bool:
        return not self.recipients and not self.text.strip()


def draft_path() -> Path:
    return paths.data_dir() / "draft.json"


def save(draft: Draft, path: Path | None = None) -> None:
    """Keep the draft (an empty one removes the file)."""
    path = path or draft_path()
    if draft.empty:
        path.unlink(missing_ok=True)
        return
    data = {
        "version": VERSION,
        "text": draft.text,
        "kind": draft.kind,
        "recipients": [
            {"name": r.name, "number": r.number, "fields": dict(r.fields)} for r in draft.recipients
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fileops.replace(temporary, path)


def load(path: Path | None = None) -> Draft | None:
    """The draft kept, or None (none, or damaged: set aside as `.bad` and logged)."""
    path = path or draft_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        log.warning("draft %s unreadable", path, exc_info=True)
        return None
    try:
        data = json.loads(raw)
        people = [
            Recipient(
                str(item.get("name") or ""),
                str(item["number"]),
                {str(k): str(v) for k, v in (item.get("fields") or {}).items()},
            )
            for item in data.get("recipients") or []
        ]
        kind = data.get("kind") if data.get("kind") in ("notification", "marketing") else None
        return Draft(people, str(data.get("text") or ""), kind or "notification")
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("draft %s damaged: set aside", path, exc_info=True)
        try:
            fileops.replace(path, path.with_name(path.name + ".bad"))
        except OSError:
            log.warning("draft %s could not be set aside", path, exc_info=True)
        return None


def clear(path: Path | None = None) -> None:
    (path or draft_path()).unlink(missing_ok=True)
