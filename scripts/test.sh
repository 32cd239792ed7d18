#!/usr/bin/env bash
# One command from a fresh machine to the whole test suite: set up (with the test and build
# tools), check lint, types and translations, build the Linux bundle and smoke-start it
# (installer/build.py, about 50 s), then run every test, including those of the built bundle.
# Arguments go to pytest, e.g. -k wizard. LIVCR_SKIP_BUNDLE=1 skips the bundle and its tests
# (a quicker loop while working on something else; CI always builds it).
# pytest runs on one worker process per core (pytest-xdist; each module's tests stay on one
# worker, so a module-scoped fixture is built once); LIVCR_TEST_WORKERS=N sets how many, 0 runs
# every test in one process.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/setup.sh" --test --build
cd "$here"
export QT_QPA_PLATFORM=offscreen
echo "[test] ruff";  .venv/bin/ruff check --quiet . && .venv/bin/ruff format --check --quiet .
echo "[test] mypy";  .venv/bin/mypy --no-error-summary
if [ "${LIVCR_SKIP_BUNDLE:-0}" = 1 ]; then
  echo "[test] bundle: skipped (LIVCR_SKIP_BUNDLE=1)"
  export LIVCR_BUNDLE_DIST="$here/build/no-bundle"  # the bundle tests skip
else
  echo "[test] bundle"; .venv/bin/python installer/build.py
fi
echo "[test] pytest"
exec .venv/bin/python -m pytest -n "${LIVCR_TEST_WORKERS:-auto}" --dist loadscope --durations=25 "$@"
