"""Asking where to save an export: one native save dialog for every export of the app.

Every export opens where the person saved the last one (if that folder still exists), else in
their Documents, else in their home folder: never in a folder that is gone, never in the app's
working directory. The chosen name always gets the file type's ending, so a CSV opens in a
spreadsheet and a backup is recognised by the restore dialog. Screens take a `PathChooser` as
a parameter, so tests give their own instead of the native dialog; the chooser itself is
tested through `QFileDialog.getSaveFileName`.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.gui.kit.text import show_text

PathChooser = Callable[[QWidget, str], Path | None]
"""Asks where to save a file (parent window, suggested file name); None when the person
cancels."""


class FileType(Enum):
    """What an export writes: its ending and the filter the save dialog shows."""

    PDF = (".pdf", QT_TRANSLATE_NOOP("SavePath", "PDF documents (*.pdf)"))
    CSV = (".csv", QT_TRANSLATE_NOOP("SavePath", "CSV files (*.csv)"))
    BACKUP = (".livcrbackup", QT_TRANSLATE_NOOP("SavePath", "LIVC-R backups (*.livcrbackup)"))
    INVITATION = (
        ".livcrinvite",
        QT_TRANSLATE_NOOP("SavePath", "LIVC-R invitations (*.livcrinvite)"),
    )
    BUNDLE = (
        ".livcr-bundle",
        QT_TRANSLATE_NOOP("SavePath", "LIVC-R bundles of changes (*.livcr-bundle)"),
    )
    HUB_ACCESS = (
        ".livcrhub",
        QT_TRANSLATE_NOOP("SavePath", "LIVC-R hub access files (*.livcrhub)"),
    )

    @property
    def suffix(self) -> str:
        return self.value[0]

    @property
    def filter(self) -> Text:
        return self.value[1]


class _LastFolder:
    """The folder of the last export in this session (not stored: a path can say too much)."""

    folder: Path | None = None


def documents_folder() -> Path:
    """The person's Documents folder, or their home folder where the system names none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    documents = Path(location) if location else None
    return documents if documents is not None and documents.is_dir() else Path(QDir.homePath())


def default_folder() -> Path:
    """Where the save dialog opens: the last folder used while it exists, else Documents."""
    last = _LastFolder.folder
    return last if last is not None and last.is_dir() else documents_folder()


def remember_folder(folder: Path) -> None:
    """The next save dialog opens here."""
    _LastFolder.folder = folder


def forget_folder() -> None:
    """The next save dialog opens in Documents again: called when an LIVC-R is left (sign-out,
    switch), so the next person, or the next LIVC-R, is not shown where the last one saved."""
    _LastFolder.folder = None


def with_suffix(path: Path, file_type: FileType) -> Path:
    """The path with the file type's ending added when the person left it out."""
    if path.suffix.lower() == file_type.suffix:
        return path
    return path.with_name(path.name + file_type.suffix)


def choose_save_path(
    parent: QWidget, title: str, suggested_name: str, file_type: FileType
) -> Path | None:
    """The native save dialog (it asks itself before replacing a file); None on cancel."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(default_folder() / suggested_name), show_text(file_type.filter)
    )
    if not chosen:
        return None
    path = with_suffix(Path(chosen), file_type)
    remember_folder(path.parent)
    return path


def save_path_chooser(title: Text, file_type: FileType) -> PathChooser:
    """A screen's chooser: the dialog's title is translated when it opens, in the language of
    that moment (mark it with QT_TRANSLATE_NOOP in the screen's context)."""

    def choose(parent: QWidget, suggested_name: str) -> Path | None:
        return choose_save_path(parent, show_text(title), suggested_name, file_type)

    return choose
