"""The forms of the decision flow: putting a proposal, an objection with its reason, and the
chair's signature (on their own session, or signing in on top of the coordinator's laptop)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from livcr_desktop.domain.cases import CloseReason
from livcr_desktop.domain.decision_steps import signing_decision
from livcr_desktop.domain.decisions import DecisionKind, Proposal
from livcr_desktop.domain.erasure_topic import erasure_wording
from livcr_desktop.gui.kit.date_field import date_field, to_date
from livcr_desktop.gui.kit.final_step_dialog import FinalStepPanel
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.text import qt_translate, show_message, show_text
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.decisions.consensus import DecisionService, SignResult
from livcr_desktop.services.decisions.view import DecisionView, ProposalOptions
from livcr_desktop.services.workspace import Workspace


def _text_box(parent: QWidget, name: str, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class ProposeDialog(FormDialog):
    """Put a proposal to the item's effective participants (or reword an open one)."""

    def __init__(
        self,
        decisions: DecisionService,
        item_id: str,
        options: ProposalOptions,
        parent: QWidget | None = None,
        *,
        rewording: DecisionView | None = None,
        supersedes: DecisionView | None = None,
    ) -> None:
        super().__init__(parent, object_name="proposeDialog", submit=self._save)
        self.setMinimumWidth(760)  # the named record's day and proposal fit on one line
        self._decisions = decisions
        self._item_id = item_id
        self._rewording = rewording
        self._supersedes = supersedes
        self.decision_id = ""
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("proposeKind")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in options.kinds:
            self.kind_combo.addItem("", kind.value)
        self.wording = _text_box(self, "proposeWording", 110)
        self.lead_combo = QComboBox(self)
        self.lead_combo.setObjectName("proposeLead")
        self.lead_combo.addItem("", "")
        for organisation_id, name in options.organisations:
            self.lead_combo.addItem(name, organisation_id)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("proposeCloseReason")
        self.reason_combo.addItem("", "")
        for reason in CloseReason:
            if reason is not CloseReason.HANDED_OVER:  # only a hand-over decision closes so
                self.reason_combo.addItem("", reason.value)
        self.follow_up_check = QCheckBox(self)
        self.follow_up_check.setObjectName("proposeFollowUpCheck")
        self.follow_up = date_field(self, decisions.today() + timedelta(days=28), "proposeFollowUp")
        self._choices = options.choices
        self.form_combo = self._choice_combo("proposeForm", DecisionKind.APPROVE_FEEDBACK_FORM)
        self.evaluation_combo = self._choice_combo(
            "proposeEvaluation", DecisionKind.EVALUATE_TRAJECTORY
        )
        self.handover_combo = self._choice_combo("proposeHandover", DecisionKind.HAND_OVER)
        # The strategic table approves its yearly report with a strategic decision naming the
        # year (services/yearly_report/approval.py freezes the report when it is signed).
        self.report_check = QCheckBox(self)
        self.report_check.setObjectName("proposeReportCheck")
        self.report_year = QSpinBox(self)
        self.report_year.setObjectName("proposeReportYear")
        self.report_year.setRange(2000, 2100)
        self.report_year.setValue(decisions.today().year - 1)
        self.report_year.setEnabled(False)
        self.report_check.toggled.connect(self.report_year.setEnabled)
        self.kind_label = self.add_row("kind", self.kind_combo)
        self.wording_label = self.add_row("wording", self.wording)
        self.lead_label = self.add_row("lead", self.lead_combo)
        self.reason_label = self.add_row("close_reason", self.reason_combo)
        self.follow_up_label = self.add_row("next_follow_up", self.follow_up_check)
        self.form.addRow("", self.follow_up)
        self.form_label = self.add_row("feedback_form", self.form_combo)
        self.evaluation_label = self.add_row("evaluation", self.evaluation_combo)
        self.handover_label = self.add_row("handover", self.handover_combo)
        self.report_label = self.add_row("report_year", self.report_check)
        self.form.addRow("", self.report_year)
        self.follow_up_check.toggled.connect(self.follow_up.setEnabled)
        self.follow_up.setEnabled(False)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        if rewording is not None:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(rewording.kind.value)))
            self.wording.setPlainText(rewording.wording)
            for combo in (self.form_combo, self.evaluation_combo, self.handover_combo):
                combo.setCurrentIndex(max(0, combo.findData(rewording.named_id)))
            if rewording.kind is DecisionKind.STRATEGIC and (rewording.named_id or "").isdigit():
                self.report_check.setChecked(True)
                self.report_year.setValue(int(rewording.named_id or 0))
        self._erasure_topic = options.erasure_topic
        self.wording.setReadOnly(self._erasure_topic is not None)  # fixed: see erasure_topic
        self.retranslate_ui()
        self._kind_changed()

    def _choice_combo(self, name: str, kind: DecisionKind) -> QComboBox:
        """The records a proposal of this kind names, as the table of kinds lists them."""
        combo = QComboBox(self)
        combo.setObjectName(name)
        for choice in self._choices.get(kind, ()):
            combo.addItem("", choice.id)
        # The named record is read in full (its day and what it proposed), never cut off.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def kind(self) -> DecisionKind:
        return DecisionKind(str(self.kind_combo.currentData()))

    def _kind_changed(self) -> None:
        kind = self.kind()
        rows = (
            (self.lead_label, self.lead_combo, kind is DecisionKind.START_TRAJECTORY),
            (
                self.reason_label,
                self.reason_combo,
                kind in (DecisionKind.CLOSE_CASE, DecisionKind.STOP_FOLLOW_UP),
            ),
            (self.follow_up_label, self.follow_up_check, kind is DecisionKind.FOLLOW_UP),
            (self.form_label, self.form_combo, kind is DecisionKind.APPROVE_FEEDBACK_FORM),
            (
                self.evaluation_label,
                self.evaluation_combo,
                kind is DecisionKind.EVALUATE_TRAJECTORY,
            ),
            (self.handover_label, self.handover_combo, kind is DecisionKind.HAND_OVER),
            (self.report_label, self.report_check, kind is DecisionKind.STRATEGIC),
        )
        for label, widget, shown in rows:
            label.setVisible(shown)
            widget.setVisible(shown)
        self.follow_up.setVisible(kind is DecisionKind.FOLLOW_UP)
        self.report_year.setVisible(kind is DecisionKind.STRATEGIC)
        self.adjustSize()

    def proposal(self) -> Proposal:
        reason = str(self.reason_combo.currentData() or "")
        return Proposal(
            kind=self.kind(),
            wording=self.wording.toPlainText(),
            lead_organisation_id=str(self.lead_combo.currentData() or "") or None,
            close_reason=CloseReason(reason) if reason else None,
            next_follow_up=to_date(self.follow_up) if self.follow_up_check.isChecked() else None,
            feedback_form_id=str(self.form_combo.currentData() or "") or None,
            evaluation_id=str(self.evaluation_combo.currentData() or "") or None,
            report_year=self.report_year.value() if self.report_check.isChecked() else None,
            handover_id=str(self.handover_combo.currentData() or "") or None,
        )

    def _save(self) -> None:
        if self._rewording is not None:
            self.decision_id = self._decisions.reword(
                self._rewording.id, self.proposal(), qt_translate
            )
        else:
            self.decision_id = self._decisions.propose(
                self._item_id,
                self.proposal(),
                supersedes_id=self._supersedes.id if self._supersedes else None,
                translate=qt_translate,
            )

    def retranslate_ui(self) -> None:
        if self._rewording is not None:
            self.setWindowTitle(self.tr("Reword the proposal"))
            self.set_intro(
                self.tr(
                    "The old wording stays on record with the positions given to it. Every "
                    "effective participant gives their position again on the new wording."
                )
            )
        elif self._supersedes is not None:
            self.setWindowTitle(self.tr("Correct a final decision"))
            self.set_intro(
                self.tr(
                    "A signed decision never changes. This new decision corrects it once it is "
                    "agreed by consensus and signed; the old one stays readable."
                )
            )
        else:
            self.setWindowTitle(self.tr("Put a proposal to the table"))
            self.set_intro(
                self.tr(
                    "The table decides by consensus: every effective participant of this item "
                    "must agree, and one objection blocks the proposal."
                )
            )
        if self._erasure_topic is not None:
            self.wording.setPlainText(erasure_wording(self._erasure_topic, qt_translate))
            self.set_intro(
                self.tr(
                    "The table decides the erasure by consensus and the meeting's chair signs "
                    "it. Its wording is fixed: what is said about the case belongs in the case."
                )
            )
        for index in range(self.kind_combo.count()):
            kind = DecisionKind(str(self.kind_combo.itemData(index)))
            self.kind_combo.setItemText(index, show_text(kind.label))
        for kind, combo in (
            (DecisionKind.APPROVE_FEEDBACK_FORM, self.form_combo),
            (DecisionKind.EVALUATE_TRAJECTORY, self.evaluation_combo),
            (DecisionKind.HAND_OVER, self.handover_combo),
        ):
            for index, choice in enumerate(self._choices.get(kind, ())):
                combo.setItemText(index, show_message(choice.label))
        self.lead_combo.setItemText(0, self.tr("Choose the lead partner"))
        self.reason_combo.setItemText(0, self.tr("Choose a reason"))
        for index in range(1, self.reason_combo.count()):
            reason = CloseReason(str(self.reason_combo.itemData(index)))
            self.reason_combo.setItemText(index, show_text(reason.label))
        self.kind_label.setText(self.tr("Decision"))
        self.report_label.setText(self.tr("Yearly report"))
        self.handover_label.setText(self.tr("Hand-over"))
        self.report_check.setText(
            self.tr("Approves the yearly report of this year (it is then frozen):")
        )
        self.wording_label.setText(self.tr("Proposal as worded"))
        self.lead_label.setText(self.tr("Lead partner"))
        self.reason_label.setText(self.tr("Reason for closing"))
        self.follow_up_label.setText(self.tr("Next follow-up"))
        self.follow_up_check.setText(self.tr("Put the case on the agenda again on"))
        self.form_label.setText(self.tr("Feedback form"))
        self.evaluation_label.setText(self.tr("Evaluation"))


class ObjectionDialog(FormDialog):
    """An objection, which always needs its reason."""

    def __init__(
        self,
        decisions: DecisionService,
        decision_id: str,
        member_id: str,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="objectionDialog", submit=self._save)
        self._decisions = decisions
        self._decision_id = decision_id
        self._member_id = member_id
        self._name = name
        self.reason = _text_box(self, "objectionReason")
        self.reason_label = self.add_row("reason", self.reason)
        self.retranslate_ui()

    def _save(self) -> None:
        from livcr_desktop.domain.decisions import Position

        self._decisions.record_position(
            self._decision_id, self._member_id, Position.OBJECT, self.reason.toPlainText()
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Objection"))
        self.set_intro(
            self.tr(
                "{name} objects: there is no consensus. Write down what blocks it, so the table "
                "can reword the proposal or postpone the item."
            ).format(name=self._name)
        )
        self.reason_label.setText(self.tr("Reason"))


class SignDecisionDialog(FormDialog):
    """The chair signs: their passphrase proves it is them and opens their signing key.

    On the coordinator's laptop the chair picks their name and signs in on top for this one
    signature; the coordinator's session continues underneath afterwards.
    """

    def __init__(
        self,
        access: FolderAccess,
        base: Workspace,
        decision: DecisionView,
        signers: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="signDecisionDialog", submit=self._sign)
        self.setMinimumWidth(600)  # what the signature fixes reads as lines, not a column
        self._access = access
        self._base = base
        self._decision = decision
        self.signed: SignResult | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("signDecisionSummary")
        self.summary.setWordWrap(True)
        set_role(self.summary, "subtitle")
        self.form.addRow(self.summary)
        self.consequences = FinalStepPanel(
            signing_decision(
                decision.kind,
                decision.wording,
                [p.name for p in decision.participants],
                lead=decision.lead_organisation,
                corrects=decision.supersedes_id is not None,
            ),
            self,
        )
        self.form.addRow(self.consequences)
        self.signer_combo = QComboBox(self)
        self.signer_combo.setObjectName("signDecisionSigner")
        own = [s for s in signers if s[0] == base.actor.account_id]
        for account_id, name in own or signers:
            self.signer_combo.addItem(name, account_id)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("signDecisionPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.signer_label = self.add_row("signer", self.signer_combo)
        self.passphrase_label = self.add_row("passphrase", self.passphrase)
        self.retranslate_ui()

    def _sign(self) -> None:
        account_id = str(self.signer_combo.currentData() or "")
        passphrase = self.passphrase.text()
        self.passphrase.clear()  # never left in the field, right or wrong
        if account_id == self._base.actor.account_id:
            self.signed = DecisionService(self._base).sign(self._decision.id, passphrase)
            return
        on_top = self._access.sign_in_on_top(self._base, account_id, passphrase)
        try:
            self.signed = DecisionService(on_top).sign(self._decision.id, passphrase)
        finally:
            self._access.drop_back(on_top)
            on_top.close()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign the decision"))
        decision = self._decision
        self.set_intro(
            self.tr(
                "By signing, the chair confirms that this is what the effective participants "
                "agreed by consensus. A signed decision takes effect at once."
            )
        )
        self.summary.setText(show_text(decision.kind.label))
        self.set_final_action(self.tr("Sign the decision"))
        self.signer_label.setText(self.tr("Chair who signs"))
        self.passphrase_label.setText(self.tr("Their passphrase"))
