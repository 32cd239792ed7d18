#!/usr/bin/env bash
# Collect every translatable text from the code and the forms into translations/livcr_*.ts.
# Then translate what is new (Qt Linguist: .venv/bin/pyside6-linguist translations/livcr_nl.ts)
# and run scripts/build_assets.py (or scripts/setup.sh) to compile them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sources=$(find livcr_desktop ui \( -name '*.py' -o -name '*.ui' \) -not -path '*/generated/*' | sort)
for lang in nl fr de; do
  .venv/bin/pyside6-lupdate -no-obsolete -locations none $sources -ts "translations/livcr_${lang}.ts"
done
