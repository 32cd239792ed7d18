"""The evaluation form: every life domain rated, protective factors, and a proposal for the table.

Each domain is a row with the four ratings side by side (all visible, one click or the arrow keys),
the previous evaluation's rating beside it so the movement is seen while rating, and a short note.
Nothing is saved until every domain has a rating; the message names the domains still open and
the first of them is marked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from livcr_desktop.domain.evaluations import (
    MAX_NOTE,
    DomainRating,
    EvaluationDraft,
    EvaluationProposal,
    Rating,
)
from livcr_desktop.domain.rating_chart import RATING_COLOURS, RATING_SYMBOLS
from livcr_desktop.gui.kit.date_field import date_field, to_date
from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.gui.kit.screen_fit import screen_of
from livcr_desktop.gui.kit.text import qt_translate, show_text
from livcr_desktop.gui.kit.widgets import set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.gui.trajectories.dialogs import text_box
from livcr_desktop.i18n.formatting import format_date
from livcr_desktop.services.trajectories.evaluations import EvaluationForm, EvaluationService


class RatingGrid(QWidget):
    """A row per life domain: its name, four ratings, the previous rating and a note."""

    def __init__(self, form: EvaluationForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingGrid")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.headers: list[QLabel] = []
        ratings = list(Rating)
        for column in range(len(Rating) + 3):
            header = QLabel(self)
            if 1 <= column <= len(Rating):
                fill, ink = RATING_COLOURS[ratings[column - 1]]
                header.setStyleSheet(
                    f"background:{fill};color:{ink};font-weight:600;padding:2px 6px;"
                    "border-radius:3px"
                )
                header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            else:
                set_role(header, "hint")
            grid.addWidget(header, 0, column)
            self.headers.append(header)
        self.names: dict[str, QLabel] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[tuple[str, Rating], QRadioButton] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.previous: dict[str, QLabel] = {}
        for row, domain in enumerate(form.domains, start=1):
            name = QLabel(domain.name(qt_translate), self)
            name.setObjectName(f"ratingName_{domain.id}")
            grid.addWidget(name, row, 0)
            self.names[domain.id] = name
            group = QButtonGroup(self)
            for column, rating in enumerate(Rating, start=1):
                button = QRadioButton(self)
                button.setObjectName(f"rating_{domain.id}_{rating.value}")
                group.addButton(button)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
                self.buttons[(domain.id, rating)] = button
            self.groups[domain.id] = group
            before = form.previous.get(domain.id)
            previous = QLabel(self)
            set_role(previous, "hint")
            previous.setProperty("rating", before.value if before else "")
            grid.addWidget(previous, row, len(Rating) + 1)
            self.previous[domain.id] = previous
            note = QLineEdit(self)
            note.setObjectName(f"ratingNote_{domain.id}")
            note.setMaxLength(MAX_NOTE)
            note.setMinimumWidth(120)
            grid.addWidget(note, row, len(Rating) + 2)
            self.notes[domain.id] = note
        grid.setColumnStretch(len(Rating) + 2, 1)

    def rating_of(self, domain_id: str) -> Rating | None:
        """The rating chosen for a domain (None while none is)."""
        return next(
            (r for (d, r), b in self.buttons.items() if d == domain_id and b.isChecked()), None
        )

    def ratings(self) -> list[DomainRating]:
        """Every domain's rating and note, in the order of the form."""
        return [
            DomainRating(domain_id, self.rating_of(domain_id), self.notes[domain_id].text())
            for domain_id in self.names
        ]

    def choose(self, domain_id: str, rating: Rating) -> None:
        """Tick a rating (as a click would)."""
        self.buttons[(domain_id, rating)].setChecked(True)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        texts = [
            self.tr("Life domain"),
            *(f"{RATING_SYMBOLS[r]} {show_text(r.label)}" for r in Rating),
        ]
        texts += [self.tr("Last time"), self.tr("Note (optional)")]
        for header, text in zip(self.headers, texts, strict=True):
            header.setText(text)
        for (_domain, rating), button in self.buttons.items():
            button.setText("")
            button.setAccessibleName(show_text(rating.label))
            button.setToolTip(show_text(rating.label))
        for label in self.previous.values():
            value = label.property("rating")
            label.setText(show_text(Rating(value).label) if value else "–")


class _GridScroll(QScrollArea):
    """The ratings: as tall as all rows when there is room, scrolling when there is not."""

    def __init__(self, grid: RatingGrid, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ratingScroll")
        self.setWidget(grid)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumHeight(150)
        self._grid = grid

    def sizeHint(self) -> QSize:
        hint = self._grid.sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height() + 4)


class EvaluationDialog(FormDialog):
    """Record an evaluation of a trajectory."""

    def __init__(
        self,
        service: EvaluationService,
        form: EvaluationForm,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, object_name="evaluationDialog", submit=self._save)
        self._service = service
        self._form = form
        self._today = today
        self.grid = RatingGrid(form, self)

        self.date_edit = date_field(self, today, "evaluationDateEdit")
        self.date_edit.set_range(minimum=form.started_on, maximum=today)
        self.rating_scroll = scroll = _GridScroll(self.grid, self)
        self.factors_edit = text_box(self, "protectiveFactorsEdit", "", 48)
        self.factors_edit.setMaximumHeight(72)
        self.proposal_combo = QComboBox(self)
        self.proposal_combo.setObjectName("evaluationProposalCombo")
        self.proposal_combo.addItem("", None)
        for proposal in EvaluationProposal:
            self.proposal_combo.addItem("", proposal.value)
        self.explanation_edit = text_box(self, "evaluationExplanationEdit", "", 56)
        self.explanation_edit.setMaximumHeight(90)
        self.date_label = self.add_row("evaluated_on", self.date_edit)
        self.ratings_label = QLabel(self)
        set_role(self.ratings_label, "subtitle")
        self.form.addRow(self.ratings_label)
        self.form.addRow(scroll)
        for domain_id, name in self.grid.names.items():
            self.feedback.fields[f"rating:{domain_id}"] = name
            self.feedback.fields[f"note:{domain_id}"] = self.grid.notes[domain_id]
        self.factors_label = self.add_row("protective_factors", self.factors_edit)
        self.proposal_label = self.add_row("proposal", self.proposal_combo)
        self.explanation_label = self.add_row("explanation", self.explanation_edit)
        self.retranslate_ui()
        self.setMinimumWidth(min(1180, self.grid.sizeHint().width() + 60))

    def try_accept(self) -> None:
        """Record, or show what is missing; the first domain without a rating is scrolled
        into view and its first rating takes the focus, ready for the arrow keys."""
        super().try_accept()
        for domain_id, name in self.grid.names.items():
            if name.property("invalid") == "true":
                self.rating_scroll.ensureWidgetVisible(name)
                self.grid.buttons[(domain_id, Rating.PROBLEMATIC)].setFocus()
                break

    def adjustSize(self) -> None:
        """As large as the form wants, within 90 % of the screen (Qt's own adjustment stops at
        two thirds, which squeezes the ratings on a laptop); the ratings scroll when needed."""
        available = screen_of(self).availableGeometry()
        hint = self.sizeHint()
        self.resize(
            min(max(hint.width(), self.minimumWidth()), int(available.width() * 0.95)),
            min(hint.height(), int(available.height() * 0.9)),
        )

    def proposal(self) -> EvaluationProposal | None:
        """The chosen proposal (None while none is)."""
        value = self.proposal_combo.currentData()
        return EvaluationProposal(value) if value else None

    def _save(self) -> None:
        self._service.record(
            self._form.trajectory_id,
            EvaluationDraft(
                to_date(self.date_edit),
                self.grid.ratings(),
                self.factors_edit.toPlainText(),
                self.proposal(),
                self.explanation_edit.toPlainText(),
            ),
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        language = current_language()
        self.setWindowTitle(self.tr("Evaluation of {code}").format(code=self._form.case_code))
        due = format_date(self._form.due_on, language)
        intro = self.tr(
            "Rate every life domain as it stands now, also where things go well. Once recorded "
            "the evaluation is not changed; the table decides on your proposal at its next "
            "meeting."
        )
        if self._form.due_on < self._today:
            intro += " " + self.tr("It was due on {due}.").format(due=due)
        else:
            intro += " " + self.tr("It is due on {due}.").format(due=due)
        if self._form.previous_on is not None:
            intro += " " + self.tr("“Last time” is the evaluation of {day}.").format(
                day=format_date(self._form.previous_on, language)
            )
        self.set_intro(intro)
        self.date_label.setText(self.tr("Evaluated on"))
        self.ratings_label.setText(self.tr("Every life domain, as it stands now"))
        self.factors_label.setText(self.tr("Protective factors"))
        self.factors_edit.setPlaceholderText(
            self.tr("What supports the person: people, activities, strengths")
        )
        self.proposal_label.setText(self.tr("Proposal to the table"))
        self.proposal_combo.setItemText(0, self.tr("Choose a proposal…"))
        for index in range(1, self.proposal_combo.count()):
            proposal = EvaluationProposal(self.proposal_combo.itemData(index))
            self.proposal_combo.setItemText(index, show_text(proposal.label))
        self.explanation_label.setText(self.tr("Why"))
        self.grid.retranslate_ui()
