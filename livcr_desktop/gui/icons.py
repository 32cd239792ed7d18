"""Icons from the compiled resources, by name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from livcr_desktop.resources import register_resources


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`."""
    register_resources()
    return QIcon(f":/icons/{name}.svg")
