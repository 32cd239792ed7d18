"""The one save dialog of every export: where it opens, what it suggests, what it returns."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit import save_path
from livcr_desktop.gui.kit.save_path import FileType, default_folder, save_path_chooser
from livcr_desktop.gui.shell.language import LanguageManager

Asked = list[tuple[str, str, str]]


@pytest.fixture
def dialog(monkeypatch: pytest.MonkeyPatch) -> tuple[Asked, list[str]]:
    """The native dialog replaced: what it was asked, and the answers it gives in turn."""
    asked: Asked = []
    answers: list[str] = []

    def get_save_file_name(
        _parent: QWidget, title: str, suggested: str, file_filter: str
    ) -> tuple[str, str]:
        asked.append((title, suggested, file_filter))
        return answers.pop(0), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    monkeypatch.setattr(save_path._LastFolder, "folder", None)
    return asked, answers


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(folder))
    return folder


def test_it_opens_in_documents_then_where_the_last_export_went(
    qapp: QApplication, dialog: tuple[Asked, list[str]], documents: Path, tmp_path: Path
) -> None:
    asked, answers = dialog
    choose = save_path_chooser(
        QT_TRANSLATE_NOOP("AuditArea", "Export the audit trail"), FileType.CSV
    )
    usb = tmp_path / "usb"
    usb.mkdir()
    answers += [str(usb / "trail"), ""]
    parent = QWidget()
    assert choose(parent, "audit-trail.csv") == usb / "trail.csv"  # the ending is added
    assert choose(parent, "audit-trail.csv") is None  # cancelled
    assert asked == [
        ("Export the audit trail", str(documents / "audit-trail.csv"), "CSV files (*.csv)"),
        ("Export the audit trail", str(usb / "audit-trail.csv"), "CSV files (*.csv)"),
    ]


def test_a_folder_that_is_gone_falls_back_to_documents_then_home(
    qapp: QApplication, dialog: tuple[Asked, list[str]], documents: Path, tmp_path: Path
) -> None:
    save_path.remember_folder(tmp_path / "unplugged")
    assert default_folder() == documents
    documents.rmdir()
    assert default_folder() == Path.home()


def test_the_title_and_filter_are_in_the_language_of_the_moment(
    languages: LanguageManager, dialog: tuple[Asked, list[str]], documents: Path
) -> None:
    asked, answers = dialog
    choose = save_path_chooser(
        QT_TRANSLATE_NOOP("SummaryExport", "Save the trajectory summary"), FileType.PDF
    )
    languages.set_language(Language.NL)
    answers.append(str(documents / "samenvatting.PDF"))
    assert choose(QWidget(), "x.pdf") == documents / "samenvatting.PDF"
    title, _, file_filter = asked[0]
    assert title != "Save the trajectory summary" and "(*.pdf)" in file_filter
    assert file_filter != "PDF documents (*.pdf)"
