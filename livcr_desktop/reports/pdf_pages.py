"""A PDF's pages as images, rendered in memory with PDFium (pypdfium2).

For the in-app preview that the table reads together on the projector before approving a form:
the PDF never touches the disk, so no file with personal data is left behind in a temporary
folder. The images are plain RGB bytes; the GUI turns them into pictures.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageImage:
    """One rendered page: 8-bit RGB, `stride` bytes per row."""

    width: int
    height: int
    stride: int
    data: bytes


def render_pages(pdf: bytes, scale: float = 1.0) -> list[PageImage]:
    """Every page of a PDF at `scale` (1.0 = 72 dots per inch)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True)
                images.append(
                    PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                )
                bitmap.close()
            finally:
                page.close()
        return images
    finally:
        document.close()
