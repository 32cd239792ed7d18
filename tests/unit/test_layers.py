"""The architecture's import rules: domain is pure Python, the GUI never reaches the store."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "livcr_desktop"
FORBIDDEN_IN_DOMAIN = ("PySide6", "sqlalchemy", "reportlab", "keyring", "alembic", "sqlcipher3")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_domain_imports_no_framework_and_no_other_layer() -> None:
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in imported_modules(path):
            assert not name.startswith(FORBIDDEN_IN_DOMAIN), f"{path.name} imports {name}"
            if name.startswith("livcr_desktop."):
                assert name.startswith("livcr_desktop.domain"), f"{path.name} imports {name}"


def test_importing_the_whole_domain_loads_no_framework() -> None:
    modules = [f"livcr_desktop.domain.{p.stem}" for p in (PACKAGE / "domain").glob("*.py")]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN_IN_DOMAIN!r}]\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_gui_does_not_import_the_store_or_sqlalchemy() -> None:
    for path in (PACKAGE / "gui").rglob("*.py"):
        if "generated" in path.parts:
            continue
        for name in imported_modules(path):
            assert not name.startswith(("livcr_desktop.store", "sqlalchemy")), (
                f"{path.relative_to(PACKAGE)} imports {name}"
            )


REPORT_MAY_IMPORT = (
    "livcr_desktop.domain",
    "livcr_desktop.i18n",
    "livcr_desktop.reports",
    "livcr_desktop.resources",
)


def test_reports_depend_on_the_domain_and_i18n_only() -> None:
    """A document is made from plain domain data: it never reads the store or a service, so
    what a PDF shows is exactly what the service decided the reader may see."""
    for path in (PACKAGE / "reports").rglob("*.py"):
        for name in imported_modules(path):
            assert not name.startswith("sqlalchemy"), f"{path.name} imports {name}"
            if name.startswith("livcr_desktop."):
                assert name.startswith(REPORT_MAY_IMPORT), f"{path.name} imports {name}"
