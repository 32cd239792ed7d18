"""The demo's people, in a module of their own: the sign-in screen of a demo folder shows each
account's role beside it (the roles are in the database, still closed at sign-in), and must not
load the demo generator (and the services it drives) to do so. Every name is invented."""

from __future__ import annotations

from livcr_desktop.domain.organisations import Role

DEMO_COORDINATOR = ("Nora Fictief", "Preventiedienst Fictiefdorp", "nora.fictief")
"""(full name, organisation, user name) of the demo's coordinator."""

# (full name, user name, organisation, function, role, municipality the chair is for)
DEMO_PEOPLE = (
    (
        "Bram Verzonnen",
        "bram.verzonnen",
        "Gemeente Fictiefdorp",
        "Burgemeester",
        Role.CHAIR,
        "Fictiefdorp",
    ),
    (
        "Lotte Denkbeeld",
        "lotte.denkbeeld",
        "Gemeente Verzonnen-aan-Zee",
        "Schepen, vertegenwoordiger van de burgemeester",
        Role.CHAIR,
        "Verzonnen-aan-Zee",
    ),
    (
        "Hugo Proefmans",
        "hugo.proefmans",
        "Gemeente Denkbeeldegem",
        "Burgemeester",
        Role.CHAIR,
        "Denkbeeldegem",
    ),
    (
        "Ivo Schijnvoet",
        "ivo.schijnvoet",
        "Lokale politie Fictiefland",
        "Information Officer",
        Role.INFORMATION_OFFICER,
        None,
    ),
    (
        "Olga Voorbeeld",
        "olga.voorbeeld",
        "OCMW Fictiefdorp",
        "Maatschappelijk werker",
        Role.PARTNER,
        None,
    ),
    ("Karim Namaak", "karim.namaak", "CAW Denkbeeldig", "Begeleider", Role.PARTNER, None),
    ("Sara Droomers", "sara.droomers", "CLB Verzonnen", "CLB-medewerker", Role.PARTNER, None),
    (
        "Victor Nepstraat",
        "victor.nepstraat",
        "VDAB Fictiefland",
        "Trajectbegeleider",
        Role.PARTNER,
        None,
    ),
    (
        "Stijn Strateeg",
        "stijn.strateeg",
        "Gemeente Fictiefdorp",
        "Algemeen directeur",
        Role.STRATEGIC_MEMBER,
        None,
    ),
    (
        "Dirk Privacy",
        "dirk.privacy",
        "Gemeente Fictiefdorp",
        "Functionaris gegevensbescherming",
        Role.DATA_PROTECTION_OFFICER,
        None,
    ),
    (
        "Ines Infra",
        "ines.infra",
        "Gemeente Fictiefdorp",
        "ICT-beheerder",
        Role.IT_ADMINISTRATOR,
        None,
    ),
)


DEMO_ROLES: dict[str, tuple[Role, str | None]] = {
    DEMO_COORDINATOR[2]: (Role.COORDINATOR, None),
    **{username: (role, town) for _name, username, _org, _function, role, town in DEMO_PEOPLE},
}
"""user name → (role, the municipality a chair is for), as the demo folder is made."""
