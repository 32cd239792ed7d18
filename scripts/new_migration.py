"""Write the next Alembic migration by comparing the models with the schema at head.

Usage: .venv/bin/python scripts/new_migration.py "add cases"
The comparison runs on a throw-away plain SQLite file: the schema is the same as in the encrypted
database, and nothing of a real data folder is touched.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from livcr_desktop.store.migrate import MIGRATIONS, alembic_config


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    message = sys.argv[1]
    numbers = [
        int(m.group(1))
        for p in (MIGRATIONS / "versions").glob("*.py")
        if (m := re.match(r"(\d{4})_", p.name))
    ]
    rev_id = f"{max(numbers, default=0) + 1:04d}"
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'schema.db'}")
        with engine.begin() as conn:
            config = alembic_config(conn)
            if numbers:
                command.upgrade(config, "head")
            config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
            scripts = command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
    for script in scripts if isinstance(scripts, list) else [scripts]:
        if script is not None:
            path = Path(script.path)
            subprocess.run(
                [Path(sys.executable).parent / "ruff", "format", "-q", path], check=False
            )
            print(f"written: {path}; read it, adjust it, add a test of the upgrade, and set")
            print(f'SCHEMA_HEAD = "{rev_id}" in livcr_desktop/store/migrate.py')


if __name__ == "__main__":
    main()
