"""The real Kannel on loopback: bearerbox, smsbox and the fake SMSC (Debian kannel/kannel-extras).

Used by the integration tests and by `bench/bench_kannel.py`. Free ports are picked, the config
and the logs live in a temporary folder, and `stop()` ends exactly the processes it started.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

BEARERBOX = "/usr/sbin/bearerbox"
SMSBOX = "/usr/sbin/smsbox"
FAKESMSC_CANDIDATES = ("/usr/lib/kannel/test/fakesmsc", "/usr/sbin/fakesmsc", "/usr/bin/fakesmsc")

USERNAME = "boutique"
PASSWORD = "k4nnel-s3cret"


def fakesmsc_path() -> str | None:
    for path in FAKESMSC_CANDIDATES:
        if Path(path).exists():
            return path
    return shutil.which("fakesmsc")


def missing() -> str | None:
    """Why Kannel cannot run here (None when it can)."""
    absent = [p for p in (BEARERBOX, SMSBOX) if not Path(p).exists()]
    if not fakesmsc_path():
        absent.append("fakesmsc")
    if absent:
        return (
            "Kannel absent (" + ", ".join(absent) + ") : installer les paquets Debian kannel et "
            "kannel-extras (./setup.sh --dev)"
        )
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_port(port: int, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited early with code {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"port {port} not open after {timeout} s")


@dataclass
class Received:
    """One message as the fake SMSC (the "phone network") received it, parts reassembled."""

    sender: str
    receiver: str
    data: bytes  # the text's bytes: UTF-8 for 7-bit text, UTF-16BE for UCS-2
    kind: str  # "text" or "ucs-2"
    parts: int

    def text(self, ucs2: bool | None = None) -> str:
        """The text; a long message's parts do not say their coding: pass `ucs2` for those."""
        if ucs2 is None:
            ucs2 = self.kind == "ucs-2"
        return self.data.decode("utf-16-be" if ucs2 else "utf-8")


_LINE = re.compile(r"Got message \d+: <(\S+) (\S+) (text|data|ucs-2|udh) (.*)>$")


def _bytes(urlenc: str) -> bytes:
    return urllib.parse.unquote_to_bytes(urlenc.replace("+", "%20"))


class KannelEnv:
    """Start with `start()`; `received()` reads what fakesmsc got; `stop()` ends everything."""

    def __init__(
        self,
        folder: Path,
        *,
        max_messages: int = 10,
        smsc_throughput: int = 0,
        black_list_regex: str | None = None,
        immediate_reply: bool = False,
        http_request_retry: int = 5,
        http_queue_delay: int = 1,
        mo_url: str | None = None,
        mo: tuple[str, ...] = (),
    ):
        """`black_list_regex`: the sendsms-user's (Kannel 1.4.5 checks it in smsbox, before
        bearerbox); `http_request_retry` / `http_queue_delay`: smsbox retries a delivery report
        it could not deliver (the README's Kannel configuration)."""
        self.folder = folder
        self.black_list_regex = black_list_regex
        self.immediate_reply = immediate_reply
        self.http_request_retry = http_request_retry
        self.http_queue_delay = http_queue_delay
        self.admin_port = free_port()
        self.box_port = free_port()
        self.smsc_port = free_port()
        self.sendsms_port = free_port()
        self.max_messages = max_messages
        self.smsc_throughput = smsc_throughput
        self.procs: list[subprocess.Popen] = []
        self.fakesmsc_out = folder / "fakesmsc.out"
        #: Customers' replies: fakesmsc sends each `mo` line ("sender receiver text words")
        #: once; the sms-service passes them on to `mo_url` (a get-url with its escapes).
        self.mo_url = mo_url
        self.mo = mo

    @property
    def sendsms_url(self) -> str:
        return f"http://127.0.0.1:{self.sendsms_port}/cgi-bin/sendsms"

    def config(self) -> str:
        f = self.folder
        throughput = f"throughput = {self.smsc_throughput}\n" if self.smsc_throughput else ""
        black = f'black-list-regex = "{self.black_list_regex}"\n' if self.black_list_regex else ""
        immediate = "immediate-sendsms-reply = true\n" if self.immediate_reply else ""
        retry = (
            f"http-request-retry = {self.http_request_retry}\n"
            f"http-queue-delay = {self.http_queue_delay}\n"
            if self.http_request_retry
            else ""
        )
        return (
            "group = core\n"
            f"admin-port = {self.admin_port}\n"
            "admin-password = adminpw\n"
            "status-password = statuspw\n"
            'admin-allow-ip = "127.0.0.1"\n'
            "admin-interface = 127.0.0.1\n"
            f"smsbox-port = {self.box_port}\n"
            "smsbox-interface = 127.0.0.1\n"
            'box-deny-ip = "*.*.*.*"\n'
            'box-allow-ip = "127.0.0.1"\n'
            "dlr-storage = internal\n"
            f'log-file = "{f / "bearerbox.log"}"\n'
            "log-level = 2\n"
            f'access-log = "{f / "access.log"}"\n'
            "\n"
            "group = smsc\n"
            "smsc = fake\n"
            "smsc-id = FAKE\n"
            f"port = {self.smsc_port}\n"
            "connect-allow-ip = 127.0.0.1\n"
            f"{throughput}"
            "\n"
            "group = smsbox\n"
            "bearerbox-host = 127.0.0.1\n"
            f"bearerbox-port = {self.box_port}\n"
            f"sendsms-port = {self.sendsms_port}\n"
            "sendsms-interface = 127.0.0.1\n"
            "global-sender = 12345\n"
            f"{immediate}"
            f"{retry}"
            f'log-file = "{f / "smsbox.log"}"\n'
            "log-level = 2\n"
            f'access-log = "{f / "smsbox-access.log"}"\n'
            "\n"
            "group = sendsms-user\n"
            f"username = {USERNAME}\n"
            f"password = {PASSWORD}\n"
            f"max-messages = {self.max_messages}\n"
            "concatenation = true\n"
            f"{black}"
            "\n" + self._service()
        )

    def _service(self) -> str:
        if not self.mo_url:
            return 'group = sms-service\nkeyword = default\ntext = "No service specified"\n'
        return (
            "group = sms-service\n"
            "keyword = default\n"
            "catch-all = true\n"
            "max-messages = 0\n"
            f'get-url = "{self.mo_url}"\n'
        )

    def _spawn(self, args: list[str], out: Path, stdin=None) -> subprocess.Popen:
        with open(out, "wb") as fh:
            proc = subprocess.Popen(
                args,
                cwd=self.folder,
                stdin=stdin if stdin is not None else subprocess.DEVNULL,
                stdout=fh,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.procs.append(proc)
        return proc

    def start(self, timeout: float = 20.0) -> KannelEnv:
        conf = self.folder / "kannel.conf"
        conf.write_text(self.config(), encoding="utf-8")
        try:
            bb = self._spawn([BEARERBOX, str(conf)], self.folder / "bearerbox.out")
            wait_port(self.box_port, timeout, bb)
            sb = self._spawn([SMSBOX, str(conf)], self.folder / "smsbox.out")
            wait_port(self.sendsms_port, timeout, sb)
            fakesmsc = fakesmsc_path()
            assert fakesmsc
            # one dummy MO argument and -m 0: no MO is sent, the MT lines are printed
            args = [fakesmsc, "-H", "127.0.0.1", "-r", str(self.smsc_port), "-i", "0.5"]
            args += ["-m", str(len(self.mo))]
            self.fake = self._spawn(
                [*args, *(self.mo or ("100 200 text unused",))],
                self.fakesmsc_out,
                stdin=subprocess.PIPE,
            )
            self._wait_smsc_online(timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_smsc_online(self, timeout: float) -> None:
        url = f"http://127.0.0.1:{self.admin_port}/status.txt?password=statuspw"
        deadline = time.monotonic() + timeout
        import urllib.request

        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    status = resp.read().decode("utf-8", "replace")
                if re.search(r"FAKE.*online", status):
                    return
            except OSError:
                pass
            if self.fake.poll() is not None:
                raise RuntimeError("fakesmsc exited early")
            time.sleep(0.1)
        raise RuntimeError("the fake SMSC never came online")

    def stop(self) -> None:
        """End the processes this environment started (children first), then reap them."""
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
            if proc.stdin:
                proc.stdin.close()
        self.procs.clear()

    # -- what the fake SMSC received ------------------------------------------------------------

    def lines(self) -> list[tuple[str, str, str, str]]:
        if not self.fakesmsc_out.exists():
            return []
        found = []
        for line in self.fakesmsc_out.read_text(encoding="utf-8", errors="replace").splitlines():
            match = _LINE.search(line)
            if match:
                found.append(match.groups())
        return found

    def received(self) -> list[Received]:
        """Every MT message, long ones reassembled from their UDH parts."""
        done: list[Received] = []
        pending: dict[tuple[str, str, int], dict[int, bytes]] = defaultdict(dict)
        totals: dict[tuple[str, str, int], int] = {}
        for sender, receiver, kind, rest in self.lines():
            if kind == "text":
                done.append(Received(sender, receiver, rest.encode("utf-8"), "text", 1))
            elif kind == "ucs-2":
                done.append(Received(sender, receiver, _bytes(rest), "ucs-2", 1))
            elif kind == "data":
                done.append(Received(sender, receiver, _bytes(rest), "data", 1))
            else:  # udh <udh> data <data>
                udh_enc, _, data_enc = rest.partition(" data ")
                udh = _bytes(udh_enc)
                ref, total, seq = udh[3], udh[4], udh[5]
                key = (sender, receiver, ref)
                pending[key][seq] = _bytes(data_enc)
                totals[key] = total
                if len(pending[key]) == total:
                    data = b"".join(pending[key][i] for i in sorted(pending[key]))
                    done.append(Received(sender, receiver, data, "udh", total))
                    del pending[key]
        return done

    def wait_received(self, count: int, timeout: float = 20.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while True:
            got = self.received()
            if len(got) >= count or time.monotonic() > deadline:
                return got
            time.sleep(0.1)
