"""The kinds of organisations that take part in an LIVC-R, and the roles people hold in it."""

from __future__ import annotations

from enum import StrEnum

from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text


class OrganisationKind(StrEnum):
    """What sort of partner an organisation is (the LIVC-R law's usual members and guests)."""

    MUNICIPALITY = "municipality"
    LOCAL_POLICE = "local_police"
    PUBLIC_SOCIAL_WELFARE = "public_social_welfare"
    GENERAL_WELFARE = "general_welfare"
    SCHOOL = "school"
    EMPLOYMENT = "employment"
    YOUTH = "youth"
    MENTAL_HEALTH = "mental_health"
    OTHER = "other"

    @property
    def label(self) -> Text:
        """The translatable name of the kind."""
        return _ORGANISATION_LABELS[self]

    @property
    def may_lead_trajectory(self) -> bool:
        """Whether the table may choose this kind of organisation to lead a guidance
        trajectory. The police may not: a trajectory is the prevention side's guidance and
        re-integration work, and the police (through the IO) is the bridge to the LTF's
        security follow-up, never the one carrying a person's guidance."""
        return self is not OrganisationKind.LOCAL_POLICE


LEAD_NOT_POLICE = QT_TRANSLATE_NOOP(
    "Decisions",
    "The police cannot lead a guidance trajectory: choose a social or municipal partner. The "
    "police may still take part in the case consultation.",
)


_ORGANISATION_LABELS = {
    OrganisationKind.MUNICIPALITY: QT_TRANSLATE_NOOP("OrganisationKind", "Municipal service"),
    OrganisationKind.LOCAL_POLICE: QT_TRANSLATE_NOOP("OrganisationKind", "Local police"),
    OrganisationKind.PUBLIC_SOCIAL_WELFARE: QT_TRANSLATE_NOOP(
        "OrganisationKind", "Public social welfare centre"
    ),
    OrganisationKind.GENERAL_WELFARE: QT_TRANSLATE_NOOP(
        "OrganisationKind", "General welfare centre"
    ),
    OrganisationKind.SCHOOL: QT_TRANSLATE_NOOP(
        "OrganisationKind", "School or pupil guidance centre"
    ),
    OrganisationKind.EMPLOYMENT: QT_TRANSLATE_NOOP("OrganisationKind", "Employment service"),
    OrganisationKind.YOUTH: QT_TRANSLATE_NOOP("OrganisationKind", "Youth services"),
    OrganisationKind.MENTAL_HEALTH: QT_TRANSLATE_NOOP("OrganisationKind", "Mental-health care"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("OrganisationKind", "Other"),
}


class Role(StrEnum):
    """A role a person holds in the LIVC-R; a person can hold several, each for a period."""

    COORDINATOR = "coordinator"
    CHAIR = "chair"
    INFORMATION_OFFICER = "information_officer"
    PARTNER = "partner"
    STRATEGIC_MEMBER = "strategic_member"
    DATA_PROTECTION_OFFICER = "data_protection_officer"
    IT_ADMINISTRATOR = "it_administrator"

    @property
    def label(self) -> Text:
        """The translatable name of the role."""
        return _ROLE_LABELS[self]

    @property
    def short_label(self) -> Text:
        """A short name of the role, for tables and the status bar."""
        return _ROLE_SHORT_LABELS[self]

    @property
    def needs_municipality(self) -> bool:
        """A chair is the mayor (or representative) of one member municipality."""
        return self is Role.CHAIR


_ROLE_SHORT_LABELS = {
    Role.COORDINATOR: QT_TRANSLATE_NOOP("RoleShort", "Coordinator"),
    Role.CHAIR: QT_TRANSLATE_NOOP("RoleShort", "Chair"),
    Role.INFORMATION_OFFICER: QT_TRANSLATE_NOOP("RoleShort", "Information Officer"),
    Role.PARTNER: QT_TRANSLATE_NOOP("RoleShort", "Partner"),
    Role.STRATEGIC_MEMBER: QT_TRANSLATE_NOOP("RoleShort", "Strategic table"),
    Role.DATA_PROTECTION_OFFICER: QT_TRANSLATE_NOOP("RoleShort", "Data protection"),
    Role.IT_ADMINISTRATOR: QT_TRANSLATE_NOOP("RoleShort", "IT administration"),
}

_ROLE_LABELS = {
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Role", "Coordinator (prevention official)"),
    Role.CHAIR: QT_TRANSLATE_NOOP("Role", "Chair (mayor or representative)"),
    Role.INFORMATION_OFFICER: QT_TRANSLATE_NOOP("Role", "Information Officer (IO)"),
    Role.PARTNER: QT_TRANSLATE_NOOP("Role", "Partner (invited per case)"),
    Role.STRATEGIC_MEMBER: QT_TRANSLATE_NOOP("Role", "Strategic table member"),
    Role.DATA_PROTECTION_OFFICER: QT_TRANSLATE_NOOP("Role", "Data-protection officer"),
    Role.IT_ADMINISTRATOR: QT_TRANSLATE_NOOP("Role", "IT administrator"),
}
