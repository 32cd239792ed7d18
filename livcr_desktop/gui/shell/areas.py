"""The areas of the main window. An area appears only when its part of the app exists and the
signed-in person's roles allow it; each is built the first time it is opened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import Action, Resource, may_ever
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.gui.kit.area_page import Shell
from livcr_desktop.services.workspace import Workspace

AreaFactory = Callable[[Workspace, Shell], QWidget]


@dataclass(frozen=True)
class AreaSpec:
    """One entry of the navigation."""

    key: str
    icon: str
    title: Text
    visible: Callable[[Workspace], bool]
    factory: AreaFactory


def _overview(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.shell.overview import OverviewArea

    return OverviewArea(workspace, shell)


def _signals(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.cases.signals_area import SignalsArea

    return SignalsArea(workspace, shell)


def _cases(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.cases.cases_area import CasesArea

    return CasesArea(workspace, shell)


def _my_cases(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.cases.my_cases_area import MyCasesArea

    return MyCasesArea(workspace, shell)


def _meetings(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.meetings.meetings_area import MeetingsArea

    return MeetingsArea(workspace, shell)


def _tasks(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.meetings.tasks_area import TasksArea

    return TasksArea(workspace, shell)


def _takes_part_in_meetings(workspace: Workspace) -> bool:
    """Whoever may see some meetings of either table (and so can own action points)."""
    return any(
        may_ever(workspace.actor, workspace.today(), resource, Action.VIEW)
        for resource in (Resource.MEETING, Resource.STRATEGIC_MEETING)
    )


def _figures(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.figures.figures_area import FiguresArea

    return FiguresArea(workspace, shell)


def _members(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.access.members_area import MembersArea

    return MembersArea(workspace, shell)


def _audit(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.audit.audit_area import AuditArea

    return AuditArea(workspace, shell)


def _signatures(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.decisions.to_sign_area import SignaturesArea

    return SignaturesArea(workspace, shell)


def _signs_decisions(workspace: Workspace) -> bool:
    return may_ever(workspace.actor, workspace.today(), Resource.DECISION, Action.SIGN)


def _feedback(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.feedback.feedback_area import FeedbackArea

    return FeedbackArea(workspace, shell)


def _may_see_what_flowed(workspace: Workspace) -> bool:
    """The register (coordinator, chairs, DPO) or the hand-over list (the IO)."""
    return workspace.may(Resource.FLOW_REGISTER, Action.VIEW) or may_ever(
        workspace.actor, workspace.today(), Resource.FEEDBACK_FORM, Action.TRANSMIT
    )


def _sync(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.sync.sync_area import SyncArea

    return SyncArea(workspace, shell)


def _retention(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.retention.retention_area import RetentionArea

    return RetentionArea(workspace, shell)


def _privacy(workspace: Workspace, shell: Shell) -> QWidget:
    from livcr_desktop.gui.privacy.privacy_area import PrivacyArea

    return PrivacyArea(workspace, shell)


def _oversees_data_protection(workspace: Workspace) -> bool:
    """The register of data-subject requests or the DPO's documents (coordinator, DPO)."""
    return workspace.may(Resource.SUBJECT_REQUEST, Action.VIEW) or workspace.may(
        Resource.RECORDS_OF_PROCESSING, Action.VIEW
    )


def _may_read_audit_trail(workspace: Workspace) -> bool:
    return workspace.may(Resource.AUDIT_TRAIL, Action.VIEW)


AREAS: list[AreaSpec] = [
    AreaSpec(
        "overview",
        "overview",
        QT_TRANSLATE_NOOP("Areas", "Overview"),
        lambda _ws: True,
        _overview,
    ),
    AreaSpec(
        "signals",
        "signals",
        QT_TRANSLATE_NOOP("Areas", "Signals"),
        lambda ws: ws.may(Resource.SIGNAL, Action.CREATE),
        _signals,
    ),
    AreaSpec(
        "cases",
        "cases",
        QT_TRANSLATE_NOOP("Areas", "Cases"),
        lambda ws: may_ever(ws.actor, ws.today(), Resource.CASE, Action.VIEW),
        _cases,
    ),
    AreaSpec(
        "meetings",
        "meetings",
        QT_TRANSLATE_NOOP("Areas", "Meetings"),
        _takes_part_in_meetings,
        _meetings,
    ),
    AreaSpec(
        "tasks",
        "tasks",
        QT_TRANSLATE_NOOP("Areas", "My tasks"),
        _takes_part_in_meetings,
        _tasks,
    ),
    AreaSpec(
        "my_cases",
        "trajectories",
        QT_TRANSLATE_NOOP("Areas", "My cases"),
        lambda ws: ws.actor.has_role(Role.PARTNER, ws.today()),
        _my_cases,
    ),
    AreaSpec(
        "signatures",
        "decisions",
        QT_TRANSLATE_NOOP("Areas", "To sign"),
        _signs_decisions,
        _signatures,
    ),
    AreaSpec(
        "feedback",
        "feedback",
        QT_TRANSLATE_NOOP("Areas", "Feedback to the LTF"),
        _may_see_what_flowed,
        _feedback,
    ),
    AreaSpec(
        "figures",
        "figures",
        QT_TRANSLATE_NOOP("Areas", "Figures"),
        lambda ws: ws.may(Resource.STRATEGIC_FIGURES, Action.VIEW),
        _figures,
    ),
    AreaSpec(
        "members",
        "members",
        QT_TRANSLATE_NOOP("Areas", "Members"),
        lambda ws: may_ever(ws.actor, ws.today(), Resource.MEMBER_REGISTER, Action.VIEW),
        _members,
    ),
    AreaSpec(
        "sync",
        "sync",
        QT_TRANSLATE_NOOP("Areas", "Sync"),
        lambda ws: ws.actor.has_role(Role.COORDINATOR, ws.today()),
        _sync,
    ),
    AreaSpec(
        "retention",
        "key",
        QT_TRANSLATE_NOOP("Areas", "Retention"),
        lambda ws: ws.may(Resource.RETENTION, Action.VIEW),
        _retention,
    ),
    AreaSpec(
        "privacy",
        "audit",
        QT_TRANSLATE_NOOP("Areas", "Data protection"),
        _oversees_data_protection,
        _privacy,
    ),
    AreaSpec(
        "audit",
        "audit",
        QT_TRANSLATE_NOOP("Areas", "Audit trail"),
        _may_read_audit_trail,
        _audit,
    ),
]


def visible_areas(workspace: Workspace) -> list[AreaSpec]:
    """The areas this person may open."""
    return [spec for spec in AREAS if spec.visible(workspace)]
