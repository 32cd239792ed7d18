"""The recovery-key sheet: printed once at setup and locked away, it reopens the data when every
passphrase is lost."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from livcr_desktop.domain.languages import Language
from livcr_desktop.i18n.formatting import format_datetime
from livcr_desktop.reports.base import (
    ACCENT,
    DocumentText,
    build_pdf,
    standard_frame,
    styles,
)


def build_recovery_sheet(
    target: Path | BinaryIO,
    *,
    livcr_name: str,
    folder_id: str,
    recovery_key: str,
    created_at: datetime,
    language: Language,
) -> None:
    """Write the sheet as a one-page PDF."""
    translate = DocumentText(language)
    st = styles()
    marking = translate(
        "RecoverySheet",
        "STRICTLY CONFIDENTIAL – keep this sheet locked away, never with the laptop",
    )
    groups = recovery_key.split("-")
    key_table = Table(
        [groups[:5], groups[5:] + [""] * (10 - len(groups))],
        colWidths=[30 * mm] * 5,
        rowHeights=[13 * mm, 13 * mm],
    )
    key_table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Courier-Bold", 17),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, ACCENT),
            ]
        )
    )
    story = [
        Paragraph(translate("RecoverySheet", "Recovery key"), st["title"]),
        Paragraph(translate("RecoverySheet", "LIVC-R: {name}").format(name=livcr_name), st["h3"]),
        Paragraph(
            translate("RecoverySheet", "Data folder identifier: {id}").format(id=folder_id),
            st["small"],
        ),
        Paragraph(
            translate("RecoverySheet", "Created: {moment}").format(
                moment=format_datetime(created_at, language, "medium")
            ),
            st["small"],
        ),
        Spacer(1, 8 * mm),
        key_table,
        Spacer(1, 8 * mm),
        Paragraph(translate("RecoverySheet", "What this key does"), st["h2"]),
        Paragraph(
            translate(
                "RecoverySheet",
                "This key opens the encrypted data of the LIVC-R when no passphrase is known any "
                "more, for example on a new laptop or after a coordinator left. With it, a "
                "coordinator chooses a new passphrase on the sign-in screen (“Use the recovery "
                "key”).",
            ),
            st["body"],
        ),
        Paragraph(translate("RecoverySheet", "How to keep it"), st["h2"]),
        Paragraph(
            translate(
                "RecoverySheet",
                "Whoever holds this key can read every case of the LIVC-R. Keep the sheet in a "
                "safe or a sealed envelope with the mayor or the municipal general director, never "
                "with the laptop and never as a photo or a file. If it may have been seen by "
                "someone else, have the coordinator create a new recovery key.",
            ),
            st["body"],
        ),
    ]
    build_pdf(
        target,
        story,
        frame=standard_frame(translate, livcr_name, created_at, marking=marking),
        title=translate("RecoverySheet", "Recovery key"),
        language=language,
    )
