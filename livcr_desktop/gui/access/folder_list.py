"""The start screen of a laptop in several LIVC-Rs: which one to open.

Shown when this laptop holds more than one LIVC-R (or the person asks for it: "Switch LIVC-R…"
in the main window, "Open another data folder…" on the sign-in screen). It paints with the key
headers and the list file only, like the sign-in screen; the dates, which need Babel, are
filled in on the turn after the first paint. A folder that was moved or deleted stays on the
list as missing, with "Locate…" and "Remove from the list", so it is never silently forgotten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QBrush, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.gui.kit.first_paint import after_first_paint
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.language_combo import fill_language_combo, selected_language
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.tables import read_only_table, table_cell
from livcr_desktop.gui.kit.text import format_value, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.folder_list import (
    FolderListing,
    FolderOverview,
    FolderRegistry,
    holds_livcr,
    overview,
)

ChooseDirectory = Callable[[QWidget, str, Path], Path | None]


def choose_directory(parent: QWidget, title: str, start: Path) -> Path | None:
    """The system's folder chooser (QFileDialog is named here only: PySide6 builds a class's
    enums when a module first names it, and the list paints without it)."""
    from PySide6.QtWidgets import QFileDialog

    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


@dataclass(frozen=True)
class FolderChoice:
    """What the person chose: a folder to open, or a new one to set up or join with."""

    path: Path | None = None
    new: bool = False
    join: bool = False


COLUMNS = 3  # LIVC-R, municipalities, last sync


class FolderListDialog(FittedDialog):
    """Lists this laptop's LIVC-Rs and returns the chosen one in `choice`."""

    def __init__(
        self,
        registry: FolderRegistry,
        first: Path,
        languages: LanguageManager,
        parent: QWidget | None = None,
        *,
        choose: ChooseDirectory = choose_directory,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("folderListDialog")
        self.setWindowIcon(icon("livcr"))
        self._registry = registry
        self._first = first
        self._languages = languages
        self._choose = choose
        self.choice: FolderChoice | None = None
        self._overview = FolderOverview([])

        self.title = QLabel(self)
        self.title.setObjectName("folderListTitle")
        set_role(self.title, "title")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.notice = MessageLabel(self, role="notice")
        self.notice.setObjectName("folderListNotice")
        self.table: QTableWidget = read_only_table(self, "folderTable", COLUMNS, wrap=True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setMinimumSize(640, 220)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(self._double_clicked)

        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openFolderButton")
        set_role(self.open_button, "primary")
        self.open_button.setDefault(True)  # Enter on the list opens the selected LIVC-R
        self.open_button.clicked.connect(self.open_selected)
        self.locate_button = QPushButton(self)
        self.locate_button.setObjectName("locateFolderButton")
        self.locate_button.clicked.connect(self.locate_selected)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeFolderButton")
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.locate_button)
        row.addWidget(self.remove_button)
        row.addStretch()

        self.join_button = QPushButton(icon("sync"), "", self)
        self.join_button.setObjectName("joinLivcrButton")
        self.join_button.clicked.connect(self._join)
        self.setup_button = QPushButton(icon("add"), "", self)
        self.setup_button.setObjectName("setupLivcrButton")
        self.setup_button.clicked.connect(self._set_up)
        self.elsewhere_button = QPushButton(self)
        self.elsewhere_button.setObjectName("otherFolderButton")
        set_role(self.elsewhere_button, "link")
        self.elsewhere_button.clicked.connect(self._open_elsewhere)
        more = QHBoxLayout()
        more.addWidget(self.join_button)
        more.addWidget(self.setup_button)
        more.addStretch()
        more.addWidget(self.elsewhere_button)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        fill_language_combo(self.language_combo, languages.language)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.language_combo)
        bottom.addStretch()
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addLayout(more)
        layout.addLayout(bottom)
        self.resize(760, 480)
        self.retranslate_ui()
        self.reload()
        after_first_paint(self.table.viewport(), self._fill_dates)

    # -- the list ------------------------------------------------------------------------------

    @property
    def listings(self) -> list[FolderListing]:
        """The LIVC-Rs shown, in their rows' order."""
        return list(self._overview.folders)

    def reload(self) -> None:
        """Read the list and the folders again (after a folder was located or removed)."""
        self._overview = overview(self._registry, self._first)
        if self._overview.list_damaged:
            from livcr_desktop.services.folder_list_texts import LIST_DAMAGED

            self.notice.show_message(show_text(LIST_DAMAGED))
        else:
            self.notice.show_message("")
        self.table.setRowCount(0)
        for listing in self._overview.folders:
            self._add_row(listing)
        if self.table.rowCount():
            first_present = next(
                (i for i, f in enumerate(self._overview.folders) if not f.missing), 0
            )
            self.table.selectRow(first_present)
        self._fill_dates()
        self._selection_changed()

    def _add_row(self, listing: FolderListing) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = listing.name or listing.path.name
        if listing.missing:
            name = self.tr("{name} (folder not found)").format(name=name)
        cells = [table_cell(name, str(listing.path)), table_cell(", ".join(listing.municipalities))]
        cells[0].setToolTip(str(listing.path))
        cells.append(table_cell(""))
        for column, cell in enumerate(cells):
            if listing.missing:
                cell.setForeground(QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))
            self.table.setItem(row, column, cell)

    def _fill_dates(self) -> None:
        """The last-sync column (formatting dates loads Babel: not before the first paint)."""
        if not self.isVisible():
            return
        for row, listing in enumerate(self._overview.folders):
            cell = self.table.item(row, 2)
            if cell is None:
                continue
            if listing.last_sync is not None:
                text = format_value(listing.last_sync)
            elif listing.last_opened is not None:
                text = self.tr("not synced")
            else:
                text = ""
            cell.setText(text)
            cell.setToolTip(text)

    def selected(self) -> FolderListing | None:
        """The LIVC-R of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        folders = self._overview.folders
        return folders[index] if 0 <= index < len(folders) else None

    def select(self, name: str) -> None:
        """Select the row of the LIVC-R called `name` (tests, the screenshots)."""
        for row, listing in enumerate(self._overview.folders):
            if listing.name == name:
                self.table.selectRow(row)
                return
        raise LookupError(name)

    def _selection_changed(self) -> None:
        listing = self.selected()
        missing = listing is not None and listing.missing
        self.open_button.setEnabled(listing is not None and not missing)
        self.locate_button.setEnabled(missing)
        self.remove_button.setEnabled(missing)

    # -- choices ------------------------------------------------------------------------------

    def _double_clicked(self, _row: int, _column: int) -> None:
        listing = self.selected()
        if listing is not None and not listing.missing:
            self.open_selected()
        elif listing is not None:
            self.locate_selected()

    def open_selected(self) -> None:
        """Open the selected LIVC-R (its sign-in screen follows)."""
        listing = self.selected()
        if listing is None or listing.missing:
            return
        self.choice = FolderChoice(path=listing.path)
        self.accept()

    def locate_selected(self) -> None:
        """Tell where a moved folder is now; it must hold an LIVC-R."""
        listing = self.selected()
        if listing is None:
            return
        found = self._choose(self, self.tr("Where is this LIVC-R's data folder now?"), self._first)
        if found is None:
            return
        if not holds_livcr(found):
            self.notice.show_message(
                self.tr(
                    "The folder {folder} holds no LIVC-R. Choose the folder that holds "
                    "livcr.db and keyslots.json."
                ).format(folder=found)
            )
            return
        self._registry.relocate(listing.path, found)
        self.reload()

    def remove_selected(self) -> None:
        """Take a missing folder off the list (nothing on the disk is touched)."""
        listing = self.selected()
        if listing is None or not listing.missing:
            return
        self._registry.remove(listing.path)
        self.reload()

    def _join(self) -> None:
        self.choice = FolderChoice(new=True, join=True)
        self.accept()

    def _set_up(self) -> None:
        self.choice = FolderChoice(new=True)
        self.accept()

    def _open_elsewhere(self) -> None:
        found = self._choose(self, self.tr("Choose a data folder"), self._first.parent)
        if found is not None:
            self.choice = FolderChoice(path=found)
            self.accept()

    # -- language ------------------------------------------------------------------------------

    def _language_chosen(self) -> None:
        self._languages.set_language(selected_language(self.language_combo))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("LIVC-R Desktop"))
        self.title.setText(self.tr("Choose an LIVC-R"))
        self.intro.setText(
            self.tr(
                "This laptop works for several LIVC-Rs. Each has its own data folder, "
                "passphrase and hub; choose the one to sign in to."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("LIVC-R"), self.tr("Municipalities"), self.tr("Last sync")]
        )
        self.open_button.setText(self.tr("&Open"))
        self.locate_button.setText(self.tr("&Locate…"))
        self.remove_button.setText(self.tr("&Remove from the list"))
        self.join_button.setText(self.tr("&Join an LIVC-R…"))
        self.setup_button.setText(self.tr("&Set up a new LIVC-R…"))
        self.elsewhere_button.setText(self.tr("Open a data folder elsewhere…"))
        if self._overview.folders:  # the missing folders' names carry a translated word
            selected = self.table.currentRow()
            self.table.setRowCount(0)
            for listing in self._overview.folders:
                self._add_row(listing)
            self.table.selectRow(max(selected, 0))
            self._fill_dates()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.setFocus()  # the arrow keys and Enter choose at once; not the language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def choose_from_list(
    registry: FolderRegistry, first: Path, languages: LanguageManager
) -> FolderChoice | None:
    """Show the list until the person chose (None: closed, the app ends).

    Run in the application's own event loop, as every other step of the start is, not in a
    nested one of `exec()`: a quit left from the folder just left (Qt posts one when its last
    window closes) would end a nested loop at once, and with it the app."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    dialog = FolderListDialog(registry, first, languages)
    dialog.finished.connect(app.quit)
    dialog.show()
    app.exec()
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)  # the dialog was the last window
    choice = dialog.choice
    dialog.deleteLater()
    return choice
