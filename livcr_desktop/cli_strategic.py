"""The parsers of the strategic table's and the DPO's commands: `livcr figures`, `report`,
`retention list` and `records` (run by strategic_commands.py).

Kept apart from cli.py so that each module holds one concept; like cli.py it imports nothing
heavy, since the parser is built on the way to every command.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from livcr_desktop.console import translate


def add_strategic_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    account: argparse.ArgumentParser,
) -> None:
    """`livcr figures`, `report`, `retention list` and `records` (strategic_commands.py)."""
    figures = sub.add_parser(
        "figures",
        parents=[common, account],
        help=translate("Cli", "write the strategic table's figures of a year as CSV"),
    )
    figures.add_argument(
        "--year", type=int, required=True, help=translate("Cli", "the calendar year")
    )
    figures.add_argument(
        "--municipality",
        default=None,
        metavar="M",
        help=translate("Cli", "only this municipality of a joint LIVC-R (its name)"),
    )
    figures.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=translate("Cli", "the CSV file")
    )
    _add_report_command(sub, common, account)
    retention = sub.add_parser(
        "retention",
        parents=[common, account],
        help=translate("Cli", "what has reached its retention term under the house rules"),
    )
    retention_sub = retention.add_subparsers(dest="retention_command", metavar="ACTION")
    retention_sub.required = True
    listing = retention_sub.add_parser(
        "list",
        parents=[common, account],
        help=translate(
            "Cli", "list the cases that reached their term (case codes, rule, due date; no names)"
        ),
    )
    listing.add_argument(
        "--as-of",
        type=_iso_date,
        default=None,
        metavar="DATE",
        help=translate("Cli", "the day to check, as YYYY-MM-DD (default: today)"),
    )
    _add_records_commands(sub, common, account)


def _add_report_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    account: argparse.ArgumentParser,
) -> None:
    """`livcr report --year YYYY --lang nl|fr|de --out FILE.pdf`: the strategic table's yearly
    report. `--lang` is the document's language here (the messages follow it too)."""
    report = sub.add_parser(
        "report",
        parents=[common, account],
        help=translate("Cli", "write the strategic table's yearly report as a PDF"),
    )
    report.add_argument(
        "--year", required=True, type=int, help=translate("Cli", "the calendar year, e.g. 2025")
    )
    report.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the PDF file to write")
    )


def _add_records_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    account: argparse.ArgumentParser,
) -> None:
    """`livcr records art30|dpia --lang L --out F.pdf`: the DPO's accountability documents."""
    records = sub.add_parser(
        "records",
        help=translate("Cli", "print the record of processing (art. 30) or the DPIA facts sheet"),
    )
    records_sub = records.add_subparsers(
        dest="records_command", metavar="RECORDS_COMMAND", required=True
    )
    for name, help_text in (
        ("art30", translate("Cli", "the record of processing activities (GDPR art. 30)")),
        ("dpia", translate("Cli", "the facts sheet for the data-protection impact assessment")),
    ):
        document = records_sub.add_parser(name, parents=[common, account], help=help_text)
        document.add_argument(
            "--out", required=True, type=Path, help=translate("Cli", "the PDF file to write")
        )
        if name == "dpia":
            document.add_argument(
                "--faults",
                type=Path,
                default=None,
                help=translate(
                    "Cli",
                    "a fault-suite report (python -m benchmarks.faults --json FILE) to print "
                    "instead of the recorded run",
                ),
            )


def _iso_date(text: str) -> date:
    """A date given on the command line as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "not a date as YYYY-MM-DD: {text}").format(text=text)
        ) from None
