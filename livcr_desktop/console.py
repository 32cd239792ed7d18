"""What every `livcr` command shares with the app's start: the exit codes, the language of the
command line's texts, and reading a passphrase. Its own module so that the entry point (cli.py),
the commands and the GUI's start-up all import it and none of them imports another.

Exit codes: 0 success, 1 verification found damage, 2 wrong usage or input, 3 sign-in refused,
4 the data folder cannot be used, 5 the folder is in use by a running app, 7 the backup could not
be written, or the file cannot be restored (damaged, incomplete, from another LIVC-R).
(6 is `--smoke` not reaching the main window, see gui/shell/app.py.)
"""

from __future__ import annotations

import getpass
import locale
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

EXIT_OK = 0
EXIT_DAMAGED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_FOLDER = 4
EXIT_IN_USE = 5
EXIT_BACKUP = 7
EXIT_HUB = 8
"""The sync hub could not be reached, or refused the call (its reason is printed)."""

_translate: Callable[[str, str], str] = lambda context, source: source  # noqa: E731


_numerus: Callable[[str, str, int], str] = lambda context, source, count: ""  # noqa: E731

_language = "en"
"""The chosen language's code, for the dates and moments a command prints."""


def translate(context: str, source: str) -> str:
    """Translate a CLI text into the chosen language (lupdate collects these calls)."""
    return _translate(context, source)


def numerus(context: str, source: str, count: int) -> str:
    """The chosen language's plural form of a %n text ("" in English: see domain.text)."""
    return _numerus(context, source, count)


translate.numerus = numerus  # type: ignore[attr-defined]


def _language_from_argv(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _language_from_env() -> str | None:
    """The language the environment asks for, in gettext's order (LC_ALL, LC_MESSAGES, LANG).

    Read before the process's locale: on a server where IT never generated `fr_BE.UTF-8`,
    Python falls back to C.UTF-8 (which it reports as en_US) while LANG still says French."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(".")[0].split("@")[0]
        if value:
            return "en" if value in ("C", "POSIX") else value
    return None


def cli_language() -> str:
    """The code of the language the command line speaks ("en", "nl", "fr", "de")."""
    return _language


def choose_cli_language(argv: Sequence[str]) -> None:
    global _translate, _numerus, _language
    from livcr_desktop.domain.languages import Language, parse_language

    wanted = _language_from_argv(argv) or os.environ.get("LIVCR_LANG") or _language_from_env()
    if not wanted:
        wanted = (locale.getlocale()[0] or "en").split(".")[0]
    try:
        language = parse_language(wanted)
    except ValueError:
        language = Language.EN
    _language = language.value
    if language is Language.EN:
        return
    try:
        from livcr_desktop.i18n.catalog import catalog

        _translate = catalog(language).translate
        _numerus = catalog(language).numerus
    except Exception:  # the CLI must work even when the assets are missing
        return


def read_secret(prompt: str) -> str:
    """A secret typed at a hidden prompt (a hub password)."""
    return getpass.getpass(prompt)


def read_passphrase(path: Path | None, *, confirm: bool = False) -> str:
    """The passphrase from a file (first line) or from a hidden prompt."""
    if path is not None:
        return path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
    first = getpass.getpass(translate("Cli", "Passphrase: "))
    if confirm:
        second = getpass.getpass(translate("Cli", "Repeat the passphrase: "))
        if second != first:
            print(translate("Cli", "The two passphrases are not the same."), file=sys.stderr)
            raise SystemExit(EXIT_USAGE)
    return first


def file_failed(exc: OSError) -> int:
    """A file named on the command line (an invitation, a secret file, an output) that cannot
    be used: its name and why, never a traceback."""
    name = exc.filename if exc.filename is not None else "?"
    if isinstance(exc, FileNotFoundError):
        text = translate("Cli", "The file or folder {file} does not exist.").format(file=name)
    else:
        text = translate("Cli", "The file {file} cannot be read or written ({reason}).").format(
            file=name, reason=exc.strerror or type(exc).__name__
        )
    print(text, file=sys.stderr)
    return EXIT_USAGE
