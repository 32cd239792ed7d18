"""The audit trail's catalogue of operation kinds: complete, categorised, and payload-safe."""

from __future__ import annotations

import ast
from pathlib import Path

from livcr_desktop.domain.audit import (
    KINDS,
    AuditCategory,
    allowed_details,
    category_of,
    describe_details,
    entity_label,
    kind_label,
)

PACKAGE = Path(__file__).resolve().parents[3] / "livcr_desktop"
KIND_POSITION = {"created": 1, "updated": 1, "access": 2}
"""Where each journal writer method takes the kind (see store/journal_writer.py)."""
REFUSAL_KIND_POSITION = 2
"""A refusal journaled by a unit of work is named where it is made: `Refusal(entity, id, kind)`
(services/unit_of_work.py); the record's own `journal` method only passes its kind on."""


def _module_constants(tree: ast.Module) -> dict[str, ast.expr]:
    constants: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                constants[target.id] = node.value
    return constants


def _strings(node: ast.expr, constants: dict[str, ast.expr], where: str) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _strings(node.body, constants, where) | _strings(node.orelse, constants, where)
    if isinstance(node, ast.Name) and node.id in constants:
        return _strings(constants[node.id], constants, where)
    raise AssertionError(
        f"{where}: the journal kind `{ast.unparse(node)}` is not a literal the audit catalogue "
        "test can read; write the kind as a string literal (or a module constant)"
    )


def _kind_node(node: ast.Call, path: Path) -> ast.expr | None:
    """The kind a call names, if it is a journal call or a refusal record (None otherwise)."""
    where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
    if isinstance(node.func, ast.Name) and node.func.id == "Refusal":
        position: int | None = REFUSAL_KIND_POSITION
    elif (
        isinstance(node.func, ast.Attribute)
        and node.func.attr in (*KIND_POSITION, "append")
        and ast.unparse(node.func.value).endswith("journal")
    ):
        position = KIND_POSITION.get(node.func.attr)
    else:
        return None
    kind_node = next((k.value for k in node.keywords if k.arg == "kind"), None)
    if kind_node is None and position is not None and len(node.args) > position:
        kind_node = node.args[position]
    assert kind_node is not None, f"{where}: a journal call without a kind"
    if ast.unparse(kind_node) == "self.kind" and path.name == "unit_of_work.py":
        return None  # Refusal.journal: its kinds are read at the Refusal(...) calls
    return kind_node


def journal_kinds_in_code() -> dict[str, str]:
    """Every kind passed to the journal writer anywhere in the package, with where it is."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "generated" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _module_constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            kind_node = _kind_node(node, path)
            if kind_node is None:
                continue
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            for kind in _strings(kind_node, constants, where):
                found.setdefault(kind, where)
    return found


def test_every_kind_the_code_journals_has_a_label_and_category() -> None:
    kinds = journal_kinds_in_code()
    # The scan must see the kinds of the foundation, or it scans nothing useful.
    assert {"livcr.created", "auth.signed_in", "access.denied", "audit.verified"} <= set(kinds)
    missing = {kind: where for kind, where in kinds.items() if kind not in KINDS}
    assert not missing, (
        "journal kinds without an entry in livcr_desktop/domain/audit.py KINDS "
        "(add a label and a category): " + ", ".join(f"{k} ({w})" for k, w in missing.items())
    )


def test_every_listed_kind_has_a_label_in_the_audit_kind_context() -> None:
    for kind, info in KINDS.items():
        assert info.kind == kind
        assert info.label is not None and info.label.context == "AuditKind"
        assert info.label.source and info.label.source != kind


def test_unlisted_kinds_fall_back_to_prefix_rules_and_their_raw_code() -> None:
    assert category_of("case.opened") is AuditCategory.CHANGE
    assert category_of("export.feedback_form_pdf") is AuditCategory.EXPORT
    assert category_of("access.case_opened") is AuditCategory.ACCESS
    assert category_of("access.denied_twice") is AuditCategory.REFUSED
    assert category_of("backup.created") is AuditCategory.BACKUP
    assert category_of("auth.failed_remembered") is AuditCategory.FAILED_SIGN_IN
    assert category_of("meeting_room.booked") is AuditCategory.OTHER
    assert kind_label("meeting_room.booked") == "meeting_room.booked"
    assert kind_label("auth.signed_in") == "Signed in"
    assert entity_label("role_assignment") == "Role"
    assert entity_label("unheard_of") == "unheard_of"


def test_only_listed_plain_details_leave_a_payload() -> None:
    payload = {
        "failures": 3,
        "last_failure": "2026-01-02T03:04:05+00:00",
        "note": "Jan Fictief said something",
    }
    assert allowed_details("auth.failed_attempts", payload) == {"failures": 3}
    assert allowed_details("member.added", {"fields": {"full_name": "Jan Fictief"}}) == {}
    assert allowed_details("no.such_kind", {"failures": 3}) == {}
    nested = {"resource": {"name": "Jan Fictief"}, "action": "view"}
    assert allowed_details("access.denied", nested) == {"action": "view"}
    assert allowed_details("access.denied", {"resource": "jan", "action": "peek"}) == {}
    assert allowed_details("auth.failed_attempts", {"failures": 85073112345}) == {}
    assert allowed_details("auth.failed_attempts", {"failures": "3"}) == {}


def test_details_are_described_in_words() -> None:
    assert describe_details("auth.failed_attempts", {"failures": 3}) == (
        "3 wrong passphrases before signing in"
    )
    refused = describe_details("access.denied", {"resource": "audit_trail", "action": "view"})
    assert refused == "audit trail – view"
    assert describe_details("auth.signed_in", {"method": "recovery_key"}) == (
        "with the recovery key"
    )
    assert describe_details("audit.verified", {"healthy": True, "operations": 12}) == (
        "intact, 12 operations"
    )
    assert describe_details("member.added", {}) == ""
