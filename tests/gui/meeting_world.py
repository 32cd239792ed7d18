"""A fictional joint LIVC-R with a chair, two partners each invited to one case, a clock that
only moves when told, and helpers to open the meetings area as a person would."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from livcr_desktop.gui.meetings.meetings_area import MeetingsArea
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.settings import DeviceSettings
from tests.helpers.meetings import Table

World = Table
"""The meeting GUI tests' LIVC-R."""


def open_window(
    qtbot: QtBot, world: World, languages: LanguageManager, workspace: Workspace | None = None
) -> MainWindow:
    ws = workspace or world.ws
    window = MainWindow(
        ws,
        languages,
        DeviceSettings(world.livcr.folder.settings_path),
        FolderAccess(world.livcr.folder),
    )
    qtbot.addWidget(window)
    window.show()
    return window


def meetings_area(window: MainWindow) -> MeetingsArea:
    window.navigate("meetings")
    area = window.current_area()
    assert isinstance(area, MeetingsArea)
    return area


@dataclass
class FakeReports:
    """Stand-ins for the PDF and calendar builders (written on another branch): they write a
    small file and remember what they were given."""

    invitations: list[object] = field(default_factory=list)
    minutes: list[object] = field(default_factory=list)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        documents = types.ModuleType("livcr_desktop.reports.meeting_documents")
        calendar = types.ModuleType("livcr_desktop.reports.calendar_invite")

        def build_invitation_pdf(invitation, target: Path, language, *, generated_at) -> None:  # type: ignore[no-untyped-def]
            self.invitations.append(invitation)
            target.write_bytes(b"%PDF-1.4 fake invitation")

        def build_minutes_pdf(document, target: Path, language, *, generated_at) -> None:  # type: ignore[no-untyped-def]
            self.minutes.append(document)
            target.write_bytes(b"%PDF-1.4 fake minutes")

        def invitation_ics(invitation, language, *, stamp) -> bytes:  # type: ignore[no-untyped-def]
            return b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"

        documents.build_invitation_pdf = build_invitation_pdf  # type: ignore[attr-defined]
        documents.build_minutes_pdf = build_minutes_pdf  # type: ignore[attr-defined]
        calendar.invitation_ics = invitation_ics  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, documents.__name__, documents)
        monkeypatch.setitem(sys.modules, calendar.__name__, calendar)
