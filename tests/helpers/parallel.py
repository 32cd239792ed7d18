"""Running the suite on several processes (pytest-xdist, as `scripts/test.sh` does): which tests
must stay together on one worker.

`--dist loadgroup` hands out tests one by one, so the tests of a module that share a
module-scoped fixture (the fault runner's 90 kills, the sync machine's fleet, the window-fit
table) would each build that fixture again on every worker they land on. Such tests get one
`xdist_group` per module, found from the fixtures themselves so that a new module-scoped
fixture is grouped without anyone having to remember a marker. Session-scoped fixtures (the
PostgreSQL cluster) are made once per worker, which is what they are for.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

SHARED_SCOPES = frozenset({"module", "class", "package"})


def runs_on_workers(config: pytest.Config) -> bool:
    """Whether this process is an xdist worker of a `--dist loadgroup` run (xdist sets
    `loadgroup` on its workers; the controller itself collects nothing)."""
    return bool(getattr(config.option, "loadgroup", False))


def shares_a_fixture(item: pytest.Item) -> bool:
    """Whether the test uses a fixture made once for its module (or class or package)."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    for definitions in info.name2fixturedefs.values():
        if definitions and definitions[-1].scope in SHARED_SCOPES:
            return True
    return False


def group_shared_fixtures(items: Sequence[pytest.Item]) -> int:
    """Put the tests of each module that share a fixture in one xdist group; how many were."""
    grouped = 0
    for item in items:
        if item.get_closest_marker("xdist_group") is None and shares_a_fixture(item):
            module = item.nodeid.split("::", 1)[0]
            item.add_marker(pytest.mark.xdist_group(name=module))
            grouped += 1
    return grouped
