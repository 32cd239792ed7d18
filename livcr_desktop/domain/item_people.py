"""Who else is at an operational-table item: a one-off guest, a partner who refuses to take
part, a partner represented by a supervisor.

- A guest (an expert invited for one item, not a member) hears what is shared under secrecy, so
  the guest signs the acknowledgement of art. 458ter §2 Sw. in the app, as members do, before
  being recorded at the item; without it the guest is not recorded.
- A partner may refuse to take part in a case consultation, with a motivation: the Flemish
  decree of 21 May 2021 on the participation of Flemish services in the LIVC-Rs lets a service
  decline when taking part conflicts with its task or its own professional duties. The refusal
  and its motivation are recorded on the item.
- A partner may be represented by a supervisor (the person who may speak for the service); the
  representation is recorded on the item with who represents and in which function.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

NAME_LIMIT = 160
MOTIVATION_LIMIT = 2000

GUEST_NAME_NEEDED = QT_TRANSLATE_NOOP("ItemPeople", "Write the guest's full name.")
GUEST_ORGANISATION_NEEDED = QT_TRANSLATE_NOOP(
    "ItemPeople", "Write the organisation the guest comes from."
)
ACKNOWLEDGEMENT_NEEDED = QT_TRANSLATE_NOOP(
    "ItemPeople",
    "The guest must first acknowledge the duty of professional secrecy (art. 458ter §2 Sw.).",
)
MOTIVATION_NEEDED = QT_TRANSLATE_NOOP(
    "ItemPeople", "A refusal to take part needs its motivation (decree of 21 May 2021)."
)
REPRESENTATIVE_NEEDED = QT_TRANSLATE_NOOP(
    "ItemPeople", "Write the name and the function of the supervisor who represents the partner."
)
TOO_LONG = QT_TRANSLATE_NOOP("ItemPeople", "The text is too long (at most {limit} characters).")
GUEST_ACKNOWLEDGEMENT = QT_TRANSLATE_NOOP(
    "ItemPeople",
    "I take part in the consultation of this item as a guest. What is shared here is covered "
    "by shared professional secrecy (art. 458ter Criminal Code): I keep it secret and use it "
    "only for the purpose of this consultation.",
)
"""What the guest reads and acknowledges in the app."""


class StanceKind(StrEnum):
    """How a partner invited to an item does not take part in person."""

    REFUSAL = "refusal"
    REPRESENTATION = "representation"

    @property
    def label(self) -> Text:
        """The translatable name."""
        return _STANCE_LABELS[self]


_STANCE_LABELS = {
    StanceKind.REFUSAL: QT_TRANSLATE_NOOP("ItemPeople", "Refuses to take part"),
    StanceKind.REPRESENTATION: QT_TRANSLATE_NOOP("ItemPeople", "Represented by a supervisor"),
}


def _trimmed(text: str, field: str, limit: int) -> str:
    text = " ".join(text.split()) if limit <= NAME_LIMIT else text.strip()
    if len(text) > limit:
        raise ValidationError(TOO_LONG, field=field, limit=limit)
    return text


@dataclass(frozen=True)
class GuestDraft:
    """A one-off guest at an item, as the coordinator records them."""

    full_name: str
    organisation: str
    function_title: str = ""

    def validated(self) -> GuestDraft:
        name = _trimmed(self.full_name, "guest_name", NAME_LIMIT)
        organisation = _trimmed(self.organisation, "guest_organisation", NAME_LIMIT)
        function = _trimmed(self.function_title, "guest_function", NAME_LIMIT)
        if not name:
            raise ValidationError(GUEST_NAME_NEEDED, field="guest_name")
        if not organisation:
            raise ValidationError(GUEST_ORGANISATION_NEEDED, field="guest_organisation")
        return GuestDraft(name, organisation, function)


@dataclass(frozen=True)
class StanceDraft:
    """A partner's refusal (with its motivation) or representation (by whom)."""

    member_id: str
    kind: StanceKind
    motivation: str = ""
    representative_name: str = ""
    representative_function: str = ""

    def validated(self) -> StanceDraft:
        motivation = _trimmed(self.motivation, "motivation", MOTIVATION_LIMIT)
        name = _trimmed(self.representative_name, "representative_name", NAME_LIMIT)
        function = _trimmed(self.representative_function, "representative_function", NAME_LIMIT)
        if self.kind is StanceKind.REFUSAL:
            if not motivation:
                raise ValidationError(MOTIVATION_NEEDED, field="motivation")
            return StanceDraft(self.member_id, self.kind, motivation)
        if not name or not function:
            raise ValidationError(REPRESENTATIVE_NEEDED, field="representative_name")
        return StanceDraft(self.member_id, self.kind, motivation, name, function)
