"""Errors that the rules raise, each carrying a translatable message for the person who caused it.

Services raise these; the GUI shows `error.message.render(translate)` in the user's language and the
CLI prints it. The message may contain personal data (a name the user typed), so it is shown to the
user but never written to a log: logs record `error.code` only.
"""

from __future__ import annotations

from typing import Any

from livcr_desktop.domain.text import Message, Text, Translate, identity_translate


class DomainError(Exception):
    """A rule of the LIVC-R refused an action; nothing was changed."""

    code = "domain_error"

    def __init__(self, text: Text, *, in_app: Text | None = None, **params: Any) -> None:
        self.message = Message(text, params)
        self.in_app = None if in_app is None else Message(in_app, params)
        """The same refusal worded for a person in the app, when `text` advises a command-line
        option they cannot use (the app shows this one, the command line `message`)."""
        super().__init__(self.code)

    def render(self, translate: Translate = identity_translate) -> str:
        """The explanation in the reader's language."""
        return self.message.render(translate)


class ValidationError(DomainError):
    """Input does not meet the rules; `field` names the form field to highlight."""

    code = "validation"

    def __init__(self, text: Text, field: str | None = None, **params: Any) -> None:
        super().__init__(text, **params)
        self.field = field


class PermissionDenied(DomainError):
    """The signed-in person's roles do not allow this action on this record."""

    code = "permission_denied"


class NotFound(DomainError):
    """The record does not exist (or is not visible to this person, which looks the same)."""

    code = "not_found"


class ConflictError(DomainError):
    """The record changed since it was read, or the action clashes with an existing record."""

    code = "conflict"


class AuthenticationError(DomainError):
    """Signing in failed: wrong passphrase, unknown account or an unreadable key."""

    code = "authentication"


class DataFolderError(DomainError):
    """The data folder cannot be used as it is (damaged, incomplete, locked, foreign)."""

    code = "data_folder"


class BackupError(DomainError):
    """A backup could not be written, or a file cannot be restored; nothing was changed."""

    code = "backup"


class SessionClosed(Exception):
    """Work that was still running when the person locked the app or signed out.

    Not a DomainError: there is nothing to tell anyone, the person has left the screen that
    asked. A background read that ends this way is dropped (gui/kit/worker.py).
    """
