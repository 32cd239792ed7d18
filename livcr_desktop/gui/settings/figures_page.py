"""Settings › Figures: the small-count threshold and the meeting interval of the strategic
table's figures.

Both are the LIVC-R's (every member's figures hide the same counts), so only the coordinator
changes them; others see them. The threshold cannot go below 3: smaller counts identify people.
Saved with the dialog's OK, all or nothing, like the LIVC-R's other details.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.services.figures.settings import (
    MAX_INTERVAL_MONTHS,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    FigureSettings,
    read_figure_settings,
    update_figure_settings,
)
from livcr_desktop.services.workspace import Workspace


class FiguresSettingsPage(QWidget):
    """The two settings of the figures, editable by the coordinator."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresSettingsPage")
        self._ws = workspace
        self._original = read_figure_settings(workspace)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # Each label above its field, across the page: the translations run long (a label
        # beside its field was cut in Dutch), and a spin box needs no more than a number's width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.threshold_label = QLabel(self)
        self.threshold_spin = QSpinBox(self)
        self.threshold_spin.setObjectName("smallCountThresholdSpin")
        self.threshold_spin.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold_spin.setValue(self._original.threshold)
        self.threshold_label.setBuddy(self.threshold_spin)
        form.addRow(self.threshold_label, self.threshold_spin)
        self.interval_label = QLabel(self)
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setObjectName("meetingIntervalSpin")
        self.interval_spin.setRange(1, MAX_INTERVAL_MONTHS)
        self.interval_spin.setValue(self._original.meeting_interval_months)
        self.interval_label.setBuddy(self.interval_spin)
        form.addRow(self.interval_label, self.interval_spin)
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        layout.addWidget(self.hint)
        layout.addStretch(1)
        # Once house rules are adopted they set both; a change goes through a new version.
        self.may_edit = (
            workspace.may(Resource.LIVCR_PROFILE, Action.EDIT)
            and self._original.house_rules_version is None
        )
        self.threshold_spin.setEnabled(self.may_edit)
        self.interval_spin.setEnabled(self.may_edit)
        self.retranslate_ui()

    def wanted(self) -> FigureSettings:
        """The settings as the form shows them."""
        return FigureSettings(self.threshold_spin.value(), self.interval_spin.value())

    def apply(self) -> None:
        """Save the settings when they changed (DomainError when refused or out of range)."""
        wanted = self.wanted()
        if self.may_edit and wanted != self._original:
            self._original = update_figure_settings(
                self._ws, wanted.threshold, wanted.meeting_interval_months
            )

    def retranslate_ui(self) -> None:
        """Texts in the interface language."""
        self.threshold_label.setText(self.tr("Hide counts below:"))
        self.interval_label.setText(self.tr("Warn when the operational table has not met for:"))
        self.interval_spin.setSuffix(self.tr(" months"))
        self.hint.setText(
            self.tr(
                "The strategic table's figures show no count below this threshold (at least "
                "3), and hide other counts where they would let a small one be worked out."
            )
            if self.may_edit
            else self.tr(
                "Set by the house rules (version %1) that are in force: a change goes through a "
                "new version adopted by the strategic table."
            ).replace("%1", str(self._original.house_rules_version))
            if self._original.house_rules_version is not None
            else self.tr("Only a coordinator can change the settings of the figures.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
