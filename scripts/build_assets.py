"""Compile what the app loads at run time from the sources a developer edits.

translations/*.ts -> .qm (pyside6-lrelease); ui/*.ui -> livcr_desktop/gui/generated/ui_*.py
(pyside6-uic); resources/ + the .qm files -> livcr_desktop/assets/livcr.rcc (pyside6-rcc --binary).
One binary resource file keeps icons, fonts and translations together for the GUI, the PDF reports
and the PyInstaller bundle, and it is memory-mapped at start instead of imported as Python.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
FORMS_SRC = ROOT / "ui"
FORMS_OUT = ROOT / "livcr_desktop" / "gui" / "generated"
RESOURCES = ROOT / "resources"
RCC_OUT = ROOT / "livcr_desktop" / "assets" / "livcr.rcc"
RESOURCE_DIRS = ("icons", "fonts", "style")


def _tool(name: str) -> str:
    """Find a PySide6 tool beside the running interpreter (the project's venv)."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"build_assets: {name} not found; install PySide6 first")
    return found


def _newer(sources: list[Path], target: Path) -> bool:
    if not target.exists():
        return True
    mtime = target.stat().st_mtime
    return any(src.stat().st_mtime > mtime for src in sources)


def prune_qt_imports(source: str) -> str:
    """The generated form without the Qt names it imports and never uses.

    pyside6-uic imports two dozen classes into every form (gradients, QPainter, QDateTime ...);
    PySide6 builds a class, with all its enums, the first time a module takes its name, which
    made importing the sign-in form cost several times what building the form does.
    """
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    imports = [
        node
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")
    ]
    for node in reversed(imports):
        names = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        kept = [f"from {node.module} import {', '.join(names)}\n"] if names else []
        lines[start:end] = kept
    return "".join(lines)


def build_forms(quiet: bool) -> None:
    FORMS_OUT.mkdir(parents=True, exist_ok=True)
    init = FORMS_OUT / "__init__.py"
    if not init.exists():
        init.write_text('"""Python forms generated from ui/*.ui by scripts/build_assets.py."""\n')
    for form in sorted(FORMS_SRC.glob("*.ui")):
        target = FORMS_OUT / f"ui_{form.stem}.py"
        if _newer([form, Path(__file__)], target):
            subprocess.run([_tool("pyside6-uic"), str(form), "-o", str(target)], check=True)
            target.write_text(prune_qt_imports(target.read_text("utf-8")), "utf-8")
            if not quiet:
                print(f"uic {form.name} -> {target.relative_to(ROOT)}")


def build_translations(qm_dir: Path, quiet: bool) -> list[Path]:
    qms = []
    for ts in sorted(TRANSLATIONS.glob("livcr_*.ts")):
        qm = qm_dir / f"{ts.stem}.qm"
        result = subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
            text=True,
        )
        if not quiet and result.stdout:
            print(result.stdout.strip())
        qms.append(qm)
    return qms


def build_resources(quiet: bool) -> None:
    sources = [p for d in RESOURCE_DIRS for p in (RESOURCES / d).rglob("*") if p.is_file()]
    sources += list(TRANSLATIONS.glob("livcr_*.ts"))
    if not _newer([*sources, Path(__file__)], RCC_OUT):
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        qm_dir = tmpdir / "translations"
        qm_dir.mkdir()
        qms = build_translations(qm_dir, quiet)
        lines = ['<!DOCTYPE RCC><RCC version="1.0">', "<qresource>"]
        for src in sorted(p for p in sources if p.suffix != ".ts"):
            alias = src.relative_to(RESOURCES).as_posix()
            lines.append(f'<file alias="{alias}">{src.as_posix()}</file>')
        for qm in qms:
            lines.append(f'<file alias="translations/{qm.name}">{qm.as_posix()}</file>')
        lines += ["</qresource>", "</RCC>"]
        qrc = tmpdir / "livcr.qrc"
        qrc.write_text("\n".join(lines), encoding="utf-8")
        RCC_OUT.parent.mkdir(parents=True, exist_ok=True)
        # Written beside and renamed over: a running app or test maps the old file, and
        # rewriting it in place ended those processes with a bus error.
        built = tmpdir / RCC_OUT.name
        subprocess.run([_tool("pyside6-rcc"), "--binary", str(qrc), "-o", str(built)], check=True)
        shutil.move(built, RCC_OUT.with_suffix(".rcc.new"))
        os.replace(RCC_OUT.with_suffix(".rcc.new"), RCC_OUT)
    if not quiet:
        print(f"rcc -> {RCC_OUT.relative_to(ROOT)} ({RCC_OUT.stat().st_size // 1024} KiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    build_forms(args.quiet)
    build_resources(args.quiet)


if __name__ == "__main__":
    main()
