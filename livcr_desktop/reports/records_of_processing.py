"""The data-protection officer's two documents, in nl, fr or de: the record of processing
(GDPR art. 30) and the DPIA facts sheet (art. 35).

Every statement is either fixed by the law and the app (the purposes, the measures the code
applies) or read from the configuration and the database (ProcessingFacts); the figures of the
fault suite come from a measured run and are printed with its date and parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.records_of_processing import FaultRun, ProcessingFacts, names
from livcr_desktop.domain.text import LABELLED, QT_TRANSLATE_NOOP
from livcr_desktop.i18n.formatting import format_date, format_number
from livcr_desktop.reports.base import (
    ACCENT,
    DocumentText,
    PageFrame,
    build_pdf,
    plain,
    standard_frame,
    styles,
)

LIGHT = colors.HexColor("#d6dde6")
WIDTH = 174 * mm


def _rows(rows: Sequence[tuple[str, str]], label_width: float = 62 * mm) -> Table:
    s = styles()
    table = Table(
        [[Paragraph(plain(a), s["cell_bold"]), Paragraph(plain(b), s["cell"])] for a, b in rows],
        colWidths=[label_width, WIDTH - label_width],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _bullets(items: Sequence[str]) -> list[Flowable]:
    s = styles()
    return [Paragraph("• " + plain(item), s["body"]) for item in items]


def _security(facts: ProcessingFacts, translate: DocumentText) -> list[str]:
    sec = facts.security
    measures = [
        translate(
            "RecordsOfProcessing",
            "The database on every laptop is encrypted with SQLCipher {version} (AES-256); "
            "deleted records are overwritten (secure_delete).",
        ).format(version=sec.cipher_version),
        translate(
            "RecordsOfProcessing",
            "Each person opens the data with their own passphrase, stretched with {kdf} "
            "({iterations} passes, {memory} MiB of memory, {lanes} lanes); no passphrase is "
            "stored.",
        ).format(
            kdf=sec.kdf_name,
            iterations=sec.kdf_iterations,
            memory=sec.kdf_memory_mib,
            lanes=sec.kdf_lanes,
        ),
        translate(
            "RecordsOfProcessing",
            "Every change and every access to a dossier is written to a hash-chained journal, "
            "signed by its author (Ed25519); the data-protection officer can verify it.",
        ),
        translate(
            "RecordsOfProcessing",
            "Need-to-know access per role and per case: partners see only the cases they are "
            "invited to; refused attempts are journaled.",
        ),
        translate(
            "RecordsOfProcessing",
            "The window locks after {minutes} minutes without input (the default setting).",
        ).format(minutes=sec.idle_lock_minutes),
        translate(
            "RecordsOfProcessing",
            "Backups are encrypted and checked; exports are written readable by their owner "
            "only; logs hold no personal data.",
        ),
        translate(
            "RecordsOfProcessing",
            "Feedback forms reach the police only after a signed consensus, checked by the "
            "secrecy guard against what was shared under professional secrecy.",
        ),
    ]
    if sec.hub_connected:
        measures.append(
            translate(
                "RecordsOfProcessing",
                "Laptops synchronise through a hub that holds only end-to-end encrypted "
                "envelopes (XChaCha20-Poly1305, keys per case sealed for each laptop with "
                "X25519): the hub cannot read them.",
            )
        )
    else:
        measures.append(
            translate(
                "RecordsOfProcessing",
                "No sync hub is connected: the data stays on this laptop. Once connected, the "
                "hub holds only end-to-end encrypted envelopes (XChaCha20-Poly1305).",
            )
        )
    return measures


def _retention(facts: ProcessingFacts, translate: DocumentText) -> list[str]:
    """One line per term ("1 year", never "1 years"): each term starts with a capital, so
    joining them into one sentence read as a run-on."""
    return [
        (
            translate("RecordsOfProcessing", "{what}: 1 year")
            if term.years == 1
            else translate("RecordsOfProcessing", "{what}: {years} years")
        ).format(
            what=term.what.render(translate, **({"reason": term.reason} if term.reason else {})),
            years=term.years,
        )
        for term in facts.retention
    ]


def _frame(translate: DocumentText, facts: ProcessingFacts, generated_at: datetime) -> PageFrame:
    return standard_frame(
        translate,
        facts.livcr_name,
        generated_at,
        marking=translate(
            "RecordsOfProcessing", "For the data-protection officer – no personal data of cases"
        ),
    )


def build_art30_record(
    target: Path | BinaryIO, facts: ProcessingFacts, language: Language, generated_at: datetime
) -> None:
    """The record of processing activities (GDPR art. 30(1))."""
    translate = DocumentText(language, typeset=True)
    s = styles()
    title = translate("RecordsOfProcessing", "Record of processing activities (GDPR art. 30)")
    story: list[Flowable] = [
        Paragraph(plain(title), s["title"]),
        Paragraph(
            plain(
                translate(
                    "RecordsOfProcessing", "Processing: case consultation in the {livcr}"
                ).format(livcr=facts.livcr_name)
            ),
            s["h3"],
        ),
        _rows(
            [
                (
                    translate("RecordsOfProcessing", "Controller"),
                    translate(
                        "RecordsOfProcessing",
                        "The municipality of {municipalities}, represented by its mayor, who "
                        "sets up and directs the LIVC-R",
                    ).format(municipalities=facts.municipality_list())
                    if len(facts.municipalities) == 1
                    else translate(
                        "RecordsOfProcessing",
                        "The municipalities of {municipalities} (a joint LIVC-R), each "
                        "represented by its mayor",
                    ).format(municipalities=facts.municipality_list()),
                ),
                (
                    translate("RecordsOfProcessing", "Data-protection officer"),
                    names(facts.data_protection_officers),
                ),
                (translate("RecordsOfProcessing", "Coordinator"), names(facts.coordinators)),
                (
                    translate("RecordsOfProcessing", "Legal basis"),
                    translate(
                        "RecordsOfProcessing",
                        "Law of 30 July 2018 establishing the LIVC-Rs (art. 2 and 3); art. "
                        "458ter Criminal Code (shared professional secrecy); GDPR art. 6(1)(e) "
                        "and 9(2)(g)",
                    ),
                ),
                (
                    translate("RecordsOfProcessing", "Purposes"),
                    translate(
                        "RecordsOfProcessing",
                        "The prevention of terrorist offences through case consultation: "
                        "detecting and assessing signals of radicalisation, and offering a "
                        "person guidance and support (a personalised guidance trajectory); "
                        "anonymised figures for the strategic table.",
                    ),
                ),
                (
                    translate("RecordsOfProcessing", "Categories of persons"),
                    translate(
                        "RecordsOfProcessing",
                        "Persons (including minors) about whom a signal was received; the "
                        "people who signalled; the members of the tables and their "
                        "organisations.",
                    ),
                ),
                (
                    translate("RecordsOfProcessing", "Categories of data"),
                    translate(
                        "RecordsOfProcessing",
                        "Identity and contact details; the signal and its source; notes and "
                        "records of the consultations; decisions; the guidance trajectory, its "
                        "updates and evaluations over life domains; feedback forms to the LTF. "
                        "Special categories: beliefs and convictions, health; data on "
                        "suspected offences as the LTF shares them.",
                    ),
                ),
                (
                    translate("RecordsOfProcessing", "Recipients"),
                    translate(
                        "RecordsOfProcessing",
                        "The members of the operational table invited to a case: {kinds}. "
                        "The Local Task Force (LTF), only through the Information Officer and "
                        "only an approved feedback form.",
                    ).format(
                        kinds=", ".join(k.render(translate) for k in facts.partner_kinds) or "–"
                    ),
                ),
                (
                    translate("RecordsOfProcessing", "Transfers outside the EU"),
                    translate("RecordsOfProcessing", "None."),
                ),
                (
                    translate("RecordsOfProcessing", "Retention terms"),
                    "\n".join(_retention(facts, translate)),
                ),
            ]
        ),
        Paragraph(plain(translate("RecordsOfProcessing", "Security measures (art. 32)")), s["h2"]),
        *_bullets(_security(facts, translate)),
    ]
    build_pdf(
        target,
        story,
        frame=_frame(translate, facts, generated_at),
        title=title,
        language=language,
    )


_FAULT_NAMES = {
    "writer kills": QT_TRANSLATE_NOOP("RecordsOfProcessing", "The app killed while writing"),
    "backup kills": QT_TRANSLATE_NOOP(
        "RecordsOfProcessing", "A backup killed at each of its steps"
    ),
    "restore kills": QT_TRANSLATE_NOOP(
        "RecordsOfProcessing", "A restore killed at each of its steps"
    ),
    "fuzzed backups": QT_TRANSLATE_NOOP(
        "RecordsOfProcessing", "Damaged backups offered for restore"
    ),
    "damaged key files": QT_TRANSLATE_NOOP("RecordsOfProcessing", "Damaged key files at sign-in"),
    "tampers": QT_TRANSLATE_NOOP(
        "RecordsOfProcessing", "Tampering with the journal and the tables"
    ),
}


def _fault_table(run: FaultRun, translate: DocumentText) -> Table:
    s = styles()
    header = [
        translate("RecordsOfProcessing", "Test"),
        translate("RecordsOfProcessing", "Runs"),
        translate("RecordsOfProcessing", "Data lost, damaged or accepted"),
        translate("RecordsOfProcessing", "Tampering detected / missed"),
    ]
    rows = [[Paragraph(plain(h), s["cell_bold"]) for h in header]]
    for c in run.categories:
        known = _FAULT_NAMES.get(c.name)
        label = known.render(translate) if known is not None else c.name
        found = f"{c.detected} / {c.missed}" if c.detected or c.missed else "–"
        rows.append(
            [
                Paragraph(plain(v), s["cell"])
                for v in (label, format_number(c.runs, translate.language), str(c.bad), found)
            ]
        )
    table = Table(rows, colWidths=[74 * mm, 25 * mm, 40 * mm, 35 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
            ]
        )
    )
    return table


def build_dpia_facts(
    target: Path | BinaryIO, facts: ProcessingFacts, language: Language, generated_at: datetime
) -> None:
    """The facts sheet a DPIA (GDPR art. 35) starts from."""
    translate = DocumentText(language, typeset=True)
    s = styles()
    title = translate("RecordsOfProcessing", "DPIA facts sheet")
    roles = [LABELLED.render(translate, label=label, value=count) for label, count in facts.roles]
    story: list[Flowable] = [
        Paragraph(plain(title), s["title"]),
        Paragraph(
            plain(
                translate(
                    "RecordsOfProcessing",
                    "Facts for the data-protection impact assessment of the case consultation "
                    "in the {livcr}, generated by the app on the day it was printed.",
                ).format(livcr=facts.livcr_name)
            ),
            s["body"],
        ),
        Paragraph(plain(translate("RecordsOfProcessing", "What is processed")), s["h2"]),
        _rows(
            [
                (translate("RecordsOfProcessing", "Open cases"), str(facts.cases_open)),
                (
                    translate("RecordsOfProcessing", "Closed cases still kept"),
                    str(facts.cases_closed),
                ),
                (translate("RecordsOfProcessing", "Persons recorded"), str(facts.persons)),
                (
                    translate("RecordsOfProcessing", "Nature of the data"),
                    translate(
                        "RecordsOfProcessing",
                        "Signals of radicalisation about persons (often minors), beliefs and "
                        "convictions, health and family situation, shared under professional "
                        "secrecy: a high risk for the persons concerned.",
                    ),
                ),
                (
                    translate("RecordsOfProcessing", "Retention terms"),
                    "\n".join(_retention(facts, translate)),
                ),
            ]
        ),
        Paragraph(plain(translate("RecordsOfProcessing", "By whom")), s["h2"]),
        *_bullets(roles),
        Paragraph(plain(translate("RecordsOfProcessing", "The measures the app takes")), s["h2"]),
        *_bullets(_security(facts, translate)),
        Paragraph(plain(translate("RecordsOfProcessing", "Tests of faults and leaks")), s["h2"]),
        *_bullets(
            [
                translate(
                    "RecordsOfProcessing",
                    "After a working session no passphrase, key or personal data is found in "
                    "the logs or temporary files (an automated test plants a marker and "
                    "searches for it).",
                ),
                translate(
                    "RecordsOfProcessing",
                    "A feedback form reaches the police only after a signed consensus; "
                    "automated tests check that no other path approves one.",
                ),
            ]
        ),
    ]
    run = facts.fault_run
    if run is None:
        story.append(
            Paragraph(
                plain(
                    translate(
                        "RecordsOfProcessing",
                        "No measured run of the fault suite is attached to this sheet.",
                    )
                ),
                s["body"],
            )
        )
    else:
        story += [
            Spacer(1, 3 * mm),
            Paragraph(
                plain(
                    translate(
                        "RecordsOfProcessing",
                        "The fault suite, run on {day} ({parameters}): every run is a real "
                        "process killed or a damaged file offered; the database must come out "
                        "whole every time.",
                    ).format(day=format_date(run.day, language), parameters=run.parameters)
                ),
                s["body"],
            ),
            _fault_table(run, translate),
        ]
    build_pdf(
        target,
        story,
        frame=_frame(translate, facts, generated_at),
        title=title,
        language=language,
    )
