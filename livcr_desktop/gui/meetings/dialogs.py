"""The small forms around a meeting: cancelling, a topic, an action point, a participant, an
amendment, and approval by a later meeting. Each one calls one service and shows its refusal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.meetings import ItemKind, TableKind
from livcr_desktop.domain.minutes import MinutesItem
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.date_field import date_field, to_date
from livcr_desktop.gui.kit.form_dialog import FormDialog, text_box
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.gui.meetings.common import meeting_day, meeting_hours
from livcr_desktop.services.meetings.planning import MeetingSummary

CONCERN_REQUIRED = QT_TRANSLATE_NOOP(
    "AmendmentDialog", "Choose the item the correction is about, or the minutes as a whole."
)
GENERAL = ""
"""The combo's data for a correction of the minutes as a whole (an item's data is its id)."""


class CancelMeetingDialog(FormDialog):
    """Cancel a meeting that has not started, with the reason everyone will read."""

    def __init__(self, cancel: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent, object_name="cancelMeetingDialog", submit=self._save)
        self._cancel = cancel
        self.reason_edit = text_box(self, "cancelReasonEdit")
        self.reason_label = self.add_row("reason", self.reason_edit)
        self.retranslate_ui()

    def _save(self) -> None:
        self._cancel(self.reason_edit.toPlainText())

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Cancel the meeting"))
        self.set_intro(
            self.tr(
                "A cancelled meeting cannot be started again: it stays in the list as "
                "cancelled, with this reason. Its cases can be put on the agenda of another "
                "meeting."
            )
        )
        self.reason_label.setText(self.tr("Reason"))
        # "Cancel" beside "Cancel the meeting" would be a trap: say what each button does.
        self.set_final_action(self.tr("Cancel the meeting"))
        keep = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keep.setText(self.tr("Keep the meeting"))


class TopicDialog(FormDialog):
    """Put a topic on the agenda: a general item, or a strategic-table subject."""

    def __init__(
        self,
        table: TableKind,
        add: Callable[[ItemKind, str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="topicDialog", submit=self._save)
        self._add = add
        self.item_id: str | None = None
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("topicKindCombo")
        for kind in ItemKind:
            if kind.added_by_hand and kind.strategic == (table is TableKind.STRATEGIC):
                self.kind_combo.addItem("", kind.value)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("topicTitleEdit")
        self.kind_label = self.add_row("kind", self.kind_combo)
        self.title_label = self.add_row("title", self.title_edit)
        self.form.setRowVisible(self.kind_label, self.kind_combo.count() > 1)
        self._strategic = table is TableKind.STRATEGIC
        self.retranslate_ui()

    def _save(self) -> None:
        kind = ItemKind(str(self.kind_combo.currentData()))
        self.item_id = self._add(kind, self.title_edit.text())

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Add a topic"))
        self.set_intro(
            self.tr(
                "The strategic table never discusses named persons: keep names out of the title."
            )
            if self._strategic
            else self.tr(
                "A topic is for everyone taking part in the meeting; keep names out of it."
            )
        )
        for index in range(self.kind_combo.count()):
            kind = ItemKind(str(self.kind_combo.itemData(index)))
            self.kind_combo.setItemText(index, show_text(kind.label))
        self.kind_label.setText(self.tr("Kind"))
        self.title_label.setText(self.tr("Title"))


class ActionPointDialog(FormDialog):
    """Who does what by when, agreed on the current item."""

    def __init__(
        self,
        owners: list[tuple[str, str]],
        meeting_day_: date,
        add: Callable[[str, str, date], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="actionPointDialog", submit=self._save)
        self._add = add
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("actionOwnerCombo")
        for member_id, label in owners:
            self.owner_combo.addItem(label, member_id)
        self.description_edit = text_box(self, "actionDescriptionEdit", 70)
        self.due_edit = date_field(self, meeting_day_ + timedelta(days=14), "actionDueEdit")
        self.due_edit.set_range(minimum=meeting_day_)
        self.owner_label = self.add_row("owner", self.owner_combo)
        self.description_label = self.add_row("description", self.description_edit)
        self.due_label = self.add_row("due_on", self.due_edit)
        self.retranslate_ui()

    def _save(self) -> None:
        self._add(
            str(self.owner_combo.currentData() or ""),
            self.description_edit.toPlainText(),
            to_date(self.due_edit),
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Add an action point"))
        self.set_intro(
            self.tr(
                "The action point appears in the owner's task list and, for a case, on its "
                "dossier. Only people invited to this item can take one on."
            )
        )
        self.owner_label.setText(self.tr("Who"))
        self.description_label.setText(self.tr("What"))
        self.due_label.setText(self.tr("By when"))


class ParticipantDialog(FormDialog):
    """Invite a member to the meeting as a whole (topics are for every participant)."""

    def __init__(
        self,
        members: list[tuple[str, str]],
        add: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="participantDialog", submit=self._save)
        self._add = add
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("participantMemberCombo")
        for member_id, label in members:
            self.member_combo.addItem(label, member_id)
        self.member_label = self.add_row("member", self.member_combo)
        self.retranslate_ui()

    def _save(self) -> None:
        self._add(str(self.member_combo.currentData() or ""))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Add a participant"))
        self.set_intro(
            self.tr(
                "A participant sees the topics of the meeting, and only those case items "
                "they are invited to."
            )
        )
        self.member_label.setText(self.tr("Member"))


class AmendmentDialog(FormDialog):
    """A correction recorded beside approved minutes (they themselves never change).

    The correction says which agenda item it is about, because that decides who reads it: one
    about an item goes only into the extracts that hold that item, one about the minutes as a
    whole into every partner's extract. With several items nothing is chosen beforehand, so a
    correction about one partner's case never reaches the others by an overlooked default; with
    a single item that item is chosen, the narrowest audience there is."""

    def __init__(
        self,
        items: Sequence[MinutesItem],
        amend: Callable[[str, str | None], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="amendmentDialog", submit=self._save)
        self._amend = amend
        self._items = tuple(items)
        self.item_combo = QComboBox(self)
        self.item_combo.setObjectName("amendmentItemCombo")
        self.item_combo.addItem("", GENERAL)
        for item in self._items:
            self.item_combo.addItem(f"{item.position}. {item.heading}", item.item_id)
        self.item_combo.setCurrentIndex(
            1 if len(self._items) == 1 else 0 if not self._items else -1
        )
        self.item_label = self.add_row("item", self.item_combo)
        self.audience_hint = QLabel(self)
        self.audience_hint.setObjectName("amendmentAudienceHint")
        self.audience_hint.setWordWrap(True)
        set_role(self.audience_hint, "hint")
        self.form.addRow(self.audience_hint)
        self.text_edit = text_box(self, "amendmentTextEdit", 120)
        self.text_label = self.add_row("text", self.text_edit)
        self.item_combo.currentIndexChanged.connect(self._audience_text)
        self.retranslate_ui()

    @property
    def chosen_item(self) -> MinutesItem | None:
        """The item the correction is about (None: the minutes as a whole, or nothing yet)."""
        item_id = self.item_combo.currentData()
        return next((i for i in self._items if i.item_id == item_id), None)

    def _save(self) -> None:
        if self.item_combo.currentIndex() < 0:
            raise ValidationError(CONCERN_REQUIRED, field="item")
        item = self.chosen_item
        self._amend(self.text_edit.toPlainText(), item.item_id if item else None)

    def _audience_text(self) -> None:
        """Say who will read the correction with what is chosen now."""
        item = self.chosen_item
        if self.item_combo.currentIndex() < 0:
            text = self.tr(
                "Choose what the correction is about. A correction of the minutes as a whole "
                "is printed in every partner's extract; one about an item only in the extracts "
                "of the partners invited to that item."
            )
        elif item is None:
            text = self.tr(
                "Every partner who receives the minutes or an extract of them will read this "
                "correction, whatever their items. If it is about one item, choose that item."
            )
        else:
            text = self.tr(
                "Only the full minutes and the extracts of the partners invited to item "
                "{number} will show this correction."
            ).format(number=item.position)
        self.audience_hint.setText(text)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Add an amendment"))
        self.set_intro(
            self.tr(
                "Approved minutes are frozen. A correction is recorded beside them with your "
                "name and the time, and printed with them from now on."
            )
        )
        self.item_label.setText(self.tr("Concerns"))
        self.item_combo.setItemText(
            0, self.tr("The minutes as a whole – everyone receiving the minutes sees it")
        )
        self.item_combo.setPlaceholderText(self.tr("Choose an item, or the minutes as a whole"))
        self.text_label.setText(self.tr("Correction"))
        self._audience_text()


class ApprovedByMeetingDialog(FormDialog):
    """Record that a later meeting of the same table approved these minutes."""

    def __init__(
        self,
        meetings: list[MeetingSummary],
        approve: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="approvedByMeetingDialog", submit=self._save)
        self._approve = approve
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setObjectName("approvingMeetingCombo")
        for meeting in meetings:
            self.meeting_combo.addItem(
                f"{meeting_day(meeting.starts_at)}, "
                f"{meeting_hours(meeting.starts_at, meeting.ends_at)} – {meeting.place}",
                meeting.id,
            )
        self.meeting_label = self.add_row("meeting", self.meeting_combo)
        self.retranslate_ui()

    def _save(self) -> None:
        self._approve(str(self.meeting_combo.currentData() or ""))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Approved by a later meeting"))
        self.set_intro(
            self.tr(
                "Choose the meeting of the same table that approved these minutes. It must "
                "have started or been held. The minutes are frozen afterwards."
            )
            if self.meeting_combo.count()
            else self.tr(
                "No later meeting of this table has started yet. Minutes are approved by the "
                "chair, or by a later meeting once it is under way."
            )
        )
        self.meeting_label.setText(self.tr("Meeting"))
