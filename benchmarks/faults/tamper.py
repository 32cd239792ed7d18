"""The tamper list of issue 16, each made on a fresh copy of a meeting table's folder as someone
holding the data key would, and each to be named by `verify`. An untouched copy must verify
healthy (else it counts as corrupt: the check would be crying wolf)."""

from __future__ import annotations

import shutil
import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.faults.counts import Tally
from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.audit.verify import verify_session, verify_workspace
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.engine import connect_raw
from tests.helpers.damaged_key_files import coordinator_account
from tests.helpers.factories import COORDINATOR_PASSPHRASE, make_livcr
from tests.helpers.meetings import make_table
from tests.helpers.tamper import (
    act,
    all_operations,
    forge_with_a_slipped_in_key,
    re_sign_a_change_with_the_device_key,
    rewrite_chain,
)


@dataclass
class Ids:
    """The records the table tampers aim at."""

    case: str
    other_case: str
    partner_member: str
    note: str
    db: Path = Path()


def _sql(statement: str, *fields: str) -> Callable[[Workspace, Ids], None]:
    def tamper(workspace: Workspace, ids: Ids) -> None:
        raw = connect_raw(ids.db, workspace.db.key)
        try:
            raw.execute(statement, tuple(getattr(ids, f) for f in fields))
        finally:
            raw.close()

    return tamper


def _payload_rehashed(workspace: Workspace, _ids: Ids) -> None:
    target = [op.op_id for op in _own(workspace) if op.kind == "case.opened"][1]
    rewrite_chain(
        workspace,
        lambda ops: [_forged_entity(op) if op.op_id == target else op for op in ops],
    )


def _deleted_renumbered(workspace: Workspace, _ids: Ids) -> None:
    target = [op.op_id for op in _own(workspace) if op.kind == "case.opened"][1]
    rewrite_chain(workspace, lambda ops: [op for op in ops if op.op_id != target])


def _forged(workspace: Workspace, _ids: Ids) -> None:
    forge_with_a_slipped_in_key(workspace)


def _device_re_signed(workspace: Workspace, _ids: Ids) -> None:
    re_sign_a_change_with_the_device_key(workspace)


TAMPERS: dict[str, Callable[[Workspace, Ids], None]] = {
    "case name edited in its table": _sql(
        "UPDATE case_file SET subject_name = 'Andere Naam' WHERE id = ?", "case"
    ),
    "note edited in its table": _sql("UPDATE case_note SET body = 'Niets.' WHERE id = ?", "note"),
    "role row making a partner coordinator": _sql(
        "INSERT INTO role_assignment (id, version, member_id, role, starts_on) VALUES "
        "('0190aaaa-0000-7000-8000-000000000001', 1, ?, 'coordinator', '2026-01-01')",
        "partner_member",
    ),
    "invitation row deleted": _sql("DELETE FROM case_participant WHERE case_id = ?", "case"),
    "invitation row added": _sql(
        "INSERT INTO case_participant (id, version, case_id, member_id, since) VALUES "
        "('0190aaaa-0000-7000-8000-000000000002', 1, ?, ?, '2026-01-01')",
        "other_case",
        "partner_member",
    ),
    "malformed date in a table": _sql(
        "UPDATE case_file SET opened_on = 'gisteren' WHERE id = ?", "case"
    ),
    "payload changed and rehashed": _payload_rehashed,
    "operation deleted and renumbered": _deleted_renumbered,
    "forged operation, key slipped in": _forged,
    "change re-signed with device key": _device_re_signed,
}


def _own(workspace: Workspace) -> list[Operation]:
    return [op for op in all_operations(workspace) if op.device_id == workspace.db.device_id]


def _forged_entity(op: Operation) -> Operation:
    return replace(op, entity_id="forged")


def tampers(work: Path) -> Tally:
    """Every tamper once (they are not random: the list is the issue's), plus the honest copy."""
    tally = Tally("tampers")
    source, ids = _tamper_template(work / "tamper-template")
    for name, tamper in {"(none: honest copy)": None, **TAMPERS}.items():
        root = work / f"tamper-{tally.runs}"
        shutil.copytree(source, root)
        folder = DataFolder(root)
        tally.runs += 1
        try:
            healthy, journaled = _tamper_and_verify(
                folder, tamper, replace(ids, db=root / "livcr.db")
            )
        except Exception:
            tally.bad("tracebacks", f"{name}: {traceback.format_exc(limit=3)}")
            continue
        if journaled is not None:
            tally.bad("tracebacks", f"{name}: verify in the app (journaled): {journaled}")
        if tamper is None:
            if not healthy:
                tally.bad("corrupt", "the untouched copy does not verify")
        elif healthy:
            tally.bad("missed", name)
        else:
            tally.detected += 1
        shutil.rmtree(root)
    return tally


def _tamper_and_verify(
    folder: DataFolder, tamper: Callable[[Workspace, Ids], None] | None, ids: Ids
) -> tuple[bool, str | None]:
    """Tamper, verify as `livcr verify` reads, then verify as the app's Audit trail does (which
    also journals the check): whether the report is healthy, and what the app's verify raised."""
    workspace = FolderAccess(folder).sign_in(coordinator_account(folder), COORDINATOR_PASSPHRASE)
    try:
        if tamper is not None:
            tamper(workspace, ids)
        with workspace.db.read_session() as session:
            healthy = verify_session(session).healthy
        try:
            verify_workspace(workspace)
        except Exception as error:
            return healthy, f"{type(error).__name__}: {str(error).splitlines()[0][:160]}"
    finally:
        workspace.close()
    return healthy, None


def _tamper_template(root: Path) -> tuple[Path, Ids]:
    """A meeting table (a chair, two partners each invited to a case), a note and a few
    operations to rewrite."""
    livcr = make_livcr(root)
    try:
        table = make_table(livcr)
        note = InvolvementService(livcr.workspace).add_note(
            table.case_school, "Gesprek met de school gehad.", NoteVisibility.TABLE
        )
        act(livcr.workspace, 4)
        ids = Ids(table.case_school, table.case_nobody, table.school.member_id, note)
    finally:
        livcr.workspace.close()
    return root, ids
