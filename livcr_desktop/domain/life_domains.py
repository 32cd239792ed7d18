"""The life domains an evaluation rates: a neutral, configurable model (domain brief, section 6).

Every LIVC-R starts with the nine default domains. It may rename them, add its own and retire
those it no longer uses; a retired domain keeps its ratings, so earlier evaluations stay readable.
A default domain that was never renamed is shown in the reader's language; a renamed or added
domain carries the name the coordinator typed.

The default domains have fixed ids, so that the list can be shown before anyone has changed it
and two laptops that both write the defaults write the very same records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.livcr import fold_for_comparison, normalise_name
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text, Translate, identity_translate

MAX_DOMAIN_NAME = 80


class DefaultDomain(StrEnum):
    """The domains every LIVC-R starts with."""

    FAMILY_HOME = "family_home"
    SOCIAL_NETWORK = "social_network"
    EDUCATION_WORK = "education_work"
    HOUSING_INCOME = "housing_income"
    HEALTH = "health"
    LEISURE_ONLINE = "leisure_online"
    ATTITUDES = "attitudes"
    BEHAVIOUR = "behaviour"
    STRENGTHS = "strengths"

    @property
    def label(self) -> Text:
        """The translatable name of the domain."""
        return _DEFAULT_LABELS[self]

    @property
    def domain_id(self) -> str:
        """The fixed id of the default domain's record."""
        return f"life-domain-{self.value}"


_DEFAULT_LABELS = {
    DefaultDomain.FAMILY_HOME: QT_TRANSLATE_NOOP("LifeDomain", "Family and home"),
    DefaultDomain.SOCIAL_NETWORK: QT_TRANSLATE_NOOP("LifeDomain", "Social network and peers"),
    DefaultDomain.EDUCATION_WORK: QT_TRANSLATE_NOOP("LifeDomain", "Education and work"),
    DefaultDomain.HOUSING_INCOME: QT_TRANSLATE_NOOP("LifeDomain", "Housing and income"),
    DefaultDomain.HEALTH: QT_TRANSLATE_NOOP("LifeDomain", "Physical and mental health"),
    DefaultDomain.LEISURE_ONLINE: QT_TRANSLATE_NOOP("LifeDomain", "Leisure and online life"),
    DefaultDomain.ATTITUDES: QT_TRANSLATE_NOOP("LifeDomain", "Attitudes, ideas and grievances"),
    DefaultDomain.BEHAVIOUR: QT_TRANSLATE_NOOP("LifeDomain", "Behaviour and conflicts"),
    DefaultDomain.STRENGTHS: QT_TRANSLATE_NOOP("LifeDomain", "Protective factors and strengths"),
}

NAME_REQUIRED = QT_TRANSLATE_NOOP("LifeDomains", "Give the life domain a name.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "LifeDomains", "The name of a life domain may be at most {maximum} characters."
)
NAME_TAKEN = QT_TRANSLATE_NOOP(
    "LifeDomains", "There is already a life domain called “{name}” (perhaps retired)."
)
LAST_DOMAIN = QT_TRANSLATE_NOOP(
    "LifeDomains", "At least one life domain must stay in use: evaluations rate them."
)


@dataclass(frozen=True)
class LifeDomain:
    """One life domain of this LIVC-R, in use or retired."""

    id: str
    key: DefaultDomain | None
    custom_name: str
    position: int
    active: bool

    @property
    def label(self) -> Text | str:
        """The domain's name: translatable for an unchanged default, as typed otherwise."""
        if self.custom_name or self.key is None:
            return self.custom_name
        return self.key.label

    def name(self, translate: Translate = identity_translate) -> str:
        """The name in the reader's language (custom names are shown as typed)."""
        return domain_name(self.label, translate)


def domain_name(label: Text | str, translate: Translate = identity_translate) -> str:
    """A domain label as text for the reader."""
    return label if isinstance(label, str) else label.render(translate)


def default_domains() -> tuple[LifeDomain, ...]:
    """The nine domains of a LIVC-R that has not changed its list."""
    return tuple(
        LifeDomain(key.domain_id, key, "", position, True)
        for position, key in enumerate(DefaultDomain)
    )


def validate_domain_name(
    name: str, existing: Iterable[LifeDomain], *, renaming_id: str | None = None
) -> str:
    """The cleaned name, or ValidationError(field='name') when empty, too long or taken.

    A name is taken when another domain (also a retired one) has it, typed or as its English
    default name: two domains with the same name would make a chart unreadable.
    """
    cleaned = normalise_name(name)
    if not cleaned:
        raise ValidationError(NAME_REQUIRED, field="name")
    if len(cleaned) > MAX_DOMAIN_NAME:
        raise ValidationError(NAME_TOO_LONG, field="name", maximum=MAX_DOMAIN_NAME)
    wanted = fold_for_comparison(cleaned)
    for domain in existing:
        if domain.id == renaming_id:
            continue
        shown = {fold_for_comparison(domain.custom_name)} if domain.custom_name else set()
        if not domain.custom_name and domain.key is not None:
            shown.add(fold_for_comparison(domain.key.label.source))
        if wanted in shown:
            raise ValidationError(NAME_TAKEN, field="name", name=cleaned)
    return cleaned


def check_may_retire(domains: Iterable[LifeDomain], domain_id: str) -> None:
    """Refuse to retire the last domain in use."""
    if not any(d.active and d.id != domain_id for d in domains):
        raise ValidationError(LAST_DOMAIN, field="domain")
