"""The Windows installer, for real: built by `packaging/windows/build`, installed silently into a
fresh wine prefix, then the installed `ellipses-sms.exe` run by the Windows CPython it ships.

That exercises the Windows code paths (cp1252 pipes, %LOCALAPPDATA% folders, the Windows keyring
backend's import, Windows wheels) with no Windows machine. wine needs a UTF-8 locale to pass « € »
and emoji in arguments, and the program's stdout must be a pipe (a file makes CPython fail at
start under wine). The Qt window does not start under wine 8: it is smoke-tested on Linux from
the same bundle (the package as installed), in `test_window_from_bundle`.

Select these with `-m windows`; they need wine, makensis and osslsigncode (`setup.sh --dev`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("wine", "wineserver", "makensis", "osslsigncode")
_missing = [tool for tool in TOOLS if shutil.which(tool) is None]

pytestmark = [
    pytest.mark.windows,
    # in CI a missing tool is a failure (setup.sh --dev must install it), not a skip
    pytest.mark.skipif(
        bool(_missing) and not os.environ.get("CI"),
        reason=f"outils absents : {', '.join(_missing)} (./setup.sh --dev)",
    ),
]


def _version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


class Wine:
    """One throw-away wine prefix, and the programs run inside it with stdout on a pipe."""

    def __init__(self, root: Path):
        self.prefix = root / "prefix"
        home = root / "home"
        home.mkdir(parents=True)
        self.env = {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEDEBUG": "-all",
            "WINEARCH": "win64",
            # no Mono/Gecko install prompts, no .desktop files written for the host's menus
            "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "HOME": str(home),
            "DISPLAY": "",
        }
        for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONUTF8", "PYTHONIOENCODING", "VIRTUAL_ENV"):
            self.env.pop(name, None)
        self.env.pop("ELLIPSES_SMS_HOME", None)

    def run(self, *argv: str | Path, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["wine", *map(str, argv)],
            stdin=subprocess.DEVNULL,
            capture_output=True,  # stdout a pipe: a file makes CPython fail at start
            env=self.env,
            timeout=timeout,
        )

    def wait(self) -> None:
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300, check=False)

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, timeout=60, check=False)

    def user_dir(self) -> Path:
        users = [p for p in (self.prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
        assert len(users) == 1, users
        return users[0]


@pytest.fixture(scope="module")
def timings() -> dict[str, float]:
    found: dict[str, float] = {}
    yield found
    print("\nwindows timings: " + ", ".join(f"{k} {v:.0f} s" for k, v in found.items()))


@pytest.fixture(scope="module")
def installer(tmp_path_factory, timings) -> Path:
    """The installer, built by the one command (zlib: quicker to build than lzma here)."""
    dist = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    proc = subprocess.run(
        [
            str(ROOT / "packaging" / "windows" / "build"),
            "--dist",
            str(dist),
            "--compressor",
            "zlib",
        ],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    timings["build"] = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr[-3000:]
    exe = dist / f"EllipsesSMS-Setup-{_version()}.exe"
    assert exe.is_file() and exe.stat().st_size > 10_000_000
    return exe


@pytest.fixture(scope="module")
def wine(tmp_path_factory) -> Wine:
    machine = Wine(tmp_path_factory.mktemp("wine"))
    machine.run("wineboot", "--init", timeout=600)
    machine.wait()
    yield machine
    machine.stop()


@pytest.fixture(scope="module")
def installed(installer, wine, timings) -> Path:
    """Installed silently (`/S`), for this user, where a clerk's double-click would put it."""
    started = time.monotonic()
    proc = wine.run(installer, "/S")
    wine.wait()
    timings["install"] = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    folder = wine.user_dir() / "AppData" / "Local" / "Programs" / "Ellipses SMS"
    assert folder.is_dir(), "nothing installed (a 32-bit installer would do that here)"
    return folder


def _cli(wine: Wine, folder: Path, *argv: str) -> subprocess.CompletedProcess:
    return wine.run(folder / "ellipses-sms.exe", *argv)


def _json(proc: subprocess.CompletedProcess):
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    return json.loads(proc.stdout.decode("utf-8"))


def test_installed_for_the_user_with_shortcuts(installed, wine):
    for name in ("EllipsesSMS.exe", "ellipses-sms.exe", "ellipses-sms.ico", "Desinstaller.exe"):
        assert (installed / name).is_file(), name
    assert (installed / "python" / "python.exe").is_file()
    assert (installed / "python" / "pythonw.exe").is_file()
    user = wine.user_dir()
    start_menu = user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    assert (start_menu / "Ellipses SMS.lnk").is_file()
    assert (user / "Desktop" / "Ellipses SMS.lnk").is_file()
    # listed in « Applications » for this user only (HKCU), with a silent uninstall for IT people
    registry = (wine.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")
    assert r"[Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\EllipsesSMS]" in registry
    assert '"QuietUninstallString"=' in registry and "/S" in registry
    assert "EllipsesSMS" not in (wine.prefix / "system.reg").read_text(errors="replace")
    # the windowed launcher is a GUI program (PE subsystem 2), the console one a console program
    assert _subsystem(installed / "EllipsesSMS.exe") == 2
    assert _subsystem(installed / "ellipses-sms.exe") == 3


def _subsystem(exe: Path) -> int:
    data = exe.read_bytes()[:4096]
    pe = int.from_bytes(data[0x3C:0x40], "little")
    assert data[pe : pe + 4] == b"PE\0\0"
    return int.from_bytes(data[pe + 24 + 68 : pe + 24 + 70], "little")


#: DLLs that Windows 10 and later have and wine 8 lacks: Qt6Core loads the system's ICU, and
#: Rust's standard library (python-calamine) takes its random numbers from bcryptprimitives.dll
#: (Windows 8 and later; Rust 1.78's `ProcessPrng`).
WINDOWS_ONLY_DLLS = {"icuuc.dll", "icuin.dll", "icu.dll", "bcryptprimitives.dll"}


def test_every_dll_the_program_loads_is_shipped(installed, wine):
    """After trimming PySide6, each import of each module and DLL is found where Windows looks:
    next to it, in the folders the program adds, or in the system (wine's copy)."""
    sys.path.insert(0, str(ROOT / "packaging" / "windows"))
    try:
        from build import pe_imports
    finally:
        sys.path.pop(0)
    site = installed / "python" / "Lib" / "site-packages"
    system = {p.name.lower() for p in (wine.prefix / "drive_c" / "windows" / "system32").iterdir()}
    # the folders Windows is told about: Python's, PySide6's and shiboken6's, and the `*.libs`
    # of wheels repaired by delvewheel (psycopg-binary's libpq), through os.add_dll_directory
    folders = [installed / "python", site / "PySide6", site / "shiboken6", *site.glob("*.libs")]
    shared = {p.name.lower() for folder in folders for p in folder.glob("*.dll")}
    missing = {}
    modules = [*installed.rglob("*.pyd"), *installed.rglob("*.dll")]
    assert any(p.name == "qwindows.dll" for p in modules)
    for module in modules:
        beside = {p.name.lower() for p in module.parent.glob("*.dll")}
        lost = {
            name
            for name in pe_imports(module) - beside - shared - system - WINDOWS_ONLY_DLLS
            if not name.startswith(("api-ms-win-", "ext-ms-"))  # API sets: Windows resolves them
        }
        if lost:
            missing[str(module.relative_to(installed))] = sorted(lost)
    assert not missing


def test_version(installed, wine):
    proc = _cli(wine, installed, "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().strip() == f"ellipses-sms {_version()}"


def test_count_json_with_euro_and_emoji(installed, wine, timings):
    started = time.monotonic()
    proc = _cli(wine, installed, "count", "--json", "Prix 12€ 😊")
    timings["one command"] = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert _json(proc) == {"encoding": "UCS-2", "units": 11, "segments": 1, "non_gsm": ["😊"]}


def test_count_plain_text_on_a_windows_pipe(installed, wine):
    proc = _cli(wine, installed, "count", "Prix 12€ 😊")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    text = proc.stdout.decode("cp1252")  # the pipe's code page on a French Windows
    assert "Encodage : UCS-2" in text and "Caractères : 10" in text


def test_check_number(installed, wine):
    proc = _cli(wine, installed, "check-number", "--json", "06 12 34 56 78", "01 23 45 67 89")
    assert proc.returncode == 1
    mobile, landline = _json(proc)
    assert mobile["valid"] and mobile["e164"] == "+33612345678"
    assert not landline["valid"]


def test_send_history_resume_on_the_sandbox(installed, wine, timings):
    text = "Bonjour Émile, votre livre est arrivé 😊"
    started = time.monotonic()
    proc = _cli(
        wine,
        installed,
        "send",
        "--json",
        "--text",
        text,
        "--to",
        "06 12 34 56 78:Émile Zola",
        "--to",
        "06 98 76 54 32",
    )
    timings["send"] = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    sent = _json(proc)
    assert len(sent["messages"]) == 2
    assert {m["state"] for m in sent["messages"]} <= {"sent", "delivered"}
    assert sent["messages"][0]["name"] == "Émile Zola"

    proc = _cli(wine, installed, "history", "--json")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    history = _json(proc)
    assert history["total"] == 2
    assert {m["text"] for m in history["messages"]} == {text}
    assert {m["number"] for m in history["messages"]} == {"+33612345678", "+33698765432"}

    proc = _cli(wine, installed, "resume", "--json")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    resumed = _json(proc)
    assert resumed["jobs"] == [] and resumed["uncertain"] == []

    # the store is in the user's Windows data folder, as platformdirs puts it there
    data = wine.user_dir() / "AppData" / "Local" / "EllipsesSMS"
    assert (data / "ellipses-sms.sqlite3").is_file()


#: The bookstore server as a bookstore has it: the share « EL2000 » of « SERVEUR », mapped to S:.
SHARE = r"\\SERVEUR\EL2000"
DRIVE = "S:"


@pytest.fixture(scope="module")
def share(tmp_path_factory, wine) -> Path:
    r"""A bookstore database on « the server », which wine offers as `\\SERVEUR\EL2000` and S:.

    Wine 8 maps `\\SERVER\SHARE` to the folder `dosdevices/unc/SERVER/SHARE` points to
    (measured: `type \\SERVEUR\EL2000\x.txt`, also `\\?\UNC\…`, in any case), and a drive
    letter to the folder `dosdevices/<letter>:` points to: a mapped network drive, seen from
    the program.
    """
    from ellipses_sms import bookstore

    folder = tmp_path_factory.mktemp("serveur") / "EL2000"
    folder.mkdir()
    db = bookstore.generate_demo(folder / "clients.sqlite", customers=120, seed=15)
    unc = wine.prefix / "dosdevices" / "unc" / "SERVEUR"
    unc.mkdir(parents=True, exist_ok=True)
    (unc / "EL2000").symlink_to(folder, target_is_directory=True)
    (wine.prefix / "dosdevices" / DRIVE.lower()).symlink_to(folder, target_is_directory=True)
    return db


def test_import_from_a_bookstore_database_on_a_server_share(installed, wine, share):
    """`ellipses-sms.exe import` reads the bookstore database on the share, by its UNC path (as
    typed, and as Qt's file dialog gives it) and by its mapped drive, read-only."""
    from ellipses_sms.scripts import runner

    expected = runner.run(runner.find("news_sms"), {"ville": ""}, f"sqlite:///{share}")
    assert expected.recipients and expected.refused  # mobiles, and landlines refused
    before = share.read_bytes()
    for db in (
        SHARE + r"\clients.sqlite",
        "//SERVEUR/EL2000/clients.sqlite",  # QFileDialog's form of the same file
        DRIVE + r"\clients.sqlite",
    ):
        proc = _cli(wine, installed, "import", "--script", "news_sms", "--db", db, "--json")
        assert proc.returncode == 0, (db, proc.stderr.decode("utf-8", "replace"))
        found = _json(proc)
        assert [(r["name"], r["e164"]) for r in found["recipients"]] == [
            (r.name, r.number) for r in expected.recipients
        ], db
        assert [x["row"] for x in found["refused"]] == [x.row for x in expected.refused], db
    assert share.read_bytes() == before  # opened read-only: not a byte written
    assert sorted(p.name for p in share.parent.iterdir()) == ["clients.sqlite"]  # no journal


#: Run by the installed Python: the `file:` URI the product builds for a database on a share,
#: opened by the SQLite it ships, read-only.
SHARE_URI_PROBE = """
import json, sqlite3, sys
from pathlib import Path, PureWindowsPath
from ellipses_sms import bookstore
out = {}
for name in sys.argv[1:]:
    uri = bookstore.sqlite_uri(PureWindowsPath(name)) + "?mode=ro"
    try:
        count = sqlite3.connect(uri, uri=True).execute("SELECT COUNT(*) FROM clients").fetchone()[0]
    except sqlite3.Error as exc:
        count = str(exc)
    out[name] = {"uri": uri, "clients": count, "resolved": str(Path(name).resolve())}
as_uri = Path(sys.argv[1]).as_uri() + "?mode=ro"  # what the code did before issue 15
try:
    sqlite3.connect(as_uri, uri=True)
    out["as_uri"] = as_uri
except sqlite3.Error as exc:
    out["as_uri"] = str(exc)
print(json.dumps(out))
"""


def test_the_share_uri_opens_with_the_shipped_sqlite(installed, wine, share):
    r"""The UNC form of the URI, by the Windows SQLite the installer ships, under wine.

    Wine's `GetFinalPathNameByHandle` turns a UNC path into a drive path (the mapped drive
    here, else Z:), so the `import` above reaches the share through `Path.resolve()` as a drive
    path; Windows keeps `\\SERVEUR\…` there, and the URI built from it is this one.
    """
    unc, long_form = SHARE + r"\clients.sqlite", r"\\?\UNC\SERVEUR\EL2000\clients.sqlite"
    (wine.prefix / "drive_c" / "share_probe.py").write_text(SHARE_URI_PROBE, encoding="utf-8")
    proc = wine.run(installed / "python" / "python.exe", r"C:\share_probe.py", unc, long_form)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    out = _json(proc)
    for name in (unc, long_form):
        assert out[name]["uri"] == "file:////SERVEUR/EL2000/clients.sqlite?mode=ro"
        assert out[name]["clients"] == 120, out[name]
    # wine's answer, measured: the import above did not build this URI (Windows would)
    assert out[unc]["resolved"] == DRIVE + r"\clients.sqlite", out[unc]["resolved"]
    assert out["as_uri"] == "invalid uri authority: SERVEUR"  # the bug this form avoids


def test_uninstall_keeps_the_clerks_data(installed, wine):
    data = wine.user_dir() / "AppData" / "Local" / "EllipsesSMS"
    assert (data / "ellipses-sms.sqlite3").is_file()  # made by the test above
    proc = wine.run(installed / "Desinstaller.exe", "/S")
    wine.wait()
    assert proc.returncode == 0
    assert not (installed / "ellipses-sms.exe").exists()
    assert not (installed / "python").exists()
    assert not (wine.user_dir() / "Desktop" / "Ellipses SMS.lnk").exists()
    assert (data / "ellipses-sms.sqlite3").is_file()


def test_window_from_bundle(installer, tmp_path):
    """The window, from the package exactly as the installer ships it, with Linux's Qt."""
    bundle_site = ROOT / "build" / "windows" / "bundle" / "python" / "Lib" / "site-packages"
    only_ours = tmp_path / "path"
    only_ours.mkdir()
    (only_ours / "ellipses_sms").symlink_to(bundle_site / "ellipses_sms")
    script = tmp_path / "smoke.py"
    script.write_text(
        f"""
import sys
sys.path.insert(0, {str(only_ours)!r})
import ellipses_sms
assert ellipses_sms.__file__.startswith({str(only_ours)!r}), ellipses_sms.__file__
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["ellipses-sms"])
def look():
    shown = [w for w in app.topLevelWidgets() if w.isVisible()]
    print("SHOWN", *sorted(type(w).__name__ for w in shown))
    app.quit()
QTimer.singleShot(0, look)
from ellipses_sms.ui.app import run
sys.exit(run())
""",
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ELLIPSES_SMS_HOME": str(tmp_path / "h")}
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "MainWindow" in proc.stdout
