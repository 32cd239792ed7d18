"""What the dossier's Overview, Notes and History tabs show of a case, as rich text.

Kept apart from the dossier's widgets so the wording of a case can be read (and changed) in one
place; the texts keep the dossier's translation context so nothing needs translating again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.persons import NoteVisibility, SubjectKind
from livcr_desktop.gui.kit.rich_text import escape
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date, format_datetime
from livcr_desktop.services.cases.dossier import Dossier, TimelineEntry


def summary_html(dossier: Dossier) -> str:
    """The Overview: the person concerned and where the case stands."""
    language = current_language()
    header, subject = dossier.header, dossier.subject
    rows = [
        (
            QCoreApplication.translate("DossierView", "Person concerned"),
            escape(subject.shown_name()),
        )
    ]
    if subject.kind is SubjectKind.ANONYMOUS:
        rows.append(
            (
                QCoreApplication.translate("DossierView", "Recorded as"),
                show_text(subject.kind.label),
            )
        )
    if subject.birth_date:
        rows.append(
            (
                QCoreApplication.translate("DossierView", "Date of birth"),
                format_date(subject.birth_date, language),
            )
        )
    if subject.address:
        rows.append((QCoreApplication.translate("DossierView", "Address"), escape(subject.address)))
    if subject.phone:
        rows.append((QCoreApplication.translate("DossierView", "Phone"), escape(subject.phone)))
    rows += [
        (
            QCoreApplication.translate("DossierView", "Responsible municipality"),
            escape(header.municipality_name),
        ),
        (QCoreApplication.translate("DossierView", "Status"), show_text(header.status.label)),
        (
            QCoreApplication.translate("DossierView", "Opened on"),
            format_date(header.opened_on, language),
        ),
    ]
    if header.close_reason:
        rows.append(
            (
                QCoreApplication.translate("DossierView", "Reason for closing"),
                show_text(header.close_reason.label),
            )
        )
    rows.append(
        (
            QCoreApplication.translate("DossierView", "Next follow-up"),
            format_date(header.next_follow_up, language)
            if header.next_follow_up
            else QCoreApplication.translate("DossierView", "none set"),
        )
    )
    if header.ltf_primary_follow_up:
        rows.append(
            (
                QCoreApplication.translate("DossierView", "LTF"),
                QCoreApplication.translate(
                    "DossierView", "asks the LIVC-R for the primary follow-up"
                ),
            )
        )
    if header.ggb_category.value not in ("unknown", "none"):
        rows.append(
            (
                QCoreApplication.translate("DossierView", "Common Database"),
                show_text(header.ggb_category.label),
            )
        )
    body = "".join(
        f"<tr><td style='padding:4px 16px 4px 0;color:#4a5868'>{label}</td>"
        f"<td style='padding:4px 0'>{value}</td></tr>"
        for label, value in rows
    )
    return f"<table>{body}</table>"


def notes_html(dossier: Dossier) -> str:
    """The notes the reader may read, those for one organisation set apart."""
    if not dossier.notes:
        return (
            "<p style='color:#4a5868'>"
            + QCoreApplication.translate("DossierView", "No notes you may read.")
            + "</p>"
        )
    language = current_language()
    parts = []
    for note in dossier.notes:
        scope = show_text(note.visibility.label)
        colour = "#fff6d6" if note.visibility is NoteVisibility.ORGANISATION else "#ffffff"
        parts.append(
            f"<div style='background:{colour};border:1px solid #d6dde6;padding:8px;"
            f"margin-bottom:8px'><b>{escape(note.author)}</b> – {escape(note.organisation)}"
            f" · {format_datetime(note.written_at, language, 'short')} · <i>{scope}</i>"
            f"<p>{escape(note.body)}</p></div>"
        )
    return "".join(parts)


def timeline_details(entry: TimelineEntry) -> str:
    """The History's details of one step: a status change, a note's scope or who."""
    details = entry.details
    if "status" in details:
        text = show_text(CaseStatus(details["status"]).label)
        if "previous_status" in details:
            previous = show_text(CaseStatus(details["previous_status"]).label)
            text = f"{previous} → {text}"
        if "reason" in details:
            text += f": {details['reason']}"
        return text
    if "visibility" in details:
        return show_text(NoteVisibility(details["visibility"]).label)
    return ", ".join(v for k, v in details.items() if k in ("member_id", "livcr_name"))
