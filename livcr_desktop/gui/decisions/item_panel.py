"""The decisions of one agenda item during (or right after) the meeting: put a proposal, note
each effective participant's position, reword after an objection, and let the chair sign.

Every proposal shows where it stands under the consensus rule in words, not colour alone, and a
signed decision shows its signature's fingerprint and whether it still verifies.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.decision_steps import withdrawing_proposal
from livcr_desktop.domain.decisions import DecisionState, Outcome, Position
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.decisions.dialogs import ObjectionDialog, ProposeDialog, SignDecisionDialog
from livcr_desktop.gui.kit.final_step_dialog import confirm_final_step
from livcr_desktop.gui.kit.text import show_error, show_message, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.i18n.formatting import format_datetime
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.decisions.verify import Verdict
from livcr_desktop.services.decisions.view import (
    DecisionReader,
    DecisionView,
    ProposalOptions,
    proposal_options,
)
from livcr_desktop.services.workspace import Workspace

OUTCOME_ROLE = {
    Outcome.CONSENSUS: "success",
    Outcome.BLOCKED: "error",
    Outcome.AWAITING: "notice",
    Outcome.NO_PARTICIPANTS: "notice",
}


class DecisionCard(QFrame):
    """One proposal or decision, with its participants' positions and what can be done next."""

    changed = Signal()

    def __init__(self, panel: DecisionPanel, decision: DecisionView) -> None:
        super().__init__(panel)
        self.setObjectName(f"decisionCard_{decision.id}")
        set_role(self, "card")
        self._panel = panel
        self.decision = decision
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind_label = QLabel(self)
        set_role(self.kind_label, "subtitle")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("decisionState")
        self.kind_label.setWordWrap(True)
        top.addWidget(self.kind_label, 1)
        top.addWidget(self.state_label)
        layout.addLayout(top)
        self.wording_label = QLabel(self)
        self.wording_label.setObjectName("decisionWording")
        self.wording_label.setWordWrap(True)
        self.wording_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.wording_label)
        self.put_to_label = QLabel(self)
        self.put_to_label.setObjectName("decisionPutTo")
        self.put_to_label.setWordWrap(True)
        set_role(self.put_to_label, "hint")
        layout.addWidget(self.put_to_label)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.position_buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        self.position_labels: dict[str, QLabel] = {}
        open_ = decision.state is DecisionState.OPEN and decision.may_record_positions
        for row, participant in enumerate(decision.participants):
            # Name over organisation, wrapped: the card must fit beside the attendance list at
            # 1200 px (a projector's width), with every participant's buttons in view.
            name = QLabel(f"{participant.name}\n{participant.organisation}", self)
            name.setWordWrap(True)
            self.grid.addWidget(name, row, 0)
            position = QLabel(self)
            position.setObjectName(f"position_{participant.member_id}")
            position.setWordWrap(True)
            self.grid.addWidget(position, row, 1)
            self.position_labels[participant.member_id] = position
            if open_:
                agree = QPushButton(self)
                agree.setObjectName(f"agree_{participant.member_id}")
                agree.clicked.connect(lambda _=False, m=participant.member_id: self._agree(m))
                object_ = QPushButton(self)
                object_.setObjectName(f"object_{participant.member_id}")
                object_.clicked.connect(
                    lambda _=False, m=participant.member_id, n=participant.name: self._object(m, n)
                )
                # Someone who left can no longer say anything to this wording.
                for button in (agree, object_):
                    button.setEnabled(participant.left_at is None)
                self.grid.addWidget(agree, row, 2)
                self.grid.addWidget(object_, row, 3)
                self.position_buttons[participant.member_id] = (agree, object_)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.footer = QLabel(self)
        self.footer.setObjectName("decisionFooter")
        self.footer.setWordWrap(True)
        set_role(self.footer, "hint")
        layout.addWidget(self.footer)
        self.verification = QLabel(self)
        self.verification.setObjectName("decisionVerification")
        self.verification.setWordWrap(True)
        layout.addWidget(self.verification)
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, handler, shown in (
            (
                "sign",
                self._sign,
                decision.state is DecisionState.OPEN
                and decision.outcome is Outcome.CONSENSUS
                and (decision.may_sign or bool(panel.options().signers)),
            ),
            ("reword", self._reword, open_),
            ("withdraw", self._withdraw, open_),
            (
                "correct",
                self._correct,
                decision.final
                and decision.superseded_by_id is None
                and panel.may_propose
                and decision.case_id is not None,
            ),
        ):
            button = QPushButton(self)
            button.setObjectName(f"decision_{key}Button")
            button.clicked.connect(handler)
            button.setVisible(shown)
            actions.addWidget(button)
            self.buttons[key] = button
        set_role(self.buttons["sign"], "primary")
        actions.addStretch()
        layout.addLayout(actions)
        self.retranslate_ui()

    # -- actions ---------------------------------------------------------------------------

    def _agree(self, member_id: str) -> None:
        self._panel.run(
            lambda: self._panel.decisions.record_position(
                self.decision.id, member_id, Position.AGREE
            )
        )

    def _object(self, member_id: str, name: str) -> None:
        dialog = ObjectionDialog(self._panel.decisions, self.decision.id, member_id, name, self)
        if dialog.exec():
            self._panel.reload()

    def _reword(self) -> None:
        dialog = ProposeDialog(
            self._panel.decisions,
            self.decision.item_id,
            self._panel.options(),
            self,
            rewording=self.decision,
        )
        if dialog.exec():
            self._panel.reload()

    def _withdraw(self) -> None:
        """A withdrawn proposal stays withdrawn: ask first."""
        if confirm_final_step(
            self,
            withdrawing_proposal(self.decision.wording),
            object_name="withdrawProposalDialog",
            title=self.tr("Withdraw the proposal"),
            action=self.tr("Withdraw the proposal"),
        ):
            self._panel.run(lambda: self._panel.decisions.withdraw(self.decision.id))

    def _correct(self) -> None:
        dialog = ProposeDialog(
            self._panel.decisions,
            self._panel.item_id,
            self._panel.options(),
            self,
            supersedes=self.decision,
        )
        if dialog.exec():
            self._panel.reload()

    def _sign(self) -> None:
        signers = [(s.account_id, s.name) for s in self._panel.options().signers]
        dialog = SignDecisionDialog(
            self._panel.access, self._panel.workspace, self.decision, signers, self
        )
        if dialog.exec() and dialog.signed is not None:
            self._panel.message.show_message(
                self.tr("Signed. Fingerprint of the signature: {fingerprint}").format(
                    fingerprint=dialog.signed.fingerprint
                )
            )
            set_role(self._panel.message, "success")
            self._panel.reload(keep_message=True)

    # -- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        decision = self.decision
        self.kind_label.setText(show_text(decision.kind.label))
        self.wording_label.setText(f"“{decision.wording}”")
        if decision.state is DecisionState.OPEN:
            state = show_text(decision.outcome.label)
            set_role(self.state_label, OUTCOME_ROLE[decision.outcome])
        elif decision.state is DecisionState.SIGNED:
            state = self.tr("Final: signed")
            set_role(self.state_label, "success")
        else:
            state = show_text(decision.state.label)
            set_role(self.state_label, "hint")
        self.state_label.setText(state)
        self._put_to_text()
        self._position_texts()
        self._footer_text()
        self._verification_text()
        self.buttons["sign"].setText(self.tr("Sign as chair…"))
        self.buttons["reword"].setText(self.tr("Reword…"))
        self.buttons["withdraw"].setText(self.tr("Withdraw"))
        self.buttons["correct"].setText(self.tr("Correct with a new decision…"))

    def _position_texts(self) -> None:
        for participant in self.decision.participants:
            label = self.position_labels[participant.member_id]
            if participant.position is Position.AGREE:
                label.setText(self.tr("Agrees"))
            elif participant.position is Position.OBJECT:
                label.setText(self.tr("Objects: {reason}").format(reason=participant.reason))
            elif participant.left_at is not None and self.decision.state is DecisionState.OPEN:
                label.setText(
                    self.tr("Left the meeting without a position: reword to go on without them")
                )
            else:
                label.setText(self.tr("No position yet"))
            if participant.member_id in self.position_buttons:
                agree, object_ = self.position_buttons[participant.member_id]
                agree.setText(self.tr("Agrees"))
                object_.setText(self.tr("Objects…"))

    def _put_to_text(self) -> None:
        """To whom the proposal was put (fixed when it was put), and who had left by then."""
        decision = self.decision
        text = ""
        if decision.participants:
            text = self.tr(
                "Put to the effective participants in the room when it was put (listed "
                "below); consensus needs each of them."
            )
        if decision.left_before:
            text += " " + self.tr(
                "Not put to those who had already left the meeting: {names}."
            ).format(names=", ".join(decision.left_before))
        self.put_to_label.setText(text.strip())
        self.put_to_label.setVisible(bool(text) and not decision.final)

    def _footer_text(self) -> None:
        decision = self.decision
        language = current_language()
        if not decision.participants:
            self.footer.setText(
                self.tr(
                    "Nobody is recorded as an effective participant of this item yet: tick "
                    "who takes part in the discussion first."
                )
            )
        else:
            footer = self.tr("Proposed by {name} on {moment}.").format(
                name=decision.proposed_by,
                moment=format_datetime(decision.proposed_at, language, "short"),
            )
            if decision.final and decision.signed_at is not None:
                footer += " " + self.tr("Signed by {name} on {moment}.").format(
                    name=decision.signer,
                    moment=format_datetime(decision.signed_at, language, "short"),
                )
            if decision.superseded_by_id:
                footer += " " + self.tr("Corrected by a later decision.")
            if decision.supersedes_id:
                footer += " " + self.tr("This decision corrects an earlier one.")
            self.footer.setText(footer)

    def _verification_text(self) -> None:
        decision = self.decision
        verification = decision.verification
        if verification.verdict is Verdict.VALID:
            self.verification.setText(
                self.tr("Signature verified ✓ · fingerprint {fingerprint}").format(
                    fingerprint=decision.fingerprint
                )
            )
            set_role(self.verification, "success")
        elif verification.verdict is Verdict.BROKEN:
            problems = " ".join(show_message(p) for p in verification.problems)
            self.verification.setText(
                self.tr("WARNING: this decision no longer verifies. {problems}").format(
                    problems=problems
                )
            )
            set_role(self.verification, "error")
        self.verification.setVisible(verification.verdict is not Verdict.UNSIGNED)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class DecisionPanel(QWidget):
    """All proposals and decisions of one agenda item."""

    changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        item_id: str,
        parent: QWidget | None = None,
        *,
        access: FolderAccess | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionPanel")
        self.workspace = workspace
        self.item_id = item_id
        self.access = access or FolderAccess(workspace.folder)
        self.decisions = DecisionService(workspace)
        self._reader = DecisionReader(workspace)
        self._options: ProposalOptions | None = None
        self.may_propose = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        set_role(self.heading, "subtitle")
        self.propose_button = QPushButton(self)
        self.propose_button.setObjectName("proposeButton")
        self.propose_button.clicked.connect(self.propose)
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.propose_button)
        layout.addLayout(top)
        self.message = MessageLabel(self)
        self.message.setObjectName("decisionPanelMessage")
        layout.addWidget(self.message)
        self.empty = QLabel(self)
        self.empty.setObjectName("decisionPanelEmpty")
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        layout.addWidget(self.empty)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_host = QWidget(self.scroll_area)
        self.cards = QVBoxLayout(self.cards_host)
        self.cards.addStretch()
        self.scroll_area.setWidget(self.cards_host)
        layout.addWidget(self.scroll_area, 1)
        self.card_widgets: list[DecisionCard] = []
        self.retranslate_ui()
        self.reload()

    def options(self) -> ProposalOptions:
        """What the proposal form offers on this item (read once per reload)."""
        if self._options is None:
            self._options = proposal_options(self.workspace, self.item_id)
        return self._options

    def reload(self, *, keep_message: bool = False) -> None:
        """Read the item's decisions again."""
        if not keep_message:
            self.message.clear_message()
        self._options = None
        try:
            views = self._reader.for_item(self.item_id)
            self.may_propose = self.options().may_propose
        except DomainError as error:
            views = []
            self.message.show_message(show_error(error))
        for card in self.card_widgets:
            self.cards.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.card_widgets = []
        for view in views:
            card = DecisionCard(self, view)
            self.cards.insertWidget(self.cards.count() - 1, card)
            self.card_widgets.append(card)
        self.empty.setVisible(not views)
        self.propose_button.setVisible(self.may_propose)
        self.changed.emit()

    def run(self, action: Callable[[], object]) -> None:
        """Run a service call, show a refusal in the user's language, then reload."""
        try:
            action()
        except DomainError as error:
            self.reload()
            self.message.show_message(show_error(error))
            return
        self.reload()

    def propose(self) -> None:
        dialog = ProposeDialog(self.decisions, self.item_id, self.options(), self)
        if dialog.exec():
            self.reload()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Decisions"))
        self.propose_button.setText(self.tr("Put a proposal…"))
        self.empty.setText(
            self.tr(
                "No proposal on this item yet. The table decides by consensus of the effective "
                "participants; the chair signs the outcome."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
