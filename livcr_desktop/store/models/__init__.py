"""SQLAlchemy 2 typed models; importing this package registers every table on `Base.metadata`."""

from livcr_desktop.store.models.base import Base
from livcr_desktop.store.models.cases import (
    CaseLinkRow,
    CaseNoteRow,
    CaseParticipantRow,
    CaseRow,
    CaseStatusChangeRow,
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
from livcr_desktop.store.models.decisions import DecisionPositionRow, DecisionRow, SigningKeyRow
from livcr_desktop.store.models.feedback import FeedbackFormRow, FeedbackItemRow, ReferralRow
from livcr_desktop.store.models.handover import (
    HandoverKeyRow,
    HandoverNoteRow,
    HandoverReceivedRow,
    HandoverRow,
    OtherLivcrRow,
)
from livcr_desktop.store.models.item_people import ItemGuestRow, ItemStanceRow
from livcr_desktop.store.models.journal import DeviceKeyRow, JournalOperation, JournalSignature
from livcr_desktop.store.models.meetings import (
    ActionPointRow,
    AgendaItemRow,
    ItemInviteeRow,
    MeetingParticipantRow,
    MeetingRow,
    MinutesAmendmentRow,
)
from livcr_desktop.store.models.retention import (
    CaseErasureRow,
    ErasureConfirmationRow,
    HouseRulesVersionRow,
    HubErasureRow,
    RetentionProposalRow,
)
from livcr_desktop.store.models.search import SEARCH_TABLES
from livcr_desktop.store.models.strategic import ReleasedFigureRow, StrategicYearRow
from livcr_desktop.store.models.subject_requests import SubjectRequestRow
from livcr_desktop.store.models.sync import (
    SyncConflictRow,
    SyncHeldRow,
    SyncLinkRow,
    SyncManifestRow,
    SyncPublishedKeyRow,
    SyncScopeKeyRow,
)
from livcr_desktop.store.models.sync_bundle import (
    SyncBundleRangeRow,
    SyncBundleSeenRow,
    SyncPeerRow,
)
from livcr_desktop.store.models.trajectories import (
    EvaluationRow,
    LifeDomainRow,
    TrajectoryActionRow,
    TrajectoryGoalRow,
    TrajectoryPartnerRow,
    TrajectoryRow,
    TrajectoryUpdateRow,
)

__all__ = [
    "SEARCH_TABLES",
    "Account",
    "ActionPointRow",
    "AgendaItemRow",
    "Base",
    "CaseErasureRow",
    "CaseLinkRow",
    "CaseNoteRow",
    "CaseParticipantRow",
    "CaseRow",
    "CaseStatusChangeRow",
    "DecisionPositionRow",
    "DecisionRow",
    "DeviceKeyRow",
    "ErasureConfirmationRow",
    "EvaluationRow",
    "FeedbackFormRow",
    "FeedbackItemRow",
    "HandoverKeyRow",
    "HandoverNoteRow",
    "HandoverReceivedRow",
    "HandoverRow",
    "HouseRulesVersionRow",
    "HubErasureRow",
    "ItemGuestRow",
    "ItemInviteeRow",
    "ItemStanceRow",
    "JournalOperation",
    "JournalSignature",
    "LifeDomainRow",
    "LivcrProfileRow",
    "MeetingParticipantRow",
    "MeetingRow",
    "Member",
    "MinutesAmendmentRow",
    "MunicipalityRow",
    "OrganisationRow",
    "OtherLivcrRow",
    "PersonRow",
    "ReferralRow",
    "ReleasedFigureRow",
    "RetentionProposalRow",
    "RoleAssignment",
    "SignalRow",
    "SigningKeyRow",
    "StrategicYearRow",
    "SubjectRequestRow",
    "SyncBundleRangeRow",
    "SyncBundleSeenRow",
    "SyncConflictRow",
    "SyncHeldRow",
    "SyncLinkRow",
    "SyncManifestRow",
    "SyncPeerRow",
    "SyncPublishedKeyRow",
    "SyncScopeKeyRow",
    "TrajectoryActionRow",
    "TrajectoryGoalRow",
    "TrajectoryPartnerRow",
    "TrajectoryRow",
    "TrajectoryUpdateRow",
]
