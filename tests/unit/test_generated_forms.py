"""The forms compiled from ui/*.ui import only the Qt classes they use: PySide6 builds a class
with all its enums when a module first takes its name, and pyside6-uic's two dozen unused names
made importing the sign-in form cost more than building it (scripts/build_assets.py prunes
them)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from scripts.build_assets import prune_qt_imports

GENERATED = Path(__file__).resolve().parents[2] / "livcr_desktop" / "gui" / "generated"


def _unused_qt_names(source: str) -> list[str]:
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    return [
        alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")
        for alias in node.names
        if alias.name not in used
    ]


@pytest.mark.parametrize("form", sorted(GENERATED.glob("ui_*.py")), ids=lambda path: path.stem)
def test_a_compiled_form_imports_only_the_qt_classes_it_uses(form: Path) -> None:
    assert _unused_qt_names(form.read_text("utf-8")) == []


def test_pruning_keeps_what_the_form_uses_and_the_rest_of_the_file() -> None:
    source = (
        "# generated\n"
        "from PySide6.QtCore import (QCoreApplication, QDate,\n"
        "    QMetaObject, Qt)\n"
        "from PySide6.QtGui import (QBrush, QColor)\n"
        "from livcr_desktop.gui.settings.municipality_editor import MunicipalityListEditor\n"
        "\n"
        "class Ui_Form(object):\n"
        "    def setupUi(self, Form):\n"
        "        self.edit = MunicipalityListEditor(Form)\n"
        "        Form.setAlignment(Qt.AlignmentFlag.AlignLeft)\n"
        "        QMetaObject.connectSlotsByName(Form)\n"
    )
    pruned = prune_qt_imports(source)
    assert pruned.splitlines()[:3] == [
        "# generated",
        "from PySide6.QtCore import QMetaObject, Qt",
        "from livcr_desktop.gui.settings.municipality_editor import MunicipalityListEditor",
    ]
    assert pruned.endswith("        QMetaObject.connectSlotsByName(Form)\n")
    assert _unused_qt_names(pruned) == []
