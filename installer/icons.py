"""The application icon in the formats the installers need, rendered from resources/icons/livcr.svg.

One drawing, rendered by Qt's own SVG renderer at each size (no Pillow, no ImageMagick), so the
Windows .ico, the macOS .icns and the Linux PNGs can be built on any of the three systems and
always match the icon the running app shows. Both container formats hold PNG images, which
Windows (since Vista) and macOS (since 10.7) read.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from functools import partial
from pathlib import Path

from installer.bundle_policy import RESOURCES

SVG = RESOURCES / "icons" / "livcr.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICNS_TYPES = (
    # (type, pixels): the PNG-based entries of the icns format, 1x and 2x
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
_app: object | None = None  # the QGuiApplication the renderer needs, kept alive


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:  # the renderer needs a GUI application to exist
        global _app
        _app = QGuiApplication(["livcr-icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 accepts the format as str only; its stub says bytes.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico holding one PNG per size (ICONDIR, ICONDIRENTRY..., images)."""
    images = [render_png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return header + entries + b"".join(images)


def icns_bytes() -> bytes:
    """A macOS .icns holding PNG entries from 16 to 1024 pixels."""
    cache: dict[int, bytes] = {}
    body = b""
    for kind, size in ICNS_TYPES:
        image = cache.setdefault(size, render_png(size))
        body += kind + struct.pack(">I", 8 + len(image)) + image
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(folder: Path) -> dict[str, Path]:
    """Render every icon file into `folder` (idempotent: rewritten only when the SVG changed)."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    outputs: dict[str, tuple[Path, Callable[[], bytes]]] = {
        "ico": (folder / "livcr.ico", ico_bytes),
        "icns": (folder / "livcr.icns", icns_bytes),
    }
    for size in LINUX_SIZES:
        outputs[f"png{size}"] = (folder / f"livcr-{size}.png", partial(render_png, size))
    for key, (path, make) in outputs.items():
        if not path.exists() or path.stat().st_mtime < SVG.stat().st_mtime:
            path.write_bytes(make())
        written[key] = path
    return written
