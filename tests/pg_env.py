"""A real PostgreSQL for the tests, started by the test suite itself.

Debian's `postgresql` package (installed by `./setup.sh --dev`) gives the server binaries;
`initdb` makes a cluster in a temporary folder, the server listens on a free loopback port and
stops at the end of the session. PostgreSQL refuses to run as root: as root (CI), the cluster
belongs to the `postgres` system user and is started through `runuser`.

Local connections of the `postgres` superuser are trusted (the race tests' subprocesses);
every other role needs its password (scram-sha-256), to test the keyring path for real.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    return Path(found[-1]).parent if found else None


def _version(path: str) -> float:
    try:
        return float(Path(path).parent.parent.name)
    except ValueError:
        return 0.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, fsync: bool = False) -> None:
        bindir = pg_bin()
        if bindir is None:
            raise RuntimeError("PostgreSQL absent : lancez ./setup.sh --dev")
        self.bin = bindir
        self.root = Path(tempfile.mkdtemp(prefix="ellipses-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(
            [
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--auth-local=trust",
                "--auth-host=trust",
                "--no-sync",
                "--locale=C.UTF-8",
            ]
        )
        hba = self.data / "pg_hba.conf"
        lines = [
            "local all all trust",
            "host all postgres 127.0.0.1/32 trust",
            "host all all 127.0.0.1/32 scram-sha-256",
        ]
        hba.write_text("\n".join(lines) + "\n", encoding="utf-8")
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            f"-c fsync={'on' if fsync else 'off'} "
            "-c max_connections=200 -c password_encryption=scram-sha-256"
        )
        self._run(
            [
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-o",
                options,
                "-w",
                "-l",
                str(self.root / "log"),
                "start",
            ]
        )
        self._count = 0

    def _run(self, argv: list[str]) -> None:
        if self.as_root:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        subprocess.run(argv, check=True, capture_output=True, timeout=120)

    def url(self, database: str = "postgres", user: str = "postgres", password: str = "") -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(
            self.url(database).replace("postgresql://", "postgresql://", 1), autocommit=True
        ) as conn:
            conn.execute(statement)

    def new_database(self) -> str:
        """A fresh empty database; returns its URL (superuser, trusted)."""
        self._count += 1
        name = f"t{os.getpid()}_{self._count}"
        self.sql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"])
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
