"""Replacing a file another process holds (Windows) and the lock between processes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from ellipses_sms import fileops


def test_replace_tries_again_while_the_target_is_held(tmp_path, monkeypatch):
    src, dst = tmp_path / "new", tmp_path / "list.csv"
    src.write_text("nouveau", encoding="utf-8")
    dst.write_text("ancien", encoding="utf-8")
    real, refusals, pauses = os.replace, [2], []

    def held_twice(a, b):  # what Windows says while Excel has the file open
        if refusals[0]:
            refusals[0] -= 1
            raise PermissionError(13, "The process cannot access the file (WinError 32)")
        real(a, b)

    monkeypatch.setattr(os, "replace", held_twice)
    fileops.replace(src, dst, sleep=pauses.append)
    assert dst.read_text(encoding="utf-8") == "nouveau" and not src.exists()
    assert pauses == list(fileops.RETRY_DELAYS[:2])


def test_replace_gives_up_after_the_last_try(tmp_path, monkeypatch):
    def always_held(a, b):
        raise PermissionError(13, "held")

    monkeypatch.setattr(os, "replace", always_held)
    pauses: list[float] = []
    with pytest.raises(PermissionError):
        fileops.replace(tmp_path / "a", tmp_path / "b", sleep=pauses.append)
    assert pauses == list(fileops.RETRY_DELAYS)


def test_lock_is_exclusive_between_processes(tmp_path):
    lock = tmp_path / "settings.json.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from ellipses_sms import fileops
                with fileops.locked({str(lock)!r}):
                    print("held", flush=True)
                    sys.stdin.readline()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        waits: list[float] = []
        with (
            pytest.raises(fileops.FileLockTimeout),
            fileops.locked(lock, timeout=0.2, sleep=waits.append),
        ):
            pass
        assert len(waits) == 4  # looked again every LOCK_STEP until the timeout
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with fileops.locked(lock, timeout=0):  # released when its holder let go
        pass
