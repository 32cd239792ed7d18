"""The decisions tab of a dossier: every proposal and decision on the case across meetings,
newest first, each signed one verified as it is shown, and a broken one flagged loudly."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from livcr_desktop.domain.decisions import DecisionState, Position
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.rich_text import escape
from livcr_desktop.gui.kit.text import show_error, show_message, show_text
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_date, format_datetime
from livcr_desktop.services.decisions.verify import Verdict
from livcr_desktop.services.decisions.view import DecisionReader, DecisionView
from livcr_desktop.services.workspace import Workspace

BROKEN_STYLE = "background:#fdecea;color:#a4161a;border:1px solid #a4161a;padding:6px;"
VALID_STYLE = "color:#1e6b35;"


class DossierDecisions(QWidget):
    """Read-only list of a case's decisions (they are taken in meetings, not here)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDecisions")
        self._reader = DecisionReader(workspace)
        self._case_id: str | None = None
        self.views: list[DecisionView] = []
        self._error = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("dossierDecisionsText")
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.browser)

    def show_case(self, case_id: str) -> None:
        """Read the decisions of a case."""
        self._case_id = case_id
        try:
            self.views = self._reader.for_case(case_id)
            self._error = ""
        except DomainError as error:
            self.views = []
            self._error = show_error(error)
        self._render()

    @property
    def broken_count(self) -> int:
        """How many signed decisions of the case no longer verify."""
        return sum(1 for v in self.views if v.broken)

    def _render(self) -> None:
        if self._error:
            self.browser.setHtml(f"<p>{escape(self._error)}</p>")
            return
        if not self.views:
            self.browser.setHtml(
                "<p>"
                + escape(
                    self.tr(
                        "No decisions on this case yet. Decisions are taken by consensus at "
                        "the operational table and signed by the chair."
                    )
                )
                + "</p>"
            )
            return
        self.browser.setHtml("".join(self._decision_html(v) for v in self.views))

    def _decision_html(self, view: DecisionView) -> str:
        language = current_language()
        state = (
            self.tr("Final: signed")
            if view.state is DecisionState.SIGNED
            else show_text(view.outcome.label)
            if view.state is DecisionState.OPEN
            else show_text(view.state.label)
        )
        parts = [
            f"<h3>{escape(show_text(view.kind.label))} · {escape(state)}</h3>",
            "<p>"
            + escape(self.tr("Meeting of {day}").format(day=format_date(view.meeting_at, language)))
            + "</p>",
            f"<p><i>“{escape(view.wording)}”</i></p>",
        ]
        if view.lead_organisation:
            parts.append(
                "<p>"
                + escape(self.tr("Lead partner: {name}").format(name=view.lead_organisation))
                + "</p>"
            )
        rows = []
        for participant in view.participants:
            if participant.position is Position.AGREE:
                said = self.tr("Agrees")
            elif participant.position is Position.OBJECT:
                said = self.tr("Objects: {reason}").format(reason=participant.reason)
            else:
                said = self.tr("No position yet")
            rows.append(
                f"<tr><td>{escape(participant.name)}</td>"
                f"<td>{escape(participant.organisation)}</td><td>{escape(said)}</td></tr>"
            )
        if rows:
            parts.append(f"<table cellpadding='3'>{''.join(rows)}</table>")
        if view.final and view.signed_at is not None:
            parts.append(
                "<p>"
                + escape(
                    self.tr("Signed by {name} on {moment}.").format(
                        name=view.signer,
                        moment=format_datetime(view.signed_at, language, "short"),
                    )
                )
                + "</p>"
            )
        if view.superseded_by_id:
            parts.append("<p>" + escape(self.tr("Corrected by a later decision.")) + "</p>")
        if view.verification.verdict is Verdict.VALID:
            parts.append(
                f"<p style='{VALID_STYLE}'>"
                + escape(
                    self.tr("Signature verified ✓ · fingerprint {fingerprint}").format(
                        fingerprint=view.fingerprint
                    )
                )
                + "</p>"
            )
        elif view.verification.verdict is Verdict.BROKEN:
            problems = " ".join(show_message(p) for p in view.verification.problems)
            parts.append(
                f"<p style='{BROKEN_STYLE}'><b>"
                + escape(
                    self.tr("WARNING: this decision no longer verifies. {problems}").format(
                        problems=problems
                    )
                )
                + "</b></p>"
            )
        return "<div>" + "".join(parts) + "<hr/></div>"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
