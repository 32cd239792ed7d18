"""`livcr hub init` works on a PostgreSQL database, not a data folder: its help does not offer
`--data-dir`, yet a script that still passes it keeps running; the other commands keep it."""

from __future__ import annotations

from livcr_desktop.cli import build_parser


def help_of(*words: str) -> str:
    parser = build_parser()
    for word in words:
        parser = next(
            action.choices[word]
            for action in parser._actions
            if isinstance(action.choices, dict) and word in action.choices
        )
    return parser.format_help()


def test_hub_init_does_not_offer_a_data_folder_but_accepts_one() -> None:
    assert "--data-dir" not in help_of("hub", "init")
    assert "--lang" in help_of("hub", "init")
    args = build_parser().parse_args(["hub", "init", "--dsn", "dbname=x", "--data-dir", "/tmp/x"])
    assert args.dsn == "dbname=x"


def test_the_commands_on_a_folder_keep_it() -> None:
    assert "--data-dir" in help_of("hub", "connect")
    assert "--data-dir" in help_of("devices", "list")
