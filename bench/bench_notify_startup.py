"""Start-up of the command line, which the bookstore software starts once per reception.

Measured, each as a fresh process: `ellipses-sms --version`, `ellipses-sms count TEXTE` and
`ellipses-sms notify reception --order N` for an order already notified (the whole lookup:
store opened, réception script run on the demo base, the notice's key read; nothing sent).
Baseline, in the same run and interleaved with them: `python -c "import sqlite3"`. Target
(issue 13): at most 4x the baseline for `--version` and `count`; `notify` is reported against
the same baseline for the record.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from common import private_home, quick, report


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    home = private_home()
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.json").write_text(
        json.dumps({"librairie": "Librairie du Parc", "sandbox_latency": 0}), encoding="utf-8"
    )
    env = dict(os.environ, ELLIPSES_SMS_HOME=str(home))
    py = sys.executable
    cli = [py, "-m", "ellipses_sms"]
    # an order of the demo base, received and notified once before the measure
    subprocess.run(
        [*cli, "demo-db", "receive", "--order", "1"], env=env, check=True, capture_output=True
    )
    subprocess.run([*cli, "notify", "reception", "--order", "1"], env=env, capture_output=True)
    commands = {
        "baseline": [py, "-c", "import sqlite3"],
        "version": [*cli, "--version"],
        "count": [*cli, "count", "Votre commande est arrivée"],
        "notify": [*cli, "notify", "reception", "--order", "1"],
    }
    best = dict.fromkeys(commands, float("inf"))
    for _ in range(3 if quick() else 7):
        for name, argv in commands.items():
            best[name] = min(best[name], timed(argv, env))
    base = best["baseline"] * 1e3
    report("cli_startup_version", best["version"] * 1e3, "ms", base, "target <= 4x")
    report("cli_startup_count", best["count"] * 1e3, "ms", base, "target <= 4x")
    report("cli_notify_already_notified", best["notify"] * 1e3, "ms", base, "for the record")


if __name__ == "__main__":
    main()
