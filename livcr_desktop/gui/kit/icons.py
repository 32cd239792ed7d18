"""Icons from the compiled resources, by name, optionally in another colour.

The SVGs are drawn in the app's dark blue; on the dark navigation bar they are shown in white.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap

from livcr_desktop.resources import read_resource, register_resources

DRAWN_IN = b"#1f4e79"


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """The icon `resources/icons/<name>.svg`, recoloured when `color` is given ('#ffffff')."""
    register_resources()
    if color is None:
        return QIcon(f":/icons/{name}.svg")
    svg = read_resource(f"icons/{name}.svg").replace(DRAWN_IN, color.encode("ascii"))
    result = QIcon()
    for size in (24, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill()
        pixmap.loadFromData(
            QByteArray(
                svg.replace(b'width="24" height="24"', f'width="{size}" height="{size}"'.encode())
            ),
            "SVG",
        )
        result.addPixmap(pixmap)
    return result
