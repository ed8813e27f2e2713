"""Real processes racing on one store, judged by what a local provider really received.

Each sender is a real `ellipses-sms` command line in its own Python process. They import
everything first, say they are ready, and start together when the test creates the start
file, so that their claims really overlap.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import FAST_SANDBOX
from tests.fakes.counting_provider import CountingProvider

PRELUDE = """
import os, sys, time
import ellipses_sms.app, ellipses_sms.cli, ellipses_sms.sending, ellipses_sms.gateway.http
ready, go = sys.argv[1], sys.argv[2]
open(ready, "w").close()
while not os.path.exists(go):
    time.sleep(0.0005)
sys.exit(ellipses_sms.cli.main(sys.argv[3:]))
"""


def make_home(root: Path, provider: CountingProvider, store_url: str, **settings) -> Path:
    (root / "config").mkdir(parents=True, exist_ok=True)
    values = {
        **FAST_SANDBOX,
        "database_url": store_url,
        "default_provider": "fake",
        "providers": {"fake": provider.provider_config()},
        **settings,
    }
    (root / "config" / "settings.json").write_text(json.dumps(values), encoding="utf-8")
    return root


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = os.environ.copy()
    env["ELLIPSES_SMS_HOME"] = str(home)
    env.update(extra)
    return env


def start_together(
    home: Path, commands: list[list[str]], envs: list[dict] | None = None, trial: int = 0
) -> list[subprocess.Popen]:
    """Start each command in its own process; they begin at the same instant."""
    procs, go = prepare(home, commands, envs, trial)
    go.touch()
    return procs


def prepare(
    home: Path, commands: list[list[str]], envs: list[dict] | None = None, trial: int = 0
) -> tuple[list[subprocess.Popen], Path]:
    """Start the processes, imports done, waiting for the returned start file to exist."""
    go = home / f"go-{trial}"
    procs, readies = [], []
    for i, argv in enumerate(commands):
        ready = home / f"ready-{trial}-{i}"
        readies.append(ready)
        env = (envs[i] if envs else None) or env_for(home)
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", PRELUDE, str(ready), str(go), *argv],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    deadline = time.monotonic() + 60
    while not all(r.exists() for r in readies):
        if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
            break
        time.sleep(0.005)
    return procs, go


def finish(procs: list[subprocess.Popen], timeout: float = 120) -> list[tuple[int, str, str]]:
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=timeout)
        out.append((p.returncode, stdout, stderr))
    return out


def trials(default: int = 50) -> int:
    """How many trials each race runs (`ELLIPSES_RACE_TRIALS` makes a quick local run)."""
    return max(1, int(os.environ.get("ELLIPSES_RACE_TRIALS", default)))
