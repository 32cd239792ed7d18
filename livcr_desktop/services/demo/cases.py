"""Fictional cases for the demo and the benchmarks: `livcr demo --cases N`.

Every person is invented: common first names with surnames that are plainly made up
(Fictief, Verzonnen, Imaginaire, Erfunden ...). Cases are spread over the last two years and
go through the same write functions as real ones (journal, case scope, full-text index),
hundreds per transaction so that 100,000 cases take minutes, not hours.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.accounts import Actor
from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.organisations import OrganisationKind, Role
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.persons import NoteVisibility, PersonDetails, SubjectKind
from livcr_desktop.domain.signals import GgbCategory, ScreeningOutcome, SignalDraft, SignalSource
from livcr_desktop.services.cases.writes import (
    add_signal,
    invite_member,
    mark_screened,
    move_case,
    open_case,
    write_note,
)
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.models import Member, MunicipalityRow, OrganisationRow, RoleAssignment

FIRST_NAMES = (
    "Jonas",
    "Mira",
    "Elias",
    "Noor",
    "Adam",
    "Lina",
    "Yusuf",
    "Emma",
    "Louis",
    "Amira",
    "Lucas",
    "Sara",
    "Milan",
    "Ines",
    "Arthur",
    "Yasmine",
    "Noah",
    "Lotte",
    "Rayan",
    "Hanne",
    "Théo",
    "Chloé",
    "Jules",
    "Zoë",
    "Finn",
    "Léa",
    "Karim",
    "Julie",
    "Omar",
    "Anouk",
)
LAST_NAMES = (
    "Fictief",
    "Verzonnen",
    "Denkbeeld",
    "Proefmans",
    "Voorbeeld",
    "Namaak",
    "Droomers",
    "Nepstraat",
    "Bedachtzaam",
    "Gefingeerd",
    "Schijnvoet",
    "Imaginaire",
    "Inventé",
    "Fictivier",
    "Songeur",
    "Erfunden",
    "Ausgedacht",
    "Scheinberg",
    "Traumfeld",
    "Probemann",
)
CONCERNS = (
    "Uitspraken in de klas die leerkrachten verontrusten.",
    "Familie meldt plotse breuk met vrienden en terugtrekking.",
    "Online contacten met een extremistisch kanaal gemeld door de jeugdwerker.",
    "Bedreigende berichten op sociale media naar medeleerlingen.",
    "Zorg over een groep die jongeren rekruteert rond het jeugdhuis.",
    "Verheerlijking van geweld tijdens een begeleidingsgesprek.",
    "Plan om naar een conflictgebied te vertrekken, volgens een familielid.",
    "Haatdragende pamfletten verspreid in de wijk.",
)
NOTES = (
    "Gesprek met de ouders gehad; zij staan open voor begeleiding.",
    "School volgt op met de leerlingbegeleider; volgende week overleg.",
    "Geen nieuwe signalen sinds het laatste overleg.",
    "Contact met de jeugdwerker verloopt goed; vertrouwen groeit.",
    "Betrokkene weigerde een tweede gesprek; nieuwe poging via het OCMW.",
)
REASONS = (
    "Besproken op de operationele tafel.",
    "Na overleg met de partners.",
    "Volgens afspraak.",
)


def _person(rng: random.Random, today: date) -> PersonDetails:
    roll = rng.random()
    if roll < 0.8:
        born = today - timedelta(days=rng.randint(14 * 365, 45 * 365))
        return PersonDetails(
            SubjectKind.PERSON, rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES), birth_date=born
        )
    if roll < 0.95:
        age = rng.randint(14, 40)
        return PersonDetails(
            SubjectKind.ANONYMOUS, description=f"jongere, ongeveer {age} jaar (nog anoniem)"
        )
    return PersonDetails(SubjectKind.GROUP, group_name=f"Groep {rng.choice(LAST_NAMES)}-Oost")


def generate_cases(
    workspace: Workspace,
    count: int,
    *,
    seed: int = 2026,
    batch: int = 400,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Add `count` fictional cases with signals, screening, invitations, notes and history."""
    workspace.require(Resource.CASE, Action.CREATE)
    rng = random.Random(seed)
    today = workspace.today()
    with workspace.db.read_session() as session:
        municipalities = list(
            session.scalars(select(MunicipalityRow.id).where(MunicipalityRow.active.is_(True)))
        )
        organisations = list(session.scalars(select(OrganisationRow)))
        partners = list(
            session.scalars(
                select(Member.id)
                .join(RoleAssignment, RoleAssignment.member_id == Member.id)
                .where(RoleAssignment.role == Role.PARTNER.value, Member.active.is_(True))
            )
        )
        member_orgs = {m.id: m.organisation_id for m in session.scalars(select(Member))}
    signallers = [o.id for o in organisations if o.kind != OrganisationKind.LOCAL_POLICE.value]
    made = 0
    while made < count:
        with workspace.uow() as uow:
            context = _Context(
                journal=uow.journal,
                session=uow.session,
                rng=rng,
                today=today,
                now=workspace.clock.now(),
                municipalities=municipalities,
                signallers=signallers,
                partners=partners,
                member_orgs=member_orgs,
                author=workspace.actor,
            )
            for _ in range(min(batch, count - made)):
                _one_case(context)
                made += 1
        if progress is not None:
            progress(made)
    return made


@dataclass
class _Context:
    journal: JournalWriter
    session: Session
    rng: random.Random
    today: date
    now: datetime
    municipalities: list[str]
    signallers: list[str]
    partners: list[str]
    member_orgs: dict[str, str]
    author: Actor


def _one_case(ctx: _Context) -> None:
    journal, session, rng, today, now = ctx.journal, ctx.session, ctx.rng, ctx.today, ctx.now
    municipalities, signallers, partners = ctx.municipalities, ctx.signallers, ctx.partners
    opened = today - timedelta(days=rng.randint(0, 730))
    municipality = rng.choice(municipalities)
    case = open_case(
        journal,
        session,
        municipality_id=municipality,
        person=_person(rng, today),
        opened_on=opened,
        now=now,
    )
    source = rng.choices(
        (SignalSource.PARTNER, SignalSource.LTF, SignalSource.OTHER_LIVCR), (85, 10, 5)
    )[0]
    draft = SignalDraft(
        received_on=opened,
        source=source,
        municipality_id=municipality,
        description=rng.choice(CONCERNS),
        signalling_organisation_id=rng.choice(signallers)
        if source is SignalSource.PARTNER
        else None,
        signalling_person="Fictieve melder" if source is not SignalSource.LTF else "",
        ltf_shared_info="Wat de IO mocht delen: C-entiteit." if source is SignalSource.LTF else "",
        ltf_primary_follow_up=source is SignalSource.LTF,
        ggb_category=GgbCategory.PVE if source is SignalSource.LTF else GgbCategory.UNKNOWN,
        other_livcr_name="LIVC-R Denkbeeldig-Noord" if source is SignalSource.OTHER_LIVCR else "",
    )
    add_signal(journal, case, draft, registered_by=ctx.author.account_id, now=now)
    if opened > today - timedelta(days=14) and rng.random() < 0.6:
        return  # recent signals still wait for screening
    outcome = rng.choices(
        (ScreeningOutcome.TO_TABLE, ScreeningOutcome.REGULAR_SERVICES, ScreeningOutcome.NO_ACTION),
        (60, 25, 15),
    )[0]
    reason = rng.choice(REASONS)
    mark_screened(journal, session, case.id, outcome, reason=reason, today=opened)
    if outcome is not ScreeningOutcome.TO_TABLE:
        close = (
            CloseReason.REGULAR_SERVICES
            if outcome is ScreeningOutcome.REGULAR_SERVICES
            else CloseReason.NO_CONCERN
        )
        move_case(
            journal, case, CaseStatus.CLOSED, reason, close_reason=close, today=opened, now=now
        )
        return
    move_case(journal, case, CaseStatus.ON_TABLE, reason, close_reason=None, today=opened, now=now)
    for member_id in rng.sample(partners, k=min(len(partners), rng.randint(1, 3))):
        invite_member(journal, case.id, member_id, opened)
    for _ in range(rng.randint(0, 3)):
        writer = rng.choice([ctx.author.member_id, *partners])
        write_note(
            journal,
            session,
            case_id=case.id,
            author_member_id=writer,
            author_organisation_id=ctx.member_orgs.get(writer, ctx.author.organisation_id),
            visibility=NoteVisibility.TABLE if rng.random() < 0.8 else NoteVisibility.ORGANISATION,
            body=rng.choice(NOTES),
            now=now,
        )
    # Trajectories and referrals come only from signed decisions (services/demo/trajectories.py
    # and demo_feedback.py play those); generated cases stay on the table or are closed.
    roll = rng.random()
    if roll < 0.2:
        move_case(
            journal,
            case,
            CaseStatus.CLOSED,
            reason,
            close_reason=CloseReason.GOALS_REACHED,
            today=opened,
            now=now,
        )
        return
    if rng.random() < 0.7:
        due = today + timedelta(days=rng.randint(-20, 90))
        journal.updated(case, "case.follow_up_set", {"next_follow_up": due}, scope_id=case.id)
