"""The log file shared by the window and the command line: safe rotation, no lost line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from ellipses_sms.logfile import SharedRotatingFileHandler


def _lines(folder: Path) -> list[str]:
    return [
        line
        for path in folder.glob("app.log*")
        if not path.name.endswith(".lock")
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def test_two_processes_rotate_one_log_and_lose_no_line(tmp_path):
    """Two processes, as the window and the command line, each logging 300 lines."""
    script = textwrap.dedent(
        f"""
        import logging, sys
        from ellipses_sms.logfile import SharedRotatingFileHandler
        h = SharedRotatingFileHandler({str(tmp_path / "app.log")!r}, max_bytes=2000,
                                      backup_count=10_000)
        log = logging.getLogger("t"); log.addHandler(h); log.setLevel(logging.INFO)
        for i in range(300):
            log.info("%s %d €😊", sys.argv[1], i)
        """
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, name]) for name in ("fenetre", "commande")
    ]
    for proc in procs:
        assert proc.wait(timeout=120) == 0
    lines = _lines(tmp_path)
    assert len(lines) == 600
    for name in ("fenetre", "commande"):
        assert sorted(int(x.split()[1]) for x in lines if x.startswith(name)) == list(range(300))
    assert len(list(tmp_path.glob("app.log.[0-9]*"))) >= 5  # it did rotate, many times
    assert all(p.stat().st_size <= 2000 for p in tmp_path.glob("app.log*"))


def test_no_file_is_held_open_between_records(tmp_path):
    """What lets another process rotate the file on Windows."""
    handler = SharedRotatingFileHandler(tmp_path / "app.log")
    logger = logging.getLogger("test.logfile.open")
    logger.addHandler(handler)
    try:
        logger.warning("un message")
        fd_dir = Path("/proc/self/fd")
        if fd_dir.is_dir():
            targets = []
            for fd in fd_dir.iterdir():
                try:
                    targets.append(os.readlink(fd))
                except OSError:
                    continue
            assert not [t for t in targets if t.startswith(str(tmp_path))]
        # another handle can replace it right away (what Windows refuses while one is open)
        os.replace(tmp_path / "app.log", tmp_path / "moved.log")
        assert "un message" in (tmp_path / "moved.log").read_text(encoding="utf-8")
    finally:
        logger.removeHandler(handler)


def test_backups_are_bounded(tmp_path):
    handler = SharedRotatingFileHandler(tmp_path / "app.log", max_bytes=200, backup_count=2)
    logger = logging.getLogger("test.logfile.bounded")
    logger.addHandler(handler)
    try:
        for i in range(50):
            logger.warning("ligne %d", i)
    finally:
        logger.removeHandler(handler)
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock"))
    assert names == ["app.log", "app.log.1", "app.log.2"]
    assert "ligne 49" in (tmp_path / "app.log").read_text(encoding="utf-8")


def test_uncaught_thread_exception_and_start_line_reach_the_log(tmp_path):
    script = textwrap.dedent(
        """
        import threading
        from ellipses_sms import paths
        from ellipses_sms.app import setup_logging
        setup_logging()
        def boom():
            raise RuntimeError("panne dans le fil")
        t = threading.Thread(target=boom, name="poller"); t.start(); t.join()
        print(paths.log_file())
        """
    )
    env = {**os.environ, "ELLIPSES_SMS_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    text = Path(proc.stdout.strip()).read_text(encoding="utf-8")
    assert "Ellipses SMS " in text and "Python 3." in text
    assert "uncaught exception in thread poller" in text and "panne dans le fil" in text
    assert (tmp_path / "logs" / "crash.log").exists()
