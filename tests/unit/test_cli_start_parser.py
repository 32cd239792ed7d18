"""The app's start parses its options with the top-level parser only; every other command line
still meets the whole parser (its commands, its help, its messages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from livcr_desktop.cli import _starts_the_app, build_parser

STARTS = [
    [],
    ["--data-dir", "/tmp/x"],
    ["--data-dir=/tmp/x", "--lang", "fr", "--verbose"],
    ["--demo", "--smoke"],
    ["--smoke", "--data-dir", "d", "--account", "nora", "--passphrase-file", "p.txt"],
]


@pytest.mark.parametrize("argv", STARTS)
def test_a_start_parses_the_same_with_the_top_level_parser(argv: list[str]) -> None:
    assert _starts_the_app(argv)
    assert build_parser(commands=False).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["verify"],
        ["--data-dir", "d", "backup", "b.livcrbackup"],
        ["--help"],
        ["-h"],
        ["--data", "d"],  # abbreviated: the whole parser decides
        ["records", "art30", "--lang", "nl", "--out", "x.pdf"],
    ],
)
def test_any_other_command_line_gets_the_whole_parser(argv: list[str]) -> None:
    assert not _starts_the_app(argv)


def test_a_start_with_the_top_level_parser_has_its_options() -> None:
    args = build_parser(commands=False).parse_args(["--data-dir", "folder", "--demo"])
    assert args.command is None
    assert args.data_dir == Path("folder")
    assert args.demo and not args.smoke
