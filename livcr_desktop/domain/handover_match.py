"""When a person handed over by another LIVC-R is one already known here.

The same person means the same names (accents, case, hyphens and the order of the names do not
matter: domain/persons.match_key) *and* the same birth date. A name alone is never a match:
two people called Yusuf Verzonnen are too likely, and a signal added to the wrong person's case
would be a breach of the need to know. Without a birth date on either side (or for a group or
an anonymised person) the app proposes nothing, and only the coordinator can pick a case.

Pure: no SQL; the service looks the key up in the person register.
"""

from __future__ import annotations

from datetime import date

from livcr_desktop.domain.persons import SubjectKind, match_key


def known_person_key(
    kind: SubjectKind, first_names: str, last_name: str, birth_date: date | None
) -> str | None:
    """The key an incoming person is looked up by, or None when no automatic match may be
    proposed (not a named person, no name, or no birth date)."""
    if kind is not SubjectKind.PERSON or birth_date is None:
        return None
    if not " ".join(f"{first_names} {last_name}".split()):
        return None
    return match_key(first_names, last_name, birth_date)
