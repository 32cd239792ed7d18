#!/usr/bin/env bash
# One command from a fresh machine to the whole test suite: set up (with the test tools), check
# lint, types and translations, then run every test. Arguments go to pytest, e.g. -k wizard.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/setup.sh" --test
cd "$here"
export QT_QPA_PLATFORM=offscreen
echo "[test] ruff";  .venv/bin/ruff check --quiet . && .venv/bin/ruff format --check --quiet .
echo "[test] mypy";  .venv/bin/mypy --no-error-summary
echo "[test] pytest"
exec .venv/bin/python -m pytest "$@"
