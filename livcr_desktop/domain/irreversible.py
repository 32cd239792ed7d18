"""Steps that cannot be undone: what such a step fixes for good, what is still missing, and what
stops it altogether.

Closing a meeting, approving minutes, signing a decision, handing a form to the LTF and ending an
account cannot be taken back. Before any of them the person is shown, in their own words, what
becomes final and what the record still lacks ("items 2 and 3 have no summary"), so that nothing
becomes final by a slip of the mouse. Each step has a pure function in the domain module of its
concept that builds its `FinalStep` from plain facts; the services gather the facts, the GUI shows
the result in one shared confirmation dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message, Text

AND_LIST = QT_TRANSLATE_NOOP("Lists", "{items} and {last}")
"""How the last entry joins a list of two or more ("2, 3 and 5")."""


@dataclass(frozen=True)
class FinalStep:
    """What a person must see before a step that cannot be undone."""

    fixes: tuple[Message, ...]
    """What becomes final, for good."""
    missing: tuple[Message, ...] = ()
    """What the record still lacks; the step may go ahead, but only deliberately."""
    blocking: tuple[Message, ...] = ()
    """What must be done first: while there is any, the step cannot be taken."""
    afterwards: tuple[Message, ...] = ()
    """What can still be done after the step (so nobody rushes what need not be rushed)."""

    @property
    def ready(self) -> bool:
        """Whether the step may be taken now (nothing blocks it)."""
        return not self.blocking


def joined(entries: Sequence[object]) -> Message:
    """Entries as one readable list: "2", "2 and 3", "2, 3 and 5" (the "and" translated).
    An entry may be a Text or Message: it is translated when the list is shown."""
    values = list(entries)
    if len(values) <= 1:
        return _plain(values)
    return Message(AND_LIST, {"items": _plain(values[:-1]), "last": values[-1]})


def _plain(values: Sequence[object]) -> Message:
    """Values separated by commas, each rendered in the reader's language."""
    source = ", ".join(f"{{e{n}}}" for n in range(len(values)))
    return Message(Text("Lists", source), {f"e{n}": value for n, value in enumerate(values)})


def counted(entries: Sequence[object], one: Text, several: Text, **params: object) -> Message:
    """A message about one entry or several: `one` and `several` take `{items}` (the joined
    list) so that each language can choose its own singular and plural wording."""
    text = one if len(entries) == 1 else several
    return Message(text, {"items": joined(entries), **params})
