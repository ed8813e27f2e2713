"""Shared helpers for the benchmarks: the one-line report format and a private home folder."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# The benchmarks that build Qt models or windows run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def quick() -> bool:
    return "--quick" in sys.argv[1:]


def private_home() -> Path:
    """Benchmarks never touch the user's data: a throw-away ELLIPSES_SMS_HOME."""
    home = Path(tempfile.mkdtemp(prefix="ellipses-bench-"))
    os.environ["ELLIPSES_SMS_HOME"] = str(home)
    return home


def report(name: str, value: float, unit: str, baseline: float, note: str = "") -> None:
    """NAME: VALUE UNIT (baseline VALUE UNIT, ratio R) — ratio = value / baseline."""
    ratio = value / baseline if baseline else float("inf")
    line = f"{name}: {value:.4g} {unit} (baseline {baseline:.4g} {unit}, ratio {ratio:.2f})"
    if note:
        line += f"  # {note}"
    print(line, flush=True)
