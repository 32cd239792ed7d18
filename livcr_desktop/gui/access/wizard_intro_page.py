"""The wizard's first page: the language, and what to do with this empty data folder.

Four ways on: set up a new LIVC-R, join an existing one with an invitation (a member's own
laptop, synced through the hub), restore a backup into the folder (a new laptop, or after a lost
one), or look around in the demo first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWizardPage,
)

from livcr_desktop.gui.kit.language_combo import fill_language_combo, selected_language
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.gui.shell.language import LanguageManager

(
    PAGE_INTRO,
    PAGE_LIVCR,
    PAGE_COORDINATOR,
    PAGE_RECOVERY,
    PAGE_RESTORE,
    PAGE_JOIN,
    PAGE_FINGERPRINT,
) = range(7)


class IntroPage(QWizardPage):
    """Welcome: choose the language, and a real LIVC-R or the demo."""

    def __init__(self, languages: LanguageManager, data_dir: Path, *, can_restore: bool) -> None:
        super().__init__()
        self._languages = languages
        self._data_dir = data_dir
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QFormLayout()
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("wizardLanguageCombo")
        self.language_combo.setMinimumWidth(220)
        self.language_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        fill_language_combo(self.language_combo, languages.language)
        self.language_label.setBuddy(self.language_combo)
        row.addRow(self.language_label, self.language_combo)
        layout.addLayout(row)
        self.setup_radio = QRadioButton(self)
        self.setup_radio.setObjectName("setupRadio")
        self.setup_radio.setChecked(True)
        self.demo_radio = QRadioButton(self)
        self.demo_radio.setObjectName("demoRadio")
        self.restore_radio = QRadioButton(self)
        self.restore_radio.setObjectName("restoreRadio")
        self.restore_radio.setVisible(can_restore)
        self.join_radio = QRadioButton(self)
        self.join_radio.setObjectName("joinRadio")
        layout.addSpacing(8)
        layout.addWidget(self.setup_radio)
        layout.addWidget(self.join_radio)
        layout.addWidget(self.restore_radio)
        layout.addWidget(self.demo_radio)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        set_role(self.folder_label, "hint")
        layout.addStretch()
        layout.addWidget(self.folder_label)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.demo_radio.toggled.connect(self.completeChanged)
        self.retranslate_ui()

    def _language_chosen(self) -> None:
        self._languages.set_language(selected_language(self.language_combo))

    def wants_demo(self) -> bool:
        """True when the person chose to explore the demo."""
        return self.demo_radio.isChecked()

    def wants_restore(self) -> bool:
        """True when the person chose to restore a backup (for example on a new laptop)."""
        return self.restore_radio.isChecked()

    def wants_join(self) -> bool:
        """True when the person joins an existing LIVC-R with an invitation (own laptop)."""
        return self.join_radio.isChecked()

    def isFinalPage(self) -> bool:
        return self.wants_demo()

    def nextId(self) -> int:
        if self.wants_demo():
            return -1
        if self.wants_join():
            return PAGE_JOIN
        return PAGE_RESTORE if self.wants_restore() else PAGE_LIVCR

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setTitle(self.tr("Welcome to LIVC-R Desktop"))
        self.setSubTitle(self.tr("Encrypted, on this computer, without a server."))
        self.intro.setText(
            self.tr(
                "This computer has no LIVC-R yet. Set up your own LIVC-R, or first look around "
                "in a demo filled with fictional people and cases."
            )
        )
        self.language_label.setText(self.tr("Language"))
        self.setup_radio.setText(self.tr("Set up a new LIVC-R"))
        self.join_radio.setText(
            self.tr("Join an LIVC-R with an invitation (your own laptop as a member)")
        )
        self.demo_radio.setText(self.tr("Explore the demo (fictional data, in a separate folder)"))
        self.restore_radio.setText(self.tr("Restore a backup (for example on a new laptop)"))
        self.folder_label.setText(self.tr("Data folder: {path}").format(path=self._data_dir))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            fill_language_combo(self.language_combo, self._languages.language)
        super().changeEvent(event)
