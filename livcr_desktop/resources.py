"""The compiled resource file (icons, fonts, translations) built by scripts/build_assets.py.

The GUI, the PDF reports and the translators all read from the same `:/` resource tree, so a
frozen bundle needs only one data file. Registering is idempotent and costs a memory map.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QResource

RCC_NAME = "livcr.rcc"


class AssetsMissing(RuntimeError):
    """The compiled resources are absent: the setup step was skipped or failed."""


def rcc_path() -> Path:
    """Where the compiled resources are: beside the package, or inside a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "livcr_desktop" / "assets" / RCC_NAME
    return Path(__file__).resolve().parent / "assets" / RCC_NAME


@cache
def register_resources() -> None:
    """Make `:/icons`, `:/fonts`, `:/style` and `:/translations` available."""
    path = rcc_path()
    if not path.exists() or not QResource.registerResource(str(path)):
        raise AssetsMissing(
            f"{path} is missing; run scripts/setup.sh (it compiles translations and resources)"
        )


def read_resource(name: str) -> bytes:
    """The bytes of one resource, e.g. 'fonts/DejaVuSans.ttf'."""
    register_resources()
    handle = QFile(f":/{name}")
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(name)
    try:
        return bytes(handle.readAll().data())
    finally:
        handle.close()


def resource_names(prefix: str = "") -> list[str]:
    """Every resource under a folder, as names relative to the root (for bundle checks)."""
    from PySide6.QtCore import QDirIterator

    register_resources()
    iterator = QDirIterator(f":/{prefix}", QDirIterator.IteratorFlag.Subdirectories)
    names = []
    while iterator.hasNext():
        path = iterator.next()
        if QFile(path).exists() and not QResource(path).isDir():
            names.append(path.removeprefix(":/"))
    return sorted(n for n in names if not n.startswith("qt-project.org"))
