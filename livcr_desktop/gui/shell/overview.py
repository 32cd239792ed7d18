"""The home every person lands on: first what waits for them in their roles (see gui/shell/home),
then which LIVC-R this is, who is signed in with which roles, and the journal."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.gui.kit.area_page import Shell
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.rich_text import escape
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.shell.home import HomeCards
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.sync.conflict_panel import ConflictPanel
from livcr_desktop.i18n.formatting import format_date, format_number
from livcr_desktop.services.audit.verify import VerifyReport, verify_workspace
from livcr_desktop.services.home.waiting import Waiting, read_waiting
from livcr_desktop.services.overview import Overview, load_overview
from livcr_desktop.services.workspace import Workspace


def _card(parent: QWidget) -> tuple[QFrame, QLabel, QLabel]:
    card = QFrame(parent)
    set_role(card, "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 14, 16, 14)
    heading = QLabel(card)
    set_role(heading, "subtitle")
    body = QLabel(card)
    body.setWordWrap(True)
    body.setTextFormat(Qt.TextFormat.RichText)
    body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(heading)
    layout.addWidget(body)
    layout.addStretch()
    return card, heading, body


class OverviewArea(QScrollArea):
    """Cards with real facts only: nothing here is a placeholder."""

    def __init__(self, workspace: Workspace, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("overviewArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._ws = workspace
        self._shell = shell
        self._overview: Overview | None = None
        self.waiting: Waiting | None = None
        inner = QWidget(self)
        self.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(inner)
        self.title.setObjectName("overviewTitle")
        set_role(self.title, "title")
        layout.addWidget(self.title)
        self.home = HomeCards(shell, inner)
        layout.addWidget(self.home)
        # Conflicts this person took part in (their own laptop's edit and someone else's).
        self.own_conflicts = ConflictPanel(workspace, inner, own_only=True)
        self.own_conflicts.setObjectName("ownConflicts")
        layout.addWidget(self.own_conflicts)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.livcr_card, self.livcr_heading, self.livcr_body = _card(inner)
        self.you_card, self.you_heading, self.you_body = _card(inner)
        self.journal_card, self.journal_heading, self.journal_body = _card(inner)
        self.verify_button = QPushButton(self.journal_card)
        self.verify_button.setObjectName("verifyJournalButton")
        self.verify_button.clicked.connect(self.verify)
        self.verify_button.setVisible(workspace.may(Resource.AUDIT_TRAIL, Action.VERIFY))
        self.verify_result = MessageLabel(self.journal_card, role="notice")
        self.verify_result.setObjectName("verifyResult")
        journal_layout = self.journal_card.layout()
        assert isinstance(journal_layout, QVBoxLayout)
        journal_layout.addWidget(self.verify_result)
        journal_layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.livcr_card, 0, 0)
        grid.addWidget(self.you_card, 0, 1)
        grid.addWidget(self.journal_card, 1, 0, 1, 2)
        layout.addLayout(grid)
        layout.addStretch()
        self.refresh()
        # Every count here may move with any change; read only while the overview is shown.
        watch_changes(self, workspace, lambda changes: changes.changed_records, self.refresh)

    def refresh(self) -> None:
        """Reload the facts and what waits."""
        self._overview = load_overview(self._ws)
        self.waiting = read_waiting(self._ws)
        self.home.show_waiting(self.waiting)
        self.own_conflicts.refresh()
        self.own_conflicts.setVisible(self.own_conflicts.count > 0)
        self.retranslate_ui()

    def verify(self) -> None:
        """Verify integrity and the hash chain in the background and show the outcome."""
        self.verify_button.setEnabled(False)
        set_role(self.verify_result, "notice")
        self.verify_result.show_message(self.tr("Verifying…"))
        run_in_background(
            lambda: verify_workspace(self._ws), self._verified, self._verify_failed, parent=self
        )

    def _verified(self, report: VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        if report.healthy:
            # Success in the success colour, and said in words for those who do not see colour.
            count = format_number(report.chain.operations_checked, current_language())
            self.verify_result.show_message(
                self.tr(
                    "✓ The database is healthy: {count} operations verified, no link broken."
                ).format(count=count)
            )
            set_role(self.verify_result, "success")
        else:
            self.verify_result.show_message(
                self.tr(
                    "The database is damaged or was tampered with. Run a full check with "
                    "“livcr verify” and contact your IT service."
                )
            )
            set_role(self.verify_result, "error")
        self.refresh()

    def _verify_failed(self, error: Exception) -> None:
        self.verify_button.setEnabled(True)
        raise error

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        overview = self._overview
        if overview is None:
            return
        profile = overview.profile
        language = current_language()
        self.title.setText(self.tr("Welcome, {name}").format(name=self._ws.actor.display_name))
        self.livcr_heading.setText(profile.name)
        active = [m.name for m in profile.municipalities if m.active]
        kind = (
            self.tr("Joint LIVC-R of %n municipalities", "", len(active))
            if profile.is_joint
            else self.tr("LIVC-R of one municipality")
        )
        self.livcr_body.setText(
            f"<p>{kind}</p><ul>"
            + "".join(f"<li>{escape(name)}</li>" for name in active)
            + "</ul><p>"
            + self.tr("Working language: {language}").format(
                language=profile.working_language.endonym
            )
            + "</p>"
        )
        self.you_heading.setText(self.tr("Signed in as"))
        roles = []
        for grant in overview.current_grants:
            label = show_text(grant.role.label)
            municipality = overview.municipality_name(grant.municipality_id)
            if municipality:
                label += f" – {escape(municipality)}"
            since = self.tr("since {date}").format(date=format_date(grant.starts_on, language))
            roles.append(f"<li>{label} <span style='color:#4a5868'>({since})</span></li>")
        self.you_body.setText(
            f"<p><b>{escape(self._ws.actor.display_name)}</b><br>"
            f"{escape(self._ws.actor.organisation_name)}</p>"
            + (
                f"<ul>{''.join(roles)}</ul>"
                if roles
                else "<p>" + self.tr("No current role.") + "</p>"
            )
        )
        self.journal_heading.setText(self.tr("Journal"))
        self.journal_body.setText(
            self.tr(
                "Every change and every access is recorded in a hash-chained journal: "
                "%n operations so far.",
                "",
                overview.journal_operations,
            )
        )
        self.verify_button.setText(self.tr("Verify the database and the journal"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
