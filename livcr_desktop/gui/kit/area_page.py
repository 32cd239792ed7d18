"""What every area of the main window shares: what it may ask of the main window (the shell).

Its own module in the kit, so that the shell's list of areas imports the areas and no area needs
to import the shell.
"""

from __future__ import annotations

from typing import Protocol


class Shell(Protocol):
    """What an area may ask of the main window."""

    def navigate(self, key: str) -> None:
        """Open another area."""

    def show_status(self, text: str) -> None:
        """Show a short message in the status bar."""

    def open_case(self, case_id: str) -> None:
        """Open a case's dossier in the cases area."""
