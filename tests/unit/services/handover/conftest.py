"""Two LIVC-Rs in two data folders (tests/helpers/handover.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.handover import TwoLivcrs, close, two_livcrs


@pytest.fixture
def world(tmp_path: Path) -> Iterator[TwoLivcrs]:
    made = two_livcrs(tmp_path)
    yield made
    close(made)
