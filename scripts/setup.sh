#!/usr/bin/env bash
# Set up everything LIVC-R Desktop needs on this machine, idempotently:
#   scripts/setup.sh          the app (system libraries for Qt, a virtual environment, the packages,
#                             the compiled translations, forms and resources)
#   scripts/setup.sh --test   the same plus the test tools (Xvfb, poppler-utils, gnome-keyring, age, ...)
#   scripts/setup.sh --build  the same plus PyInstaller, for installer/build.py (both flags combine)
# Re-running is cheap: each step is skipped when its inputs have not changed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
with_tests=0
with_build=0
for arg in "$@"; do
  case "$arg" in
    --test) with_tests=1 ;;
    --build) with_build=1 ;;
    *) echo "setup.sh: unknown option $arg (use --test and/or --build)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# --- 1. System libraries (Debian and Ubuntu only; other systems: see README) -------------------
runtime_pkgs="libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libglib2.0-0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  libx11-xcb1 libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2 python3-venv"
test_pkgs="xvfb xauth poppler-utils gnome-keyring dbus dbus-x11 libsecret-1-0 procps postgresql age minisign"

if [ -r /etc/debian_version ] && command -v dpkg-query >/dev/null; then
  wanted="$runtime_pkgs"
  [ $with_tests = 1 ] && wanted="$wanted $test_pkgs"
  missing=""
  for p in $wanted; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    say "installing system packages:$missing"
    sudo=""
    [ "$(id -u)" != 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
else
  say "not a Debian/Ubuntu system: install Qt's system libraries yourself (see README)"
fi

# --- 2. Python and the virtual environment ------------------------------------------------------
python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null &&
     "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    python=$candidate; break
  fi
done
[ -n "$python" ] || { echo "LIVC-R Desktop needs Python 3.11 or newer" >&2; exit 2; }

if [ ! -x .venv/bin/python ]; then
  say "creating the virtual environment with $($python --version)"
  "$python" -m venv .venv
fi

wanted_extras=()
[ $with_tests = 1 ] && wanted_extras+=(test)
[ $with_build = 1 ] && wanted_extras+=(build)
extras=""
[ ${#wanted_extras[@]} -gt 0 ] && extras="[$(IFS=,; echo "${wanted_extras[*]}")]"
stamp=".venv/.livcr-installed$extras"
inputs_hash=$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$inputs_hash" ]; then
  say "installing Python packages$extras"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -c constraints.txt -e ".$extras"
  echo "$inputs_hash" > "$stamp"
fi

# --- 3. Compiled assets: translations (.qm), forms (ui/*.ui), resources (.rcc) ------------------
.venv/bin/python scripts/build_assets.py --quiet
