"""The rights an operation's kind needs (domain/operation_rights.py), per role."""

from __future__ import annotations

from datetime import date

from livcr_desktop.domain.accounts import Actor, RoleGrant
from livcr_desktop.domain.life_domains import DefaultDomain, default_domains
from livcr_desktop.domain.operation_rights import holds_any, holds_any_everywhere, write_rights
from livcr_desktop.domain.organisations import Role

DAY = date(2026, 3, 2)


def _actor(role: Role) -> Actor:
    grant = RoleGrant(role, date(2025, 1, 1), municipality_id="m1")
    return Actor("a", "m", "someone", "Fictief", "o", "Organisatie", (grant,))


def _default(domain: DefaultDomain) -> dict[str, object]:
    found = next(d for d in default_domains() if d.key is domain)
    return {"fields": {"key": domain.value, "custom_name": "", "position": found.position}}


def test_a_default_domain_is_written_by_whoever_rates_a_trajectory() -> None:
    rights = write_rights(
        "life_domain.added", DefaultDomain.HEALTH.domain_id, _default(DefaultDomain.HEALTH)
    )
    assert holds_any(_actor(Role.PARTNER), DAY, rights)
    assert not holds_any(_actor(Role.INFORMATION_OFFICER), DAY, rights)


def test_a_domain_of_its_own_or_a_changed_default_stays_the_coordinators() -> None:
    renamed = {"fields": {"key": "health", "custom_name": "Fictief", "position": 4}}
    for kind, entity, payload in (
        ("life_domain.added", "x", {"fields": {"key": None, "custom_name": "Eigen"}}),
        ("life_domain.added", "life-domain-health", renamed),
        ("life_domain.added", "another-id", _default(DefaultDomain.HEALTH)),
        ("life_domain.renamed", "life-domain-health", {"fields": {"custom_name": "X"}}),
    ):
        rights = write_rights(kind, entity, payload)
        assert not holds_any(_actor(Role.PARTNER), DAY, rights), (kind, payload)
        assert holds_any(_actor(Role.COORDINATOR), DAY, rights)


def test_only_a_right_over_all_records_opens_a_case_one_cannot_see() -> None:
    rights = write_rights("case.opened", "c", {})
    assert holds_any_everywhere(_actor(Role.INFORMATION_OFFICER), DAY, rights)
    assert not holds_any_everywhere(_actor(Role.PARTNER), DAY, rights)
    assert not holds_any_everywhere(_actor(Role.CHAIR), DAY, rights)


def test_other_kinds_are_left_to_the_general_rule() -> None:
    assert write_rights("case.note_added", "n", {}) == ()
