"""What every LIVC-R document shares: the embedded font, styles, the confidentiality marking on
every page, page numbers 'page X of Y', and the LIVC-R's name in the footer."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from livcr_desktop.domain.languages import Language
from livcr_desktop.i18n.catalog import catalog
from livcr_desktop.i18n.formatting import format_datetime
from livcr_desktop.resources import read_resource

FONT = "LivcrSans"
FONT_BOLD = "LivcrSans-Bold"
INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#1f4e79")
MARKING_RED = colors.HexColor("#a4161a")


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans (all of nl, fr, de, plus § € – “ ”) from the app's resources."""
    pdfmetrics.registerFont(TTFont(FONT, io.BytesIO(read_resource("fonts/DejaVuSans.ttf"))))
    pdfmetrics.registerFont(
        TTFont(FONT_BOLD, io.BytesIO(read_resource("fonts/DejaVuSans-Bold.ttf")))
    )
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every document."""
    register_fonts()
    # A word too long for its line or table cell breaks at a hyphen it already has
    # (Verzonnen-aan-Zee), and only failing that anywhere: never does it run off the page.
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10,
        leading=14,
        textColor=INK,
        embeddedHyphenation=1,
        splitLongWords=1,
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=22,
            textColor=ACCENT,
            spaceAfter=4 * mm,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,  # never a heading alone at the foot of a page
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=3 * mm,
            spaceAfter=1 * mm,
        ),
        "label": ParagraphStyle("label", parent=body, fontName=FONT_BOLD, alignment=TA_LEFT),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=9, leading=12
        ),
    }


_FRENCH_SPACE = re.compile(r" (?=[:;?!»])|(?<=«) ")


def french_spacing(text: str) -> str:
    """The space French puts before : ; ? ! and inside « » made non-breaking, so a wrapped
    line never starts with the sign (ReportLab breaks at U+202F, never at U+00A0)."""
    return _FRENCH_SPACE.sub("\u00a0", text)


class DocumentText:
    """Translation for one document language (independent of the interface language).
    With `typeset`, French texts keep their signs on the line of the word before them."""

    def __init__(self, language: Language, *, typeset: bool = False) -> None:
        self.language = language
        self._catalog = catalog(language)
        self._typeset = typeset and language is Language.FR

    def __call__(self, context: str, source: str) -> str:
        text = self._catalog.translate(context, source)
        return french_spacing(text) if self._typeset else text

    def numerus(self, context: str, source: str, count: int) -> str:
        """The plural form for `count` of a %n text in the document language."""
        text = self._catalog.numerus(context, source, count)
        return french_spacing(text) if self._typeset else text


@dataclass(frozen=True)
class PageFrame:
    """What is printed around the content of every page."""

    marking: str
    footer_left: str
    page_label: str  # e.g. "page {page} of {pages}" in the document language
    generated: str
    watermark: str = ""
    """A word printed faintly across every page (e.g. DRAFT), so no page can pass for final."""


def _numbered_canvas(frame: PageFrame) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Defers each page until the total is known, then stamps 'page X of Y'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._draw_frame(total)
                super().showPage()
            super().save()

        def _draw_frame(self, total: int) -> None:
            width, height = self._pagesize
            if frame.watermark:
                self._draw_watermark(width, height)
            self.saveState()
            self.setFillColor(MARKING_RED)
            self.setFont(FONT_BOLD, 8)
            self.drawCentredString(width / 2, height - 11 * mm, frame.marking)
            self.setStrokeColor(MARKING_RED)
            self.setLineWidth(0.6)
            self.line(18 * mm, height - 13 * mm, width - 18 * mm, height - 13 * mm)
            self.setFillColor(INK)
            self.setFont(FONT, 7.5)
            self.drawString(18 * mm, 10 * mm, frame.footer_left)
            self.drawCentredString(width / 2, 10 * mm, frame.generated)
            self.drawRightString(
                width - 18 * mm,
                10 * mm,
                frame.page_label.format(page=self._pageNumber, pages=total),
            )
            self.setFillColor(MARKING_RED)
            self.setFont(FONT_BOLD, 7)
            self.drawCentredString(width / 2, 6 * mm, frame.marking)
            self.restoreState()

        def _draw_watermark(self, width: float, height: float) -> None:
            # Drawn over the content (the frame comes last), so faint enough to read through.
            # The marked-content span gives text extraction (copy, search, screen readers) the
            # word once, instead of its rotated letters scattered between the lines of the page;
            # ReportLab has no public call for marked content, hence the raw operators.
            word = "FEFF" + frame.watermark.encode("utf-16-be").hex().upper()
            self._code.append(f"/Span <</ActualText <{word}>>> BDC")
            self.saveState()
            self.setFillColor(MARKING_RED)
            self.setFillAlpha(0.13)
            self.translate(width / 2, height / 2)
            self.rotate(52)
            size = min(100.0, 0.9 * width / pdfmetrics.stringWidth(frame.watermark, FONT_BOLD, 1))
            # Centred by moving the origin, not by a y offset in drawCentredString: with the
            # offset, poppler's pdftotext dropped the span's text (found by testing).
            self.translate(0, -size / 3)
            self.setFont(FONT_BOLD, size)
            self.drawCentredString(0, 0, frame.watermark)
            self.restoreState()
            self._code.append("EMC")

    return NumberedCanvas


def standard_frame(
    translate: DocumentText, livcr_name: str, generated_at: datetime, marking: str | None = None
) -> PageFrame:
    """The usual frame: the art. 458ter marking, the LIVC-R, the moment of printing, page X of Y.

    (The translate function is called `translate` so that lupdate collects these texts.)
    """
    return PageFrame(
        marking=marking
        or translate(
            "Document",
            "CONFIDENTIAL – shared professional secrecy (art. 458ter Criminal Code) – "
            "do not copy or pass on",
        ),
        footer_left=livcr_name,
        page_label=translate("Document", "page {page} of {pages}"),
        generated=translate("Document", "printed {moment}").format(
            moment=format_datetime(generated_at, translate.language, "short")
        ),
    )


def plain(text: str) -> str:
    """User-written text made safe for a Paragraph (which reads a small XML markup): '<', '&'
    and '>' print as themselves, and a line break stays a line break."""
    return xml_escape(text).replace("\n", "<br/>")


def text_paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """User-written text as paragraphs: a blank line starts a new one, so a long summary reads
    as the writer laid it out and can break across pages between paragraphs as well as within."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return [Paragraph(plain(block.strip()), style) for block in blocks if block.strip()]


def build_pdf(
    target: Path | BinaryIO,
    story: Sequence[Flowable],
    *,
    frame: PageFrame,
    title: str,
    language: Language,
    on_first_page: Callable[[Canvas, Any], None] | None = None,
) -> None:
    """Lay out the story on A4 with the frame on every page."""
    register_fonts()
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="LIVC-R Desktop",
        subject=frame.marking,
        lang=language.value,
    )
    first = on_first_page or (lambda _canvas, _doc: None)
    doc.build(list(story), onFirstPage=first, canvasmaker=_numbered_canvas(frame))
