"""Two fictional LIVC-Rs in two data folders for hand-over tests, screenshots and the command
line: a French-speaking one with a table (the sender) and a Dutch-speaking one (the receiver),
their keys registered both ways, and a hand-over composed, decided and signed through the real
services. Every person and every text is fictional."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from livcr_desktop.domain.handover import Contact
from livcr_desktop.domain.handover_keys import parse_key_text
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import identity_translate
from livcr_desktop.services.handover.composing import HandoverService
from livcr_desktop.services.handover.keys import HandoverKeys
from tests.helpers.factories import LivcrFixture, make_livcr
from tests.helpers.feedback import agree_and_sign, confidential_notes, start_meeting
from tests.helpers.meetings import Table, make_table

SENDER_NAME = "CSIL-R Bruxelles-Essai"
RECEIVER_NAME = "LIVC-R Gent-Proef"
SHARED_TEXT = "La personne a déménagé à Gand en mars et souhaite poursuivre l'accompagnement."
CONTACT = Contact("Camille Contact", "Service de prévention Essai", "02 000 00 00", "")


@dataclass
class TwoLivcrs:
    """The sending LIVC-R with its table, the receiving LIVC-R, and their ids for each other."""

    table: Table
    receiver: LivcrFixture
    receiver_id_at_sender: str
    sender_id_at_receiver: str

    @property
    def sender(self) -> LivcrFixture:
        return self.table.livcr


def register(at: LivcrFixture, other: LivcrFixture) -> str:
    """`at`'s coordinator registers `other` from the key text `other`'s coordinator exported,
    typing the fingerprint read aloud."""
    text = HandoverKeys(other.workspace).own_public_text()
    fingerprint = parse_key_text(text).fingerprint
    return HandoverKeys(at.workspace).register(text, fingerprint)


def two_livcrs(root: Path) -> TwoLivcrs:
    sender = make_livcr(root / "fr", language=Language.FR, name=SENDER_NAME)
    table = make_table(sender)
    receiver = make_livcr(root / "nl", name=RECEIVER_NAME, municipalities=("Gent-Proef",))
    to_receiver = register(sender, receiver)
    to_sender = register(receiver, sender)
    return TwoLivcrs(table, receiver, to_receiver, to_sender)


def composed(world: TwoLivcrs) -> str:
    """A draft hand-over of the school's case (with a confidential note on the case)."""
    confidential_notes(world.table)
    service = HandoverService(world.table.ws)
    handover = service.start(world.table.case_school, world.receiver_id_at_sender)
    service.save_details(handover, world.receiver_id_at_sender, CONTACT)
    service.save_text(handover, None, SHARED_TEXT)
    return handover


def decided(world: TwoLivcrs) -> tuple[str, str]:
    """A composed hand-over put to the table, agreed by all and signed by the chair."""
    handover = composed(world)
    start_meeting(world.table)
    decision = HandoverService(world.table.ws).propose(handover, identity_translate)
    agree_and_sign(world.table, decision)
    return handover, decision


def close(world: TwoLivcrs) -> None:
    for workspace in world.table.workspaces:
        workspace.close()
    world.sender.workspace.close()
    world.receiver.workspace.close()
