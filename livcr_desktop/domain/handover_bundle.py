"""The manifest inside a sealed hand-over bundle: kind "handover", who sent it to whom, the
decided content, the table's signed decision with the chair's public key, and the transfer note.

Pure: it is read back from a file another LIVC-R sealed, so every field is checked for its type
and size here, and anything else is the one message "not a hand-over".
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.handover import NOT_A_HANDOVER, HandoverContent, content_from_json

FORMAT = "livcr-bundle/1"
KIND = "handover"
MAX_PLAINTEXT = 8 * 1024 * 1024
"""A note of a few pages and a few texts: far below this."""


@dataclass(frozen=True)
class HandoverManifest:
    handover_id: str
    sender_fingerprint: str
    recipient_fingerprint: str
    made_at: str
    content: HandoverContent
    content_hash: str
    decision: dict[str, Any]
    """The decision's canonical signed content (domain/decisions SignedContent.to_json)."""
    signature: str
    """The chair's Ed25519 signature over the canonical bytes of `decision`, hex."""
    signer_public: str
    """The chair's Ed25519 public key, hex (vouched for by the sending LIVC-R's signature)."""
    note_pdf: bytes

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "kind": KIND,
                "handover_id": self.handover_id,
                "sender_fingerprint": self.sender_fingerprint,
                "recipient_fingerprint": self.recipient_fingerprint,
                "made_at": self.made_at,
                "content": self.content.to_json(),
                "decided_hash": self.content_hash,
                "decision": self.decision,
                "signature": self.signature,
                "signer_public": self.signer_public,
                "note_pdf": base64.standard_b64encode(self.note_pdf).decode(),
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> HandoverManifest:
        if len(raw) > MAX_PLAINTEXT:
            raise DomainError(NOT_A_HANDOVER)
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("format")
            if data.get("kind") != KIND:
                raise ValueError("kind")
            decision = data["decision"]
            if not isinstance(decision, dict):
                raise ValueError("decision")
            return cls(
                handover_id=_short(data["handover_id"]),
                sender_fingerprint=_short(data["sender_fingerprint"]),
                recipient_fingerprint=_short(data["recipient_fingerprint"]),
                made_at=_short(data["made_at"]),
                content=content_from_json(data["content"]),
                content_hash=_short(data["decided_hash"], 64),
                decision=decision,
                signature=_short(data["signature"], 200),
                signer_public=_short(data["signer_public"], 64),
                note_pdf=base64.b64decode(_text(data["note_pdf"]), validate=True),
            )
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise DomainError(NOT_A_HANDOVER) from exc


def _short(value: Any, limit: int = 80) -> str:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ValueError("field")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("text")
    return value
