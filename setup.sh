#!/usr/bin/env bash
# Sets up Ellipses SMS on a new machine, from the project's own files:
#   system packages Qt needs (apt-get, only those missing), a virtual environment in .venv with
#   the application (and with --dev, the test tools), and the compiled translations.
# Usage: ./setup.sh          the application
#        ./setup.sh --dev    the application, the test tools and the test peers
set -euo pipefail
cd "$(dirname "$0")"

dev=0
[ "${1:-}" = "--dev" ] && dev=1

say() { printf '[setup] %s\n' "$*" >&2; }

# -- system packages ------------------------------------------------------------------------
# What PySide6's platform plugins load on a bare Debian/Ubuntu machine (offscreen and xcb).
packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-shape0 libxcb-randr0 libxcb-xfixes0 fonts-dejavu-core)
if [ $dev = 1 ]; then
  packages+=(xvfb)
  # the real Kannel SMS gateway for the integration tests and the bench (bearerbox, smsbox;
  # the fake SMSC is in kannel-extras: /usr/lib/kannel/test/fakesmsc)
  packages+=(kannel kannel-extras)
  # a real PostgreSQL for the store tests (the suite runs initdb in a temporary folder), and
  # libfaketime to run the product with its process clock shifted
  packages+=(postgresql faketime)
  # the Windows installer, built here and tested under wine (packaging/windows, tests/windows):
  # makensis, the Authenticode checker of the shipped Python, and a 64-bit wine
  packages+=(nsis osslsigncode wine wine64)
fi
missing=()
if command -v dpkg >/dev/null 2>&1; then
  for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else sudo=none; fi
  if [ "$sudo" = none ] || ! command -v apt-get >/dev/null 2>&1; then
    say "paquets système manquants (à installer par l'administrateur) : ${missing[*]}"
  else
    say "installation des paquets système : ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
fi

# -- Python ---------------------------------------------------------------------------------
python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python=$candidate; break
  fi
done
[ -n "$python" ] || { say "Python 3.11 ou plus récent est nécessaire"; exit 1; }

if [ ! -x .venv/bin/python ]; then
  say "création de l'environnement virtuel .venv ($python)"
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
if [ $dev = 1 ]; then target=".[dev]"; else target="."; fi
say "installation des dépendances Python ($target)"
.venv/bin/python -m pip install -q --disable-pip-version-check -e "$target"

# -- translations ---------------------------------------------------------------------------
# compiled into the package (ellipses_sms/ui/assets), where every install method finds them;
# the .qm files are committed too, so that `pip install .` needs no Qt tool to get English
if compgen -G "resources/translations/*.ts" >/dev/null; then
  for ts in resources/translations/*.ts; do
    name="$(basename "${ts%.ts}")"
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "ellipses_sms/ui/assets/$name.qm"
  done
fi
# -- the desktop's application menu (Linux) ----------------------------------------------------
if [ -n "${HOME:-}" ]; then
  packaging/linux/install-desktop-entry >/dev/null || say "raccourci du menu des applications non installé"
fi
say "prêt"
