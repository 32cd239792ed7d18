"""Screens refresh themselves from the workspace's change announcements.

A screen says which changes affect it and how it refreshes; it is refreshed at once when it is
on screen and otherwise marked stale and refreshed when it is shown again, so a hidden list of
100,000 cases never queries for a change nobody sees. Commits in worker threads are handed to
the GUI thread by a queued signal; the connection dies with the widget.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from livcr_desktop.services.changes import ChangeNotifier, ChangeSet
from livcr_desktop.services.workspace import Workspace

Affects = Callable[[ChangeSet], bool]


class ChangeBridge(QObject):
    """One per notifier, living in the GUI thread: `changed` carries each ChangeSet."""

    changed = Signal(object)

    def __init__(self, notifier: ChangeNotifier) -> None:
        super().__init__()
        # The notifier keeps the bridge alive through this subscription, and the bridge keeps
        # no reference back: both go when the workspace goes.
        notifier.subscribe(self._heard)

    def _heard(self, changes: ChangeSet) -> None:
        # Called in the committing thread; Qt queues the emission to receivers that live in
        # another thread (the GUI thread) and delivers it directly in the GUI thread itself.
        self.changed.emit(changes)


_bridges: weakref.WeakKeyDictionary[ChangeNotifier, ChangeBridge] = weakref.WeakKeyDictionary()


def change_bridge(workspace: Workspace) -> ChangeBridge:
    """The bridge of a workspace's notifier (made on first use, in the GUI thread)."""
    bridge = _bridges.get(workspace.changes)
    if bridge is None:
        bridge = ChangeBridge(workspace.changes)
        _bridges[workspace.changes] = bridge
    return bridge


class ChangeWatcher(QObject):
    """Refreshes one widget on the changes that affect it (see `watch_changes`)."""

    def __init__(
        self, widget: QWidget, workspace: Workspace, affects: Affects, refresh: Callable[[], None]
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._workspace = workspace
        self._affects = affects
        self._refresh = refresh
        self._refreshing = False
        self.stale = False
        widget.installEventFilter(self)
        change_bridge(workspace).changed.connect(self._heard)

    @Slot(object)
    def _heard(self, changes: ChangeSet) -> None:
        if not self._affects(changes):
            return
        self.stale = True
        if self._widget.isVisible():
            self._refresh_now()

    def _refresh_now(self) -> None:
        if self._refreshing or self._workspace.locked:
            return  # a stale screen under the lock refreshes when it is shown again
        self._refreshing = True
        self.stale = False
        try:
            self._refresh()
        finally:
            self._refreshing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self._refresh_now()
        return False


def watch_changes(
    widget: QWidget, workspace: Workspace, affects: Affects, refresh: Callable[[], None]
) -> ChangeWatcher:
    """Call `refresh` after every committed change for which `affects` is true: at once if the
    widget is on screen, else the next time it is shown."""
    return ChangeWatcher(widget, workspace, affects, refresh)
