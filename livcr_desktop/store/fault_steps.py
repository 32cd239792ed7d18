"""Named steps of a restore, a backup or a sync round, where a test can kill the process for real.

The fault-injection tests run a restore or a backup in a subprocess with `LIVCR_FAULT_STEP` set
to a step's name; on reaching that step the process kills itself with SIGKILL, as a power cut or
the task manager would, with no chance to clean up. `LIVCR_FAULT_STEPS_LOG` names a file every
step reached is appended to, so a test kills at every step there is, not at a sample. Outside
the tests neither variable is set and a step costs two look-ups.

Tests that drive many laptops inside one process (the sync state machine) cannot be killed:
with `LIVCR_FAULT_ACTION=raise` the step raises `FaultInjected` instead, which unwinds exactly
like a kill as far as the database is concerned (the open transaction is rolled back, nothing
after the step runs), and the process lives on to retry.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

STEP_VARIABLE = "LIVCR_FAULT_STEP"
LOG_VARIABLE = "LIVCR_FAULT_STEPS_LOG"
ACTION_VARIABLE = "LIVCR_FAULT_ACTION"


class FaultInjected(Exception):
    """Raised at the chosen step when a test asked for an exception instead of a kill."""


def step(name: str) -> None:
    """Mark that the work reached `name` (and die there when a test asked for it)."""
    log = os.environ.get(LOG_VARIABLE)
    if log:
        with Path(log).open("a", encoding="utf-8") as handle:
            handle.write(name + "\n")
    if os.environ.get(STEP_VARIABLE) == name:
        if os.environ.get(ACTION_VARIABLE) == "raise":
            raise FaultInjected(name)
        kill = getattr(signal, "SIGKILL", None)
        if kill is None:  # pragma: no cover - Windows: the nearest thing to a kill
            os._exit(137)
        os.kill(os.getpid(), kill)
