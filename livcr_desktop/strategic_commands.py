"""The strategic and accountability commands: `livcr figures`, `report`, `retention` and
`records`. They sign in as every command does (commands.py) and then read for the strategic
table or the DPO; kept apart so commands.py stays the folder's own life cycle."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from livcr_desktop import console
from livcr_desktop.commands import _data_dir, _fail, _sign_in, _signed_in
from livcr_desktop.console import EXIT_OK, EXIT_USAGE, translate
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.logs import configure_logging


def run_records(args: argparse.Namespace) -> int:
    """Write the art. 30 record or the DPIA facts sheet as a PDF in nl, fr or de."""
    from livcr_desktop.domain.languages import Language
    from livcr_desktop.domain.records_of_processing import RECORDED_FAULT_RUN, read_fault_run
    from livcr_desktop.services.records.documents import ProcessingRecords
    from livcr_desktop.services.workspace import Workspace

    language = getattr(args, "lang", None)
    if language not in ("nl", "fr", "de"):
        print(
            translate("Cli", "Choose the document's language with --lang nl, fr or de."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    fault_run = RECORDED_FAULT_RUN
    try:
        faults = getattr(args, "faults", None)
        if faults is not None:
            fault_run = read_fault_run(Path(faults).read_text(encoding="utf-8"))
        workspace = _sign_in(args, _data_dir(args))
        assert isinstance(workspace, Workspace)
    except OSError:
        print(translate("Cli", "The file cannot be read."), file=sys.stderr)
        return EXIT_USAGE
    except DomainError as error:
        return _fail(error)
    configure_logging(workspace.folder.logs_dir)
    try:
        records = ProcessingRecords(workspace)
        if args.records_command == "art30":
            records.export_art30(Language(language), Path(args.out))
        else:
            records.export_dpia(Language(language), Path(args.out), fault_run)
    except DomainError as error:
        return _fail(error)
    except OSError:
        print(translate("Cli", "The file cannot be written."), file=sys.stderr)
        return EXIT_USAGE
    finally:
        workspace.close()
    print(translate("Cli", "Written to {file}.").format(file=args.out))
    return EXIT_OK


def run_figures(args: argparse.Namespace) -> int:
    """Write the strategic table's figures of a year as CSV, with the same rules and journal
    entries as the Figures area (the person signing in must hold a role that sees them)."""
    from livcr_desktop.services.figures import figures_of_year

    workspace = _signed_in(args)
    if isinstance(workspace, int):
        return workspace
    try:
        rows = figures_of_year(
            workspace, args.year, args.municipality, Path(args.out), console.translate
        )
    except DomainError as error:
        return _fail(error)
    except OSError as error:
        message = translate("Cli", "The file could not be written: {error}")
        print(message.format(error=error.strerror or error), file=sys.stderr)
        return EXIT_USAGE
    finally:
        workspace.close()
    print(
        translate("Cli", "Figures written to {file} ({rows} rows).").format(
            file=args.out, rows=rows
        )
    )
    return EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    """Write the strategic table's yearly report of `--year` as a PDF in `--lang` (nl, fr, de).

    The approved report when the strategic table approved it, otherwise a draft computed now;
    the same permission check and journal entry as the button in the Figures area."""
    from livcr_desktop.domain.languages import DOCUMENT_LANGUAGES, parse_language
    from livcr_desktop.services.yearly_report.report import export_yearly_report

    try:
        language = parse_language(getattr(args, "lang", "nl"))
    except ValueError:
        language = None
    if language not in DOCUMENT_LANGUAGES:
        print(
            translate("Cli", "Choose the report's language with --lang nl, fr or de."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    workspace = _signed_in(args)
    if isinstance(workspace, int):
        return workspace
    try:
        target = export_yearly_report(workspace, args.year, Path(args.out), language)
    except DomainError as error:
        return _fail(error)
    except OSError:
        print(
            translate("Cli", "The file {file} cannot be written.").format(file=args.out),
            file=sys.stderr,
        )
        return EXIT_USAGE
    finally:
        workspace.close()
    print(
        translate("Cli", "Yearly report {year} written to {file}.").format(
            year=args.year, file=target
        )
    )
    return EXIT_OK


def run_retention(args: argparse.Namespace) -> int:
    """Print what has reached its retention term on a day (case codes, the rule, the due date;
    never a name): for the DPO's scheduled check. Only the coordinator and the DPO may."""
    from livcr_desktop.services.retention.due import RetentionService

    workspace = _signed_in(args)
    if isinstance(workspace, int):
        return workspace
    try:
        listed = RetentionService(workspace).due(args.as_of)
    except DomainError as error:
        return _fail(error)
    finally:
        workspace.close()
    rules = (
        translate("Cli", "house rules version {number}").format(number=listed.rules_version)
        if listed.rules_version is not None
        else translate("Cli", "default house rules (5 years after closure)")
    )
    print(
        translate("Cli", "Reached their retention term on {day} under the {rules}: {count}").format(
            day=listed.as_of.isoformat(), rules=rules, count=len(listed.cases)
        )
    )
    for due in listed.cases:
        proposed = (
            translate("Cli", "proposed for the meeting of {day}").format(
                day=due.proposed_for.isoformat()
            )
            if due.proposed_for is not None
            else ""
        )
        line = f"{due.code}\t{due.due_on.isoformat()}\t{due.rule.label.render(console.translate)}"
        print(f"{line}\t{proposed}" if proposed else line)
    return EXIT_OK
