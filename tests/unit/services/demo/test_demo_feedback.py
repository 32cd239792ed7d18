"""The demo shows the feedback form at work: one form handed to the LTF, one draft."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from livcr_desktop.domain.feedback import FormStatus
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.demo.folder import create_demo
from livcr_desktop.services.feedback.flow_register import FlowRegister
from livcr_desktop.store.models import FeedbackFormRow


def test_the_demo_has_a_form_handed_over_and_a_draft(tmp_path: Path) -> None:
    workspace = create_demo(tmp_path / "demo")
    try:
        [entry] = FlowRegister(workspace).entries()
        assert entry.status is FormStatus.TRANSMITTED
        assert entry.transmitted_by == "Ivo Schijnvoet" and "(demo)" in entry.transmitted_to
        assert entry.approved_by == ("Bram Verzonnen", "Olga Voorbeeld")
        with workspace.db.read_session() as session:
            statuses = sorted(f.status for f in session.scalars(select(FeedbackFormRow)))
        assert statuses == [FormStatus.DRAFT.value, FormStatus.TRANSMITTED.value]
        assert verify_workspace(workspace).healthy
    finally:
        workspace.close()
