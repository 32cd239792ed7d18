"""A set-up LIVC-R copied from a template instead of set up again, for the tests' `make_livcr`.

Setting up a LIVC-R (a new SQLCipher file, the schema, the first signed records, the key
header) is the same work for some 470 tests. Inside a test, `make_livcr` therefore sets one up
for real once per worker process (per LIVC-R name, municipalities, language, key derivation
parameters and day), keeps that folder as a template, and copies it for the next tests: the
copy is byte for byte what `initialise` wrote, and it is opened as `initialise` opens it (the
same database key, actor and signing key), so a test cannot tell the two apart.

Copies share the template's ids (folder, device, records) and keys. That is harmless between
tests, each in its own folder, config folder and keyring, but not within one test: a second
LIVC-R of the same kind in the same test is set up for real, so that two LIVC-Rs of one test
are never the same one. Outside a test (module-scoped fixtures, benchmarks, screenshots) every
LIVC-R is set up for real too.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from livcr_desktop.store import keyslots
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.signing import Signer


@dataclass(frozen=True)
class Template:
    """A set-up LIVC-R folder (closed) and what opens it."""

    root: Path
    data_key: bytes
    account_id: str
    signer: Signer | None
    passphrase: str
    recovery_key: str


@dataclass
class _State:
    active: bool = False
    used: set[Hashable] | None = None
    folder: Path | None = None


_templates: dict[Hashable, Template] = {}
_state = _State()


def begin_test() -> None:
    """A test starts: templates may be copied, each kind once (LIVCR_TEST_TEMPLATES=0: never,
    to compare)."""
    _state.active = os.environ.get("LIVCR_TEST_TEMPLATES", "1") != "0"
    _state.used = set()


def end_test() -> None:
    """The test ended: `make_livcr` sets up for real again until the next test begins."""
    _state.active = False
    _state.used = None


def template_key(*parts: Hashable) -> Hashable:
    """What a template depends on: the caller's arguments, the account and recovery key
    derivations in force (a test may change them) and today's date (the records' dates)."""
    today = datetime.now(UTC).date()
    return (*parts, keyslots.ACCOUNT_KDF, keyslots.RECOVERY_KDF, today)


def may_copy(key: Hashable, root: Path) -> bool:
    """Whether this call may copy a template: inside a test, the first LIVC-R of its kind in
    that test, into a folder that does not exist yet or is empty (anything else goes through
    `initialise`, which refuses a folder in use as the product does)."""
    if not _state.active or _state.used is None or key in _state.used:
        return False
    return not root.exists() or (root.is_dir() and not any(root.iterdir()))


def claim(key: Hashable) -> Template | None:
    """This test's one copy of the kind `key`: its template when one was made (None: the
    caller sets up for real, then `keep`s the result as the template)."""
    assert _state.used is not None, "claim only after may_copy"
    _state.used.add(key)
    return _templates.get(key)


def new_template_root() -> Path:
    """An empty place for the next template (removed when the process ends)."""
    if _state.folder is None:
        _state.folder = Path(tempfile.mkdtemp(prefix="livcr-templates-"))
        atexit.register(shutil.rmtree, _state.folder, True)
    return _state.folder / f"template-{len(_templates)}"


def keep(key: Hashable, template: Template) -> None:
    """Remember a closed, set-up folder as the template for `key`."""
    _templates[key] = template


def open_copy(template: Template, root: Path) -> tuple[DataFolder, Database]:
    """Copy the template to `root` (absent or empty) and open its database as `initialise`
    left it open."""
    if root.exists():
        root.rmdir()
    shutil.copytree(template.root, root)
    folder = DataFolder(root)
    return folder, Database.open(folder, template.data_key)
