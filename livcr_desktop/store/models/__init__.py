"""SQLAlchemy 2 typed models; importing this package registers every table on `Base.metadata`."""

from livcr_desktop.store.models.base import Base
from livcr_desktop.store.models.cases import (
    CaseLinkRow,
    CaseNoteRow,
    CaseParticipantRow,
    CaseRow,
    PersonRow,
    SignalRow,
)
from livcr_desktop.store.models.core import (
    Account,
    LivcrProfileRow,
    Member,
    MunicipalityRow,
    OrganisationRow,
    RoleAssignment,
)
from livcr_desktop.store.models.journal import JournalOperation

__all__ = [
    "Account",
    "Base",
    "CaseLinkRow",
    "CaseNoteRow",
    "CaseParticipantRow",
    "CaseRow",
    "JournalOperation",
    "LivcrProfileRow",
    "Member",
    "MunicipalityRow",
    "OrganisationRow",
    "PersonRow",
    "RoleAssignment",
    "SignalRow",
]
