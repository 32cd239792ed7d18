"""Run the benchmarks: each figure is printed with its floor, measured in the same run.

    .venv/bin/python -m benchmarks.run [--only startup] [--repeat 5]

Large fictional data is generated in a temporary folder; nothing here is a test and nothing
fails on time. Figures depend on the machine; the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import bundles as bundle_figures
from benchmarks import cases as case_figures
from benchmarks import erasure as erasure_figures
from benchmarks import feedback, foundation
from benchmarks import figures as figure_figures
from benchmarks import minutes as minutes_figures
from benchmarks import replay as replay_figures
from benchmarks import signatures as signature_figures
from benchmarks import sync as sync_figures
from benchmarks import trajectories as trajectory_figures
from benchmarks import yearly_report as yearly_report_figures
from benchmarks.common import Figure

SUITES: dict[str, Callable[[Path, int, argparse.Namespace], list[Figure]]] = {
    "startup": lambda work, repeat, _args: foundation.startup(work, repeat),
    "journal": lambda work, repeat, _args: foundation.journaled_action(work, repeat),
    "replay": lambda work, repeat, _args: replay_figures.run(work, repeat),
    "signatures": lambda work, repeat, _args: signature_figures.run(work, repeat),
    "cases": lambda work, repeat, args: case_figures.run(work, repeat, args.cases),
    "minutes": lambda work, repeat, _args: minutes_figures.run(work, repeat),
    "feedback": lambda work, repeat, _args: feedback.run(work, repeat),
    "trajectories": lambda work, repeat, _args: trajectory_figures.run(work, repeat),
    "sync": lambda work, repeat, _args: sync_figures.run(work, repeat),
    "figures": lambda work, repeat, _args: figure_figures.run(work, repeat),
    "yearly_report": lambda work, repeat, _args: yearly_report_figures.run(work, repeat),
    "bundles": lambda work, repeat, _args: bundle_figures.run(work, repeat),
    "erasure": lambda work, repeat, _args: erasure_figures.run(work, repeat),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", action="append", default=[], choices=sorted(SUITES))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--cases", type=int, default=100_000, help="size of the case benchmarks (cached)"
    )
    args = parser.parse_args()
    print(
        f"LIVC-R Desktop benchmarks on {platform.node()} ({os.cpu_count()} cores), "
        f"Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, suite in SUITES.items():
            if args.only and name not in args.only:
                continue
            for figure in suite(work, args.repeat, args):
                print(figure.line(), flush=True)


if __name__ == "__main__":
    main()
