"""GUI fixtures: the real application object (styles, fonts, resources) and its languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.start import make_application


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    """The QApplication configured exactly as `livcr` configures it."""
    return make_application()


@pytest.fixture
def languages(app: QApplication) -> Iterator[LanguageManager]:
    """A language manager that starts in English and is reset to English afterwards."""
    manager = LanguageManager(app)
    manager.set_language(Language.EN)
    yield manager
    manager.set_language(Language.EN)
    app.processEvents()  # deliver the LanguageChange events before the next test starts


@pytest.fixture(autouse=True)
def background_work_done(qapp: QApplication) -> Iterator[None]:
    """Work started on the thread pool finishes (and delivers) within its own test, and the
    widgets it deleted are gone before the next test starts."""
    yield
    from livcr_desktop.gui.kit.worker import wait_for_background_work

    wait_for_background_work()
    qapp.processEvents()
    # Widgets the test closed or pytest-qt deleted are only marked for deletion
    # (deleteLater), and processEvents() outside an event loop never deletes them: they would
    # live on into later tests, receive their language changes and style sheets with their
    # workspace long closed, and make every later test pay for them.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def world(livcr):  # type: ignore[no-untyped-def]
    """A LIVC-R for the meeting screens: a chair, two partners, three cases, a manual clock."""
    from tests.helpers.meetings import make_table

    made = make_table(livcr)
    yield made
    for workspace in made.workspaces:
        workspace.close()
