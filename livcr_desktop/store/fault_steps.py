"""Named steps of a restore and a backup, where a test can kill the process for real.

The fault-injection tests run a restore or a backup in a subprocess with `LIVCR_FAULT_STEP` set
to a step's name; on reaching that step the process kills itself with SIGKILL, as a power cut or
the task manager would, with no chance to clean up. `LIVCR_FAULT_STEPS_LOG` names a file every
step reached is appended to, so a test kills at every step there is, not at a sample. Outside
the tests neither variable is set and a step costs two look-ups.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

STEP_VARIABLE = "LIVCR_FAULT_STEP"
LOG_VARIABLE = "LIVCR_FAULT_STEPS_LOG"


def step(name: str) -> None:
    """Mark that the work reached `name` (and die there when a test asked for it)."""
    log = os.environ.get(LOG_VARIABLE)
    if log:
        with Path(log).open("a", encoding="utf-8") as handle:
            handle.write(name + "\n")
    if os.environ.get(STEP_VARIABLE) == name:
        kill = getattr(signal, "SIGKILL", None)
        if kill is None:  # pragma: no cover - Windows: the nearest thing to a kill
            os._exit(137)
        os.kill(os.getpid(), kill)
