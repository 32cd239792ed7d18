#!/usr/bin/env bash
# One command from a fresh machine to a running LIVC-R Desktop: set up, then start.
# Arguments go to the app, e.g.  scripts/start.sh --demo   or   scripts/start.sh --lang fr
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/setup.sh"
exec "$here/.venv/bin/livcr" "$@"
